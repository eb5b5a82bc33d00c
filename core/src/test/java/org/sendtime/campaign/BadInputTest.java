package org.sendtime.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendtime.policy.Contact;
import org.sendtime.window.ExclusionRule;
import org.sendtime.window.ExclusionWindows;
import org.sendtime.window.WindowAnchor;
import org.threeten.extra.LocalDateRange;

/** What a rule table or plan given bad input does: rejected with a message, or a result that says so. */
class BadInputTest {

  private static final LocalDateRange Y2025 = LocalDateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

  @ParameterizedTest(name = "{0}/{1}/pre {2}")
  @CsvSource({
      "-30, 60, 0,  daysBefore",     // a negative window start
      "30, -60, 0,  daysAfter",      // a negative window end
      "30, 60,  -1, preWindowDays",  // a negative extension
  })
  void negativeWindowLengths(int before, int after, int pre, String field) {
    assertThatThrownBy(() -> {
      ExclusionRule r = ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, before, after);
      SuppressionPolicy.of(ExclusionWindows.of(List.of(r))).withPreWindowDays(pre);
    }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(field).hasMessageContaining("-");
  }

  @Test
  void overlappingRuleVersions_namesBoth() {
    ExclusionRule v1 = ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, 30, 60)
        .withEffectiveFrom(LocalDate.of(2020, 1, 1)).withEffectiveUntil(LocalDate.of(2025, 12, 31));
    ExclusionRule v2 = ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, 30, 90)
        .withEffectiveFrom(LocalDate.of(2025, 7, 1));
    assertThatThrownBy(() -> ExclusionWindows.of(List.of(v1, v2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CA birthday -30/+60 from 2020-01-01 until 2025-12-31")
        .hasMessageContaining("CA birthday -30/+90 from 2025-07-01");
  }

  @ParameterizedTest(name = "{0}, strict {1}")
  @CsvSource(delimiter = '|', value = {
      // jurisdiction | strict | outcome of the Sep 15 email
      "ZZ   | false | S",                                            // lenient: an unknown state has no windows
      "ZZ   | true  | X unknown jurisdiction: unknown jurisdiction 'ZZ'",  // strict: refused
      "TX   | true  | S",                                            // a US state is known
      "NONE | false | S",                                            // lenient: no jurisdiction, no windows
      "NONE | true  | X unknown jurisdiction: no jurisdiction on file",   // strict: refused
  })
  void unknownJurisdictions(String jurisdiction, boolean strict, String expected) {
    CampaignPlan plan = CampaignPlan.builder(SeedRules.POLICY)
        .suppression(SuppressionPolicy.of(SeedRules.TABLE).withStrictJurisdictions(strict))
        .email(AnniversaryEmail.annualEnrolment())
        .build();
    CampaignContact c = CampaignContact.of(Contact.of("c1", SeedRules.CHICAGO));
    if (!jurisdiction.equals("NONE")) {
      c = c.withJurisdiction(jurisdiction);
    }
    String actual = plan.schedule(c, Y2025, SeedRules.AS_OF).emails().stream()
        .map(e -> e.isScheduled() ? "S" : "X " + e.suppressedBy().orElseThrow() + ": " + e.reason().orElseThrow())
        .collect(Collectors.joining("; "));
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void unknownJurisdictions_campaignBypassingWindowsStillSent() {
    CampaignType notice = CampaignType.named("regulatory_notice").withRespectsWindows(false);
    CampaignPlan plan = CampaignPlan.builder(SeedRules.POLICY)
        .suppression(SuppressionPolicy.of(SeedRules.TABLE).withStrictJurisdictions(true))
        .campaign(CampaignInstance.of("notice", notice, LocalDate.of(2025, 3, 1)).withAudience(List.of("c1")))
        .build();
    CampaignContact c = CampaignContact.of(Contact.of("c1", SeedRules.CHICAGO)).withJurisdiction("ZZ");
    assertThat(plan.schedule(c, Y2025, SeedRules.AS_OF).emails()).singleElement()
        .satisfies(e -> assertThat(e.isScheduled()).isTrue());
  }
}
