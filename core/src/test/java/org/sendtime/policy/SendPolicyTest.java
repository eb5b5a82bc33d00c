package org.sendtime.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sendtime.calendar.Blackout;
import org.sendtime.calendar.BlackoutAction;
import org.sendtime.calendar.BlackoutDates;
import org.sendtime.calendar.BlackoutScope;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.calendar.Weekend;
import org.sendtime.optimize.Engagement;
import org.sendtime.optimize.SendTimeOptimizer;
import org.sendtime.optimize.SendTimeRecommendation;
import org.sendtime.recurrence.RecurrenceSet;
import org.sendtime.time.DstPolicy;
import org.sendtime.time.LocalWindow;
import org.sendtime.time.WeeklyHours;

class SendPolicyTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private static final WeeklyHours OFFICE = WeeklyHours.parse("MON-FRI 09:00-17:00");
  private static final Blackout YEAR_END =
      Blackout.of("year-end", BlackoutDates.yearly(MonthDay.of(12, 24), MonthDay.of(1, 2)));

  private static Instant at(String zoned) {
    return ZonedDateTime.parse(zoned).toInstant();
  }

  private static Schedule local(String localDateTime) {
    return Schedule.atLocal(LocalDateTime.parse(localDateTime));
  }

  private static Instant scheduledAt(Decision d) {
    assertThat(d).isInstanceOf(Decision.Scheduled.class);
    return ((Decision.Scheduled) d).at();
  }

  private static Decision.Suppressed suppressed(Decision d) {
    assertThat(d).isInstanceOf(Decision.Suppressed.class);
    return (Decision.Suppressed) d;
  }

  private static SendPolicy.Builder local() {
    return SendPolicy.builder(NEW_YORK).zoneStrategy(ZoneStrategy.RECIPIENT_LOCAL);
  }

  // --- the scenarios of the seeds

  @Test
  void businessHours_fridayEveningMovesToMonday() {
    SendPolicy p = SendPolicy.builder(CHICAGO).businessHours(OFFICE).build();
    Decision d = p.decide(Contact.of("c1"), at("2026-11-20T18:00-06:00[America/Chicago]"));
    assertThat(scheduledAt(d)).isEqualTo(at("2026-11-23T09:00-06:00[America/Chicago]"));
  }

  @Test
  void holiday_movesToNextBusinessDay() {
    SendPolicy p = SendPolicy.builder(NEW_YORK)
        .businessHours(OFFICE)
        .weekend(Weekend.SATURDAY_SUNDAY)
        .holidays(HolidayCalendar.usFederal())
        .build();
    // Thanksgiving, Thursday 2026-11-26.
    assertThat(scheduledAt(p.decide(Contact.of("c1"), at("2026-11-26T10:00-05:00[America/New_York]"))))
        .isEqualTo(at("2026-11-27T09:00-05:00[America/New_York]"));
    // Independence Day 2026 falls on a Saturday and is observed on Friday 07-03.
    assertThat(scheduledAt(p.decide(Contact.of("c1"), at("2026-07-03T10:00-04:00[America/New_York]"))))
        .isEqualTo(at("2026-07-06T09:00-04:00[America/New_York]"));
  }

  @Test
  void yearEndFreeze_skipSuppressesWithItsName() {
    SendPolicy p = SendPolicy.builder(NEW_YORK).blackout(YEAR_END.withAction(BlackoutAction.SKIP)).build();
    Decision.Suppressed s = suppressed(p.decide(Contact.of("c1"), at("2026-12-28T10:00-05:00[America/New_York]")));
    assertThat(s.rule()).isEqualTo("blackout year-end");
    assertThat(s.reason()).contains("year-end").contains("2026-12-28");
  }

  @Test
  void yearEndFreeze_delayMovesToJanuaryThird() {
    SendPolicy p = SendPolicy.builder(NEW_YORK).blackout(YEAR_END).build();
    // 2029-01-03 is a Wednesday.
    assertThat(scheduledAt(p.decide(Contact.of("c1"), at("2028-12-27T10:00-05:00[America/New_York]"))))
        .isEqualTo(at("2029-01-03T00:00-05:00[America/New_York]"));
  }

  @Test
  void yearEndFreeze_delayThenWeekend() {
    SendPolicy p = SendPolicy.builder(NEW_YORK)
        .blackout(YEAR_END)
        .weekend(Weekend.SATURDAY_SUNDAY)
        .quietHours(LocalWindow.parse("21:00-08:00"))
        .build();
    // 2027-01-03 is a Sunday: the send waits for Monday, and then for the end of quiet hours.
    assertThat(scheduledAt(p.decide(Contact.of("c1"), at("2026-12-28T10:00-05:00[America/New_York]"))))
        .isEqualTo(at("2027-01-04T08:00-05:00[America/New_York]"));
  }

  @Test
  void recipientLocal_sameWallClockInThreeZones() {
    SendPolicy p = local().build();
    Schedule nine = local("2026-12-01T09:00");
    Instant launch = Instant.parse("2026-11-30T00:00:00Z");
    assertThat(scheduledAt(p.decide(Contact.of("s", SYDNEY), nine, launch)))
        .isEqualTo(Instant.parse("2026-11-30T22:00:00Z"));
    assertThat(scheduledAt(p.decide(Contact.of("l", LONDON), nine, launch)))
        .isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
    assertThat(scheduledAt(p.decide(Contact.of("a", LOS_ANGELES), nine, launch)))
        .isEqualTo(Instant.parse("2026-12-01T17:00:00Z"));
  }

  @Test
  void springForwardGap_byDstPolicy() {
    Schedule s = local("2026-03-08T02:30");
    Instant launch = Instant.parse("2026-03-01T00:00:00Z");
    Contact c = Contact.of("c1");
    SendPolicy forward = SendPolicy.builder(NEW_YORK).build();
    assertThat(scheduledAt(forward.decide(c, s, launch))).isEqualTo(at("2026-03-08T03:30-04:00[America/New_York]"));
    SendPolicy transition = SendPolicy.builder(NEW_YORK).dstPolicy(DstPolicy.AT_TRANSITION).build();
    assertThat(scheduledAt(transition.decide(c, s, launch))).isEqualTo(at("2026-03-08T03:00-04:00[America/New_York]"));
    SendPolicy skip = SendPolicy.builder(NEW_YORK).dstPolicy(DstPolicy.SKIP).build();
    assertThat(suppressed(skip.decide(c, s, launch)).reason()).contains("does not exist");
  }

  @Test
  void quietHours_endInSpringForwardGap_landsAtTheTransition() {
    SendPolicy p = SendPolicy.builder(NEW_YORK).quietHours(LocalWindow.parse("21:00-02:30")).build();
    // 02:30 does not exist; at 03:00 EDT the clock is already past the end of quiet hours.
    assertThat(scheduledAt(p.decide(Contact.of("c1"), at("2026-03-07T23:00-05:00[America/New_York]"))))
        .isEqualTo(at("2026-03-08T03:00-04:00[America/New_York]"));
  }

  @Test
  void businessHours_openAgainWhenClocksGoBack() {
    SendPolicy p = SendPolicy.builder(NEW_YORK).businessHours(WeeklyHours.parse("SAT 22:00-01:30")).build();
    // 01:45 EDT on 2026-11-01 is closed, but fifteen minutes later the clock reads 01:00 EST.
    assertThat(scheduledAt(p.decide(Contact.of("c1"), Instant.parse("2026-11-01T05:45:00Z"))))
        .isEqualTo(Instant.parse("2026-11-01T06:00:00Z"));
  }

  @Test
  void coordinate_findsTheWindowAfterASkippingBlackout() {
    SendPolicy p = SendPolicy.builder(java.time.ZoneOffset.UTC)
        .zoneStrategy(ZoneStrategy.COORDINATED)
        .blackout(Blackout.of("audit", BlackoutDates.on(LocalDate.of(2026, 6, 10))).withAction(BlackoutAction.SKIP))
        .build();
    CoordinatedSend c = p.coordinate(
        List.of(Contact.of("c1", java.time.ZoneOffset.UTC)), Schedule.immediate(), Instant.parse("2026-06-10T12:00:00Z"));
    assertThat(c.at()).isEqualTo(Instant.parse("2026-06-11T00:00:00Z"));
    assertThat(c.inWindow()).isEqualTo(1);
  }

  @Test
  void quietHours_inRepeatedHour_neverMovesBackwards() {
    SendPolicy p = SendPolicy.builder(NEW_YORK).quietHours(LocalWindow.parse("00:30-01:30")).build();
    // 01:10 in the second pass of the fall-back hour: 01:30 of the first pass is already past.
    Instant secondPass = Instant.parse("2026-11-01T06:10:00Z");
    assertThat(scheduledAt(p.decide(Contact.of("c1"), secondPass))).isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
  }

  // --- how it decides

  @Test
  void orderOfRules_neverChangesTheDecision() {
    List<Constraint> constraints = new ArrayList<>();
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
      constraints.add(closedOn(day));
    }
    List<Blackout> blackouts = List.of(
        YEAR_END,
        Blackout.of("quarter-end", BlackoutDates.lastDaysOfQuarter(5)),
        Blackout.of("audit", BlackoutDates.on(LocalDate.of(2027, 1, 5))).withAction(BlackoutAction.SKIP));
    Random random = new Random(7);
    Decision first = null;
    for (int i = 0; i < 20; i++) {
      List<Constraint> c = new ArrayList<>(constraints);
      List<Blackout> b = new ArrayList<>(blackouts);
      Collections.shuffle(c, random);
      Collections.shuffle(b, random);
      SendPolicy.Builder builder = SendPolicy.builder(NEW_YORK).quietHours(LocalWindow.parse("20:00-09:00"));
      c.forEach(builder::constraint);
      b.forEach(builder::blackout);
      Decision d = builder.build()
          .explain(Contact.of("c1"), Schedule.at(Instant.parse("2026-12-20T15:00:00Z")), Instant.parse("2026-12-20T15:00:00Z"));
      if (first == null) {
        first = d;
      }
      assertThat(d).isEqualTo(first);
    }
  }

  private static Constraint closedOn(DayOfWeek day) {
    return new Constraint() {
      @Override
      public String name() {
        return "closed on " + day;
      }

      @Override
      public Verdict judge(ZonedDateTime at, Contact contact) {
        return at.getDayOfWeek() != day
            ? Verdict.allow()
            : Verdict.moveTo(at.toLocalDate().plusDays(1).atStartOfDay(at.getZone()).toInstant(), "closed");
      }
    };
  }

  @Test
  void horizon_suppressesWhenNothingIsAllowed() {
    SendPolicy p = SendPolicy.builder(NEW_YORK)
        .blackout(Blackout.of("moratorium", BlackoutDates.between(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))))
        .build();
    Decision.Suppressed s = suppressed(p.decide(Contact.of("c1"), Instant.parse("2026-03-01T12:00:00Z")));
    assertThat(s.rule()).isEqualTo("horizon");
    assertThat(s.reason()).contains("365 days");
    SendPolicy longer = p.toBuilder().horizon(Duration.ofDays(800)).build();
    assertThat(scheduledAt(longer.decide(Contact.of("c1"), Instant.parse("2026-03-01T12:00:00Z"))))
        .isEqualTo(at("2028-01-01T00:00-05:00[America/New_York]"));
  }

  @Test
  void deliverBy_withinSuppressesStaleSends() {
    SendPolicy p = SendPolicy.builder(NEW_YORK).blackout(YEAR_END).deliverBy(DeliverBy.within(Duration.ofHours(48))).build();
    Decision.Suppressed s = suppressed(p.decide(Contact.of("c1"), Instant.parse("2026-12-24T15:00:00Z")));
    assertThat(s.rule()).isEqualTo("deliver-by");
    assertThat(s.reason()).contains("stale");
    assertThat(scheduledAt(p.decide(Contact.of("c1"), Instant.parse("2026-12-22T20:00:00Z"))))
        .isEqualTo(Instant.parse("2026-12-22T20:00:00Z"));
  }

  @Test
  void deliverBy_anchorIsTheBirthday() {
    SendPolicy p = local()
        .weekend(Weekend.SATURDAY_SUNDAY)
        .blackout(Blackout.of("birthday-week", BlackoutDates.between(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 20))))
        .deliverBy(DeliverBy.byAnchor(0))
        .build();
    Contact c = Contact.of("c1", CHICAGO);
    Instant launch = Instant.parse("2026-06-01T00:00:00Z");
    Schedule beforeBirthday = local("2026-06-12T09:00").withAnchor(LocalDate.of(2026, 6, 15));
    assertThat(suppressed(p.decide(c, beforeBirthday, launch)).rule()).isEqualTo("deliver-by");
    Schedule laterBirthday = beforeBirthday.withAnchor(LocalDate.of(2026, 6, 22));
    // 06-21 is a Sunday; Monday 06-22 is the birthday itself, still in time.
    assertThat(scheduledAt(p.decide(c, laterBirthday, launch))).isEqualTo(at("2026-06-22T00:00-05:00[America/Chicago]"));
    assertThatThrownBy(() -> p.decide(c, local("2026-06-12T09:00"), launch))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no anchor");
  }

  @Test
  void lateSends_nextDayByDefault() {
    SendPolicy p = local().build();
    Instant launch = Instant.parse("2026-12-01T00:00:00Z");
    // 09:00 in Sydney on 12-01 was 2026-11-30T22:00Z, before launch: the next day's 09:00.
    Decision d = p.explain(Contact.of("s", SYDNEY), local("2026-12-01T09:00"), launch);
    assertThat(scheduledAt(d)).isEqualTo(Instant.parse("2026-12-01T22:00:00Z"));
    assertThat(d.candidate()).isEqualTo(Instant.parse("2026-11-30T22:00:00Z"));
    assertThat(d.trace()).extracting(TraceStep::rule).containsExactly("late");
  }

  @Test
  void lateSends_toleranceAndSkip() {
    Instant launch = Instant.parse("2026-11-30T22:30:00Z");
    Schedule nine = local("2026-12-01T09:00");
    SendPolicy now = local().lateSends(LateSends.sendNowWithin(Duration.ofHours(1))).build();
    assertThat(scheduledAt(now.decide(Contact.of("s", SYDNEY), nine, launch))).isEqualTo(launch);
    SendPolicy skip = local().lateSends(LateSends.sendNowWithin(Duration.ofMinutes(10)).otherwise(LateSends.Action.SKIP)).build();
    assertThat(suppressed(skip.decide(Contact.of("s", SYDNEY), nine, launch)).rule()).isEqualTo("late");
  }

  @Test
  void contactWithoutZone_fallbackOrSuppressed() {
    Schedule nine = local("2026-12-01T09:00");
    Instant launch = Instant.parse("2026-11-01T00:00:00Z");
    Decision.Suppressed s = suppressed(local().build().decide(Contact.of("nz"), nine, launch));
    assertThat(s.rule()).isEqualTo("zone");
    assertThat(s.reason()).contains("nz").contains("no fallback zone");
    SendPolicy withFallback = local().fallbackZone(TOKYO).build();
    assertThat(scheduledAt(withFallback.decide(Contact.of("nz"), nine, launch))).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
  }

  @Test
  void blackoutDates_contactLocalOrOrganization() {
    Blackout christmasEve = Blackout.of("eve", BlackoutDates.on(LocalDate.of(2026, 12, 24)));
    Contact tokyo = Contact.of("t", TOKYO);
    // 09:00 Dec 25 in Tokyo is 19:00 Dec 24 in New York.
    Schedule s = local("2026-12-25T09:00");
    Instant launch = Instant.parse("2026-12-01T00:00:00Z");
    SendPolicy contactLocal = local().blackout(christmasEve).build();
    assertThat(scheduledAt(contactLocal.decide(tokyo, s, launch))).isEqualTo(Instant.parse("2026-12-25T00:00:00Z"));
    SendPolicy organization = local().blackout(christmasEve).blackoutDatesIn(BlackoutDatesIn.ORGANIZATION).build();
    assertThat(scheduledAt(organization.decide(tokyo, s, launch))).isEqualTo(at("2026-12-25T00:00-05:00[America/New_York]"));
  }

  @Test
  void blackoutScopes_locationsAndCampaigns() {
    Blackout storeClosed = Blackout.of("inventory", BlackoutDates.on(LocalDate.of(2026, 5, 4)))
        .withScope(BlackoutScope.locations(List.of("store-12")));
    Blackout launchFreeze = Blackout.of("launch-freeze", BlackoutDates.on(LocalDate.of(2026, 5, 4)))
        .withScope(BlackoutScope.campaigns(List.of("spring-sale")));
    SendPolicy p = SendPolicy.builder(NEW_YORK).blackout(storeClosed).blackout(launchFreeze).build();
    Instant monday = at("2026-05-04T10:00-04:00[America/New_York]");
    Instant tuesday = at("2026-05-05T00:00-04:00[America/New_York]");
    assertThat(scheduledAt(p.decide(Contact.of("a"), monday))).isEqualTo(monday);
    assertThat(scheduledAt(p.decide(Contact.of("b").withLocation("store-12"), monday))).isEqualTo(tuesday);
    assertThat(scheduledAt(p.forCampaign("spring-sale").decide(Contact.of("a"), monday))).isEqualTo(tuesday);
    assertThat(scheduledAt(p.forCampaign("autumn").decide(Contact.of("a"), monday))).isEqualTo(monday);
  }

  @Test
  void recurring_nextOccurrenceAtOrAfterLaunch() {
    RecurrenceSet weekly = RecurrenceSet.parse("DTSTART:20260105T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO");
    SendPolicy p = local().holidays(HolidayCalendar.usFederal()).build();
    // Monday 2026-01-19 is Martin Luther King Jr. Day: the send waits for Tuesday.
    Decision d = p.decide(Contact.of("c", NEW_YORK), Schedule.recurring(weekly), Instant.parse("2026-01-13T00:00:00Z"));
    assertThat(scheduledAt(d)).isEqualTo(at("2026-01-20T00:00-05:00[America/New_York]"));
    assertThat(d.candidate()).isEqualTo(at("2026-01-19T09:00-05:00[America/New_York]"));
  }

  @Test
  void optimized_readsTheRecommendationOnTheContactsClock() {
    List<Engagement> opens = new ArrayList<>();
    for (int day = 1; day <= 8; day++) {
      opens.add(Engagement.of(at("2026-10-0" + Math.min(day, 9) + "T19:20-05:00[America/Chicago]"), Engagement.Kind.OPEN));
    }
    SendTimeRecommendation rec = SendTimeOptimizer.ofDefaults()
        .recommend(opens, CHICAGO, Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(rec.time()).isEqualTo(java.time.LocalTime.of(19, 0));
    SendPolicy p = local().quietHours(LocalWindow.parse("21:00-08:00")).weekend(Weekend.SATURDAY_SUNDAY).build();
    // Launch on Friday 2026-11-06 at 20:00 Chicago: the next 19:00 is Saturday, a weekend day.
    Decision d = p.decide(Contact.of("c", CHICAGO), Schedule.optimized(rec), at("2026-11-06T20:00-06:00[America/Chicago]"));
    assertThat(d.candidate()).isEqualTo(at("2026-11-07T19:00-06:00[America/Chicago]"));
    assertThat(scheduledAt(d)).isEqualTo(at("2026-11-09T08:00-06:00[America/Chicago]"));
  }

  @Test
  void recurring_thatNeverFires() {
    RecurrenceSet never = RecurrenceSet.parse("DTSTART:20260101T090000\nRRULE:FREQ=DAILY;COUNT=1\nEXDATE:20260101T090000");
    assertThatThrownBy(() -> Schedule.recurring(never))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never fires");
  }

  @Test
  void customConstraint_mustMoveLater() {
    Constraint backwards = new Constraint() {
      @Override
      public String name() {
        return "backwards";
      }

      @Override
      public Verdict judge(ZonedDateTime at, Contact contact) {
        return Verdict.moveTo(at.toInstant().minusSeconds(60), "backwards");
      }
    };
    SendPolicy p = SendPolicy.builder(NEW_YORK).constraint(backwards).build();
    assertThatThrownBy(() -> p.decide(Contact.of("c"), Instant.parse("2026-01-01T00:00:00Z")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("backwards")
        .hasMessageContaining("not later");
  }

  @Test
  void customConstraint_suppresses() {
    Constraint unsubscribed = new Constraint() {
      @Override
      public String name() {
        return "unsubscribed";
      }

      @Override
      public Verdict judge(ZonedDateTime at, Contact contact) {
        return contact.id().startsWith("u") ? Verdict.suppress("contact unsubscribed") : Verdict.allow();
      }
    };
    SendPolicy p = SendPolicy.builder(NEW_YORK).constraint(unsubscribed).build();
    assertThat(suppressed(p.decide(Contact.of("u1"), Instant.parse("2026-01-01T00:00:00Z"))).reason())
        .isEqualTo("contact unsubscribed");
    assertThat(p.decide(Contact.of("c1"), Instant.parse("2026-01-01T00:00:00Z")).isScheduled()).isTrue();
  }

  @Test
  void explain_rendersTheTrace() {
    SendPolicy p = local()
        .businessHours(OFFICE)
        .weekend(Weekend.SATURDAY_SUNDAY)
        .blackout(YEAR_END)
        .build();
    Decision d = p.explain(Contact.of("c1", CHICAGO), local("2026-12-24T09:00"), Instant.parse("2026-12-01T00:00:00Z"));
    assertThat(scheduledAt(d)).isEqualTo(at("2027-01-04T09:00-06:00[America/Chicago]"));
    assertThat(d.trace()).extracting(TraceStep::rule).containsExactly("blackout year-end", "business hours");
    assertThat(d.toString())
        .startsWith("scheduled 2027-01-04T09:00-06:00[America/Chicago] (2027-01-04T15:00:00Z) for c1")
        .contains("candidate 2026-12-24T09:00-06:00")
        .contains("blackout year-end: 2026-12-24T09:00-06:00 -> 2027-01-03T00:00-06:00")
        .contains("business hours: 2027-01-03T00:00-06:00 -> 2027-01-04T09:00-06:00 (closed; open MON-FRI 09:00-17:00)");
    assertThat(p.decide(Contact.of("c1", CHICAGO), local("2026-12-24T09:00"), Instant.parse("2026-12-01T00:00:00Z")).trace()).isEmpty();
  }

  // --- audiences

  @Test
  void coordinate_earliestInstantWithLargestShare() {
    SendPolicy p = SendPolicy.builder(NEW_YORK).zoneStrategy(ZoneStrategy.COORDINATED).businessHours(OFFICE).build();
    List<Contact> audience = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      audience.add(Contact.of("ny" + i, NEW_YORK));
    }
    for (int i = 0; i < 5; i++) {
      audience.add(Contact.of("ld" + i, LONDON));
    }
    audience.add(Contact.of("tk", TOKYO));
    // Monday 2026-12-07: New York opens at 14:00Z and London closes at 17:00Z.
    CoordinatedSend c = p.coordinate(audience, Schedule.immediate(), Instant.parse("2026-12-07T00:00:00Z"));
    assertThat(c.at()).isEqualTo(Instant.parse("2026-12-07T14:00:00Z"));
    assertThat(c.inWindow()).isEqualTo(15);
    assertThat(c.audience()).isEqualTo(16);
    assertThat(c.share()).isEqualTo(15.0 / 16);
  }

  @Test
  void batches_groupByZoneAndInstant() {
    SendPolicy p = local().build();
    List<Contact> audience = List.of(
        Contact.of("a", LOS_ANGELES), Contact.of("b", SYDNEY), Contact.of("c", LOS_ANGELES), Contact.of("d"));
    ImmutableList<ZoneBatch> batches = p.batches(audience, local("2026-12-01T09:00"), Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(batches).hasSize(3);
    assertThat(batches.get(0).zone()).contains(SYDNEY);
    assertThat(batches.get(0).at()).contains(Instant.parse("2026-11-30T22:00:00Z"));
    assertThat(batches.get(1).contactIds()).containsExactly("a", "c");
    assertThat(batches.get(2).at()).isEmpty();
    assertThat(batches.get(2).suppressedBy()).hasValueSatisfying(r -> assertThat(r).startsWith("zone:"));
  }

  // --- settings

  @Test
  void builder_rejectsBadSettings() {
    assertThatThrownBy(() -> SendPolicy.builder(NEW_YORK).horizon(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Horizon");
    assertThatThrownBy(() -> SendPolicy.builder(NEW_YORK).blackout(YEAR_END).blackout(YEAR_END))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Duplicate blackout name 'year-end'");
    assertThatThrownBy(() -> SendPolicy.builder(NEW_YORK).constraint(closedOn(DayOfWeek.MONDAY)).constraint(closedOn(DayOfWeek.MONDAY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Duplicate constraint name");
    assertThatThrownBy(() -> SendPolicy.builder(NEW_YORK).name(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void badInput_namesWhatIsWrong() {
    assertThatThrownBy(() -> SendPolicy.builder(NEW_YORK).quietHours(LocalWindow.parse("21:00-21:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zero length");
    assertThatThrownBy(() -> BlackoutDates.between(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 24)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-12-24")
        .hasMessageContaining("2026-12-31");
    assertThatThrownBy(() -> Schedule.recurring(RecurrenceSet.parse("DTSTART:20260101T090000\nRRULE:FREQ=DAILY;UNTIL=20251231T000000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never fires");
    assertThatThrownBy(() -> SendPolicy.builder(ZoneId.of("America/Springfield")))
        .isInstanceOf(java.time.DateTimeException.class)
        .hasMessageContaining("America/Springfield");
  }

  @Test
  void toBuilder_buildsAnEqualPolicy() {
    SendPolicy p = local().businessHours(OFFICE).blackout(YEAR_END).horizon(Duration.ofDays(30)).build();
    assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(p.forCampaign("x")).isNotEqualTo(p);
    assertThat(p.forCampaign("x").campaign()).contains("x");
  }
}
