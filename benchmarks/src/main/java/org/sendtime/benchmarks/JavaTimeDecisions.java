package org.sendtime.benchmarks;

import static org.sendtime.benchmarks.DecisionWorkload.SKIP_DATE;
import static org.sendtime.benchmarks.DecisionWorkload.SUPPRESSED;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * The policies of {@link DecisionWorkload}, written the way an application would write them
 * with {@code java.time} and nothing else: a {@link ZonedDateTime} moved forward with {@code
 * plusDays} and {@code with(LocalTime)} until no rule objects, the day of the week read from it,
 * holidays in a {@code Set<LocalDate>} computed once, blackouts as date tests.
 *
 * <p>The rules are those of the sendtime policies, spelled out: a wanted local time in a
 * daylight-saving gap moves forward by the gap and a repeated one means its earlier instance
 * ({@link LocalDateTime#atZone}), and a send is moved to the earliest later time that every rule
 * allows. The year-end and quarter-close blackouts delay; the Friday after Thanksgiving 2027
 * suppresses, judged on the day the send settles on.
 */
final class JavaTimeDecisions {

  private static final LocalTime QUIET_START = LocalTime.of(21, 0);
  private static final LocalTime QUIET_END = LocalTime.of(8, 0);
  private static final LocalTime WEEKDAY_OPEN = LocalTime.of(9, 0);
  private static final LocalTime WEEKDAY_CLOSE = LocalTime.of(17, 0);
  private static final LocalTime SATURDAY_OPEN = LocalTime.of(10, 0);
  private static final LocalTime SATURDAY_CLOSE = LocalTime.of(14, 0);

  /** The observed US federal holidays of the years the workload can reach. */
  private final Set<LocalDate> holidays = new HashSet<>(usFederalHolidays(2025, 2030));

  /**
   * Decides for one contact under the full policy.
   *
   * @param zone  the contact's zone
   * @param wanted  the wanted local date-time
   * @return the epoch second of the send, or {@link DecisionWorkload#SUPPRESSED}
   */
  long decideFull(ZoneId zone, LocalDateTime wanted) {
    ZonedDateTime t = wanted.atZone(zone);
    while (true) {
      LocalDate date = t.toLocalDate();
      if (holidays.contains(date) || isYearEnd(date) || isQuarterClose(date)) {
        t = t.plusDays(1).with(LocalTime.MIDNIGHT);
        continue;
      }
      LocalTime time = t.toLocalTime();
      if (time.isBefore(QUIET_END)) {
        t = t.with(QUIET_END);
        continue;
      }
      if (!time.isBefore(QUIET_START)) {
        t = t.plusDays(1).with(QUIET_END);
        continue;
      }
      DayOfWeek day = t.getDayOfWeek();
      if (day == DayOfWeek.SUNDAY) {
        t = t.plusDays(1).with(LocalTime.MIDNIGHT);
        continue;
      }
      LocalTime open = day == DayOfWeek.SATURDAY ? SATURDAY_OPEN : WEEKDAY_OPEN;
      LocalTime close = day == DayOfWeek.SATURDAY ? SATURDAY_CLOSE : WEEKDAY_CLOSE;
      if (time.isBefore(open)) {
        t = t.with(open);
        continue;
      }
      if (!time.isBefore(close)) {
        t = t.plusDays(1).with(LocalTime.MIDNIGHT);
        continue;
      }
      break;
    }
    return t.toLocalDate().equals(SKIP_DATE) ? SUPPRESSED : t.toEpochSecond();
  }

  /**
   * Decides for one contact under the simple policy.
   *
   * @param zone  the contact's zone
   * @param wanted  the wanted local date-time
   * @return the epoch second of the send
   */
  long decideSimple(ZoneId zone, LocalDateTime wanted) {
    ZonedDateTime t = wanted.atZone(zone);
    while (true) {
      DayOfWeek day = t.getDayOfWeek();
      if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
        t = t.plusDays(1).with(LocalTime.MIDNIGHT);
        continue;
      }
      LocalTime time = t.toLocalTime();
      if (time.isBefore(QUIET_END)) {
        t = t.with(QUIET_END);
        continue;
      }
      if (!time.isBefore(QUIET_START)) {
        t = t.plusDays(1).with(QUIET_END);
        continue;
      }
      break;
    }
    return t.toEpochSecond();
  }

  /** December 24 to January 2. */
  private static boolean isYearEnd(LocalDate date) {
    Month month = date.getMonth();
    return (month == Month.DECEMBER && date.getDayOfMonth() >= 24)
        || (month == Month.JANUARY && date.getDayOfMonth() <= 2);
  }

  /** The last five days of March, June, September and December. */
  private static boolean isQuarterClose(LocalDate date) {
    return date.getMonthValue() % 3 == 0 && date.getDayOfMonth() > date.lengthOfMonth() - 5;
  }

  /**
   * Lists the US federal holidays (5 U.S.C. 6103) observed in a range of years, computed
   * independently of sendtime's calendar: a fixed-date holiday on a Saturday is observed on the
   * Friday before, on a Sunday on the Monday after, so New Year's Day of a year can be observed
   * on December 31 of the year before.
   *
   * @param firstYear  the first year
   * @param lastYear  the last year, inclusive
   * @return the observed dates
   */
  static Set<LocalDate> usFederalHolidays(int firstYear, int lastYear) {
    Set<LocalDate> dates = new HashSet<>();
    for (int year = firstYear; year <= lastYear + 1; year++) {
      dates.add(observed(LocalDate.of(year, 1, 1)));
      dates.add(LocalDate.of(year, 1, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY)));
      dates.add(LocalDate.of(year, 2, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY)));
      dates.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
      dates.add(observed(LocalDate.of(year, 6, 19)));
      dates.add(observed(LocalDate.of(year, 7, 4)));
      dates.add(LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
      dates.add(LocalDate.of(year, 10, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY)));
      dates.add(observed(LocalDate.of(year, 11, 11)));
      dates.add(LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)));
      dates.add(observed(LocalDate.of(year, 12, 25)));
    }
    dates.removeIf(d -> d.getYear() < firstYear || d.getYear() > lastYear);
    return dates;
  }

  private static LocalDate observed(LocalDate actual) {
    switch (actual.getDayOfWeek()) {
      case SATURDAY:
        return actual.minusDays(1);
      case SUNDAY:
        return actual.plusDays(1);
      default:
        return actual;
    }
  }
}
