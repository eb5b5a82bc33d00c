package org.sendtime.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
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
import org.sendtime.testing.CampaignArbitraries;
import org.sendtime.time.LocalWindow;
import org.sendtime.window.ExclusionRule;
import org.sendtime.window.ExclusionWindows;
import org.sendtime.window.JurisdictionHours;
import org.sendtime.window.Jurisdictions;
import org.sendtime.window.WindowAnchor;

/**
 * Arbitraries of campaign plans that a policy can write: those of {@link
 * CampaignArbitraries#campaignPlans()}, and plans with every setting the format has: exclusion
 * windows with sources and notes, every suppression setting, quiet hours by jurisdiction, emails
 * of every kind, campaign types and campaigns, and follow-ups, with names that YAML would read as
 * booleans or null unquoted.
 */
final class WindowArbitraries {
  /** The send policy plans are drawn on; a policy rebuilds its plan on its own. */
  private static final SendPolicy PLACEHOLDER = SendPolicy.builder(ZoneOffset.UTC).build();
  private static final List<String> CODES = List.of("CA", "NV", "MO", "NY", "TX", "FL", "US-CA", "PR", "Y", "N");
  private static final List<String> NAMES = List.of("birthday", "effective_date", "renewal_date", "no", "null",
      "on", "true", "x1");
  private static final List<String> TOKENS = List.of("q1-2026", "yes", "123", "2026-12-24", "#x", "*alias", "a:b",
      "Ünï", "c1");

  private WindowArbitraries() {
  }

  /** A plan and the date of its table, which may be absent. */
  record Drawn(CampaignPlan plan, Optional<LocalDate> asOf) {
  }

  static Arbitrary<Drawn> plans() {
    Arbitrary<CampaignPlan> plans = Builders.withBuilder(Draft::new)
        .use(rules()).inSetter((d, v) -> d.rules = v)
        .use(suppressions()).inSetter((d, v) -> d.suppression = v)
        .use(quietHours()).withProbability(0.3).inSetter((d, v) -> d.hours = v)
        .use(emails()).inSetter((d, v) -> d.emails = v)
        .use(campaignTypes()).inSetter((d, v) -> d.types = v)
        .use(campaignSettings().list().ofMaxSize(3)).inSetter((d, v) -> d.campaigns = v)
        .use(followUps()).inSetter((d, v) -> d.followUps = v)
        .build(Draft::build);
    return Combinators.combine(Arbitraries.oneOf(plans, CampaignArbitraries.campaignPlans()), dates().injectNull(0.7))
        .as((p, d) -> new Drawn(p, Optional.ofNullable(d)));
  }

