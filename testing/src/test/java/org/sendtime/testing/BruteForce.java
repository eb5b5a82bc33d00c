package org.sendtime.testing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.sendtime.recurrence.Frequency;
import org.sendtime.recurrence.RecurrenceRule;
import org.sendtime.recurrence.Skip;
import org.sendtime.recurrence.WeekdayNum;

/**
 * A slow, obviously-correct reference for one RFC 5545 rule anchored at a start: it decides
 * whether a local date-time is an occurrence by reading RFC 5545 §3.3.10 literally, and lists
 * occurrences by trying every candidate.
 *
 * <p>The reading of the RFC, rule part by rule part:
 * <ul>
 *   <li>Periods are counted from the one that holds the start: calendar years, calendar months,
 *       weeks beginning on {@code WKST}, days, and clock hours, minutes and seconds. Only every
 *       {@code INTERVAL}-th period is used.
 *   <li>Every {@code BYxxx} part is a filter on candidates; "expand" and "limit" in the RFC's
 *       table describe the same set. The values a rule leaves out come from {@code DTSTART}
 *       (§3.3.10, "information, not contained in the rule ... are derived from the Start
 *       Time"): the time of day for daily and coarser rules (and the minute and second for
 *       finer ones), the weekday of a weekly rule, the day of the month of a monthly rule, and
 *       the month and day of a yearly rule without day parts. A yearly rule with
 *       {@code BYWEEKNO} and no other day part takes the weekday of the start.
 *   <li>{@code BYDAY} ordinals count within the month for {@code MONTHLY} rules and yearly rules
 *       with {@code BYMONTH}, and within the year otherwise.
 *   <li>{@code BYWEEKNO} numbers weeks starting on {@code WKST}; week 1 is the first that has at
 *       least four days in the year. A day is numbered within the year that owns its week (so
 *       December 30 can be in week 1), and negative numbers count back from that year's last
 *       week.
 *   <li>{@code BYSETPOS} picks positions from all candidates of a period, counting candidates
 *       before the start, as common implementations do; only then are candidates before the
 *       start dropped.
 *   <li>{@code COUNT} counts occurrences from the start; {@code UNTIL} is inclusive, and a UTC
 *       {@code UNTIL} is compared with the occurrence resolved in the set's zone (or read as UTC
 *       for a floating set).
 *   <li>{@code BYSECOND=60} never matches: java.time has no leap seconds. Nothing after the
 *       year 9999 is produced.
 * </ul>
 *
 * <p>RFC 7529's {@code SKIP=BACKWARD} and {@code SKIP=FORWARD} are not modelled; constructing a
 * reference for such a rule fails. {@code RSCALE=GREGORIAN} with the default {@code SKIP=OMIT}
 * is plain RFC 5545.
 */
final class BruteForce {
  private static final LocalDateTime LAST = LocalDateTime.of(9999, 12, 31, 23, 59, 59);

  private final RecurrenceRule rule;
  private final LocalDateTime start;
  private final @Nullable ZoneId zone;
  private final Frequency freq;
  private final int interval;
  private final DayOfWeek wkst;
  /** Every time of day a candidate may have, sorted. */
  private final List<LocalTime> times;
  private final Set<Integer> months;
  private final Set<Integer> monthDays;
  private final @Nullable DayOfWeek defaultWeekday;
  private final List<LocalDateTime> periodCache = new ArrayList<>();
  private @Nullable LocalDateTime cachedPeriod;

