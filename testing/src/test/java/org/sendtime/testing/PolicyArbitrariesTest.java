package org.sendtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sendtime.calendar.Blackout;
import org.sendtime.calendar.BlackoutAction;
import org.sendtime.calendar.BlackoutDates;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.calendar.HolidayRule;
import org.sendtime.calendar.ObservedShift;
import org.sendtime.calendar.Weekend;
import org.sendtime.policy.BlackoutDatesIn;
import org.sendtime.policy.Contact;
import org.sendtime.policy.LateSends;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;
import org.sendtime.policy.ZoneStrategy;
import org.sendtime.time.DstPolicy;
import org.sendtime.time.LocalWindow;
import org.sendtime.time.WeeklyHours;

/** The policy arbitraries produce what their documentation promises. */
class PolicyArbitrariesTest {
  private static final Set<String> LOCATIONS = Set.of("US-NY", "US-CA", "DE-BY", "store-12");
  private static final Set<String> CAMPAIGNS = Set.of("welcome", "spring-sale", "renewal");
  private static final Instant FIRST = Instant.parse("1970-01-01T00:00:00Z");
  private static final Instant END = Instant.parse("2100-01-01T00:00:00Z");
  private static final ZonedDateTime AROUND = ZonedDateTime.parse("2026-03-08T01:30-05:00[America/New_York]");

  private static <T> List<T> sample(Arbitrary<T> arbitrary, int size) {
    return arbitrary.sampleStream().limit(size).collect(Collectors.toList());
  }

  private static <T> long count(List<T> sample, Function<T, Boolean> test) {
    return sample.stream().filter(test::apply).count();
  }

  // --- wall-clock rules

  @Example
  void localWindows_mostlyAtNightSomeByDayAndToTheSecond() {
    List<LocalWindow> sample = sample(PolicyArbitraries.localWindows(), 2000);
    assertThat(count(sample, LocalWindow::crossesMidnight)).isBetween(800L, 1500L);
    assertThat(count(sample, w -> !w.crossesMidnight())).isGreaterThan(400);
    assertThat(count(sample, w -> w.start().getSecond() != 0 || w.end().getSecond() != 0)).isPositive();
    assertThat(sample).anySatisfy(w -> assertThat(w.end().getHour()).isBetween(1, 2));
  }

  @Property(tries = 1000)
  void weeklyHours_neverEmpty(@ForAll("weeklyHours") WeeklyHours hours) {
    assertThat(EnumSet.allOf(DayOfWeek.class)).anySatisfy(d -> assertThat(hours.windows(d)).isNotEmpty());
  }

  @Example
  void weeklyHours_officeHoursLunchBreaksAndNights() {
    List<WeeklyHours> sample = sample(PolicyArbitraries.weeklyHours(), 2000);
    assertThat(count(sample, h -> h.windows(DayOfWeek.MONDAY).size() == 2)).isPositive();
    assertThat(count(sample, h -> EnumSet.allOf(DayOfWeek.class).stream()
        .anyMatch(d -> h.windows(d).stream().anyMatch(LocalWindow::crossesMidnight)))).isGreaterThan(100);
  }

  @Example
  void weekends_includeTheUsualOnesAndRandomDays() {
    List<Weekend> sample = sample(PolicyArbitraries.weekends(), 1000);
    assertThat(sample).contains(Weekend.SATURDAY_SUNDAY, Weekend.FRIDAY_SATURDAY, Weekend.NONE);
    assertThat(sample).allSatisfy(w -> assertThat(w.days().size()).isLessThanOrEqualTo(4));
    assertThat(count(sample, w -> !Set.of(Weekend.SATURDAY_SUNDAY, Weekend.FRIDAY_SATURDAY, Weekend.NONE).contains(w)))
        .isGreaterThan(100);
  }

  // --- holidays

