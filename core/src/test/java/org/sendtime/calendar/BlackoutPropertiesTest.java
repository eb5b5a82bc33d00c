package org.sendtime.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * The laws of blackout dates, checked against a day-by-day walk over a model that reads the
 * definitions directly with java.time, on random definitions and random dates from 1970 to 2100.
 */
class BlackoutPropertiesTest {
  private static final LocalDate FIRST = LocalDate.of(1970, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2100, 12, 31);
  /** Longer than any run of a valid definition: eight years of a leap-day gap, around 2100. */
  private static final int LONGEST_RUN = 4000;

  @Property(tries = 1000)
  void contains_matchesModel(@ForAll("specs") Spec spec, @ForAll("dates") LocalDate date) {
    BlackoutDates dates = spec.build();
    for (LocalDate day = date.minusDays(40); !day.isAfter(date.plusDays(40)); day = day.plusDays(1)) {
      assertThat(dates.contains(day)).as("%s on %s", spec, day).isEqualTo(spec.covers(day));
    }
  }

  @Property(tries = 1000)
  void nextUncovered_isFirstUncoveredDateDayByDay(@ForAll("specs") Spec spec, @ForAll("dates") LocalDate date) {
    LocalDate expected = date;
    for (int steps = 0; spec.covers(expected); steps++) {
      assertThat(steps).as("run of %s from %s", spec, date).isLessThan(LONGEST_RUN);
      expected = expected.plusDays(1);
    }
    assertThat(spec.build().nextUncovered(date)).isEqualTo(expected);
  }

  @Property(tries = 1000)
  void rangeContaining_isMaximalRunDayByDay(@ForAll("specs") Spec spec, @ForAll("dates") LocalDate date) {
    Optional<LocalDateRange> run = spec.build().rangeContaining(date);
    if (!spec.covers(date)) {
      assertThat(run).isEmpty();
      return;
    }
    LocalDate start = date;
    while (spec.covers(start.minusDays(1))) {
      start = start.minusDays(1);
      assertThat(ChronoUnit.DAYS.between(start, date)).isLessThan(LONGEST_RUN);
    }
    LocalDate end = date;
    while (spec.covers(end.plusDays(1))) {
      end = end.plusDays(1);
      assertThat(ChronoUnit.DAYS.between(date, end)).isLessThan(LONGEST_RUN);
    }
    assertThat(run).contains(LocalDateRange.ofClosed(start, end));
  }

  @Property(tries = 1000)
  void nextCoveredDay_isFirstCoveredDateDayByDay(@ForAll("specs") Spec spec, @ForAll("dates") LocalDate date) {
    long actual = spec.build().nextCoveredDay(date);
    // Nothing is covered before the first date of a range or the lower bound, so walk from there.
    LocalDate lowest = spec.kind == Kind.RANGE ? Objects.requireNonNull(spec.start) : spec.from;
    LocalDate day = lowest != null && lowest.isAfter(date) ? lowest : date;
    for (int steps = 0; steps < LONGEST_RUN; steps++, day = day.plusDays(1)) {
      if (spec.covers(day)) {
        assertThat(actual).as("%s from %s", spec, date).isEqualTo(day.toEpochDay());
        return;
      }
    }
    // Recurring dates come back within eight years, so only a bound or a range's end leaves
    // nothing more to cover.
    assertThat(actual).as("%s from %s", spec, date).isEqualTo(BlackoutDates.NO_DAY);
  }

  @Property(tries = 1000)
  void nextAvailableDate_isFirstFreeDateDayByDay(
      @ForAll("specLists") List<Spec> specs, @ForAll("dates") LocalDate date) {
    LocalDate expected = date;
    while (coveredByAny(specs, expected)) {
      expected = expected.plusDays(1);
      // A random union may cover every date; the day-by-day walk cannot tell, so skip it.
      Assume.that(ChronoUnit.DAYS.between(date, expected) < 3 * LONGEST_RUN);
    }
    assertThat(Blackouts.nextAvailableDate(date, blackouts(specs))).contains(expected);
  }

