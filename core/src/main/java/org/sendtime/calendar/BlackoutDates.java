package org.sendtime.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * The dates a blackout covers: one date, a range of dates, or a range that comes back every
 * year, every quarter or every month.
 *
 * <p>Every range is <b>inclusive of both ends</b>: {@code between(2026-12-24, 2027-01-02)} covers
 * ten dates, the 24th and the 2nd included.
 *
 * <p>A recurring range is given by its first and last day in each period:
 * <ul>
 *   <li>{@link #yearly(MonthDay, MonthDay)}: a month-day range every year. A first day after the
 *       last one runs across the year end: {@code yearly(--12-24, --01-02)} covers December 24
 *       to January 2 of the next year, every year. February 29 exists only in leap years: in
 *       other years it means March 1 as a first day and February 28 as a last day, so
 *       {@code yearly(--02-29, --02-29)} covers February 29 in leap years and nothing in others.
 *   <li>{@link #quarterly(int, int)}: day numbers 1 to 92 counted from the first day of each
 *       quarter (January, April, July, October 1). Quarters have 90 to 92 days (the first has 90,
 *       or 91 in a leap year; the second 91; the third and fourth 92); a day number beyond the
 *       quarter's length means the quarter's last day. {@link #lastDaysOfQuarter(int)} counts
 *       from the end instead, so "the last 5 days" are always the last five.
 *   <li>{@link #monthly(int, int)}: days of the month 1 to 31; a day beyond the month's length
 *       means the month's last day, so {@code monthly(28, 31)} covers February 28 (and 29) and
 *       the 28th to the 30th or 31st of every other month. {@link #lastDaysOfMonth(int)} counts
 *       from the end.
 * </ul>
 * In quarters and months too, a first day after the last day runs into the next period:
 * {@code monthly(28, 3)} covers the 28th of each month to the 3rd of the next.
 *
 * <p>{@link #from(LocalDate)} and {@link #until(LocalDate)} bound a recurring range to the dates
 * it is valid for, both inclusive; a date outside the bounds is not covered even if it falls in
 * an occurrence that starts or ends inside them.
 *
 * <p>A definition that would cover every date (such as {@code monthly(1, 31)}) is rejected: no
 * send would ever be allowed. Every other definition leaves gaps, so {@link #nextUncovered}
 * always finds a date. The queries are arithmetic on the calendar, not day-by-day scans: each
 * one looks at a handful of periods, however long the blackout runs.
 *
 * <p>The text of {@link #toString()} is for people ("Dec 24 – Jan 2 every year", "the last 5
 * days of every quarter"); it is not parsed back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BlackoutDates {
  /** Returned by the package's day searches when no date qualifies. */
  static final long NO_DAY = Long.MAX_VALUE;

  private static final long MIN_DAY = LocalDate.MIN.toEpochDay();
  private static final long MAX_DAY = LocalDate.MAX.toEpochDay();
  private static final long DAYS_PER_400_YEARS = 146_097;
  private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

  /** The kinds of blackout dates, one for each group of factories. */
  public enum Kind {
    /** A fixed range of dates, from {@link #on} or {@link #between}. */
    RANGE(0),
    /** Days of every year, from {@link #yearly}. */
    YEARLY(12),
    /** Days of every quarter, from {@link #quarterly} or {@link #lastDaysOfQuarter}. */
    QUARTERLY(3),
    /** Days of every month, from {@link #monthly} or {@link #lastDaysOfMonth}. */
    MONTHLY(1);

    /** The length of the period in months, zero for a fixed range. */
    final int months;

    Kind(int months) {
      this.months = months;
    }
  }

  private final Kind kind;
  /** Day numbers of a quarterly or monthly range: positive from the start, negative from the end. */
  private final int firstDay;
  private final int lastDay;
  private final @Nullable MonthDay firstMonthDay;
  private final @Nullable MonthDay lastMonthDay;
  /** The epoch days of the first and last date that may be covered, both inclusive. */
  private final long lo;
  private final long hi;
  /** Whether each occurrence ends in the period after the one it starts in. */
  private final boolean wraps;

  private BlackoutDates(Kind kind, int firstDay, int lastDay, @Nullable MonthDay firstMonthDay,
      @Nullable MonthDay lastMonthDay, long lo, long hi) {
    this.kind = kind;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.firstMonthDay = firstMonthDay;
    this.lastMonthDay = lastMonthDay;
    this.lo = lo;
    this.hi = hi;
    this.wraps = kind == Kind.YEARLY
        ? firstMd().isAfter(lastMd())
        : firstDay > 0 && lastDay > 0 && firstDay > lastDay;
  }

  private static BlackoutDates recurring(Kind kind, int firstDay, int lastDay,
      @Nullable MonthDay firstMonthDay, @Nullable MonthDay lastMonthDay) {
    BlackoutDates dates = new BlackoutDates(kind, firstDay, lastDay, firstMonthDay, lastMonthDay, MIN_DAY, MAX_DAY);
    checkArgument(!dates.coversEveryDate(),
        "Invalid blackout dates: %s covers every date; nothing would ever be allowed", dates);
    return dates;
  }

  /**
   * Obtains the blackout dates of a single date.
   *
   * @param date  the date covered, not null
   * @return the blackout dates, not null
   * @throws IllegalArgumentException if the date is {@link LocalDate#MAX}
   */
  public static BlackoutDates on(LocalDate date) {
    checkNotNull(date, "date");
    return between(date, date);
  }

  /**
   * Obtains the blackout dates of a range, inclusive of both ends.
   *
   * @param firstInclusive  the first date covered, not null
   * @param lastInclusive  the last date covered, on or after the first, not null
   * @return the blackout dates, not null
   * @throws IllegalArgumentException if the last date is before the first, or if the range
   *     reaches {@link LocalDate#MAX} and so covers every date from its first on
   */
  public static BlackoutDates between(LocalDate firstInclusive, LocalDate lastInclusive) {
    checkNotNull(firstInclusive, "firstInclusive");
    checkNotNull(lastInclusive, "lastInclusive");
    checkArgument(!lastInclusive.isBefore(firstInclusive),
        "Invalid blackout range: lastInclusive %s is before firstInclusive %s", lastInclusive, firstInclusive);
    checkArgument(!lastInclusive.equals(LocalDate.MAX),
        "Invalid blackout range: from %s to %s covers every date from %s on; nothing would ever be allowed",
        firstInclusive, lastInclusive, firstInclusive);
    return new BlackoutDates(Kind.RANGE, 0, 0, null, null, firstInclusive.toEpochDay(), lastInclusive.toEpochDay());
  }

  /**
   * Obtains the blackout dates of a ThreeTen-Extra date range, whose end is exclusive.
   *
   * <p>An unbounded start means every date up to the range's end.
   *
   * @param range  the range, not empty, with a bounded end, not null
   * @return the blackout dates covering the dates of the range, not null
   * @throws IllegalArgumentException if the range is empty or has no end
   */
  public static BlackoutDates of(LocalDateRange range) {
    checkNotNull(range, "range");
    checkArgument(!range.isEmpty(), "Invalid blackout range: %s is empty; it covers no date", range);
    checkArgument(!range.isUnboundedEnd(),
        "Invalid blackout range: %s has no end; it covers every date from %s on and nothing would ever be allowed",
        range, range.getStart());
    return between(range.getStart(), range.getEndInclusive());
  }

  /**
   * Obtains blackout dates that come back every year, from a month-day to a month-day,
   * inclusive of both.
   *
   * <p>A first day after the last day runs across the year end: {@code yearly(--12-24, --01-02)}
   * covers December 24 to January 2. February 29 means March 1 as a first day and February 28
   * as a last day in years that have no February 29.
   *
   * @param first  the first day covered each year, not null
   * @param last  the last day covered each year, not null
   * @return the blackout dates, not null
   * @throws IllegalArgumentException if the range covers every day of every year, such as
   *     {@code --01-01} to {@code --12-31} or {@code --03-01} to {@code --02-29}
   */
  public static BlackoutDates yearly(MonthDay first, MonthDay last) {
    checkNotNull(first, "first");
    checkNotNull(last, "last");
    return recurring(Kind.YEARLY, 0, 0, first, last);
  }

  /**
   * Obtains blackout dates that come back every quarter, by day numbers within the quarter,
   * inclusive of both.
   *
   * <p>Day 1 is the first day of the quarter (January, April, July or October 1). Quarters have
   * 90 to 92 days; a day number beyond the quarter's length means its last day. A first day
   * after the last day runs into the next quarter: {@code quarterly(85, 5)} covers day 85 of
   * each quarter to day 5 of the next.
   *
   * @param firstDayOfQuarter  the first day covered, from 1 to 92
   * @param lastDayOfQuarter  the last day covered, from 1 to 92
   * @return the blackout dates, not null
   * @throws IllegalArgumentException if a day number is out of range, or if the range covers
   *     every day, such as days 1 to 92
   */
  public static BlackoutDates quarterly(int firstDayOfQuarter, int lastDayOfQuarter) {
    checkArgument(firstDayOfQuarter >= 1 && firstDayOfQuarter <= 92,
        "Invalid value for firstDayOfQuarter (valid values 1 - 92): %s", firstDayOfQuarter);
    checkArgument(lastDayOfQuarter >= 1 && lastDayOfQuarter <= 92,
        "Invalid value for lastDayOfQuarter (valid values 1 - 92): %s", lastDayOfQuarter);
    return recurring(Kind.QUARTERLY, firstDayOfQuarter, lastDayOfQuarter, null, null);
  }

  /**
   * Obtains blackout dates covering the last days of every quarter, such as the last 5 days
   * before a quarter closes.
   *
   * @param days  the number of days, from 1 to 92; a quarter shorter than that is covered whole
   * @return the blackout dates, not null
   * @throws IllegalArgumentException if the number is out of range, or if it is 92 and so covers
   *     every quarter whole
   */
  public static BlackoutDates lastDaysOfQuarter(int days) {
    checkArgument(days >= 1 && days <= 92, "Invalid value for days (valid values 1 - 92): %s", days);
    return recurring(Kind.QUARTERLY, -days, -1, null, null);
  }

  /**
   * Obtains blackout dates that come back every month, by days of the month, inclusive of both.
   *
   * <p>A day beyond the month's length means the month's last day: {@code monthly(30, 31)}
   * covers February 28 (or 29) and April 30. A first day after the last day runs into the next
   * month: {@code monthly(28, 3)} covers the 28th of each month to the 3rd of the next.
   *
   * @param firstDay  the first day of the month covered, from 1 to 31
   * @param lastDay  the last day of the month covered, from 1 to 31
   * @return the blackout dates, not null
   * @throws IllegalArgumentException if a day is out of range, or if the range covers every
   *     day, such as days 1 to 31 or 16 to 15
   */
  public static BlackoutDates monthly(int firstDay, int lastDay) {
    checkArgument(firstDay >= 1 && firstDay <= 31, "Invalid value for firstDay (valid values 1 - 31): %s", firstDay);
    checkArgument(lastDay >= 1 && lastDay <= 31, "Invalid value for lastDay (valid values 1 - 31): %s", lastDay);
    return recurring(Kind.MONTHLY, firstDay, lastDay, null, null);
  }

  /**
   * Obtains blackout dates covering the last days of every month.
   *
   * @param days  the number of days, from 1 to 31; a month shorter than that is covered whole
   * @return the blackout dates, not null
   * @throws IllegalArgumentException if the number is out of range, or if it is 31 and so
   *     covers every month whole
   */
  public static BlackoutDates lastDaysOfMonth(int days) {
    checkArgument(days >= 1 && days <= 31, "Invalid value for days (valid values 1 - 31): %s", days);
    return recurring(Kind.MONTHLY, -days, -1, null, null);
  }

  /**
   * Returns a copy of these recurring dates that covers nothing before a date.
   *
   * <p>The bound replaces an earlier one given to this method; an occurrence that starts before
   * it is covered from the bound on.
   *
   * @param firstValidDate  the first date that may be covered, inclusive, not null
   * @return the bounded blackout dates, not null
   * @throws IllegalStateException if these dates are a fixed date or range, which has its own
   *     bounds
   * @throws IllegalArgumentException if the date is after the bound of {@link #until}
   */
  public BlackoutDates from(LocalDate firstValidDate) {
    checkNotNull(firstValidDate, "firstValidDate");
    checkState(kind != Kind.RANGE,
        "Invalid validity bound: from applies to recurring blackout dates, not to the fixed range %s", this);
    long day = firstValidDate.toEpochDay();
    checkArgument(day <= hi, "Invalid validity bounds: from %s is after until %s", firstValidDate,
        LocalDate.ofEpochDay(hi));
    return new BlackoutDates(kind, firstDay, lastDay, firstMonthDay, lastMonthDay, day, hi);
  }

  /**
   * Returns a copy of these recurring dates that covers nothing after a date.
   *
   * <p>The bound replaces an earlier one given to this method; an occurrence that ends after
   * it is covered up to the bound.
   *
   * @param lastValidDate  the last date that may be covered, inclusive, not null
   * @return the bounded blackout dates, not null
   * @throws IllegalStateException if these dates are a fixed date or range, which has its own
   *     bounds
   * @throws IllegalArgumentException if the date is before the bound of {@link #from}
   */
  public BlackoutDates until(LocalDate lastValidDate) {
    checkNotNull(lastValidDate, "lastValidDate");
    checkState(kind != Kind.RANGE,
        "Invalid validity bound: until applies to recurring blackout dates, not to the fixed range %s", this);
    long day = lastValidDate.toEpochDay();
    checkArgument(day >= lo, "Invalid validity bounds: until %s is before from %s", lastValidDate,
        LocalDate.ofEpochDay(lo));
    return new BlackoutDates(kind, firstDay, lastDay, firstMonthDay, lastMonthDay, lo, day);
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether a date is covered.
   *
   * @param date  the date to check, not null
   * @return true if the date is covered
   */
  public boolean contains(LocalDate date) {
    checkNotNull(date, "date");
    return inBounds(date) && patternContains(date);
  }

  private boolean inBounds(LocalDate date) {
    if (lo == MIN_DAY && hi == MAX_DAY) {
      return true;
    }
    long day = date.toEpochDay();
    return day >= lo && day <= hi;
  }

  /**
   * Finds the longest run of consecutive covered dates that contains a date.
   *
   * <p>Occurrences that touch or overlap make one run: {@code monthly(1, 30)} covers April 1 to
   * May 30 as one run, because April has 30 days. A run is cut at the validity bounds. As in
   * {@link LocalDateRange}, a run that reaches the day before {@link LocalDate#MAX} reads as
   * unbounded at its end.
   *
   * @param date  the date, not null
   * @return the run, whose end is exclusive as in every {@code LocalDateRange}, or empty if the
   *     date is not covered, not null
   */
  public Optional<LocalDateRange> rangeContaining(LocalDate date) {
    checkNotNull(date, "date");
    long day = date.toEpochDay();
    if (day < lo || day > hi || !patternContains(date)) {
      return Optional.empty();
    }
    long start = kind == Kind.RANGE ? lo : runStart(date, day);
    long end = kind == Kind.RANGE ? hi : runEnd(date, day);
    return Optional.of(LocalDateRange.ofClosed(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(end)));
  }

  /**
   * Finds the first date on or after a date that is not covered.
   *
   * @param from  the date to start from, inclusive, not null
   * @return the date itself if it is not covered, else the day after the end of its run, not null
   * @throws DateTimeException if every date from {@code from} to {@link LocalDate#MAX} is covered
   */
  public LocalDate nextUncovered(LocalDate from) {
    checkNotNull(from, "from");
    long day = nextUncoveredDay(from);
    if (day == NO_DAY) {
      throw new DateTimeException("Every date from " + from + " to " + LocalDate.MAX + " is covered by " + this);
    }
    return day == from.toEpochDay() ? from : LocalDate.ofEpochDay(day);
  }

  /**
   * Finds the epoch day of the first date on or after a date that is not covered.
   *
   * @return the epoch day, or {@link #NO_DAY} if there is none up to {@link LocalDate#MAX}
   */
  long nextUncoveredDay(LocalDate from) {
    long day = from.toEpochDay();
    if (day < lo || day > hi || !patternContains(from)) {
      return day;
    }
    long end = kind == Kind.RANGE ? hi : runEnd(from, day);
    return end >= MAX_DAY ? NO_DAY : end + 1;
  }

  /**
   * Finds the epoch day of the first covered date on or after a date.
   *
   * @return the epoch day, or {@link #NO_DAY} if no date from then on is covered
   */
  long nextCoveredDay(LocalDate from) {
    long day = from.toEpochDay();
    if (day > hi) {
      return NO_DAY;
    }
    LocalDate date = from;
    if (day < lo) {
      day = lo;
      date = LocalDate.ofEpochDay(lo);
    }
    if (kind == Kind.RANGE || patternContains(date)) {
      return day;
    }
    // Occurrences start in successive periods, so the first one starting after an uncovered
    // date is the next covered date; only a yearly leap day skips periods, and for no more
    // than eight years.
    long period = periodOf(date);
    while (occurrenceFirst(period) > occurrenceLast(period) || occurrenceFirst(period) <= day) {
      period++;
    }
    long next = occurrenceFirst(period);
    return next <= hi ? next : NO_DAY;
  }

  /**
   * Gets the epoch day after which these dates repeat every 400 years or cover nothing more:
   * the last of their fixed ends and validity bounds, or {@link Long#MIN_VALUE} if they have
   * none.
   */
  long settledAfterDay() {
    long settled = Long.MIN_VALUE;
    if (lo != MIN_DAY) {
      settled = lo;
    }
    if (hi != MAX_DAY) {
      settled = Math.max(settled, hi);
    }
    return settled;
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether the recurring pattern covers a date, ignoring the bounds. What a period
   * covers depends only on its length, so this compares the date's position in its period with
   * the anchors' positions in a period of that length: plain arithmetic, on the hot path of every
   * query.
   */
  private boolean patternContains(LocalDate date) {
    int position;
    int first;
    int last;
    switch (kind) {
      case RANGE:
        return true;
      case YEARLY:
        boolean leap = date.isLeapYear();
        position = date.getDayOfYear();
        first = positionInYear(firstMd(), leap, true);
        last = positionInYear(lastMd(), leap, false);
        break;
      case QUARTERLY:
        boolean leapYear = date.isLeapYear();
        Month quarterStart = date.getMonth().firstMonthOfQuarter();
        position = date.getDayOfYear() - quarterStart.firstDayOfYear(leapYear) + 1;
        int quarterLength = quarterStart == Month.JANUARY ? (leapYear ? 91 : 90) : quarterStart == Month.APRIL ? 91 : 92;
        first = position(firstDay, quarterLength);
        last = position(lastDay, quarterLength);
        break;
      default:
        position = date.getDayOfMonth();
        first = position(firstDay, date.lengthOfMonth());
        last = position(lastDay, date.lengthOfMonth());
        break;
    }
    // A wrapping occurrence covers the end of the period it starts in and the start of the next.
    return wraps ? position >= first || position <= last : first <= position && position <= last;
  }

  /** Gets the 1-based position of a day number in a period of a length; see {@link #dayIn}. */
  private static int position(int dayNumber, int length) {
    return dayNumber > 0 ? Math.min(dayNumber, length) : length - Math.min(-dayNumber, length) + 1;
  }

  /** Gets the day of the year of a month-day; see {@link #monthDayIn}. */
  private static int positionInYear(MonthDay monthDay, boolean leap, boolean first) {
    if (!leap && monthDay.equals(LEAP_DAY)) {
      return first ? 60 : 59;
    }
    return monthDay.getMonth().firstDayOfYear(leap) + monthDay.getDayOfMonth() - 1;
  }

  private boolean occurrenceContains(long period, long day) {
    return occurrenceFirst(period) <= day && day <= occurrenceLast(period);
  }

  /** Gets the period of an occurrence that contains the date, which must be covered. */
  private long occurrenceContaining(LocalDate date, long day) {
    long period = periodOf(date);
    return occurrenceContains(period, day) ? period : period - 1;
  }

  // Runs are bounded: a definition that leaves no gap is rejected at construction, and the
  // periods with a gap come back within a few months, or within eight years for a gap that only
  // leap years (or only common years) have. Both loops therefore look at a handful of periods.
  private long runEnd(LocalDate date, long day) {
    long period = occurrenceContaining(date, day);
    long end = occurrenceLast(period);
    while (end < hi) {
      period++;
      long first = occurrenceFirst(period);
      long last = occurrenceLast(period);
      if (first > last || first > end + 1) {
        break;
      }
      end = Math.max(end, last);
    }
    return Math.min(end, hi);
  }

  private long runStart(LocalDate date, long day) {
    long period = occurrenceContaining(date, day);
    long start = occurrenceFirst(period);
    while (start > lo) {
      period--;
      long first = occurrenceFirst(period);
      long last = occurrenceLast(period);
      if (first > last || last < start - 1) {
        break;
      }
      start = Math.min(start, first);
    }
    return Math.max(start, lo);
  }

  /** Gets the index of the period holding a date: its year, quarter or month counted from year 0. */
  private long periodOf(LocalDate date) {
    long months = date.getYear() * 12L + date.getMonthValue() - 1;
    return Math.floorDiv(months, kind.months);
  }

  /** Gets the epoch day of the first date of an occurrence; after its last for an empty one. */
  private long occurrenceFirst(long period) {
    if (kind == Kind.YEARLY) {
      return monthDayIn(period, firstMd(), true);
    }
    return dayIn(period, firstDay);
  }

  /** Gets the epoch day of the last date of an occurrence, which may be in the next period. */
  private long occurrenceLast(long period) {
    long endPeriod = wraps ? period + 1 : period;
    if (kind == Kind.YEARLY) {
      return monthDayIn(endPeriod, lastMd(), false);
    }
    return dayIn(endPeriod, lastDay);
  }

  private long dayIn(long period, int dayNumber) {
    long start = periodStart(period);
    long length = periodStart(period + 1) - start;
    return dayNumber > 0 ? start + Math.min(dayNumber, length) - 1 : start + length - Math.min(-dayNumber, length);
  }

  private long periodStart(long period) {
    long months = period * kind.months;
    return epochDay(Math.floorDiv(months, 12), Math.floorMod(months, 12) + 1, 1);
  }

  private static long monthDayIn(long year, MonthDay monthDay, boolean first) {
    if (monthDay.equals(LEAP_DAY) && !isLeap(year)) {
      return first ? epochDay(year, 3, 1) : epochDay(year, 2, 28);
    }
    return epochDay(year, monthDay.getMonthValue(), monthDay.getDayOfMonth());
  }

  private static boolean isLeap(long year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /**
   * Gets the epoch day of a proleptic Gregorian date. Unlike {@code LocalDate}, it accepts the
   * year after {@link LocalDate#MAX} and before {@link LocalDate#MIN}, which the neighbouring
   * periods of the extreme dates reach.
   */
  private static long epochDay(long year, int month, int dayOfMonth) {
    // Count years from March so that the leap day is the last day of its year; 400 years hold
    // 146097 days, and 719468 days separate 0000-03-01 from 1970-01-01.
    long marchYear = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(marchYear, 400);
    long yearOfEra = marchYear - era * 400;
    int monthFromMarch = month <= 2 ? month + 9 : month - 3;
    long dayOfYear = (153L * monthFromMarch + 2) / 5 + dayOfMonth - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * DAYS_PER_400_YEARS + dayOfEra - 719_468;
  }

  /**
   * Checks whether a recurring definition covers every date. What a period covers depends only
   * on its length, and 2023 and 2024 hold every length there is: common and leap years, quarters
   * of 90, 91 and 92 days and months of 28, 29, 30 and 31 days. So covering both years whole
   * means covering every date.
   */
  private boolean coversEveryDate() {
    for (LocalDate date = LocalDate.of(2023, 1, 1); date.getYear() < 2025; date = date.plusDays(1)) {
      if (!patternContains(date)) {
        return false;
      }
    }
    return true;
  }

  private MonthDay firstMd() {
    return Objects.requireNonNull(firstMonthDay);
  }

  private MonthDay lastMd() {
    return Objects.requireNonNull(lastMonthDay);
  }

  //-----------------------------------------------------------------------
  /**
   * Gets the kind of these blackout dates, which says which of the other getters answer.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Gets the dates of a fixed range.
   *
   * @return the range, both ends inclusive, or empty if these dates recur
   */
  public Optional<LocalDateRange> range() {
    return kind == Kind.RANGE
        ? Optional.of(LocalDateRange.ofClosed(LocalDate.ofEpochDay(lo), LocalDate.ofEpochDay(hi)))
        : Optional.empty();
  }

  /**
   * Gets the first day of a yearly blackout.
   *
   * @return the first month-day, inclusive, or empty if these dates are not yearly
   */
  public Optional<MonthDay> firstMonthDay() {
    return Optional.ofNullable(firstMonthDay);
  }

  /**
   * Gets the last day of a yearly blackout, before the first day when the blackout crosses the
   * year end.
   *
   * @return the last month-day, inclusive, or empty if these dates are not yearly
   */
  public Optional<MonthDay> lastMonthDay() {
    return Optional.ofNullable(lastMonthDay);
  }

  /**
   * Gets the first day of the period of a quarterly or monthly blackout set by {@link #quarterly}
   * or {@link #monthly}.
   *
   * @return the first day, counted from 1, or empty for other kinds and for the last days of
   *     a period
   */
  public OptionalInt firstDayOfPeriod() {
    return (kind == Kind.QUARTERLY || kind == Kind.MONTHLY) && firstDay > 0 ? OptionalInt.of(firstDay) : OptionalInt.empty();
  }

  /**
   * Gets the last day of the period of a quarterly or monthly blackout set by {@link #quarterly}
   * or {@link #monthly}.
   *
   * @return the last day, counted from 1, or empty for other kinds and for the last days of a
   *     period
   */
  public OptionalInt lastDayOfPeriod() {
    return (kind == Kind.QUARTERLY || kind == Kind.MONTHLY) && firstDay > 0 ? OptionalInt.of(lastDay) : OptionalInt.empty();
  }

  /**
   * Gets the number of days at the end of each period of a blackout set by
   * {@link #lastDaysOfQuarter} or {@link #lastDaysOfMonth}.
   *
   * @return the number of days, or empty for other blackout dates
   */
  public OptionalInt lastDaysOfPeriod() {
    return firstDay < 0 ? OptionalInt.of(-firstDay) : OptionalInt.empty();
  }

  /**
   * Gets the first date on which recurring blackout dates apply, as set by {@link #from}.
   *
   * @return the first valid date, or empty for a fixed range and for dates without that bound
   */
  public Optional<LocalDate> validFrom() {
    return kind != Kind.RANGE && lo != MIN_DAY ? Optional.of(LocalDate.ofEpochDay(lo)) : Optional.empty();
  }

  /**
   * Gets the last date on which recurring blackout dates apply, as set by {@link #until}.
   *
   * @return the last valid date, or empty for a fixed range and for dates without that bound
   */
  public Optional<LocalDate> validUntil() {
    return kind != Kind.RANGE && hi != MAX_DAY ? Optional.of(LocalDate.ofEpochDay(hi)) : Optional.empty();
  }

  //-----------------------------------------------------------------------
  /**
   * Checks if these blackout dates are equal to others: of the same kind, with the same days and
   * the same bounds.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof BlackoutDates)) {
      return false;
    }
    BlackoutDates other = (BlackoutDates) obj;
    return kind == other.kind && firstDay == other.firstDay && lastDay == other.lastDay
        && Objects.equals(firstMonthDay, other.firstMonthDay) && Objects.equals(lastMonthDay, other.lastMonthDay)
        && lo == other.lo && hi == other.hi;
  }

  /**
   * A hash code for these blackout dates.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(kind, firstDay, lastDay, firstMonthDay, lastMonthDay, lo, hi);
  }

  /**
   * Outputs these blackout dates in English, such as {@code "Dec 24 – Jan 2 every year"},
   * {@code "the last 5 days of every quarter, from 2026-01-01"} or
   * {@code "2026-12-24 – 2027-01-02"}.
   *
   * @return a description, not null
   */
  @Override
  public String toString() {
    switch (kind) {
      case RANGE:
        return lo == hi ? LocalDate.ofEpochDay(lo).toString() : LocalDate.ofEpochDay(lo) + " – " + LocalDate.ofEpochDay(hi);
      case YEARLY:
        return span(text(firstMd()), text(lastMd()), firstMd().equals(lastMd()))
            + " every year" + bounds();
      default:
        String period = kind == Kind.QUARTERLY ? "quarter" : "month";
        if (firstDay < 0) {
          return (firstDay == -1 ? "the last day" : "the last " + -firstDay + " days") + " of every " + period + bounds();
        }
        if (wraps) {
          return "day " + firstDay + " of every " + period + " – day " + lastDay + " of the next" + bounds();
        }
        return (firstDay == lastDay ? "day " + firstDay : "days " + firstDay + " – " + lastDay)
            + " of every " + period + bounds();
    }
  }

  private static String span(String first, String last, boolean single) {
    return single ? first : first + " – " + last;
  }

  private static String text(MonthDay monthDay) {
    return monthDay.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + monthDay.getDayOfMonth();
  }

  private String bounds() {
    String from = lo == MIN_DAY ? "" : ", from " + LocalDate.ofEpochDay(lo);
    String until = hi == MAX_DAY ? "" : (lo == MIN_DAY ? ", until " : " until ") + LocalDate.ofEpochDay(hi);
    return from + until;
  }
}
