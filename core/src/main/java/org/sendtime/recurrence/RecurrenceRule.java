package org.sendtime.recurrence;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 5545 recurrence rule ({@code RRULE}), with the RFC 7529 {@code RSCALE=GREGORIAN} and
 * {@code SKIP} extension.
 *
 * <p>A rule alone has no start: it is a pattern that a {@link RecurrenceSet} anchors on its
 * {@code DTSTART}, which also supplies the values of rule parts the rule leaves out (the time of
 * day, the day of the month of a monthly rule, and so on). Every rule part of RFC 5545 §3.3.10 is
 * supported: {@code FREQ}, {@code INTERVAL}, {@code COUNT}, {@code UNTIL}, {@code BYSECOND},
 * {@code BYMINUTE}, {@code BYHOUR}, {@code BYDAY}, {@code BYMONTHDAY}, {@code BYYEARDAY},
 * {@code BYWEEKNO}, {@code BYMONTH}, {@code BYSETPOS} and {@code WKST}, and from RFC 7529
 * {@code RSCALE} (only {@code GREGORIAN}) and {@code SKIP}.
 *
 * <p>The rule is validated when built: values out of range, {@code COUNT} together with
 * {@code UNTIL}, and the combinations that RFC 5545 says MUST NOT be used (for example
 * {@code BYWEEKNO} outside {@code FREQ=YEARLY}, or {@code BYDAY} ordinals with
 * {@code FREQ=WEEKLY}) are rejected. The week start defaults to Monday, as the RFC says,
 * never to the JVM's locale.
 *
 * <p>Equality compares the rule parts as sets, so {@code BYDAY=MO,WE} equals {@code BYDAY=WE,MO};
 * {@link #toString()} prints the canonical text, which {@link #parse} reads back to an equal rule.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RecurrenceRule {
  private static final DateTimeFormatter LOCAL_FORMAT =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
  private static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);

  private final Frequency frequency;
  private final int interval;
  private final int count;
  private final @Nullable Temporal until;
  private final ImmutableSortedSet<Integer> bySecond;
  private final ImmutableSortedSet<Integer> byMinute;
  private final ImmutableSortedSet<Integer> byHour;
  private final ImmutableSortedSet<WeekdayNum> byDay;
  private final ImmutableSortedSet<Integer> byMonthDay;
  private final ImmutableSortedSet<Integer> byYearDay;
  private final ImmutableSortedSet<Integer> byWeekNo;
  private final ImmutableSortedSet<Integer> byMonth;
  private final ImmutableSortedSet<Integer> bySetPos;
  private final DayOfWeek weekStart;
  private final boolean rscale;
  private final Skip skip;

  private RecurrenceRule(Builder b) {
    this.frequency = b.frequency;
    this.interval = b.interval;
    this.count = b.count;
    this.until = b.until;
    this.bySecond = ImmutableSortedSet.copyOf(b.bySecond);
    this.byMinute = ImmutableSortedSet.copyOf(b.byMinute);
    this.byHour = ImmutableSortedSet.copyOf(b.byHour);
    this.byDay = ImmutableSortedSet.copyOf(b.byDay);
    this.byMonthDay = ImmutableSortedSet.copyOf(b.byMonthDay);
    this.byYearDay = ImmutableSortedSet.copyOf(b.byYearDay);
    this.byWeekNo = ImmutableSortedSet.copyOf(b.byWeekNo);
    this.byMonth = ImmutableSortedSet.copyOf(b.byMonth);
    this.bySetPos = ImmutableSortedSet.copyOf(b.bySetPos);
    this.weekStart = b.weekStart;
    this.rscale = b.rscale;
    this.skip = b.skip;
  }

  /**
   * Obtains a rule by parsing its RFC 5545 text.
   *
   * <p>The text may be the rule alone ({@code FREQ=DAILY;COUNT=10}) or a content line with the
   * {@code RRULE:} prefix. Rule part names and values are case-insensitive.
   *
   * @param text  the text to parse, not null
   * @return the parsed rule, not null
   * @throws InvalidRuleException if the text is not a valid rule; the exception names the rule
   *     part, the position and what was expected
   */
  public static RecurrenceRule parse(CharSequence text) {
    checkNotNull(text, "text");
    return RuleParser.parseRule(text.toString());
  }

  /**
   * Obtains a builder for a rule of the given frequency.
   *
   * @param frequency  the frequency, not null
   * @return a new builder, not null
   */
  public static Builder builder(Frequency frequency) {
    return new Builder(checkNotNull(frequency, "frequency"));
  }

  /**
   * Returns a builder initialised with the parts of this rule, to derive a changed rule.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder(frequency);
    b.interval = interval;
    b.count = count;
    b.until = until;
    b.bySecond.addAll(bySecond);
    b.byMinute.addAll(byMinute);
    b.byHour.addAll(byHour);
    b.byDay.addAll(byDay);
    b.byMonthDay.addAll(byMonthDay);
    b.byYearDay.addAll(byYearDay);
    b.byWeekNo.addAll(byWeekNo);
    b.byMonth.addAll(byMonth);
    b.bySetPos.addAll(bySetPos);
    b.weekStart = weekStart;
    b.rscale = rscale;
    b.skip = skip;
    return b;
  }

  /**
   * Gets the frequency, the {@code FREQ} rule part.
   *
   * @return the frequency, not null
   */
  public Frequency frequency() {
    return frequency;
  }

  /**
   * Gets the interval, the {@code INTERVAL} rule part.
   *
   * @return the number of periods between repetitions, one or more; one when the rule omits it
   */
  public int interval() {
    return interval;
  }

  /**
   * Gets the number of occurrences, the {@code COUNT} rule part.
   *
   * @return the count, or empty if the rule has none
   */
  public OptionalInt count() {
    return count == 0 ? OptionalInt.empty() : OptionalInt.of(count);
  }

  /**
   * Gets the inclusive end, the {@code UNTIL} rule part.
   *
   * <p>The value is a {@link LocalDate} for a DATE value, an {@link Instant} for a UTC
   * DATE-TIME ({@code ...Z}), and a {@link LocalDateTime} for a local DATE-TIME.
   *
   * @return the end, or empty if the rule has none
   */
  public Optional<Temporal> until() {
    return Optional.ofNullable(until);
  }

  /**
   * Gets the {@code BYSECOND} values.
   *
   * @return the seconds, from 0 to 60, empty if the rule part is absent
   */
  public ImmutableSortedSet<Integer> bySecond() {
    return bySecond;
  }

  /**
   * Gets the {@code BYMINUTE} values.
   *
   * @return the minutes, from 0 to 59, empty if the rule part is absent
   */
  public ImmutableSortedSet<Integer> byMinute() {
    return byMinute;
  }

  /**
   * Gets the {@code BYHOUR} values.
   *
   * @return the hours, from 0 to 23, empty if the rule part is absent
   */
  public ImmutableSortedSet<Integer> byHour() {
    return byHour;
  }

  /**
   * Gets the {@code BYDAY} values.
   *
   * @return the weekdays, with their ordinals, empty if the rule part is absent
   */
  public ImmutableSortedSet<WeekdayNum> byDay() {
    return byDay;
  }

  /**
   * Gets the {@code BYMONTHDAY} values.
   *
   * @return the days of the month, 1 to 31 or -31 to -1 counting from the end, empty if absent
   */
  public ImmutableSortedSet<Integer> byMonthDay() {
    return byMonthDay;
  }

  /**
   * Gets the {@code BYYEARDAY} values.
   *
   * @return the days of the year, 1 to 366 or -366 to -1 counting from the end, empty if absent
   */
  public ImmutableSortedSet<Integer> byYearDay() {
    return byYearDay;
  }

  /**
   * Gets the {@code BYWEEKNO} values.
   *
   * @return the week numbers, 1 to 53 or -53 to -1 counting from the end, empty if absent
   */
  public ImmutableSortedSet<Integer> byWeekNo() {
    return byWeekNo;
  }

  /**
   * Gets the {@code BYMONTH} values.
   *
   * @return the months, from 1 to 12, empty if the rule part is absent
   */
  public ImmutableSortedSet<Integer> byMonth() {
    return byMonth;
  }

  /**
   * Gets the {@code BYSETPOS} values.
   *
   * @return the positions within each period's set, 1 to 366 or -366 to -1, empty if absent
   */
  public ImmutableSortedSet<Integer> bySetPos() {
    return bySetPos;
  }

  /**
   * Gets the week start, the {@code WKST} rule part.
   *
   * @return the first day of the week, {@code MONDAY} when the rule omits it
   */
  public DayOfWeek weekStart() {
    return weekStart;
  }

  /**
   * Checks whether the rule names its calendar scale, {@code RSCALE=GREGORIAN}.
   *
   * @return true if the rule has the {@code RSCALE} rule part
   */
  public boolean hasRscale() {
    return rscale;
  }

  /**
   * Gets how nonexistent dates are handled, the RFC 7529 {@code SKIP} rule part.
   *
   * @return the skip behaviour, {@code OMIT} when the rule omits it
   */
  public Skip skip() {
    return skip;
  }

  /**
   * Returns a short English description of the rule, such as
   * {@code "every month on the last weekday"}.
   *
   * <p>Parts that the rule takes from its start (the time of day, for example) are not
   * described; {@link RecurrenceSet#describe()} describes them.
   *
   * @return the description, not null
   */
  public String describe() {
    return RuleDescriber.describe(this, null);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof RecurrenceRule)) {
      return false;
    }
    RecurrenceRule o = (RecurrenceRule) obj;
    return frequency == o.frequency
        && interval == o.interval
        && count == o.count
        && Objects.equals(until, o.until)
        && bySecond.equals(o.bySecond)
        && byMinute.equals(o.byMinute)
        && byHour.equals(o.byHour)
        && byDay.equals(o.byDay)
        && byMonthDay.equals(o.byMonthDay)
        && byYearDay.equals(o.byYearDay)
        && byWeekNo.equals(o.byWeekNo)
        && byMonth.equals(o.byMonth)
        && bySetPos.equals(o.bySetPos)
        && weekStart == o.weekStart
        && rscale == o.rscale
        && skip == o.skip;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        frequency, interval, count, until, bySecond, byMinute, byHour, byDay, byMonthDay,
        byYearDay, byWeekNo, byMonth, bySetPos, weekStart, rscale, skip);
  }

  /**
   * Outputs the canonical RFC 5545 text of the rule, without the {@code RRULE:} prefix, such as
   * {@code FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1}.
   *
   * <p>{@code RSCALE} comes first when present, then {@code FREQ}, then the other parts in a
   * fixed order; defaults ({@code INTERVAL=1}, {@code WKST=MO}, {@code SKIP=OMIT}) are left out.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (rscale) {
      sb.append("RSCALE=GREGORIAN;");
    }
    sb.append("FREQ=").append(frequency.name());
    if (until != null) {
      sb.append(";UNTIL=").append(formatUntil(until));
    }
    if (count != 0) {
      sb.append(";COUNT=").append(count);
    }
    if (interval != 1) {
      sb.append(";INTERVAL=").append(interval);
    }
    appendList(sb, "BYSECOND", bySecond);
    appendList(sb, "BYMINUTE", byMinute);
    appendList(sb, "BYHOUR", byHour);
    appendList(sb, "BYDAY", byDay);
    appendList(sb, "BYMONTHDAY", byMonthDay);
    appendList(sb, "BYYEARDAY", byYearDay);
    appendList(sb, "BYWEEKNO", byWeekNo);
    appendList(sb, "BYMONTH", byMonth);
    appendList(sb, "BYSETPOS", bySetPos);
    if (weekStart != DayOfWeek.MONDAY) {
      sb.append(";WKST=").append(WeekdayNum.code(weekStart));
    }
    if (skip != Skip.OMIT) {
      sb.append(";SKIP=").append(skip.name());
    }
    return sb.toString();
  }

  static String formatUntil(Temporal until) {
    if (until instanceof LocalDate) {
      return DATE_FORMAT.format((LocalDate) until);
    }
    if (until instanceof Instant) {
      return LOCAL_FORMAT.format(LocalDateTime.ofInstant((Instant) until, ZoneOffset.UTC)) + "Z";
    }
    return LOCAL_FORMAT.format((LocalDateTime) until);
  }

  private static void appendList(StringBuilder sb, String name, ImmutableSortedSet<?> values) {
    if (!values.isEmpty()) {
      sb.append(';').append(name).append('=');
      sb.append(values.stream().map(Object::toString).collect(Collectors.joining(",")));
    }
  }

  /**
   * A builder of {@link RecurrenceRule}. Setters may be called in any order; {@link #build()}
   * validates the whole rule.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private final Frequency frequency;
    private int interval = 1;
    private int count;
    private @Nullable Temporal until;
    private final TreeSet<Integer> bySecond = new TreeSet<>();
    private final TreeSet<Integer> byMinute = new TreeSet<>();
    private final TreeSet<Integer> byHour = new TreeSet<>();
    private final TreeSet<WeekdayNum> byDay = new TreeSet<>();
    private final TreeSet<Integer> byMonthDay = new TreeSet<>();
    private final TreeSet<Integer> byYearDay = new TreeSet<>();
    private final TreeSet<Integer> byWeekNo = new TreeSet<>();
    private final TreeSet<Integer> byMonth = new TreeSet<>();
    private final TreeSet<Integer> bySetPos = new TreeSet<>();
    private DayOfWeek weekStart = DayOfWeek.MONDAY;
    private boolean rscale;
    private Skip skip = Skip.OMIT;

    private Builder(Frequency frequency) {
      this.frequency = frequency;
    }

    /**
     * Sets the interval between periods.
     *
     * @param interval  the interval, one or more
     * @return this builder
     */
    public Builder interval(int interval) {
      this.interval = interval;
      return this;
    }

    /**
     * Sets the number of occurrences; clears nothing else.
     *
     * @param count  the count, one or more
     * @return this builder
     */
    public Builder count(int count) {
      this.count = count;
      return this;
    }

    /**
     * Sets the inclusive end as a UTC instant, the form RFC 5545 requires for zoned starts.
     *
     * @param until  the end, not null
     * @return this builder
     */
    public Builder until(Instant until) {
      this.until = checkNotNull(until, "until").truncatedTo(ChronoUnit.SECONDS);
      return this;
    }

    /**
     * Sets the inclusive end as a local date-time, the form RFC 5545 requires for floating starts.
     *
     * @param until  the end, not null
     * @return this builder
     */
    public Builder until(LocalDateTime until) {
      this.until = checkNotNull(until, "until").truncatedTo(ChronoUnit.SECONDS);
      return this;
    }

    /**
     * Sets the inclusive end as a date: occurrences on that date are included.
     *
     * @param until  the last date, not null
     * @return this builder
     */
    public Builder until(LocalDate until) {
      this.until = checkNotNull(until, "until");
      return this;
    }

    /**
     * Adds {@code BYSECOND} values.
     *
     * @param seconds  the seconds, 0 to 60
     * @return this builder
     */
    public Builder bySecond(int... seconds) {
      Arrays.stream(seconds).forEach(bySecond::add);
      return this;
    }

    /**
     * Adds {@code BYMINUTE} values.
     *
     * @param minutes  the minutes, 0 to 59
     * @return this builder
     */
    public Builder byMinute(int... minutes) {
      Arrays.stream(minutes).forEach(byMinute::add);
      return this;
    }

    /**
     * Adds {@code BYHOUR} values.
     *
     * @param hours  the hours, 0 to 23
     * @return this builder
     */
    public Builder byHour(int... hours) {
      Arrays.stream(hours).forEach(byHour::add);
      return this;
    }

    /**
     * Adds {@code BYDAY} values.
     *
     * @param days  the weekdays, not null
     * @return this builder
     */
    public Builder byDay(WeekdayNum... days) {
      for (WeekdayNum d : days) {
        byDay.add(checkNotNull(d, "days"));
      }
      return this;
    }

    /**
     * Adds {@code BYDAY} values without ordinals.
     *
     * @param days  the days of the week, not null
     * @return this builder
     */
    public Builder byDay(DayOfWeek... days) {
      for (DayOfWeek d : days) {
        byDay.add(WeekdayNum.every(d));
      }
      return this;
    }

    /**
     * Adds {@code BYMONTHDAY} values.
     *
     * @param days  the days, 1 to 31 or -31 to -1
     * @return this builder
     */
    public Builder byMonthDay(int... days) {
      Arrays.stream(days).forEach(byMonthDay::add);
      return this;
    }

    /**
     * Adds {@code BYYEARDAY} values.
     *
     * @param days  the days, 1 to 366 or -366 to -1
     * @return this builder
     */
    public Builder byYearDay(int... days) {
      Arrays.stream(days).forEach(byYearDay::add);
      return this;
    }

    /**
     * Adds {@code BYWEEKNO} values.
     *
     * @param weeks  the week numbers, 1 to 53 or -53 to -1
     * @return this builder
     */
    public Builder byWeekNo(int... weeks) {
      Arrays.stream(weeks).forEach(byWeekNo::add);
      return this;
    }

    /**
     * Adds {@code BYMONTH} values.
     *
     * @param months  the months, 1 to 12
     * @return this builder
     */
    public Builder byMonth(int... months) {
      Arrays.stream(months).forEach(byMonth::add);
      return this;
    }

    /**
     * Adds {@code BYSETPOS} values.
     *
     * @param positions  the positions, 1 to 366 or -366 to -1
     * @return this builder
     */
    public Builder bySetPos(int... positions) {
      Arrays.stream(positions).forEach(bySetPos::add);
      return this;
    }

    /**
     * Sets the week start, {@code WKST}.
     *
     * @param weekStart  the first day of the week, not null
     * @return this builder
     */
    public Builder weekStart(DayOfWeek weekStart) {
      this.weekStart = checkNotNull(weekStart, "weekStart");
      return this;
    }

    /**
     * Sets {@code RSCALE=GREGORIAN}, the only calendar scale supported.
     *
     * @return this builder
     */
    public Builder rscaleGregorian() {
      this.rscale = true;
      return this;
    }

    /**
     * Sets the RFC 7529 {@code SKIP} behaviour; a value other than {@code OMIT} also sets
     * {@code RSCALE=GREGORIAN}, which RFC 7529 requires with it.
     *
     * @param skip  the skip behaviour, not null
     * @return this builder
     */
    public Builder skip(Skip skip) {
      this.skip = checkNotNull(skip, "skip");
      if (skip != Skip.OMIT) {
        this.rscale = true;
      }
      return this;
    }

    /**
     * Validates the rule parts and builds the rule.
     *
     * @return the rule, not null
     * @throws IllegalArgumentException if a value is out of range or the parts contradict each
     *     other or RFC 5545; the message names the rule part
     */
    public RecurrenceRule build() {
      check(interval >= 1, "INTERVAL", "Invalid value for INTERVAL (valid values 1 or more): %s", interval);
      check(count >= 0, "COUNT", "Invalid value for COUNT (valid values 1 or more): %s", count);
      check(count == 0 || until == null, "COUNT", "COUNT and UNTIL must not both be given (RFC 5545 §3.3.10)");
      checkRange("BYSECOND", bySecond, 0, 60, false);
      checkRange("BYMINUTE", byMinute, 0, 59, false);
      checkRange("BYHOUR", byHour, 0, 23, false);
      checkRange("BYMONTHDAY", byMonthDay, 1, 31, true);
      checkRange("BYYEARDAY", byYearDay, 1, 366, true);
      checkRange("BYWEEKNO", byWeekNo, 1, 53, true);
      checkRange("BYMONTH", byMonth, 1, 12, false);
      checkRange("BYSETPOS", bySetPos, 1, 366, true);
      check(
          byWeekNo.isEmpty() || frequency == Frequency.YEARLY,
          "BYWEEKNO", "BYWEEKNO is only allowed with FREQ=YEARLY (RFC 5545 §3.3.10), not with FREQ=%s", frequency);
      check(
          byYearDay.isEmpty() || frequency.isSubDaily() || frequency == Frequency.YEARLY,
          "BYYEARDAY", "BYYEARDAY is not allowed with FREQ=%s (RFC 5545 §3.3.10)", frequency);
      check(
          byMonthDay.isEmpty() || frequency != Frequency.WEEKLY,
          "BYMONTHDAY", "BYMONTHDAY is not allowed with FREQ=WEEKLY (RFC 5545 §3.3.10)");
      boolean ordinals = byDay.stream().anyMatch(WeekdayNum::hasOrdinal);
      check(
          !ordinals || frequency == Frequency.MONTHLY || frequency == Frequency.YEARLY,
          "BYDAY", "BYDAY ordinals such as 1MO are only allowed with FREQ=MONTHLY or FREQ=YEARLY, not with FREQ=%s",
          frequency);
      check(
          !ordinals || byWeekNo.isEmpty(),
          "BYDAY", "BYDAY ordinals such as 1MO are not allowed together with BYWEEKNO (RFC 5545 §3.3.10)");
      boolean otherBy = !(bySecond.isEmpty() && byMinute.isEmpty() && byHour.isEmpty() && byDay.isEmpty()
          && byMonthDay.isEmpty() && byYearDay.isEmpty() && byWeekNo.isEmpty() && byMonth.isEmpty());
      check(
          bySetPos.isEmpty() || otherBy,
          "BYSETPOS", "BYSETPOS needs another BYxxx rule part to select from (RFC 5545 §3.3.10)");
      check(
          skip == Skip.OMIT || rscale,
          "SKIP", "SKIP needs RSCALE=GREGORIAN (RFC 7529 §3.1)");
      return new RecurrenceRule(this);
    }

    private static void check(boolean ok, String part, String template, Object... args) {
      if (!ok) {
        throw new RuleProblem(part, String.format(Locale.ROOT, template, args));
      }
    }

    private static void checkRange(
        String part, Set<Integer> values, int min, int max, boolean negativeToo) {
      for (int v : values) {
        boolean ok = (v >= min && v <= max) || (negativeToo && v <= -min && v >= -max);
        String valid = negativeToo
            ? (-max) + " to " + (-min) + " and " + min + " to " + max
            : min + " to " + max;
        check(ok, part, "Invalid value for %s (valid values %s): %s", part, valid, v);
      }
    }
  }
}
