package org.sendtime.recurrence;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.math.LongMath;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Expands one recurrence rule anchored on a start into local date-times, in increasing order,
 * following RFC 5545 §3.3.10 and RFC 7529.
 *
 * <p>The expansion is period by period: period {@code k} is the {@code k * INTERVAL}-th year,
 * month, week, day, hour, minute or second counted from the one that holds the start. Every
 * {@code BYxxx} part, whether the RFC's table calls it "expand" or "limit", selects from the
 * period's candidate days and times, which makes both a matter of filtering. Seeking to a time
 * computes the period that holds it directly, so {@link #iterator(LocalDateTime)} never walks
 * from the start, except once (memoised) to find where {@code COUNT} ends.
 *
 * <p>Expansion stops after the year 9999, the last year iCalendar can write, and after a whole
 * Gregorian cycle (400 years) of periods without any candidate, so an impossible rule such as
 * {@code FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30} ends quickly instead of looping.
 *
 * <p>This class is immutable and thread-safe; its iterators are not.
 */
final class RuleExpander {
  /** The last local date-time produced: iCalendar cannot write years after 9999. */
  static final LocalDateTime MAX = LocalDateTime.of(9999, 12, 31, 23, 59, 59);

  private static final long DAYS_PER_CYCLE = 146097L;

  private final RecurrenceRule rule;
  private final LocalDateTime start;
  private final Frequency freq;
  private final int interval;
  private final Skip skip;
  private final Predicate<LocalDateTime> untilIncludes;
  private final LocalDateTime stopAfter;

  // Effective BYxxx sets, with the defaults taken from the start; null means "no restriction".
  private final boolean @Nullable [] months;
  private final int @Nullable [] monthDays;
  private final boolean @Nullable [] yearDays;
  private final boolean @Nullable [] weekNos;
  private final WeekdayNum @Nullable [] days;
  private final boolean dayOrdinalsInYear;
  private final boolean @Nullable [] hours;
  private final boolean @Nullable [] minutes;
  private final boolean @Nullable [] seconds;
  private final int[] setPos;
  private final WeekFields weekFields;

  /** For FREQ=DAILY and coarser: every time of day, sorted. */
  private final LocalTime[] times;
  /** For sub-daily frequencies: the minutes and seconds expanded inside each period, sorted. */
  private final int[] expandMinutes;
  private final int[] expandSeconds;

  // Period arithmetic.
  private final LocalDate firstWeekStart;
  private final long baseSecond;
  private final long stepSeconds;
  private final long cycleSteps;

  private final Supplier<Optional<LocalDateTime>> lastCounted;

  // Month masks: bit d stands for day d of a month.
  /** The days of the week a weekly rule keeps, indexed from Monday = 0. */
  private final boolean[] weekdays = new boolean[7];
  private final int weekStartIndex;
  /** Whether the time-level parts can ever produce a candidate (see timesPossible). */
  private final boolean possible;
  /** Whether YEARLY and MONTHLY periods can be expanded with day masks (see expandByMasks). */
  private final boolean maskable;
  private final int positiveMonthDayMask;
  private final int maxPositiveMonthDay;
  private final int[] negativeMonthDays;
  private final int[] yearDayValues;

  /**
   * Creates an expander.
   *
   * @param rule  the rule
   * @param start  the start (DTSTART) as a local date-time
   * @param untilIncludes  whether a local date-time is within the rule's UNTIL
   * @param stopAfter  a local date-time after which {@code untilIncludes} holds for nothing
   */
  RuleExpander(
      RecurrenceRule rule,
      LocalDateTime start,
      Predicate<LocalDateTime> untilIncludes,
      LocalDateTime stopAfter) {
    this.rule = rule;
    this.start = start.truncatedTo(ChronoUnit.SECONDS);
    this.freq = rule.frequency();
    this.interval = rule.interval();
    this.skip = rule.skip();
    this.untilIncludes = untilIncludes;
    this.stopAfter = stopAfter.isAfter(MAX) ? MAX : stopAfter;
    this.weekFields = WeekFields.of(rule.weekStart(), 4);

    boolean noDayParts = rule.byWeekNo().isEmpty() && rule.byYearDay().isEmpty()
        && rule.byMonthDay().isEmpty() && rule.byDay().isEmpty();
    // Months.
    if (!rule.byMonth().isEmpty()) {
      months = flags(rule.byMonth(), 13);
    } else if (freq == Frequency.YEARLY && noDayParts) {
      months = flags(List.of(start.getMonthValue()), 13);
    } else {
      months = null;
    }
    // Days of the month.
    if (!rule.byMonthDay().isEmpty()) {
      monthDays = rule.byMonthDay().stream().mapToInt(Integer::intValue).toArray();
    } else if ((freq == Frequency.MONTHLY && rule.byDay().isEmpty())
        || (freq == Frequency.YEARLY && noDayParts)) {
      monthDays = new int[] {start.getDayOfMonth()};
    } else {
      monthDays = null;
    }
    yearDays = rule.byYearDay().isEmpty() ? null : signedFlags(rule.byYearDay(), 366);
    weekNos = rule.byWeekNo().isEmpty() ? null : signedFlags(rule.byWeekNo(), 53);
    // Days of the week.
    if (!rule.byDay().isEmpty()) {
      days = rule.byDay().toArray(new WeekdayNum[0]);
    } else if (freq == Frequency.WEEKLY
        || (freq == Frequency.YEARLY && !rule.byWeekNo().isEmpty()
            && rule.byYearDay().isEmpty() && rule.byMonthDay().isEmpty())) {
      days = new WeekdayNum[] {WeekdayNum.every(start.getDayOfWeek())};
    } else {
      days = null;
    }
    dayOrdinalsInYear = freq == Frequency.YEARLY && rule.byMonth().isEmpty();
    // Times.
    hours = flagsOrDefault(rule.byHour(), 24, freq.compareTo(Frequency.DAILY) >= 0, start.getHour());
    minutes = flagsOrDefault(rule.byMinute(), 60, freq.compareTo(Frequency.HOURLY) >= 0, start.getMinute());
    seconds = flagsOrDefault(rule.bySecond(), 61, freq.compareTo(Frequency.MINUTELY) >= 0, start.getSecond());
    setPos = rule.bySetPos().stream().mapToInt(Integer::intValue).toArray();
    times = freq.isSubDaily() ? new LocalTime[0] : allTimes(hours, minutes, seconds);
    expandMinutes = freq == Frequency.HOURLY ? indices(minutes, 60) : new int[0];
    expandSeconds = freq == Frequency.HOURLY || freq == Frequency.MINUTELY ? indices(seconds, 60) : new int[0];

    // Periods.
    firstWeekStart = start.toLocalDate().with(TemporalAdjusters.previousOrSame(rule.weekStart()));
    long unit;
    switch (freq) {
      case HOURLY:
        unit = 3600;
        break;
      case MINUTELY:
        unit = 60;
        break;
      default:
        unit = 1;
    }
    baseSecond = floorTo(this.start.toEpochSecond(ZoneOffset.UTC), unit);
    stepSeconds = unit * interval;
    long cycleUnits;
    switch (freq) {
      case YEARLY:
        cycleUnits = 400;
        break;
      case MONTHLY:
        cycleUnits = 4800;
        break;
      case WEEKLY:
        cycleUnits = DAYS_PER_CYCLE / 7;
        break;
      case DAILY:
        cycleUnits = DAYS_PER_CYCLE;
        break;
      case HOURLY:
        cycleUnits = DAYS_PER_CYCLE * 24;
        break;
      case MINUTELY:
        cycleUnits = DAYS_PER_CYCLE * 1440;
        break;
      default:
        cycleUnits = DAYS_PER_CYCLE * 86400;
    }
    cycleSteps = cycleUnits / LongMath.gcd(cycleUnits, interval) + 1;

    this.lastCounted = Suppliers.memoize(this::findLastCounted);

    int positive = 0;
    int maxPositive = 0;
    List<Integer> negative = new ArrayList<>();
    if (monthDays != null) {
      for (int v : monthDays) {
        if (v > 0) {
          positive |= 1 << v;
          maxPositive = Math.max(maxPositive, v);
        } else {
          negative.add(v);
        }
      }
    }
    positiveMonthDayMask = positive;
    maxPositiveMonthDay = maxPositive;
    negativeMonthDays = negative.stream().mapToInt(Integer::intValue).toArray();
    yearDayValues = rule.byYearDay().stream().mapToInt(Integer::intValue).toArray();
    boolean ordinals = days != null && Arrays.stream(days).anyMatch(WeekdayNum::hasOrdinal);
    maskable = weekNos == null && !(dayOrdinalsInYear && ordinals) && skip != Skip.FORWARD;
    possible = timesPossible();
    if (days != null) {
      for (WeekdayNum w : days) {
        weekdays[w.dayOfWeek().ordinal()] = true;
      }
    }
    weekStartIndex = rule.weekStart().ordinal();
  }

  /**
   * Checks whether the time-level parts can ever produce a candidate: a rule such as
   * {@code FREQ=MINUTELY;INTERVAL=2;BYMINUTE=1} from an even minute, {@code BYSECOND=60} alone
   * (java.time has no leap seconds) or a {@code BYSETPOS} beyond every period's size never
   * does, and is known to be empty without searching.
   */
  private boolean timesPossible() {
    switch (freq) {
      case HOURLY:
        if (!setPosFits(expandMinutes.length * expandSeconds.length)) {
          return false;
        }
        return reachable(24, start.getHour());
      case MINUTELY:
        if (!setPosFits(expandSeconds.length)) {
          return false;
        }
        return reachable(1440, start.getHour() * 60 + start.getMinute());
      case SECONDLY:
        return setPosFits(1) && reachable(86400, start.toLocalTime().toSecondOfDay());
      default:
        return times.length > 0;
    }
  }

  private boolean setPosFits(int periodSize) {
    if (periodSize == 0) {
      return false;
    }
    if (setPos.length == 0) {
      return true;
    }
    for (int p : setPos) {
      if (Math.abs(p) <= periodSize) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks whether some period start, stepping by the interval from {@code first} through the
   * {@code unitsPerDay} units of a day (hours, minutes or seconds of the day), passes the
   * hour, minute and second limits.
   */
  private boolean reachable(int unitsPerDay, int first) {
    int g = (int) LongMath.gcd(interval, unitsPerDay);
    for (int u = Math.floorMod(first, g); u < unitsPerDay; u += g) {
      int secondOfDay = freq == Frequency.HOURLY ? u * 3600 : freq == Frequency.MINUTELY ? u * 60 : u;
      int hour = secondOfDay / 3600;
      int minute = secondOfDay / 60 % 60;
      int second = secondOfDay % 60;
      boolean ok = (hours == null || hours[hour])
          && (freq == Frequency.HOURLY || minutes == null || minutes[minute])
          && (freq != Frequency.SECONDLY || seconds == null || seconds[second]);
      if (ok) {
        return true;
      }
    }
    return false;
  }

  private static long floorTo(long value, long unit) {
    return Math.floorDiv(value, unit) * unit;
  }

  private static boolean[] flags(Iterable<Integer> values, int size) {
    boolean[] f = new boolean[size];
    for (int v : values) {
      f[v] = true;
    }
    return f;
  }

  /** Flags for values that may be negative: index {@code max + v} for every v. */
  private static boolean[] signedFlags(Iterable<Integer> values, int max) {
    boolean[] f = new boolean[2 * max + 1];
    for (int v : values) {
      f[max + v] = true;
    }
    return f;
  }

  private static boolean @Nullable [] flagsOrDefault(
      Iterable<Integer> values, int size, boolean useDefault, int defaultValue) {
    boolean[] f = flags(values, size);
    boolean any = false;
    for (boolean b : f) {
      any |= b;
    }
    if (any) {
      return f;
    }
    if (useDefault) {
      f[defaultValue] = true;
      return f;
    }
    return null;
  }

  private static int[] indices(boolean @Nullable [] f, int limit) {
    if (f == null) {
      int[] all = new int[limit];
      Arrays.setAll(all, i -> i);
      return all;
    }
    return IntStream.range(0, limit).filter(i -> f[i]).toArray();
  }

  private static LocalTime[] allTimes(
      boolean @Nullable [] hours, boolean @Nullable [] minutes, boolean @Nullable [] seconds) {
    List<LocalTime> list = new ArrayList<>();
    for (int h : indices(hours, 24)) {
      for (int m : indices(minutes, 60)) {
        for (int s : indices(seconds, 60)) {
          list.add(LocalTime.of(h, m, s));
        }
      }
    }
    return list.toArray(new LocalTime[0]);
  }

  /** The rule this expander expands. */
  RecurrenceRule rule() {
    return rule;
  }

  /**
   * Returns the occurrences at or after {@code from}, in increasing order, within COUNT and UNTIL.
   *
   * @param from  the inclusive lower bound
   * @return a new iterator, not thread-safe
   */
  Iterator<LocalDateTime> iterator(LocalDateTime from) {
    if (!possible) {
      return Collections.emptyIterator();
    }
    if (rule.count().isPresent()) {
      Optional<LocalDateTime> last = lastCounted.get();
      if (last.isEmpty()) {
        return Collections.emptyIterator();
      }
      return new PeriodIterator(from, last.get());
    }
    return new PeriodIterator(from, null);
  }

  private Optional<LocalDateTime> findLastCounted() {
    int remaining = rule.count().orElseThrow();
    PeriodIterator it = new PeriodIterator(start, null);
    LocalDateTime last = null;
    while (remaining > 0 && it.hasNext()) {
      last = it.next();
      remaining--;
    }
    return Optional.ofNullable(last);
  }

  // ---------------------------------------------------------------------------------------------
  // Day matching

  /**
   * Checks whether a day matches the day-level rule parts, taking its month from {@code origin}:
   * the month the day stands for, which differs from the day's own month only where
   * {@code SKIP=FORWARD} moved a nonexistent day of {@code origin} to the first of the next month.
   */
  private boolean matchesDay(LocalDate d, LocalDate origin) {
    int originMonth = origin.getMonthValue();
    if (months != null && !months[originMonth]) {
      return false;
    }
    if (weekNos != null) {
      int week = d.get(weekFields.weekOfWeekBasedYear());
      int weeks = (int) d.range(weekFields.weekOfWeekBasedYear()).getMaximum();
      if (!weekNos[53 + week] && !weekNos[53 + week - weeks - 1]) {
        return false;
      }
    }
    if (yearDays != null) {
      int doy = d.getDayOfYear();
      if (!yearDays[366 + doy] && !yearDays[366 + doy - d.lengthOfYear() - 1]) {
        return false;
      }
    }
    if (monthDays != null && !matchesMonthDay(d, origin)) {
      return false;
    }
    if (days != null && !matchesWeekday(d)) {
      return false;
    }
    return true;
  }

  private boolean matchesMonthDay(LocalDate d, LocalDate origin) {
    int len = origin.lengthOfMonth();
    boolean sameMonth = d.getMonthValue() == origin.getMonthValue() && d.getYear() == origin.getYear();
    for (int v : monthDays) {
      if (sameMonth) {
        int dom = d.getDayOfMonth();
        if (v == dom || v == dom - len - 1) {
          return true;
        }
      }
      if (v > len && skip != Skip.OMIT) {
        // A day after the end of the origin month: BACKWARD takes the month's last day, FORWARD
        // the first day of the next month (RFC 7529 §4.1). RFC 7529 is silent on negative days
        // before the month's start (-31 in a 30-day month); those are always omitted.
        if (skip == Skip.BACKWARD && sameMonth && d.getDayOfMonth() == len) {
          return true;
        }
        if (skip == Skip.FORWARD && !sameMonth && d.getDayOfMonth() == 1) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean matchesWeekday(LocalDate d) {
    DayOfWeek dow = d.getDayOfWeek();
    for (WeekdayNum w : days) {
      if (w.dayOfWeek() != dow) {
        continue;
      }
      int n = w.ordinal();
      if (n == 0) {
        return true;
      }
      int index;
      int length;
      if (dayOrdinalsInYear) {
        index = d.getDayOfYear();
        length = d.lengthOfYear();
      } else {
        index = d.getDayOfMonth();
        length = d.lengthOfMonth();
      }
      if (n > 0 ? (index - 1) / 7 + 1 == n : (length - index) / 7 + 1 == -n) {
        return true;
      }
    }
    return false;
  }

  /** Adds the matching days of {@code month} (and a FORWARD-skipped first of the next month). */
  private void addMonthDays(LocalDate firstOfMonth, List<LocalDate> out) {
    if (months != null && !months[firstOfMonth.getMonthValue()]) {
      return;
    }
    int len = firstOfMonth.lengthOfMonth();
    for (int i = 0; i < len; i++) {
      LocalDate d = firstOfMonth.plusDays(i);
      if (matchesDay(d, firstOfMonth)) {
        out.add(d);
      }
    }
    if (skip == Skip.FORWARD) {
      LocalDate next = firstOfMonth.plusMonths(1);
      if (matchesDay(next, firstOfMonth)) {
        out.add(next);
      }
    }
  }

  /** Checks a single day, as the limit-only frequencies (DAILY and finer) do. */
  private boolean dayPasses(LocalDate d) {
    // The day stands for its own month (only the month, year and length of the origin matter).
    if (matchesDay(d, d)) {
      return true;
    }
    return skip == Skip.FORWARD && d.getDayOfMonth() == 1 && matchesDay(d, d.minusMonths(1));
  }

  // ---------------------------------------------------------------------------------------------
  // Periods

  /** The first local date-time of period {@code k}, or null beyond the year 9999. */
  private @Nullable LocalDateTime periodStart(long k) {
    try {
      long steps = Math.multiplyExact(k, (long) interval);
      LocalDateTime t;
      switch (freq) {
        case YEARLY:
          long year = Math.addExact(start.getYear(), steps);
          if (year > MAX.getYear()) {
            return null;
          }
          t = LocalDate.of((int) year, 1, 1).atStartOfDay();
          break;
        case MONTHLY:
          if (steps > 12L * 10000) {
            return null;
          }
          t = start.toLocalDate().withDayOfMonth(1).plusMonths(steps).atStartOfDay();
          break;
        case WEEKLY:
          if (steps > 53L * 10000) {
            return null;
          }
          t = firstWeekStart.plusWeeks(steps).atStartOfDay();
          break;
        case DAILY:
          if (steps > 366L * 10000) {
            return null;
          }
          t = start.toLocalDate().plusDays(steps).atStartOfDay();
          break;
        default:
          long s = Math.addExact(baseSecond, Math.multiplyExact(k, stepSeconds));
          if (s > MAX.toEpochSecond(ZoneOffset.UTC)) {
            return null;
          }
          t = LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC);
      }
      return t.isAfter(MAX) ? null : t;
    } catch (ArithmeticException | DateTimeException e) {
      return null;
    }
  }

  /** The index of the period that holds {@code t}, at least zero. */
  private long periodIndex(LocalDateTime t) {
    long units;
    switch (freq) {
      case YEARLY:
        units = (long) t.getYear() - start.getYear();
        break;
      case MONTHLY:
        units = (t.getYear() * 12L + t.getMonthValue()) - (start.getYear() * 12L + start.getMonthValue());
        break;
      case WEEKLY:
        long day = t.toLocalDate().toEpochDay();
        long weekStart = day - Math.floorMod(t.getDayOfWeek().ordinal() - weekStartIndex, 7);
        units = (weekStart - firstWeekStart.toEpochDay()) / 7;
        break;
      case DAILY:
        units = ChronoUnit.DAYS.between(start.toLocalDate(), t.toLocalDate());
        break;
      default:
        return Math.max(0, Math.floorDiv(t.toEpochSecond(ZoneOffset.UTC) - baseSecond, stepSeconds));
    }
    return Math.max(0, Math.floorDiv(units, interval));
  }

  /** The first period index whose start is at or after {@code t}. */
  private long firstPeriodAtOrAfter(LocalDateTime t) {
    long k = periodIndex(t);
    LocalDateTime s = periodStart(k);
    return s != null && s.isBefore(t) ? k + 1 : k;
  }

  /**
   * Expands period {@code k} into {@code out} (sorted, distinct, before BYSETPOS) and returns the
   * index of the next period worth expanding.
   */
  private long expand(
      long k, LocalDateTime periodStart, List<LocalDateTime> out, List<LocalDate> dayScratch,
      List<LocalDateTime> scratch) {
    dayScratch.clear();
    LocalDate date = periodStart.toLocalDate();
    if (maskable && (freq == Frequency.YEARLY || freq == Frequency.MONTHLY)) {
      expandByMasks(date, out);
      return k + 1;
    }
    long next = expandByDays(k, periodStart, date, out, dayScratch);
    applySetPos(out, scratch);
    return next;
  }

  private long expandByDays(
      long k, LocalDateTime periodStart, LocalDate date, List<LocalDateTime> out, List<LocalDate> dayScratch) {
    switch (freq) {
      case YEARLY:
        for (int m = 1; m <= 12; m++) {
          addMonthDays(date.withMonth(m), dayScratch);
        }
        break;
      case MONTHLY:
        addMonthDays(date, dayScratch);
        break;
      case WEEKLY:
        // Only BYDAY (without ordinals) and BYMONTH apply to a week: test the weekday first.
        for (int i = 0; i < 7; i++) {
          if (weekdays[(weekStartIndex + i) % 7]) {
            LocalDate d = date.plusDays(i);
            if (months == null || months[d.getMonthValue()]) {
              dayScratch.add(d);
            }
          }
        }
        break;
      case DAILY:
        if (months != null && !months[date.getMonthValue()]
            && !(skip == Skip.FORWARD && date.getDayOfMonth() == 1)) {
          return Math.max(k + 1, firstPeriodAtOrAfter(date.withDayOfMonth(1).plusMonths(1).atStartOfDay()));
        }
        if (dayPasses(date)) {
          dayScratch.add(date);
        }
        break;
      default:
        return expandSubDaily(k, periodStart, out);
    }
    if (skip != Skip.OMIT && dayScratch.size() > 1) {
      dayScratch.sort(null);
      for (int i = dayScratch.size() - 1; i > 0; i--) {
        if (dayScratch.get(i).equals(dayScratch.get(i - 1))) {
          dayScratch.remove(i);
        }
      }
    }
    for (LocalDate d : dayScratch) {
      for (LocalTime t : times) {
        out.add(LocalDateTime.of(d, t));
      }
    }
    return k + 1;
  }

  private long expandSubDaily(long k, LocalDateTime periodStart, List<LocalDateTime> out) {
    LocalDate date = periodStart.toLocalDate();
    if (!dayPasses(date)) {
      return Math.max(k + 1, firstPeriodAtOrAfter(date.plusDays(1).atStartOfDay()));
    }
    int hour = periodStart.getHour();
    if (hours != null && !hours[hour]) {
      return freq == Frequency.HOURLY
          ? k + 1
          : Math.max(k + 1, firstPeriodAtOrAfter(periodStart.truncatedTo(ChronoUnit.HOURS).plusHours(1)));
    }
    if (freq == Frequency.HOURLY) {
      for (int m : expandMinutes) {
        for (int s : expandSeconds) {
          out.add(periodStart.withMinute(m).withSecond(s));
        }
      }
      return k + 1;
    }
    int minute = periodStart.getMinute();
    if (minutes != null && !minutes[minute]) {
      return freq == Frequency.MINUTELY
          ? k + 1
          : Math.max(k + 1, firstPeriodAtOrAfter(periodStart.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1)));
    }
    if (freq == Frequency.MINUTELY) {
      for (int s : expandSeconds) {
        out.add(periodStart.withSecond(s));
      }
      return k + 1;
    }
    if (seconds == null || seconds[periodStart.getSecond()]) {
      out.add(periodStart);
    }
    return k + 1;
  }

  /**
   * Expands a YEARLY or MONTHLY period with one 32-bit mask of matching days per month, and
   * applies BYSETPOS by index arithmetic, creating only the date-times that are kept. This
   * serves every rule without BYWEEKNO, without year-relative BYDAY ordinals and without
   * {@code SKIP=FORWARD}; the others go through {@link #matchesDay}.
   */
  private void expandByMasks(LocalDate first, List<LocalDateTime> out) {
    int year = first.getYear();
    boolean leap = first.isLeapYear();
    int lengthOfYear = leap ? 366 : 365;
    int firstMonth = first.getMonthValue();
    int lastMonth = freq == Frequency.YEARLY ? 12 : firstMonth;
    // Day of the week of January 1, 0 = Monday.
    int jan1 = LocalDate.of(year, 1, 1).getDayOfWeek().ordinal();
    int[] masks = new int[13];
    int total = 0;
    for (int m = firstMonth; m <= lastMonth; m++) {
      Month month = Month.of(m);
      int doyOfFirst = month.firstDayOfYear(leap);
      masks[m] = monthMask(m, month.length(leap), (jan1 + doyOfFirst - 1) % 7, doyOfFirst, lengthOfYear);
      total += Integer.bitCount(masks[m]);
    }
    int perDay = times.length;
    long size = (long) total * perDay;
    if (size == 0) {
      return;
    }
    if (setPos.length == 0) {
      for (int m = firstMonth; m <= lastMonth; m++) {
        for (int mask = masks[m]; mask != 0; mask &= mask - 1) {
          LocalDate d = LocalDate.of(year, m, Integer.numberOfTrailingZeros(mask));
          for (LocalTime t : times) {
            out.add(LocalDateTime.of(d, t));
          }
        }
      }
      return;
    }
    long[] picked = new long[setPos.length];
    int n = 0;
    for (int p : setPos) {
      long index = p > 0 ? p - 1 : size + p;
      if (index >= 0 && index < size) {
        picked[n++] = index;
      }
    }
    Arrays.sort(picked, 0, n);
    long previous = -1;
    for (int i = 0; i < n; i++) {
      long index = picked[i];
      if (index == previous) {
        continue;
      }
      previous = index;
      long dayIndex = index / perDay;
      int m = firstMonth;
      while (Integer.bitCount(masks[m]) <= dayIndex) {
        dayIndex -= Integer.bitCount(masks[m]);
        m++;
      }
      int mask = masks[m];
      for (long j = 0; j < dayIndex; j++) {
        mask &= mask - 1;
      }
      out.add(LocalDateTime.of(LocalDate.of(year, m, Integer.numberOfTrailingZeros(mask)),
          times[(int) (index % perDay)]));
    }
  }

  /**
   * The days of a month that match the day-level rule parts, as a mask with bit d for day d.
   *
   * @param month  the month, 1 to 12
   * @param length  the length of the month
   * @param firstDow  the day of the week of the month's first day, 0 = Monday
   * @param doyOfFirst  the day of the year of the month's first day
   * @param lengthOfYear  the length of the year
   */
  private int monthMask(int month, int length, int firstDow, int doyOfFirst, int lengthOfYear) {
    if (months != null && !months[month]) {
      return 0;
    }
    int mask = (int) (((1L << length) - 1) << 1);
    if (monthDays != null) {
      int m = positiveMonthDayMask & mask;
      for (int v : negativeMonthDays) {
        int d = length + 1 + v;
        if (d >= 1) {
          m |= 1 << d;
        }
      }
      if (skip == Skip.BACKWARD && maxPositiveMonthDay > length) {
        m |= 1 << length;
      }
      mask &= m;
    }
    if (yearDays != null) {
      int m = 0;
      for (int v : yearDayValues) {
        int d = (v > 0 ? v : lengthOfYear + 1 + v) - doyOfFirst + 1;
        if (d >= 1 && d <= length) {
          m |= 1 << d;
        }
      }
      mask &= m;
    }
    if (days != null) {
      int m = 0;
      for (WeekdayNum w : days) {
        int first = 1 + Math.floorMod(w.dayOfWeek().ordinal() - firstDow, 7);
        int n = w.ordinal();
        if (n == 0) {
          for (int d = first; d <= length; d += 7) {
            m |= 1 << d;
          }
        } else {
          int d = n > 0 ? first + 7 * (n - 1) : first + 7 * ((length - first) / 7) + 7 * (n + 1);
          if (d >= 1 && d <= length) {
            m |= 1 << d;
          }
        }
      }
      mask &= m;
    }
    return mask;
  }

  /** Applies BYSETPOS to a period's sorted candidates, in place. */
  private void applySetPos(List<LocalDateTime> candidates, List<LocalDateTime> scratch) {
    if (setPos.length == 0 || candidates.isEmpty()) {
      return;
    }
    scratch.clear();
    int size = candidates.size();
    boolean[] keep = new boolean[size];
    for (int p : setPos) {
      int index = p > 0 ? p - 1 : size + p;
      if (index >= 0 && index < size) {
        keep[index] = true;
      }
    }
    for (int i = 0; i < size; i++) {
      if (keep[i]) {
        scratch.add(candidates.get(i));
      }
    }
    candidates.clear();
    candidates.addAll(scratch);
  }

  /** Iterates the occurrences period by period from a lower bound. */
  private final class PeriodIterator implements Iterator<LocalDateTime> {
    private final LocalDateTime lowerBound;
    private final @Nullable LocalDateTime countBound;
    private final ArrayDeque<LocalDateTime> ready = new ArrayDeque<>();
    private final List<LocalDateTime> period = new ArrayList<>();
    private final List<LocalDateTime> scratch = new ArrayList<>();
    private final List<LocalDate> dayScratch = new ArrayList<>();
    private long k;
    /** The start of period {@link #k}, computed once per period; null beyond the year 9999. */
    private @Nullable LocalDateTime kStart;
    private long lastProductive;
    private boolean exhausted;

    PeriodIterator(LocalDateTime from, @Nullable LocalDateTime countBound) {
      this.lowerBound = from.isAfter(start) ? from : start;
      this.countBound = countBound;
      long first = periodIndex(lowerBound);
      // A FORWARD skip can move a day of the previous period into this one.
      this.k = skip == Skip.FORWARD ? Math.max(0, first - 1) : first;
      this.lastProductive = k;
      this.kStart = periodStart(k);
    }

    @Override
    public boolean hasNext() {
      while (true) {
        LocalDateTime nextStart = exhausted ? null : kStart;
        if (!ready.isEmpty() && (nextStart == null || ready.peekFirst().isBefore(nextStart))) {
          return true;
        }
        if (nextStart == null || nextStart.isAfter(stopAfter)
            || (countBound != null && nextStart.isAfter(countBound))
            || k - lastProductive > cycleSteps) {
          exhausted = true;
          if (ready.isEmpty()) {
            return false;
          }
          continue;
        }
        period.clear();
        long nextK = expand(k, nextStart, period, dayScratch, scratch);
        if (!period.isEmpty()) {
          lastProductive = k;
        }
        addAll(period);
        k = nextK;
        kStart = periodStart(k);
      }
    }

    private void addAll(List<LocalDateTime> candidates) {
      for (LocalDateTime t : candidates) {
        if (t.isBefore(lowerBound) || t.isAfter(MAX) || !untilIncludes.test(t)
            || (countBound != null && t.isAfter(countBound))) {
          continue;
        }
        LocalDateTime last = ready.peekLast();
        if (last == null || last.isBefore(t)) {
          ready.addLast(t);
        } else if (!last.equals(t)) {
          insertSorted(t);
        }
      }
    }

    private void insertSorted(LocalDateTime t) {
      List<LocalDateTime> all = new ArrayList<>(ready);
      int i = Collections.binarySearch(all, t);
      if (i < 0) {
        all.add(-i - 1, t);
        ready.clear();
        ready.addAll(all);
      }
    }

    @Override
    public LocalDateTime next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.pollFirst();
    }
  }
}
