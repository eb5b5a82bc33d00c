package org.sendtime.recurrence;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sendtime.time.DstPolicy;

/**
 * A cron expression: a pattern of wall-clock times in the {@link CronDialect} it was written
 * in, such as {@code 0 9 * * 1-5} in {@link CronDialect#UNIX} or {@code 0 30 10 LW * ?} in
 * {@link CronDialect#QUARTZ}.
 *
 * <p>An expression is read on the wall clock: {@link #matches(LocalDateTime)} and
 * {@link #nextLocal(LocalDateTime)} work on local date-times, to the second (a {@code UNIX}
 * expression fires on second 0). To obtain instants, read the expression in a zone with
 * {@link #atZone(ZoneId)} or {@link #atZone(ZoneId, DstPolicy)}, which decide what fire times
 * in daylight-saving gaps and overlaps mean; {@link #floating()} gives a schedule whose zone is
 * chosen later, per recipient.
 *
 * <p>An expression that can never fire, such as {@code 0 0 30 2 *} (February 30th) or, in
 * Quartz, {@code 0 0 0 31 4 ?} (April 31st), is valid and simply has no fire time. Quartz
 * years end in 2099; without a year field, fire times go on to the end of
 * {@link LocalDateTime#MAX}.
 *
 * <p>Two expressions are equal if they are of the same dialect, their fields hold the same
 * values once parsed, and they get the same daylight-saving treatment (whether the hour field
 * starts with {@code *}): in {@code UNIX}, {@code 0 9 * * MON-FRI} equals {@code 0 9 * * 1-5}.
 * Equality compares fields, not whole sets of fire times, so {@code 0 0 30 2 *} and
 * {@code 0 0 31 2 *}, which both never fire, are not equal.
 * {@link #toString()} gives the text as written.
 *
 * <p>The fields are kept as bit masks, and the matching days of a month, which depend only on
 * its length and on the weekday of its first day, are computed when the expression is parsed;
 * finding the next fire time jumps from field to field and allocates nothing but its result.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CronExpression {
  /** The answer of the local search when there is no fire time. */
  static final long NONE = Long.MIN_VALUE;
  private static final long MIN_SECOND = LocalDateTime.MIN.toEpochSecond(ZoneOffset.UTC);
  static final long MAX_SECOND =
      LocalDateTime.MAX.withNano(0).toEpochSecond(ZoneOffset.UTC);
  private static final int MAX_YEAR = LocalDateTime.MAX.getYear();
  private static final int FIRST_YEAR = 1970;
  private static final int LAST_YEAR = 2099;

  private final String text;
  private final CronDialect dialect;
  private final long seconds;
  private final long minutes;
  private final int hours;
  private final CronDays days;
  private final int months;
  private final long @Nullable [] years;
  private final boolean hourWildcard;
  /** The matching days of each kind of month, by {@link CronDays#index}. */
  private final int[] dayMasks;
  /** The months that can match in some year. */
  private final int possibleMonths;

  CronExpression(String text, CronDialect dialect, long seconds, long minutes, int hours,
      CronDays days, int months, long @Nullable [] years, boolean hourWildcard) {
    this.text = text;
    this.dialect = dialect;
    this.seconds = seconds;
    this.minutes = minutes;
    this.hours = hours;
    this.days = days;
    this.months = months;
    this.years = years;
    this.hourWildcard = hourWildcard;
    this.dayMasks = days.masks();
    int possible = 0;
    for (int m = 1; m <= 12; m++) {
      for (int first = 0; first < 7; first++) {
        int length = monthLength(m == 2 ? 2001 : 2000, m);
        if (dayMasks[CronDays.index(first, length)] != 0
            || (m == 2 && dayMasks[CronDays.index(first, 29)] != 0)) {
          possible |= 1 << m;
        }
      }
    }
    this.possibleMonths = months & possible;
  }

  /** The same expression with another text, for macros. */
  CronExpression withText(String text) {
    return new CronExpression(text, dialect, seconds, minutes, hours, days, months, years,
        hourWildcard);
  }

  // ---------------------------------------------------------------------------------------------
  // Factories

  /**
   * Obtains an expression by parsing its text in a dialect.
   *
   * <p>Leading and trailing whitespace is ignored; fields are separated by spaces or tabs.
   * See {@link CronDialect} for what each dialect accepts.
   *
   * @param text  the text to parse, such as {@code "0 9 * * 1-5"}, not null
   * @param dialect  the dialect of the text, not null
   * @return the parsed expression, not null
   * @throws InvalidRuleException if the text is not a valid expression of the dialect; the
   *     message names the field, what was expected and the value found, and
   *     {@link InvalidRuleException#position()} points at it
   */
  public static CronExpression parse(CharSequence text, CronDialect dialect) {
    checkNotNull(text, "text");
    checkNotNull(dialect, "dialect");
    return CronParser.parse(text.toString(), dialect);
  }

  // ---------------------------------------------------------------------------------------------
  // Accessors

  /**
   * Gets the dialect the expression was written in.
   *
   * @return the dialect, not null
   */
  public CronDialect dialect() {
    return dialect;
  }

  /** Whether the hour field starts with {@code *}, which makes DST changes real intervals. */
  boolean isHourWildcard() {
    return hourWildcard;
  }

  long secondBits() {
    return seconds;
  }

  long minuteBits() {
    return minutes;
  }

  int hourBits() {
    return hours;
  }

  int monthBits() {
    return months;
  }

  long @Nullable [] yearBits() {
    return years == null ? null : years.clone();
  }

  CronDays days() {
    return days;
  }

  // ---------------------------------------------------------------------------------------------
  // Schedules

  /**
   * Reads this expression in a zone, with the default daylight-saving policy,
   * {@link DstPolicy#SHIFT_FORWARD}.
   *
   * @param zone  the zone whose wall clock the expression is read on, not null
   * @return the schedule, not null
   */
  public CronSchedule atZone(ZoneId zone) {
    return atZone(zone, DstPolicy.SHIFT_FORWARD);
  }

  /**
   * Reads this expression in a zone, with a daylight-saving policy.
   *
   * @param zone  the zone whose wall clock the expression is read on, not null
   * @param policy  what fire times in daylight-saving gaps mean, not null
   * @return the schedule, not null
   */
  public CronSchedule atZone(ZoneId zone, DstPolicy policy) {
    checkNotNull(zone, "zone");
    checkNotNull(policy, "policy");
    return new CronSchedule(this, zone, policy);
  }

  /**
   * Obtains a floating schedule of this expression: one without a zone, to be given one with
   * {@link CronSchedule#withZone(ZoneId)}, for example the zone of each recipient. Its policy is
   * {@link DstPolicy#SHIFT_FORWARD}.
   *
   * @return the floating schedule, not null
   */
  public CronSchedule floating() {
    return new CronSchedule(this, null, DstPolicy.SHIFT_FORWARD);
  }

  // ---------------------------------------------------------------------------------------------
  // Wall-clock queries

  /**
   * Checks whether a local date-time is a fire time of this expression. A fire time is on a
   * whole second.
   *
   * @param dateTime  the local date-time, not null
   * @return true if the expression fires at that wall-clock time
   */
  public boolean matches(LocalDateTime dateTime) {
    checkNotNull(dateTime, "dateTime");
    int y = dateTime.getYear();
    int m = dateTime.getMonthValue();
    return dateTime.getNano() == 0
        && (seconds & (1L << dateTime.getSecond())) != 0
        && (minutes & (1L << dateTime.getMinute())) != 0
        && (hours & (1 << dateTime.getHour())) != 0
        && (months & (1 << m)) != 0
        && (years == null || nextYear(y) == y)
        && (dayMask(y, m) & (1 << dateTime.getDayOfMonth())) != 0;
  }

  /**
   * Finds the first fire time strictly after a local date-time, on the wall clock.
   *
   * @param after  the local date-time, exclusive, not null
   * @return the next fire time, or empty if there is none
   */
  public Optional<LocalDateTime> nextLocal(LocalDateTime after) {
    checkNotNull(after, "after");
    long next = nextLocalSecond(after.toEpochSecond(ZoneOffset.UTC));
    return next == NONE
        ? Optional.empty()
        : Optional.of(LocalDateTime.ofEpochSecond(next, 0, ZoneOffset.UTC));
  }

  /**
   * The first fire time strictly after a local time, both as seconds from 1970-01-01T00:00 on
   * the wall clock, or {@link #NONE}.
   *
   * <p>Each field is advanced to its next allowed value by a bit scan; when a field has none
   * left, the next larger field advances by one and the smaller ones restart. The day is chosen
   * from the precomputed mask of the month's kind. The pattern of the Gregorian calendar repeats
   * every 400 years, so a search that passes 400 years without a match stops.
   */
  long nextLocalSecond(long after) {
    if (possibleMonths == 0 || after >= MAX_SECOND) {
      return NONE;
    }
    long t = Math.max(after + 1, MIN_SECOND);
    long epochDay = Math.floorDiv(t, 86_400);
    int secondOfDay = Math.floorMod(t, 86_400);
    // Civil date from the epoch day (Howard Hinnant's algorithm).
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, 146_097);
    int dayOfEra = (int) (z - era * 146_097);
    int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int mp = (5 * dayOfYear + 2) / 153;
    int d = dayOfYear - (153 * mp + 2) / 5 + 1;
    int m = mp < 10 ? mp + 3 : mp - 9;
    int y = (int) (yearOfEra + era * 400 + (m <= 2 ? 1 : 0));
    int h = secondOfDay / 3600;
    int mi = secondOfDay / 60 % 60;
    int s = secondOfDay % 60;

    int limit = (int) Math.min((long) y + 400, years == null ? MAX_YEAR : LAST_YEAR);
    while (true) {
      if (years != null) {
        int ny = nextYear(y);
        if (ny == Integer.MIN_VALUE) {
          return NONE;
        }
        if (ny != y) {
          y = ny;
          m = 1;
          d = 1;
          h = 0;
          mi = 0;
          s = 0;
        }
      }
      if (y > limit) {
        return NONE;
      }
      int nm = next(possibleMonths, m);
      if (nm < 0) {
        y++;
        m = 1;
        d = 1;
        h = 0;
        mi = 0;
        s = 0;
        continue;
      }
      if (nm != m) {
        m = nm;
        d = 1;
        h = 0;
        mi = 0;
        s = 0;
      }
      long firstDay = epochDay(y, m);
      int dayMask = dayMasks[CronDays.index(Math.floorMod(firstDay + 3, 7), monthLength(y, m))];
      // Each carry goes up one field only; the month's day mask is computed once.
      for (int nd = next(dayMask, d); nd >= 0; nd = next(dayMask, d)) {
        if (nd != d) {
          d = nd;
          h = 0;
          mi = 0;
          s = 0;
        }
        int time = firstTimeOfDay(h, mi, s);
        if (time >= 0) {
          return (firstDay + d - 1) * 86_400 + time;
        }
        d++;
        h = 0;
        mi = 0;
        s = 0;
      }
      m++;
      d = 1;
      h = 0;
      mi = 0;
      s = 0;
    }
  }

  /** The lowest set bit at or above {@code from}, or -1. */
  /**
   * The first fire time strictly after a local epoch second and on the same day, for a caller
   * that knows the day matches (it holds a fire time): only the time fields are searched.
   *
   * @param after  local seconds from 1970-01-01T00:00, not the day's last second
   * @return the next fire time that day as local seconds, or {@link #NONE} if none is left
   */
  long nextLocalSecondSameDay(long after) {
    long t = after + 1;
    int secondOfDay = (int) Math.floorMod(t, 86_400L);
    int first = firstTimeOfDay(secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60);
    return first < 0 ? NONE : t - secondOfDay + first;
  }

  /**
   * The first time of day at or after h:mi:s that the hour, minute and second fields allow, as
   * a second of the day, or -1 if none is left that day. Each carry goes up one field only.
   */
  private int firstTimeOfDay(int h, int mi, int s) {
    for (int nh = next(hours, h); nh >= 0; nh = next(hours, h)) {
      if (nh != h) {
        h = nh;
        mi = 0;
        s = 0;
      }
      int nmi = next(minutes, mi);
      if (nmi < 0) {
        h++;
        mi = 0;
        s = 0;
        continue;
      }
      if (nmi != mi) {
        mi = nmi;
        s = 0;
      }
      int ns = next(seconds, s);
      if (ns < 0) {
        mi++;
        s = 0;
        continue;
      }
      return h * 3600 + mi * 60 + ns;
    }
    return -1;
  }

  private static int next(int mask, int from) {
    if (from >= 32) {
      return -1;
    }
    int rest = mask & (-1 << from);
    return rest == 0 ? -1 : Integer.numberOfTrailingZeros(rest);
  }

  private static int next(long mask, int from) {
    if (from >= 64) {
      return -1;
    }
    long rest = mask & (-1L << from);
    return rest == 0 ? -1 : Long.numberOfTrailingZeros(rest);
  }

  /** The first allowed year at or after y, or {@link Integer#MIN_VALUE}. */
  private int nextYear(int y) {
    long[] bits = years;
    if (bits == null) {
      return y;
    }
    if (y > LAST_YEAR) {
      return Integer.MIN_VALUE;
    }
    int b = Math.max(y, FIRST_YEAR) - FIRST_YEAR;
    int word = b >> 6;
    long rest = bits[word] & (-1L << b);
    while (rest == 0) {
      if (++word == bits.length) {
        return Integer.MIN_VALUE;
      }
      rest = bits[word];
    }
    return FIRST_YEAR + word * 64 + Long.numberOfTrailingZeros(rest);
  }

  private int dayMask(int y, int m) {
    return dayMasks[CronDays.index(Math.floorMod(epochDay(y, m) + 3, 7), monthLength(y, m))];
  }

  /** The epoch day of the first day of a month (Howard Hinnant's algorithm). */
  private static long epochDay(long y, int m) {
    long year = m <= 2 ? y - 1 : y;
    long era = Math.floorDiv(year, 400);
    long yearOfEra = year - era * 400;
    int mp = (m + 9) % 12;
    long dayOfYear = (153 * mp + 2) / 5;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }

  private static int monthLength(int y, int m) {
    if (m == 2) {
      return (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : 28;
    }
    return 30 + ((m ^ (m >> 3)) & 1);
  }

  // ---------------------------------------------------------------------------------------------
  // Text

  /**
   * Returns a short English description, such as {@code "at 09:00, Monday through Friday"},
   * {@code "every 15 minutes"} or {@code "at 10:30 on the last weekday of the month"}.
   *
   * @return the description, not null
   */
  public String describe() {
    return CronDescriber.describe(this);
  }

  /**
   * Checks if this expression equals another: of the same dialect, firing at the same
   * wall-clock times, with the same daylight-saving treatment.
   *
   * @param obj  the object to compare with, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof CronExpression)) {
      return false;
    }
    CronExpression o = (CronExpression) obj;
    return dialect == o.dialect
        && seconds == o.seconds
        && minutes == o.minutes
        && hours == o.hours
        && months == o.months
        && hourWildcard == o.hourWildcard
        && Arrays.equals(dayMasks, o.dayMasks)
        && Arrays.equals(years, o.years);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(dialect, seconds, minutes, hours, months, hourWildcard)
        ^ Arrays.hashCode(dayMasks) * 31
        ^ Arrays.hashCode(years);
  }

  /**
   * Outputs the expression as written, without leading and trailing whitespace.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return text;
  }
}