  /**
   * Creates a reference for a rule.
   *
   * @param rule  the rule, without {@code SKIP} other than {@code OMIT}
   * @param start  the start ({@code DTSTART}) as a local date-time
   * @param zone  the zone of the set, null if floating
   */
  BruteForce(RecurrenceRule rule, LocalDateTime start, @Nullable ZoneId zone) {
    if (rule.skip() != Skip.OMIT) {
      throw new IllegalArgumentException("SKIP=" + rule.skip() + " is not modelled: " + rule);
    }
    this.rule = rule;
    this.start = start;
    this.zone = zone;
    this.freq = rule.frequency();
    this.interval = rule.interval();
    this.wkst = rule.weekStart();
    boolean noDayParts = rule.byDay().isEmpty() && rule.byMonthDay().isEmpty()
        && rule.byYearDay().isEmpty() && rule.byWeekNo().isEmpty();
    if (!rule.byMonth().isEmpty()) {
      months = rule.byMonth();
    } else if (freq == Frequency.YEARLY && noDayParts) {
      months = Set.of(start.getMonthValue());
    } else {
      months = Set.of();
    }
    if (!rule.byMonthDay().isEmpty()) {
      monthDays = rule.byMonthDay();
    } else if ((freq == Frequency.MONTHLY && rule.byDay().isEmpty())
        || (freq == Frequency.YEARLY && noDayParts)) {
      monthDays = Set.of(start.getDayOfMonth());
    } else {
      monthDays = Set.of();
    }
    if (rule.byDay().isEmpty()
        && (freq == Frequency.WEEKLY
            || (freq == Frequency.YEARLY && !rule.byWeekNo().isEmpty()
                && rule.byMonthDay().isEmpty() && rule.byYearDay().isEmpty()))) {
      defaultWeekday = start.getDayOfWeek();
    } else {
      defaultWeekday = null;
    }
    List<Integer> hours = timeValues(rule.byHour(), 24, Frequency.DAILY, start.getHour());
    List<Integer> minutes = timeValues(rule.byMinute(), 60, Frequency.HOURLY, start.getMinute());
    List<Integer> seconds = timeValues(rule.bySecond(), 60, Frequency.MINUTELY, start.getSecond());
    List<LocalTime> all = new ArrayList<>();
    for (int h : hours) {
      for (int m : minutes) {
        for (int s : seconds) {
          all.add(LocalTime.of(h, m, s));
        }
      }
    }
    this.times = all;
  }

  /** The values of a time part: the rule's (without 60), the start's, or all of them. */
  private List<Integer> timeValues(Set<Integer> byPart, int limit, Frequency defaultFrom, int fromStart) {
    List<Integer> out = new ArrayList<>();
    if (!byPart.isEmpty()) {
      for (int v : new TreeSet<>(byPart)) {
        if (v < limit) {
          out.add(v);
        }
      }
    } else if (freq.compareTo(defaultFrom) >= 0) {
      out.add(fromStart);
    } else {
      for (int v = 0; v < limit; v++) {
        out.add(v);
      }
    }
    return out;
  }

