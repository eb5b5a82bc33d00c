package org.sendtime.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
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
 * Builds the campaign plan of a policy from the checked values of its {@link WindowsFormat}
 * sections. As in {@link PolicyReader}, every rejection of a core factory becomes a problem at
 * the value it came from, and a value with an error inside it is not built.
 *
 * <p>The {@code exclusion_windows} of a policy and of the policies it extends merge by
 * jurisdiction: the rules of a jurisdiction come from the last file that has any, the policy's
 * own first, then those inherited, nearest first.
 *
 * <p>This class is mutable and not thread-safe: one instance reads one policy.
 */
final class WindowsReader {
  private static final String RULES = WindowsFormat.EXCLUSION_WINDOWS + ".rules";

  private final List<PolicyProblem> problems;

  WindowsReader(List<PolicyProblem> problems) {
    this.problems = problems;
  }

  /** A rule as built, with the value it was written as. */
  private record Written(ExclusionRule rule, Value at) {
  }

  /**
   * Reads the campaign sections of a policy into its plan.
   *
   * @param top  the policy's merged top-level values
   * @param layers  every {@code exclusion_windows} entry of the policy and the policies it
   *     extends, in the order they apply; the last is the one {@code top} holds
   * @param paths  where the positions of inherited rules are recorded under their merged paths
   * @param policy  the policy built of the other keys, or empty if it has no name or zone
   * @return the policy with its plan, or as given if it declares no campaign section
   */
  Optional<Policy> read(Value.Mapping top, List<ShapeReader.Entry> layers, PathIndex paths,
      Optional<Policy> policy) {
    // An inherited table is the merged mapping's, so the sections there say it all.
    boolean declared = WindowsFormat.SECTIONS.stream().anyMatch(s -> top.value(s).isPresent());
    if (!declared) {
      return policy;
    }
    List<Value.Mapping> inherited = inherited(layers);
    SendPolicy sendPolicy = policy.map(Policy::sendPolicy).orElseGet(() -> SendPolicy.builder(ZoneOffset.UTC).build());
    Optional<Value.Mapping> own = top.mapping(WindowsFormat.EXCLUSION_WINDOWS);
    List<Written> rules = rules(own, inherited);
    for (int i = 0; i < rules.size(); i++) {
      paths.put(RULES + "[" + i + "]", rules.get(i).at().position());
    }
    ExclusionWindows table = table(rules);
    CampaignPlan.Builder b = CampaignPlan.builder(sendPolicy);
    SuppressionPolicy suppression = top.mapping(WindowsFormat.SUPPRESSION).map(this::suppression)
        .orElse(SuppressionPolicy.none());
    b.suppression(table == null ? suppression : CampaignPlans.withWindows(suppression, table));
    top.mapping(WindowsFormat.QUIET_HOURS_BY_JURISDICTION).ifPresent(m -> b.jurisdictionHours(quietHours(m)));
    top.list(WindowsFormat.EMAILS).ifPresent(list -> emails(list, b));
    Map<String, CampaignType> types = new LinkedHashMap<>();
    top.list(WindowsFormat.CAMPAIGN_TYPES).ifPresent(list -> campaignTypes(list, b, types));
    top.list(WindowsFormat.CAMPAIGNS).ifPresent(list -> campaigns(list, b, types));
    top.mapping(WindowsFormat.FOLLOW_UPS).flatMap(this::followUps).ifPresent(b::followUps);
    CampaignPlan plan = b.build();
    Optional<LocalDate> asOf = asOf(own, inherited);
    return policy.map(p -> {
      Policy withPlan = p.withCampaignPlan(plan);
      return asOf.isPresent() ? withPlan.withWindowsAsOf(asOf.get()) : withPlan;
    });
  }

  /** Reads the layers that the last one replaces, each checked against the format where it was written. */
  private List<Value.Mapping> inherited(List<ShapeReader.Entry> layers) {
    List<Value.Mapping> out = new ArrayList<>();
    for (ShapeReader.Entry e : layers.subList(0, Math.max(0, layers.size() - 1))) {
      // Positions of an inherited file are recorded under merged paths once merged, not here.
      ShapeReader reader = new ShapeReader(problems, new PathIndex(e.document().position(e.value())));
      Value v = reader.read(WindowsFormat.EXCLUSION_WINDOWS_SHAPE, e.document(), e.value(),
          WindowsFormat.EXCLUSION_WINDOWS, 1);
      if (v instanceof Value.Mapping m) {
        out.add(m);
      }
    }
    return out;
  }

