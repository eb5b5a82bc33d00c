package org.sendtime.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The holidays observed in each year: a country's public holidays, a company's closing days, or
 * any other source a host plugs in by implementing this interface.
 *
 * <pre>
 * HolidayCalendar us = HolidayCalendar.usFederal();
 * us.holidays(2027);   // [2027-01-01 New Year's Day, ..., 2027-12-31 New Year's Day (observed; actual 2028-01-01)]
 * us.isHoliday(LocalDate.of(2022, 12, 26));   // true: Christmas Day 2022 fell on a Sunday
 *
 * HolidayCalendar uk = HolidayCalendar.of("England bank holidays (part)", List.of(
 *     HolidayRule.easter("Good Friday", -2),
 *     HolidayRule.easter("Easter Monday", 1),
 *     HolidayRule.lastWeekday("Spring bank holiday", DayOfWeek.MONDAY, Month.MAY)));
 * </pre>
 *
 * <p>A holiday belongs to the year of its observed {@link Holiday#date() date}, which is the day
 * sends are affected, even when its actual date is in another year: New Year's Day 2022 fell on
 * a Saturday and was observed on Friday, December 31, 2021, so it is listed by
 * {@code holidays(2021)} and not by {@code holidays(2022)}.
 *
 * <p><b>Contract for implementations.</b> An implementation must be thread-safe and
 * deterministic: {@link #holidays(int)} gives equal lists for the same year every time it is
 * called, from any thread, without reading the clock, the default zone or the default locale. A
 * calendar backed by a database or a file loads what it needs first and then answers from
 * memory. It must answer every year from 1 to 9999, both inclusive, with an empty list where it
 * knows no holidays; it may answer more years, and throws {@link IllegalArgumentException} for a
 * year it does not answer. Callers may call {@code holidays} often for the same year and keep
 * the results; implementations need not cache them.
 */
public interface HolidayCalendar {

  /**
   * Gets the calendar's name, such as "US federal".
   *
   * @return the name, not null
   */
  String name();

  /**
   * Gets the holidays observed in a year: those whose observed date is in the year, whatever
   * year their actual date is in.
   *
   * @param year  the year of the observed dates, at least from 1 to 9999
   * @return the holidays, sorted by observed date and then name, unmodifiable, not null
   * @throws IllegalArgumentException if the calendar does not answer the year
   */
  List<Holiday> holidays(int year);

  /**
   * Finds the holiday observed on a date.
   *
   * <p>The default implementation searches {@link #holidays(int)} of the date's year.
   *
   * @param date  the date, not null
   * @return the holiday observed on the date, the first in the list's order if there are
   *     several, or empty if the date is not a holiday
   * @throws IllegalArgumentException if the calendar does not answer the date's year
   */
  default Optional<Holiday> holidayOn(LocalDate date) {
    checkNotNull(date, "date");
    for (Holiday h : holidays(date.getYear())) {
      if (h.date().equals(date)) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }

  /**
   * Checks whether a holiday is observed on a date.
   *
   * <p>The default implementation calls {@link #holidayOn(LocalDate)}.
   *
   * @param date  the date, not null
   * @return true if a holiday is observed on the date
   * @throws IllegalArgumentException if the calendar does not answer the date's year
   */
  default boolean isHoliday(LocalDate date) {
    return holidayOn(date).isPresent();
  }

  /**
   * Obtains a calendar of rules, each giving at most one holiday a year.
   *
   * <p>The calendar answers the years from 1 to 9999. A holiday that several rules give (equal
   * name, observed date and actual date) is listed once. The calendar is equal to another made
   * of the same name and the same rules in the same order.
   *
   * @param name  the calendar's name, not blank, not null
   * @param rules  the rules, copied, not null and holding no null
   * @return the calendar, immutable and thread-safe, not null
   * @throws IllegalArgumentException if the name is blank
   */
  static HolidayCalendar of(String name, Iterable<HolidayRule> rules) {
    return RuleBasedHolidayCalendar.of(name, rules);
  }

  /**
   * Gets the calendar of the legal public holidays of the United States federal government
   * (5 U.S.C. 6103), as the U.S. Office of Personnel Management publishes them: eleven holidays,
   * a Saturday holiday observed on the Friday before and a Sunday holiday on the Monday after.
   *
   * <p>The rules and the years they hold, by the actual date's year:
   * <ul>
   *   <li>New Year's Day, January 1;
   *   <li>Birthday of Martin Luther King, Jr., third Monday in January, from 1986;
   *   <li>Washington's Birthday, third Monday in February;
   *   <li>Memorial Day, last Monday in May;
   *   <li>Juneteenth National Independence Day, June 19, from 2021;
   *   <li>Independence Day, July 4;
   *   <li>Labor Day, first Monday in September;
   *   <li>Columbus Day, second Monday in October;
   *   <li>Veterans Day, fourth Monday in October until 1977, November 11 from 1978;
   *   <li>Thanksgiving Day, fourth Thursday in November;
   *   <li>Christmas Day, December 25.
   * </ul>
   *
   * <p>The calendar follows the Uniform Monday Holiday Act, in force from 1971. Years before
   * 1971 are answered with the rules of 1971, which is not the history (until 1970, for example,
   * Washington's Birthday was observed on February 22, Memorial Day on May 30 and Veterans Day on
   * November 11); use the calendar for dates from 1971 on. Inauguration
   * Day (January 20 after a presidential election) is not included: it is a holiday only for
   * employees in and around Washington, D.C. Nor are the one-off closing days that a President
   * grants by executive order (such as December 24, 2024).
   *
   * @return the calendar, named "US federal", answering the years from 1 to 9999, not null
   */
  static HolidayCalendar usFederal() {
    return UsFederalHolidays.CALENDAR;
  }

  /**
   * Obtains a calendar of all the holidays of several calendars.
   *
   * <p>A date that is a holiday in two calendars lists both holidays, sorted by name; a holiday
   * that two calendars give equally (equal name, observed date and actual date) is listed once.
   * The union answers the years all its calendars answer.
   *
   * @param name  the calendar's name, not blank, not null
   * @param calendars  the calendars, copied, not null and holding no null
   * @return the union, thread-safe and deterministic when its calendars are, not null
   * @throws IllegalArgumentException if the name is blank
   */
  static HolidayCalendar union(String name, Iterable<HolidayCalendar> calendars) {
    return UnionHolidayCalendar.of(name, calendars);
  }

  /**
   * Gets a calendar with no holidays.
   *
   * @return the calendar, named "none", answering the years from 1 to 9999, not null
   */
  static HolidayCalendar none() {
    return RuleBasedHolidayCalendar.NONE;
  }
}
