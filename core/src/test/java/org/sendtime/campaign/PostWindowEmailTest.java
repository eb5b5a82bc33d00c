package org.sendtime.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class PostWindowEmailTest {

  @Test
  void defaults() {
    PostWindowEmail p = PostWindowEmail.defaults();
    assertThat(p.isEnabled()).isTrue();
    assertThat(p.daysAfter()).isEqualTo(1);
    assertThat(p.priority()).isEqualTo(8);
    assertThat(p.sendTime()).isEqualTo(LocalTime.of(8, 30));
    assertThat(p).hasToString("PostWindowEmail[1 day after at 08:30, priority 8]");
    assertThat(PostWindowEmail.disabled().isEnabled()).isFalse();
    assertThat(PostWindowEmail.disabled()).hasToString("PostWindowEmail[disabled]");
  }

  @Test
  void withers() {
    PostWindowEmail p = PostWindowEmail.defaults().withDaysAfter(3).withPriority(2).withSendTime(LocalTime.of(10, 0));
    assertThat(p.daysAfter()).isEqualTo(3);
    assertThat(p.priority()).isEqualTo(2);
    assertThat(p.sendTime()).isEqualTo(LocalTime.of(10, 0));
    assertThat(p).hasToString("PostWindowEmail[3 days after at 10:00, priority 2]");
  }

  @Test
  void badInput() {
    // day 0 is the window's own last day
    assertThatThrownBy(() -> PostWindowEmail.defaults().withDaysAfter(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("daysAfter");
    assertThatThrownBy(() -> PostWindowEmail.defaults().withPriority(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("priority");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(PostWindowEmail.defaults(), PostWindowEmail.defaults().withDaysAfter(1))
        .addEqualityGroup(PostWindowEmail.disabled())
        .addEqualityGroup(PostWindowEmail.defaults().withDaysAfter(2))
        .addEqualityGroup(PostWindowEmail.defaults().withPriority(1))
        .addEqualityGroup(PostWindowEmail.defaults().withSendTime(LocalTime.NOON))
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(PostWindowEmail.defaults());
  }
}
