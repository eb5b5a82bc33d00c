package org.sendtime.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sendtime.optimize.OptimizeFixtures.click;
import static org.sendtime.optimize.OptimizeFixtures.dailyOpens;
import static org.sendtime.optimize.OptimizeFixtures.open;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SendTimeOptimizerTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final ZoneId UTC = ZoneOffset.UTC;
  private static final SendTimeOptimizer DEFAULTS = SendTimeOptimizer.ofDefaults();
  private static final double UNIFORM_HOUR = 1.0 / 24;

  /** Opens at 19:xx Chicago time on the weekdays of January 2026, minutes varying. */
  private static List<Engagement> chicagoWeekdayEvenings() {
    List<Engagement> events = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2026, 1, 5); d.isBefore(LocalDate.of(2026, 1, 31)); d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 5) {
        events.add(open(ZonedDateTime.of(d, LocalTime.of(19, (d.getDayOfMonth() * 7) % 60), CHICAGO)));
      }
    }
    return events;
  }

  private static double confidenceOf(double share) {
    return (share - UNIFORM_HOUR) / (1 - UNIFORM_HOUR);
  }

  // ---- examples ----

  @Test
  void recommend_weekdayEveningsInChicago() {
    List<Engagement> events = chicagoWeekdayEvenings();
    assertThat(events).hasSize(20);
    SendTimeRecommendation r = DEFAULTS.recommend(events, CHICAGO, Instant.parse("2026-02-01T00:00:00Z"));
    assertThat(r.time()).isEqualTo(LocalTime.of(19, 0));
    assertThat(r.isFallback()).isFalse();
    assertThat(r.source()).isEqualTo(SendTimeRecommendation.Source.LEARNED);
    assertThat(r.dataPoints()).isEqualTo(20);
    // Five weekdays alike: the best one is 1.5 times the others' mean, short of 2.
    assertThat(r.dayOfWeek()).isEmpty();
    assertThat(r.reason()).contains("no day is given");
    assertThat(r.confidence()).isBetween(0.7, 1.0);
  }

  @Test
  void recommend_sameEventsInTokyo() {
    // 19:xx in Chicago in winter (UTC-6) is 10:xx the next morning in Tokyo (UTC+9).
    Instant asOf = Instant.parse("2026-02-01T00:00:00Z");
    SendTimeRecommendation chicago = DEFAULTS.recommend(chicagoWeekdayEvenings(), CHICAGO, asOf);
    SendTimeRecommendation tokyo = DEFAULTS.recommend(chicagoWeekdayEvenings(), TOKYO, asOf);
    assertThat(tokyo.time()).isEqualTo(LocalTime.of(10, 0));
    assertThat(tokyo.time()).isNotEqualTo(chicago.time());
    assertThat(tokyo.confidence()).isCloseTo(chicago.confidence(), within(1e-15));
  }

  @Test
  void recommend_acrossDstChangeKeepsLocalHour() {
    // Weekdays at 19:30 Chicago time from 2026-02-23 to 2026-03-20; daylight time starts on
    // 2026-03-08, so the UTC hour moves from 01:30 to 00:30 but the local hour stays.
    List<Engagement> events = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2026, 2, 23); !d.isAfter(LocalDate.of(2026, 3, 20)); d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 5) {
        events.add(open(ZonedDateTime.of(d, LocalTime.of(19, 30), CHICAGO)));
      }
    }
    assertThat(events.stream().map(e -> e.at().atZone(UTC).getHour()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(0, 1);
    Instant asOf = Instant.parse("2026-03-21T12:00:00Z");
    HourOfWeekProfile profile = DEFAULTS.profile(events, CHICAGO, asOf);
    double atNineteen = 0;
    for (DayOfWeek day : DayOfWeek.values()) {
      atNineteen += profile.weight(day, 19);
    }
    assertThat(atNineteen).isCloseTo(profile.total(), within(1e-12));
    SendTimeRecommendation r = DEFAULTS.recommend(events, CHICAGO, asOf);
    assertThat(r.time()).isEqualTo(LocalTime.of(19, 0));
    assertThat(r.dataPoints()).isEqualTo(20);
  }

  @Test
  void recommend_repeatedHourCountsByLocalHour() {
    // Both passes of 01:15 on the New York fall-back day count for 01:00.
    ZoneId newYork = ZoneId.of("America/New_York");
    Instant first = Instant.parse("2026-11-01T05:15:00Z");   // 01:15 EDT
    Instant second = Instant.parse("2026-11-01T06:15:00Z");  // 01:15 EST
    HourOfWeekProfile p = DEFAULTS.profile(
        List.of(Engagement.of(first, Engagement.Kind.OPEN), Engagement.of(second, Engagement.Kind.OPEN)),
        newYork, Instant.parse("2026-11-02T00:00:00Z"));
    assertThat(p.weight(DayOfWeek.SUNDAY, 1)).isEqualTo(p.total());
  }

  @Test
  void recommend_fewerThanMinimumFallsBack() {
    List<Engagement> events = dailyOpens(CHICAGO, LocalDate.of(2026, 3, 1), LocalTime.of(19, 15), 4);
    SendTimeRecommendation r = DEFAULTS.recommend(events, CHICAGO, Instant.parse("2026-03-02T12:00:00Z"));
    assertThat(r.isFallback()).isTrue();
    assertThat(r.source()).isEqualTo(SendTimeRecommendation.Source.FALLBACK);
    assertThat(r.confidence()).isZero();
    assertThat(r.time()).isEqualTo(LocalTime.of(10, 0));
    assertThat(r.dayOfWeek()).isEmpty();
    assertThat(r.dataPoints()).isEqualTo(4);
    assertThat(r.reason()).isEqualTo("fallback to 10:00: 4 data points, fewer than the minimum of 5");
    // One more data point is enough.
    List<Engagement> five = dailyOpens(CHICAGO, LocalDate.of(2026, 3, 1), LocalTime.of(19, 15), 5);
    assertThat(DEFAULTS.recommend(five, CHICAGO, Instant.parse("2026-03-02T12:00:00Z")).time())
        .isEqualTo(LocalTime.of(19, 0));
  }

  @Test
  void recommend_noEngagementFallsBackToConfiguredTime() {
    SendTimeRecommendation r = DEFAULTS.withFallbackTime(LocalTime.of(8, 45))
        .recommend(List.of(), CHICAGO, Instant.parse("2026-03-02T12:00:00Z"));
    assertThat(r.time()).isEqualTo(LocalTime.of(8, 45));
    assertThat(r.dataPoints()).isZero();
    assertThat(r.isFallback()).isTrue();
  }

  @Test
  void recommend_eventsAfterAsOfAreIgnored() {
    Instant asOf = Instant.parse("2026-03-02T01:15:00Z");   // 2026-03-01T19:15 in Chicago
    List<Engagement> events = dailyOpens(CHICAGO, LocalDate.of(2026, 3, 11), LocalTime.of(19, 15), 14);
    // Of the fourteen days 2026-02-26 to 2026-03-11, four are on or before the as-of instant,
    // the last one exactly at it.
    SendTimeRecommendation r = DEFAULTS.recommend(events, CHICAGO, asOf);
    assertThat(r.dataPoints()).isEqualTo(4);
    assertThat(r.isFallback()).isTrue();
    assertThat(DEFAULTS.profile(events, CHICAGO, asOf).total()).isLessThanOrEqualTo(4.0).isGreaterThan(3.9);
  }

  @Test
  void recommend_recentEventsOutweighOldOnes() {
    // Ten mornings at 07:xx a year ago, five evenings at 20:xx last week.
    List<Engagement> events = new ArrayList<>(dailyOpens(CHICAGO, LocalDate.of(2025, 3, 10), LocalTime.of(7, 20), 10));
    events.addAll(dailyOpens(CHICAGO, LocalDate.of(2026, 2, 27), LocalTime.of(20, 5), 5));
    Instant asOf = Instant.parse("2026-03-01T12:00:00Z");
    assertThat(DEFAULTS.recommend(events, CHICAGO, asOf).time()).isEqualTo(LocalTime.of(20, 0));
    // Without recency weighting to speak of, the ten mornings win.
    SendTimeOptimizer noDecay = DEFAULTS.withHalfLife(Duration.ofDays(365_000));
    assertThat(noDecay.recommend(events, CHICAGO, asOf).time()).isEqualTo(LocalTime.of(7, 0));
  }

  @Test
  void profile_halfLifeHalvesTheWeight() {
    Instant asOf = Instant.parse("2026-03-01T12:00:00Z");
    SendTimeOptimizer o = DEFAULTS.withHalfLife(Duration.ofDays(10));
    HourOfWeekProfile p = o.profile(List.of(
        Engagement.of(asOf, Engagement.Kind.OPEN),                                          // Sunday 12:00, 1
        Engagement.of(asOf.minus(Duration.ofDays(10)), Engagement.Kind.OPEN),                // Thursday 12:00, 1/2
        Engagement.of(asOf.minus(Duration.ofDays(20)).plusSeconds(3600), Engagement.Kind.CLICK)),  // Monday 13:00
        UTC, asOf);
    assertThat(p.weight(DayOfWeek.SUNDAY, 12)).isEqualTo(1.0);
    assertThat(p.weight(DayOfWeek.THURSDAY, 12)).isEqualTo(0.5);
    assertThat(p.weight(DayOfWeek.MONDAY, 13)).isCloseTo(2.0 * Math.pow(2, -(20 * 24 - 1) / 240.0), within(1e-15));
    assertThat(p.total()).isCloseTo(1.5 + p.weight(DayOfWeek.MONDAY, 13), within(1e-15));
  }

  @Test
  void recommend_clicksWeighMoreByDefault() {
    Instant asOf = Instant.parse("2026-03-02T12:00:00Z");
    List<Engagement> events = new ArrayList<>(dailyOpens(UTC, LocalDate.of(2026, 3, 1), LocalTime.of(8, 0), 3));
    for (int i = 0; i < 2; i++) {
      events.add(click(ZonedDateTime.of(LocalDate.of(2026, 3, 1).minusDays(i), LocalTime.of(18, 0), UTC)));
    }
    assertThat(DEFAULTS.recommend(events, UTC, asOf).time()).isEqualTo(LocalTime.of(18, 0));
    assertThat(DEFAULTS.withWeight(Engagement.Kind.CLICK, 1.0).recommend(events, UTC, asOf).time())
        .isEqualTo(LocalTime.of(8, 0));
    // Ignoring opens leaves two data points, too few.
    SendTimeRecommendation clicksOnly = DEFAULTS.withWeight(Engagement.Kind.OPEN, 0.0).recommend(events, UTC, asOf);
    assertThat(clicksOnly.dataPoints()).isEqualTo(2);
    assertThat(clicksOnly.isFallback()).isTrue();
  }

  @Test
  void recommend_fewPointsShrinkTowardPrior() {
    // The population opens at 09:00 on weekdays; the contact has four evenings at 20:00 and one at 21:00.
    double[] weekdayMornings = new double[168];
    for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
      weekdayMornings[HourOfWeekProfile.index(d, 9)] = 1;
    }
    SendTimeOptimizer withPrior = DEFAULTS.withPrior(HourOfWeekProfile.of(weekdayMornings));
    Instant asOf = Instant.parse("2026-03-10T12:00:00Z");
    List<Engagement> few = new ArrayList<>(dailyOpens(UTC, LocalDate.of(2026, 3, 9), LocalTime.of(20, 0), 4));
    few.add(open(ZonedDateTime.of(LocalDate.of(2026, 3, 9), LocalTime.of(21, 0), UTC)));

    // Five pseudo-engagements at 09:00 against less than five real ones elsewhere.
    SendTimeRecommendation shrunk = withPrior.recommend(few, UTC, asOf);
    assertThat(shrunk.time()).isEqualTo(LocalTime.of(9, 0));
    double w = withPrior.profile(few, UTC, asOf).total();
    assertThat(shrunk.confidence()).isCloseTo(confidenceOf(5 / (w + 5)), within(1e-12));

    // Without shrinkage the contact's own evenings win, and so do they with more data.
    assertThat(withPrior.withPriorStrength(0).recommend(few, UTC, asOf).time()).isEqualTo(LocalTime.of(20, 0));
    List<Engagement> many = dailyOpens(UTC, LocalDate.of(2026, 3, 9), LocalTime.of(20, 0), 20);
    assertThat(withPrior.recommend(many, UTC, asOf).time()).isEqualTo(LocalTime.of(20, 0));
  }

  @Test
  void recommend_confidenceFollowsTheFormula() {
    // Half-life one day: ages 0 to 4 days weigh exactly 1, 1/2, 1/4, 1/8 and 1/16.
    Instant asOf = Instant.parse("2026-03-10T20:00:00Z");
    List<Engagement> events = dailyOpens(UTC, LocalDate.of(2026, 3, 10), LocalTime.of(20, 0), 5);
    SendTimeRecommendation r = DEFAULTS.withHalfLife(Duration.ofDays(1)).recommend(events, UTC, asOf);
    double w = 1.9375;
    assertThat(r.confidence()).isCloseTo(confidenceOf((w + 5.0 / 24) / (w + 5)), within(1e-15));
    assertThat(DEFAULTS.withHalfLife(Duration.ofDays(1)).withPriorStrength(0).recommend(events, UTC, asOf).confidence())
        .isEqualTo(1.0);
  }

  @Test
  void recommend_moreConsistentDataRaiseConfidence() {
    Instant asOf = Instant.parse("2026-03-10T12:00:00Z");
    double previous = 0;
    for (int n = 5; n <= 60; n++) {
      List<Engagement> events = dailyOpens(CHICAGO, LocalDate.of(2026, 3, 9), LocalTime.of(19, 10), n);
      double confidence = DEFAULTS.recommend(events, CHICAGO, asOf).confidence();
      assertThat(confidence).as("n=%s", n).isGreaterThan(previous);
      previous = confidence;
    }
  }

  @Test
  void recommend_inconsistentDataLowerConfidence() {
    Instant asOf = Instant.parse("2026-03-10T12:00:00Z");
    List<Engagement> consistent = dailyOpens(UTC, LocalDate.of(2026, 3, 9), LocalTime.of(19, 0), 10);
    List<Engagement> mixed = new ArrayList<>(dailyOpens(UTC, LocalDate.of(2026, 3, 9), LocalTime.of(19, 0), 6));
    mixed.addAll(dailyOpens(UTC, LocalDate.of(2026, 3, 3), LocalTime.of(7, 0), 4));
    assertThat(DEFAULTS.recommend(mixed, UTC, asOf).confidence())
        .isLessThan(DEFAULTS.recommend(consistent, UTC, asOf).confidence());
  }

  @Test
  void recommend_dayGivenWithEnoughConsistentData() {
    // Weekly on Tuesdays at 19:xx in Chicago: 15 data points are three times the minimum.
    Instant asOf = Instant.parse("2026-06-01T00:00:00Z");
    List<Engagement> tuesdays = new ArrayList<>();
    for (int week = 0; week < 15; week++) {
      tuesdays.add(open(ZonedDateTime.of(LocalDate.of(2026, 5, 26).minusWeeks(week), LocalTime.of(19, 3 * week), CHICAGO)));
    }
    SendTimeRecommendation r = DEFAULTS.recommend(tuesdays, CHICAGO, asOf);
    assertThat(r.dayOfWeek()).contains(DayOfWeek.TUESDAY);
    assertThat(r.time()).isEqualTo(LocalTime.of(19, 0));
    assertThat(r.reason()).contains("the day is TUESDAY");
    // Fourteen are too few, however consistent.
    SendTimeRecommendation fewer = DEFAULTS.recommend(tuesdays.subList(0, 14), CHICAGO, asOf);
    assertThat(fewer.dayOfWeek()).isEmpty();
    assertThat(fewer.time()).isEqualTo(LocalTime.of(19, 0));
    // With a lower minimum, fewer suffice.
    assertThat(DEFAULTS.withMinDataPoints(3).recommend(tuesdays.subList(0, 9), CHICAGO, asOf).dayOfWeek())
        .contains(DayOfWeek.TUESDAY);
  }

  @Test
  void recommend_tiedHoursGoToTheEarliestHour() {
    // Half-life 9 hours: an open at the as-of instant and a click 9 hours before weigh exactly 1 each.
    SendTimeOptimizer o = DEFAULTS.withHalfLife(Duration.ofHours(9)).withMinDataPoints(1).withPriorStrength(0);
    Instant evening = Instant.parse("2026-03-05T17:00:00Z");
    List<Engagement> morningFirst = List.of(
        Engagement.of(evening, Engagement.Kind.OPEN), Engagement.of(evening.minus(Duration.ofHours(9)), Engagement.Kind.CLICK));
    assertThat(o.recommend(morningFirst, UTC, evening).time()).isEqualTo(LocalTime.of(8, 0));
    Instant morning = Instant.parse("2026-03-05T08:00:00Z");
    List<Engagement> nightFirst = List.of(
        Engagement.of(morning, Engagement.Kind.OPEN), Engagement.of(morning.minus(Duration.ofHours(9)), Engagement.Kind.CLICK));
    SendTimeRecommendation r = o.recommend(nightFirst, UTC, morning);
    assertThat(r.time()).isEqualTo(LocalTime.of(8, 0));
    assertThat(r.confidence()).isCloseTo(confidenceOf(0.5), within(1e-15));
  }

  @Test
  void recommend_tiedDaysGoToTheEarliestDay() {
    // Half-life 2 days: Thursday's open at the as-of instant and Tuesday's click weigh 1 each.
    SendTimeOptimizer o = DEFAULTS.withHalfLife(Duration.ofDays(2)).withMinDataPoints(1).withPriorStrength(0);
    Instant thursday = Instant.parse("2026-03-05T19:00:00Z");
    List<Engagement> events = List.of(
        Engagement.of(thursday, Engagement.Kind.OPEN),
        Engagement.of(thursday.minus(Duration.ofDays(2)), Engagement.Kind.CLICK),
        Engagement.of(thursday.minus(Duration.ofDays(3)), Engagement.Kind.OPEN));
    SendTimeRecommendation r = o.recommend(events, UTC, thursday);
    assertThat(r.dayOfWeek()).contains(DayOfWeek.TUESDAY);
    assertThat(r.time()).isEqualTo(LocalTime.of(19, 0));
    assertThat(r.confidence()).isEqualTo(1.0);
  }

  @Test
  void recommend_allWeightDecayedAndNoPriorFallsBack() {
    // Engagements thousands of half-lives old weigh exactly zero.
    Instant asOf = Instant.parse("2026-03-10T12:00:00Z");
    List<Engagement> ancient = dailyOpens(UTC, LocalDate.of(2026, 1, 1), LocalTime.of(19, 0), 6);
    SendTimeRecommendation r = DEFAULTS.withHalfLife(Duration.ofSeconds(1)).withPriorStrength(0).recommend(ancient, UTC, asOf);
    assertThat(r.isFallback()).isTrue();
    assertThat(r.dataPoints()).isEqualTo(6);
    assertThat(r.confidence()).isZero();
    assertThat(r.reason()).contains("too old");
  }

  @Test
  void recommend_nullElement() {
    assertThatThrownBy(() -> DEFAULTS.recommend(
            Arrays.asList(Engagement.of(Instant.EPOCH, Engagement.Kind.OPEN), null), UTC, Instant.EPOCH))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("events[1]");
  }

  @Test
  void packageExample() {
    ZoneId chicago = ZoneId.of("America/Chicago");
    List<Engagement> events = List.of(
        Engagement.of(Instant.parse("2026-02-03T01:12:00Z"), Engagement.Kind.OPEN),
        Engagement.of(Instant.parse("2026-02-04T01:40:00Z"), Engagement.Kind.OPEN),
        Engagement.of(Instant.parse("2026-02-05T01:05:00Z"), Engagement.Kind.CLICK),
        Engagement.of(Instant.parse("2026-02-10T01:30:00Z"), Engagement.Kind.OPEN),
        Engagement.of(Instant.parse("2026-02-12T01:55:00Z"), Engagement.Kind.OPEN));
    Instant asOf = Instant.parse("2026-02-15T00:00:00Z");
    SendTimeRecommendation r = SendTimeOptimizer.ofDefaults().recommend(events, chicago, asOf);
    assertThat(r.time()).isEqualTo(LocalTime.of(19, 0));
    assertThat(r.dayOfWeek()).isEmpty();
    assertThat(r.confidence()).isCloseTo(0.53, within(0.005));
    assertThat(r.nextAfter(asOf, chicago)).hasToString("2026-02-14T19:00-06:00[America/Chicago]");
  }

  // ---- settings ----

  @Test
  void ofDefaults_documentedValues() {
    assertThat(DEFAULTS.halfLife()).isEqualTo(Duration.ofDays(90));
    assertThat(DEFAULTS.weight(Engagement.Kind.OPEN)).isEqualTo(1.0);
    assertThat(DEFAULTS.weight(Engagement.Kind.CLICK)).isEqualTo(2.0);
    assertThat(DEFAULTS.prior()).isEqualTo(HourOfWeekProfile.uniform());
    assertThat(DEFAULTS.priorStrength()).isEqualTo(5.0);
    assertThat(DEFAULTS.minDataPoints()).isEqualTo(5);
    assertThat(DEFAULTS.fallbackTime()).isEqualTo(LocalTime.of(10, 0));
  }

  @Test
  void with_changesOneSetting() {
    double[] peak = new double[168];
    peak[9] = 1;
    SendTimeOptimizer o = DEFAULTS
        .withHalfLife(Duration.ofDays(30))
        .withWeight(Engagement.Kind.CLICK, 3.0)
        .withPrior(HourOfWeekProfile.of(peak))
        .withPriorStrength(2.5)
        .withMinDataPoints(8)
        .withFallbackTime(LocalTime.of(9, 30));
    assertThat(o.halfLife()).isEqualTo(Duration.ofDays(30));
    assertThat(o.weight(Engagement.Kind.OPEN)).isEqualTo(1.0);
    assertThat(o.weight(Engagement.Kind.CLICK)).isEqualTo(3.0);
    assertThat(o.prior()).isEqualTo(HourOfWeekProfile.of(peak));
    assertThat(o.priorStrength()).isEqualTo(2.5);
    assertThat(o.minDataPoints()).isEqualTo(8);
    assertThat(o.fallbackTime()).isEqualTo(LocalTime.of(9, 30));
    assertThat(DEFAULTS.halfLife()).isEqualTo(Duration.ofDays(90));
  }

  static List<Arguments> badSettings() {
    return List.of(
        // a negative half-life
        Arguments.of((Function<SendTimeOptimizer, Object>) o -> o.withHalfLife(Duration.ofDays(-1)), "halfLife", "PT-24H"),
        // a zero half-life
        Arguments.of((Function<SendTimeOptimizer, Object>) o -> o.withHalfLife(Duration.ZERO), "halfLife", "PT0S"),
        // a NaN weight
        Arguments.of((Function<SendTimeOptimizer, Object>) o -> o.withWeight(Engagement.Kind.OPEN, Double.NaN), "weight of OPEN", "NaN"),
        // a negative weight
        Arguments.of((Function<SendTimeOptimizer, Object>) o -> o.withWeight(Engagement.Kind.CLICK, -2), "weight of CLICK", "-2.0"),
        // an infinite weight
        Arguments.of((Function<SendTimeOptimizer, Object>) o -> o.withWeight(Engagement.Kind.CLICK, Double.POSITIVE_INFINITY), "weight of CLICK", "Infinity"),
        // a weight past the bound
        Arguments.of((Function<SendTimeOptimizer, Object>) o -> o.withWeight(Engagement.Kind.OPEN, 1_000_001), "0 - 1000000", "1000001.0"),
        // a NaN prior strength
        Arguments.of((Function<SendTimeOptimizer, Object>) o -> o.withPriorStrength(Double.NaN), "priorStrength", "NaN"),
        // a negative prior strength
        Arguments.of((Function<SendTimeOptimizer, Object>) o -> o.withPriorStrength(-0.5), "priorStrength", "-0.5"),
        // an infinite prior strength
        Arguments.of((Function<SendTimeOptimizer, Object>) o -> o.withPriorStrength(Double.POSITIVE_INFINITY), "priorStrength", "Infinity"),
        // no minimum at all
        Arguments.of((Function<SendTimeOptimizer, Object>) o -> o.withMinDataPoints(0), "minDataPoints", ">= 1): 0"),
        // a negative minimum
        Arguments.of((Function<SendTimeOptimizer, Object>) o -> o.withMinDataPoints(-3), "minDataPoints", "-3"),
        // an all-zero prior
        Arguments.of((Function<SendTimeOptimizer, Object>) o -> o.withPrior(HourOfWeekProfile.of(new double[168])), "prior", "positive total"));
  }

  @ParameterizedTest
  @MethodSource("badSettings")
  void with_badSetting(Function<SendTimeOptimizer, Object> change, String field, String detail) {
    assertThatThrownBy(() -> change.apply(DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(field)
        .hasMessageContaining(detail);
  }

  @Test
  void equals_bySettings() {
    new EqualsTester()
        .addEqualityGroup(DEFAULTS, DEFAULTS.withHalfLife(Duration.ofHours(90 * 24)), DEFAULTS.withWeight(Engagement.Kind.OPEN, 1.0))
        .addEqualityGroup(DEFAULTS.withHalfLife(Duration.ofDays(30)))
        .addEqualityGroup(DEFAULTS.withWeight(Engagement.Kind.CLICK, 1.0))
        .addEqualityGroup(DEFAULTS.withPrior(HourOfWeekProfile.uniform().normalized()))
        .addEqualityGroup(DEFAULTS.withPriorStrength(0), DEFAULTS.withPriorStrength(-0.0))
        .addEqualityGroup(DEFAULTS.withMinDataPoints(6))
        .addEqualityGroup(DEFAULTS.withFallbackTime(LocalTime.of(9, 0)))
        .testEquals();
  }

  @Test
  void toString_namesEverySetting() {
    assertThat(DEFAULTS).hasToString("SendTimeOptimizer[halfLife=PT2160H, weights={OPEN=1.0, CLICK=2.0}, "
        + "prior=HourOfWeekProfile[every hour=1.0], priorStrength=5.0, minDataPoints=5, fallbackTime=10:00]");
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(Duration.class, Duration.ofDays(1))
        .setDefault(HourOfWeekProfile.class, HourOfWeekProfile.uniform())
        .setDefault(LocalTime.class, LocalTime.NOON)
        .setDefault(ZoneId.class, CHICAGO)
        .setDefault(Instant.class, Instant.EPOCH)
        .setDefault(Iterable.class, List.of());
    t.testAllPublicStaticMethods(SendTimeOptimizer.class);
    t.testAllPublicInstanceMethods(DEFAULTS);
  }

  // ---- properties ----

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(OptimizeFixtures.optimizers(), OptimizeFixtures.zones(), OptimizeFixtures.asOfs())
        .flatAs((optimizer, zone, asOf) -> OptimizeFixtures.engagements(asOf).map(events -> new Case(optimizer, zone, asOf, events)));
  }

  /** One generated question: settings, a zone, an as-of instant and engagements. */
  static final class Case {
    final SendTimeOptimizer optimizer;
    final ZoneId zone;
    final Instant asOf;
    final List<Engagement> events;

    Case(SendTimeOptimizer optimizer, ZoneId zone, Instant asOf, List<Engagement> events) {
      this.optimizer = optimizer;
      this.zone = zone;
      this.asOf = asOf;
      this.events = events;
    }

    SendTimeRecommendation recommend() {
      return optimizer.recommend(events, zone, asOf);
    }

    long dataPoints() {
      return events.stream()
          .filter(e -> !e.at().isAfter(asOf) && optimizer.weight(e.kind()) > 0)
          .count();
    }

    @Override
    public String toString() {
      return optimizer + " in " + zone + " as of " + asOf + ": " + events;
    }
  }

  @Property(tries = 1000)
  void recommend_confidenceInUnitIntervalAndFallbackRules(@ForAll("cases") Case c) {
    SendTimeRecommendation r = c.recommend();
    assertThat(r.confidence()).isBetween(0.0, 1.0);
    assertThat(r.dataPoints()).isEqualTo(c.dataPoints());
    if (r.dataPoints() < c.optimizer.minDataPoints()) {
      assertThat(r.isFallback()).isTrue();
    }
    if (r.isFallback()) {
      assertThat(r.confidence()).isZero();
      assertThat(r.dayOfWeek()).isEmpty();
      assertThat(r.time()).isEqualTo(c.optimizer.fallbackTime());
    } else {
      assertThat(r.time().getMinute()).isZero();
      assertThat(r.dataPoints()).isGreaterThanOrEqualTo(c.optimizer.minDataPoints());
    }
    if (r.dayOfWeek().isPresent()) {
      assertThat(r.dataPoints()).isGreaterThanOrEqualTo(3 * c.optimizer.minDataPoints());
    }
  }

  @Property(tries = 1000)
  void recommend_doesNotDependOnEventOrder(@ForAll("cases") Case c, @ForAll Random random) {
    List<Engagement> shuffled = new ArrayList<>(c.events);
    Collections.shuffle(shuffled, random);
    assertThat(c.optimizer.recommend(shuffled, c.zone, c.asOf)).isEqualTo(c.recommend());
    assertThat(c.optimizer.profile(shuffled, c.zone, c.asOf)).isEqualTo(c.optimizer.profile(c.events, c.zone, c.asOf));
  }

  @Property(tries = 1000)
  void recommend_hourHasMaximalPosterior(@ForAll("cases") Case c) {
    SendTimeRecommendation r = c.recommend();
    Assume.that(!r.isFallback());
    HourOfWeekProfile profile = c.optimizer.profile(c.events, c.zone, c.asOf);
    HourOfWeekProfile prior = c.optimizer.prior().normalized();
    double k = c.optimizer.priorStrength();
    double[] hourMass = new double[24];
    for (DayOfWeek day : DayOfWeek.values()) {
      for (int hour = 0; hour < 24; hour++) {
        hourMass[hour] += (profile.weight(day, hour) + k * prior.weight(day, hour)) / (profile.total() + k);
      }
    }
    double max = Arrays.stream(hourMass).max().orElseThrow();
    assertThat(hourMass[r.time().getHour()]).isCloseTo(max, within(1e-12));
    assertThat(r.confidence()).isCloseTo(Math.max(0, confidenceOf(hourMass[r.time().getHour()])), within(1e-12));
  }

  @Property(tries = 1000)
  void recommend_moreDataAtChosenHourNeverLowersConfidence(@ForAll("cases") Case c) {
    SendTimeRecommendation r = c.recommend();
    Assume.that(!r.isFallback());
    int hour = r.time().getHour();
    Engagement.Kind kind = c.optimizer.weight(Engagement.Kind.CLICK) > 0 ? Engagement.Kind.CLICK : Engagement.Kind.OPEN;
    // The latest instant at or before as-of whose local hour is the chosen one.
    LocalDate date = c.asOf.atZone(c.zone).toLocalDate();
    ZonedDateTime at = ZonedDateTime.of(date, r.time(), c.zone);
    while (at.getHour() != hour || at.toInstant().isAfter(c.asOf)) {
      date = date.minusDays(1);
      at = ZonedDateTime.of(date, r.time(), c.zone);
    }
    List<Engagement> more = new ArrayList<>(c.events);
    more.add(Engagement.of(at.toInstant(), kind));
    SendTimeRecommendation after = c.optimizer.recommend(more, c.zone, c.asOf);
    assertThat(after.time()).isEqualTo(r.time());
    assertThat(after.confidence()).isGreaterThanOrEqualTo(r.confidence() - 1e-12);
  }

  @Provide
  Arbitrary<List<Engagement>> fewerThanFive() {
    return OptimizeFixtures.engagements(Instant.parse("2026-03-01T00:00:00Z"), 4);
  }

  @Property(tries = 1000)
  void recommend_belowMinimumIsAlwaysFallback(@ForAll("fewerThanFive") List<Engagement> events, @ForAll("zoneIds") ZoneId zone) {
    SendTimeRecommendation r = DEFAULTS.recommend(events, zone, Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(r.isFallback()).isTrue();
    assertThat(r.confidence()).isZero();
    assertThat(r.time()).isEqualTo(LocalTime.of(10, 0));
  }

  @Provide
  Arbitrary<ZoneId> zoneIds() {
    return OptimizeFixtures.zones();
  }
}
