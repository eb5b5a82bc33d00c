package org.sendtime.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.sendtime.recurrence.LeapDayPolicy;
import org.threeten.extra.LocalDateRange;

class ContactWindowsTest {

  private static final ExclusionWindows TABLE = ExclusionWindows.of(List.of(
      ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, 30, 60),
      ExclusionRule.anchored("NV", WindowAnchor.monthStartOf("birthday"), 0, 60),
      ExclusionRule.anchored("MO", WindowAnchor.EFFECTIVE_DATE, 30, 33)
          .withEffectiveUntil(LocalDate.of(2026, 3, 31)),
      ExclusionRule.anchored("MO", WindowAnchor.EFFECTIVE_DATE, 10, 300)
          .withEffectiveFrom(LocalDate.of(2026, 4, 1)),
      ExclusionRule.anchored("MO", WindowAnchor.BIRTHDAY, 0, 10),
      ExclusionRule.yearRound("NY").withEffectiveFrom(LocalDate.of(2026, 7, 1)),
      ExclusionRule.anchored("NY", WindowAnchor.BIRTHDAY, 20, 20)));
  private static final LocalDateRange SPAN =
      LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);

  @Property(tries = 300)
  void blockingOrNull_agreesWithTheTable(
      @ForAll("states") String state,
      @ForAll @IntRange(min = 0, max = 366 * 70) int birthday,
      @ForAll @IntRange(min = 0, max = 366 * 20) int effective,
      @ForAll @IntRange(min = 0, max = 366) int pre,
      @ForAll LeapDayPolicy leap) {
    Map<String, LocalDate> dates = Map.of(
        "birthday", LocalDate.of(1932, 2, 29).plusDays(birthday),
        "effective_date", LocalDate.of(2008, 2, 29).plusDays(effective));
    ContactWindows windows = TABLE.forContact(state, dates, SPAN, pre, leap);
    // Three years: the span, and dates before and after it that fall back to the table.
    for (LocalDate d = FROM; d.getYear() < 2028; d = d.plusDays(1)) {
      assertThat(windows.blockingOrNull(d)).as("%s", d).isEqualTo(TABLE.blocking(state, dates, d, pre, leap).orElse(null));
    }
  }

  @Provide
  Arbitrary<String> states() {
    return Arbitraries.of("CA", "NV", "MO", "NY", "TX");
  }

  @Test
  void blockingOrNull_missingDate() {
    ContactWindows windows = TABLE.forContact("CA", Map.of(), SPAN, 60, LeapDayPolicy.FEB_28);
    assertThat(windows.blockingOrNull(LocalDate.of(2026, 5, 1))).isNull();
  }

  @Test
  void blockingOrNull_sameWindowAsTheTable() {
    Map<String, LocalDate> dates = Map.of("birthday", LocalDate.of(1950, 12, 1));
    ContactWindows windows = TABLE.forContact("CA", dates, SPAN, 60, LeapDayPolicy.FEB_28);
    ExclusionWindow w = windows.blockingOrNull(LocalDate.of(2026, 1, 15));
    assertThat(w).isNotNull();
    assertThat(ExclusionWindow.describe(w.blockedRange())).isEqualTo("2025-09-02..2026-01-30");
    assertThat(w.anchorDate()).contains(LocalDate.of(2025, 12, 1));
  }

  @Test
  void forContact_emptySpan() {
    assertThatThrownBy(() -> TABLE.forContact("CA", Map.of(), LocalDateRange.ofEmpty(LocalDate.of(2026, 1, 1)), 0,
        LeapDayPolicy.FEB_28))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void forContact_preWindowDaysOutOfRange() {
    assertThatThrownBy(() -> TABLE.forContact("CA", Map.of(), SPAN, 367, LeapDayPolicy.FEB_28))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("preWindowDays");
  }

  @Test
  void toString_namesJurisdictionAndSpan() {
    ContactWindows windows =
        TABLE.forContact("CA", Map.of("birthday", LocalDate.of(1950, 12, 1)), SPAN, 60, LeapDayPolicy.FEB_28);
    assertThat(windows.toString()).isEqualTo("ContactWindows[CA, 2026-01-01..2026-12-31, 3 intervals]");
  }
}