  private static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 200 * 366).map(d -> LocalDate.of(1950, 1, 1).plusDays(d));
  }

  private static Arbitrary<LocalTime> times() {
    return Arbitraries.integers().between(0, 86_399).map(s -> LocalTime.ofSecondOfDay(s / 60 * 60));
  }

  private static Arbitrary<List<ExclusionRule>> rules() {
    Arbitrary<ExclusionRule> anchored = Combinators.combine(Arbitraries.of(CODES), Arbitraries.of(NAMES),
            Arbitraries.of(true, false), Arbitraries.integers().between(0, 366), Arbitraries.integers().between(0, 366))
        .as((code, name, monthStart, before, after) -> ExclusionRule.anchored(code,
            monthStart ? WindowAnchor.monthStartOf(name) : WindowAnchor.of(name), before, after));
    Arbitrary<ExclusionRule> any = Arbitraries.frequencyOf(
        Tuple.of(4, anchored), Tuple.of(1, Arbitraries.of(CODES).map(ExclusionRule::yearRound)));
    Arbitrary<ExclusionRule> dated = Builders.withBuilder(() -> new ExclusionRule[1])
        .use(any).inSetter((r, v) -> r[0] = v)
        .use(dates()).withProbability(0.3).inSetter((r, v) -> r[0] = r[0].withEffectiveFrom(v))
        .use(Arbitraries.integers().between(0, 3000)).withProbability(0.3)
        .inSetter((r, v) -> r[0] = r[0].withEffectiveUntil(r[0].effectiveFrom().orElse(LocalDate.of(2000, 1, 1))
            .plusDays(v)))
        .use(RulesArbitraries.texts()).withProbability(0.3).inSetter((r, v) -> r[0] = r[0].withSource(v))
        .use(RulesArbitraries.texts()).withProbability(0.2).inSetter((r, v) -> r[0] = r[0].withNote(v))
        .build(r -> r[0]);
    return dated.list().ofMaxSize(6).filter(WindowArbitraries::valid);
  }

  private static boolean valid(List<ExclusionRule> rules) {
    try {
      ExclusionWindows.of(rules);
      return true;
    } catch (IllegalArgumentException overlapping) {
      return false;
    }
  }

  private static Arbitrary<SuppressionPolicy> suppressions() {
    Arbitrary<PostWindowEmail> posts = Arbitraries.oneOf(
        Arbitraries.of(PostWindowEmail.defaults(), PostWindowEmail.disabled()),
        Combinators.combine(Arbitraries.integers().between(1, 366), Arbitraries.integers().between(0, 100), times())
            .as((days, priority, time) -> PostWindowEmail.defaults().withDaysAfter(days).withPriority(priority)
                .withSendTime(time)));
    Arbitrary<List<EmailKind>> kinds = Arbitraries.subsetOf(EmailKind.BIRTHDAY, EmailKind.EFFECTIVE_DATE,
        EmailKind.CAMPAIGN, EmailKind.FOLLOW_UP, EmailKind.POST_WINDOW, EmailKind.of("renewal"))
        .map(ArrayList::new);
    return Builders.withBuilder(() -> new SuppressionPolicy[] {SuppressionPolicy.none()})
        .use(Arbitraries.integers().between(0, 366)).withProbability(0.4)
        .inSetter((s, v) -> s[0] = s[0].withPreWindowDays(v))
        .use(kinds).withProbability(0.3).inSetter((s, v) -> s[0] = s[0].withBlocking(v))
        .use(posts).withProbability(0.4).inSetter((s, v) -> s[0] = s[0].withPostWindow(v))
        .use(Arbitraries.just(true)).withProbability(0.2).inSetter((s, v) -> s[0] = s[0].withStrictJurisdictions(v))
        .use(Arbitraries.just(LeapDayPolicy.MAR_1)).withProbability(0.2)
        .inSetter((s, v) -> s[0] = s[0].withLeapDayPolicy(v))
        .build(s -> s[0]);
  }

  private static Arbitrary<JurisdictionHours> quietHours() {
    Arbitrary<LocalWindow> windows = Combinators.combine(times(), times()).as((a, b) -> a.equals(b) ? null
        : LocalWindow.of(a, b)).filter(w -> w != null);
    return Arbitraries.maps(Arbitraries.of(CODES), windows).ofMaxSize(3).map(m -> {
      JurisdictionHours h = JurisdictionHours.none();
      for (Map.Entry<String, LocalWindow> e : m.entrySet()) {
        h = h.with(e.getKey(), e.getValue());
      }
      return h;
    });
  }

  private static Arbitrary<List<AnniversaryEmail>> emails() {
    Arbitrary<AnniversaryEmail> base = Arbitraries.of(AnniversaryEmail.birthday(), AnniversaryEmail.effectiveDate(),
        AnniversaryEmail.annualEnrolment());
    Arbitrary<AnniversaryEmail> anchored = Combinators.combine(Arbitraries.of("birthday", "renewal", "no", "null"),
        Arbitraries.of(NAMES)).as((kind, name) -> AnniversaryEmail.of(EmailKind.of(kind), name));
    Arbitrary<AnniversaryEmail> fixed = Combinators.combine(Arbitraries.of("annual_enrolment", "renewal", "on"),
            Arbitraries.integers().between(1, 366))
        .as((kind, day) -> AnniversaryEmail.fixed(EmailKind.of(kind), MonthDay.from(LocalDate.ofYearDay(2000, day))));
    Arbitrary<AnniversaryEmail> email = Builders.withBuilder(() -> new AnniversaryEmail[1])
        .use(Arbitraries.oneOf(base, anchored, fixed)).inSetter((e, v) -> e[0] = v)
        .use(Arbitraries.integers().between(0, 366)).withProbability(0.4)
        .inSetter((e, v) -> e[0] = e[0].withDaysBefore(v))
        .use(Arbitraries.integers().between(0, 100)).withProbability(0.4)
        .inSetter((e, v) -> e[0] = e[0].withPriority(v))
        .use(times()).withProbability(0.3).inSetter((e, v) -> e[0] = e[0].withSendTime(v))
        .use(Arbitraries.just(LeapDayPolicy.MAR_1)).withProbability(0.2)
        .inSetter((e, v) -> e[0] = e[0].withLeapDayPolicy(v))
        .build(e -> e[0]);
    return email.list().ofMaxSize(4).uniqueElements(AnniversaryEmail::kind);
  }

  private static Arbitrary<List<CampaignType>> campaignTypes() {
    Arbitrary<CampaignType> type = Builders.withBuilder(() -> new CampaignType[1])
        .use(Arbitraries.of("rate_increase", "promo", "no", "null", "x1")).inSetter((t, v) -> t[0] = CampaignType.named(v))
        .use(Arbitraries.just(false)).withProbability(0.3).inSetter((t, v) -> t[0] = t[0].withRespectsWindows(v))
        .use(Arbitraries.just(false)).withProbability(0.3).inSetter((t, v) -> t[0] = t[0].withFollowUps(v))
        .use(Arbitraries.integers().between(-366, 366)).withProbability(0.4)
        .inSetter((t, v) -> t[0] = t[0].withDaysBeforeEvent(v))
        .use(Arbitraries.just(true)).withProbability(0.3).inSetter((t, v) -> t[0] = t[0].withTargetsAll(v))
        .use(Arbitraries.integers().between(0, 100)).withProbability(0.4).inSetter((t, v) -> t[0] = t[0].withPriority(v))
        .use(times()).withProbability(0.2).inSetter((t, v) -> t[0] = t[0].withSendTime(v))
        .build(t -> t[0]);
    return type.list().ofMaxSize(3).uniqueElements(CampaignType::name);
  }

  /** A campaign without its type, which the plan's types give. */
  private record CampaignSettings(String name, int type, LocalDate eventDate, Optional<String> template,
      Optional<String> smsTemplate, Optional<LocalDate> from, int activeDays, List<String> audience) {
  }

  private static Arbitrary<CampaignSettings> campaignSettings() {
    return Combinators.combine(Arbitraries.of(TOKENS), Arbitraries.integers().between(0, 10), dates(),
            Arbitraries.of(TOKENS).optional(), Arbitraries.of(TOKENS).optional(), dates().optional(),
            Arbitraries.integers().between(-1, 400), Arbitraries.of(TOKENS).list().ofMaxSize(3))
        .as(CampaignSettings::new);
  }

  private static Arbitrary<FollowUps> followUps() {
    Arbitrary<FollowUpTier> tier = Combinators.combine(Arbitraries.of("clicked", "answered", "no", "t1"),
            Arbitraries.subsetOf("clicked", "answered", "has_conditions", "null"))
        .as(FollowUpTier::of);
    Arbitrary<FollowUps> custom = Combinators.combine(Arbitraries.integers().between(1, 366),
            tier.list().ofMinSize(1).ofMaxSize(3).uniqueElements(FollowUpTier::name).injectNull(0.5))
        .as((days, tiers) -> {
          FollowUps f = FollowUps.defaults().withDelayDays(days);
          return tiers == null ? f : f.withTiers(tiers);
        });
    return Arbitraries.oneOf(Arbitraries.of(FollowUps.disabled(), FollowUps.defaults()), custom);
  }

  /** The parts of a plan as drawn. Mutable; one per draw. */
  private static final class Draft {
    List<ExclusionRule> rules = List.of();
    SuppressionPolicy suppression = SuppressionPolicy.none();
    JurisdictionHours hours = JurisdictionHours.none();
    List<AnniversaryEmail> emails = List.of();
    List<CampaignType> types = List.of();
    List<CampaignSettings> campaigns = List.of();
    FollowUps followUps = FollowUps.disabled();

    CampaignPlan build() {
      ExclusionWindows table = ExclusionWindows.of(rules);
      SuppressionPolicy s = CampaignPlans.withWindows(suppression, table);
      // A strict policy with a code it does not know is an error; a lenient one only warned.
      boolean unknown = table.jurisdictions().stream().anyMatch(c -> !Jurisdictions.US.contains(c))
          || hours.overrides().keySet().stream().anyMatch(c -> !Jurisdictions.US.contains(c));
      CampaignPlan.Builder b = CampaignPlan.builder(PLACEHOLDER)
          .suppression(unknown ? s.withStrictJurisdictions(false) : s)
          .jurisdictionHours(hours)
          .followUps(followUps);
      emails.forEach(b::email);
      types.forEach(b::campaignType);
      Map<String, CampaignInstance> byName = new LinkedHashMap<>();
      for (CampaignSettings c : campaigns) {
        if (types.isEmpty() || byName.containsKey(c.name())) {
          continue;
        }
        CampaignInstance i = CampaignInstance.of(c.name(), types.get(c.type() % types.size()), c.eventDate());
        i = c.template().map(i::withTemplateKey).orElse(i);
        i = c.smsTemplate().map(i::withSmsTemplateKey).orElse(i);
        if (c.from().isPresent()) {
          i = i.withActiveFrom(c.from().get());
          if (c.activeDays() >= 0) {
            i = i.withActiveUntil(c.from().get().plusDays(c.activeDays()));
          }
        }
        byName.put(c.name(), i.withAudience(c.audience()));
      }
      byName.values().forEach(b::campaign);
      return b.build();
    }
  }
}
