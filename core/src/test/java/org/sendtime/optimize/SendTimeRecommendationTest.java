package org.sendtime.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SendTimeRecommendationTest {

  private static SendTimeRecommendation at(@Nullable DayOfWeek day, LocalTime time) {
    return SendTimeRecommendation.learned(day, time, 0.5, 10, "test");
  }

  @ParameterizedTest
  @CsvSource({
      // time, day, zone, after, expected
      "19:00,        , America/Chicago,  2026-03-02T12:00:00-06:00,    2026-03-02T19:00-06:00[America/Chicago]",  // later today
      "19:00,        , America/Chicago,  2026-03-02T19:00:00-06:00,    2026-03-02T19:00-06:00[America/Chicago]",  // exactly at it: inclusive
      "19:00,        , America/Chicago,  2026-03-02T19:00:00.000000001-06:00, 2026-03-03T19:00-06:00[America/Chicago]",  // just past: tomorrow
      "19:00, TUESDAY, America/Chicago,  2026-03-04T08:00:00-06:00,    2026-03-10T19:00-05:00[America/Chicago]",  // next Tuesday, after the change to daylight time
      "19:00, TUESDAY, America/Chicago,  2026-03-03T18:59:59-06:00,    2026-03-03T19:00-06:00[America/Chicago]",  // this Tuesday
      "10:00,        , Asia/Tokyo,       2026-03-02T12:00:00-06:00,    2026-03-03T10:00+09:00[Asia/Tokyo]",       // 'after' is 03:00 on the 3rd in Tokyo
      "02:30,        , America/New_York, 2026-03-08T00:00:00-05:00,    2026-03-08T03:30-04:00[America/New_York]", // in the spring gap: forward by an hour
      "02:30,        , Europe/Paris,     2008-03-30T00:00:00+01:00,    2008-03-30T03:30+02:00[Europe/Paris]",     // in the spring gap: forward by an hour
      "01:30,        , America/New_York, 2026-11-01T01:00:00-04:00,    2026-11-01T01:30-04:00[America/New_York]", // repeated: the first instance
      "01:30,        , America/New_York, 2026-11-01T01:40:00-04:00,    2026-11-02T01:30-05:00[America/New_York]", // first instance passed: the next day, not the second instance
      "01:30,        , America/New_York, 2026-11-01T01:10:00-05:00,    2026-11-02T01:30-05:00[America/New_York]", // inside the second pass: the next day
      "10:00,        , Pacific/Apia,     2011-12-29T12:00:00-10:00,    2011-12-31T10:00+14:00[Pacific/Apia]",     // 2011-12-30 never happened there
      "10:00,  FRIDAY, Pacific/Apia,     2011-12-29T12:00:00-10:00,    2011-12-31T10:00+14:00[Pacific/Apia]",     // the missing Friday moves by the gap, to Saturday
      "00:00,        , America/Santiago, 2026-09-05T12:00:00-04:00,    2026-09-06T01:00-03:00[America/Santiago]", // midnight in a gap at midnight
  })
  void nextAfter_examples(LocalTime time, @Nullable DayOfWeek day, ZoneId zone, OffsetDateTime after, String expected) {
    assertThat(at(day, time).nextAfter(after.toInstant(), zone)).hasToString(expected);
  }

  @Test
  void nextAfter_fallbackUsesFallbackTime() {
    SendTimeRecommendation r = SendTimeOptimizer.ofDefaults().withFallbackTime(LocalTime.of(8, 45))
        .recommend(List.of(), ZoneId.of("Europe/Paris"), Instant.parse("2026-06-01T00:00:00Z"));
    assertThat(r.nextAfter(Instant.parse("2026-06-01T07:00:00Z"), ZoneId.of("Europe/Paris")))
        .hasToString("2026-06-02T08:45+02:00[Europe/Paris]");
  }

  @Test
  void accessors() {
    SendTimeRecommendation learned = SendTimeRecommendation.learned(DayOfWeek.TUESDAY, LocalTime.of(19, 0), 0.625, 24, "why");
    assertThat(learned.dayOfWeek()).contains(DayOfWeek.TUESDAY);
    assertThat(learned.time()).isEqualTo(LocalTime.of(19, 0));
    assertThat(learned.confidence()).isEqualTo(0.625);
    assertThat(learned.dataPoints()).isEqualTo(24);
    assertThat(learned.isFallback()).isFalse();
    assertThat(learned.source()).isEqualTo(SendTimeRecommendation.Source.LEARNED);
    assertThat(learned.reason()).isEqualTo("why");
    SendTimeRecommendation fallback = SendTimeRecommendation.fallback(LocalTime.of(10, 0), 3, "thin");
    assertThat(fallback.dayOfWeek()).isEmpty();
    assertThat(fallback.confidence()).isZero();
    assertThat(fallback.isFallback()).isTrue();
    assertThat(fallback.source()).isEqualTo(SendTimeRecommendation.Source.FALLBACK);
  }

  @Test
  void toString_readable() {
    assertThat(SendTimeRecommendation.learned(DayOfWeek.TUESDAY, LocalTime.of(19, 0), 0.625, 24, "why"))
        .hasToString("SendTimeRecommendation[TUESDAY 19:00, confidence 0.63, 24 data points, LEARNED]");
    assertThat(SendTimeRecommendation.fallback(LocalTime.of(10, 0), 3, "thin"))
        .hasToString("SendTimeRecommendation[10:00, confidence 0.00, 3 data points, FALLBACK]");
  }

  @Test
  void equals_byEveryField() {
    new EqualsTester()
        .addEqualityGroup(at(null, LocalTime.of(19, 0)), at(null, LocalTime.of(19, 0)))
        .addEqualityGroup(at(DayOfWeek.MONDAY, LocalTime.of(19, 0)))
        .addEqualityGroup(at(null, LocalTime.of(20, 0)))
        .addEqualityGroup(SendTimeRecommendation.learned(null, LocalTime.of(19, 0), 0.75, 10, "test"))
        .addEqualityGroup(SendTimeRecommendation.learned(null, LocalTime.of(19, 0), 0.5, 11, "test"))
        .addEqualityGroup(SendTimeRecommendation.learned(null, LocalTime.of(19, 0), 0.5, 10, "other"))
        .addEqualityGroup(SendTimeRecommendation.fallback(LocalTime.of(19, 0), 10, "test"))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(Instant.class, Instant.EPOCH)
        .setDefault(ZoneId.class, ZoneId.of("Europe/Paris"));
    t.testAllPublicInstanceMethods(at(DayOfWeek.FRIDAY, LocalTime.NOON));
  }

  // ---- properties ----

  /** A recommendation, a zone and an instant, often close to one of the zone's transitions. */
  static final class Question {
    final SendTimeRecommendation recommendation;
    final ZoneId zone;
    final Instant after;

    Question(SendTimeRecommendation recommendation, ZoneId zone, Instant after) {
      this.recommendation = recommendation;
      this.zone = zone;
      this.after = after;
    }

    @Override
    public String toString() {
      return recommendation + " in " + zone + " after " + after;
    }
  }

  @Provide
  Arbitrary<Question> questions() {
    Arbitrary<LocalTime> times = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60))),
        Tuple.of(1, Arbitraries.integers().between(0, 4 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60))));
    Arbitrary<@Nullable DayOfWeek> days = Arbitraries.of(DayOfWeek.class).injectNull(0.4);
    Arbitrary<SendTimeRecommendation> recommendations = Combinators.combine(days, times).as(SendTimeRecommendationTest::at);
    Arbitrary<Long> shifts = Arbitraries.longs().between(-3 * 86_400, 3 * 86_400);
    return Combinators.combine(recommendations, OptimizeFixtures.zones(), OptimizeFixtures.asOfs(), shifts, Arbitraries.of(true, false))
        .as((r, zone, base, shift, nearTransition) -> {
          ZoneOffsetTransition t = zone.getRules().nextTransition(base);
          Instant anchor = nearTransition && t != null ? t.getInstant() : base;
          return new Question(r, zone, anchor.plusSeconds(shift));
        });
  }

  @Property(tries = 1000)
  void nextAfter_isTheFirstMatchAtOrAfter(@ForAll("questions") Question q) {
    SendTimeRecommendation r = q.recommendation;
    ZonedDateTime next = r.nextAfter(q.after, q.zone);
    assertThat(next.toInstant()).isAfterOrEqualTo(q.after);
    assertThat(next.getZone()).isEqualTo(q.zone);

    // The local date whose recommended time resolved to 'next': its own date, or the day before
    // when a gap pushed the time past midnight.
    LocalDate date = next.toLocalDate();
    if (!ZonedDateTime.of(date, r.time(), q.zone).equals(next)) {
      date = date.minusDays(1);
    }
    assertThat(ZonedDateTime.of(date, r.time(), q.zone)).isEqualTo(next);
    boolean inGap = q.zone.getRules().getValidOffsets(LocalDateTime.of(date, r.time())).isEmpty();
    if (!inGap) {
      assertThat(next.toLocalTime()).isEqualTo(r.time());
      assertThat(next.toLocalDate()).isEqualTo(date);
    }
    if (r.dayOfWeek().isPresent()) {
      assertThat(date.getDayOfWeek()).isEqualTo(r.dayOfWeek().get());
      if (!inGap) {
        assertThat(next.getDayOfWeek()).isEqualTo(r.dayOfWeek().get());
      }
    }

    // No earlier matching date gives a candidate in [after, next).
    LocalDate earlier = date.minusDays(r.dayOfWeek().isPresent() ? 7 : 1);
    Instant earlierCandidate = ZonedDateTime.of(earlier, r.time(), q.zone).toInstant();
    assertThat(earlierCandidate.isBefore(q.after) || !earlierCandidate.isBefore(next.toInstant()))
        .as("candidate %s on %s", earlierCandidate, earlier)
        .isTrue();
    // And a candidate never lies more than a week and a gap ahead.
    assertThat(Duration.between(q.after, next.toInstant())).isLessThanOrEqualTo(Duration.ofDays(8));
  }
}
