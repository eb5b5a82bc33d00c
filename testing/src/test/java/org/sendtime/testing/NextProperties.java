package org.sendtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.sendtime.recurrence.RecurrenceSet;

/**
 * Seeking agrees with streaming: {@code next(x)} is the first occurrence after {@code x} of the
 * stream from the start, and {@code occurrencesAfter(x)} continues that stream.
 */
class NextProperties {

  /** Where {@code x} is put relative to the {@code index}-th occurrence. */
  enum Probe {
    /** Exactly on the occurrence. */
    ON,
    /** A few seconds to a few days around it. */
    NEAR,
    /** Within two hours of the offset transition nearest to the occurrence. */
    DST_EDGE,
    /** Before the start. */
    BEFORE_START
  }

  @Property(tries = 1000)
  void next_isFirstStreamedOccurrenceAfter(
      @ForAll("sets") RecurrenceSet set,
      @ForAll @IntRange(min = 0, max = Fixtures.TAKE - 1) int index,
      @ForAll Probe probe,
      @ForAll @LongRange(min = -3 * 86_400, max = 3 * 86_400) long nudge) {
    if (set.isFloating()) {
      List<LocalDateTime> stream = Fixtures.firstLocals(set);
      boolean complete = stream.size() < Fixtures.TAKE;
      LocalDateTime x = floatingProbe(set, stream, index, probe, nudge);
      if (!complete && !x.isBefore(stream.get(stream.size() - 1))) {
        x = stream.get(stream.size() - 1).minusSeconds(1);
      }
      LocalDateTime after = x;
      List<LocalDateTime> expected = stream.stream().filter(t -> t.isAfter(after)).collect(Collectors.toList());
      assertThat(set.nextLocal(after)).as("nextLocal(%s) of%n%s", after, set)
          .isEqualTo(expected.stream().findFirst());
      assertThat(set.localOccurrencesAfter(after).limit(expected.size()).collect(Collectors.toList()))
          .as("localOccurrencesAfter(%s) of%n%s", after, set)
          .isEqualTo(expected);
    } else {
      ZoneId zone = set.zone().orElseThrow();
      List<ZonedDateTime> stream = set.occurrences().limit(Fixtures.TAKE).collect(Collectors.toList());
      boolean complete = stream.size() < Fixtures.TAKE;
      Instant x = zonedProbe(set, zone, stream, index, probe, nudge);
      if (!complete && !x.isBefore(stream.get(stream.size() - 1).toInstant())) {
        x = stream.get(stream.size() - 1).toInstant().minusSeconds(1);
      }
      Instant after = x;
      List<ZonedDateTime> expected =
          stream.stream().filter(t -> t.toInstant().isAfter(after)).collect(Collectors.toList());
      Optional<ZonedDateTime> next = set.next(after);
      assertThat(next).as("next(%s) of%n%s", after.atZone(zone), set).isEqualTo(expected.stream().findFirst());
      assertThat(set.occurrencesAfter(after).limit(expected.size()).collect(Collectors.toList()))
          .as("occurrencesAfter(%s) of%n%s", after.atZone(zone), set)
          .isEqualTo(expected);
    }
  }

  private static LocalDateTime floatingProbe(
      RecurrenceSet set, List<LocalDateTime> stream, int index, Probe probe, long nudge) {
    if (stream.isEmpty() || probe == Probe.BEFORE_START) {
      return set.start().minusSeconds(1 + Math.abs(nudge));
    }
    LocalDateTime t = stream.get(index % stream.size());
    return probe == Probe.ON ? t : t.plusSeconds(nudge);
  }

  private static Instant zonedProbe(
      RecurrenceSet set, ZoneId zone, List<ZonedDateTime> stream, int index, Probe probe, long nudge) {
    if (stream.isEmpty() || probe == Probe.BEFORE_START) {
      return Fixtures.resolve(set.start(), zone).minusSeconds(1 + Math.abs(nudge));
    }
    Instant t = stream.get(index % stream.size()).toInstant();
    switch (probe) {
      case ON:
        return t;
      case NEAR:
        return t.plusSeconds(nudge);
      default:
        ZoneOffsetTransition after = zone.getRules().nextTransition(t);
        ZoneOffsetTransition before = zone.getRules().previousTransition(t.plusSeconds(1));
        ZoneOffsetTransition nearest = after == null ? before
            : before == null ? after
            : Duration.between(before.getInstant(), t).compareTo(Duration.between(t, after.getInstant())) <= 0
                ? before : after;
        // Up to two hours either side of the transition, scaled from the nudge.
        return nearest == null ? t.plusSeconds(nudge) : nearest.getInstant().plusSeconds(nudge / 36);
    }
  }

  @Provide
  Arbitrary<RecurrenceSet> sets() {
    return SendtimeArbitraries.recurrenceSets();
  }
}
