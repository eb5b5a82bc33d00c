package org.sendtime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtime.optimize.SendTimeOptimizer;
import org.sendtime.policy.Schedule;

/** Tests {@link PolicySchedule}: its value semantics, null checks and text. */
class PolicyScheduleTest {
  private static final Instant LAUNCH = Instant.parse("2026-12-01T14:00:00Z");
  private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 10);

  @Test
  void nulls_areRejectedByEveryPublicMethod() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Schedule.class, Schedule.immediate())
        .setDefault(SendTimeOptimizer.class, SendTimeOptimizer.ofDefaults())
        .setDefault(ZoneId.class, ZoneOffset.UTC)
        .setDefault(Instant.class, LAUNCH)
        .setDefault(LocalDate.class, ANCHOR)
        .setDefault(Iterable.class, List.of());
    tester.testAllPublicStaticMethods(PolicySchedule.class);
    tester.testAllPublicInstanceMethods(PolicySchedule.optimized());
    tester.testAllPublicInstanceMethods(PolicySchedule.of(Schedule.immediate()));
  }

  @Test
  void equals_comparesScheduleAndAnchor() {
    new EqualsTester()
        .addEqualityGroup(PolicySchedule.optimized(), PolicySchedule.optimized())
        .addEqualityGroup(PolicySchedule.optimized().withAnchor(ANCHOR), PolicySchedule.optimized().withAnchor(ANCHOR))
        .addEqualityGroup(PolicySchedule.of(Schedule.immediate()), PolicySchedule.of(Schedule.immediate()))
        .addEqualityGroup(PolicySchedule.of(Schedule.immediate()).withAnchor(ANCHOR))
        .addEqualityGroup(PolicySchedule.of(Schedule.at(LAUNCH)))
        .testEquals();
  }

  @Test
  void of_optimizedSchedule() {
    Schedule recommendation = Schedule.optimized(SendTimeOptimizer.ofDefaults().recommend(List.of(), ZoneOffset.UTC,
        LAUNCH));
    assertThatThrownBy(() -> PolicySchedule.of(recommendation)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PolicySchedule.optimized()");
  }

  @Test
  void toString_namesTheScheduleOrOptimizedWithItsAnchor() {
    assertThat(PolicySchedule.optimized()).hasToString("optimized");
    assertThat(PolicySchedule.optimized().withAnchor(ANCHOR)).hasToString("optimized, anchored on 2026-03-10");
    assertThat(PolicySchedule.of(Schedule.immediate())).hasToString(Schedule.immediate().toString());
  }
}
