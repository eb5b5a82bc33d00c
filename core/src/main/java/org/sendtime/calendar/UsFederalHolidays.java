package org.sendtime.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.sendtime.calendar.ObservedShift.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY;

import com.google.common.collect.ImmutableList;
import java.time.Month;

/**
 * The rules of the US federal calendar, {@link HolidayCalendar#usFederal()}, with their sources.
 */
final class UsFederalHolidays {
  /**
   * The legal public holidays of 5 U.S.C. 6103(a). Only holidays on a fixed date carry the shift
   * of 6103(b) and Executive Order 11582: the others always fall on a Monday or a Thursday.
   */
  static final HolidayCalendar CALENDAR = HolidayCalendar.of("US federal", ImmutableList.of(
      HolidayRule.fixed("New Year's Day", Month.JANUARY, 1)
          .withObserved(SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY),
      // Pub. L. 98-144 (1983), first observed in 1986.
      HolidayRule.nthWeekday("Birthday of Martin Luther King, Jr.", 3, MONDAY, Month.JANUARY).from(1986),
      // The Uniform Monday Holiday Act (Pub. L. 90-363) moved it from February 22 in 1971.
      HolidayRule.nthWeekday("Washington's Birthday", 3, MONDAY, Month.FEBRUARY),
      HolidayRule.lastWeekday("Memorial Day", MONDAY, Month.MAY),
      // Pub. L. 117-17, signed June 17, 2021; first observed on Friday, June 18, 2021.
      HolidayRule.fixed("Juneteenth National Independence Day", Month.JUNE, 19)
          .withObserved(SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY)
          .from(2021),
      HolidayRule.fixed("Independence Day", Month.JULY, 4)
          .withObserved(SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY),
      HolidayRule.nthWeekday("Labor Day", 1, MONDAY, Month.SEPTEMBER),
      HolidayRule.nthWeekday("Columbus Day", 2, MONDAY, Month.OCTOBER),
      // The Uniform Monday Holiday Act moved Veterans Day to October; Pub. L. 94-97 (1975) moved
      // it back to November 11 from 1978.
      HolidayRule.nthWeekday("Veterans Day", 4, MONDAY, Month.OCTOBER).until(1977),
      HolidayRule.fixed("Veterans Day", Month.NOVEMBER, 11)
          .withObserved(SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY)
          .from(1978),
      HolidayRule.nthWeekday("Thanksgiving Day", 4, THURSDAY, Month.NOVEMBER),
      HolidayRule.fixed("Christmas Day", Month.DECEMBER, 25)
          .withObserved(SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY)));

  private UsFederalHolidays() {}
}