  private static Optional<LocalDate> asOf(Optional<Value.Mapping> own, List<Value.Mapping> inherited) {
    Optional<LocalDate> asOf = own.flatMap(m -> m.get("as_of", LocalDate.class));
    for (int i = inherited.size() - 1; i >= 0 && asOf.isEmpty(); i--) {
      asOf = inherited.get(i).get("as_of", LocalDate.class);
    }
    return asOf;
  }

  // ---------------------------------------------------------------------------------------------
  // Exclusion windows

  private List<Written> rules(Optional<Value.Mapping> own, List<Value.Mapping> inherited) {
    List<Written> merged = new ArrayList<>();
    Set<String> replaced = new HashSet<>();
    List<Value.Mapping> layers = new ArrayList<>();
    own.ifPresent(layers::add);
    for (int i = inherited.size() - 1; i >= 0; i--) {
      layers.add(inherited.get(i));
    }
    for (Value.Mapping layer : layers) {
      List<Value> items = layer.list("rules").map(Value.ListOf::items).orElse(ImmutableList.of());
      Set<String> jurisdictions = new HashSet<>();
      for (Value item : items) {
        Value.Mapping m = (Value.Mapping) item;
        Optional<String> jurisdiction = m.get("jurisdiction", String.class);
        if (jurisdiction.isEmpty() || replaced.contains(jurisdiction.get())) {
          continue;
        }
        jurisdictions.add(jurisdiction.get());
        rule(m).ifPresent(r -> merged.add(new Written(r, m)));
      }
      replaced.addAll(jurisdictions);
    }
    return merged;
  }

  private Optional<ExclusionRule> rule(Value.Mapping m) {
    if (!m.complete()) {
      return Optional.empty();
    }
    String jurisdiction = m.get("jurisdiction", String.class).orElseThrow();
    Value.Scalar jurisdictionValue = m.scalar("jurisdiction").orElseThrow();
    // A year-round rule of the code checks the code, so that a bad anchor does not hide it.
    ExclusionRule rule = build(jurisdictionValue, () -> ExclusionRule.yearRound(jurisdiction), null);
    Optional<Value> anchor = m.value("anchor");
    if (anchor.isEmpty()) {
      for (String key : List.of("days_before", "days_after")) {
        m.scalar(key).ifPresent(v -> problems.add(v.error("a year-round rule has no " + key
            + "; leave it out, or give an anchor instead of year_round")));
      }
    } else {
      WindowAnchor a = anchor(anchor.get());
      int before = m.get("days_before", Integer.class).orElse(0);
      int after = m.get("days_after", Integer.class).orElse(0);
      rule = a == null || rule == null ? null
          : build(jurisdictionValue, () -> ExclusionRule.anchored(jurisdiction, a, before, after), null);
    }
    Optional<Value.Scalar> from = m.scalar("effective_from");
    if (rule != null && from.isPresent()) {
      ExclusionRule r = rule;
      rule = build(from.get(), () -> r.withEffectiveFrom(from.get().as(LocalDate.class)), null);
    }
    Optional<Value.Scalar> until = m.scalar("effective_until");
    if (rule != null && until.isPresent()) {
      ExclusionRule r = rule;
      rule = build(until.get(), () -> r.withEffectiveUntil(until.get().as(LocalDate.class)), null);
    }
    Optional<Value.Scalar> source = m.scalar("source");
    if (rule != null && source.isPresent()) {
      ExclusionRule r = rule;
      rule = build(source.get(), () -> r.withSource(source.get().as(String.class)), null);
    }
    Optional<Value.Scalar> note = m.scalar("note");
    if (rule != null && note.isPresent()) {
      ExclusionRule r = rule;
      rule = build(note.get(), () -> r.withNote(note.get().as(String.class)), null);
    }
    return Optional.ofNullable(rule);
  }

  private @Nullable WindowAnchor anchor(Value value) {
    if (value instanceof Value.Scalar name) {
      return build(name, () -> WindowAnchor.of(name.as(String.class)), null);
    }
    Value.Scalar name = ((Value.Mapping) value).scalar("month_start_of").orElseThrow();
    return build(name, () -> WindowAnchor.monthStartOf(name.as(String.class)), null);
  }

