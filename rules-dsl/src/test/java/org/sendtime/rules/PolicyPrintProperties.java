package org.sendtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Example;
import org.sendtime.calendar.Blackout;
import org.sendtime.policy.Constraint;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The laws of printing that hold without the loader: printed Java compiles and builds an equal
 * policy; printed YAML is the same for equal policies, starts with the version, keeps the
 * format's key order, and every free text in it reads back as itself.
 */
class PolicyPrintProperties {
  /** The keys of a policy in the order the format gives them. */
  private static final List<String> KEY_ORDER = List.of("version", "name", "description", "zone",
      "zone_strategy", "fallback_zone", "quiet_hours", "business_hours", "weekend", "holidays",
      "blackout_dates_in", "blackouts", "constraints", "horizon", "deliver_by", "late_sends", "dst", "campaign",
      "coordination_span", "schedule", "optimizer", "exclusion_windows", "suppression", "quiet_hours_by_jurisdiction",
      "emails", "campaign_types", "campaigns", "follow_ups");

  @Example
  void toJava_compilesToEqualPolicies() throws ReflectiveOperationException {
    // The DSL's build() rejects policies with errors as a whole; PolicyRoundTripProperties states that.
    List<Policy> policies = sample(RulesArbitraries.policies(), 200, 20_260_101L).stream()
        .filter(p -> PolicyChecks.check(p).stream().noneMatch(f -> f.severity() == PolicyProblem.Severity.ERROR))
        .toList();
    List<String> printed = policies.stream().map(Policy::toJava).toList();

    List<Policy> built = JavaSource.compileAndRun(printed, RulesArbitraries.hostCalendars(),
        RulesArbitraries.hostConstraints());

    for (int i = 0; i < policies.size(); i++) {
      assertThat(built.get(i)).as("policy %s built from%n%s", i, printed.get(i)).isEqualTo(policies.get(i));
    }
  }

  @Property(tries = 300)
  void toYaml_isTheSameForEqualPolicies(@ForAll("policies") Policy policy) {
    Policy copy = Policy.of(policy.sendPolicy().toBuilder().build());
    copy = policy.description().map(copy::withDescription).orElse(copy);
    copy = policy.schedule().map(copy::withSchedule).orElse(copy);
    copy = policy.optimizer().map(copy::withOptimizer).orElse(copy);
    copy = policy.campaignPlan().map(copy::withCampaignPlan).orElse(copy);
    copy = policy.windowsAsOf().map(copy::withWindowsAsOf).orElse(copy);

    assertThat(copy.toYaml()).isEqualTo(policy.toYaml());
    assertThat(policy.toJava()).isEqualTo(copy.toJava());
  }

  @Property(tries = 300)
  @SuppressWarnings("unchecked")
  void toYaml_readsAsYamlWithTheFormatsKeysAndTexts(@ForAll("policies") Policy policy) {
    String yaml = policy.toYaml();

    Map<String, Object> doc = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);

    assertThat(yaml).startsWith("version: 1\n").endsWith("\n");
    assertThat(doc.get("version")).isEqualTo(1);
    assertThat(KEY_ORDER).containsSubsequence(new ArrayList<>(doc.keySet()));
    assertThat(doc.get("name")).isEqualTo(policy.name());
    assertThat(doc.get("description")).isEqualTo(policy.description().orElse(null));
    assertThat(doc.get("zone")).isEqualTo(policy.sendPolicy().zone().getId());
    policy.sendPolicy().quietHours().ifPresent(w -> assertThat(doc.get("quiet_hours")).isInstanceOf(String.class));
    List<Object> blackouts = (List<Object>) doc.getOrDefault("blackouts", List.of());
    assertThat(blackouts).extracting(b -> ((Map<String, Object>) b).get("name"))
        .containsExactlyElementsOf(policy.sendPolicy().blackouts().stream().map(Blackout::name).toList());
    assertThat((List<Object>) doc.getOrDefault("constraints", List.of()))
        .containsExactlyElementsOf(policy.sendPolicy().constraints().stream().map(Constraint::name).toList());
  }

  @Provide
  Arbitrary<Policy> policies() {
    return RulesArbitraries.policies();
  }

  /** Draws values with a fixed seed, so that the sample is the same in every run. */
  static <T> List<T> sample(Arbitrary<T> arbitrary, int count, long seed) {
    RandomGenerator<T> generator = arbitrary.generator(100);
    Random random = new Random(seed);
    List<T> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      values.add(generator.next(random).value());
    }
    return values;
  }
}
