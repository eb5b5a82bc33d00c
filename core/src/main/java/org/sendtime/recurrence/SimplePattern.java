package org.sendtime.recurrence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The simple recurrence pattern that scheduling screens offer: daily, weekly or monthly, every
 * n periods, on some days of the week or a day of the month, until an end date or for a number
 * of occurrences.
 *
 * <p>A pattern is a convenience over {@link RecurrenceRule}, so there is one engine underneath:
 * {@link #toRule(LocalDateTime)} gives the equivalent rule. A monthly pattern on a day the month
 * does not have uses the month's last day (the 31st gives April 30), which is
 * {@code RSCALE=GREGORIAN;SKIP=BACKWARD}. A weekly pattern without days uses the start's day of
 * the week. With both an end date and a number of occurrences the pattern ends at whichever
 * comes first.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SimplePattern {
  private final Frequency frequency;
  private final int interval;
  private final ImmutableSortedSet<DayOfWeek> daysOfWeek;
  private final int dayOfMonth;
  private final @Nullable LocalDate endDate;
  private final int occurrences;

  private SimplePattern(Builder b) {
    this.frequency = b.frequency;
    this.interval = b.interval;
    this.daysOfWeek = ImmutableSortedSet.copyOf(b.daysOfWeek);
    this.dayOfMonth = b.dayOfMonth;
    this.endDate = b.endDate;
    this.occurrences = b.occurrences;
  }

  /**
   * Obtains a builder of a daily pattern.
   *
   * @return a new builder, not null
   */
  public static Builder daily() {
    return new Builder(Frequency.DAILY);
  }

  /**
   * Obtains a builder of a weekly pattern.
   *
   * @return a new builder, not null
   */
  public static Builder weekly() {
    return new Builder(Frequency.WEEKLY);
  }

  /**
   * Obtains a builder of a monthly pattern.
   *
   * @return a new builder, not null
   */
  public static Builder monthly() {
    return new Builder(Frequency.MONTHLY);
  }

  /**
   * Gets the frequency.
   *
   * @return {@code DAILY}, {@code WEEKLY} or {@code MONTHLY}
   */
  public Frequency frequency() {
    return frequency;
  }

  /**
   * Gets the number of periods between repetitions.
   *
   * @return the interval, one or more
   */
  public int interval() {
    return interval;
  }

  /**
   * Gets the days of the week of a weekly pattern.
   *
   * @return the days, empty for the start's day of the week
   */
  public ImmutableSortedSet<DayOfWeek> daysOfWeek() {
    return daysOfWeek;
  }

  /**
   * Gets the day of the month of a monthly pattern.
   *
   * @return the day from 1 to 31, or empty for the start's day of the month
   */
  public OptionalInt dayOfMonth() {
    return dayOfMonth == 0 ? OptionalInt.empty() : OptionalInt.of(dayOfMonth);
  }

  /**
   * Gets the last date on which the pattern may occur.
   *
   * @return the end date, inclusive, or empty
   */
  public Optional<LocalDate> endDate() {
    return Optional.ofNullable(endDate);
  }

  /**
   * Gets the number of occurrences.
   *
   * @return the number, or empty
   */
  public OptionalInt occurrences() {
    return occurrences == 0 ? OptionalInt.empty() : OptionalInt.of(occurrences);
  }

  /**
   * Converts this pattern to the equivalent RFC 5545 rule for a start.
   *
   * <p>The start matters only when the pattern has both an end date and a number of
   * occurrences: the rule then has whichever bound comes first from that start.
   *
   * @param start  the local start of the pattern, not null
   * @return the rule, not null
   */
  public RecurrenceRule toRule(LocalDateTime start) {
    checkNotNull(start, "start");
    RecurrenceRule.Builder b = RecurrenceRule.builder(frequency).interval(interval);
    if (!daysOfWeek.isEmpty()) {
      b.byDay(daysOfWeek.toArray(new DayOfWeek[0]));
    }
    int monthDay = dayOfMonth != 0 ? dayOfMonth : start.getDayOfMonth();
    if (frequency == Frequency.MONTHLY) {
      b.byMonthDay(monthDay);
      if (monthDay > 28) {
        b.skip(Skip.BACKWARD);
      }
    }
    if (occurrences == 0) {
      if (endDate != null) {
        b.until(endDate);
      }
      return b.build();
    }
    RecurrenceRule counted = b.count(occurrences).build();
    if (endDate == null) {
      return counted;
    }
    LocalDateTime last = RecurrenceSet.of(counted, start).localOccurrences()
        .reduce((x, y) -> y).orElse(start);
    return last.toLocalDate().isAfter(endDate) ? b.count(0).until(endDate).build() : counted;
  }

  /**
   * Converts this pattern to a recurrence set from a start.
   *
   * @param start  the local start, not null
   * @param zone  the zone of the start, null for a floating set
   * @return the recurrence set, not null
   */
  public RecurrenceSet toRecurrenceSet(LocalDateTime start, @Nullable ZoneId zone) {
    RecurrenceSet.Builder b = RecurrenceSet.builder(start).rule(toRule(start));
    if (zone != null) {
      b.zone(zone);
    }
    return b.build();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof SimplePattern)) {
      return false;
    }
    SimplePattern o = (SimplePattern) obj;
    return frequency == o.frequency && interval == o.interval && daysOfWeek.equals(o.daysOfWeek)
        && dayOfMonth == o.dayOfMonth && Objects.equals(endDate, o.endDate) && occurrences == o.occurrences;
  }

  @Override
  public int hashCode() {
    return Objects.hash(frequency, interval, daysOfWeek, dayOfMonth, endDate, occurrences);
  }

  @Override
  public String toString() {
    return "SimplePattern[" + frequency + " every " + interval
        + (daysOfWeek.isEmpty() ? "" : " on " + daysOfWeek)
        + (dayOfMonth == 0 ? "" : " on day " + dayOfMonth)
        + (endDate == null ? "" : " until " + endDate)
        + (occurrences == 0 ? "" : " for " + occurrences) + "]";
  }

  /**
   * A builder of {@link SimplePattern}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private final Frequency frequency;
    private int interval = 1;
    private final EnumSet<DayOfWeek> daysOfWeek = EnumSet.noneOf(DayOfWeek.class);
    private int dayOfMonth;
    private @Nullable LocalDate endDate;
    private int occurrences;

    private Builder(Frequency frequency) {
      this.frequency = frequency;
    }

    /**
     * Sets the number of periods between repetitions.
     *
     * @param interval  the interval, one or more
     * @return this builder
     */
    public Builder interval(int interval) {
      checkArgument(interval >= 1, "Invalid value for interval (valid values 1 or more): %s", interval);
      this.interval = interval;
      return this;
    }

    /**
     * Adds days of the week; only for a weekly pattern.
     *
     * @param days  the days, not null
     * @return this builder
     */
    public Builder daysOfWeek(DayOfWeek... days) {
      checkArgument(frequency == Frequency.WEEKLY, "Days of the week need a weekly pattern, not %s", frequency);
      for (DayOfWeek d : days) {
        daysOfWeek.add(checkNotNull(d, "days"));
      }
      return this;
    }

    /**
     * Sets the day of the month; only for a monthly pattern.
     *
     * @param dayOfMonth  the day, from 1 to 31
     * @return this builder
     */
    public Builder dayOfMonth(int dayOfMonth) {
      checkArgument(frequency == Frequency.MONTHLY, "A day of the month needs a monthly pattern, not %s", frequency);
      checkArgument(dayOfMonth >= 1 && dayOfMonth <= 31,
          "Invalid value for DayOfMonth (valid values 1 - 31): %s", dayOfMonth);
      this.dayOfMonth = dayOfMonth;
      return this;
    }

    /**
     * Sets the last date on which the pattern may occur.
     *
     * @param endDate  the end date, inclusive, not null
     * @return this builder
     */
    public Builder endDate(LocalDate endDate) {
      this.endDate = checkNotNull(endDate, "endDate");
      return this;
    }

    /**
     * Sets the number of occurrences.
     *
     * @param occurrences  the number, one or more
     * @return this builder
     */
    public Builder occurrences(int occurrences) {
      checkArgument(occurrences >= 1, "Invalid value for occurrences (valid values 1 or more): %s", occurrences);
      this.occurrences = occurrences;
      return this;
    }

    /**
     * Builds the pattern.
     *
     * @return the pattern, not null
     */
    public SimplePattern build() {
      return new SimplePattern(this);
    }
  }
}
