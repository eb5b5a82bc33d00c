package org.sendtime.rules;

import static org.sendtime.rules.YamlPrinter.blockSeq;
import static org.sendtime.rules.YamlPrinter.date;
import static org.sendtime.rules.YamlPrinter.flowSeq;
import static org.sendtime.rules.YamlPrinter.name;
import static org.sendtime.rules.YamlPrinter.plain;
import static org.sendtime.rules.YamlPrinter.quoted;
import static org.sendtime.rules.YamlPrinter.string;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtime.campaign.AnniversaryEmail;
import org.sendtime.campaign.CampaignInstance;
import org.sendtime.campaign.CampaignPlan;
import org.sendtime.campaign.CampaignType;
import org.sendtime.campaign.FollowUpTier;
import org.sendtime.campaign.FollowUps;
import org.sendtime.campaign.PostWindowEmail;
import org.sendtime.campaign.SuppressionPolicy;
import org.sendtime.recurrence.LeapDayPolicy;
import org.sendtime.rules.YamlPrinter.MapNode;
import org.sendtime.rules.YamlPrinter.Node;
import org.sendtime.time.LocalWindow;
import org.sendtime.window.ExclusionRule;
import org.sendtime.window.ExclusionWindows;
import org.sendtime.window.Jurisdictions;
import org.sendtime.window.WindowAnchor;

/**
 * Writes the campaign sections of a policy ({@link WindowsFormat}) into the tree that
 * {@link YamlPrinter} emits, settings at their defaults left out.
 */
final class WindowsYaml {
  private static final LocalTime DEFAULT_TIME = LocalTime.of(8, 30);

  private WindowsYaml() {
  }

  /**
   * Adds the sections of a policy's campaign plan to its document; a plan of defaults only is
   * written as {@code suppression: {}}, so that it reads back as a plan.
   *
   * @throws IllegalArgumentException if a setting cannot be written in a policy
   */
  static void sections(Policy policy, MapNode doc) {
    if (policy.campaignPlan().isEmpty()) {
      return;
    }
    CampaignPlan plan = policy.campaignPlan().get();
    checkPrintable(plan);
    int before = doc.entries().size();
    ExclusionWindows table = plan.suppression().windows();
    if (!table.rules().isEmpty() || policy.windowsAsOf().isPresent()) {
      MapNode windows = MapNode.newBlock();
      policy.windowsAsOf().ifPresent(d -> windows.put("as_of", date(d)));
      if (!table.rules().isEmpty()) {
        windows.put("rules", blockSeq(table.rules().stream().map(WindowsYaml::rule).toList()));
      }
      doc.put(WindowsFormat.EXCLUSION_WINDOWS, windows);
    }
    MapNode suppression = suppression(plan.suppression());
    if (!suppression.entries().isEmpty()) {
      doc.put(WindowsFormat.SUPPRESSION, suppression);
    }
    quietHours(plan).ifPresent(n -> doc.put(WindowsFormat.QUIET_HOURS_BY_JURISDICTION, n));
    if (!plan.emails().isEmpty()) {
      doc.put(WindowsFormat.EMAILS, blockSeq(plan.emails().stream().map(WindowsYaml::email).toList()));
    }
    if (!plan.campaignTypes().isEmpty()) {
      doc.put(WindowsFormat.CAMPAIGN_TYPES,
          blockSeq(plan.campaignTypes().values().stream().map(WindowsYaml::campaignType).toList()));
    }
    if (!plan.campaigns().isEmpty()) {
      doc.put(WindowsFormat.CAMPAIGNS, blockSeq(plan.campaigns().stream().map(WindowsYaml::campaign).toList()));
    }
    followUps(plan.followUps()).ifPresent(n -> doc.put(WindowsFormat.FOLLOW_UPS, n));
    if (doc.entries().size() == before) {
      doc.put(WindowsFormat.SUPPRESSION, MapNode.newFlow());
    }
  }

