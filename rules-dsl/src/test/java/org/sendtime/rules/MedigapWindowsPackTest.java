package org.sendtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendtime.recurrence.LeapDayPolicy;
import org.sendtime.window.ExclusionRule;
import org.sendtime.window.ExclusionWindow;
import org.sendtime.window.ExclusionWindows;
import org.sendtime.window.WindowAnchor;
import org.threeten.extra.LocalDateRange;

/**
 * The built-in pack us-medigap-windows: it loads, its rules are dated and sourced, and the
 * legal windows it gives (without pre-window days) are those of its sources, state by state.
 */
class MedigapWindowsPackTest {
  private static final String TEXT = "version: 1\nextends: us-medigap-windows\nname: medigap\n";
  private static final ExclusionWindows TABLE = PolicyLoader.standard().load("medigap.yaml", TEXT)
      .campaignPlan().orElseThrow().suppression().windows();

  @Test
  void load_withoutProblems() {
    PolicyReport report = PolicyLoader.standard().check("medigap.yaml", TEXT);

    assertThat(report.problems()).isEmpty();
    assertThat(report.policy().orElseThrow().windowsAsOf()).contains(LocalDate.of(2026, 6, 30));
  }

  @Test
  void rules_haveASourceAndANote() {
    assertThat(TABLE.rules()).allSatisfy(r -> {
      assertThat(r.source()).as(r.toString()).isPresent();
      assertThat(r.note()).as(r.toString()).isPresent();
    });
  }

  @Test
  void rules_versionsDoNotOverlap() {
    List<ExclusionRule> rules = TABLE.rules();
    for (int i = 0; i < rules.size(); i++) {
      for (int j = 0; j < i; j++) {
        ExclusionRule a = rules.get(i);
        ExclusionRule b = rules.get(j);
        boolean sameRule = a.jurisdiction().equals(b.jurisdiction())
            && a.anchor().map(WindowAnchor::dateName).equals(b.anchor().map(WindowAnchor::dateName));
        assertThat(sameRule && a.effectiveRange().overlaps(b.effectiveRange())).as("%s and %s", a, b).isFalse();
      }
    }
  }