  /**
   * Builds the table, reporting a version of a rule that overlaps an earlier one at the later
   * rule.
   *
   * @return the table, or null if two versions overlap
   */
  private @Nullable ExclusionWindows table(List<Written> rules) {
    boolean ok = true;
    for (int i = 0; i < rules.size(); i++) {
      for (int j = 0; j < i; j++) {
        Written a = rules.get(j);
        Written b = rules.get(i);
        if (a.rule().jurisdiction().equals(b.rule().jurisdiction())) {
          ok &= build(b.at(), () -> ExclusionWindows.of(List.of(a.rule(), b.rule())), null) != null;
        }
      }
    }
    return ok ? build(rules.isEmpty() ? null : rules.get(0).at(),
        () -> ExclusionWindows.of(rules.stream().map(Written::rule).toList()), null) : null;
  }

  // ---------------------------------------------------------------------------------------------
  // Suppression and quiet hours

  private SuppressionPolicy suppression(Value.Mapping m) {
    SuppressionPolicy s = SuppressionPolicy.none();
    Optional<Value.Scalar> pre = m.scalar("pre_window_days");
    if (pre.isPresent()) {
      SuppressionPolicy x = s;
      s = build(pre.get(), () -> x.withPreWindowDays(pre.get().as(Integer.class)), s);
    }
    Optional<Value.ListOf> blocks = m.list("blocks");
    if (blocks.isPresent()) {
      List<EmailKind> kinds = new ArrayList<>();
      for (Value item : blocks.get().items()) {
        EmailKind kind = build(item, () -> EmailKind.of(((Value.Scalar) item).as(String.class)), null);
        if (kind != null) {
          kinds.add(kind);
        }
      }
      s = s.withBlocking(kinds);
    }
    Optional<Value> postWindow = m.value("post_window");
    if (postWindow.isPresent()) {
      s = s.withPostWindow(postWindow(postWindow.get()));
    }
    Optional<Boolean> strict = m.get("strict_jurisdictions", Boolean.class);
    if (strict.isPresent()) {
      s = s.withStrictJurisdictions(strict.get());
    }
    Optional<LeapDayPolicy> leap = m.get("leap_day", LeapDayPolicy.class);
    if (leap.isPresent()) {
      s = s.withLeapDayPolicy(leap.get());
    }
    return s;
  }

  private PostWindowEmail postWindow(Value value) {
    if (value instanceof Value.Scalar enabled) {
      return enabled.as(Boolean.class) ? PostWindowEmail.defaults() : PostWindowEmail.disabled();
    }
    Value.Mapping m = (Value.Mapping) value;
    PostWindowEmail email = PostWindowEmail.defaults();
    Optional<Value.Scalar> days = m.scalar("days_after");
    if (days.isPresent()) {
      PostWindowEmail e = email;
      email = build(days.get(), () -> e.withDaysAfter(days.get().as(Integer.class)), email);
    }
    Optional<Value.Scalar> priority = m.scalar("priority");
    if (priority.isPresent()) {
      PostWindowEmail e = email;
      email = build(priority.get(), () -> e.withPriority(priority.get().as(Integer.class)), email);
    }
    Optional<LocalTime> time = m.get("send_time", LocalTime.class);
    return time.isPresent() ? email.withSendTime(time.get()) : email;
  }

  private JurisdictionHours quietHours(Value.Mapping m) {
    JurisdictionHours hours = JurisdictionHours.none();
    for (String code : m.keys()) {
      Value.Scalar window = m.scalar(code).orElseThrow();
      JurisdictionHours h = hours;
      hours = build(window, () -> h.with(code, window.as(LocalWindow.class)), hours);
    }
    return hours;
  }

  // ---------------------------------------------------------------------------------------------
  // Emails, campaigns and follow-ups

  private void emails(Value.ListOf list, CampaignPlan.Builder b) {
    for (Value item : list.items()) {
      Value.Mapping m = (Value.Mapping) item;
      Optional<AnniversaryEmail> email = email(m);
      if (email.isPresent()) {
        apply(m.scalar("kind").orElseThrow(), () -> b.email(email.get()));
      }
    }
  }

