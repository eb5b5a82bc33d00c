package org.sendtime.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendtime.recurrence.Frequency;
import org.sendtime.recurrence.RecurrenceRule;
import org.sendtime.recurrence.RecurrenceSet;
import org.sendtime.recurrence.Skip;

/** Helpers shared by the properties: set surgery, bounded streaming and zone arithmetic. */
final class Fixtures {
  /** The most occurrences a property takes from one stream, to bound the work of a try. */
  static final int TAKE = 50;

  private Fixtures() {}

  /** The same set without its {@code RDATE} and {@code EXDATE} values. */
  static RecurrenceSet rulesOnly(RecurrenceSet set) {
    return toBuilder(set).build();
  }

  /** A builder holding the start, zone and rules of a set, to add dates to. */
  static RecurrenceSet.Builder toBuilder(RecurrenceSet set) {
    RecurrenceSet.Builder b = set.isAllDay()
        ? RecurrenceSet.builder(set.start().toLocalDate())
        : RecurrenceSet.builder(set.start());
    set.zone().ifPresent(b::zone);
    set.rules().forEach(b::rule);
    return b;
  }

  static boolean omitsOnly(RecurrenceSet set) {
    return set.rules().stream().allMatch(r -> r.skip() == Skip.OMIT);
  }

  /** The first occurrences of a zoned set, as instants. */
  static List<Instant> firstInstants(RecurrenceSet set) {
    return set.occurrences().limit(TAKE).map(ZonedDateTime::toInstant).collect(Collectors.toList());
  }

  /** The first occurrences of a floating set. */
  static List<LocalDateTime> firstLocals(RecurrenceSet set) {
    return set.localOccurrences().limit(TAKE).collect(Collectors.toList());
  }

  /** The finest frequency among the rules of a set, {@code YEARLY} if it has none. */
  static Frequency finest(RecurrenceSet set) {
    return set.rules().stream()
        .map(RecurrenceRule::frequency)
        .min(Enum::compareTo)
        .orElse(Frequency.YEARLY);
  }

  /** A window length in which a rule of the frequency has some, but not too many, candidates. */
  static Duration windowFor(Frequency f) {
    switch (f) {
      case SECONDLY:
        return Duration.ofMinutes(20);
      case MINUTELY:
        return Duration.ofHours(12);
      case HOURLY:
        return Duration.ofDays(4);
      case DAILY:
        return Duration.ofDays(60);
      case WEEKLY:
        return Duration.ofDays(366);
      case MONTHLY:
        return Duration.ofDays(3 * 366);
      default:
        return Duration.ofDays(8 * 366);
    }
  }

  /** The RFC 5545 §3.3.5 resolution of a local date-time: gaps move forward, overlaps take the earlier offset. */
  static Instant resolve(LocalDateTime local, ZoneId zone) {
    return ZonedDateTime.of(local, zone).toInstant();
  }

  /** Every local date-time that resolves to the instant by {@link #resolve}. */
  static List<LocalDateTime> localsResolvingTo(Instant instant, ZoneId zone) {
    List<LocalDateTime> out = new ArrayList<>();
    for (ZoneOffset offset : offsetsAround(instant, instant, zone)) {
      LocalDateTime local = LocalDateTime.ofInstant(instant, offset);
      if (resolve(local, zone).equals(instant) && !out.contains(local)) {
        out.add(local);
      }
    }
    return out;
  }

  /** The offsets in force between two days before {@code from} and two days after {@code to}. */
  static Set<ZoneOffset> offsetsAround(Instant from, Instant to, ZoneId zone) {
    ZoneRules rules = zone.getRules();
    Instant begin = from.minus(2, ChronoUnit.DAYS);
    Instant end = to.plus(2, ChronoUnit.DAYS);
    Set<ZoneOffset> offsets = new LinkedHashSet<>();
    offsets.add(rules.getOffset(begin));
    ZoneOffsetTransition t = rules.nextTransition(begin);
    while (t != null && t.getInstant().isBefore(end)) {
      offsets.add(t.getOffsetBefore());
      offsets.add(t.getOffsetAfter());
      t = rules.nextTransition(t.getInstant());
    }
    return offsets;
  }

  /** Whether a list is strictly increasing. */
  static <T extends Comparable<? super T>> boolean strictlyIncreasing(List<T> values) {
    for (int i = 1; i < values.size(); i++) {
      if (values.get(i - 1).compareTo(values.get(i)) >= 0) {
        return false;
      }
    }
    return true;
  }
}