  @Property(tries = 1000)
  void extendDeadline_countsFreeDaysDayByDay(@ForAll("specLists") List<Spec> specs,
      @ForAll("dates") LocalDate start, @ForAll @IntRange(min = 0, max = 400) int spanDays) {
    LocalDate deadline = start.plusDays(spanDays);
    long needed = spanDays + 1L;
    LocalDate expected = start.minusDays(1);
    while (needed > 0) {
      expected = expected.plusDays(1);
      if (!coveredByAny(specs, expected)) {
        needed--;
      }
      Assume.that(ChronoUnit.DAYS.between(deadline, expected) < 3 * LONGEST_RUN);
    }
    assertThat(Blackouts.extendDeadline(start, deadline, blackouts(specs))).contains(expected);
  }

  private static boolean coveredByAny(List<Spec> specs, LocalDate date) {
    return specs.stream().anyMatch(spec -> spec.covers(date));
  }

  private static List<Blackout> blackouts(List<Spec> specs) {
    List<Blackout> blackouts = new ArrayList<>();
    for (Spec spec : specs) {
      blackouts.add(Blackout.of(spec.toString(), spec.build()));
    }
    return blackouts;
  }

  //-----------------------------------------------------------------------
  @Provide
  Arbitrary<LocalDate> dates() {
    Arbitrary<LocalDate> any = Arbitraries.longs().between(FIRST.toEpochDay(), LAST.toEpochDay())
        .map(LocalDate::ofEpochDay);
    // Month starts and ends hold the edge cases of every kind: quarter, year and leap-day edges.
    Arbitrary<LocalDate> nearMonthEdge = Combinators.combine(
            Arbitraries.integers().between(FIRST.getYear(), LAST.getYear()),
            Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(-3, 3))
        .as((year, month, offset) -> {
          YearMonth yearMonth = YearMonth.of(year, month);
          return offset < 0 ? yearMonth.atEndOfMonth().plusDays(offset + 1L) : yearMonth.atDay(offset + 1);
        });
    return Arbitraries.oneOf(any, nearMonthEdge);
  }

