package org.sendtime.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SimplePatternTest {
  private static final LocalDateTime START = LocalDateTime.of(2026, 1, 31, 9, 0);

  @Test
  void toRule_mapsOntoRrule() {
    assertThat(SimplePattern.daily().interval(3).build().toRule(START))
        .hasToString("FREQ=DAILY;INTERVAL=3");
    assertThat(SimplePattern.weekly().daysOfWeek(DayOfWeek.FRIDAY, DayOfWeek.MONDAY).occurrences(4).build().toRule(START))
        .hasToString("FREQ=WEEKLY;COUNT=4;BYDAY=MO,FR");
    assertThat(SimplePattern.monthly().dayOfMonth(15).endDate(LocalDate.of(2026, 12, 31)).build().toRule(START))
        .hasToString("FREQ=MONTHLY;UNTIL=20261231;BYMONTHDAY=15");
  }

  @Test
  void monthly_dayBeyondMonthEnd_usesTheLastDay() {
    RecurrenceSet set = SimplePattern.monthly().occurrences(4).build().toRecurrenceSet(START, null);
    assertThat(set.localOccurrences().map(t -> t.toLocalDate().toString()))
        .containsExactly("2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30");
  }

  @Test
  void endDateAndOccurrences_whicheverComesFirst() {
    SimplePattern fewDays = SimplePattern.daily().occurrences(3).endDate(LocalDate.of(2026, 12, 31)).build();
    assertThat(fewDays.toRule(START)).hasToString("FREQ=DAILY;COUNT=3");
    SimplePattern earlyEnd = SimplePattern.daily().occurrences(30).endDate(LocalDate.of(2026, 2, 2)).build();
    assertThat(earlyEnd.toRule(START)).hasToString("FREQ=DAILY;UNTIL=20260202");
    assertThat(earlyEnd.toRecurrenceSet(START, ZoneId.of("Europe/Paris")).occurrences().count()).isEqualTo(3);
  }

  @Test
  void weeklyWithoutDays_usesTheStartsWeekday() {
    RecurrenceSet set = SimplePattern.weekly().interval(2).occurrences(2).build().toRecurrenceSet(START, null);
    assertThat(set.localOccurrences().map(t -> t.toLocalDate().toString())).containsExactly("2026-01-31", "2026-02-14");
  }

  @Test
  void builder_rejectsPartsOfOtherFrequencies() {
    assertThatThrownBy(() -> SimplePattern.daily().daysOfWeek(DayOfWeek.MONDAY)).hasMessageContaining("weekly");
    assertThatThrownBy(() -> SimplePattern.weekly().dayOfMonth(3)).hasMessageContaining("monthly");
    assertThatThrownBy(() -> SimplePattern.monthly().dayOfMonth(0)).hasMessageContaining("DayOfMonth");
    assertThatThrownBy(() -> SimplePattern.daily().interval(0)).hasMessageContaining("interval");
    assertThatThrownBy(() -> SimplePattern.daily().occurrences(0)).hasMessageContaining("occurrences");
  }
}
