package org.sendtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendtime.campaign.CampaignContact;
import org.sendtime.campaign.CampaignPlan;
import org.sendtime.campaign.CampaignType;
import org.sendtime.campaign.ContactSchedule;
import org.sendtime.campaign.EmailKind;
import org.sendtime.campaign.PlannedEmail;
import org.sendtime.policy.Contact;
import org.threeten.extra.LocalDateRange;

/**
 * The example policy examples/policies/medicare-supplement.yaml states the business policy of
 * seed 004; these are the seed's facts, planned through the loaded policy.
 */
class MedicareSupplementExampleTest {
  private static final Path FILE = Path.of("../examples/policies/medicare-supplement.yaml");
  private static final Policy POLICY = PolicyLoader.standard().load(FILE);
  private static final CampaignPlan PLAN = POLICY.campaignPlan().orElseThrow();
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final Instant AS_OF = Instant.parse("2024-01-01T00:00:00Z");

  private static CampaignContact contact(String state, String birthday) {
    return CampaignContact.of(Contact.of("c-1001")).withJurisdiction(state)
        .withDate("birthday", LocalDate.parse(birthday));
  }

  private static LocalDateRange range(String first, String last) {
    return LocalDateRange.ofClosed(LocalDate.parse(first), LocalDate.parse(last));
  }

  /**
   * The emails of some kinds as "kind due outcome", outcome the local send date-time or the rule
   * that suppressed it; all kinds if none is given.
   */
  private static String render(ContactSchedule s, EmailKind... kinds) {
    return s.emails().stream()
        .filter(e -> kinds.length == 0 || List.of(kinds).contains(e.kind()))
        .map(e -> e.kind() + " " + e.dueDate() + " "
            + (e.isScheduled() ? e.scheduledAt().orElseThrow().toLocalDateTime() : "X " + e.suppressedBy().orElseThrow()))
        .collect(Collectors.joining("; "));
  }

  @Test
  void load_withoutProblems() {
    assertThat(PolicyLoader.standard().check(FILE).problems()).isEmpty();
    assertThat(POLICY.sendPolicy().zone()).isEqualTo(CHICAGO);
    assertThat(PLAN.suppression().preWindowDays()).isEqualTo(60);
    assertThat(PLAN.suppression().windows().jurisdictions())
        .containsExactly("CA", "CT", "ID", "KY", "MA", "MD", "MO", "NV", "NY", "OK", "OR", "VA", "WA");
  }

  @Test
  void schedule_californiaSeedExample() {
    // CA 30/60, birthday Dec 1, 60 days early: blocked 2024-09-02 .. 2025-01-30
    ContactSchedule s = PLAN.schedule(contact("CA", "1950-12-01"), range("2024-11-01", "2024-11-30"), AS_OF);

    PlannedEmail birthday = s.emails().stream().filter(e -> e.kind().equals(EmailKind.BIRTHDAY)).findFirst()
        .orElseThrow();
    assertThat(birthday.dueDate()).isEqualTo(LocalDate.of(2024, 11, 17));
    assertThat(birthday.suppressedBy()).contains("CA birthday window");
    assertThat(birthday.window().orElseThrow().blockedRange()).isEqualTo(range("2024-09-02", "2025-01-30"));
    PlannedEmail post = s.emails().stream().filter(e -> e.kind().equals(EmailKind.POST_WINDOW)).findFirst()
        .orElseThrow();
    assertThat(post.parentId()).contains(birthday.id());
    assertThat(post.scheduledAt()).contains(ZonedDateTime.of(2025, 1, 31, 8, 30, 0, 0, CHICAGO));
    assertThat(post.priority()).isEqualTo(8);
  }

  @Test
  void schedule_yearRoundStateGetsNoAnniversaryEmail() {
    CampaignContact c = contact("CT", "1950-06-15").withDate("effective_date", LocalDate.of(2019, 3, 1));

    ContactSchedule s = PLAN.schedule(c, range("2025-01-01", "2025-12-31"), AS_OF);

    // the policy_update campaign (event 2026-01-01, 5 days before) respects windows too
    assertThat(render(s)).isEqualTo("effective_date 2025-01-30 X CT year-round; birthday 2025-06-01 X CT year-round; "
        + "annual_enrolment 2025-09-15 X CT year-round; campaign 2025-12-27 X CT year-round");
  }

