package org.sendtime.rules;

import static org.sendtime.rules.JavaPrinter.literal;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtime.campaign.AnniversaryEmail;
import org.sendtime.campaign.CampaignInstance;
import org.sendtime.campaign.CampaignPlan;
import org.sendtime.campaign.CampaignType;
import org.sendtime.campaign.EmailKind;
import org.sendtime.campaign.FollowUpTier;
import org.sendtime.campaign.FollowUps;
import org.sendtime.campaign.PostWindowEmail;
import org.sendtime.campaign.SuppressionPolicy;
import org.sendtime.recurrence.LeapDayPolicy;
import org.sendtime.time.LocalWindow;
import org.sendtime.window.ExclusionRule;
import org.sendtime.window.WindowAnchor;

/**
 * Writes the campaign plan of a policy as calls of the {@link PolicyBuilder} with values of
 * {@link CampaignDsl}, settings at their defaults left out.
 */
final class WindowsJava {
  private static final LocalTime DEFAULT_TIME = LocalTime.of(8, 30);

  private final JavaPrinter out;
  private boolean called;

  private WindowsJava(JavaPrinter out) {
    this.out = out;
  }

  /**
   * Writes the builder calls of a policy's campaign plan; a plan of defaults only is written as
   * {@code .preWindowDays(60)}, so that the policy has a plan.
   *
   * @throws IllegalArgumentException if a setting cannot be written in a policy
   */
  static void calls(Policy policy, JavaPrinter out) {
    if (policy.campaignPlan().isPresent()) {
      new WindowsJava(out).plan(policy, policy.campaignPlan().get());
    }
  }

  private void plan(Policy policy, CampaignPlan plan) {
    WindowsYaml.checkPrintable(plan);
    for (ExclusionRule r : plan.suppression().windows().rules()) {
      call("exclusionWindows", rule(r));
    }
    policy.windowsAsOf().ifPresent(d -> call("windowsAsOf", out.date(d)));
    suppression(plan.suppression());
    for (Map.Entry<String, LocalWindow> e : plan.jurisdictionHours().overrides().entrySet()) {
      call("quietHoursIn", literal(e.getKey()), literal(YamlPrinter.time(e.getValue().start())),
          literal(YamlPrinter.time(e.getValue().end())));
    }
    for (AnniversaryEmail e : plan.emails()) {
      call("email", email(e));
    }
    for (CampaignType t : plan.campaignTypes().values()) {
      call("campaignType", type(t));
    }
    for (CampaignInstance c : plan.campaigns()) {
      call("campaignInstance", campaign(c));
    }
    if (plan.followUps().isEnabled()) {
      call("followUps", followUps(plan.followUps()));
    }
    if (!called) {
      call("preWindowDays", Integer.toString(SuppressionPolicy.none().preWindowDays()));
    }
  }

  private void call(String method, String... args) {
    out.call(method, args);
    called = true;
  }

  private String dsl(String member) {
    return out.staticMember(CampaignDsl.class, member);
  }

  private String rule(ExclusionRule rule) {
    String code = literal(rule.jurisdiction());
    StringBuilder sb = new StringBuilder();
    Optional<WindowAnchor> anchor = rule.anchor();
    if (anchor.isEmpty()) {
      sb.append(dsl("yearRound")).append('(').append(code).append(')');
    } else {
      sb.append(dsl(anchor.get().isMonthStart() ? "monthStartWindow" : "window")).append('(').append(code)
          .append(", ").append(literal(anchor.get().dateName())).append(", ").append(rule.daysBefore()).append(", ")
          .append(rule.daysAfter()).append(')');
    }
    rule.effectiveFrom().ifPresent(d -> sb.append(".withEffectiveFrom(").append(out.localDate(d)).append(')'));
    rule.effectiveUntil().ifPresent(d -> sb.append(".withEffectiveUntil(").append(out.localDate(d)).append(')'));
    rule.source().ifPresent(s -> sb.append(".withSource(").append(literal(s)).append(')'));
    rule.note().ifPresent(n -> sb.append(".withNote(").append(literal(n)).append(')'));
    return sb.toString();
  }

  private void suppression(SuppressionPolicy s) {
    SuppressionPolicy defaults = SuppressionPolicy.none();
    if (s.preWindowDays() != defaults.preWindowDays()) {
      call("preWindowDays", Integer.toString(s.preWindowDays()));
    }
    s.blocking().ifPresent(kinds -> call("blocking",
        kinds.stream().map(k -> literal(k.name())).toArray(String[]::new)));
    PostWindowEmail post = s.postWindow();
    if (!post.isEnabled()) {
      call("postWindow", out.type(PostWindowEmail.class) + ".disabled()");
    } else if (!post.equals(PostWindowEmail.defaults())) {
      PostWindowEmail d = PostWindowEmail.defaults();
      StringBuilder sb = new StringBuilder(out.type(PostWindowEmail.class)).append(".defaults()");
      if (post.daysAfter() != d.daysAfter()) {
        sb.append(".withDaysAfter(").append(post.daysAfter()).append(')');
      }
      if (post.priority() != d.priority()) {
        sb.append(".withPriority(").append(post.priority()).append(')');
      }
      if (!post.sendTime().equals(d.sendTime())) {
        sb.append(".withSendTime(").append(time(post.sendTime())).append(')');
      }
      call("postWindow", sb.toString());
    }
    if (s.isStrictJurisdictions()) {
      call("strictJurisdictions");
    }
    if (s.leapDayPolicy() != LeapDayPolicy.FEB_28) {
      call("windowsLeapDay", out.constant(s.leapDayPolicy()));
    }
  }

