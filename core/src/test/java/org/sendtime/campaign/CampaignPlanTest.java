package org.sendtime.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendtime.calendar.Weekend;
import org.sendtime.policy.Contact;
import org.sendtime.policy.Decision;
import org.sendtime.policy.SendPolicy;
import org.sendtime.policy.ZoneStrategy;
import org.sendtime.time.LocalWindow;
import org.sendtime.window.ExclusionRule;
import org.sendtime.window.ExclusionWindows;
import org.sendtime.window.JurisdictionHours;
import org.sendtime.window.WindowAnchor;
import org.threeten.extra.LocalDateRange;

class CampaignPlanTest {

  private static final LocalDateRange Y2025 = LocalDateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

  private static CampaignContact contact(String state, String birthday) {
    return CampaignContact.of(Contact.of("c1", SeedRules.CHICAGO))
        .withJurisdiction(state)
        .withDate("birthday", LocalDate.parse(birthday));
  }

  private static CampaignPlan.Builder plan() {
    return CampaignPlan.builder(SeedRules.POLICY).suppression(SuppressionPolicy.of(SeedRules.TABLE));
  }

  /** The emails as "kind due outcome", outcome S (scheduled on that local date) or X (suppressed). */
  private static String render(ContactSchedule s) {
    return s.emails().stream()
        .map(e -> e.kind() + " " + e.dueDate() + " "
            + (e.isScheduled() ? "S " + e.scheduledAt().orElseThrow().toLocalDate() : "X " + e.suppressedBy().orElseThrow()))
        .collect(Collectors.joining("; "));
  }

  @Test
  void schedule_seedExample() {
    // CA 30/60, birthday Dec 1, 60 pre-window days: 2024-09-02 .. 2025-01-30
    ContactSchedule s = plan().email(AnniversaryEmail.birthday()).build()
        .schedule(contact("CA", "1950-12-01"), LocalDateRange.ofClosed(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30)),
            SeedRules.AS_OF);