  @Test
  void rules_californiaHasTwoVersions() {
    assertThat(TABLE.rulesOf("CA")).extracting(ExclusionRule::toString)
        .containsExactly("CA birthday -0/+29 until 2019-12-31", "CA birthday -0/+59 from 2020-01-01");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # state | contact date | window of 2025 | of 2026 | of 2028 ('-': the rule is not in force)
      # Dec 31 birthdays run into the next year
      CA | 1950-12-31 | 2025-12-31..2026-02-28 | 2026-12-31..2027-02-28 | 2028-12-31..2029-02-28
      # Jan 1: the 60 days end on Feb 29 in a leap year
      CA | 1951-01-01 | 2025-01-01..2025-03-01 | 2026-01-01..2026-03-01 | 2028-01-01..2028-02-29
      # Feb 29 birthdays fall on Feb 28 in common years
      CA | 1952-02-29 | 2025-02-28..2025-04-28 | 2026-02-28..2026-04-28 | 2028-02-29..2028-04-28
      ID | 1950-12-31 | 2025-12-31..2026-03-03 | 2026-12-31..2027-03-03 | 2028-12-31..2029-03-03
      ID | 1952-02-29 | 2025-02-28..2025-05-01 | 2026-02-28..2026-05-01 | 2028-02-29..2028-05-01
      # month end: 45 days from Jan 31
      IL | 1951-01-31 | 2025-01-31..2025-03-16 | 2026-01-31..2026-03-16 | 2028-01-31..2028-03-15
      KY | 1950-04-30 | 2025-04-30..2025-06-28 | 2026-04-30..2026-06-28 | 2028-04-30..2028-06-28
      LA | 1952-02-29 | 2025-02-28..2025-05-01 | 2026-02-28..2026-05-01 | 2028-02-29..2028-05-01
      MD | 1950-12-31 | 2025-12-31..2026-01-30 | 2026-12-31..2027-01-30 | 2028-12-31..2029-01-30
      # Nevada counts from the first day of the birth month
      NV | 1950-12-31 | 2025-12-01..2026-01-30 | 2026-12-01..2027-01-30 | 2028-12-01..2029-01-30
      NV | 1952-02-29 | 2025-02-01..2025-04-02 | 2026-02-01..2026-04-02 | 2028-02-01..2028-04-01
      OK | 1951-01-01 | 2025-01-01..2025-03-01 | 2026-01-01..2026-03-01 | 2028-01-01..2028-02-29
      # Oregon opens 30 days before: a Jan 1 birthday's window starts in December
      OR | 1951-01-01 | 2024-12-02..2025-01-31 | 2025-12-02..2026-01-31 | 2027-12-02..2028-01-31
      # Utah's rule is in force from 2025-05-07
      UT | 1951-01-01 | -                      | 2026-01-01..2026-03-01 | 2028-01-01..2028-02-29
      UT | 1950-12-31 | 2025-12-31..2026-02-28 | 2026-12-31..2027-02-28 | 2028-12-31..2029-02-28
      # Virginia's from 2025-07-01: a window in force on part of its days is a window
      VA | 1950-06-30 | 2025-06-30..2025-08-29 | 2026-06-30..2026-08-29 | 2028-06-30..2028-08-29
      VA | 1951-01-01 | -                      | 2026-01-01..2026-03-02 | 2028-01-01..2028-03-01
      WY | 1950-08-31 | 2025-08-31..2025-11-01 | 2026-08-31..2026-11-01 | 2028-08-31..2028-11-01
      # Indiana's from 2026-01-01
      IN | 1950-12-31 | 2025-12-31..2026-03-01 | 2026-12-31..2027-03-01 | 2028-12-31..2029-03-01
      IN | 1952-02-29 | -                      | 2026-02-28..2026-04-29 | 2028-02-29..2028-04-29
      # Missouri counts from the policy's effective date
      MO | 2019-12-31 | 2025-12-01..2026-01-30 | 2026-12-01..2027-01-30 | 2028-12-01..2029-01-30
      MO | 2020-02-29 | 2025-01-29..2025-03-30 | 2026-01-29..2026-03-30 | 2028-01-30..2028-03-30
      """)
  void windows_byState(String state, LocalDate contactDate, String of2025, String of2026, String of2028) {
    assertThat(List.of(window(state, contactDate, 2025), window(state, contactDate, 2026),
        window(state, contactDate, 2028))).containsExactly(of2025, of2026, of2028);
  }

  @ParameterizedTest
  @CsvSource({"CT", "MA", "NY", "WA", "ME"})
  void blocking_yearRound(String state) {
    for (LocalDate date : List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 7, 4), LocalDate.of(2028, 2, 29))) {
      assertThat(TABLE.blocking(state, Map.of(), date, 0, LeapDayPolicy.FEB_28)).as("%s %s", state, date)
          .hasValueSatisfying(w -> assertThat(w.rule().isYearRound()).isTrue());
    }
  }

  @Test
  void blocking_onlyWhileInForce() {
    Map<String, LocalDate> dates = Map.of("birthday", LocalDate.of(1950, 6, 30));

    // VA's window of 2025 runs from Jun 30, the day before its rule is in force
    assertThat(TABLE.blocking("VA", dates, LocalDate.of(2025, 6, 30), 0, LeapDayPolicy.FEB_28)).isEmpty();
    assertThat(TABLE.blocking("VA", dates, LocalDate.of(2025, 7, 1), 0, LeapDayPolicy.FEB_28)).isPresent();
    assertThat(TABLE.blocking("VA", dates, LocalDate.of(2025, 8, 29), 0, LeapDayPolicy.FEB_28)).isPresent();
    assertThat(TABLE.blocking("VA", dates, LocalDate.of(2025, 8, 30), 0, LeapDayPolicy.FEB_28)).isEmpty();
  }

  @Test
  void blocking_stateWithoutARule() {
    assertThat(TABLE.blocking("TX", Map.of("birthday", LocalDate.of(1950, 6, 30)), LocalDate.of(2025, 6, 30), 0,
        LeapDayPolicy.FEB_28)).isEmpty();
  }

  /** The legal range of the window anchored in a year, as start..end, or "-" if the rule is never in force in it. */
  private static String window(String state, LocalDate contactDate, int year) {
    String dateName = state.equals("MO") ? "effective_date" : "birthday";
    LocalDateRange around = LocalDateRange.ofClosed(LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 12, 31));
    List<ExclusionWindow> windows = TABLE.windowsOverlapping(state, Map.of(dateName, contactDate), around, 0,
            LeapDayPolicy.FEB_28).stream()
        .filter(w -> w.anchorDate().orElseThrow().getYear() == year)
        .toList();
    assertThat(windows).hasSizeLessThanOrEqualTo(1);
    return windows.isEmpty() ? "-" : windows.get(0).legalRange().getStart() + ".."
        + windows.get(0).legalRange().getEndInclusive();
  }
}
