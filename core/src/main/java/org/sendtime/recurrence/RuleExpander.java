package org.sendtime.recurrence;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.math.LongMath;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
    if (!freq.isSubDaily() && times.length == 0) {
      // Only BYSECOND=60 was asked for: java.time has no leap seconds, so nothing ever matches.
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
    if (matchesDay(d, d.withDayOfMonth(1))) {
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
        units = ChronoUnit.DAYS.between(
            firstWeekStart, t.toLocalDate().with(TemporalAdjusters.previousOrSame(rule.weekStart()))) / 7;
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
  private long expand(long k, LocalDateTime periodStart, List<LocalDateTime> out, List<LocalDate> dayScratch) {
    dayScratch.clear();
    LocalDate date = periodStart.toLocalDate();
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
        for (int i = 0; i < 7; i++) {
          LocalDate d = date.plusDays(i);
          if (matchesDay(d, d.withDayOfMonth(1))) {
            dayScratch.add(d);
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
    private long lastProductive;
    private boolean exhausted;

    PeriodIterator(LocalDateTime from, @Nullable LocalDateTime countBound) {
      this.lowerBound = from.isAfter(start) ? from : start;
      this.countBound = countBound;
      long first = periodIndex(lowerBound);
      // A FORWARD skip can move a day of the previous period into this one.
      this.k = skip == Skip.FORWARD ? Math.max(0, first - 1) : first;
      this.lastProductive = k;
    }

    @Override
    public boolean hasNext() {
      while (true) {
        LocalDateTime nextStart = exhausted ? null : periodStart(k);
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
        long nextK = expand(k, nextStart, period, dayScratch);
        if (!period.isEmpty()) {
          lastProductive = k;
        }
        applySetPos(period, scratch);
        addAll(period);
        k = nextK;
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
