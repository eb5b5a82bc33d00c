package org.sendtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.sendtime.recurrence.RecurrenceSet;

/** Occurrences come in strictly increasing order and never repeat. */
class OrderingProperties {

  @Property(tries = 1000)
  void occurrences_strictlyIncreasing(@ForAll("sets") RecurrenceSet set) {
    if (set.isFloating()) {
      assertThat(Fixtures.strictlyIncreasing(Fixtures.firstLocals(set)))
          .as("local occurrences of%n%s", set)
          .isTrue();
    } else {
      List<ZonedDateTime> occurrences = set.occurrences().limit(Fixtures.TAKE).collect(Collectors.toList());
      List<Instant> instants = occurrences.stream().map(ZonedDateTime::toInstant).collect(Collectors.toList());
      assertThat(Fixtures.strictlyIncreasing(instants)).as("instants %s of%n%s", occurrences, set).isTrue();
      ZoneId zone = set.zone().orElseThrow();
      assertThat(occurrences).allSatisfy(o -> assertThat(o.getZone()).isEqualTo(zone));
    }
  }

  @Property(tries = 1000)
  void occurrencesAfter_strictlyIncreasingAndAfter(
      @ForAll("sets") RecurrenceSet set,
      @ForAll @LongRange(min = -3 * 86_400, max = 30L * 366 * 86_400) long secondsFromStart) {
    if (set.isFloating()) {
      LocalDateTime after = set.start().plusSeconds(secondsFromStart);
      List<LocalDateTime> locals =
          set.localOccurrencesAfter(after).limit(Fixtures.TAKE).collect(Collectors.toList());
      assertThat(Fixtures.strictlyIncreasing(locals)).as("%s after %s", locals, after).isTrue();
      assertThat(locals).allSatisfy(t -> assertThat(t).isAfter(after));
    } else {
      Instant after = Fixtures.resolve(set.start(), set.zone().orElseThrow()).plusSeconds(secondsFromStart);
      List<Instant> instants = set.occurrencesAfter(after).limit(Fixtures.TAKE)
          .map(ZonedDateTime::toInstant)
          .collect(Collectors.toList());
      assertThat(Fixtures.strictlyIncreasing(instants)).as("%s after %s", instants, after).isTrue();
      assertThat(instants).allSatisfy(t -> assertThat(t).isAfter(after));
    }
  }

  @Provide
  Arbitrary<RecurrenceSet> sets() {
    return SendtimeArbitraries.recurrenceSets();
  }
}