    PlannedEmail birthday = s.emails().get(0);
    assertThat(birthday.reason()).hasValueSatisfying(r -> assertThat(r).contains("2024-09-02..2025-01-30"));
    assertThat(birthday.window().orElseThrow().legalRange())
        .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2024, 11, 1), LocalDate.of(2025, 1, 30)));
    PlannedEmail post = s.emails().get(1);
    assertThat(post.kind()).isEqualTo(EmailKind.POST_WINDOW);
    assertThat(post.dueDate()).isEqualTo(LocalDate.of(2025, 1, 31));
    assertThat(post.parentId()).contains(birthday.id());
    assertThat(post.window()).isEqualTo(birthday.window());
    assertThat(post.priority()).isEqualTo(8);
    assertThat(s.windows()).hasSize(1);
  }

  @Test
  void schedule_missingAnchorDate() {
    CampaignContact c = CampaignContact.of(Contact.of("c1", SeedRules.CHICAGO)).withJurisdiction("CA");
    ContactSchedule s = plan().email(AnniversaryEmail.birthday()).email(AnniversaryEmail.effectiveDate()).build()
        .schedule(c, Y2025, SeedRules.AS_OF);

    assertThat(s.emails()).extracting(e -> e.reason().orElseThrow())
        .containsExactly("no birthday on file", "no effective_date on file");
    assertThat(s.emails()).allSatisfy(e -> {
      assertThat(e.suppressedBy()).contains("missing date");
      assertThat(e.dueDate()).isEqualTo(Y2025.getStart());
    });
  }

  @Test
  void schedule_ruleInForceOnSendDate() {
    // CA's rule only from 2025-10-01: the Sep 15 email is in the would-be window but sent
    ExclusionWindows table = ExclusionWindows.of(List.of(
        ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, 30, 60).withEffectiveFrom(LocalDate.of(2025, 10, 1))));
    ContactSchedule s = CampaignPlan.builder(SeedRules.POLICY).suppression(SuppressionPolicy.of(table))
        .email(AnniversaryEmail.birthday()).email(AnniversaryEmail.annualEnrolment()).build()
        .schedule(contact("CA", "1950-12-01"), Y2025, SeedRules.AS_OF);

    assertThat(render(s)).isEqualTo(
        "annual_enrolment 2025-09-15 S 2025-09-15; birthday 2025-11-17 X CA birthday window; "
            + "post_window 2026-01-31 S 2026-01-31");
  }

  @Test
  void schedule_ruleNoLongerInForce() {
    // a rule repealed on 2025-11-16 does not block the email of 2025-11-17
    ExclusionWindows table = ExclusionWindows.of(List.of(
        ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, 30, 60).withEffectiveUntil(LocalDate.of(2025, 11, 16))));
    ContactSchedule s = CampaignPlan.builder(SeedRules.POLICY).suppression(SuppressionPolicy.of(table))
        .email(AnniversaryEmail.birthday()).email(AnniversaryEmail.annualEnrolment()).build()
        .schedule(contact("CA", "1950-12-01"), Y2025, SeedRules.AS_OF);

    assertThat(render(s)).isEqualTo(
        "annual_enrolment 2025-09-15 X CA birthday window; birthday 2025-11-17 S 2025-11-17; "
            + "post_window 2026-01-31 S 2026-01-31");
  }

  @Test
  void schedule_movedIntoWindowIsSuppressed() {
    // KY 0/60 from Nov 16 (pre-window from Sep 17); Sep 15 2029 is a Saturday, moved to Monday Sep 17
    SendPolicy weekdays = SeedRules.POLICY.toBuilder().weekend(Weekend.SATURDAY_SUNDAY).build();
    ContactSchedule s = CampaignPlan.builder(weekdays).suppression(SuppressionPolicy.of(SeedRules.TABLE))
        .email(AnniversaryEmail.annualEnrolment()).build()
        .schedule(contact("KY", "1950-11-16"),
            LocalDateRange.ofClosed(LocalDate.of(2029, 9, 1), LocalDate.of(2029, 9, 30)), SeedRules.AS_OF);

    PlannedEmail aep = s.emails().get(0);
    assertThat(aep.isScheduled()).isFalse();
    assertThat(aep.suppressedBy()).contains("KY birthday window");
    assertThat(aep.reason()).hasValueSatisfying(r -> assertThat(r).contains("moved it to 2029-09-17"));
    assertThat(aep.decision()).hasValueSatisfying(d -> assertThat(d.isScheduled()).isTrue());
    // the window ends Jan 15, 2030 (a Tuesday): the post-window email follows on the 16th
    assertThat(render(s)).endsWith("post_window 2030-01-16 S 2030-01-16");
  }

  @Test
  void schedule_movedOutsideWindowIsScheduled() {
    // Sep 15 2029 is a Saturday; with no window near, the moved date is sent
    SendPolicy weekdays = SeedRules.POLICY.toBuilder().weekend(Weekend.SATURDAY_SUNDAY).build();
    ContactSchedule s = CampaignPlan.builder(weekdays).suppression(SuppressionPolicy.of(SeedRules.TABLE))
        .email(AnniversaryEmail.annualEnrolment()).build()
        .schedule(contact("KY", "1950-06-01"),
            LocalDateRange.ofClosed(LocalDate.of(2029, 9, 1), LocalDate.of(2029, 9, 30)), SeedRules.AS_OF);

    assertThat(render(s)).isEqualTo("annual_enrolment 2029-09-15 S 2029-09-17");
  }

  @Test
  void schedule_lateSendMovedIntoWindow() {
    // planned on Sep 16 for a Sep 15 email: the policy sends it the next day, Sep 17, inside KY's window
    ContactSchedule s = plan().email(AnniversaryEmail.annualEnrolment()).build()
        .schedule(contact("KY", "1950-11-16"),
            LocalDateRange.ofClosed(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)),
            Instant.parse("2025-09-16T20:00:00Z"));

    assertThat(s.emails().get(0).suppressedBy()).contains("KY birthday window");
    assertThat(s.emails().get(0).reason()).hasValueSatisfying(r -> assertThat(r).contains("2025-09-17"));
  }

  @Test
  void schedule_postWindowNotBlockedByDefault() {
    // MO: birthday window? no; the effective-date window 2025-10-02..2026-02-02 holds the post-window
    // date of a CA-like second rule ending on 2025-12-31
    ExclusionWindows table = ExclusionWindows.of(List.of(
        ExclusionRule.anchored("MO", WindowAnchor.BIRTHDAY, 0, 30),
        ExclusionRule.anchored("MO", WindowAnchor.EFFECTIVE_DATE, 30, 33)));
    CampaignContact c = contact("MO", "1950-12-01").withDate("effective_date", LocalDate.of(2019, 12, 31));
    CampaignPlan.Builder b = CampaignPlan.builder(SeedRules.POLICY).email(AnniversaryEmail.birthday());

    ContactSchedule free = b.suppression(SuppressionPolicy.of(table)).build().schedule(c, Y2025, SeedRules.AS_OF);
    ContactSchedule blocked = b.suppression(SuppressionPolicy.of(table).withBlocking(
        List.of(EmailKind.BIRTHDAY, EmailKind.POST_WINDOW))).build().schedule(c, Y2025, SeedRules.AS_OF);

    assertThat(render(free)).isEqualTo("birthday 2025-11-17 X MO effective_date window; post_window 2026-02-03 S 2026-02-03");
    // both windows contain Nov 17; the effective-date one ends last and wins
    assertThat(render(blocked)).isEqualTo(
        "birthday 2025-11-17 X MO effective_date window; post_window 2026-02-03 S 2026-02-03");
  }

  @Test
  void schedule_postWindowBlockedWhenListed() {
    // the birthday window Nov 1..Dec 31 is followed on Jan 1, in the effective-date window Dec 20..Jan 22
    ExclusionWindows table = ExclusionWindows.of(List.of(
        ExclusionRule.anchored("MO", WindowAnchor.BIRTHDAY, 30, 30),
        ExclusionRule.anchored("MO", WindowAnchor.EFFECTIVE_DATE, 0, 33)));
    CampaignContact c = contact("MO", "1950-12-01").withDate("effective_date", LocalDate.of(2019, 12, 20));
    CampaignPlan.Builder b = CampaignPlan.builder(SeedRules.POLICY).email(AnniversaryEmail.birthday());

    String free = render(b.suppression(SuppressionPolicy.of(table).withPreWindowDays(0)).build()
        .schedule(c, Y2025, SeedRules.AS_OF));
    String blocked = render(b.suppression(SuppressionPolicy.of(table).withPreWindowDays(0)
        .withBlocking(List.of(EmailKind.BIRTHDAY, EmailKind.POST_WINDOW))).build().schedule(c, Y2025, SeedRules.AS_OF));

    assertThat(free).isEqualTo("birthday 2025-11-17 X MO birthday window; post_window 2026-01-01 S 2026-01-01");
    assertThat(blocked).isEqualTo(
        "birthday 2025-11-17 X MO birthday window; post_window 2026-01-01 X MO effective_date window");
  }

  @Test
  void schedule_onePostWindowPerWindow() {
    // CA Dec 1: the Sep 15 and Nov 17 emails are suppressed by the same window
    ContactSchedule s = plan().email(AnniversaryEmail.birthday()).email(AnniversaryEmail.annualEnrolment()).build()
        .schedule(contact("CA", "1950-12-01"), Y2025, SeedRules.AS_OF);

    assertThat(s.emails()).filteredOn(e -> e.kind().equals(EmailKind.POST_WINDOW)).singleElement()
        .satisfies(e -> assertThat(e.parentId()).contains("c1/annual_enrolment/2025-09-15"));
  }

  @Test
  void schedule_postWindowDisabled() {
    ContactSchedule s = plan().suppression(SuppressionPolicy.of(SeedRules.TABLE).withPostWindow(PostWindowEmail.disabled()))
        .email(AnniversaryEmail.birthday()).build()
        .schedule(contact("CA", "1950-12-01"), Y2025, SeedRules.AS_OF);

    assertThat(render(s)).isEqualTo("birthday 2025-11-17 X CA birthday window");
  }

  @Test
  void schedule_campaigns() {
    CampaignType notice = CampaignType.named("regulatory_notice").withRespectsWindows(false).withPriority(1);
    CampaignType promo = CampaignType.named("seasonal_promo").withDaysBeforeEvent(7).withPriority(5);
    CampaignPlan p = plan()
        .campaign(CampaignInstance.of("notice-2025", notice, LocalDate.of(2025, 3, 1)).withAudience(List.of("c1")))
        .campaign(CampaignInstance.of("spring-2025", promo, LocalDate.of(2025, 3, 8)).withAudience(List.of("c1")))
        .campaign(CampaignInstance.of("other-2025", promo, LocalDate.of(2025, 4, 8)).withAudience(List.of("c2")))
        .campaign(CampaignInstance.of("late-2025", promo, LocalDate.of(2025, 5, 8)).withAudience(List.of("c1"))
            .withActiveUntil(LocalDate.of(2025, 4, 30)))
        .build();

    // a year-round state: only the campaign that bypasses windows goes out
    assertThat(render(p.schedule(contact("NY", "1950-06-01"), Y2025, SeedRules.AS_OF))).isEqualTo(
        "campaign 2025-03-01 S 2025-03-01; campaign 2025-03-01 X NY year-round");
    ContactSchedule tx = p.schedule(contact("TX", "1950-06-01"), Y2025, SeedRules.AS_OF);
    assertThat(tx.emails()).extracting(e -> e.campaign().orElseThrow()).containsExactly("notice-2025", "spring-2025");
    assertThat(tx.emails()).extracting(PlannedEmail::priority).containsExactly(1, 5);
    assertThat(tx.emails().get(1).id()).isEqualTo("c1/campaign/2025-03-01/spring-2025");
  }

  @Test
  void schedule_followUps() {
    CampaignPlan p = plan().email(AnniversaryEmail.birthday()).email(AnniversaryEmail.annualEnrolment())
        .followUps(FollowUps.defaults()).build();
    CampaignContact c = contact("TX", "1950-06-01").withEngagement("c1/birthday/2025-05-18", List.of("answered"));

    ContactSchedule s = p.schedule(c, Y2025, SeedRules.AS_OF);

    assertThat(render(s)).isEqualTo("birthday 2025-05-18 S 2025-05-18; follow_up 2025-05-20 S 2025-05-20; "
        + "annual_enrolment 2025-09-15 S 2025-09-15; follow_up 2025-09-17 S 2025-09-17");
    assertThat(s.emails().get(1).tier()).contains("answered_healthy");
    assertThat(s.emails().get(1).parentId()).contains("c1/birthday/2025-05-18");
    assertThat(s.emails().get(1).priority()).isEqualTo(5);
    assertThat(s.emails().get(3).tier()).contains("no_engagement");
    assertThat(s.emails().get(3).priority()).isEqualTo(3);
  }

  @Test
  void schedule_followUpInWindowIsSuppressed() {
    // KY 0/60 on Nov 16, pre-window from Sep 17: the Sep 15 email goes, its Sep 17 follow-up does not
    CampaignPlan p = plan().email(AnniversaryEmail.annualEnrolment()).followUps(FollowUps.defaults()).build();

    assertThat(render(p.schedule(contact("KY", "1950-11-16"), Y2025, SeedRules.AS_OF))).isEqualTo(
        "annual_enrolment 2025-09-15 S 2025-09-15; follow_up 2025-09-17 X KY birthday window; "
            + "post_window 2026-01-16 S 2026-01-16; follow_up 2026-01-18 S 2026-01-18");
  }

  @Test
  void schedule_jurisdictionQuietHours() {
    // FL's quiet hours from 20:00 move a 20:30 email to 08:00 the next day; TX keeps the day
    CampaignPlan p = plan().email(AnniversaryEmail.annualEnrolment().withSendTime(LocalTime.of(20, 30)))
        .jurisdictionHours(JurisdictionHours.of(LocalWindow.parse("21:00-08:00"))
            .with("FL", LocalWindow.parse("20:00-08:00")))
        .build();

    assertThat(render(p.schedule(contact("FL", "1950-06-01"), Y2025, SeedRules.AS_OF)))
        .isEqualTo("annual_enrolment 2025-09-15 S 2025-09-16");
    assertThat(p.schedule(contact("FL", "1950-06-01"), Y2025, SeedRules.AS_OF).emails().get(0).scheduledAt()
        .orElseThrow().toLocalTime()).isEqualTo(LocalTime.of(8, 0));
    assertThat(render(p.schedule(contact("TX", "1950-06-01"), Y2025, SeedRules.AS_OF)))
        .isEqualTo("annual_enrolment 2025-09-15 S 2025-09-15");
  }

  @Test
  void schedule_inContactZone() {
    // the 08:30 of the contact's own wall clock
    CampaignContact c = CampaignContact.of(Contact.of("c1", ZoneId.of("America/Los_Angeles"))).withJurisdiction("CA");
    PlannedEmail e = plan().email(AnniversaryEmail.annualEnrolment()).build()
        .schedule(c, Y2025, SeedRules.AS_OF).emails().get(0);

    assertThat(e.scheduledAt().orElseThrow().toLocalDateTime()).isEqualTo(LocalDateTime.of(2025, 9, 15, 8, 30));
    assertThat(e.decision()).hasValueSatisfying(d -> assertThat(d).isInstanceOf(Decision.Scheduled.class));
  }

  @Test
  void schedule_anniversariesAfterOriginalOnly() {
    // a policy taking effect on 2025-06-01 has its first anniversary in 2026
    CampaignContact c = CampaignContact.of(Contact.of("c1", SeedRules.CHICAGO)).withJurisdiction("TX")
        .withDate("effective_date", LocalDate.of(2025, 6, 1));
    CampaignPlan p = plan().email(AnniversaryEmail.effectiveDate()).build();

    assertThat(p.schedule(c, Y2025, SeedRules.AS_OF).emails()).isEmpty();
    assertThat(render(p.schedule(c, LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
        SeedRules.AS_OF))).isEqualTo("effective_date 2026-05-02 S 2026-05-02");
  }

  @Test
  void schedule_customFixedEmailLeapDay() {
    // a fixed Feb 29 email is due on Mar 1 in common years under MAR_1
    CampaignPlan p = plan().email(AnniversaryEmail.fixed(EmailKind.of("leap_greeting"), MonthDay.of(2, 29))
        .withLeapDayPolicy(org.sendtime.recurrence.LeapDayPolicy.MAR_1)).build();

    assertThat(render(p.schedule(contact("TX", "1950-06-01"), Y2025, SeedRules.AS_OF)))
        .isEqualTo("leap_greeting 2025-03-01 S 2025-03-01");
  }

  @Test
  void schedule_deterministic() {
    CampaignPlan p = plan().email(AnniversaryEmail.birthday()).email(AnniversaryEmail.annualEnrolment())
        .followUps(FollowUps.defaults()).build();

    assertThat(p.schedule(contact("CA", "1950-12-01"), Y2025, SeedRules.AS_OF))
        .isEqualTo(p.schedule(contact("CA", "1950-12-01"), Y2025, SeedRules.AS_OF));
  }

  @Test
  void schedule_unboundedRange() {
    CampaignPlan p = plan().build();

    assertThatThrownBy(() -> p.schedule(contact("CA", "1950-12-01"), LocalDateRange.ALL, SeedRules.AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bounded");
  }

  @Test
  void builder_duplicates() {
    CampaignType promo = CampaignType.named("seasonal_promo");
    CampaignInstance spring = CampaignInstance.of("spring", promo, LocalDate.of(2025, 3, 1));

    assertThatThrownBy(() -> plan().email(AnniversaryEmail.birthday()).email(AnniversaryEmail.birthday()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Duplicate email kind");
    assertThatThrownBy(() -> plan().campaign(spring).campaign(spring))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Duplicate campaign name");
    assertThatThrownBy(() -> plan().campaignType(promo).campaignType(promo))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Duplicate campaign type");
    assertThatThrownBy(() -> plan().campaignType(promo.withPriority(1)).campaign(spring))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("type of that name");
  }

  @Test
  void accessors_andEquality() {
    CampaignType promo = CampaignType.named("seasonal_promo");
    CampaignPlan p = plan().email(AnniversaryEmail.birthday())
        .campaign(CampaignInstance.of("spring", promo, LocalDate.of(2025, 3, 1))).build();

    assertThat(p.policy()).isEqualTo(SeedRules.POLICY);
    assertThat(p.suppression().windows()).isEqualTo(SeedRules.TABLE);
    assertThat(p.emails()).containsExactly(AnniversaryEmail.birthday());
    assertThat(p.campaignTypes()).containsEntry("seasonal_promo", promo);
    assertThat(p.campaigns()).extracting(CampaignInstance::name).containsExactly("spring");
    assertThat(p.followUps()).isEqualTo(FollowUps.disabled());
    assertThat(p.jurisdictionHours()).isEqualTo(JurisdictionHours.none());
    assertThat(p).isEqualTo(plan().email(AnniversaryEmail.birthday())
        .campaign(CampaignInstance.of("spring", promo, LocalDate.of(2025, 3, 1))).build());
    assertThat(p).isNotEqualTo(plan().build());
    assertThat(p.toString()).contains("spring");
    assertThat(CampaignPlan.builder(SendPolicy.builder(SeedRules.CHICAGO).zoneStrategy(ZoneStrategy.SINGLE).build())
        .build().emails()).isEmpty();
  }
}
