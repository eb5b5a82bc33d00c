package org.sendtime.rules;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.sendtime.campaign.CampaignPlan;
import org.sendtime.rules.PolicyChecks.Finding;
import org.sendtime.window.ExclusionRule;
import org.sendtime.window.Jurisdictions;

/**
 * The semantic checks of a policy's campaign plan, reported like those of {@link PolicyChecks}.
 *
 * <p>A jurisdiction code that is well formed but not one of the US states or DC is most likely a
 * typo (a longer code that starts with a state's, such as {@code CAL}, is suggested that state): a warning, or an error when {@code suppression.strict_jurisdictions} is true, since then
 * every email of a contact there is suppressed.
 */
final class WindowChecks {
  private WindowChecks() {
  }

  /**
   * Checks the campaign plan of a policy.
   *
   * @param policy  the policy, not null
   * @return the findings, in the order of the keys they concern, not null
   */
  static ImmutableList<Finding> check(Policy policy) {
    if (policy.campaignPlan().isEmpty()) {
      return ImmutableList.of();
    }
    CampaignPlan plan = policy.campaignPlan().get();
    boolean strict = plan.suppression().isStrictJurisdictions();
    List<Finding> out = new ArrayList<>();
    ImmutableList<ExclusionRule> rules = plan.suppression().windows().rules();
    for (int i = 0; i < rules.size(); i++) {
      String code = rules.get(i).jurisdiction();
      if (!Jurisdictions.US.contains(code)) {
        out.add(unknown(WindowsFormat.EXCLUSION_WINDOWS + ".rules[" + i + "].jurisdiction", code, strict));
      }
    }
    for (String code : plan.jurisdictionHours().overrides().keySet()) {
      if (!Jurisdictions.US.contains(code)) {
        out.add(unknown(WindowsFormat.QUIET_HOURS_BY_JURISDICTION + "." + code, code, strict));
      }
    }
    return ImmutableList.copyOf(out);
  }

  private static Finding unknown(String path, String code, boolean strict) {
    String message = "unknown jurisdiction '" + code + "': not a US state or DC"
        + (code.length() > 2 && Jurisdictions.US.contains(code.substring(0, 2))
            ? "; did you mean '" + code.substring(0, 2) + "'?" : "")
        + (strict ? "; with strict_jurisdictions every window-checked email of its contacts is suppressed" : "");
    return strict ? Finding.error(path, message) : Finding.warning(path, message);
  }
}
