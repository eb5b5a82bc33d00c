package org.sendtime.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.sendtime.calendar.Blackout;
import org.sendtime.calendar.BlackoutAction;
import org.sendtime.calendar.BlackoutDates;
import org.sendtime.calendar.BlackoutScope;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.calendar.HolidayRule;
import org.sendtime.policy.Schedule;
import org.sendtime.recurrence.Anniversary;
import org.sendtime.recurrence.CronDialect;
import org.sendtime.recurrence.CronExpression;
import org.sendtime.recurrence.CronSchedule;
import org.sendtime.recurrence.Recurrence;
import org.sendtime.recurrence.RecurrenceSet;
import org.sendtime.recurrence.SimplePattern;
import org.sendtime.time.DstPolicy;

/**
 * The static factories of the policy DSL: blackouts, holiday rules and calendars, and schedules,
 * each a complete value checked when it is made. Import them statically and start a policy with
 * {@link Policy#named(String)}:
 *
 * <pre>
 * import static java.time.DayOfWeek.FRIDAY;
 * import static java.time.DayOfWeek.MONDAY;
 * import static java.time.DayOfWeek.SATURDAY;
 * import static java.time.DayOfWeek.SUNDAY;
 * import static java.time.Month.MARCH;
 * import static org.sendtime.rules.PolicyDsl.*;
 *
 * Policy renewals = Policy.named("renewals")
 *     .zone("America/Chicago")
 *     .recipientLocal()
 *     .fallbackZone("America/Chicago")
 *     .quietHours("21:00", "08:00")
 *     .businessHours(MONDAY, FRIDAY, "09:00", "17:00")
 *     .weekend(SATURDAY, SUNDAY)
 *     .holidays(union("US federal and company", US_FEDERAL,
 *         calendar("Company", fixedHoliday("Founders Day", "03-15"),
 *             nthWeekdayHoliday("Spring offsite", 2, FRIDAY, MARCH))))
 *     .blackout(yearly("Year-end freeze", "12-24", "01-02").from("2025-01-01"))
 *     .blackout(lastDaysOfQuarter("Quarter close", 3).skip().campaigns("promo"))
 *     .deliverWithin("36h")
 *     .lateSends("2h", LateSends.Action.SKIP)
 *     .description("Renewal reminders")
 *     .schedule(cron("0 9 * * MON-FRI", CronDialect.UNIX, "America/Chicago"))
 *     .build();
 * </pre>
 *
 * <p>Every factory checks its arguments when called and names the setting at fault, so a
 * mistake is reported where it is written: {@code yearly("freeze", "12-4", "01-02")} throws
 * {@code IllegalArgumentException: Invalid value for blackout 'freeze' first: expected a
 * month-day such as "12-24", got "12-4"}. Text forms are those of policy YAML: dates
 * {@code 2026-12-24}, month-days {@code 12-24}, times {@code 09:00}, instants
 * {@code 2026-12-01T14:00:00Z}, local date-times {@code 2026-12-01T09:00} and zone ids
 * {@code America/Chicago}; each has a {@code java.time} overload.
 *
 * <p>This class is a static utility; the values it returns are immutable and thread-safe.
 */
public final class PolicyDsl {
  /** The legal public holidays of the United States federal government, {@link HolidayCalendar#usFederal()}. */
  public static final HolidayCalendar US_FEDERAL = HolidayCalendar.usFederal();
  /** The calendar with no holidays, {@link HolidayCalendar#none()}. */
  public static final HolidayCalendar NO_HOLIDAYS = HolidayCalendar.none();

  private PolicyDsl() {
  }

  // ---------------------------------------------------------------------------------------------
  // Blackouts

  /**
   * Obtains a blackout of one date.
   *
   * <pre>
   * on("Launch day", "2026-09-01")
   * </pre>
   *
   * @param name  the blackout's name, unique in a policy, not blank, not null
   * @param date  the date covered, such as {@code 2026-12-25}, not null
   * @return the blackout, delaying every send, not null
   * @throws IllegalArgumentException if the name is blank or the date is not a date
   */
  public static DatedBlackout on(String name, String date) {
    return on(name, Values.date(setting(name, "date"), date));
  }

