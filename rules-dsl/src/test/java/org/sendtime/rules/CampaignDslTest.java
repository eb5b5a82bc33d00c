package org.sendtime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendtime.rules.CampaignDsl.campaign;
import static org.sendtime.rules.CampaignDsl.campaignType;
import static org.sendtime.rules.CampaignDsl.email;
import static org.sendtime.rules.CampaignDsl.fixedEmail;
import static org.sendtime.rules.CampaignDsl.followUpTier;
import static org.sendtime.rules.CampaignDsl.monthStartWindow;
import static org.sendtime.rules.CampaignDsl.window;
import static org.sendtime.rules.CampaignDsl.yearRound;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendtime.campaign.AnniversaryEmail;
import org.sendtime.campaign.CampaignType;
import org.sendtime.campaign.EmailKind;
import org.sendtime.campaign.FollowUpTier;
import org.sendtime.campaign.FollowUps;
import org.sendtime.campaign.PostWindowEmail;
import org.sendtime.recurrence.LeapDayPolicy;
import org.sendtime.window.ExclusionRule;
import org.sendtime.window.WindowAnchor;

/** The campaign factories of the DSL and the builder methods that take them. */
class CampaignDslTest {
  private static final CampaignType RATE_INCREASE = campaignType("rate_increase").withDaysBeforeEvent(14)
      .withPriority(1);
  private static final CampaignType POLICY_UPDATE = campaignType("policy_update").withDaysBeforeEvent(5)
      .withTargetsAll(true).withPriority(3);

  /** The seed's business policy, as examples/policies/medicare-supplement.yaml writes it. */
  private static Policy medicareSupplement() {
    return Policy.named("medicare-supplement")
        .zone("America/Chicago")
        .description("Medigap anniversary emails and campaigns around state exclusion windows")
        .exclusionWindows(
            window("CA", "birthday", 30, 60),
            window("ID", "birthday", 0, 63),
            window("KY", "birthday", 0, 60),
            window("MD", "birthday", 0, 30),
            monthStartWindow("NV", "birthday", 0, 60),
            window("OK", "birthday", 0, 60),
            window("OR", "birthday", 0, 31),
            window("VA", "birthday", 0, 30),
            window("MO", "effective_date", 30, 33),
            yearRound("CT"), yearRound("MA"), yearRound("NY"), yearRound("WA"))
        .preWindowDays(60)
        .blocking("birthday", "effective_date", "annual_enrolment", "campaign", "follow_up")
        .email(email("birthday"))
        .email(email("effective_date"))
        .email(email("annual_enrolment"))
        .campaignType(RATE_INCREASE)
        .campaignType(campaignType("seasonal_promo").withDaysBeforeEvent(7).withPriority(5))
        .campaignType(campaignType("initial_blast").withRespectsWindows(false).withFollowUps(false)
            .withTargetsAll(true))
        .campaignType(campaignType("regulatory_notice").withRespectsWindows(false).withFollowUps(false)
            .withPriority(1))
        .campaignType(POLICY_UPDATE)
        .campaignInstance(campaign("rate-increase-2026-q1", RATE_INCREASE, "2026-03-01")
            .withTemplateKey("rate_increase_v2").withSmsTemplateKey("rate_increase_sms")
            .withActiveFrom(LocalDate.of(2026, 1, 1)).withActiveUntil(LocalDate.of(2026, 3, 31))
            .withAudience(List.of("c-1001", "c-1002", "c-1003")))
        .campaignInstance(campaign("plan-changes-2026", POLICY_UPDATE, "2026-01-01")
            .withTemplateKey("policy_update_2026")
            .withActiveFrom(LocalDate.of(2025, 12, 1)).withActiveUntil(LocalDate.of(2025, 12, 31)))
        .followUps(FollowUps.defaults())
        .build();
  }

  @Test
  void build_isTheExamplePolicy() {
    Policy loaded = PolicyLoader.standard().load(Path.of("../examples/policies/medicare-supplement.yaml"));

    assertThat(medicareSupplement()).isEqualTo(loaded);
  }

  @Test
  void toJava_compilesToAnEqualPolicy() throws ReflectiveOperationException {
    Policy policy = medicareSupplement();

    List<Policy> built = JavaSource.compileAndRun(List.of(policy.toJava()), Map.of(), Map.of());

    assertThat(built).containsExactly(policy);
  }

