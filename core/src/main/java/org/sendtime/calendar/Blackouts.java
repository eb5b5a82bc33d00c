package org.sendtime.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Date arithmetic over several blackouts: the next date none of them covers, and deadlines
 * extended by the blackout days inside their span.
 *
 * <p>These functions look at the dates of every blackout given, whatever its scope and action.
 * A caller that works for one send first keeps the blackouts that apply to it with
 * {@link #applicable(Iterable, String, String)}, and usually only those that
 * {@link BlackoutAction#DELAY delay}.
 *
 * <p>Both searches jump from one run of covered dates to the next rather than stepping day by
 * day, so their cost grows with the number of runs they cross and the number of blackouts, not
 * with the number of days. A search that finds no date stops once it has seen that the
 * blackouts cover every date from some point on: after their last fixed end or validity bound,
 * recurring dates repeat every 400 years, so one such cycle fully covered is proof.
 *
 * <p>This class holds only static functions of their arguments.
 */
public final class Blackouts {
  private static final long MAX_DAY = LocalDate.MAX.toEpochDay();
  private static final long DAYS_PER_400_YEARS = 146_097;

  private Blackouts() {}

  /**
   * Obtains the blackouts that apply to a send of a campaign to a contact in a location.
   *
   * @param blackouts  the blackouts, not null, no null elements
   * @param campaignId  the id of the send's campaign, null if it has none
   * @param location  the contact's location, null if it has none
   * @return the blackouts whose scope applies, in their given order, not null
   */
  public static ImmutableList<Blackout> applicable(
      Iterable<Blackout> blackouts, @Nullable String campaignId, @Nullable String location) {
    checkNotNull(blackouts, "blackouts");
    ImmutableList.Builder<Blackout> applicable = ImmutableList.builder();
    for (Blackout blackout : blackouts) {
      if (checkNotNull(blackout, "blackouts element").appliesTo(campaignId, location)) {
        applicable.add(blackout);
      }
    }
    return applicable.build();
  }

  /**
   * Finds the first date on or after a date that none of the blackouts covers.
   *
   * <pre>
   * Blackout close = Blackout.of("quarter close", BlackoutDates.lastDaysOfQuarter(5));
   * Blackout holidays = Blackout.of("new year", BlackoutDates.yearly(MonthDay.of(1, 1), MonthDay.of(1, 2)));
   * Blackouts.nextAvailableDate(LocalDate.of(2026, 12, 28), List.of(close, holidays));   // 2027-01-03
   * </pre>
   *
   * @param from  the date to start from, inclusive, not null
   * @param blackouts  the blackouts, of any scope and action, not null, no null elements
   * @return the date itself if no blackout covers it, else the first later date that none
   *     covers; empty if the blackouts together cover every date from {@code from} on (up to
   *     {@link LocalDate#MAX}), not null
   */
  public static Optional<LocalDate> nextAvailableDate(LocalDate from, Iterable<Blackout> blackouts) {
    checkNotNull(from, "from");
    ImmutableList<BlackoutDates> dates = datesOf(blackouts);
    long day = nextAvailableDay(from.toEpochDay(), dates);
    if (day == BlackoutDates.NO_DAY) {
      return Optional.empty();
    }
    return Optional.of(day == from.toEpochDay() ? from : LocalDate.ofEpochDay(day));
  }

  /**
   * Extends a deadline by the blackout days inside its span.
   *
   * <p>The span from {@code start} to {@code deadline}, both inclusive, holds some number of
   * days; the extended deadline is the date by which the same number of days free of every
   * blackout have passed since {@code start}. In other words it is the earliest date, on or
   * after the deadline, such that the free days from {@code start} to it, both inclusive, are as
   * many as the days from {@code start} to the deadline. Every blacked-out day in the span pushes
   * the deadline one free day later, and blacked-out days met on the way are skipped too.
   *
   * <p>For example, with a yearly freeze from December 24 to January 2, a task starting on
   * December 20 and due on December 31 spans 12 days, of which only December 20 to 23 are free;
   * the 8 days it lost are made up by January 3 to 10, so the extended deadline is January 10.
   * A span no blackout touches keeps its deadline.
   *
   * <p>The cost grows with the number of runs of blacked-out days between {@code start} and the
   * extended deadline, times the number of blackouts.
   *
   * @param start  the first day of the span, inclusive, not null
   * @param deadline  the last day of the span, inclusive, on or after the start, not null
   * @param blackouts  the blackouts, of any scope and action, not null, no null elements
   * @return the extended deadline, on or after {@code deadline}; empty if the blackouts together
   *     cover every date from some point on before enough free days have passed, or if the
   *     extended deadline would be after {@link LocalDate#MAX}, not null
   * @throws IllegalArgumentException if the start is after the deadline
   */
  public static Optional<LocalDate> extendDeadline(LocalDate start, LocalDate deadline, Iterable<Blackout> blackouts) {
    checkNotNull(start, "start");
    checkNotNull(deadline, "deadline");
    checkArgument(!start.isAfter(deadline), "Invalid span: start %s is after deadline %s", start, deadline);
    ImmutableList<BlackoutDates> dates = datesOf(blackouts);
    long needed = deadline.toEpochDay() - start.toEpochDay() + 1;
    long day = start.toEpochDay();
    while (true) {
      day = nextAvailableDay(day, dates);
      if (day == BlackoutDates.NO_DAY) {
        return Optional.empty();
      }
      long covered = nextCoveredDay(day, dates);
      if (covered == BlackoutDates.NO_DAY || covered - day >= needed) {
        long result = day + needed - 1;
        return result > MAX_DAY ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(result));
      }
      needed -= covered - day;
      day = covered;
    }
  }

  private static ImmutableList<BlackoutDates> datesOf(Iterable<Blackout> blackouts) {
    checkNotNull(blackouts, "blackouts");
    ImmutableList.Builder<BlackoutDates> dates = ImmutableList.builder();
    for (Blackout blackout : blackouts) {
      dates.add(checkNotNull(blackout, "blackouts element").dates());
    }
    return dates.build();
  }

  /** Finds the epoch day of the first date on or after a day that none of the dates covers. */
  private static long nextAvailableDay(long from, ImmutableList<BlackoutDates> dates) {
    long settled = Long.MIN_VALUE;
    for (BlackoutDates each : dates) {
      settled = Math.max(settled, each.settledAfterDay());
    }
    // After the last bound the union repeats every 400 years: if a whole cycle from there is
    // covered, every later date is too.
    long cycleStart = settled == Long.MIN_VALUE ? from : Math.max(from, settled + 1);
    long limit = Math.min(MAX_DAY, cycleStart + DAYS_PER_400_YEARS - 1);
    long day = from;
    boolean moved = true;
    while (moved) {
      if (day > limit) {
        return BlackoutDates.NO_DAY;
      }
      moved = false;
      LocalDate date = LocalDate.ofEpochDay(day);
      for (BlackoutDates each : dates) {
        long next = each.nextUncoveredDay(date);
        if (next == BlackoutDates.NO_DAY) {
          return BlackoutDates.NO_DAY;
        }
        if (next != day) {
          day = next;
          moved = true;
          if (day > limit) {
            return BlackoutDates.NO_DAY;
          }
          date = LocalDate.ofEpochDay(day);
        }
      }
    }
    return day;
  }

  /** Finds the epoch day of the first date on or after a day that one of the dates covers. */
  private static long nextCoveredDay(long from, ImmutableList<BlackoutDates> dates) {
    LocalDate date = LocalDate.ofEpochDay(from);
    long first = BlackoutDates.NO_DAY;
    for (BlackoutDates each : dates) {
      first = Math.min(first, each.nextCoveredDay(date));
    }
    return first;
  }
}
