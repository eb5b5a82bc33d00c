package org.sendtime.rules;

import org.sendtime.campaign.AnniversaryEmail;
import org.sendtime.campaign.CampaignInstance;
import org.sendtime.campaign.CampaignPlan;
import org.sendtime.campaign.CampaignType;
import org.sendtime.campaign.SuppressionPolicy;
import org.sendtime.policy.SendPolicy;
import org.sendtime.window.ExclusionWindows;

/** Copies of campaign plans and suppression policies with one part replaced. */
final class CampaignPlans {
  private CampaignPlans() {
  }

  /** The plan with the same settings on another send policy. */
  static CampaignPlan withSendPolicy(CampaignPlan plan, SendPolicy sendPolicy) {
    if (plan.policy().equals(sendPolicy)) {
      return plan;
    }
    CampaignPlan.Builder b = CampaignPlan.builder(sendPolicy)
        .suppression(plan.suppression())
        .followUps(plan.followUps())
        .jurisdictionHours(plan.jurisdictionHours());
    for (AnniversaryEmail e : plan.emails()) {
      b.email(e);
    }
    for (CampaignType t : plan.campaignTypes().values()) {
      b.campaignType(t);
    }
    for (CampaignInstance c : plan.campaigns()) {
      b.campaign(c);
    }
    return b.build();
  }

  /**
   * The suppression policy with the same settings over another table. Known jurisdictions set
   * explicitly are not kept: the policy format does not write them.
   */
  static SuppressionPolicy withWindows(SuppressionPolicy suppression, ExclusionWindows windows) {
    SuppressionPolicy s = SuppressionPolicy.of(windows)
        .withPreWindowDays(suppression.preWindowDays())
        .withPostWindow(suppression.postWindow())
        .withStrictJurisdictions(suppression.isStrictJurisdictions())
        .withLeapDayPolicy(suppression.leapDayPolicy());
    return suppression.blocking().map(s::withBlocking).orElse(s);
  }
}
