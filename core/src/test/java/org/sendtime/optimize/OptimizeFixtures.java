package org.sendtime.optimize;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators and builders shared by the tests of this package. */
final class OptimizeFixtures {

  /** Zones with unusual offsets or daylight-saving rules, and a few ordinary ones. */
  static final List<ZoneId> ZONES = List.of(
      ZoneId.of("UTC"),
      ZoneId.of("America/Chicago"),
      ZoneId.of("America/New_York"),
      ZoneId.of("America/St_Johns"),     // half-hour offset with daylight saving
      ZoneId.of("America/Santiago"),     // transitions at midnight
      ZoneId.of("Europe/Paris"),
      ZoneId.of("Europe/London"),
      ZoneId.of("Africa/Casablanca"),    // daylight saving suspended during Ramadan
      ZoneId.of("Asia/Tokyo"),
      ZoneId.of("Asia/Kathmandu"),       // +05:45
      ZoneId.of("Australia/Lord_Howe"),  // half-hour daylight saving
      ZoneId.of("Pacific/Chatham"),      // +12:45 / +13:45
      ZoneId.of("Pacific/Apia"));        // skipped 2011-12-30 entirely

  private static final long DAY = 86_400;

  private OptimizeFixtures() {}

  static Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONES);
  }

  /** As-of instants from 2005 to 2035, so that events reach across many zone rule changes. */
  static Arbitrary<Instant> asOfs() {
    return Arbitraries.longs()
        .between(Instant.parse("2005-01-01T00:00:00Z").getEpochSecond(), Instant.parse("2035-01-01T00:00:00Z").getEpochSecond())
        .map(Instant::ofEpochSecond);
  }

  /**
   * Engagements up to two years before and ten days after an as-of instant; a few instants are
   * repeated so that equal engagements and equal instants of different kinds occur.
   */
  static Arbitrary<List<Engagement>> engagements(Instant asOf) {
    return engagements(asOf, 60);
  }

  /** Like {@link #engagements(Instant)}, at most {@code maxSize} of them. */
  static Arbitrary<List<Engagement>> engagements(Instant asOf, int maxSize) {
    Arbitrary<Engagement> one = Combinators.combine(
            Arbitraries.longs().between(-730 * DAY, 10 * DAY),
            Arbitraries.of(Engagement.Kind.class))
        .as((offset, kind) -> Engagement.of(asOf.plusSeconds(offset), kind));
    Arbitrary<Engagement> clustered = Combinators.combine(
            Arbitraries.integers().between(0, 40),
            Arbitraries.integers().between(0, 3),
            Arbitraries.of(Engagement.Kind.class))
        .as((weeks, minutes, kind) -> Engagement.of(asOf.minusSeconds(weeks * 7 * DAY + minutes * 60L), kind));
    return Arbitraries.frequencyOf(
            Tuple.of(3, one),
            Tuple.of(2, clustered))
        .list().ofMaxSize(maxSize);
  }

  /** Optimizers with settings across their valid ranges, the defaults among them. */
  static Arbitrary<SendTimeOptimizer> optimizers() {
    Arbitrary<HourOfWeekProfile> priors = Arbitraries.oneOf(
        Arbitraries.just(HourOfWeekProfile.uniform()),
        // A seeded spread is much cheaper to generate than 168 shrinkable doubles.
        Arbitraries.randomValue(random -> {
          double[] a = new double[168];
          for (int i = 0; i < a.length; i++) {
            a[i] = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 10;
          }
          a[random.nextInt(168)] += 1;   // a prior needs a positive total
          return HourOfWeekProfile.of(a);
        }));
    Arbitrary<SendTimeOptimizer> custom = Combinators.combine(
            Arbitraries.longs().between(3_600, 400 * DAY).map(Duration::ofSeconds),
            Arbitraries.of(0.0, 0.5, 1.0, 2.0, 3.0),
            Arbitraries.of(0.5, 1.0, 2.0, 5.0),
            priors,
            Arbitraries.of(0.0, 1.0, 5.0, 20.0, 100.0),
            Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60)))
        .as((halfLife, open, click, prior, strength, min, fallback) -> SendTimeOptimizer.ofDefaults()
            .withHalfLife(halfLife)
            .withWeight(Engagement.Kind.OPEN, open)
            .withWeight(Engagement.Kind.CLICK, click)
            .withPrior(prior)
            .withPriorStrength(strength)
            .withMinDataPoints(min)
            .withFallbackTime(fallback));
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(SendTimeOptimizer.ofDefaults())),
        Tuple.of(3, custom));
  }

  /** Opens at a local time on {@code count} consecutive days, the last one on {@code lastDate}. */
  static List<Engagement> dailyOpens(ZoneId zone, LocalDate lastDate, LocalTime time, int count) {
    List<Engagement> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(open(ZonedDateTime.of(lastDate.minusDays(i), time, zone)));
    }
    return events;
  }

  static Engagement open(ZonedDateTime at) {
    return Engagement.of(at.toInstant(), Engagement.Kind.OPEN);
  }

  static Engagement click(ZonedDateTime at) {
    return Engagement.of(at.toInstant(), Engagement.Kind.CLICK);
  }
}