  @Test
  void schedule_stateWithoutAWindow_sendsAt0830CentralTime() {
    CampaignContact c = contact("TX", "1950-06-15").withDate("effective_date", LocalDate.of(2019, 3, 1));

    ContactSchedule s = PLAN.schedule(c, range("2025-01-01", "2025-12-31"), AS_OF);

    assertThat(render(s, EmailKind.EFFECTIVE_DATE, EmailKind.BIRTHDAY, EmailKind.ANNUAL_ENROLMENT)).isEqualTo(
        "effective_date 2025-01-30 2025-01-30T08:30; birthday 2025-06-01 2025-06-01T08:30; "
            + "annual_enrolment 2025-09-15 2025-09-15T08:30");
    assertThat(s.emails()).filteredOn(e -> e.kind().equals(EmailKind.ANNUAL_ENROLMENT))
        .extracting(PlannedEmail::priority).containsExactly(3);
    // each gets a follow-up 2 days later, with no engagement the last tier
    assertThat(render(s, EmailKind.FOLLOW_UP)).isEqualTo("follow_up 2025-02-01 2025-02-01T08:30; "
        + "follow_up 2025-06-03 2025-06-03T08:30; follow_up 2025-09-17 2025-09-17T08:30; "
        + "follow_up 2025-12-29 2025-12-29T08:30");
  }

  @Test
  void schedule_nevadaCountsFromTheBirthMonth() {
    // NV 0/60 from Dec 1, 60 days early: Oct 2 .. Jan 30; the birthday email of Dec 6 is blocked
    ContactSchedule s = PLAN.schedule(contact("NV", "1950-12-20"), range("2025-12-01", "2025-12-31"), AS_OF);

    assertThat(s.windows()).extracting(w -> w.blockedRange()).containsExactly(range("2025-10-02", "2026-01-30"));
    assertThat(render(s, EmailKind.BIRTHDAY, EmailKind.POST_WINDOW))
        .isEqualTo("birthday 2025-12-06 X NV birthday window; post_window 2026-01-31 2026-01-31T08:30");
  }

  @Test
  void schedule_missouriCountsFromTheEffectiveDate() {
    // MO 30/33 around Jul 1, 60 days early: Apr 2 .. Aug 3; the email 30 days before is blocked
    CampaignContact c = CampaignContact.of(Contact.of("c-2")).withJurisdiction("MO")
        .withDate("effective_date", LocalDate.of(2020, 7, 1));

    ContactSchedule s = PLAN.schedule(c, range("2025-06-01", "2025-06-30"), AS_OF);

    assertThat(render(s, EmailKind.EFFECTIVE_DATE, EmailKind.POST_WINDOW)).isEqualTo(
        "effective_date 2025-06-01 X MO effective_date window; post_window 2025-08-04 2025-08-04T08:30");
  }

  @Test
  void campaignTypes_asTheSeedConfiguresThem() {
    assertThat(PLAN.campaignTypes().values()).extracting(CampaignType::name, CampaignType::respectsWindows,
            CampaignType::enablesFollowUps, CampaignType::daysBeforeEvent, CampaignType::targetsAll,
            CampaignType::priority)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("rate_increase", true, true, 14, false, 1),
            org.assertj.core.groups.Tuple.tuple("seasonal_promo", true, true, 7, false, 5),
            org.assertj.core.groups.Tuple.tuple("initial_blast", false, false, 0, true, 10),
            org.assertj.core.groups.Tuple.tuple("regulatory_notice", false, false, 0, false, 1),
            org.assertj.core.groups.Tuple.tuple("policy_update", true, true, 5, true, 3));
  }

  @Test
  void schedule_campaignWithFollowUp() {
    // rate-increase-2026-q1: event Mar 1, 14 days before; a follow-up 2 days later, no engagement
    ContactSchedule s = PLAN.schedule(contact("TX", "1950-06-15"), range("2026-02-01", "2026-02-28"), AS_OF);

    List<String> kinds = s.emails().stream()
        .filter(e -> e.kind().equals(EmailKind.CAMPAIGN) || e.kind().equals(EmailKind.FOLLOW_UP))
        .map(e -> e.kind() + " " + e.dueDate() + " " + e.tier().orElse(""))
        .toList();
    assertThat(kinds).containsExactly("campaign 2026-02-15 ", "follow_up 2026-02-17 no_engagement");
  }
}