  /**
   * Obtains a blackout of one date.
   *
   * @param name  the blackout's name, unique in a policy, not blank, not null
   * @param date  the date covered, not null
   * @return the blackout, delaying every send, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static DatedBlackout on(String name, LocalDate date) {
    checkNotNull(date, "date");
    return new DatedBlackout(blackout(name, () -> representable(BlackoutDates.on(date))));
  }

  /**
   * Obtains a blackout of a range of dates, both inclusive.
   *
   * <pre>
   * between("Migration", "2026-11-20", "2026-11-23")
   * </pre>
   *
   * @param name  the blackout's name, unique in a policy, not blank, not null
   * @param first  the first date covered, not null
   * @param last  the last date covered, inclusive, not before the first, not null
   * @return the blackout, delaying every send, not null
   * @throws IllegalArgumentException if the name is blank, a date is not a date, or the last
   *     date is before the first
   */
  public static DatedBlackout between(String name, String first, String last) {
    return between(name, Values.date(setting(name, "first"), first), Values.date(setting(name, "last"), last));
  }

  /**
   * Obtains a blackout of a range of dates, both inclusive.
   *
   * @param name  the blackout's name, unique in a policy, not blank, not null
   * @param first  the first date covered, not null
   * @param last  the last date covered, inclusive, not before the first, not null
   * @return the blackout, delaying every send, not null
   * @throws IllegalArgumentException if the name is blank or the last date is before the first
   */
  public static DatedBlackout between(String name, LocalDate first, LocalDate last) {
    checkNotNull(first, "first");
    checkNotNull(last, "last");
    return new DatedBlackout(blackout(name, () -> representable(BlackoutDates.between(first, last))));
  }

  /**
   * Obtains a blackout of a range of month-days every year, both inclusive; a first day after
   * the last runs across the year end.
   *
   * <pre>
   * yearly("Year-end freeze", "12-24", "01-02")
   * </pre>
   *
   * @param name  the blackout's name, unique in a policy, not blank, not null
   * @param first  the first month-day covered, such as {@code 12-24}, not null
   * @param last  the last month-day covered, such as {@code 01-02}, not null
   * @return the blackout, delaying every send, not null
   * @throws IllegalArgumentException if the name is blank, a month-day is not one, or the range
   *     covers every day of the year
   */
  public static RecurringBlackout yearly(String name, String first, String last) {
    return yearly(name, Values.monthDay(setting(name, "first"), first),
        Values.monthDay(setting(name, "last"), last));
  }

  /**
   * Obtains a blackout of a range of month-days every year, both inclusive; a first day after
   * the last runs across the year end.
   *
   * @param name  the blackout's name, unique in a policy, not blank, not null
   * @param first  the first month-day covered, not null
   * @param last  the last month-day covered, not null
   * @return the blackout, delaying every send, not null
   * @throws IllegalArgumentException if the name is blank or the range covers every day of the
   *     year
   */
  public static RecurringBlackout yearly(String name, MonthDay first, MonthDay last) {
    checkNotNull(first, "first");
    checkNotNull(last, "last");
    return new RecurringBlackout(blackout(name, () -> BlackoutDates.yearly(first, last)));
  }

  /**
   * Obtains a blackout of a range of days of every quarter, counted from 1 on the quarter's
   * first day, both inclusive.
   *
   * <pre>
   * quarterly("Quarter open", 1, 5)
   * </pre>
   *
   * @param name  the blackout's name, unique in a policy, not blank, not null
   * @param firstDay  the first day covered, from 1 to 92
   * @param lastDay  the last day covered, from 1 to 92
   * @return the blackout, delaying every send, not null
   * @throws IllegalArgumentException if the name is blank, a day is out of range, or the range
   *     covers every day
   * @see BlackoutDates#quarterly(int, int)
   */
  public static RecurringBlackout quarterly(String name, int firstDay, int lastDay) {
    return new RecurringBlackout(blackout(name, () -> BlackoutDates.quarterly(firstDay, lastDay)));
  }