  /**
   * Checks that the format can write a plan: it has no keys for known jurisdictions other than
   * the default, for default quiet hours of every jurisdiction (the policy's own quiet hours are
   * that), or for settings of disabled post-window emails and follow-ups.
   *
   * @throws IllegalArgumentException if it cannot
   */
  static void checkPrintable(CampaignPlan plan) {
    SuppressionPolicy s = plan.suppression();
    ImmutableSortedSet<String> known = ImmutableSortedSet.<String>naturalOrder()
        .addAll(Jurisdictions.US).addAll(s.windows().jurisdictions()).build();
    if (!s.knownJurisdictions().equals(known)) {
      throw new IllegalArgumentException("Cannot print known jurisdictions " + s.knownJurisdictions()
          + ": a policy knows the US states, DC and the jurisdictions of its exclusion windows");
    }
    if (!s.postWindow().isEnabled() && !s.postWindow().equals(PostWindowEmail.disabled())) {
      throw new IllegalArgumentException("Cannot print " + s.postWindow()
          + ": a disabled post-window email has no settings");
    }
    if (plan.jurisdictionHours().defaultQuietHours().isPresent()) {
      throw new IllegalArgumentException("Cannot print " + plan.jurisdictionHours()
          + ": a policy's quiet_hours are the default of quiet_hours_by_jurisdiction");
    }
    if (!plan.followUps().isEnabled() && !plan.followUps().equals(FollowUps.disabled())) {
      throw new IllegalArgumentException("Cannot print " + plan.followUps() + ": disabled follow-ups have no settings");
    }
  }

  private static Node rule(ExclusionRule rule) {
    MapNode m = MapNode.newBlock().put("jurisdiction", string(rule.jurisdiction()));
    Optional<WindowAnchor> anchor = rule.anchor();
    if (anchor.isEmpty()) {
      m.put("year_round", plain("true"));
    } else {
      String dateName = anchor.get().dateName();
      m.put("anchor", anchor.get().isMonthStart() ? MapNode.newFlow().put("month_start_of", string(dateName))
          : string(dateName));
      if (rule.daysBefore() != 0) {
        m.put("days_before", integer(rule.daysBefore()));
      }
      if (rule.daysAfter() != 0) {
        m.put("days_after", integer(rule.daysAfter()));
      }
    }
    rule.effectiveFrom().ifPresent(d -> m.put("effective_from", date(d)));
    rule.effectiveUntil().ifPresent(d -> m.put("effective_until", date(d)));
    rule.source().ifPresent(s -> m.put("source", string(s)));
    rule.note().ifPresent(n -> m.put("note", string(n)));
    return m;
  }

  private static MapNode suppression(SuppressionPolicy s) {
    SuppressionPolicy defaults = SuppressionPolicy.none();
    MapNode m = MapNode.newBlock();
    if (s.preWindowDays() != defaults.preWindowDays()) {
      m.put("pre_window_days", integer(s.preWindowDays()));
    }
    s.blocking().ifPresent(kinds -> m.put("blocks",
        flowSeq(kinds.stream().<Node>map(k -> string(k.name())).toList())));
    PostWindowEmail post = s.postWindow();
    if (!post.isEnabled()) {
      m.put("post_window", plain("false"));
    } else if (!post.equals(PostWindowEmail.defaults())) {
      PostWindowEmail d = PostWindowEmail.defaults();
      MapNode p = MapNode.newFlow();
      if (post.daysAfter() != d.daysAfter()) {
        p.put("days_after", integer(post.daysAfter()));
      }
      if (post.priority() != d.priority()) {
        p.put("priority", integer(post.priority()));
      }
      if (!post.sendTime().equals(d.sendTime())) {
        p.put("send_time", quoted(YamlPrinter.time(post.sendTime())));
      }
      m.put("post_window", p);
    }
    if (s.isStrictJurisdictions()) {
      m.put("strict_jurisdictions", plain("true"));
    }
    if (s.leapDayPolicy() != LeapDayPolicy.FEB_28) {
      m.put("leap_day", name(s.leapDayPolicy()));
    }
    return m;
  }

  private static Optional<Node> quietHours(CampaignPlan plan) {
    if (plan.jurisdictionHours().overrides().isEmpty()) {
      return Optional.empty();
    }
    MapNode m = MapNode.newBlock();
    for (Map.Entry<String, LocalWindow> e : plan.jurisdictionHours().overrides().entrySet()) {
      m.put(e.getKey(), quoted(YamlPrinter.window(e.getValue().start(), e.getValue().end())));
    }
    return Optional.of(m);
  }

