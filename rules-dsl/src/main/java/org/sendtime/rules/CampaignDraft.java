package org.sendtime.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sendtime.campaign.CampaignPlan;
import org.sendtime.campaign.SuppressionPolicy;
import org.sendtime.policy.SendPolicy;
import org.sendtime.window.ExclusionRule;
import org.sendtime.window.ExclusionWindows;
import org.sendtime.window.JurisdictionHours;

/**
 * The campaign settings of a {@link PolicyBuilder}, checked as each is given, so that
 * {@link PolicyBuilder#build()} cannot fail. The plan is built on a placeholder send policy,
 * which {@link Policy#withCampaignPlan} replaces with the policy's own.
 *
 * <p>This class is mutable and not thread-safe.
 */
final class CampaignDraft {
  private static final SendPolicy PLACEHOLDER = SendPolicy.builder(ZoneOffset.UTC).build();

  private final CampaignPlan.Builder plan = CampaignPlan.builder(PLACEHOLDER);
  private final List<ExclusionRule> rules = new ArrayList<>();
  private SuppressionPolicy suppression = SuppressionPolicy.none();
  private JurisdictionHours quietHours = JurisdictionHours.none();
  private @Nullable LocalDate asOf;

  void rules(ExclusionRule... added) {
    checkNotNull(added, "rules");
    List<ExclusionRule> all = new ArrayList<>(rules);
    for (ExclusionRule r : added) {
      all.add(checkNotNull(r, "rule"));
    }
    ExclusionWindows.of(all);
    rules.clear();
    rules.addAll(all);
  }

  void asOf(LocalDate date) {
    this.asOf = checkNotNull(date, "date");
  }

  SuppressionPolicy suppression() {
    return suppression;
  }

  void suppression(SuppressionPolicy settings) {
    this.suppression = settings;
  }

  CampaignPlan.Builder plan() {
    return plan;
  }

  JurisdictionHours quietHours() {
    return quietHours;
  }

  void quietHours(JurisdictionHours hours) {
    this.quietHours = hours;
  }

  Policy applyTo(Policy policy) {
    CampaignPlan built = plan.suppression(CampaignPlans.withWindows(suppression, ExclusionWindows.of(rules)))
        .jurisdictionHours(quietHours)
        .build();
    Policy p = policy.withCampaignPlan(built);
    return asOf == null ? p : p.withWindowsAsOf(asOf);
  }
}
