package org.sendtime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendtime.campaign.AnniversaryEmail;
import org.sendtime.campaign.CampaignInstance;
import org.sendtime.campaign.CampaignPlan;
import org.sendtime.campaign.CampaignType;
import org.sendtime.campaign.EmailKind;
import org.sendtime.campaign.FollowUpTier;
import org.sendtime.campaign.FollowUps;
import org.sendtime.campaign.PostWindowEmail;
import org.sendtime.campaign.SuppressionPolicy;
import org.sendtime.policy.SendPolicy;
import org.sendtime.recurrence.LeapDayPolicy;
import org.sendtime.time.LocalWindow;
import org.sendtime.window.ExclusionRule;
import org.sendtime.window.ExclusionWindows;
import org.sendtime.window.JurisdictionHours;
import org.sendtime.window.WindowAnchor;

/**
 * The campaign sections of a policy: exclusion_windows, suppression, quiet_hours_by_jurisdiction,
 * emails, campaign_types, campaigns and follow_ups, read, checked, merged and printed.
 */
class PolicyWindowsTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final SendPolicy SEND_POLICY = SendPolicy.builder(CHICAGO).name("medigap").build();

  private static final String[] FULL = {
      "version: 1",
      "name: medigap",
      "zone: America/Chicago",
      "exclusion_windows:",
      "  as_of: 2026-06-30",
      "  rules:",
      "    - jurisdiction: CA",
      "      anchor: birthday",
      "      days_before: 30",
      "      days_after: 60",
      "      effective_from: 2020-01-01",
      "      source: \"Cal. Ins. Code § 10192.11\"",
      "      note: read as 60 days",
      "    - jurisdiction: NV",
      "      anchor: {month_start_of: birthday}",
      "      days_after: 60",
      "    - jurisdiction: NY",
      "      year_round: true",
      "suppression:",
      "  pre_window_days: 30",
      "  blocks: [birthday, campaign]",
      "  post_window: {days_after: 2, priority: 7, send_time: \"09:00\"}",
      "  strict_jurisdictions: true",
      "  leap_day: mar_1",
      "quiet_hours_by_jurisdiction:",
      "  FL: \"20:00-08:00\"",
      "  OK: \"20:00-08:00\"",
      "emails:",
      "  - kind: birthday",
      "  - kind: effective_date",
      "    days_before: 45",
      "    priority: 4",
      "  - kind: annual_enrolment",
      "    date: \"10-01\"",
      "    send_time: \"10:00\"",
      "  - kind: renewal",
      "    anchor: renewal_date",
      "    days_before: 7",
      "    leap_day: mar_1",
      "campaign_types:",
      "  - name: rate_increase",
      "    days_before_event: 14",
      "    priority: 1",
      "  - name: initial_blast",
      "    respects_windows: false",
      "    follow_ups: false",
      "    targets_all: true",
      "    send_time: \"07:00\"",
      "campaigns:",
      "  - name: rate-increase-2026-q1",
      "    type: rate_increase",
      "    event_date: 2026-03-01",
      "    template: rate_increase_v2",
      "    sms_template: rate_increase_sms",
      "    active_from: 2026-01-01",
      "    active_until: 2026-03-31",
      "    audience: [c1, c2]",
      "follow_ups:",
      "  delay_days: 3",
      "  tiers:",
      "    - {name: clicked, requires: [clicked]}",
      "    - {name: no_engagement}",
  };

  private static String text(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static Policy load(String... lines) {
    return PolicyLoader.standard().load("policy.yaml", text(lines));
  }

  private static List<String> problems(String... lines) {
    return PolicyLoader.standard().check("policy.yaml", text(lines)).problems().stream()
        .map(PolicyProblem::toString).toList();
  }

  private static String[] withRules(String... rules) {
    String[] head = {"version: 1", "name: medigap", "zone: America/Chicago", "exclusion_windows:", "  rules:"};
    String[] all = new String[head.length + rules.length];
    System.arraycopy(head, 0, all, 0, head.length);
    for (int i = 0; i < rules.length; i++) {
      all[head.length + i] = "    " + rules[i];
    }
    return all;
  }

  private static CampaignPlan fullPlan() {
    ExclusionWindows table = ExclusionWindows.of(List.of(
        ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, 30, 60).withEffectiveFrom(LocalDate.of(2020, 1, 1))
            .withSource("Cal. Ins. Code § 10192.11").withNote("read as 60 days"),
        ExclusionRule.anchored("NV", WindowAnchor.monthStartOf("birthday"), 0, 60),
        ExclusionRule.yearRound("NY")));
    CampaignType rateIncrease = CampaignType.named("rate_increase").withDaysBeforeEvent(14).withPriority(1);
    return CampaignPlan.builder(SEND_POLICY)
        .suppression(SuppressionPolicy.of(table).withPreWindowDays(30)
            .withBlocking(List.of(EmailKind.BIRTHDAY, EmailKind.CAMPAIGN))
            .withPostWindow(PostWindowEmail.defaults().withDaysAfter(2).withPriority(7).withSendTime(LocalTime.of(9, 0)))
            .withStrictJurisdictions(true)
            .withLeapDayPolicy(LeapDayPolicy.MAR_1))
        .jurisdictionHours(JurisdictionHours.none()
            .with("FL", LocalWindow.parse("20:00-08:00")).with("OK", LocalWindow.parse("20:00-08:00")))
        .email(AnniversaryEmail.birthday())
        .email(AnniversaryEmail.effectiveDate().withDaysBefore(45).withPriority(4))
        .email(AnniversaryEmail.fixed(EmailKind.ANNUAL_ENROLMENT, MonthDay.of(10, 1)).withPriority(3)
            .withSendTime(LocalTime.of(10, 0)))
        .email(AnniversaryEmail.of(EmailKind.of("renewal"), "renewal_date").withDaysBefore(7)
            .withLeapDayPolicy(LeapDayPolicy.MAR_1))
        .campaignType(rateIncrease)
        .campaignType(CampaignType.named("initial_blast").withRespectsWindows(false).withFollowUps(false)
            .withTargetsAll(true).withSendTime(LocalTime.of(7, 0)))
        .campaign(CampaignInstance.of("rate-increase-2026-q1", rateIncrease, LocalDate.of(2026, 3, 1))
            .withTemplateKey("rate_increase_v2").withSmsTemplateKey("rate_increase_sms")
            .withActiveFrom(LocalDate.of(2026, 1, 1)).withActiveUntil(LocalDate.of(2026, 3, 31))
            .withAudience(List.of("c1", "c2")))
        .followUps(FollowUps.defaults().withDelayDays(3).withTiers(List.of(
            FollowUpTier.of("clicked", List.of("clicked")), FollowUpTier.of("no_engagement", List.of()))))
        .build();
  }

  @Test
  void load_everySection() {
    Policy policy = load(FULL);

    assertThat(policy.campaignPlan()).contains(fullPlan());
    assertThat(policy.windowsAsOf()).contains(LocalDate.of(2026, 6, 30));
    assertThat(policy).isEqualTo(Policy.of(SEND_POLICY).withCampaignPlan(fullPlan())
        .withWindowsAsOf(LocalDate.of(2026, 6, 30)));
  }

  @Test
  void load_withoutSections_hasNoPlan() {
    assertThat(load("version: 1", "name: medigap", "zone: America/Chicago").campaignPlan()).isEmpty();
  }

  @Test
  void load_emptySection_hasTheDefaultPlan() {
    Policy policy = load("version: 1", "name: medigap", "zone: America/Chicago", "suppression: {}");

    assertThat(policy.campaignPlan()).contains(CampaignPlan.builder(SEND_POLICY).build());
  }

  @Test
  void load_kindsOfTheirOwnStartFromTheirDefaults() {
    Policy policy = load("version: 1", "name: medigap", "zone: America/Chicago",
        "emails: [{kind: birthday}, {kind: effective_date}, {kind: annual_enrolment}]");

    assertThat(policy.campaignPlan().orElseThrow().emails())
        .containsExactly(AnniversaryEmail.birthday(), AnniversaryEmail.effectiveDate(),
            AnniversaryEmail.annualEnrolment());
  }

  @Test
  void load_postWindowFalse_disablesIt() {
    Policy policy = load("version: 1", "name: medigap", "zone: America/Chicago", "suppression: {post_window: false}");

    assertThat(policy.campaignPlan().orElseThrow().suppression().postWindow()).isEqualTo(PostWindowEmail.disabled());
  }

  @Test
  void withSendPolicy_rebuildsThePlan() {
    Policy policy = load(FULL);
    SendPolicy other = SEND_POLICY.toBuilder().quietHours(LocalWindow.parse("21:00-08:00")).build();

    Policy changed = policy.withSendPolicy(other);

    assertThat(changed.campaignPlan().orElseThrow().policy()).isEqualTo(other);
    assertThat(changed.campaignPlan().orElseThrow().emails()).isEqualTo(fullPlan().emails());
    assertThat(changed.withSendPolicy(SEND_POLICY)).isEqualTo(policy);
  }

  @Test
  void withWindowsAsOf_givesAPolicyWithoutOneTheDefaultPlan() {
    Policy policy = Policy.of(SEND_POLICY).withWindowsAsOf(LocalDate.of(2026, 6, 30));

    assertThat(policy.campaignPlan()).contains(CampaignPlan.builder(SEND_POLICY).build());
    assertThat(policy.toString()).contains("windows as of 2026-06-30");
  }

  // ---------------------------------------------------------------------------------------------
  // Errors

  @Test
  void check_misspeltKey() {
    assertThat(problems(withRules("- {jurisdiction: CA, anchor: birthday, days_befor: 30}")))
        .containsExactly("policy.yaml:6:44: error: exclusion_windows.rules[0].days_befor: unknown key 'days_befor'; "
            + "did you mean 'days_before'?");
  }

  @Test
  void check_negativeDays() {
    assertThat(problems(withRules("- {jurisdiction: CA, anchor: birthday, days_after: -5}")))
        .containsExactly("policy.yaml:6:56: error: exclusion_windows.rules[0].days_after: expected an integer from "
            + "0 to 366, got -5");
  }

  @Test
  void check_anchorAndYearRound() {
    assertThat(problems(withRules("- {jurisdiction: CA, anchor: birthday, year_round: true}")))
        .containsExactly("policy.yaml:6:44: error: exclusion_windows.rules[0]: an exclusion rule needs exactly one "
            + "of anchor, year_round; got anchor and year_round");
  }

  @Test
  void check_yearRoundWithDays() {
    assertThat(problems(withRules("- {jurisdiction: NY, year_round: true, days_after: 5}")))
        .containsExactly("policy.yaml:6:56: error: exclusion_windows.rules[0].days_after: a year-round rule has no "
            + "days_after; leave it out, or give an anchor instead of year_round");
  }

  @Test
  void check_badNames() {
    assertThat(problems(withRules("- {jurisdiction: ca, anchor: Birthday}")))
        .containsExactly(
            "policy.yaml:6:22: error: exclusion_windows.rules[0].jurisdiction: Invalid jurisdiction 'ca': expected "
                + "an upper-case code such as CA or US-CA",
            "policy.yaml:6:34: error: exclusion_windows.rules[0].anchor: Invalid anchor date name 'Birthday': "
                + "expected snake_case, such as birthday or effective_date");
  }

  @Test
  void check_overlappingVersions_atTheLaterRule() {
    assertThat(problems(withRules(
        "- {jurisdiction: CA, anchor: birthday, days_after: 29, effective_until: 2020-12-31}",
        "- {jurisdiction: CA, anchor: birthday, days_after: 59, effective_from: 2020-01-01}")))
        .containsExactly("policy.yaml:7:7: error: exclusion_windows.rules[1]: Overlapping versions of a rule: "
            + "'CA birthday -0/+29 until 2020-12-31' and 'CA birthday -0/+59 from 2020-01-01' are both in force on "
            + "2020-01-01");
  }

  @Test
  void check_effectiveUntilBeforeFrom() {
    assertThat(problems(withRules(
        "- {jurisdiction: CA, anchor: birthday, effective_from: 2021-01-01, effective_until: 2020-12-31}")))
        .hasSize(1).first().asString().contains("rules[0].effective_until").contains("2020-12-31");
  }

  @Test
  void check_unknownCampaignType() {
    assertThat(problems("version: 1", "name: medigap", "zone: America/Chicago",
        "campaign_types: [{name: rate_increase}]",
        "campaigns: [{name: q1, type: rate_increse, event_date: 2026-03-01}]"))
        .containsExactly("policy.yaml:5:30: error: campaigns[0].type: unknown campaign type 'rate_increse'; "
            + "did you mean 'rate_increase'?");
  }

  @Test
  void check_emailOfAKindWithoutDate() {
    assertThat(problems("version: 1", "name: medigap", "zone: America/Chicago", "emails: [{kind: renewal}]"))
        .containsExactly("policy.yaml:4:10: error: emails[0]: an email of kind renewal needs anchor (a contact date "
            + "such as renewal_date) or date (a month-day such as \"09-15\"); only birthday, effective_date and "
            + "annual_enrolment have their own");
  }

  @Test
  void check_duplicates() {
    assertThat(problems("version: 1", "name: medigap", "zone: America/Chicago",
        "emails: [{kind: birthday}, {kind: birthday, days_before: 7}]",
        "campaign_types: [{name: promo}, {name: promo}]"))
        .containsExactly(
            "policy.yaml:4:35: error: emails[1].kind: Duplicate email kind 'birthday'",
            "policy.yaml:5:40: error: campaign_types[1].name: Duplicate campaign type 'promo'");
  }

  @Test
  void check_reportsEveryErrorAtOnce() {
    assertThat(problems("version: 1", "name: medigap", "zone: America/Chicago",
        "exclusion_windows: {rules: [{jurisdiction: CA, anchor: birthday, days_after: 400}]}",
        "suppression: {pre_window_days: -1, blocks: [Birthday]}",
        "quiet_hours_by_jurisdiction: {fl: \"20:00-08:00\", OK: \"8pm\"}",
        "follow_ups: {delay_days: 0}"))
        .hasSize(6);
  }

  @Test
  void check_unknownJurisdiction_isAWarning() {
    PolicyReport report = PolicyLoader.standard().check("policy.yaml", text(
        withRules("- {jurisdiction: CA, anchor: birthday}", "- {jurisdiction: CAL, year_round: true}")));

    assertThat(report.isValid()).isTrue();
    assertThat(report.problems()).extracting(PolicyProblem::toString)
        .containsExactly("policy.yaml:7:22: warning: exclusion_windows.rules[1].jurisdiction: unknown jurisdiction "
            + "'CAL': not a US state or DC; did you mean 'CA'?");
  }

  @Test
  void check_unknownJurisdiction_isAnErrorWhenStrict() {
    assertThat(problems("version: 1", "name: medigap", "zone: America/Chicago",
        "suppression: {strict_jurisdictions: true}",
        "quiet_hours_by_jurisdiction: {PR: \"20:00-08:00\"}"))
        .containsExactly("policy.yaml:5:35: error: quiet_hours_by_jurisdiction.PR: unknown jurisdiction 'PR': not a "
            + "US state or DC; with strict_jurisdictions every window-checked email of its "
            + "contacts is suppressed");
  }

  // ---------------------------------------------------------------------------------------------
  // Extends

  @Test
  void load_extends_mergesRulesByJurisdiction(@TempDir Path dir) throws IOException {
    write(dir.resolve("base.yaml"), "version: 1", "name: base", "zone: America/Chicago",
        "exclusion_windows:", "  as_of: 2026-06-30", "  rules:",
        "    - {jurisdiction: CA, anchor: birthday, days_after: 29, effective_until: 2019-12-31}",
        "    - {jurisdiction: CA, anchor: birthday, days_after: 59, effective_from: 2020-01-01}",
        "    - {jurisdiction: NY, year_round: true}");
    Path child = write(dir.resolve("child.yaml"), "version: 1", "extends: base.yaml", "name: child",
        "exclusion_windows:", "  rules:", "    - {jurisdiction: CA, anchor: birthday, days_before: 30, days_after: 60}",
        "    - {jurisdiction: MO, anchor: effective_date, days_before: 30, days_after: 33}");

    Policy policy = PolicyLoader.standard().load(child);

    assertThat(policy.campaignPlan().orElseThrow().suppression().windows().rules()).containsExactly(
        ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, 30, 60),
        ExclusionRule.anchored("MO", WindowAnchor.EFFECTIVE_DATE, 30, 33),
        ExclusionRule.yearRound("NY"));
    assertThat(policy.windowsAsOf()).contains(LocalDate.of(2026, 6, 30));
  }

  @Test
  void load_extendsAPack_inheritsItsWindows() {
    Policy policy = load("version: 1", "extends: us-medigap-windows", "name: medigap", "zone: America/Chicago",
        "exclusion_windows: {rules: [{jurisdiction: NY, anchor: birthday, days_after: 30}]}");

    ExclusionWindows table = policy.campaignPlan().orElseThrow().suppression().windows();
    assertThat(table.rulesOf("NY")).containsExactly(ExclusionRule.anchored("NY", WindowAnchor.BIRTHDAY, 0, 30));
    assertThat(table.rulesOf("CA")).hasSize(2);
    assertThat(table.rules().get(0).jurisdiction()).isEqualTo("NY");
  }

  @Test
  void check_extends_pointsAtTheFileOfAnInheritedRule(@TempDir Path dir) throws IOException {
    write(dir.resolve("base.yaml"), "version: 1", "name: base", "zone: America/Chicago",
        "exclusion_windows:", "  rules:", "    - {jurisdiction: ZZ, year_round: true}",
        "    - {jurisdiction: CA, anchor: birthday, days_after: -1}");
    Path child = write(dir.resolve("child.yaml"), "version: 1", "extends: base.yaml", "name: child",
        "exclusion_windows: {rules: [{jurisdiction: NY, year_round: true}]}");

    assertThat(PolicyLoader.standard().check(child).problems()).extracting(PolicyProblem::toString)
        .containsExactly(dir.resolve("base.yaml") + ":7:56: error: exclusion_windows.rules[1].days_after: expected "
            + "an integer from 0 to 366, got -1");
  }

  @Test
  void check_extends_warnsAtTheFileOfAnInheritedRule(@TempDir Path dir) throws IOException {
    write(dir.resolve("base.yaml"), "version: 1", "name: base", "zone: America/Chicago",
        "exclusion_windows:", "  rules:", "    - {jurisdiction: ZZ, year_round: true}");
    Path child = write(dir.resolve("child.yaml"), "version: 1", "extends: base.yaml", "name: child",
        "exclusion_windows: {rules: [{jurisdiction: NY, year_round: true}]}");

    assertThat(PolicyLoader.standard().check(child).problems()).extracting(PolicyProblem::toString)
        .containsExactly(dir.resolve("base.yaml") + ":6:7: warning: exclusion_windows.rules[1].jurisdiction: "
            + "unknown jurisdiction 'ZZ': not a US state or DC");
  }

  // ---------------------------------------------------------------------------------------------
  // Printing

  @Test
  void toYaml_everySection() {
    // FULL is written in the canonical form: every key in its place, no default spelled out.
    assertThat(load(FULL).toYaml()).isEqualTo(text(FULL));
  }

  @Test
  void toYaml_defaultPlan() {
    assertThat(Policy.of(SEND_POLICY).withCampaignPlan(CampaignPlan.builder(SEND_POLICY).build()).toYaml())
        .isEqualTo(text("version: 1", "name: medigap", "zone: America/Chicago", "suppression: {}"));
  }

  @Test
  void toYaml_defaultFollowUps() {
    Policy policy = Policy.of(SEND_POLICY)
        .withCampaignPlan(CampaignPlan.builder(SEND_POLICY).followUps(FollowUps.defaults()).build());

    assertThat(policy.toYaml()).endsWith("follow_ups: {}\n");
    assertThat(PolicyLoader.standard().load("p.yaml", policy.toYaml())).isEqualTo(policy);
  }

  @Test
  void toYaml_defaultQuietHoursOfJurisdictions() {
    Policy policy = Policy.of(SEND_POLICY).withCampaignPlan(CampaignPlan.builder(SEND_POLICY)
        .jurisdictionHours(JurisdictionHours.of(LocalWindow.parse("21:00-08:00"))).build());

    assertThatThrownBy(policy::toYaml).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("default");
  }

  @Test
  void toYaml_readsBackEqual() {
    Policy policy = load(FULL);

    assertThat(PolicyLoader.standard().load("printed.yaml", policy.toYaml())).isEqualTo(policy);
  }

  @Test
  void jsonSchema_describesTheSections() {
    String schema = PolicySchema.jsonSchema();

    assertThat(schema).contains("\"exclusion_windows\": {", "\"follow_ups\": {",
        "\"propertyNames\": {\n        \"pattern\": \"^[A-Z0-9]+(-[A-Z0-9]+)*$\"",
        "\"required\": [\"jurisdiction\"]");
  }

  private static Path write(Path file, String... lines) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text(lines), StandardCharsets.UTF_8);
  }
}
