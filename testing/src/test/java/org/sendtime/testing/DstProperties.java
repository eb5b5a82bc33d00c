package org.sendtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;
import org.sendtime.recurrence.Frequency;
import org.sendtime.recurrence.RecurrenceRule;
import org.sendtime.recurrence.RecurrenceSet;

/** At daylight-saving transitions, a rule fires once per wall-clock time, never twice. */
class DstProperties {

  /**
   * A rule of a day or shorter, started a little before a transition and streamed across it,
   * gives strictly increasing instants: none twice, whether its wall-clock times fall in a gap
   * or in an overlap.
   */
  @Property(tries = 1000)
  void acrossTransition_noInstantTwice(
      @ForAll("edges") ZonedDateTime edge,
      @ForAll("denseRules") RecurrenceRule rule,
      @ForAll @IntRange(min = 0, max = 40) int periodsBefore) {
    // Far enough before the edge that the stream crosses it after some occurrences.
    LocalDateTime start = edge.toLocalDateTime()
        .minus((long) periodsBefore * rule.interval(), unit(rule.frequency()));
    RecurrenceSet set = RecurrenceSet.builder(start).zone(edge.getZone()).rule(rule).build();
    List<Instant> instants = set.occurrences().limit(Fixtures.TAKE * 2)
        .map(ZonedDateTime::toInstant)
        .collect(Collectors.toList());
    assertThat(instants).as("occurrences of%n%s", set).doesNotHaveDuplicates();
    assertThat(Fixtures.strictlyIncreasing(instants)).as("%s of%n%s", instants, set).isTrue();
  }

  /**
   * A daily rule whose wall-clock time falls in a gap fires exactly once on the day of the gap,
   * at that time moved forward by the length of the gap (RFC 5545 §3.3.5).
   */
  @Property(tries = 1000)
  void dailyInGap_firesOnceMovedForwardByTheGap(
      @ForAll("edges") ZonedDateTime edge,
      @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double positionInGap,
      @ForAll @IntRange(min = 1, max = 5) int daysBefore) {
    ZoneOffsetTransition gap = nearestGap(edge);
    Assume.that(gap != null);
    ZoneId zone = edge.getZone();
    long gapSeconds = gap.getDuration().getSeconds();
    LocalDateTime wallClock = gap.getDateTimeBefore().plusSeconds((long) (gapSeconds * positionInGap));
    assertThat(zone.getRules().getValidOffsets(wallClock)).isEmpty();
    RecurrenceSet set = RecurrenceSet.builder(wallClock.minusDays(daysBefore))
        .zone(zone)
        .rule(RecurrenceRule.parse("FREQ=DAILY"))
        .build();

    ZonedDateTime moved = wallClock.plusSeconds(gapSeconds).atZone(zone);
    assertThat(moved.toLocalDateTime()).isEqualTo(wallClock.plus(gap.getDuration()));
    Instant dayBefore = ZonedDateTime.of(wallClock.minusDays(1), zone).toInstant();
    // Where the gap is a whole day (Pacific/Apia, 2011-12-30), the next day's occurrence is the
    // moved one.
    Instant dayAfter = Collections.max(List.of(
        ZonedDateTime.of(wallClock.plusDays(1), zone).toInstant(), moved.toInstant().plusSeconds(1)));
    List<ZonedDateTime> between = set.occurrencesAfter(dayBefore)
        .takeWhile(o -> o.toInstant().isBefore(dayAfter))
        .collect(Collectors.toList());
    assertThat(between).as("occurrences of%n%s%nbetween the days around the gap", set).containsExactly(moved);
    LocalDate day = wallClock.toLocalDate();
    if (moved.toLocalDate().equals(day)) {
      List<ZonedDateTime> onTheDay = new ArrayList<>();
      set.occurrencesAfter(ZonedDateTime.of(day.atStartOfDay(), zone).toInstant().minusSeconds(1))
          .takeWhile(o -> !o.toLocalDate().isAfter(day))
          .forEach(onTheDay::add);
      assertThat(onTheDay).as("occurrences on %s of%n%s", day, set).containsExactly(moved);
    }
  }

  private static ChronoUnit unit(Frequency f) {
    switch (f) {
      case SECONDLY:
        return ChronoUnit.SECONDS;
      case MINUTELY:
        return ChronoUnit.MINUTES;
      case HOURLY:
        return ChronoUnit.HOURS;
      default:
        return ChronoUnit.DAYS;
    }
  }

  /** The gap (clocks going forward) nearest to an edge: its transition or a neighbour. */
  private static @Nullable ZoneOffsetTransition nearestGap(ZonedDateTime edge) {
    ZoneRules rules = edge.getZone().getRules();
    Instant at = edge.toInstant();
    ZoneOffsetTransition best = null;
    List<ZoneOffsetTransition> candidates = new ArrayList<>();
    ZoneOffsetTransition previous = rules.previousTransition(at.plusSeconds(1));
    if (previous != null) {
      candidates.add(previous);
      ZoneOffsetTransition before = rules.previousTransition(previous.getInstant());
      if (before != null) {
        candidates.add(before);
      }
    }
    ZoneOffsetTransition next = rules.nextTransition(at);
    if (next != null) {
      candidates.add(next);
    }
    for (ZoneOffsetTransition t : candidates) {
      if (t.isGap() && (best == null
          || Duration.between(t.getInstant(), at).abs().compareTo(Duration.between(best.getInstant(), at).abs()) < 0)) {
        best = t;
      }
    }
    return best;
  }

  @Provide
  Arbitrary<ZonedDateTime> edges() {
    return SendtimeArbitraries.dstEdgeInstants();
  }

  @Provide
  Arbitrary<RecurrenceRule> denseRules() {
    return SendtimeArbitraries.recurrenceRules()
        .filter(r -> r.frequency().compareTo(Frequency.DAILY) <= 0 && r.until().isEmpty());
  }
}
