package org.sendtime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.sendtime.calendar.Blackout;
import org.sendtime.calendar.BlackoutAction;
import org.sendtime.calendar.BlackoutDates;
import org.sendtime.calendar.BlackoutScope;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.calendar.Weekend;
import org.sendtime.optimize.SendTimeOptimizer;
import org.sendtime.policy.BlackoutDatesIn;
import org.sendtime.policy.Contact;
import org.sendtime.policy.Decision;
import org.sendtime.policy.DeliverBy;
import org.sendtime.policy.LateSends;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;
import org.sendtime.policy.ZoneStrategy;
import org.sendtime.recurrence.CronDialect;
import org.sendtime.recurrence.CronExpression;
import org.sendtime.recurrence.RecurrenceSet;
import org.sendtime.rules.PolicyChecks.Finding;
import org.sendtime.rules.PolicyProblem.Severity;
import org.sendtime.testing.PolicyArbitraries;
import org.sendtime.time.DstPolicy;
import org.sendtime.time.LocalWindow;
import org.sendtime.time.WeeklyHours;

class PolicyChecksTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final String NEVER_OPEN = "no time of the week is open for sends";

  private static SendPolicy.Builder office() {
    return SendPolicy.builder(NEW_YORK)
        .name("office")
        .quietHours(LocalWindow.parse("21:00-08:00"))
        .businessHours(WeeklyHours.parse("MON-FRI 09:00-17:00"))
        .weekend(Weekend.SATURDAY_SUNDAY);
  }

  private static List<Finding> check(SendPolicy.Builder b) {
    return PolicyChecks.check(Policy.of(b.build()));
  }

  private static List<String> texts(List<Finding> findings) {
    return findings.stream().map(Finding::toString).collect(Collectors.toList());
  }

  // -------------------------------------------------------------------------------------------
  // Clean policies

  @Test
  void check_cleanOfficePolicy() {
    assertThat(check(office())).isEmpty();
  }

  @Test
  void check_cleanPolicyWithoutRules() {
    assertThat(check(SendPolicy.builder(NEW_YORK))).isEmpty();
  }

  @Test
  void check_cleanRetailPolicy() {
    SendPolicy.Builder retail = SendPolicy.builder(NEW_YORK)
        .name("retail-us")
        .zoneStrategy(ZoneStrategy.RECIPIENT_LOCAL)
        .fallbackZone(NEW_YORK)
        .quietHours(LocalWindow.parse("21:00-08:00"))
        .businessHours(WeeklyHours.parse("MON-FRI 09:00-17:00; SAT 10:00-14:00"))
        .holidays(HolidayCalendar.usFederal())
        .blackout(Blackout.of("year-end", BlackoutDates.yearly(MonthDay.of(12, 24), MonthDay.of(1, 2))))
        .blackout(Blackout.of("quarter-close", BlackoutDates.lastDaysOfQuarter(3))
            .withAction(BlackoutAction.SKIP)
            .withScope(BlackoutScope.campaigns(List.of("promo"))))
        .blackout(Blackout.of("store-inventory", BlackoutDates.monthly(1, 1))
            .withScope(BlackoutScope.locations(List.of("store-12", "store-31"))));
    assertThat(check(retail)).isEmpty();
  }

  @Test
  void check_cleanSingleZoneOffice() {
    SendPolicy.Builder berlin = SendPolicy.builder(ZoneId.of("Europe/Berlin"))
        .businessHours(WeeklyHours.parse("MON-FRI 09:00-17:00"))
        .dstPolicy(DstPolicy.SKIP);
    assertThat(check(berlin)).isEmpty();
  }

  // -------------------------------------------------------------------------------------------
  // Never open

  @Test
  void check_businessHoursInsideQuietHours() {
    List<Finding> findings = check(office().quietHours(LocalWindow.parse("08:00-18:00")));
    assertThat(texts(findings)).containsExactly("error: business_hours: " + NEVER_OPEN
        + ", so every send is suppressed: business hours MON-FRI 09:00-17:00 lie entirely within quiet hours"
        + " 08:00-18:00");
  }

  @Test
  void check_businessHoursOnWeekendOnly() {
    List<Finding> findings = check(SendPolicy.builder(NEW_YORK)
        .businessHours(WeeklyHours.parse("SAT-SUN 10:00-14:00"))
        .weekend(Weekend.SATURDAY_SUNDAY));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).isEqualTo("business_hours");
      assertThat(f.message()).contains(NEVER_OPEN, "lie entirely on weekend days (SAT, SUN)")
          .doesNotContain("quiet");
    });
  }

  @Test
  void check_businessHoursOnWeekendOrInQuietHours() {
    List<Finding> findings = check(office().businessHours(WeeklyHours.parse("MON 22:00-23:00; SAT 10:00-12:00")));
    assertThat(findings).singleElement().extracting(Finding::message).asString().endsWith(
        "business hours MON 22:00-23:00; SAT 10:00-12:00 lie entirely on weekend days (SAT, SUN) or within quiet"
            + " hours 21:00-08:00");
  }

  @Test
  void check_quietNightFromSundayCoversMondayMorning() {
    // The quiet night that starts on Sunday 23:00 wraps round the end of the week.
    List<Finding> findings = check(SendPolicy.builder(NEW_YORK)
        .quietHours(LocalWindow.parse("23:00-02:00"))
        .businessHours(WeeklyHours.parse("MON 00:00-01:00")));
    assertThat(findings).singleElement().extracting(Finding::message).asString().contains(NEVER_OPEN);
  }

  @Test
  void check_oneOpenSecondIsEnough() {
    List<Finding> findings = check(office().quietHours(LocalWindow.parse("17:00-09:00:01"))
        .businessHours(WeeklyHours.parse("MON 09:00-09:00:02")));
    assertThat(findings).isEmpty();
  }

  @Test
  void check_overnightWindowFromWeekendIntoWorkday() {
    // SUN 22:00-02:00 is usable from Monday 00:00 on, so it is neither unused nor never open.
    List<Finding> findings = check(SendPolicy.builder(NEW_YORK)
        .businessHours(WeeklyHours.parse("SUN 22:00-02:00"))
        .weekend(Weekend.of(java.time.DayOfWeek.SUNDAY)));
    assertThat(findings).isEmpty();
  }

  @Test
  void check_neverOpenLeavesOutDayWarnings() {
    List<Finding> findings = check(office().quietHours(LocalWindow.parse("08:00-18:00"))
        .businessHours(WeeklyHours.parse("MON-FRI 09:00-17:00; SAT 10:00-14:00")));
    assertThat(findings).extracting(Finding::severity).containsExactly(Severity.ERROR);
  }

  // -------------------------------------------------------------------------------------------
  // Business hours never used

  @Test
  void check_businessHoursOnWeekendDay() {
    List<Finding> findings = check(office().businessHours(WeeklyHours.parse("MON-FRI 09:00-17:00; SAT 10:00-14:00")));
    assertThat(texts(findings)).containsExactly(
        "warning: business_hours: business hours on SAT (10:00-14:00) are never used: SAT is a weekend day");
  }

  @Test
  void check_businessHoursInsideQuietHoursOnOneDay() {
    List<Finding> findings = check(office().businessHours(
        WeeklyHours.parse("MON-FRI 09:00-17:00; WED 06:00-07:00, 22:00-23:00")));
    assertThat(texts(findings)).containsExactly("warning: business_hours: business hours on WED (06:00-07:00,"
        + " 22:00-23:00) are never used: they lie within quiet hours 21:00-08:00");
  }

  @Test
  void check_businessHoursOnWeekendAndInQuietHours() {
    // Quiet on Friday night, then open from 08:00 on Saturday, a weekend day.
    List<Finding> findings = check(office().businessHours(WeeklyHours.parse("MON-FRI 09:00-17:00; FRI 22:00-09:00")));
    assertThat(texts(findings)).containsExactly("warning: business_hours: business hours on FRI (22:00-09:00) are"
        + " never used: they lie on weekend days (SAT, SUN) or within quiet hours 21:00-08:00");
  }

  // -------------------------------------------------------------------------------------------
  // Zones

  @Test
  void check_recipientLocalWithoutFallback() {
    List<Finding> findings = check(office().zoneStrategy(ZoneStrategy.RECIPIENT_LOCAL));
    assertThat(texts(findings)).containsExactly("warning: zone_strategy: sends to contacts without a zone are"
        + " suppressed: zone_strategy recipient_local has no fallback_zone to read their wall clock in");
  }

  @Test
  void check_coordinatedWithoutFallback() {
    List<Finding> findings = check(office().zoneStrategy(ZoneStrategy.COORDINATED));
    assertThat(findings).singleElement().extracting(Finding::message).asString().contains("coordinated");
  }

  @Test
  void check_fallbackZoneWithSingleZone() {
    List<Finding> findings = check(office().fallbackZone(LONDON));
    assertThat(texts(findings)).containsExactly("warning: fallback_zone: fallback_zone Europe/London is never"
        + " used: zone_strategy single reads every wall clock in zone America/New_York");
  }

  @Test
  void check_organizationDatesWithSingleZone() {
    List<Finding> findings = check(office().blackoutDatesIn(BlackoutDatesIn.ORGANIZATION));
    assertThat(texts(findings)).containsExactly("warning: blackout_dates_in: blackout_dates_in organization has"
        + " no effect: zone_strategy single reads every date in zone America/New_York");
  }

  @Test
  void check_organizationDatesWithRecipientLocal() {
    assertThat(check(office().zoneStrategy(ZoneStrategy.RECIPIENT_LOCAL).fallbackZone(NEW_YORK)
        .blackoutDatesIn(BlackoutDatesIn.ORGANIZATION))).isEmpty();
  }

  // -------------------------------------------------------------------------------------------
  // Blackouts

  @Test
  void check_blackoutScopedToOtherCampaigns() {
    List<Finding> findings = check(office().campaign("welcome")
        .blackout(Blackout.of("freeze", BlackoutDates.on(LocalDate.of(2026, 12, 25))))
        .blackout(Blackout.of("sale-pause", BlackoutDates.lastDaysOfMonth(2))
            .withScope(BlackoutScope.campaigns(List.of("spring-sale", "renewal")))));
    assertThat(texts(findings)).containsExactly("warning: blackouts[1]: blackout sale-pause never applies: it is"
        + " scoped to campaigns [renewal, spring-sale] and the policy is bound to campaign welcome");
  }

  @Test
  void check_blackoutScopedToOwnCampaign() {
    assertThat(check(office().campaign("welcome").blackout(Blackout.of("pause", BlackoutDates.lastDaysOfMonth(2))
        .withScope(BlackoutScope.campaigns(List.of("welcome")))))).isEmpty();
  }

  @Test
  void check_delayBlackoutLongerThanHorizon() {
    List<Finding> findings = check(office().horizon(Duration.ofDays(30))
        .blackout(Blackout.of("audit", BlackoutDates.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))));
    assertThat(texts(findings)).containsExactly("warning: blackouts[0]: blackout audit (2026-03-01 to 2026-03-31,"
        + " 31 days) is longer than the horizon 30d: sends it delays from its first days are suppressed as"
        + " beyond the horizon");
  }

  @Test
  void check_delayBlackoutAsLongAsHorizon() {
    // Delayed from the start of its first day to the start of the day after: exactly the horizon.
    assertThat(check(office().horizon(Duration.ofDays(30))
        .blackout(Blackout.of("audit", BlackoutDates.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))))))
        .isEmpty();
  }

  @Test
  void check_skipBlackoutLongerThanHorizon() {
    assertThat(check(office().horizon(Duration.ofDays(30))
        .blackout(Blackout.of("audit", BlackoutDates.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31)))
            .withAction(BlackoutAction.SKIP)))).isEmpty();
  }

  // -------------------------------------------------------------------------------------------
  // Closed stretches

  @Test
  void check_horizonShorterThanWeekend() {
    List<Finding> findings = check(office().horizon(Duration.ofDays(1)));
    assertThat(texts(findings)).containsExactly("warning: horizon: horizon 1d is shorter than the longest closed"
        + " stretch of the week, 2d16h from FRI 17:00 to MON 09:00: sends wanted at its start are suppressed as"
        + " beyond the horizon");
  }

  @Test
  void check_deliverByShorterThanQuietHours() {
    List<Finding> findings = check(SendPolicy.builder(LONDON)
        .quietHours(LocalWindow.parse("20:00-07:00"))
        .deliverBy(DeliverBy.within(Duration.ofHours(1))));
    assertThat(texts(findings)).containsExactly("warning: deliver_by[0]: within 1h is shorter than the longest"
        + " closed stretch of the week, 11h from MON 20:00 to TUE 07:00: sends wanted at its start are always"
        + " suppressed as stale");
  }

  @Test
  void check_deliverByZeroWithQuietHours() {
    List<Finding> findings = check(SendPolicy.builder(LONDON)
        .quietHours(LocalWindow.parse("20:00-07:00"))
        .deliverBy(DeliverBy.within(Duration.ZERO)));
    assertThat(findings).singleElement().extracting(Finding::message).asString().startsWith("within 0s is shorter");
  }

  @Test
  void check_deliverByAsLongAsClosedStretch() {
    assertThat(check(SendPolicy.builder(LONDON)
        .quietHours(LocalWindow.parse("20:00-07:00"))
        .deliverBy(DeliverBy.within(Duration.ofHours(11))))).isEmpty();
  }

  @Test
  void check_deliverByWithoutClosedTime() {
    assertThat(check(SendPolicy.builder(LONDON).deliverBy(DeliverBy.within(Duration.ZERO)))).isEmpty();
  }

  // -------------------------------------------------------------------------------------------
  // Deadlines and late sends

  @Test
  void check_laterDeadlineNeverApplies() {
    List<Finding> findings = check(SendPolicy.builder(LONDON)
        .deliverBy(DeliverBy.within(Duration.ofHours(48)))
        .deliverBy(DeliverBy.within(Duration.ofHours(36)))
        .deliverBy(DeliverBy.within(Duration.ofHours(36))));
    assertThat(texts(findings)).containsExactly(
        "warning: deliver_by[0]: within 2d never applies: deliver_by[1] within 1d12h is always earlier",
        "warning: deliver_by[2]: within 1d12h never applies: deliver_by[1] within 1d12h is the same deadline");
  }

  @Test
  void check_laterAnchorDeadlineNeverApplies() {
    List<Finding> findings = check(SendPolicy.builder(LONDON)
        .deliverBy(DeliverBy.byAnchor(3))
        .deliverBy(DeliverBy.within(Duration.ofHours(36)))
        .deliverBy(DeliverBy.byAnchor(1)));
    assertThat(texts(findings)).containsExactly("warning: deliver_by[0]: days_after_anchor 3 never applies:"
        + " deliver_by[2] days_after_anchor 1 is always earlier");
  }

  @Test
  void check_anchorDeadlineWithoutAnchor() {
    Policy policy = Policy.of(SendPolicy.builder(LONDON).deliverBy(DeliverBy.byAnchor(0)).build())
        .withSchedule(PolicySchedule.of(Schedule.immediate()));
    assertThat(texts(PolicyChecks.check(policy))).containsExactly("warning: deliver_by[0]: days_after_anchor 0"
        + " counts from the schedule's anchor date, and the schedule sets none: deciding fails unless the host"
        + " gives every send an anchor");
  }

  @Test
  void check_anchorDeadlineWithAnchor() {
    Policy policy = Policy.of(SendPolicy.builder(LONDON).deliverBy(DeliverBy.byAnchor(0)).build())
        .withSchedule(PolicySchedule.optimized().withAnchor(LocalDate.of(2026, 5, 4)));
    assertThat(PolicyChecks.check(policy)).isEmpty();
  }

  @Test
  void check_anchorDeadlineWithHostSchedules() {
    assertThat(check(SendPolicy.builder(LONDON).deliverBy(DeliverBy.byAnchor(0)))).isEmpty();
  }

  @Test
  void check_lateToleranceBeyondDeadline() {
    List<Finding> findings = check(SendPolicy.builder(LONDON)
        .deliverBy(DeliverBy.within(Duration.ofHours(2)))
        .lateSends(LateSends.sendNowWithin(Duration.ofHours(12))));
    assertThat(texts(findings)).containsExactly("warning: late_sends: send_now_within 12h is longer than"
        + " deliver_by[0] within 2h: a send late by more than 2h is suppressed as stale instead of going out at"
        + " launch");
  }

  @Test
  void check_lateToleranceWithinDeadline() {
    assertThat(check(SendPolicy.builder(LONDON)
        .deliverBy(DeliverBy.within(Duration.ofHours(2)))
        .lateSends(LateSends.sendNowWithin(Duration.ofHours(2))))).isEmpty();
  }

  // -------------------------------------------------------------------------------------------
  // Schedule

  @Test
  void check_atLocalOnWeekend() {
    Policy policy = Policy.of(office().build())
        .withSchedule(PolicySchedule.of(Schedule.atLocal(LocalDateTime.parse("2026-12-05T09:00"))));
    assertThat(texts(PolicyChecks.check(policy))).containsExactly("warning: schedule: at_local 2026-12-05T09:00"
        + " is a closed time of the week (SAT 09:00): every send is moved, to MON 09:00 at the earliest");
  }

  @Test
  void check_atLocalAfterLastOpenTimeOfWeek() {
    // Friday evening: the next open time is in the next week.
    Policy policy = Policy.of(office().build())
        .withSchedule(PolicySchedule.of(Schedule.atLocal(LocalDateTime.parse("2026-12-04T18:30"))));
    assertThat(PolicyChecks.check(policy)).singleElement().extracting(Finding::message).asString()
        .contains("(FRI 18:30)", "to MON 09:00");
  }

  @Test
  void check_atLocalOpen() {
    Policy policy = Policy.of(office().build())
        .withSchedule(PolicySchedule.of(Schedule.atLocal(LocalDateTime.parse("2026-12-07T09:00"))));
    assertThat(PolicyChecks.check(policy)).isEmpty();
  }

  @Test
  void check_atLocalCoordinated() {
    // Judged on each contact's clock: a Saturday in New York may be open somewhere.
    Policy policy = Policy.of(office().zoneStrategy(ZoneStrategy.COORDINATED).fallbackZone(NEW_YORK).build())
        .withSchedule(PolicySchedule.of(Schedule.atLocal(LocalDateTime.parse("2026-12-05T09:00"))));
    assertThat(PolicyChecks.check(policy)).isEmpty();
  }

  @Test
  void check_recurringOnWeekendOnly() {
    RecurrenceSet saturdays = RecurrenceSet.parse(
        "DTSTART;TZID=America/New_York:20260103T090000\nRRULE:FREQ=WEEKLY;BYDAY=SA;COUNT=10");
    Policy policy = Policy.of(office().build()).withSchedule(PolicySchedule.of(Schedule.recurring(saturdays)));
    assertThat(texts(PolicyChecks.check(policy))).containsExactly("warning: schedule: none of its 10 occurrences"
        + " falls in an open time of the week: every send is moved, such as the one at 2026-01-03T09:00"
        + " (SAT 09:00) to MON 09:00 at the earliest");
  }

  @Test
  void check_floatingCronOnWeekendOnly() {
    CronExpression cron = CronExpression.parse("0 9 * * SAT", CronDialect.UNIX);
    Policy policy = Policy.of(office().zoneStrategy(ZoneStrategy.RECIPIENT_LOCAL).fallbackZone(NEW_YORK).build())
        .withSchedule(PolicySchedule.of(Schedule.recurring(cron.floating())));
    assertThat(PolicyChecks.check(policy)).singleElement().extracting(Finding::message).asString()
        .startsWith("none of its first 64 occurrences falls in an open time of the week");
  }

  @Test
  void check_zonedCronReadInPolicyZone() {
    // 14:00 in London on a Saturday is 09:00 in New York, a Saturday too.
    CronExpression cron = CronExpression.parse("0 14 * * SAT", CronDialect.UNIX);
    Policy policy = Policy.of(office().build())
        .withSchedule(PolicySchedule.of(Schedule.recurring(cron.atZone(LONDON))));
    assertThat(PolicyChecks.check(policy)).singleElement().extracting(Finding::path).isEqualTo("schedule");
  }

  @Test
  void check_zonedCronUnderRecipientLocal() {
    CronExpression cron = CronExpression.parse("0 9 * * SAT", CronDialect.UNIX);
    Policy policy = Policy.of(office().zoneStrategy(ZoneStrategy.RECIPIENT_LOCAL).fallbackZone(NEW_YORK).build())
        .withSchedule(PolicySchedule.of(Schedule.recurring(cron.atZone(NEW_YORK))));
    assertThat(PolicyChecks.check(policy)).isEmpty();
  }

  @Test
  void check_recurringSometimesOpen() {
    CronExpression cron = CronExpression.parse("0 9 * * MON,SAT", CronDialect.UNIX);
    Policy policy = Policy.of(office().build())
        .withSchedule(PolicySchedule.of(Schedule.recurring(cron.atZone(NEW_YORK))));
    assertThat(PolicyChecks.check(policy)).isEmpty();
  }

  @Test
  void check_anchorWithoutAnchorDeadline() {
    Policy policy = Policy.of(office().build())
        .withSchedule(PolicySchedule.of(Schedule.immediate()).withAnchor(LocalDate.of(2026, 1, 1)));
    assertThat(texts(PolicyChecks.check(policy))).containsExactly(
        "warning: schedule: anchor 2026-01-01 is never used: no deliver_by entry has days_after_anchor");
  }

  @Test
  void check_optimizerWithoutOptimizedSchedule() {
    Policy policy = Policy.of(office().build())
        .withSchedule(PolicySchedule.of(Schedule.at(Instant.parse("2026-12-01T14:00:00Z"))))
        .withOptimizer(SendTimeOptimizer.ofDefaults().withMinDataPoints(5));
    assertThat(texts(PolicyChecks.check(policy))).containsExactly(
        "warning: optimizer: the optimizer settings are never used: the schedule is at, not optimized");
  }

  @Test
  void check_optimizerWithOptimizedSchedule() {
    Policy policy = Policy.of(office().build())
        .withSchedule(PolicySchedule.optimized())
        .withOptimizer(SendTimeOptimizer.ofDefaults().withMinDataPoints(5));
    assertThat(PolicyChecks.check(policy)).isEmpty();
  }

  @Test
  void check_nullPolicy() {
    assertThatThrownBy(() -> PolicyChecks.check(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("policy");
  }

  // -------------------------------------------------------------------------------------------
  // Finding

  @Test
  void finding_equalsAndHashCode() {
    Finding a = Finding.warning("horizon", "too short");
    assertThat(a).isEqualTo(Finding.warning("horizon", "too short")).hasSameHashCodeAs(Finding.warning("horizon",
        "too short"));
    assertThat(a).isNotEqualTo(Finding.error("horizon", "too short"))
        .isNotEqualTo(Finding.warning("schedule", "too short"))
        .isNotEqualTo(Finding.warning("horizon", "too long"));
    assertThat(a.toString()).isEqualTo("warning: horizon: too short");
  }

  // -------------------------------------------------------------------------------------------
  // Properties: the checks agree with the engine

  @Property(tries = 300)
  void neverOpenError_agreesWithDecisions(
      @ForAll("closedPolicies") SendPolicy policy,
      @ForAll("contacts") Contact contact,
      @ForAll("instants") List<Instant> instants) {
    boolean neverOpen = PolicyChecks.check(Policy.of(policy)).stream()
        .anyMatch(f -> f.severity() == Severity.ERROR && f.message().startsWith(NEVER_OPEN));
    Statistics.label("never open").collect(neverOpen);
    Statistics.label("never open").coverage(c -> c.check(true).count(n -> n > 0));
    for (Instant i : instants) {
      Schedule at = Schedule.at(i).withAnchor(LocalDate.of(2026, 1, 1));
      Decision d = policy.decide(contact, at, i);
      if (neverOpen) {
        assertThat(d).isInstanceOf(Decision.Suppressed.class);
      }
      if (d instanceof Decision.Scheduled) {
        assertThat(neverOpen).isFalse();
      }
    }
  }

  @Property(tries = 500)
  void openTimeOfWeek_isWhatTheEngineAllows(
      @ForAll("closedPolicies") SendPolicy policy, @ForAll("instants") List<Instant> instants) {
    // Only the weekly rules, judged in the policy's zone: a send goes at the wanted instant
    // exactly when the wall-clock time there is open.
    SendPolicy.Builder weekly = SendPolicy.builder(policy.zone()).weekend(policy.weekend());
    policy.quietHours().ifPresent(weekly::quietHours);
    policy.businessHours().ifPresent(weekly::businessHours);
    SendPolicy stripped = weekly.build();
    PolicyChecks.Week week = PolicyChecks.Week.of(policy);
    for (Instant i : instants) {
      Decision d = stripped.decide(Contact.of("c"), i);
      boolean sentAtOnce = d instanceof Decision.Scheduled && ((Decision.Scheduled) d).at().equals(i);
      assertThat(sentAtOnce).as("%s at %s", stripped, i)
          .isEqualTo(week.isOpen(LocalDateTime.ofInstant(i, policy.zone())));
    }
  }

  /** Policies of every kind, and as many again with business hours and quiet hours that may leave no time open. */
  @Provide
  Arbitrary<SendPolicy> closedPolicies() {
    Arbitrary<SendPolicy> closed = Combinators.combine(
            PolicyArbitraries.sendPolicies(), PolicyArbitraries.weeklyHours(), PolicyArbitraries.localWindows())
        .as((p, hours, quiet) -> p.toBuilder().businessHours(hours).quietHours(quiet).build());
    return Arbitraries.oneOf(PolicyArbitraries.sendPolicies(), closed);
  }

  @Provide
  Arbitrary<Contact> contacts() {
    return PolicyArbitraries.contacts();
  }

  @Provide
  Arbitrary<List<Instant>> instants() {
    return PolicyArbitraries.policyInstants().list().ofMinSize(1).ofMaxSize(8);
  }
}