  private String email(AnniversaryEmail email) {
    EmailKind kind = email.kind();
    Optional<AnniversaryEmail> base = WindowsFormat.defaultEmail(kind);
    boolean sameDate = base.isPresent() && base.get().anchorDateName().equals(email.anchorDateName())
        && base.get().fixedDate().equals(email.fixedDate());
    StringBuilder sb = new StringBuilder();
    int days = 0;
    int priority = WindowsFormat.DEFAULT_EMAIL_PRIORITY;
    if (sameDate) {
      sb.append(dsl("email")).append('(').append(literal(kind.name())).append(')');
      days = base.get().daysBefore();
      priority = base.get().priority();
    } else if (email.anchorDateName().isPresent()) {
      sb.append(dsl("email")).append('(').append(literal(kind.name())).append(", ")
          .append(literal(email.anchorDateName().get())).append(')');
    } else {
      sb.append(dsl("fixedEmail")).append('(').append(literal(kind.name())).append(", ")
          .append(literal(YamlPrinter.monthDay(email.fixedDate().orElseThrow()))).append(')');
    }
    if (email.daysBefore() != days) {
      sb.append(".withDaysBefore(").append(email.daysBefore()).append(')');
    }
    if (email.priority() != priority) {
      sb.append(".withPriority(").append(email.priority()).append(')');
    }
    if (!email.sendTime().equals(DEFAULT_TIME)) {
      sb.append(".withSendTime(").append(time(email.sendTime())).append(')');
    }
    if (email.leapDayPolicy() != LeapDayPolicy.FEB_28) {
      sb.append(".withLeapDayPolicy(").append(out.constant(email.leapDayPolicy())).append(')');
    }
    return sb.toString();
  }

  private String type(CampaignType type) {
    CampaignType d = CampaignType.named(type.name());
    StringBuilder sb = new StringBuilder(dsl("campaignType")).append('(').append(literal(type.name())).append(')');
    if (type.respectsWindows() != d.respectsWindows()) {
      sb.append(".withRespectsWindows(").append(type.respectsWindows()).append(')');
    }
    if (type.enablesFollowUps() != d.enablesFollowUps()) {
      sb.append(".withFollowUps(").append(type.enablesFollowUps()).append(')');
    }
    if (type.daysBeforeEvent() != d.daysBeforeEvent()) {
      sb.append(".withDaysBeforeEvent(").append(type.daysBeforeEvent()).append(')');
    }
    if (type.targetsAll() != d.targetsAll()) {
      sb.append(".withTargetsAll(").append(type.targetsAll()).append(')');
    }
    if (type.priority() != d.priority()) {
      sb.append(".withPriority(").append(type.priority()).append(')');
    }
    if (!type.sendTime().equals(d.sendTime())) {
      sb.append(".withSendTime(").append(time(type.sendTime())).append(')');
    }
    return sb.toString();
  }

  private String campaign(CampaignInstance c) {
    StringBuilder sb = new StringBuilder(dsl("campaign")).append('(').append(literal(c.name())).append(", ")
        .append(type(c.type())).append(", ").append(out.date(c.eventDate())).append(')');
    c.templateKey().ifPresent(k -> sb.append(".withTemplateKey(").append(literal(k)).append(')'));
    c.smsTemplateKey().ifPresent(k -> sb.append(".withSmsTemplateKey(").append(literal(k)).append(')'));
    c.activeFrom().ifPresent(d -> sb.append(".withActiveFrom(").append(out.localDate(d)).append(')'));
    c.activeUntil().ifPresent(d -> sb.append(".withActiveUntil(").append(out.localDate(d)).append(')'));
    if (!c.audience().isEmpty()) {
      List<String> ids = new ArrayList<>();
      c.audience().forEach(id -> ids.add(literal(id)));
      sb.append(".withAudience(").append(out.type(List.class)).append(".of(").append(String.join(", ", ids))
          .append("))");
    }
    return sb.toString();
  }

  private String followUps(FollowUps f) {
    FollowUps d = FollowUps.defaults();
    StringBuilder sb = new StringBuilder(out.type(FollowUps.class)).append(".defaults()");
    if (f.delayDays() != d.delayDays()) {
      sb.append(".withDelayDays(").append(f.delayDays()).append(')');
    }
    if (!f.tiers().equals(d.tiers())) {
      List<String> tiers = new ArrayList<>();
      for (FollowUpTier t : f.tiers()) {
        List<String> args = new ArrayList<>();
        args.add(literal(t.name()));
        t.requiredSignals().forEach(s -> args.add(literal(s)));
        tiers.add(dsl("followUpTier") + "(" + String.join(", ", args) + ")");
      }
      sb.append(".withTiers(").append(out.type(List.class)).append(".of(").append(String.join(", ", tiers))
          .append("))");
    }
    return sb.toString();
  }

  private String time(LocalTime time) {
    return out.type(LocalTime.class) + ".parse(" + literal(YamlPrinter.time(time)) + ")";
  }
}