  @Example
  void holidayRules_everyKindShiftAndYearRange() {
    List<HolidayRule> sample = sample(PolicyArbitraries.holidayRules(), 2000);
    assertThat(sample.stream().map(HolidayRule::kind).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(HolidayRule.Kind.values());
    assertThat(sample.stream().map(HolidayRule::observedShift).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(ObservedShift.values());
    assertThat(count(sample, r -> r.firstYear().isPresent() && r.lastYear().isPresent())).isPositive();
    assertThat(count(sample, r -> r.firstYear().isPresent() != r.lastYear().isPresent())).isPositive();
    assertThat(sample).anySatisfy(r -> assertThat(r.dayOfMonth()).hasValue(29));
    assertThat(sample).allSatisfy(r -> assertThat(r.name()).isNotBlank());
  }

  @Example
  void holidayCalendars_usFederalNoneAndGenerated() {
    List<HolidayCalendar> sample = sample(PolicyArbitraries.holidayCalendars(), 500);
    assertThat(sample).contains(HolidayCalendar.usFederal(), HolidayCalendar.none());
    assertThat(sample.stream().map(HolidayCalendar::name).collect(Collectors.toSet()))
        .contains("generated", "US federal and generated");
    assertThat(sample).allSatisfy(c -> assertThat(c.holidays(2026)).isNotNull());
  }

  // --- blackouts

  @Example
  void blackoutDates_everyKind() {
    List<String> texts = sample(PolicyArbitraries.blackoutDates(), 3000).stream()
        .map(BlackoutDates::toString)
        .collect(Collectors.toList());
    assertThat(texts).anySatisfy(t -> assertThat(t).matches("\\d{4}-\\d{2}-\\d{2}"));
    assertThat(texts).anySatisfy(t -> assertThat(t).matches("\\d{4}-\\d{2}-\\d{2} – \\d{4}-\\d{2}-\\d{2}"));
    assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("Dec").contains("– Jan").contains("every year"));
    assertThat(texts).anySatisfy(t -> assertThat(t).contains("Feb 29"));
    assertThat(texts).anySatisfy(t -> assertThat(t).contains("of every quarter").doesNotContain("last"));
    assertThat(texts).anySatisfy(t -> assertThat(t).contains("of every quarter – day"));
    assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("the last").contains("of every quarter"));
    assertThat(texts).anySatisfy(t -> assertThat(t).contains("of every month").doesNotContain("last"));
    assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("the last").contains("of every month"));
    assertThat(texts).anySatisfy(t -> assertThat(t).contains(", from ").contains(" until "));
  }

  @Property(tries = 1000)
  void blackoutDates_leaveMostDaysFree(@ForAll("blackoutDates") BlackoutDates dates) {
    LocalDate first = LocalDate.of(2023, 1, 1);
    long covered = first.datesUntil(LocalDate.of(2025, 1, 1)).filter(dates::contains).count();
    // Two years hold every length of month, quarter and year there is.
    assertThat(covered).as("%s", dates).isLessThan(731 / 2);
  }

  @Example
  void blackouts_bothActionsEveryScopeNamesFromThePool() {
    List<Blackout> sample = sample(PolicyArbitraries.blackouts(), 1000);
    assertThat(sample.stream().map(Blackout::action).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(BlackoutAction.values());
    assertThat(count(sample, b -> b.scope().listedCampaigns().isEmpty() && b.scope().listedLocations().isEmpty()))
        .isGreaterThan(300);
    assertThat(sample.stream().flatMap(b -> b.scope().listedCampaigns().stream()).collect(Collectors.toSet()))
        .isEqualTo(CAMPAIGNS);
    assertThat(sample.stream().flatMap(b -> b.scope().listedLocations().stream()).collect(Collectors.toSet()))
        .isEqualTo(LOCATIONS);
    assertThat(sample.stream().map(Blackout::name).collect(Collectors.toSet())).hasSize(8);
  }

  // --- policies

  @Example
  void sendPolicies_useEverySetting() {
    List<SendPolicy> sample = sample(PolicyArbitraries.sendPolicies(), 600);
    assertThat(sample.stream().map(SendPolicy::zoneStrategy).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(ZoneStrategy.values());
    assertThat(sample.stream().map(SendPolicy::dstPolicy).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(DstPolicy.values());
    assertThat(sample.stream().map(SendPolicy::blackoutDatesIn).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(BlackoutDatesIn.values());
    assertThat(sample.stream().map(p -> p.blackouts().size()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(0, 1, 2, 3);
    assertThat(count(sample, p -> p.fallbackZone().isPresent())).isBetween(300L, 500L);
    assertThat(count(sample, p -> p.quietHours().isPresent())).isBetween(220L, 380L);
    assertThat(count(sample, p -> p.businessHours().isPresent())).isBetween(140L, 280L);
    assertThat(count(sample, p -> p.holidays().isPresent())).isBetween(140L, 280L);
    assertThat(count(sample, p -> p.campaign().isPresent())).isBetween(130L, 270L);
    assertThat(sample.stream().map(SendPolicy::weekend).collect(Collectors.toSet()))
        .contains(Weekend.SATURDAY_SUNDAY, Weekend.FRIDAY_SATURDAY, Weekend.NONE);
    assertThat(count(sample, p -> p.deliverBy().stream().anyMatch(d -> d.maxDelay().isPresent()))).isPositive();
    assertThat(count(sample, p -> p.deliverBy().stream().anyMatch(d -> d.daysAfterAnchor().isPresent()))).isPositive();
    assertThat(count(sample, p -> p.lateSends().otherwise() == LateSends.Action.SKIP)).isPositive();
    assertThat(count(sample, p -> !p.lateSends().sendNowWithin().isZero())).isPositive();
    assertThat(count(sample, p -> p.horizon().compareTo(Duration.ofDays(60)) <= 0)).isBetween(90L, 210L);
    assertThat(sample).allSatisfy(p -> assertThat(p.constraints()).isEmpty());
  }

  // --- contacts

  @Property(tries = 1000)
  void contacts_idsZonesAndLocationsFromThePools(@ForAll("contacts") Contact contact) {
    assertThat(contact.id()).matches("c\\d{1,3}");
    contact.location().ifPresent(l -> assertThat(LOCATIONS).contains(l));
    contact.zone().ifPresent(z -> assertThat(ZoneId.getAvailableZoneIds()).contains(z.getId()));
  }

  @Example
  void contacts_sometimesWithoutZoneOrLocation() {
    List<Contact> sample = sample(PolicyArbitraries.contacts(), 1200);
    assertThat(count(sample, c -> c.zone().isEmpty())).isBetween(100L, 350L);
    assertThat(count(sample, c -> c.location().isEmpty())).isBetween(450L, 750L);
  }

  @Property(tries = 1000)
  void audiences_distinctIdsInOrderSharingFewZones(@ForAll("audiences") List<Contact> audience) {
    assertThat(audience).hasSizeLessThanOrEqualTo(20);
    for (int i = 0; i < audience.size(); i++) {
      assertThat(audience.get(i).id()).isEqualTo("c" + (i + 1));
    }
    assertThat(audience.stream().map(Contact::zone).flatMap(Optional::stream).distinct().count())
        .isLessThanOrEqualTo(4);
  }

  // --- instants and schedules

  @Property(tries = 1000)
  void policyInstants_from1970To2099WholeSeconds(@ForAll("policyInstants") Instant instant) {
    assertThat(instant).isAfterOrEqualTo(FIRST).isBefore(END);
    assertThat(instant.getNano()).isZero();
  }

  @Example
  void policyInstants_spreadOverTheRange() {
    List<Instant> sample = sample(PolicyArbitraries.policyInstants(), 1000);
    assertThat(count(sample, i -> i.isBefore(Instant.parse("1990-01-01T00:00:00Z")))).isGreaterThan(50);
    assertThat(count(sample, i -> i.isAfter(Instant.parse("2080-01-01T00:00:00Z")))).isGreaterThan(50);
  }

  @Example
  void policyInstantsInAZone_favourItsTransitionsAndPeriodEnds() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    List<Instant> sample = sample(PolicyArbitraries.policyInstants(paris), 2000);
    assertThat(sample).allSatisfy(i -> assertThat(i).isAfterOrEqualTo(FIRST).isBefore(END));
    long nearTransition = count(sample, i -> {
      ZoneOffsetTransition t = paris.getRules().nextTransition(i.minusSeconds(7201));
      return t != null && !t.getInstant().isAfter(i.plusSeconds(7200));
    });
    assertThat(nearTransition).isGreaterThan(600);
    long periodEnd = count(sample, i -> {
      ZonedDateTime local = i.plusSeconds(7200).atZone(paris);
      return local.getDayOfMonth() == 1 && local.getHour() < 4;
    });
    assertThat(periodEnd).isGreaterThan(400);
  }

  @Example
  void policyInstantsInAZone_withoutTransitions() {
    assertThat(sample(PolicyArbitraries.policyInstants(ZoneId.of("UTC")), 200))
        .allSatisfy(i -> assertThat(i).isAfterOrEqualTo(FIRST).isBefore(END));
  }

  @Example
  void schedulesNear_everyKindWithinThreeDays() {
    List<Schedule> sample = sample(PolicyArbitraries.schedulesNear(AROUND), 1000);
    assertThat(sample.stream().map(Schedule::kind).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Schedule.Kind.values());
    assertThat(sample.stream().map(Schedule::instant).flatMap(Optional::stream))
        .allSatisfy(i -> assertThat(Duration.between(AROUND.toInstant(), i).abs())
            .isLessThanOrEqualTo(Duration.ofDays(3)));
    assertThat(sample.stream().map(Schedule::localDateTime).flatMap(Optional::stream))
        .allSatisfy(t -> assertThat(Duration.between(AROUND.toLocalDateTime(), t).abs())
            .isLessThanOrEqualTo(Duration.ofDays(3)));
    // 02:00 to 03:00 on 2026-03-08 does not exist in New York.
    assertThat(sample.stream().map(Schedule::localDateTime).flatMap(Optional::stream))
        .anySatisfy(t -> assertThat(AROUND.getZone().getRules().getValidOffsets(t)).isEmpty());
    assertThat(sample.stream().map(Schedule::anchor).flatMap(Optional::stream))
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d).isBetween(AROUND.toLocalDate().minusDays(5), AROUND.toLocalDate().plusDays(40)));
    assertThat(count(sample, s -> s.anchor().isPresent())).isBetween(150L, 350L);
  }

  @Property(tries = 300)
  void schedules_recurringOnesFire(@ForAll("schedules") Schedule schedule) {
    schedule.recurrence().ifPresent(r -> {
      assertThat((r.zone().isPresent() ? r : r.withZone(ZoneId.of("UTC"))).next(Instant.parse("0001-01-01T00:00:00Z")))
          .isPresent();
    });
    schedule.instant().ifPresent(i -> assertThat(i.getNano()).isZero());
    schedule.localDateTime().map(LocalDateTime::getNano).ifPresent(n -> assertThat(n).isZero());
  }

  @Example
  void schedules_everyKind() {
    assertThat(sample(PolicyArbitraries.schedules(), 500).stream().map(Schedule::kind).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Schedule.Kind.values());
  }

  // --- providers

  @Provide
  Arbitrary<WeeklyHours> weeklyHours() {
    return PolicyArbitraries.weeklyHours();
  }

  @Provide
  Arbitrary<BlackoutDates> blackoutDates() {
    return PolicyArbitraries.blackoutDates();
  }

  @Provide
  Arbitrary<Contact> contacts() {
    return PolicyArbitraries.contacts();
  }

  @Provide
  Arbitrary<List<Contact>> audiences() {
    return PolicyArbitraries.audiences();
  }

  @Provide
  Arbitrary<Instant> policyInstants() {
    return PolicyArbitraries.policyInstants();
  }

  @Provide
  Arbitrary<Schedule> schedules() {
    return PolicyArbitraries.schedules();
  }
}