  private Optional<AnniversaryEmail> email(Value.Mapping m) {
    if (!m.complete()) {
      return Optional.empty();
    }
    Value.Scalar kindValue = m.scalar("kind").orElseThrow();
    EmailKind kind = build(kindValue, () -> EmailKind.of(kindValue.as(String.class)), null);
    if (kind == null) {
      return Optional.empty();
    }
    AnniversaryEmail base = WindowsFormat.defaultEmail(kind).orElse(null);
    Optional<Value.Scalar> anchor = m.scalar("anchor");
    Optional<Value.Scalar> date = m.scalar("date");
    AnniversaryEmail email;
    if (anchor.isPresent()) {
      email = build(anchor.get(), () -> AnniversaryEmail.of(kind, anchor.get().as(String.class)), null);
    } else if (date.isPresent()) {
      email = build(date.get(), () -> AnniversaryEmail.fixed(kind, date.get().as(MonthDay.class)), null);
    } else if (base != null) {
      email = base;
    } else {
      problems.add(m.error("an email of kind " + kind + " needs anchor (a contact date such as renewal_date) or "
          + "date (a month-day such as \"09-15\"); only birthday, effective_date and annual_enrolment have their own"));
      return Optional.empty();
    }
    if (email == null) {
      return Optional.empty();
    }
    int defaultDays = base == null ? 0 : base.daysBefore();
    int defaultPriority = base == null ? email.priority() : base.priority();
    AnniversaryEmail e0 = email;
    Optional<Value.Scalar> days = m.scalar("days_before");
    email = build(days.isPresent() ? days.get() : kindValue,
        () -> e0.withDaysBefore(days.map(v -> v.as(Integer.class)).orElse(defaultDays)), null);
    if (email == null) {
      return Optional.empty();
    }
    AnniversaryEmail e1 = email;
    Optional<Value.Scalar> priority = m.scalar("priority");
    email = build(priority.isPresent() ? priority.get() : kindValue,
        () -> e1.withPriority(priority.map(v -> v.as(Integer.class)).orElse(defaultPriority)), null);
    if (email == null) {
      return Optional.empty();
    }
    Optional<LocalTime> time = m.get("send_time", LocalTime.class);
    if (time.isPresent()) {
      email = email.withSendTime(time.get());
    }
    Optional<LeapDayPolicy> leap = m.get("leap_day", LeapDayPolicy.class);
    if (leap.isPresent()) {
      email = email.withLeapDayPolicy(leap.get());
    }
    return Optional.of(email);
  }

  private void campaignTypes(Value.ListOf list, CampaignPlan.Builder b, Map<String, CampaignType> types) {
    for (Value item : list.items()) {
      Value.Mapping m = (Value.Mapping) item;
      campaignType(m).ifPresent(t -> {
        if (apply(m.scalar("name").orElseThrow(), () -> b.campaignType(t))) {
          types.put(t.name(), t);
        }
      });
    }
  }

  private Optional<CampaignType> campaignType(Value.Mapping m) {
    if (!m.complete()) {
      return Optional.empty();
    }
    Value.Scalar name = m.scalar("name").orElseThrow();
    CampaignType type = build(name, () -> CampaignType.named(name.as(String.class)), null);
    if (type == null) {
      return Optional.empty();
    }
    Optional<Boolean> respects = m.get("respects_windows", Boolean.class);
    if (respects.isPresent()) {
      type = type.withRespectsWindows(respects.get());
    }
    Optional<Boolean> followUps = m.get("follow_ups", Boolean.class);
    if (followUps.isPresent()) {
      type = type.withFollowUps(followUps.get());
    }
    Optional<Value.Scalar> days = m.scalar("days_before_event");
    if (days.isPresent()) {
      CampaignType t = type;
      type = build(days.get(), () -> t.withDaysBeforeEvent(days.get().as(Integer.class)), null);
    }
    Optional<Boolean> all = m.get("targets_all", Boolean.class);
    if (type != null && all.isPresent()) {
      type = type.withTargetsAll(all.get());
    }
    Optional<Value.Scalar> priority = m.scalar("priority");
    if (type != null && priority.isPresent()) {
      CampaignType t = type;
      type = build(priority.get(), () -> t.withPriority(priority.get().as(Integer.class)), null);
    }
    Optional<LocalTime> time = m.get("send_time", LocalTime.class);
    if (type != null && time.isPresent()) {
      type = type.withSendTime(time.get());
    }
    return Optional.ofNullable(type);
  }

