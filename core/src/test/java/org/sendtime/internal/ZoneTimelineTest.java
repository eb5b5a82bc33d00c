package org.sendtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZoneTimelineTest {

  private static final long MIN = LocalDateTime.of(1850, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
  private static final long MAX = LocalDateTime.of(2350, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);

  @Provide
  Arbitrary<String> zones() {
    return Arbitraries.of(ZoneId.getAvailableZoneIds().stream().sorted().toArray(String[]::new));
  }

  @Property(tries = 2000)
  void offsetAt_agreesWithZoneRules(@ForAll("zones") String zone, @ForAll long seed) {
    ZoneId z = ZoneId.of(zone);
    long t = MIN + Math.floorMod(seed, MAX - MIN);
    assertThat(ZoneTimeline.of(z).offsetAt(t))
        .isEqualTo(z.getRules().getOffset(Instant.ofEpochSecond(t)).getTotalSeconds());
  }

  @Property(tries = 2000)
  void resolve_agreesWithJavaTime(@ForAll("zones") String zone, @ForAll long seed) {
    ZoneId z = ZoneId.of(zone);
    long local = MIN + Math.floorMod(seed, MAX - MIN);
    LocalDateTime ldt = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
    assertThat(ZoneTimeline.of(z).resolve(local)).isEqualTo(ldt.atZone(z).toEpochSecond());
  }

  @Property(tries = 1000)
  void resolve_nearTransitions(@ForAll("zones") String zone, @ForAll long seed, @ForAll int delta) {
    ZoneId z = ZoneId.of(zone);
    long t = MIN + Math.floorMod(seed, MAX - MIN);
    var transition = z.getRules().nextTransition(Instant.ofEpochSecond(t));
    if (transition == null) {
      return;
    }
    long local = transition.getDateTimeBefore().toEpochSecond(ZoneOffset.UTC) + Math.floorMod(delta, 7201) - 3600;
    LocalDateTime ldt = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
    ZoneTimeline timeline = ZoneTimeline.of(z);
    long earlier = ldt.atZone(z).toEpochSecond();
    assertThat(timeline.resolve(local)).isEqualTo(earlier);
    long later = ldt.atZone(z).withLaterOffsetAtOverlap().toEpochSecond();
    // With a floor past the earlier instance, a repeated time resolves to its later instance.
    assertThat(timeline.resolve(local, earlier + 1)).isEqualTo(later > earlier ? later : earlier + 1);
  }

  @ParameterizedTest
  @CsvSource({
    // gap: 02:30 does not exist on the New York spring-forward day; forward by the gap
    "America/New_York, 2026-03-08T02:30, 2026-03-08T03:30-04:00",
    // overlap: the earlier instance
    "America/New_York, 2026-11-01T01:30, 2026-11-01T01:30-04:00",
    // Lord Howe moves by half an hour
    "Australia/Lord_Howe, 2026-10-04T02:15, 2026-10-04T02:45+11:00",
    // Apia skipped 2011-12-30 entirely
    "Pacific/Apia, 2011-12-30T12:00, 2011-12-31T12:00+14:00",
    // a fixed-offset zone
    "UTC, 2026-06-01T00:00, 2026-06-01T00:00Z",
  })
  void resolve_examples(String zone, String local, String expected) {
    long l = LocalDateTime.parse(local).toEpochSecond(ZoneOffset.UTC);
    assertThat(ZoneTimeline.of(ZoneId.of(zone)).resolve(l))
        .isEqualTo(ZonedDateTime.parse(expected).toEpochSecond());
  }

  @Property(tries = 1000)
  void nextFallBack_agreesWithZoneRules(@ForAll("zones") String zone, @ForAll long seed, @ForAll int days) {
    ZoneId z = ZoneId.of(zone);
    long after = MIN + Math.floorMod(seed, MAX - MIN);
    long until = after + Math.floorMod(days, 800) * 86_400L;
    long expected = Long.MAX_VALUE;
    var t = z.getRules().nextTransition(Instant.ofEpochSecond(after));
    while (t != null && t.toEpochSecond() <= until) {
      if (t.isOverlap()) {
        expected = t.toEpochSecond();
        break;
      }
      t = z.getRules().nextTransition(t.getInstant());
    }
    assertThat(ZoneTimeline.of(z).nextFallBack(after, until)).isEqualTo(expected);
  }

  @Property(tries = 1000)
  void reach_isTheFirstInstantTheClockReachesTheTime(@ForAll("zones") String zone, @ForAll long seed) {
    ZoneId z = ZoneId.of(zone);
    long local = MIN + Math.floorMod(seed, MAX - MIN);
    ZoneTimeline timeline = ZoneTimeline.of(z);
    long reached = timeline.reach(local, Long.MIN_VALUE);
    // The clock reads the time, or later when the time is in a gap, and a second before it read less.
    assertThat(timeline.toLocal(reached)).isGreaterThanOrEqualTo(local);
    assertThat(timeline.toLocal(reached - 1)).isLessThan(local);
  }

  @ParameterizedTest
  @CsvSource({
    // in the New York spring-forward gap: the transition at 03:00 EDT
    "America/New_York, 2026-03-08T02:30, 2026-03-08T03:00-04:00",
    // Lord Howe's half-hour gap
    "Australia/Lord_Howe, 2026-10-04T02:15, 2026-10-04T02:30+11:00",
    // an ordinary time
    "Europe/Paris, 2026-06-01T09:00, 2026-06-01T09:00+02:00",
  })
  void reach_examples(String zone, String local, String expected) {
    long l = LocalDateTime.parse(local).toEpochSecond(ZoneOffset.UTC);
    assertThat(ZoneTimeline.of(ZoneId.of(zone)).reach(l, Long.MIN_VALUE))
        .isEqualTo(ZonedDateTime.parse(expected).toEpochSecond());
  }

  @Property(tries = 1000)
  void epochDays_agreeWithLocalDate(@ForAll long seed) {
    long day = Math.floorMod(seed, 2_000_000L) - 1_000_000L;
    LocalDate d = LocalDate.ofEpochDay(day);
    assertThat(EpochDays.yearOf(day)).isEqualTo(d.getYear());
    assertThat(EpochDays.dayOfWeek(day)).isEqualTo(d.getDayOfWeek().getValue());
    assertThat(EpochDays.dayOf(day * 86_400 + 5)).isEqualTo(day);
    assertThat(EpochDays.secondOfDay(day * 86_400 - 1)).isEqualTo(86_399);
  }
}
