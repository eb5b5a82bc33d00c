package org.sendtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sendtime.policy.Constraint;

/**
 * The two spellings of a policy read back equal: YAML printed and loaded gives an equal policy,
 * the YAML of a loaded policy is the YAML it was loaded from, and the Java of a policy read back
 * from YAML is the Java of the original.
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
  void load_ofToYaml_isEqual(@ForAll("policies") Policy policy) {
    String yaml = policy.toYaml();

    assertThat(LOADER.load("printed.yaml", yaml)).as("loaded from%n%s", yaml).isEqualTo(policy);
  }

  @Property(tries = 200)
  void toYaml_ofLoaded_isTheTextLoaded(@ForAll("policies") Policy policy) {
    String yaml = policy.toYaml();

    assertThat(LOADER.load("printed.yaml", yaml).toYaml()).isEqualTo(yaml);
  }

  @Property(tries = 200)
  void toJava_ofLoaded_isTheJavaOfTheOriginal(@ForAll("policies") Policy policy) {
    Policy loaded = LOADER.load("printed.yaml", policy.toYaml());

    assertThat(loaded.toJava()).isEqualTo(policy.toJava());
  }

  /**
   * Policies without errors as a whole: the loader rejects, for example, business hours that
   * quiet hours close entirely, though each value prints and reads well.
   */
  @Provide
  Arbitrary<Policy> policies() {
    return RulesArbitraries.policies()
        .filter(p -> PolicyChecks.check(p).stream().noneMatch(f -> f.severity() == PolicyProblem.Severity.ERROR));
  }
}
