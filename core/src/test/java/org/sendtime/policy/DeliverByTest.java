package org.sendtime.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliverByTest {

  @Test
  void forms() {
    assertThat(DeliverBy.within(Duration.ofHours(48)).maxDelay()).contains(Duration.ofHours(48));
    assertThat(DeliverBy.byAnchor(-1).daysAfterAnchor()).contains(-1);
    assertThat(DeliverBy.byAnchor(0)).hasToString("by the end of the anchor date");
    assertThat(DeliverBy.byAnchor(2)).hasToString("by the end of the anchor date +2 days");
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> DeliverBy.within(Duration.ofSeconds(-1))).hasMessageContaining("zero or positive");
    assertThatThrownBy(() -> DeliverBy.within(Duration.ofMillis(1500))).hasMessageContaining("whole seconds");
    assertThatThrownBy(() -> DeliverBy.byAnchor(5000)).hasMessageContaining("3660");
  }

  @Test
  void valueContract() {
    new EqualsTester()
        .addEqualityGroup(DeliverBy.within(Duration.ofHours(1)), DeliverBy.within(Duration.ofMinutes(60)))
        .addEqualityGroup(DeliverBy.byAnchor(0), DeliverBy.byAnchor(0))
        .addEqualityGroup(DeliverBy.byAnchor(1))
        .testEquals();
  }
}