  @Provide
  Arbitrary<List<Spec>> specLists() {
    return specs().list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<Spec> specs() {
    Arbitrary<Integer> quarterDays = Arbitraries.integers().between(1, 92);
    Arbitrary<Integer> monthDays = Arbitraries.integers().between(1, 31);
    Arbitrary<MonthDay> monthDay = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 366).map(day -> MonthDay.from(LocalDate.ofYearDay(2024, day))),
        Arbitraries.of(MonthDay.of(2, 29), MonthDay.of(2, 28), MonthDay.of(3, 1), MonthDay.of(1, 1),
            MonthDay.of(12, 31)));
    Arbitrary<Spec> unbounded = Arbitraries.oneOf(
        Combinators.combine(dates(), Arbitraries.integers().between(0, 400))
            .as((first, length) -> new Spec(Kind.RANGE, 0, length, null, null, first)),
        Combinators.combine(monthDay, monthDay).as((first, last) -> new Spec(Kind.YEARLY, 0, 0, first, last, null)),
        Combinators.combine(quarterDays, quarterDays).as((first, last) -> new Spec(Kind.QUARTERLY, first, last, null, null, null)),
        quarterDays.map(days -> new Spec(Kind.QUARTERLY, -days, -1, null, null, null)),
        Combinators.combine(monthDays, monthDays).as((first, last) -> new Spec(Kind.MONTHLY, first, last, null, null, null)),
        monthDays.map(days -> new Spec(Kind.MONTHLY, -days, -1, null, null, null)));
    Arbitrary<@Nullable LocalDate> bound = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(null)),
        Tuple.of(1, dates()));
    return Combinators.combine(unbounded, bound, bound)
        .as((spec, from, until) -> spec.bounded(from, until))
        .filter(Spec::isValid);
  }

  enum Kind { RANGE, YEARLY, QUARTERLY, MONTHLY }

  /** A definition of blackout dates and a model of what it covers, read directly from it. */
  static final class Spec {
    final Kind kind;
    /** Day numbers, negative from the end; for a range, 0 and its length in days minus one. */
    final int first;
    final int last;
    final @Nullable MonthDay firstMonthDay;
    final @Nullable MonthDay lastMonthDay;
    /** The first date of a range. */
    final @Nullable LocalDate start;
    final @Nullable LocalDate from;
    final @Nullable LocalDate until;

    Spec(Kind kind, int first, int last, @Nullable MonthDay firstMonthDay, @Nullable MonthDay lastMonthDay,
        @Nullable LocalDate start) {
      this(kind, first, last, firstMonthDay, lastMonthDay, start, null, null);
    }

    private Spec(Kind kind, int first, int last, @Nullable MonthDay firstMonthDay, @Nullable MonthDay lastMonthDay,
        @Nullable LocalDate start, @Nullable LocalDate from, @Nullable LocalDate until) {
      this.kind = kind;
      this.first = first;
      this.last = last;
      this.firstMonthDay = firstMonthDay;
      this.lastMonthDay = lastMonthDay;
      this.start = start;
      this.from = from;
      this.until = until;
    }

    /** Bounds a recurring definition; a fixed range keeps its own ends. */
    Spec bounded(@Nullable LocalDate lower, @Nullable LocalDate upper) {
      if (kind == Kind.RANGE) {
        return this;
      }
      boolean swap = lower != null && upper != null && lower.isAfter(upper);
      return new Spec(kind, first, last, firstMonthDay, lastMonthDay, start, swap ? upper : lower, swap ? lower : upper);
    }

    boolean isValid() {
      try {
        build();
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    BlackoutDates build() {
      BlackoutDates dates;
      switch (kind) {
        case RANGE:
          LocalDate rangeStart = Objects.requireNonNull(start);
          return BlackoutDates.between(rangeStart, rangeStart.plusDays(last));
        case YEARLY:
          dates = BlackoutDates.yearly(md(firstMonthDay), md(lastMonthDay));
          break;
        case QUARTERLY:
          dates = first < 0 ? BlackoutDates.lastDaysOfQuarter(-first) : BlackoutDates.quarterly(first, last);
          break;
        default:
          dates = first < 0 ? BlackoutDates.lastDaysOfMonth(-first) : BlackoutDates.monthly(first, last);
          break;
      }
      if (from != null) {
        dates = dates.from(from);
      }
      if (until != null) {
        dates = dates.until(until);
      }
      return dates;
    }

    boolean covers(LocalDate date) {
      if ((from != null && date.isBefore(from)) || (until != null && date.isAfter(until))) {
        return false;
      }
      switch (kind) {
        case RANGE:
          LocalDate rangeStart = Objects.requireNonNull(start);
          return !date.isBefore(rangeStart) && !date.isAfter(rangeStart.plusDays(last));
        case YEARLY:
          boolean yearWraps = md(firstMonthDay).isAfter(md(lastMonthDay));
          for (int year = date.getYear() - 1; year <= date.getYear(); year++) {
            LocalDate occurrenceFirst = inYear(md(firstMonthDay), year, true);
            LocalDate occurrenceLast = inYear(md(lastMonthDay), yearWraps ? year + 1 : year, false);
            if (!date.isBefore(occurrenceFirst) && !date.isAfter(occurrenceLast)) {
              return true;
            }
          }
          return false;
        default:
          int months = kind == Kind.QUARTERLY ? 3 : 1;
          boolean wraps = first > 0 && first > last;
          LocalDate periodStart = date.withDayOfMonth(1).minusMonths((date.getMonthValue() - 1) % months);
          for (LocalDate period = periodStart.minusMonths(months); !period.isAfter(periodStart);
              period = period.plusMonths(months)) {
            LocalDate occurrenceFirst = nthDay(period, months, first);
            LocalDate occurrenceLast = nthDay(wraps ? period.plusMonths(months) : period, months, last);
            if (!date.isBefore(occurrenceFirst) && !date.isAfter(occurrenceLast)) {
              return true;
            }
          }
          return false;
      }
    }

    private static LocalDate nthDay(LocalDate periodStart, int months, int dayNumber) {
      LocalDate next = periodStart.plusMonths(months);
      long length = ChronoUnit.DAYS.between(periodStart, next);
      return dayNumber > 0
          ? periodStart.plusDays(Math.min(dayNumber, length) - 1)
          : next.minusDays(Math.min(-dayNumber, length));
    }

    private static LocalDate inYear(MonthDay monthDay, int year, boolean first) {
      if (monthDay.equals(MonthDay.of(2, 29)) && !Year.isLeap(year)) {
        return first ? LocalDate.of(year, 3, 1) : LocalDate.of(year, 2, 28);
      }
      return monthDay.atYear(year);
    }

    private static MonthDay md(@Nullable MonthDay monthDay) {
      return Objects.requireNonNull(monthDay);
    }

    @Override
    public String toString() {
      return build().toString();
    }
  }
}