  @Test
  void toJava_writesTheCampaignCalls() {
    String java = Policy.named("p").zone("UTC")
        .exclusionWindows(window("CA", "birthday", 30, 60).withEffectiveFrom(LocalDate.of(2020, 1, 1)))
        .windowsAsOf("2026-06-30")
        .postWindow(PostWindowEmail.disabled())
        .strictJurisdictions()
        .quietHoursIn("FL", "20:00", "08:00")
        .email(email("renewal", "renewal_date").withDaysBefore(7))
        .followUps(FollowUps.defaults().withDelayDays(3))
        .build().toJava();

    assertThat(java).contains("import static org.sendtime.rules.CampaignDsl.window;\n").endsWith("""
        Policy.named("p")
            .zone("UTC")
            .exclusionWindows(window("CA", "birthday", 30, 60).withEffectiveFrom(LocalDate.of(2020, 1, 1)))
            .windowsAsOf("2026-06-30")
            .postWindow(PostWindowEmail.disabled())
            .strictJurisdictions()
            .quietHoursIn("FL", "20:00", "08:00")
            .email(email("renewal", "renewal_date").withDaysBefore(7))
            .followUps(FollowUps.defaults().withDelayDays(3))
            .build()
        """);
  }

  @Test
  void toJava_defaultPlan() {
    Policy policy = Policy.named("p").zone("UTC").preWindowDays(60).build();

    assertThat(policy.campaignPlan()).isPresent();
    assertThat(policy.toJava()).endsWith("    .preWindowDays(60)\n    .build()\n");
  }

  @Test
  void window_factories() {
    assertThat(window("CA", "birthday", 30, 60)).isEqualTo(ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, 30, 60));
    assertThat(monthStartWindow("NV", "birthday", 0, 60))
        .isEqualTo(ExclusionRule.anchored("NV", WindowAnchor.monthStartOf("birthday"), 0, 60));
    assertThat(yearRound("NY")).isEqualTo(ExclusionRule.yearRound("NY"));
  }

  @Test
  void window_negativeDays() {
    assertThatThrownBy(() -> window("CA", "birthday", -1, 60)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("daysBefore");
  }

  @Test
  void email_kindsWithTheirOwnDate() {
    assertThat(email("birthday")).isEqualTo(AnniversaryEmail.birthday());
    assertThat(email("effective_date")).isEqualTo(AnniversaryEmail.effectiveDate());
    assertThat(email("annual_enrolment")).isEqualTo(AnniversaryEmail.annualEnrolment());
  }

  @Test
  void email_kindWithoutADate() {
    assertThatThrownBy(() -> email("renewal")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without a date");
  }

  @Test
  void fixedEmail_badMonthDay() {
    assertThatThrownBy(() -> fixedEmail("renewal", "9-15")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid value for email 'renewal' date");
  }

  @Test
  void fixedEmail_readsTheMonthDay() {
    assertThat(fixedEmail("renewal", "02-29"))
        .isEqualTo(AnniversaryEmail.fixed(EmailKind.of("renewal"), MonthDay.of(2, 29)));
  }

  @Test
  void campaign_badEventDate() {
    assertThatThrownBy(() -> campaign("q1", RATE_INCREASE, "2026-3-1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eventDate");
  }

  @Test
  void followUpTier_signals() {
    assertThat(followUpTier("answered_healthy", "answered"))
        .isEqualTo(FollowUpTier.of("answered_healthy", List.of("answered")));
  }

  @Test
  void exclusionWindows_overlappingVersions() {
    PolicyBuilder b = Policy.named("p").zone("UTC").exclusionWindows(window("CA", "birthday", 0, 29));

    assertThatThrownBy(() -> b.exclusionWindows(window("CA", "birthday", 0, 59)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Overlapping");
  }

  @Test
  void email_duplicateKind() {
    PolicyBuilder b = Policy.named("p").zone("UTC").email(email("birthday"));

    assertThatThrownBy(() -> b.email(email("birthday").withDaysBefore(7)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Duplicate");
  }

  @Test
  void builder_everySuppressionSetting() {
    Policy policy = Policy.named("p").zone("UTC")
        .windowsAsOf("2026-06-30")
        .preWindowDays(30)
        .blocking("birthday")
        .postWindow(PostWindowEmail.defaults().withPriority(7))
        .strictJurisdictions()
        .windowsLeapDay(LeapDayPolicy.MAR_1)
        .quietHoursIn("FL", "20:00", "08:00")
        .email(email("birthday").withSendTime(LocalTime.of(9, 0)))
        .build();

    assertThat(policy.toYaml()).isEqualTo("""
        version: 1
        name: p
        zone: UTC
        exclusion_windows:
          as_of: 2026-06-30
        suppression:
          pre_window_days: 30
          blocks: [birthday]
          post_window: {priority: 7}
          strict_jurisdictions: true
          leap_day: mar_1
        quiet_hours_by_jurisdiction:
          FL: "20:00-08:00"
        emails:
          - kind: birthday
            send_time: "09:00"
        """);
  }

  @Test
  void quietHoursIn_badTime() {
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").quietHoursIn("FL", "8pm", "08:00"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quietHoursIn FL");
  }
}
