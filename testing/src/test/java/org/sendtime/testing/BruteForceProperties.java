package org.sendtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.sendtime.recurrence.RecurrenceRule;
import org.sendtime.recurrence.RecurrenceSet;

/**
 * The engine agrees with {@link BruteForce}, an independent reading of RFC 5545: everything it
 * produces is an occurrence, and within a window it produces every occurrence.
 *
 * <p>Sets with an RFC 7529 {@code SKIP=BACKWARD} or {@code SKIP=FORWARD} rule are left out: the
 * reference does not model RFC 7529. {@code COUNT} is included; the reference counts from the
 * start.
 */
class BruteForceProperties {
  /** How far after the start the properties seek. */
  private static final Duration FAR = Duration.ofDays(50 * 366);

  /**
   * Every occurrence is a local date-time that a rule matches, resolved by RFC 5545 §3.3.5.
   * The occurrences are taken from the start, or from up to fifty years later, which the engine
   * reaches by seeking.
   */
  @Property(tries = 1000)
  void everyOccurrence_matchesARule(
      @ForAll("sets") RecurrenceSet generated,
      @ForAll boolean far,
      @ForAll @DoubleRange(min = 0, max = 1) double skipFraction) {
    RecurrenceSet set = Fixtures.rulesOnly(generated);
    List<BruteForce> references = references(set);
    Duration skip = far
        ? Duration.ofSeconds((long) (FAR.getSeconds() * skipFraction))
        : Duration.ofSeconds((long) (Fixtures.windowFor(Fixtures.finest(set)).getSeconds() * skipFraction));
    ZoneId zone = set.zone().orElse(null);
    if (zone == null) {
      List<LocalDateTime> occurrences = set.localOccurrencesAfter(set.start().minusSeconds(1).plus(skip))
          .limit(Fixtures.TAKE)
          .collect(Collectors.toList());
      for (LocalDateTime t : occurrences) {
        assertThat(references.stream().anyMatch(r -> r.matches(t)))
            .as("%s is not an occurrence of%n%s", t, set)
            .isTrue();
      }
    } else {
      Instant after = Fixtures.resolve(set.start(), zone).minusSeconds(1).plus(skip);
      List<ZonedDateTime> occurrences =
          set.occurrencesAfter(after).limit(Fixtures.TAKE).collect(Collectors.toList());
      for (ZonedDateTime o : occurrences) {
        assertThat(o).isEqualTo(o.toInstant().atZone(zone));
        List<LocalDateTime> locals = Fixtures.localsResolvingTo(o.toInstant(), zone);
        assertThat(locals.stream().anyMatch(l -> references.stream().anyMatch(r -> r.matches(l))))
            .as("%s resolves from none of %s that match%n%s", o, locals, set)
            .isTrue();
      }
    }
  }