  /**
   * Lists the occurrences of the rule in {@code [from, to)}, honouring {@code COUNT} (counted
   * from the start) and {@code UNTIL}.
   *
   * @param from  the first local date-time, inclusive
   * @param to  the end, exclusive
   * @return the occurrences, increasing
   */
  List<LocalDateTime> between(LocalDateTime from, LocalDateTime to) {
    List<LocalDateTime> out = new ArrayList<>();
    boolean counting = rule.count().isPresent();
    int remaining = rule.count().orElse(Integer.MAX_VALUE);
    LocalDateTime begin = counting || from.isBefore(start) ? start : from;
    LocalDateTime end = to.isAfter(LAST) ? LAST.plusSeconds(1) : to;
    for (LocalDate d = begin.toLocalDate(); !d.isAfter(end.toLocalDate()) && remaining > 0; d = d.plusDays(1)) {
      if (!dayMatches(d)) {
        continue;
      }
      int i = d.equals(begin.toLocalDate()) ? firstTimeAtOrAfter(begin.toLocalTime()) : 0;
      for (; i < times.size() && remaining > 0; i++) {
        LocalDateTime t = d.atTime(times.get(i));
        if (!t.isBefore(end)) {
          break;
        }
        if (!inActivePeriod(t) || !setPosMatches(t) || !withinUntil(t)) {
          continue;
        }
        remaining--;
        if (!t.isBefore(from)) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /**
   * Checks whether a local date-time is an occurrence, honouring {@code COUNT} and
   * {@code UNTIL}.
   *
   * @param t  the local date-time
   * @return true if the rule produces it
   */
  boolean matches(LocalDateTime t) {
    if (!matchesIgnoringCount(t)) {
      return false;
    }
    if (rule.count().isEmpty()) {
      return true;
    }
    List<LocalDateTime> upToT = between(start, t.plusSeconds(1));
    return !upToT.isEmpty() && upToT.get(upToT.size() - 1).equals(t);
  }

  private boolean matchesIgnoringCount(LocalDateTime t) {
    return !t.isBefore(start) && !t.isAfter(LAST)
        && dayMatches(t.toLocalDate())
        && Collections.binarySearch(times, t.toLocalTime()) >= 0
        && inActivePeriod(t)
        && setPosMatches(t)
        && withinUntil(t);
  }

  private int firstTimeAtOrAfter(LocalTime time) {
    int i = Collections.binarySearch(times, time);
    return i < 0 ? -i - 1 : i;
  }

  // ---------------------------------------------------------------------------------------------
  // Filters

  /** The day-level parts and, for daily and coarser rules, the period alignment. */
  private boolean dayMatches(LocalDate d) {
    if (!freq.isSubDaily() && periodIndex(d.atStartOfDay()) % interval != 0) {
      return false;
    }
    return byPartsMatchDay(d);
  }

  private boolean byPartsMatchDay(LocalDate d) {
    if (!months.isEmpty() && !months.contains(d.getMonthValue())) {
      return false;
    }
    if (!rule.byWeekNo().isEmpty()) {
      int[] week = weekNumber(d);
      if (!rule.byWeekNo().contains(week[0]) && !rule.byWeekNo().contains(week[0] - week[1] - 1)) {
        return false;
      }
    }
    if (!rule.byYearDay().isEmpty()) {
      int doy = d.getDayOfYear();
      if (!rule.byYearDay().contains(doy) && !rule.byYearDay().contains(doy - d.lengthOfYear() - 1)) {
        return false;
      }
    }
    if (!monthDays.isEmpty()) {
      int dom = d.getDayOfMonth();
      if (!monthDays.contains(dom) && !monthDays.contains(dom - d.lengthOfMonth() - 1)) {
        return false;
      }
    }
    if (defaultWeekday != null && d.getDayOfWeek() != defaultWeekday) {
      return false;
    }
    if (!rule.byDay().isEmpty()) {
      boolean any = false;
      for (WeekdayNum w : rule.byDay()) {
        any |= weekdayMatches(w, d);
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  private boolean weekdayMatches(WeekdayNum w, LocalDate d) {
    if (w.dayOfWeek() != d.getDayOfWeek()) {
      return false;
    }
    int n = w.ordinal();
    if (n == 0) {
      return true;
    }
    boolean inYear = freq == Frequency.YEARLY && rule.byMonth().isEmpty();
    // The same weekday recurs every 7 days, so the k-th one of the month (or year) falls on
    // days 7k-6 to 7k, and the k-th from the end on the k-th block of 7 days from the end.
    int index = inYear ? d.getDayOfYear() : d.getDayOfMonth();
    int length = inYear ? d.lengthOfYear() : d.lengthOfMonth();
    int fromStart = (index - 1) / 7 + 1;
    int fromEnd = (length - index) / 7 + 1;
    return n > 0 ? fromStart == n : fromEnd == -n;
  }

  /**
   * Numbers the week of a day as RFC 5545 does: weeks start on {@code WKST}, and a week belongs
   * to the year that holds at least four of its days, that is, the year of its fourth day.
   *
   * @return the week number and the number of weeks of the year that owns the week
   */
  private int[] weekNumber(LocalDate d) {
    LocalDate weekStart = startOfWeek(d);
    int owner = weekStart.plusDays(3).getYear();
    LocalDate firstWeek = startOfWeek(LocalDate.of(owner, 1, 4));
    LocalDate nextFirstWeek = startOfWeek(LocalDate.of(owner + 1, 1, 4));
    int number = (int) (ChronoUnit.DAYS.between(firstWeek, weekStart) / 7) + 1;
    int weeks = (int) (ChronoUnit.DAYS.between(firstWeek, nextFirstWeek) / 7);
    return new int[] {number, weeks};
  }

  private LocalDate startOfWeek(LocalDate d) {
    int back = (d.getDayOfWeek().getValue() - wkst.getValue() + 7) % 7;
    return d.minusDays(back);
  }

  /** Whether the period holding {@code t} is one of every {@code INTERVAL} from the start's. */
  private boolean inActivePeriod(LocalDateTime t) {
    return periodIndex(t) % interval == 0;
  }

  /** The number of periods between the start's and the one holding {@code t}. */
  private long periodIndex(LocalDateTime t) {
    switch (freq) {
      case YEARLY:
        return t.getYear() - start.getYear();
      case MONTHLY:
        return (t.getYear() - start.getYear()) * 12L + t.getMonthValue() - start.getMonthValue();
      case WEEKLY:
        return ChronoUnit.DAYS.between(startOfWeek(start.toLocalDate()), startOfWeek(t.toLocalDate())) / 7;
      case DAILY:
        return ChronoUnit.DAYS.between(start.toLocalDate(), t.toLocalDate());
      case HOURLY:
        return ChronoUnit.HOURS.between(start.truncatedTo(ChronoUnit.HOURS), t.truncatedTo(ChronoUnit.HOURS));
      case MINUTELY:
        return ChronoUnit.MINUTES.between(
            start.truncatedTo(ChronoUnit.MINUTES), t.truncatedTo(ChronoUnit.MINUTES));
      default:
        return ChronoUnit.SECONDS.between(start, t);
    }
  }

  private boolean setPosMatches(LocalDateTime t) {
    if (rule.bySetPos().isEmpty()) {
      return true;
    }
    List<LocalDateTime> set = periodCandidates(t);
    int index = set.indexOf(t);
    if (index < 0) {
      return false;
    }
    return rule.bySetPos().contains(index + 1) || rule.bySetPos().contains(index - set.size());
  }

  /** Every candidate of the period holding {@code t}, before BYSETPOS and before the start too. */
  private List<LocalDateTime> periodCandidates(LocalDateTime t) {
    LocalDateTime first = periodStart(t);
    if (first.equals(cachedPeriod)) {
      return periodCache;
    }
    LocalDateTime next = nextPeriodStart(first);
    periodCache.clear();
    for (LocalDate d = first.toLocalDate(); d.atStartOfDay().isBefore(next); d = d.plusDays(1)) {
      if (!byPartsMatchDay(d)) {
        continue;
      }
      for (int i = firstTimeAtOrAfter(d.equals(first.toLocalDate()) ? first.toLocalTime() : LocalTime.MIDNIGHT);
          i < times.size(); i++) {
        LocalDateTime c = d.atTime(times.get(i));
        if (!c.isBefore(next)) {
          break;
        }
        periodCache.add(c);
      }
    }
    cachedPeriod = first;
    return periodCache;
  }

  private LocalDateTime periodStart(LocalDateTime t) {
    switch (freq) {
      case YEARLY:
        return t.toLocalDate().withDayOfYear(1).atStartOfDay();
      case MONTHLY:
        return t.toLocalDate().withDayOfMonth(1).atStartOfDay();
      case WEEKLY:
        return startOfWeek(t.toLocalDate()).atStartOfDay();
      case DAILY:
        return t.toLocalDate().atStartOfDay();
      case HOURLY:
        return t.truncatedTo(ChronoUnit.HOURS);
      case MINUTELY:
        return t.truncatedTo(ChronoUnit.MINUTES);
      default:
        return t;
    }
  }

  private LocalDateTime nextPeriodStart(LocalDateTime first) {
    switch (freq) {
      case YEARLY:
        return first.plusYears(1);
      case MONTHLY:
        return first.plusMonths(1);
      case WEEKLY:
        return first.plusWeeks(1);
      case DAILY:
        return first.plusDays(1);
      case HOURLY:
        return first.plusHours(1);
      case MINUTELY:
        return first.plusMinutes(1);
      default:
        return first.plusSeconds(1);
    }
  }

  private boolean withinUntil(LocalDateTime t) {
    Temporal until = rule.until().orElse(null);
    if (until == null) {
      return true;
    }
    if (until instanceof LocalDate) {
      return !t.toLocalDate().isAfter((LocalDate) until);
    }
    if (until instanceof LocalDateTime) {
      return !t.isAfter((LocalDateTime) until);
    }
    Instant u = (Instant) until;
    if (zone == null) {
      return !t.isAfter(LocalDateTime.ofInstant(u, ZoneOffset.UTC));
    }
    return !ZonedDateTime.of(t, zone).toInstant().isAfter(u);
  }
}
