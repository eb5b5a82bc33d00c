package org.sendtime.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ObservedShiftTest {

  @ParameterizedTest
  @CsvSource({
      // actual date, NONE, SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY, SUNDAY_TO_MONDAY, WEEKEND_TO_MONDAY
      "2026-06-15, 2026-06-15, 2026-06-15, 2026-06-15, 2026-06-15",  // Monday: never moves
      "2026-06-16, 2026-06-16, 2026-06-16, 2026-06-16, 2026-06-16",  // Tuesday
      "2026-06-17, 2026-06-17, 2026-06-17, 2026-06-17, 2026-06-17",  // Wednesday
      "2026-06-18, 2026-06-18, 2026-06-18, 2026-06-18, 2026-06-18",  // Thursday
      "2026-06-19, 2026-06-19, 2026-06-19, 2026-06-19, 2026-06-19",  // Friday
      "2026-06-20, 2026-06-20, 2026-06-19, 2026-06-20, 2026-06-22",  // Saturday: Friday, stays, or Monday
      "2026-06-21, 2026-06-21, 2026-06-22, 2026-06-22, 2026-06-22",  // Sunday: Monday but for NONE
      "2022-01-01, 2022-01-01, 2021-12-31, 2022-01-01, 2022-01-03",  // Saturday January 1: back into the year before
      "2023-01-01, 2023-01-01, 2023-01-02, 2023-01-02, 2023-01-02",  // Sunday January 1
      "2022-12-31, 2022-12-31, 2022-12-30, 2022-12-31, 2023-01-02",  // Saturday December 31: on into the next year
      "2023-12-31, 2023-12-31, 2024-01-01, 2024-01-01, 2024-01-01",  // Sunday December 31
      "2028-02-26, 2028-02-26, 2028-02-25, 2028-02-26, 2028-02-28",  // Saturday before a leap day: Monday is the 28th
      "2028-02-27, 2028-02-27, 2028-02-28, 2028-02-28, 2028-02-28",  // Sunday before a leap day
  })
  void observe_eachShiftOnEachDay(LocalDate actual, LocalDate none, LocalDate usFederal, LocalDate sundayToMonday,
      LocalDate weekendToMonday) {
    assertThat(ObservedShift.NONE.observe(actual)).isEqualTo(none);
    assertThat(ObservedShift.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY.observe(actual)).isEqualTo(usFederal);
    assertThat(ObservedShift.SUNDAY_TO_MONDAY.observe(actual)).isEqualTo(sundayToMonday);
    assertThat(ObservedShift.WEEKEND_TO_MONDAY.observe(actual)).isEqualTo(weekendToMonday);
  }

  @ParameterizedTest
  @EnumSource(ObservedShift.class)
  void observe_rejectsNull(ObservedShift shift) {
    new NullPointerTester().setDefault(LocalDate.class, LocalDate.of(2026, 6, 20)).testAllPublicInstanceMethods(shift);
  }
}