  /**
   * Obtains a blackout of the last days of every quarter.
   *
   * <pre>
   * lastDaysOfQuarter("Quarter close", 5)
   * </pre>
   *
   * @param name  the blackout's name, unique in a policy, not blank, not null
   * @param days  the number of days, from 1 to 91
   * @return the blackout, delaying every send, not null
   * @throws IllegalArgumentException if the name is blank or the number is out of range
   */
  public static RecurringBlackout lastDaysOfQuarter(String name, int days) {
    return new RecurringBlackout(blackout(name, () -> BlackoutDates.lastDaysOfQuarter(days)));
  }

  /**
   * Obtains a blackout of a range of days of every month, both inclusive; a day beyond a
   * month's length means its last day.
   *
   * <pre>
   * monthly("Billing run", 1, 3)
   * </pre>
   *
   * @param name  the blackout's name, unique in a policy, not blank, not null
   * @param firstDay  the first day of the month covered, from 1 to 31
   * @param lastDay  the last day of the month covered, from 1 to 31
   * @return the blackout, delaying every send, not null
   * @throws IllegalArgumentException if the name is blank, a day is out of range, or the range
   *     covers every day
   * @see BlackoutDates#monthly(int, int)
   */
  public static RecurringBlackout monthly(String name, int firstDay, int lastDay) {
    return new RecurringBlackout(blackout(name, () -> BlackoutDates.monthly(firstDay, lastDay)));
  }

  /**
   * Obtains a blackout of the last days of every month.
   *
   * <pre>
   * lastDaysOfMonth("Month close", 3)
   * </pre>
   *
   * @param name  the blackout's name, unique in a policy, not blank, not null
   * @param days  the number of days, from 1 to 30
   * @return the blackout, delaying every send, not null
   * @throws IllegalArgumentException if the name is blank or the number is out of range
   */
  public static RecurringBlackout lastDaysOfMonth(String name, int days) {
    return new RecurringBlackout(blackout(name, () -> BlackoutDates.lastDaysOfMonth(days)));
  }

  private interface DatesFactory {
    BlackoutDates get();
  }