  private static Node email(AnniversaryEmail email) {
    MapNode m = MapNode.newBlock().put("kind", string(email.kind().name()));
    Optional<AnniversaryEmail> base = WindowsFormat.defaultEmail(email.kind());
    boolean sameDate = base.isPresent() && base.get().anchorDateName().equals(email.anchorDateName())
        && base.get().fixedDate().equals(email.fixedDate());
    if (!sameDate) {
      email.anchorDateName().ifPresent(a -> m.put("anchor", string(a)));
      email.fixedDate().ifPresent(d -> m.put("date", quoted(YamlPrinter.monthDay(d))));
    }
    if (email.daysBefore() != base.map(AnniversaryEmail::daysBefore).orElse(0)) {
      m.put("days_before", integer(email.daysBefore()));
    }
    if (email.priority() != base.map(AnniversaryEmail::priority).orElse(WindowsFormat.DEFAULT_EMAIL_PRIORITY)) {
      m.put("priority", integer(email.priority()));
    }
    if (!email.sendTime().equals(DEFAULT_TIME)) {
      m.put("send_time", quoted(YamlPrinter.time(email.sendTime())));
    }
    if (email.leapDayPolicy() != LeapDayPolicy.FEB_28) {
      m.put("leap_day", name(email.leapDayPolicy()));
    }
    return m;
  }

  private static Node campaignType(CampaignType type) {
    CampaignType d = CampaignType.named(type.name());
    MapNode m = MapNode.newBlock().put("name", string(type.name()));
    if (type.respectsWindows() != d.respectsWindows()) {
      m.put("respects_windows", plain(Boolean.toString(type.respectsWindows())));
    }
    if (type.enablesFollowUps() != d.enablesFollowUps()) {
      m.put("follow_ups", plain(Boolean.toString(type.enablesFollowUps())));
    }
    if (type.daysBeforeEvent() != d.daysBeforeEvent()) {
      m.put("days_before_event", integer(type.daysBeforeEvent()));
    }
    if (type.targetsAll() != d.targetsAll()) {
      m.put("targets_all", plain(Boolean.toString(type.targetsAll())));
    }
    if (type.priority() != d.priority()) {
      m.put("priority", integer(type.priority()));
    }
    if (!type.sendTime().equals(d.sendTime())) {
      m.put("send_time", quoted(YamlPrinter.time(type.sendTime())));
    }
    return m;
  }

  private static Node campaign(CampaignInstance c) {
    MapNode m = MapNode.newBlock()
        .put("name", string(c.name()))
        .put("type", string(c.type().name()))
        .put("event_date", date(c.eventDate()));
    c.templateKey().ifPresent(k -> m.put("template", string(k)));
    c.smsTemplateKey().ifPresent(k -> m.put("sms_template", string(k)));
    c.activeFrom().ifPresent(d -> m.put("active_from", date(d)));
    c.activeUntil().ifPresent(d -> m.put("active_until", date(d)));
    if (!c.audience().isEmpty()) {
      m.put("audience", flowSeq(c.audience().stream().<Node>map(YamlPrinter::string).toList()));
    }
    return m;
  }

  private static Optional<Node> followUps(FollowUps f) {
    if (!f.isEnabled()) {
      return Optional.empty();
    }
    FollowUps d = FollowUps.defaults();
    MapNode m = MapNode.newBlock();
    if (f.delayDays() != d.delayDays()) {
      m.put("delay_days", integer(f.delayDays()));
    }
    if (!f.tiers().equals(d.tiers())) {
      List<Node> tiers = new ArrayList<>();
      for (FollowUpTier t : f.tiers()) {
        MapNode tier = MapNode.newFlow().put("name", string(t.name()));
        if (!t.requiredSignals().isEmpty()) {
          tier.put("requires", flowSeq(t.requiredSignals().stream().<Node>map(YamlPrinter::string).toList()));
        }
        tiers.add(tier);
      }
      m.put("tiers", blockSeq(tiers));
    }
    return Optional.of(m.entries().isEmpty() ? MapNode.newFlow() : m);
  }

  private static Node integer(int value) {
    return plain(Integer.toString(value));
  }
}