  private void campaigns(Value.ListOf list, CampaignPlan.Builder b, Map<String, CampaignType> types) {
    for (Value item : list.items()) {
      Value.Mapping m = (Value.Mapping) item;
      campaign(m, types).ifPresent(c -> apply(m.scalar("name").orElseThrow(), () -> b.campaign(c)));
    }
  }

  private Optional<CampaignInstance> campaign(Value.Mapping m, Map<String, CampaignType> types) {
    if (!m.complete()) {
      return Optional.empty();
    }
    Value.Scalar typeValue = m.scalar("type").orElseThrow();
    String typeName = typeValue.as(String.class);
    CampaignType type = types.get(typeName);
    if (type == null) {
      problems.add(typeValue.error("unknown campaign type '" + typeName + "'; " + Suggestions.hint(typeName,
          types.keySet(), "no campaign types are declared; declare it under campaign_types")));
      return Optional.empty();
    }
    Value.Scalar name = m.scalar("name").orElseThrow();
    LocalDate eventDate = m.get("event_date", LocalDate.class).orElseThrow();
    CampaignInstance c = build(name, () -> CampaignInstance.of(name.as(String.class), type, eventDate), null);
    for (String key : List.of("template", "sms_template")) {
      Optional<Value.Scalar> template = m.scalar(key);
      if (c != null && template.isPresent()) {
        CampaignInstance x = c;
        String text = template.get().as(String.class);
        c = build(template.get(), () -> key.equals("template") ? x.withTemplateKey(text) : x.withSmsTemplateKey(text),
            null);
      }
    }
    for (String key : List.of("active_from", "active_until")) {
      Optional<Value.Scalar> date = m.scalar(key);
      if (c != null && date.isPresent()) {
        CampaignInstance x = c;
        LocalDate d = date.get().as(LocalDate.class);
        c = build(date.get(), () -> key.equals("active_from") ? x.withActiveFrom(d) : x.withActiveUntil(d), null);
      }
    }
    Optional<Value.ListOf> audience = m.list("audience");
    if (c != null && audience.isPresent()) {
      CampaignInstance x = c;
      c = build(audience.get(), () -> x.withAudience(audience.get().scalars(String.class)), null);
    }
    return Optional.ofNullable(c);
  }

  private Optional<FollowUps> followUps(Value.Mapping m) {
    if (!m.complete()) {
      return Optional.empty();
    }
    FollowUps followUps = FollowUps.defaults();
    Optional<Value.Scalar> delay = m.scalar("delay_days");
    if (delay.isPresent()) {
      FollowUps f = followUps;
      followUps = build(delay.get(), () -> f.withDelayDays(delay.get().as(Integer.class)), null);
    }
    Optional<Value.ListOf> list = m.list("tiers");
    if (followUps != null && list.isPresent()) {
      List<FollowUpTier> tiers = new ArrayList<>();
      for (Value item : list.get().items()) {
        Value.Mapping t = (Value.Mapping) item;
        Value.Scalar name = t.scalar("name").orElseThrow();
        List<String> signals = t.list("requires").<List<String>>map(l -> l.scalars(String.class)).orElse(List.of());
        FollowUpTier tier = build(t, () -> FollowUpTier.of(name.as(String.class), signals), null);
        if (tier == null) {
          return Optional.empty();
        }
        tiers.add(tier);
      }
      FollowUps f = followUps;
      followUps = build(list.get(), () -> f.withTiers(tiers), null);
    }
    return Optional.ofNullable(followUps);
  }

  // ---------------------------------------------------------------------------------------------

  private boolean apply(Value at, Runnable call) {
    try {
      call.run();
      return true;
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.add(at.error(String.valueOf(e.getMessage())));
      return false;
    }
  }

  private <T> @Nullable T build(@Nullable Value at, Supplier<T> factory, @Nullable T orElse) {
    try {
      return factory.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      if (at != null) {
        problems.add(at.error(String.valueOf(e.getMessage())));
      }
      return orElse;
    }
  }
}