  private static Blackout blackout(String name, DatesFactory dates) {
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "Invalid value for blackout name (valid values: text that is not blank): '%s'",
        name);
    try {
      return Blackout.of(name, dates.get());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid blackout '" + name + "': " + e.getMessage(), e);
    }
  }

  /**
   * Checks that blackout dates can be read back: a fixed range that ends on the first date
   * java.time holds cannot be shown as a range, and so cannot be checked or printed.
   *
   * @throws IllegalArgumentException if the dates are such a range
   */
  static BlackoutDates representable(BlackoutDates dates) {
    try {
      dates.range();
      return dates;
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Invalid blackout range: it ends on " + LocalDate.MIN
          + ", the first date there is; a range must end later", e);
    }
  }

  private static String setting(String blackoutName, String part) {
    return "blackout '" + blackoutName + "' " + part;
  }

  /**
   * A blackout being written in the DSL: {@link DatedBlackout} for fixed dates,
   * {@link RecurringBlackout} for dates that come back every year, quarter or month.
   */
  public sealed interface BlackoutSpec permits DatedBlackout, RecurringBlackout {
    /**
     * Gets the blackout this value stands for.
     *
     * @return the blackout, not null
     */
    Blackout toBlackout();
  }

  /**
   * A blackout of a fixed date or range of dates, from {@link PolicyDsl#on} or
   * {@link PolicyDsl#between}, with its action and scope.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class DatedBlackout implements BlackoutSpec {
    private final Blackout blackout;

    private DatedBlackout(Blackout blackout) {
      this.blackout = blackout;
    }

    /**
     * Returns a copy that delays the sends on its dates to the next allowed time, the default.
     *
     * @return the changed blackout, not null
     */
    public DatedBlackout delay() {
      return new DatedBlackout(blackout.withAction(BlackoutAction.DELAY));
    }

    /**
     * Returns a copy that suppresses the sends on its dates.
     *
     * @return the changed blackout, not null
     */
    public DatedBlackout skip() {
      return new DatedBlackout(blackout.withAction(BlackoutAction.SKIP));
    }

    /**
     * Returns a copy that applies only to the sends of some campaigns, replacing any scope.
     *
     * @param campaignIds  the campaigns, at least one, none blank, not null
     * @return the changed blackout, not null
     * @throws IllegalArgumentException if no campaign is given or one is blank
     */
    public DatedBlackout campaigns(String... campaignIds) {
      return new DatedBlackout(scoped(blackout, true, campaignIds));
    }

    /**
     * Returns a copy that applies only to contacts in some locations, replacing any scope.
     *
     * @param locations  the locations, at least one, none blank, not null
     * @return the changed blackout, not null
     * @throws IllegalArgumentException if no location is given or one is blank
     */
    public DatedBlackout locations(String... locations) {
      return new DatedBlackout(scoped(blackout, false, locations));
    }

    @Override
    public Blackout toBlackout() {
      return blackout;
    }

    /**
     * Checks if this blackout is equal to another: equal blackouts.
     *
     * @param obj  the object to compare, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof DatedBlackout && ((DatedBlackout) obj).blackout.equals(blackout);
    }

    /**
     * A hash code for this blackout.
     *
     * @return a suitable hash code
     */
    @Override
    public int hashCode() {
      return blackout.hashCode();
    }

    /**
     * Outputs the blackout.
     *
     * @return the blackout's text, not null
     */
    @Override
    public String toString() {
      return blackout.toString();
    }
  }

  /**
   * A blackout of dates that come back every year, quarter or month, from
   * {@link PolicyDsl#yearly}, {@link PolicyDsl#quarterly}, {@link PolicyDsl#lastDaysOfQuarter},
   * {@link PolicyDsl#monthly} or {@link PolicyDsl#lastDaysOfMonth}, with the dates it is valid
   * for, its action and its scope.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class RecurringBlackout implements BlackoutSpec {
    private final Blackout blackout;

    private RecurringBlackout(Blackout blackout) {
      this.blackout = blackout;
    }

    /**
     * Returns a copy that covers nothing before a date.
     *
     * @param firstValidDate  the first date that may be covered, such as {@code 2026-01-01}, not
     *     null
     * @return the changed blackout, not null
     * @throws IllegalArgumentException if the text is not a date or the date is after the
     *     {@link #until} date
     */
    public RecurringBlackout from(String firstValidDate) {
      return from(Values.date(setting(blackout.name(), "from"), firstValidDate));
    }

    /**
     * Returns a copy that covers nothing before a date.
     *
     * @param firstValidDate  the first date that may be covered, not null
     * @return the changed blackout, not null
     * @throws IllegalArgumentException if the date is after the {@link #until} date
     */
    public RecurringBlackout from(LocalDate firstValidDate) {
      checkNotNull(firstValidDate, "firstValidDate");
      return new RecurringBlackout(blackout(blackout.name(), () -> blackout.dates().from(firstValidDate))
          .withScope(blackout.scope()).withAction(blackout.action()));
    }

    /**
     * Returns a copy that covers nothing after a date.
     *
     * @param lastValidDate  the last date that may be covered, such as {@code 2030-12-31}, not
     *     null
     * @return the changed blackout, not null
     * @throws IllegalArgumentException if the text is not a date or the date is before the
     *     {@link #from} date
     */
    public RecurringBlackout until(String lastValidDate) {
      return until(Values.date(setting(blackout.name(), "until"), lastValidDate));
    }

    /**
     * Returns a copy that covers nothing after a date.
     *
     * @param lastValidDate  the last date that may be covered, not null
     * @return the changed blackout, not null
     * @throws IllegalArgumentException if the date is before the {@link #from} date
     */
    public RecurringBlackout until(LocalDate lastValidDate) {
      checkNotNull(lastValidDate, "lastValidDate");
      return new RecurringBlackout(blackout(blackout.name(), () -> blackout.dates().until(lastValidDate))
          .withScope(blackout.scope()).withAction(blackout.action()));
    }

    /**
     * Returns a copy that delays the sends on its dates to the next allowed time, the default.
     *
     * @return the changed blackout, not null
     */
    public RecurringBlackout delay() {
      return new RecurringBlackout(blackout.withAction(BlackoutAction.DELAY));
    }

    /**
     * Returns a copy that suppresses the sends on its dates.
     *
     * @return the changed blackout, not null
     */
    public RecurringBlackout skip() {
      return new RecurringBlackout(blackout.withAction(BlackoutAction.SKIP));
    }

    /**
     * Returns a copy that applies only to the sends of some campaigns, replacing any scope.
     *
     * @param campaignIds  the campaigns, at least one, none blank, not null
     * @return the changed blackout, not null
     * @throws IllegalArgumentException if no campaign is given or one is blank
     */
    public RecurringBlackout campaigns(String... campaignIds) {
      return new RecurringBlackout(scoped(blackout, true, campaignIds));
    }

    /**
     * Returns a copy that applies only to contacts in some locations, replacing any scope.
     *
     * @param locations  the locations, at least one, none blank, not null
     * @return the changed blackout, not null
     * @throws IllegalArgumentException if no location is given or one is blank
     */
    public RecurringBlackout locations(String... locations) {
      return new RecurringBlackout(scoped(blackout, false, locations));
    }

    @Override
    public Blackout toBlackout() {
      return blackout;
    }

    /**
     * Checks if this blackout is equal to another: equal blackouts.
     *
     * @param obj  the object to compare, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof RecurringBlackout && ((RecurringBlackout) obj).blackout.equals(blackout);
    }

    /**
     * A hash code for this blackout.
     *
     * @return a suitable hash code
     */
    @Override
    public int hashCode() {
      return blackout.hashCode();
    }

    /**
     * Outputs the blackout.
     *
     * @return the blackout's text, not null
     */
    @Override
    public String toString() {
      return blackout.toString();
    }
  }

  private static Blackout scoped(Blackout blackout, boolean campaigns, String... ids) {
    checkNotNull(ids, campaigns ? "campaignIds" : "locations");
    String what = campaigns ? "campaigns" : "locations";
    checkArgument(ids.length > 0, "Invalid value for blackout '%s' %s (valid values: at least one id): none given",
        blackout.name(), what);
    for (String id : ids) {
      checkNotNull(id, what);
      checkArgument(!id.isBlank(), "Invalid value for blackout '%s' %s (valid values: ids that are not blank): %s",
          blackout.name(), what, Arrays.toString(ids));
    }
    return blackout.withScope(campaigns ? BlackoutScope.campaigns(Arrays.asList(ids))
        : BlackoutScope.locations(Arrays.asList(ids)));
  }

  // ---------------------------------------------------------------------------------------------
  // Holidays

  /**
   * Obtains a holiday rule on the same month and day every year.
   *
   * <pre>
   * fixedHoliday("Founders Day", "03-15").withObserved(ObservedShift.SUNDAY_TO_MONDAY)
   * </pre>
   *
   * @param name  the holiday's name, not blank, not null
   * @param monthDay  the month and day, such as {@code 03-15}; {@code 02-29} occurs in leap
   *     years only, not null
   * @return the rule, observed on the day itself, valid in every year, not null
   * @throws IllegalArgumentException if the name is blank or the text is not a month-day
   */
  public static HolidayRule fixedHoliday(String name, String monthDay) {
    MonthDay md = Values.monthDay("holiday '" + name + "' date", monthDay);
    return HolidayRule.fixed(name, md.getMonth(), md.getDayOfMonth());
  }

  /**
   * Obtains a holiday rule on the same month and day every year.
   *
   * @param name  the holiday's name, not blank, not null
   * @param month  the month, not null
   * @param dayOfMonth  the day of the month, from 1 to the month's length in a leap year
   * @return the rule, observed on the day itself, valid in every year, not null
   * @throws IllegalArgumentException if the name is blank or the day is not in the month
   */
  public static HolidayRule fixedHoliday(String name, Month month, int dayOfMonth) {
    return HolidayRule.fixed(name, month, dayOfMonth);
  }

  /**
   * Obtains a holiday rule on the nth occurrence of a day of the week in a month.
   *
   * <pre>
   * nthWeekdayHoliday("Labor Day", 1, MONDAY, SEPTEMBER)
   * </pre>
   *
   * @param name  the holiday's name, not blank, not null
   * @param ordinal  which occurrence, from 1 to 5
   * @param dayOfWeek  the day of the week, not null
   * @param month  the month, not null
   * @return the rule, observed on the day itself, valid in every year, not null
   * @throws IllegalArgumentException if the name is blank or the ordinal is out of range
   */
  public static HolidayRule nthWeekdayHoliday(String name, int ordinal, DayOfWeek dayOfWeek, Month month) {
    return HolidayRule.nthWeekday(name, ordinal, dayOfWeek, month);
  }

  /**
   * Obtains a holiday rule on the last occurrence of a day of the week in a month.
   *
   * <pre>
   * lastWeekdayHoliday("Memorial Day", MONDAY, MAY)
   * </pre>
   *
   * @param name  the holiday's name, not blank, not null
   * @param dayOfWeek  the day of the week, not null
   * @param month  the month, not null
   * @return the rule, observed on the day itself, valid in every year, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static HolidayRule lastWeekdayHoliday(String name, DayOfWeek dayOfWeek, Month month) {
    return HolidayRule.lastWeekday(name, dayOfWeek, month);
  }

  /**
   * Obtains a holiday rule a number of days from Western Easter Sunday.
   *
   * <pre>
   * easterHoliday("Good Friday", -2)
   * </pre>
   *
   * @param name  the holiday's name, not blank, not null
   * @param offsetDays  the days from Easter Sunday, from -80 to 250
   * @return the rule, observed on the day itself, valid in every year, not null
   * @throws IllegalArgumentException if the name is blank or the offset is out of range
   */
  public static HolidayRule easterHoliday(String name, int offsetDays) {
    return HolidayRule.easter(name, offsetDays);
  }

  /**
   * Obtains a calendar of holiday rules.
   *
   * <pre>
   * calendar("Company", fixedHoliday("Founders Day", "03-15"), easterHoliday("Easter Monday", 1))
   * </pre>
   *
   * @param name  the calendar's name, not blank, not null
   * @param rules  the rules, in order, not null
   * @return the calendar, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static HolidayCalendar calendar(String name, HolidayRule... rules) {
    checkNotNull(rules, "rules");
    return HolidayCalendar.of(name, Arrays.asList(rules));
  }

  /**
   * Obtains a calendar of all the holidays of several calendars.
   *
   * <pre>
   * union("US federal and company", US_FEDERAL, calendar("Company", fixedHoliday("Founders Day", "03-15")))
   * </pre>
   *
   * @param name  the calendar's name, not blank, not null
   * @param calendars  the calendars, in order, not null
   * @return the union, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static HolidayCalendar union(String name, HolidayCalendar... calendars) {
    checkNotNull(calendars, "calendars");
    return HolidayCalendar.union(name, Arrays.asList(calendars));
  }

  // ---------------------------------------------------------------------------------------------
  // Schedules

  /**
   * Obtains the schedule that sends at launch.
   *
   * @return the schedule, not null
   */
  public static PolicySchedule immediate() {
    return PolicySchedule.of(Schedule.immediate());
  }

  /**
   * Obtains a schedule at an instant.
   *
   * <pre>
   * at("2026-12-01T14:00:00Z")
   * </pre>
   *
   * @param instant  the instant, whole seconds, not null
   * @return the schedule, not null
   * @throws IllegalArgumentException if the text is not an instant or has a fraction of a second
   */
  public static PolicySchedule at(String instant) {
    return at(Values.instant("schedule at", instant));
  }

  /**
   * Obtains a schedule at an instant.
   *
   * @param instant  the instant, whole seconds, not null
   * @return the schedule, not null
   * @throws IllegalArgumentException if the instant has a fraction of a second
   */
  public static PolicySchedule at(Instant instant) {
    return PolicySchedule.of(Schedule.at(instant));
  }

  /**
   * Obtains a schedule at a wall-clock time, read in the zone the policy judges the contact in.
   *
   * <pre>
   * atLocal("2026-12-01T09:00")
   * </pre>
   *
   * @param localDateTime  the wall-clock time, whole seconds, not null
   * @return the schedule, not null
   * @throws IllegalArgumentException if the text is not a local date-time or has a fraction of a
   *     second
   */
  public static PolicySchedule atLocal(String localDateTime) {
    return atLocal(Values.localDateTime("schedule atLocal", localDateTime));
  }

  /**
   * Obtains a schedule at a wall-clock time, read in the zone the policy judges the contact in.
   *
   * @param localDateTime  the wall-clock time, whole seconds, not null
   * @return the schedule, not null
   * @throws IllegalArgumentException if the time has a fraction of a second
   */
  public static PolicySchedule atLocal(LocalDateTime localDateTime) {
    return PolicySchedule.of(Schedule.atLocal(localDateTime));
  }

  /**
   * Obtains a recurring schedule of RFC 5545 content lines.
   *
   * <pre>
   * rrule("DTSTART;TZID=America/New_York:20260105T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO")
   * </pre>
   *
   * @param text  the {@code DTSTART}, {@code RRULE}, {@code RDATE} and {@code EXDATE} lines, not
   *     null
   * @return the schedule, not null
   * @throws org.sendtime.recurrence.InvalidRuleException if the text is not a recurrence set
   * @throws IllegalArgumentException if the set never fires
   */
  public static PolicySchedule rrule(String text) {
    checkNotNull(text, "text");
    return recurring(RecurrenceSet.parse(text));
  }

  /**
   * Obtains a recurring schedule of a recurrence set.
   *
   * @param recurrence  the recurrence set, floating or in an IANA region such as
   *     {@code America/Chicago} or {@code UTC}, not null
   * @return the schedule, not null
   * @throws IllegalArgumentException if the zone is an offset, or the set never fires
   */
  public static PolicySchedule recurring(RecurrenceSet recurrence) {
    return recurring("rrule", checkNotNull(recurrence, "recurrence"));
  }

  /**
   * Obtains a recurring schedule of a simple pattern from a floating start, which is read in the
   * zone the policy judges the contact in. The pattern becomes the equivalent recurrence set.
   *
   * <pre>
   * pattern(SimplePattern.weekly().daysOfWeek(MONDAY, WEDNESDAY).build(), LocalDateTime.parse("2026-01-05T09:00"))
   * </pre>
   *
   * @param pattern  the pattern, not null
   * @param start  the local start, not null
   * @return the schedule, not null
   * @throws IllegalArgumentException if the pattern never fires from the start
   */
  public static PolicySchedule pattern(SimplePattern pattern, LocalDateTime start) {
    checkNotNull(pattern, "pattern");
    return recurring(pattern.toRecurrenceSet(checkNotNull(start, "start"), null));
  }

  /**
   * Obtains a recurring schedule of a simple pattern from a start in a zone. The pattern becomes
   * the equivalent recurrence set.
   *
   * @param pattern  the pattern, not null
   * @param start  the local start, not null
   * @param zone  the zone of the start, an IANA region such as {@code America/Chicago} or
   *     {@code UTC}, not null
   * @return the schedule, not null
   * @throws IllegalArgumentException if the zone is an offset, or the pattern never fires from
   *     the start
   */
  public static PolicySchedule pattern(SimplePattern pattern, LocalDateTime start, ZoneId zone) {
    checkNotNull(pattern, "pattern");
    Values.zone("pattern zone", zone);
    return recurring(pattern.toRecurrenceSet(checkNotNull(start, "start"), zone));
  }

  /**
   * Obtains a recurring schedule of a floating cron expression, read in the zone the policy
   * judges the contact in.
   *
   * <pre>
   * cron("0 9 * * MON-FRI", CronDialect.UNIX)
   * </pre>
   *
   * @param expression  the expression, not null
   * @param dialect  the dialect of the expression, not null
   * @return the schedule, not null
   * @throws org.sendtime.recurrence.InvalidRuleException if the expression is not valid in the
   *     dialect
   * @throws IllegalArgumentException if the expression never fires
   */
  public static PolicySchedule cron(String expression, CronDialect dialect) {
    return cron(CronExpression.parse(checkNotNull(expression, "expression"), dialect).floating());
  }

  /**
   * Obtains a recurring schedule of a floating cron expression with a daylight-saving policy
   * for the fire times that a change skips.
   *
   * @param expression  the expression, not null
   * @param dialect  the dialect of the expression, not null
   * @param dst  what fire times in daylight-saving gaps mean, not null
   * @return the schedule, not null
   * @throws org.sendtime.recurrence.InvalidRuleException if the expression is not valid in the
   *     dialect
   * @throws IllegalArgumentException if the expression never fires
   */
  public static PolicySchedule cron(String expression, CronDialect dialect, DstPolicy dst) {
    checkNotNull(dst, "dst");
    return cron(CronExpression.parse(checkNotNull(expression, "expression"), dialect).floating().withPolicy(dst));
  }

  /**
   * Obtains a recurring schedule of a cron expression read in a zone.
   *
   * <pre>
   * cron("0 9 * * MON-FRI", CronDialect.UNIX, "America/New_York")
   * </pre>
   *
   * @param expression  the expression, not null
   * @param dialect  the dialect of the expression, not null
   * @param zone  the zone whose wall clock the expression is read on, not null
   * @return the schedule, not null
   * @throws org.sendtime.recurrence.InvalidRuleException if the expression is not valid in the
   *     dialect
   * @throws IllegalArgumentException if the zone is not a zone or the expression never fires
   */
  public static PolicySchedule cron(String expression, CronDialect dialect, String zone) {
    return cron(expression, dialect, zone, DstPolicy.SHIFT_FORWARD);
  }

  /**
   * Obtains a recurring schedule of a cron expression read in a zone, with a daylight-saving
   * policy for the fire times that a change skips.
   *
   * @param expression  the expression, not null
   * @param dialect  the dialect of the expression, not null
   * @param zone  the zone whose wall clock the expression is read on, not null
   * @param dst  what fire times in daylight-saving gaps mean, not null
   * @return the schedule, not null
   * @throws org.sendtime.recurrence.InvalidRuleException if the expression is not valid in the
   *     dialect
   * @throws IllegalArgumentException if the zone is not a zone or the expression never fires
   */
  public static PolicySchedule cron(String expression, CronDialect dialect, String zone, DstPolicy dst) {
    ZoneId z = Values.zone("cron zone", zone);
    return cron(CronExpression.parse(checkNotNull(expression, "expression"), dialect).atZone(z, dst));
  }

  /**
   * Obtains a recurring schedule of a cron schedule.
   *
   * @param cron  the cron schedule, floating or in an IANA region such as
   *     {@code America/Chicago} or {@code UTC}, not null
   * @return the schedule, not null
   * @throws IllegalArgumentException if the zone is an offset, or the schedule never fires
   */
  public static PolicySchedule cron(CronSchedule cron) {
    return recurring("cron", checkNotNull(cron, "cron"));
  }

  /**
   * Obtains a recurring schedule of an anniversary.
   *
   * <pre>
   * anniversary(Anniversary.yearly(MonthDay.of(2, 29)).daysBefore(14).at(LocalTime.of(9, 0)))
   * </pre>
   *
   * @param anniversary  the anniversary, floating or in an IANA region such as
   *     {@code America/Chicago} or {@code UTC}, not null
   * @return the schedule, not null
   * @throws IllegalArgumentException if the zone is an offset, or the anniversary never fires
   */
  public static PolicySchedule anniversary(Anniversary anniversary) {
    return recurring("anniversary", checkNotNull(anniversary, "anniversary"));
  }

  /** A recurring schedule of a recurrence whose zone, if any, a policy can name. */
  private static PolicySchedule recurring(String setting, Recurrence recurrence) {
    recurrence.zone().ifPresent(zone -> Values.zone(setting + " zone", zone));
    try {
      return PolicySchedule.of(Schedule.recurring(recurrence));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Invalid value for " + setting + ": " + PolicyReader.BEYOND_TIME, e);
    }
  }

  /**
   * Obtains the schedule that sends at the time the policy's optimizer learns for each contact.
   *
   * @return the schedule, not null
   */
  public static PolicySchedule optimized() {
    return PolicySchedule.optimized();
  }
}
