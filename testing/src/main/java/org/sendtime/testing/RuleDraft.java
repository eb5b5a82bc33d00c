package org.sendtime.testing;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.sendtime.recurrence.Frequency;
import org.sendtime.recurrence.RecurrenceRule;
import org.sendtime.recurrence.Skip;
import org.sendtime.recurrence.WeekdayNum;

/**
 * The parts of a rule as drawn, before {@link #toBuilder()} reconciles them into a valid rule.
 *
 * <p>The generators only draw parts that RFC 5545 allows for the frequency; this class resolves
 * the remaining interactions (ordinals next to {@code BYWEEKNO}, {@code BYSETPOS} without another
 * part) and steers away from rules that a period-by-period search takes centuries to find empty,
 * as described on {@link SendtimeArbitraries#recurrenceRules()}.
 *
 * <p>Instances are mutable and confined to one generation step.
 */
final class RuleDraft {
  final Frequency frequency;
  int interval = 1;
  @Nullable DayOfWeek weekStart;
  @Nullable Skip skip;
  Set<Integer> byMonth = Set.of();
  Set<Integer> byMonthDay = Set.of();
  Set<Integer> byYearDay = Set.of();
  Set<Integer> byWeekNo = Set.of();
  Set<Integer> byHour = Set.of();
  Set<Integer> byMinute = Set.of();
  Set<Integer> bySecond = Set.of();
  Set<Integer> bySetPos = Set.of();
  List<WeekdayNum> byDay = List.of();

  RuleDraft(Frequency frequency) {
    this.frequency = frequency;
  }

  /** Returns a builder of the reconciled rule, without {@code COUNT} or {@code UNTIL}. */
  RecurrenceRule.Builder toBuilder() {
    RecurrenceRule.Builder b = RecurrenceRule.builder(frequency);
    Set<Integer> seconds = bySecond;
    if (frequency.isSubDaily() && seconds.equals(Set.of(60))) {
      // A sub-daily rule that only fires in leap seconds sends a period-by-period search through
      // centuries of periods.
      seconds = Set.of();
    }
    b.interval(reconciledInterval(seconds));
    b.byMonth(ints(byMonth));
    b.byMonthDay(ints(byMonthDay));
    b.byYearDay(ints(byYearDay));
    b.byWeekNo(ints(byWeekNo));
    b.byHour(ints(byHour));
    b.byMinute(ints(byMinute));
    b.bySecond(ints(seconds));
    Set<WeekdayNum> days = new LinkedHashSet<>();
    for (WeekdayNum d : byDay) {
      days.add(byWeekNo.isEmpty() ? d : WeekdayNum.every(d.dayOfWeek()));
    }
    b.byDay(days.toArray(new WeekdayNum[0]));
    boolean otherParts = !(byMonth.isEmpty() && byMonthDay.isEmpty() && byYearDay.isEmpty()
        && byWeekNo.isEmpty() && byHour.isEmpty() && byMinute.isEmpty() && seconds.isEmpty()
        && days.isEmpty());
    if (otherParts && !bySetPos.isEmpty()) {
      b.bySetPos(ints(clampedSetPos(seconds, days)));
    }
    if (weekStart != null) {
      b.weekStart(weekStart);
    }
    if (skip != null) {
      b.rscaleGregorian().skip(skip);
    }
    return b;
  }

  /**
   * Keeps a sub-daily interval only where it visits every value of the frequency's own
   * {@code BYxxx} part: {@code FREQ=HOURLY;INTERVAL=2;BYHOUR=10} from 09:00 never matches, and
   * finding that out takes an engine a full 400-year cycle of periods.
   */
  private int reconciledInterval(Set<Integer> seconds) {
    switch (frequency) {
      case HOURLY:
        return byHour.isEmpty() || gcd(interval, 24) == 1 ? interval : 1;
      case MINUTELY:
        return byMinute.isEmpty() || gcd(interval, 60) == 1 ? interval : 1;
      case SECONDLY:
        return seconds.isEmpty() || gcd(interval, 60) == 1 ? interval : 1;
      default:
        return interval;
    }
  }

  /**
   * Folds {@code BYSETPOS} values into the size of a period's candidate set where that size is
   * known ({@code DAILY} and finer) or can be estimated, so that most rules keep occurrences.
   */
  private Set<Integer> clampedSetPos(Set<Integer> seconds, Set<WeekdayNum> days) {
    // Within one period, each time part coarser than the period expands it (or defaults to one
    // value from the start); parts finer than the period only filter.
    int realSeconds = (int) seconds.stream().filter(s -> s < 60).count();
    int timeCount = Math.max(1, realSeconds);
    if (frequency.compareTo(Frequency.MINUTELY) > 0) {
      timeCount *= Math.max(1, byMinute.size());
    }
    if (frequency.compareTo(Frequency.HOURLY) > 0) {
      timeCount *= Math.max(1, byHour.size());
    }
    if (frequency == Frequency.SECONDLY) {
      timeCount = 1;
    }
    int dayCount;
    switch (frequency) {
      case YEARLY:
        if (!byYearDay.isEmpty()) {
          dayCount = byYearDay.size();
        } else if (!byWeekNo.isEmpty()) {
          dayCount = byWeekNo.size() * Math.max(1, days.size());
        } else if (!byMonthDay.isEmpty()) {
          dayCount = byMonthDay.size() * (byMonth.isEmpty() ? 12 : byMonth.size());
        } else if (!days.isEmpty()) {
          dayCount = weekdaysPerMonth(days) * (byMonth.isEmpty() ? 12 : byMonth.size());
        } else {
          dayCount = byMonth.isEmpty() ? 1 : byMonth.size();
        }
        break;
      case MONTHLY:
        dayCount = !byMonthDay.isEmpty() ? byMonthDay.size() : days.isEmpty() ? 1 : weekdaysPerMonth(days);
        break;
      case WEEKLY:
        dayCount = Math.max(1, days.size());
        break;
      default:
        dayCount = 1;
    }
    int limit = Math.max(1, dayCount * timeCount);
    Set<Integer> out = new TreeSet<>();
    for (int p : bySetPos) {
      int folded = (Math.abs(p) - 1) % limit + 1;
      out.add(p < 0 ? -folded : folded);
    }
    return out;
  }

  private static int weekdaysPerMonth(Set<WeekdayNum> days) {
    int n = 0;
    for (WeekdayNum d : days) {
      n += d.hasOrdinal() ? 1 : 4;
    }
    return n;
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  private static int[] ints(Set<Integer> values) {
    List<Integer> list = new ArrayList<>(values);
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }
}