  /**
   * Within a window, the engine's occurrences are exactly the reference's: every local
   * date-time a rule matches, resolved and de-duplicated, plus the extra dates, minus the
   * excluded ones. The window starts a little before one of the first occurrences, or before
   * the first occurrence after a point up to fifty years after the start; its length suits the
   * finest frequency (twenty minutes for {@code SECONDLY}, eight years for {@code YEARLY}); the
   * excluded dates are drawn from the occurrences in it.
   */
  @Property(tries = 1000)
  void window_equalsBruteForce(
      @ForAll("sets") RecurrenceSet generated,
      @ForAll boolean far,
      @ForAll @DoubleRange(min = 0, max = 1) double farFraction,
      @ForAll @IntRange(min = 0, max = 60) int anchorIndex,
      @ForAll @DoubleRange(min = 0, max = 1) double lead,
      @ForAll @Size(max = 2) List<@IntRange(min = 0, max = 1000) Integer> excluded,
      @ForAll @IntRange(min = 0, max = 2) int exclusionForm,
      @ForAll @Size(max = 2) List<@DoubleRange(min = 0, max = 1) Double> extra) {
    RecurrenceSet rules = Fixtures.rulesOnly(generated);
    List<BruteForce> references = references(rules);
    Duration span = Fixtures.windowFor(Fixtures.finest(rules));
    ZoneId zone = rules.zone().orElse(null);

    // The window [from, to) in local time, starting a little before the anchor occurrence.
    LocalDateTime anchor;
    if (far) {
      LocalDateTime point = rules.start().plusSeconds((long) (FAR.getSeconds() * farFraction));
      anchor = (zone == null
              ? rules.nextLocal(point)
              : rules.next(Fixtures.resolve(point, zone)).map(ZonedDateTime::toLocalDateTime))
          .orElse(point);
    } else {
      List<LocalDateTime> firstLocals = zone == null
          ? Fixtures.firstLocals(rules)
          : rules.occurrences().limit(Fixtures.TAKE).map(ZonedDateTime::toLocalDateTime).collect(Collectors.toList());
      anchor = anchorIndex < firstLocals.size() ? firstLocals.get(anchorIndex) : rules.start();
    }
    LocalDateTime from = anchor.minusSeconds((long) (span.getSeconds() * lead / 4));
    LocalDateTime to = from.plus(span);

    RecurrenceSet.Builder full = Fixtures.toBuilder(rules);
    if (zone == null) {
      TreeSet<LocalDateTime> expected = new TreeSet<>();
      references.forEach(r -> expected.addAll(r.between(from, to)));
      List<LocalDateTime> matched = new ArrayList<>(expected);
      for (double x : extra) {
        // A quarter of the extra dates repeat an occurrence, which must not then come twice.
        LocalDateTime t = x < 0.25 && !matched.isEmpty()
            ? matched.get((int) (x * 4 * matched.size()))
            : from.plusSeconds((long) (span.getSeconds() * x));
        if (rules.isAllDay()) {
          full.rdate(t.toLocalDate());
          t = t.toLocalDate().atStartOfDay();
        } else {
          full.rdate(t);
        }
        if (!t.isBefore(from) && t.isBefore(to)) {
          expected.add(t);
        }
      }
      for (int pick : excluded) {
        if (matched.isEmpty()) {
          break;
        }
        LocalDateTime t = matched.get(pick % matched.size());
        if (exclusionForm == 1 || rules.isAllDay()) {
          full.exdate(t.toLocalDate());
          expected.removeIf(o -> o.toLocalDate().equals(t.toLocalDate()));
        } else {
          full.exdate(t);
          expected.remove(t);
        }
      }
      RecurrenceSet set = full.build();
      List<LocalDateTime> actual = set.localOccurrencesAfter(from.minusSeconds(1))
          .takeWhile(t -> t.isBefore(to))
          .collect(Collectors.toList());
      assertThat(actual).as("occurrences in [%s, %s) of%n%s", from, to, set).containsExactlyElementsOf(expected);
      collectWindow(expected.isEmpty());
    } else {
      Instant begin = Fixtures.resolve(from, zone);
      Instant end = Fixtures.resolve(to, zone);
      TreeSet<Instant> expected = new TreeSet<>();
      // A local date-time resolves to an instant in [begin, end) only if it lies between the
      // instants read at the smallest and the largest offset around.
      Set<ZoneOffset> offsets = Fixtures.offsetsAround(begin, end, zone);
      int min = offsets.stream().mapToInt(ZoneOffset::getTotalSeconds).min().orElseThrow();
      int max = offsets.stream().mapToInt(ZoneOffset::getTotalSeconds).max().orElseThrow();
      LocalDateTime localFrom = LocalDateTime.ofEpochSecond(begin.getEpochSecond(), 0, ZoneOffset.ofTotalSeconds(min));
      LocalDateTime localTo = LocalDateTime.ofEpochSecond(end.getEpochSecond(), 0, ZoneOffset.ofTotalSeconds(max))
          .plusSeconds(1);
      for (BruteForce r : references) {
        for (LocalDateTime t : r.between(localFrom, localTo)) {
          Instant i = Fixtures.resolve(t, zone);
          if (!i.isBefore(begin) && i.isBefore(end)) {
            expected.add(i);
          }
        }
      }
      List<Instant> matched = new ArrayList<>(expected);
      for (double x : extra) {
        // A quarter of the extra dates repeat an occurrence, which must not then come twice.
        LocalDateTime t = x < 0.25 && !matched.isEmpty()
            ? matched.get((int) (x * 4 * matched.size())).atZone(zone).toLocalDateTime()
            : from.plusSeconds((long) (span.getSeconds() * x));
        Instant i;
        if (rules.isAllDay()) {
          full.rdate(t.toLocalDate());
          i = Fixtures.resolve(t.toLocalDate().atStartOfDay(), zone);
        } else {
          full.rdate(t);
          i = Fixtures.resolve(t, zone);
        }
        if (!i.isBefore(begin) && i.isBefore(end)) {
          expected.add(i);
        }
      }
      for (int pick : excluded) {
        if (matched.isEmpty()) {
          break;
        }
        Instant i = matched.get(pick % matched.size());
        if (exclusionForm == 1) {
          LocalDate date = i.atZone(zone).toLocalDate();
          full.exdate(date);
          expected.removeIf(o -> o.atZone(zone).toLocalDate().equals(date));
        } else if (exclusionForm == 2) {
          full.exdate(i);
          expected.remove(i);
        } else {
          // As a wall-clock time, which the set resolves as it resolves its occurrences.
          full.exdate(i.atZone(zone).toLocalDateTime());
          expected.remove(i);
        }
      }
      RecurrenceSet set = full.build();
      List<Instant> actual = set.occurrencesAfter(begin.minusSeconds(1))
          .map(ZonedDateTime::toInstant)
          .takeWhile(i -> i.isBefore(end))
          .collect(Collectors.toList());
      assertThat(actual)
          .as("occurrences in [%s, %s) of%n%s", begin.atZone(zone), end.atZone(zone), set)
          .containsExactlyElementsOf(expected);
      collectWindow(expected.isEmpty());
    }
  }

  /** Guards the property's strength: most windows must hold occurrences to compare. */
  private static void collectWindow(boolean empty) {
    Statistics.label("window").collect(empty ? "empty" : "with occurrences");
    Statistics.label("window").coverage(c -> c.check("with occurrences").percentage(p -> p >= 70));
  }

  private static List<BruteForce> references(RecurrenceSet set) {
    List<BruteForce> out = new ArrayList<>();
    for (RecurrenceRule r : set.rules()) {
      out.add(new BruteForce(r, set.start(), set.zone().orElse(null)));
    }
    return out;
  }

  @Provide
  Arbitrary<RecurrenceSet> sets() {
    return SendtimeArbitraries.recurrenceSets().filter(Fixtures::omitsOnly);
  }
}
