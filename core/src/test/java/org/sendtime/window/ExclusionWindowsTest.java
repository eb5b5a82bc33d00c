package org.sendtime.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendtime.recurrence.LeapDayPolicy;
import org.threeten.extra.LocalDateRange;

class ExclusionWindowsTest {

  private static final ExclusionRule CA = ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, 30, 60);
  private static final ExclusionWindows TABLE = ExclusionWindows.of(List.of(
      CA,
      ExclusionRule.anchored("OK", WindowAnchor.BIRTHDAY, 0, 60),
      ExclusionRule.anchored("OR", WindowAnchor.BIRTHDAY, 0, 31),
      ExclusionRule.anchored("NV", WindowAnchor.monthStartOf("birthday"), 0, 60),
      ExclusionRule.anchored("MO", WindowAnchor.EFFECTIVE_DATE, 30, 33),
      ExclusionRule.anchored("MO", WindowAnchor.BIRTHDAY, 0, 10),
      ExclusionRule.yearRound("NY")));

  @ParameterizedTest(name = "{0} born {1}: {2} -> {3}")
  @CsvSource(delimiter = '|', value = {
      // state | birthday   | date       | pre | leap   | blocking window's blocked range, or none
      "CA | 1950-12-01 | 2024-09-01 | 60 | FEB_28 | none",                    // the day before the seed's example
      "CA | 1950-12-01 | 2024-09-02 | 60 | FEB_28 | 2024-09-02..2025-01-30",  // its first day
      "CA | 1950-12-01 | 2025-01-30 | 60 | FEB_28 | 2024-09-02..2025-01-30",  // its last day, next year: the year before's anchor
      "CA | 1950-12-01 | 2025-01-31 | 60 | FEB_28 | none",                    // the day after
      "CA | 1950-12-01 | 2024-10-31 | 0  | FEB_28 | none",                    // without the pre-window days
      "CA | 1950-12-01 | 2024-11-01 | 0  | FEB_28 | 2024-11-01..2025-01-30",  // the legal start
      "OK | 1950-12-20 | 2026-02-18 | 60 | FEB_28 | 2025-10-21..2026-02-18",  // Dec 20 + 60 runs into February
      "OK | 1950-12-20 | 2026-02-19 | 60 | FEB_28 | none",                    // and stops there
      "OR | 1950-01-05 | 2025-11-06 | 60 | FEB_28 | 2025-11-06..2026-02-05",  // Jan 5 starts the November before: the year after's anchor
      "OR | 1950-01-05 | 2025-11-05 | 60 | FEB_28 | none",                    // the day before
      "CA | 1952-02-29 | 2025-04-29 | 60 | FEB_28 | 2024-11-30..2025-04-29",  // leap-day anchor on Feb 28
      "CA | 1952-02-29 | 2025-04-30 | 60 | MAR_1  | 2024-12-01..2025-04-30",  // or on Mar 1
      "CA | 1952-02-29 | 2028-04-29 | 60 | MAR_1  | 2027-12-01..2028-04-29",  // the leap day itself in 2028
      "NV | 1950-03-31 | 2024-12-31 | 60 | FEB_28 | 2024-12-31..2025-04-30",  // counted from March 1, not March 31
      "NV | 1950-03-31 | 2025-05-01 | 60 | FEB_28 | none",                    // 60 days from March 1
      "NY | 1950-03-31 | 2025-05-01 | 60 | FEB_28 | every date",              // year-round
      "TX | 1950-03-31 | 2025-05-01 | 60 | FEB_28 | none",                    // a state without rules
  })
  void blocking(String state, LocalDate birthday, LocalDate date, int pre, LeapDayPolicy leap, String expected) {
    String found = TABLE.blocking(state, Map.of("birthday", birthday), date, pre, leap)
        .map(w -> ExclusionWindow.describe(w.blockedRange()))
        .orElse("none");
    assertThat(found).isEqualTo(expected);
  }

  @Test
  void blocking_endingLastWins() {
    // MO: Nov 25 is in both the birthday window (Nov 20..30) and the effective-date one (to Jan 22)
    Map<String, LocalDate> dates = Map.of("birthday", LocalDate.of(1950, 11, 20), "effective_date", LocalDate.of(2019, 12, 20));
    assertThat(TABLE.blocking("MO", dates, LocalDate.of(2025, 11, 25), 0, LeapDayPolicy.FEB_28))
        .hasValueSatisfying(w -> assertThat(w.rule().label()).isEqualTo("MO effective_date window"));
    // without the effective date, only the birthday rule has a window
    assertThat(TABLE.blocking("MO", Map.of("birthday", LocalDate.of(1950, 11, 20)), LocalDate.of(2025, 11, 25), 0,
        LeapDayPolicy.FEB_28)).hasValueSatisfying(w -> assertThat(w.rule().label()).isEqualTo("MO birthday window"));
  }

  @Test
  void blocking_sameEndFirstRuleWins() {
    ExclusionRule a = ExclusionRule.anchored("XX", WindowAnchor.BIRTHDAY, 0, 10);
    ExclusionRule b = ExclusionRule.anchored("XX", WindowAnchor.of("wedding"), 0, 10);
    Map<String, LocalDate> dates = Map.of("birthday", LocalDate.of(1950, 6, 1), "wedding", LocalDate.of(1980, 6, 1));
    assertThat(ExclusionWindows.of(List.of(b, a)).blocking("XX", dates, LocalDate.of(2025, 6, 5), 0, LeapDayPolicy.FEB_28))
        .hasValueSatisfying(w -> assertThat(w.rule()).isEqualTo(b));
  }

  @Test
  void blocking_ruleInForceOnTheDate() {
    ExclusionWindows t = ExclusionWindows.of(List.of(
        CA.withEffectiveUntil(LocalDate.of(2024, 12, 31)),
        ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, 0, 10).withEffectiveFrom(LocalDate.of(2025, 1, 1))));
    Map<String, LocalDate> dates = Map.of("birthday", LocalDate.of(1950, 12, 1));
    // Dec 20, 2024: the old rule; Jan 5, 2025: the new rule, whose window of Dec 1 ended on Dec 11
    assertThat(t.blocking("CA", dates, LocalDate.of(2024, 12, 20), 0, LeapDayPolicy.FEB_28)).isPresent();
    assertThat(t.blocking("CA", dates, LocalDate.of(2025, 1, 5), 0, LeapDayPolicy.FEB_28)).isEmpty();
  }

  @Test
  void windowsOverlapping_sortedByStart() {
    Map<String, LocalDate> dates = Map.of("birthday", LocalDate.of(1950, 12, 1));
    LocalDateRange y2025 = LocalDateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    assertThat(TABLE.windowsOverlapping("CA", dates, y2025, 60, LeapDayPolicy.FEB_28))
        .extracting(w -> ExclusionWindow.describe(w.blockedRange()))
        .containsExactly("2024-09-02..2025-01-30", "2025-09-02..2026-01-30");
    assertThat(TABLE.windowsOverlapping("NY", dates, y2025, 60, LeapDayPolicy.FEB_28)).hasSize(1);
    assertThat(TABLE.windowsOverlapping("TX", dates, y2025, 60, LeapDayPolicy.FEB_28)).isEmpty();
    assertThat(TABLE.windowsOverlapping("CA", Map.of(), y2025, 60, LeapDayPolicy.FEB_28)).isEmpty();
  }

  @Test
  void windowsOverlapping_onlyWhileInForce() {
    ExclusionWindows t = ExclusionWindows.of(List.of(CA.withEffectiveFrom(LocalDate.of(2025, 2, 1))));
    Map<String, LocalDate> dates = Map.of("birthday", LocalDate.of(1950, 12, 1));
    LocalDateRange y2025 = LocalDateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    // the window of Dec 2024 ends Jan 30, before the rule takes effect
    assertThat(t.windowsOverlapping("CA", dates, y2025, 60, LeapDayPolicy.FEB_28)).hasSize(1);
    assertThatThrownBy(() -> t.windowsOverlapping("CA", dates, LocalDateRange.ALL, 60, LeapDayPolicy.FEB_28))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bounded");
  }

  @Test
  void of_overlappingVersions() {
    ExclusionRule old = CA.withEffectiveUntil(LocalDate.of(2025, 6, 30));
    ExclusionRule next = ExclusionRule.anchored("CA", WindowAnchor.monthStartOf("birthday"), 0, 60)
        .withEffectiveFrom(LocalDate.of(2025, 6, 1));
    assertThatThrownBy(() -> ExclusionWindows.of(List.of(old, next)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(old.toString())
        .hasMessageContaining(next.toString())
        .hasMessageContaining("2025-06-01");
    assertThatThrownBy(() -> ExclusionWindows.of(List.of(ExclusionRule.yearRound("NY"), ExclusionRule.yearRound("NY"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Overlapping");
    // back to back, other anchors and other jurisdictions are fine
    assertThat(ExclusionWindows.of(List.of(old, next.withEffectiveFrom(LocalDate.of(2025, 7, 1)),
        ExclusionRule.anchored("CA", WindowAnchor.EFFECTIVE_DATE, 0, 1), ExclusionRule.yearRound("NY"))).rules()).hasSize(4);
  }

  @Test
  void accessors() {
    assertThat(TABLE.jurisdictions()).containsExactly("CA", "MO", "NV", "NY", "OK", "OR");
    assertThat(TABLE.rulesOf("MO")).extracting(ExclusionRule::label)
        .containsExactly("MO effective_date window", "MO birthday window");
    assertThat(TABLE.rulesOf("TX")).isEmpty();
    assertThat(TABLE.rules()).hasSize(7).startsWith(CA);
    assertThat(ExclusionWindows.none().rules()).isEmpty();
    assertThat(ExclusionWindows.of(List.of())).isEqualTo(ExclusionWindows.none());
    assertThat(ExclusionWindows.of(List.of(CA))).hasToString("ExclusionWindows[CA birthday -30/+60]");
    assertThatThrownBy(() -> TABLE.blocking("CA", Map.of(), LocalDate.of(2025, 1, 1), 367, LeapDayPolicy.FEB_28))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("preWindowDays");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(ExclusionWindows.of(List.of(CA)), ExclusionWindows.of(List.of(CA)))
        .addEqualityGroup(ExclusionWindows.none())
        .addEqualityGroup(TABLE)
        .testEquals();
    NullPointerTester t = new NullPointerTester()
        .setDefault(LocalDate.class, LocalDate.of(2025, 1, 1))
        .setDefault(LocalDateRange.class, LocalDateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2)))
        .setDefault(LeapDayPolicy.class, LeapDayPolicy.FEB_28);
    t.testAllPublicStaticMethods(ExclusionWindows.class);
    t.testAllPublicInstanceMethods(TABLE);
  }
}
