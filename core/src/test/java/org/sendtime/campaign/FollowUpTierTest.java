package org.sendtime.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FollowUpTierTest {

  @Test
  void matches() {
    FollowUpTier t = FollowUpTier.of("answered_with_conditions", List.of("has_conditions", "answered"));
    assertThat(t.name()).isEqualTo("answered_with_conditions");
    assertThat(t.requiredSignals()).containsExactly("answered", "has_conditions");
    assertThat(t.matches(Set.of("answered", "has_conditions", "clicked"))).isTrue();
    assertThat(t.matches(Set.of("answered"))).isFalse();
    // no required signals: everyone
    assertThat(FollowUpTier.of("no_engagement", List.of()).matches(Set.of())).isTrue();
    assertThat(t).hasToString("answered_with_conditions[answered, has_conditions]");
  }

  @Test
  void of_notSnakeCase() {
    assertThatThrownBy(() -> FollowUpTier.of("Clicked", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tier name");
    assertThatThrownBy(() -> FollowUpTier.of("clicked", List.of("Clicked")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("engagement signal");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(FollowUpTier.of("a", List.of("x", "y")), FollowUpTier.of("a", List.of("y", "x")))
        .addEqualityGroup(FollowUpTier.of("a", List.of("x")))
        .addEqualityGroup(FollowUpTier.of("b", List.of("x", "y")))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(FollowUpTier.class);
    new NullPointerTester().testAllPublicInstanceMethods(FollowUpTier.of("a", List.of()));
  }
}
