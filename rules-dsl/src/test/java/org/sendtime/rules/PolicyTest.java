package org.sendtime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.sendtime.optimize.SendTimeOptimizer;
import org.sendtime.policy.SendPolicy;

/** Tests {@link Policy}: its value semantics and null checks. */
class PolicyTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final SendPolicy RENEWALS = SendPolicy.builder(CHICAGO).name("renewals").build();

  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(SendPolicy.class, RENEWALS)
        .setDefault(PolicySchedule.class, PolicySchedule.optimized())
        .setDefault(SendTimeOptimizer.class, SendTimeOptimizer.ofDefaults());
  }

  @Test
  void nulls_areRejectedByEveryPublicMethod() {
    tester().testAllPublicStaticMethods(Policy.class);
    tester().testAllPublicInstanceMethods(Policy.of(RENEWALS));
  }

  @Test
  void equals_comparesEveryPart() {
    Policy base = Policy.of(RENEWALS);
    new EqualsTester()
        .addEqualityGroup(base, Policy.of(SendPolicy.builder(CHICAGO).name("renewals").build()))
        .addEqualityGroup(base.withDescription("Renewal reminders"))
        .addEqualityGroup(base.withSchedule(PolicySchedule.optimized()))
        .addEqualityGroup(base.withOptimizer(SendTimeOptimizer.ofDefaults().withMinDataPoints(7)))
        .addEqualityGroup(Policy.of(SendPolicy.builder(CHICAGO).name("welcome").build()))
        .testEquals();
  }

  @Test
  void withDescription_blank() {
    assertThatThrownBy(() -> Policy.of(RENEWALS).withDescription(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("description");
  }

  @Test
  void toString_summarises() {
    assertThat(Policy.of(RENEWALS).withSchedule(PolicySchedule.optimized()).toString())
        .startsWith("Policy[").contains("renewals").contains("optimized");
  }
}
