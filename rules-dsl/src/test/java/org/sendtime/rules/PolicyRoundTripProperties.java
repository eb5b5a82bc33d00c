package org.sendtime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.sendtime.calendar.Blackout;
import org.sendtime.campaign.CampaignPlan;
import org.sendtime.campaign.EmailKind;
import org.sendtime.campaign.SuppressionPolicy;
import org.sendtime.policy.Constraint;
import org.sendtime.policy.DeliverBy;
import org.sendtime.policy.SendPolicy;
import org.sendtime.window.ExclusionRule;

/**
 * The two spellings of a policy read back equal: YAML printed and loaded gives an equal policy,
 * the YAML of a loaded policy is the YAML it was loaded from, and the Java of a policy read back
 * from YAML is the Java of the original. A policy whose settings combine into one that can never
 * send is rejected alike by the DSL and by the loader, with the same errors.
 */
class PolicyRoundTripProperties {
  private static final PolicyLoader LOADER = loader();

  private static PolicyLoader loader() {
    PolicyLoader.Builder b = PolicyLoader.builder().holidayCalendar(RulesArbitraries.HOST_CALENDAR);
    for (Constraint c : RulesArbitraries.HOST_CONSTRAINTS) {
      b.constraint(c);
    }
    return b.build();
  }

  @Property(tries = 300)
  void build_rejectsExactlyThePoliciesWithErrors(@ForAll("policies") Policy policy) {
    List<String> errors = errors(policy);
    Statistics.label("errors").collect(!errors.isEmpty());

    if (errors.isEmpty()) {
      assertThat(dsl(policy).build()).isEqualTo(policy);
    } else {
      assertThatThrownBy(() -> dsl(policy).build()).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid policy '" + policy.name() + "': " + String.join("; ", errors));
    }
  }

  @Property(tries = 300)
  void load_ofToYaml_isEqualOrHasTheErrorsTheDslReports(@ForAll("policies") Policy policy) {
    String yaml = policy.toYaml();
    List<String> errors = errors(policy);

    PolicyReport report = LOADER.check("printed.yaml", yaml);
    if (errors.isEmpty()) {
      assertThat(report.policy()).as("loaded from%n%s%nwith %s", yaml, report.problems()).contains(policy);
    } else {
      assertThat(report.errors()).extracting(p -> p.path() + ": " + p.message()).as("loaded from%n%s", yaml)
          .containsExactlyElementsOf(errors);
    }
  }

  @Property(tries = 200)
  void toYaml_ofLoaded_isTheTextLoaded(@ForAll("policies") Policy policy) {
    Assume.that(errors(policy).isEmpty());
    String yaml = policy.toYaml();

    assertThat(LOADER.load("printed.yaml", yaml).toYaml()).isEqualTo(yaml);
  }

  @Property(tries = 200)
  void toJava_ofLoaded_isTheJavaOfTheOriginal(@ForAll("policies") Policy policy) {
    Assume.that(errors(policy).isEmpty());
    Policy loaded = LOADER.load("printed.yaml", policy.toYaml());

    assertThat(loaded.toJava()).isEqualTo(policy.toJava());
  }

  /** Policies of every kind, some of whose settings combine into errors. */
  @Provide
  Arbitrary<Policy> policies() {
    return RulesArbitraries.policies();
  }

  private static List<String> errors(Policy policy) {
    return PolicyChecks.checkAll(policy).stream()
        .filter(f -> f.severity() == PolicyProblem.Severity.ERROR)
        .map(f -> f.path() + ": " + f.message())
        .toList();
  }

  /** The DSL calls that set every setting of a policy. */
  private static PolicyBuilder dsl(Policy policy) {
    SendPolicy p = policy.sendPolicy();
    PolicyBuilder b = Policy.named(p.name()).zone(p.zone())
        .zoneStrategy(p.zoneStrategy())
        .weekend(p.weekend())
        .blackoutDatesIn(p.blackoutDatesIn())
        .horizon(p.horizon())
        .lateSends(p.lateSends())
        .dstPolicy(p.dstPolicy())
        .coordinationSpan(p.coordinationSpan());
    p.fallbackZone().ifPresent(b::fallbackZone);
    p.quietHours().ifPresent(b::quietHours);
    p.businessHours().ifPresent(b::businessHours);
    p.holidays().ifPresent(b::holidays);
    for (Blackout blackout : p.blackouts()) {
      b.blackout(blackout);
    }
    for (Constraint constraint : p.constraints()) {
      b.constraint(constraint);
    }
    for (DeliverBy deliverBy : p.deliverBy()) {
      b.deliverBy(deliverBy);
    }
    p.campaign().ifPresent(b::campaign);
    policy.description().ifPresent(b::description);
    policy.schedule().ifPresent(b::schedule);
    policy.optimizer().ifPresent(b::optimizer);
    policy.windowsAsOf().ifPresent(b::windowsAsOf);
    policy.campaignPlan().ifPresent(plan -> campaignPlan(b, plan));
    return b;
  }

  /** The DSL calls that set every part of a campaign plan that a policy file can hold. */
  private static void campaignPlan(PolicyBuilder b, CampaignPlan plan) {
    SuppressionPolicy s = plan.suppression();
    b.exclusionWindows(s.windows().rules().toArray(ExclusionRule[]::new))
        .preWindowDays(s.preWindowDays())
        .postWindow(s.postWindow())
        .windowsLeapDay(s.leapDayPolicy());
    s.blocking().ifPresent(kinds -> b.blocking(kinds.stream().map(EmailKind::name).toArray(String[]::new)));
    if (s.isStrictJurisdictions()) {
      b.strictJurisdictions();
    }
    plan.jurisdictionHours().overrides().forEach((jurisdiction, w) ->
        b.quietHoursIn(jurisdiction, w.start().toString(), w.end().toString()));
    plan.emails().forEach(b::email);
    plan.campaignTypes().values().forEach(b::campaignType);
    plan.campaigns().forEach(b::campaignInstance);
    b.followUps(plan.followUps());
  }
}
