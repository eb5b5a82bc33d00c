package org.sendtime.recurrence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A date that comes back every year or every month, such as a birthday, a policy's effective
 * date or a fixed date like September 15, optionally with an offset ("14 days before") and a
 * time of day.
 *
 * <p>A <b>yearly</b> anniversary on February 29 falls, in common years, on the day its
 * {@link LeapDayPolicy} says (February 28 by default). A <b>monthly</b> anniversary on a day the
 * month does not have falls on the month's last day, without drifting: the 31st gives
 * January 31, February 28 (29), March 31.
 *
 * <p>The offset moves the occurrence from the anniversary itself: {@code daysBefore(14)} of a
 * birthday on March 10 occurs on February 24. The anniversary date is computed first and the
 * offset applied to it, so a leap-day birthday 14 days before is February 14 in leap years and
 * February 14 (the 28th minus 14) in common ones.
 *
 * <p>Occurrences are at a local time of day (midnight unless {@link #at(LocalTime)} says
 * otherwise) read in the zone, with the library's daylight-saving rule: a time in a gap moves
 * forward by the gap's length, a repeated time means its first instance. Without a zone the
 * anniversary is floating, as every {@link Recurrence} may be. {@link #startingFrom(LocalDate)}
 * gives the first anniversary date that counts (for example the policy's effective date itself).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Anniversary implements Recurrence {
  private final boolean monthly;
  private final MonthDay day;
  private final int offsetDays;
  private final LeapDayPolicy leapDayPolicy;
  private final LocalTime time;
  private final @Nullable ZoneId zone;
  private final @Nullable LocalDate firstDate;

  private Anniversary(
      boolean monthly,
      MonthDay day,
      int offsetDays,
      LeapDayPolicy leapDayPolicy,
      LocalTime time,
      @Nullable ZoneId zone,
      @Nullable LocalDate firstDate) {
    this.monthly = monthly;
    this.day = day;
    this.offsetDays = offsetDays;
    this.leapDayPolicy = leapDayPolicy;
    this.time = time;
    this.zone = zone;
    this.firstDate = firstDate;
  }

  /**
   * Obtains a yearly anniversary on a month and day, such as {@code MonthDay.of(9, 15)}.
   *
   * @param day  the month and day, February 29 allowed, not null
   * @return the anniversary, floating, at midnight, with no offset, not null
   */
  public static Anniversary yearly(MonthDay day) {
    return new Anniversary(false, checkNotNull(day, "day"), 0, LeapDayPolicy.FEB_28, LocalTime.MIDNIGHT, null, null);
  }

  /**
   * Obtains a yearly anniversary of a date, such as a birth date; the date itself is the first
   * occurrence.
   *
   * @param date  the original date, not null
   * @return the anniversary, floating, at midnight, with no offset, not null
   */
  public static Anniversary yearlyFrom(LocalDate date) {
    checkNotNull(date, "date");
    return yearly(MonthDay.from(date)).startingFrom(date);
  }

  /**
   * Obtains a monthly anniversary on a day of the month; shorter months use their last day.
   *
   * @param dayOfMonth  the day of the month, from 1 to 31
   * @return the anniversary, floating, at midnight, with no offset, not null
   * @throws IllegalArgumentException if the day is out of range
   */
  public static Anniversary monthly(int dayOfMonth) {
    checkArgument(dayOfMonth >= 1 && dayOfMonth <= 31,
        "Invalid value for DayOfMonth (valid values 1 - 31): %s", dayOfMonth);
    return new Anniversary(true, MonthDay.of(1, dayOfMonth), 0, LeapDayPolicy.FEB_28, LocalTime.MIDNIGHT, null, null);
  }

  /**
   * Obtains a monthly anniversary of a date, such as a subscription start; the date itself is
   * the first occurrence.
   *
   * @param date  the original date, not null
   * @return the anniversary, floating, at midnight, with no offset, not null
   */
  public static Anniversary monthlyFrom(LocalDate date) {
    checkNotNull(date, "date");
    return monthly(date.getDayOfMonth()).startingFrom(date);
  }

  /**
   * Returns a copy that occurs a number of days before the anniversary.
   *
   * @param days  the days before, zero or more
   * @return the changed anniversary, not null
   */
  public Anniversary daysBefore(int days) {
    checkArgument(days >= 0 && days <= 366, "Invalid value for days before (valid values 0 - 366): %s", days);
    return withOffsetDays(-days);
  }

  /**
   * Returns a copy that occurs a number of days after the anniversary.
   *
   * @param days  the days after, zero or more
   * @return the changed anniversary, not null
   */
  public Anniversary daysAfter(int days) {
    checkArgument(days >= 0 && days <= 366, "Invalid value for days after (valid values 0 - 366): %s", days);
    return withOffsetDays(days);
  }

  private Anniversary withOffsetDays(int days) {
    return new Anniversary(monthly, day, days, leapDayPolicy, time, zone, firstDate);
  }

  /**
   * Returns a copy with a leap-day policy; it matters only for a yearly anniversary on
   * February 29.
   *
   * @param policy  the policy, not null
   * @return the changed anniversary, not null
   */
  public Anniversary withLeapDayPolicy(LeapDayPolicy policy) {
    return new Anniversary(monthly, day, offsetDays, checkNotNull(policy, "policy"), time, zone, firstDate);
  }

  /**
   * Returns a copy that occurs at a local time of day.
   *
   * @param time  the time of day, not null; fractions of a second are dropped
   * @return the changed anniversary, not null
   */
  public Anniversary at(LocalTime time) {
    return new Anniversary(monthly, day, offsetDays, leapDayPolicy,
        checkNotNull(time, "time").truncatedTo(ChronoUnit.SECONDS), zone, firstDate);
  }

  /**
   * Returns a copy whose first anniversary date is on or after a date; earlier anniversaries
   * do not occur.
   *
   * @param date  the first anniversary date that counts, not null
   * @return the changed anniversary, not null
   */
  public Anniversary startingFrom(LocalDate date) {
    return new Anniversary(monthly, day, offsetDays, leapDayPolicy, time, zone, checkNotNull(date, "date"));
  }

  @Override
  public Anniversary withZone(ZoneId zone) {
    return new Anniversary(monthly, day, offsetDays, leapDayPolicy, time, checkNotNull(zone, "zone"), firstDate);
  }

  @Override
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /**
   * Gets the month and day of a yearly anniversary, before the offset and the leap-day policy.
   *
   * @return the month and day, February 29 possible, or empty if this anniversary is monthly
   */
  public Optional<MonthDay> monthDay() {
    return monthly ? Optional.empty() : Optional.of(day);
  }

  /**
   * Gets the day of the month of a monthly anniversary, before the offset.
   *
   * @return the day of the month, from 1 to 31, or empty if this anniversary is yearly
   */
  public OptionalInt dayOfMonth() {
    return monthly ? OptionalInt.of(day.getDayOfMonth()) : OptionalInt.empty();
  }

  /**
   * Gets the first date from which occurrences are counted, as set by {@link #startingFrom}.
   *
   * @return the first date, or empty if the anniversary has no start
   */
  public Optional<LocalDate> firstDate() {
    return Optional.ofNullable(firstDate);
  }

  /**
   * Checks whether this anniversary comes back every month rather than every year.
   *
   * @return true if monthly
   */
  public boolean isMonthly() {
    return monthly;
  }

  /**
   * Gets the offset from the anniversary date, negative for days before.
   *
   * @return the offset in days
   */
  public int offsetDays() {
    return offsetDays;
  }

  /**
   * Gets the leap-day policy.
   *
   * @return the policy, not null
   */
  public LeapDayPolicy leapDayPolicy() {
    return leapDayPolicy;
  }

  /**
   * Gets the local time of day of each occurrence.
   *
   * @return the time, not null
   */
  public LocalTime time() {
    return time;
  }

  /**
   * Gets the anniversary date in a year, before the offset: for a yearly anniversary on
   * February 29 in a common year, the date the leap-day policy gives.
   *
   * @param year  the year
   * @return the anniversary date, not null
   * @throws IllegalStateException if this anniversary is monthly
   */
  public LocalDate dateIn(int year) {
    if (monthly) {
      throw new IllegalStateException("A monthly anniversary has a date in every month; use dateIn(YearMonth)");
    }
    if (day.getMonth() == Month.FEBRUARY && day.getDayOfMonth() == 29 && !java.time.Year.isLeap(year)) {
      return leapDayPolicy == LeapDayPolicy.FEB_28 ? LocalDate.of(year, 2, 28) : LocalDate.of(year, 3, 1);
    }
    return day.atYear(year);
  }

  /**
   * Gets the anniversary date in a month, before the offset: the day of the month, or the
   * month's last day when it is shorter.
   *
   * @param month  the month, not null
   * @return the anniversary date, not null
   * @throws IllegalStateException if this anniversary is yearly
   */
  public LocalDate dateIn(YearMonth month) {
    checkNotNull(month, "month");
    if (!monthly) {
      throw new IllegalStateException("A yearly anniversary has one date a year; use dateIn(int)");
    }
    return month.atDay(Math.min(day.getDayOfMonth(), month.lengthOfMonth()));
  }

  /**
   * Finds the first occurrence date (anniversary date plus offset) strictly after a date.
   *
   * @param after  the date, exclusive, not null
   * @return the next occurrence date, or empty beyond the year 9999
   */
  public Optional<LocalDate> nextDate(LocalDate after) {
    checkNotNull(after, "after");
    LocalDate base = after.minusDays(offsetDays);
    if (firstDate != null && base.isBefore(firstDate)) {
      base = firstDate;
    }
    if (monthly) {
      YearMonth m = YearMonth.from(base).minusMonths(1);
      for (int i = 0; i < 4; i++, m = m.plusMonths(1)) {
        Optional<LocalDate> d = occurrenceIfAfter(dateIn(m), after);
        if (d.isPresent()) {
          return d;
        }
      }
    } else {
      for (int y = base.getYear() - 1; y <= base.getYear() + 2; y++) {
        Optional<LocalDate> d = occurrenceIfAfter(dateIn(y), after);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<LocalDate> occurrenceIfAfter(LocalDate anniversary, LocalDate after) {
    if (firstDate != null && anniversary.isBefore(firstDate)) {
      return Optional.empty();
    }
    LocalDate occurrence = anniversary.plusDays(offsetDays);
    if (occurrence.getYear() > 9999 || !occurrence.isAfter(after)) {
      return Optional.empty();
    }
    return Optional.of(occurrence);
  }

  @Override
  public Optional<ZonedDateTime> next(Instant after) {
    checkNotNull(after, "after");
    ZoneId z = requireZone();
    // Start from the day before, so that an occurrence later that day (or moved by a gap) is seen.
    LocalDate d = LocalDateTime.ofInstant(after, z).toLocalDate().minusDays(2);
    while (true) {
      Optional<LocalDate> next = nextDate(d);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      ZonedDateTime z0 = ZonedDateTime.of(next.get(), time, z);
      if (z0.toInstant().isAfter(after)) {
        return Optional.of(z0);
      }
      d = next.get();
    }
  }

  @Override
  public Stream<ZonedDateTime> occurrencesAfter(Instant after) {
    checkNotNull(after, "after");
    requireZone();
    return Stream.iterate(next(after), Optional::isPresent, z -> next(z.get().toInstant()))
        .map(Optional::get);
  }

  private ZoneId requireZone() {
    if (zone == null) {
      throw new IllegalStateException("This anniversary is floating; use nextDate(LocalDate) or withZone(zone)");
    }
    return zone;
  }

  @Override
  public String describe() {
    StringBuilder sb = new StringBuilder();
    if (offsetDays != 0) {
      int n = Math.abs(offsetDays);
      sb.append(n).append(n == 1 ? " day " : " days ").append(offsetDays < 0 ? "before " : "after ");
    }
    if (monthly) {
      sb.append("the ").append(RuleDescriber.ordinal(day.getDayOfMonth())).append(" of every month");
      if (day.getDayOfMonth() > 28) {
        sb.append(" (the last day in shorter months)");
      }
    } else {
      sb.append(day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ')
          .append(day.getDayOfMonth()).append(" every year");
      if (day.getMonth() == Month.FEBRUARY && day.getDayOfMonth() == 29) {
        sb.append(leapDayPolicy == LeapDayPolicy.FEB_28
            ? " (February 28 in common years)" : " (March 1 in common years)");
      }
    }
    sb.append(" at ").append(time);
    if (firstDate != null) {
      sb.append(", from ").append(firstDate);
    }
    if (zone != null) {
      sb.append(" in ").append(zone.getId());
    }
    return sb.toString();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Anniversary)) {
      return false;
    }
    Anniversary o = (Anniversary) obj;
    return monthly == o.monthly && day.equals(o.day) && offsetDays == o.offsetDays
        && leapDayPolicy == o.leapDayPolicy && time.equals(o.time) && Objects.equals(zone, o.zone)
        && Objects.equals(firstDate, o.firstDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(monthly, day, offsetDays, leapDayPolicy, time, zone, firstDate);
  }

  /** Outputs the description, which names every setting. */
  @Override
  public String toString() {
    return "Anniversary[" + describe() + (offsetDays == 0 ? "" : "; offset " + offsetDays + "d")
        + (leapDayPolicy == LeapDayPolicy.FEB_28 ? "" : "; " + leapDayPolicy) + "]";
  }
}
