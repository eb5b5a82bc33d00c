package org.sendtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sendtime.recurrence.RecurrenceSet;

/** Reading a floating set in a zone resolves each of its local occurrences there. */
class ZoneProperties {

  @Property(tries = 1000)
  void withZone_resolvesEveryLocalOccurrence(
      @ForAll("floating") RecurrenceSet generated, @ForAll("zones") ZoneId zone) {
    RecurrenceSet floating = Fixtures.rulesOnly(generated);
    RecurrenceSet zoned = floating.withZone(zone);
    assertThat(zoned.start()).isEqualTo(floating.start());
    // An all-day set read in a zone becomes a set of local midnights: iCalendar has no zoned dates.
    assertThat(zoned.isAllDay()).isFalse();
    assertThat(zoned.isFloating()).isFalse();

    List<LocalDateTime> locals = Fixtures.firstLocals(floating);
    TreeSet<Instant> expected = locals.stream()
        .map(t -> Fixtures.resolve(t, zone))
        .collect(Collectors.toCollection(TreeSet::new));
    List<Instant> actual;
    if (locals.size() < Fixtures.TAKE) {
      actual = zoned.occurrences().limit(Fixtures.TAKE + 1).map(ZonedDateTime::toInstant).collect(Collectors.toList());
    } else {
      // Later local occurrences resolve after the last one read at the largest offset around.
      LocalDateTime last = locals.get(locals.size() - 1);
      Instant lastInstant = Fixtures.resolve(last, zone);
      int max = Fixtures.offsetsAround(lastInstant, lastInstant, zone).stream()
          .mapToInt(ZoneOffset::getTotalSeconds).max().orElseThrow();
      Instant bound = last.toInstant(ZoneOffset.ofTotalSeconds(max));
      expected.removeIf(i -> i.isAfter(bound));
      actual = zoned.occurrences().map(ZonedDateTime::toInstant)
          .takeWhile(i -> !i.isAfter(bound))
          .collect(Collectors.toList());
    }
    assertThat(actual).as("%s read in %s", floating, zone).containsExactlyElementsOf(expected);
  }

  @Provide
  Arbitrary<RecurrenceSet> floating() {
    return SendtimeArbitraries.recurrenceSets().filter(RecurrenceSet::isFloating);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return SendtimeArbitraries.zones();
  }
}
