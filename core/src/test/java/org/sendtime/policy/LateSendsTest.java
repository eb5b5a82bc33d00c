package org.sendtime.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LateSendsTest {

  @Test
  void defaults() {
    assertThat(LateSends.nextDay().sendNowWithin()).isEqualTo(Duration.ZERO);
    assertThat(LateSends.nextDay().otherwise()).isEqualTo(LateSends.Action.NEXT_DAY);
    LateSends s = LateSends.sendNowWithin(Duration.ofMinutes(30)).otherwise(LateSends.Action.SKIP);
    assertThat(s).hasToString("send now within PT30M, otherwise SKIP");
  }

  @Test
  void negativeTolerance() {
    assertThatThrownBy(() -> LateSends.sendNowWithin(Duration.ofMinutes(-1))).hasMessageContaining("negative");
  }

  @Test
  void valueContract() {
    new EqualsTester()
        .addEqualityGroup(LateSends.nextDay(), LateSends.sendNowWithin(Duration.ZERO))
        .addEqualityGroup(LateSends.nextDay().otherwise(LateSends.Action.SKIP))
        .addEqualityGroup(LateSends.sendNowWithin(Duration.ofHours(1)))
        .testEquals();
  }
}
