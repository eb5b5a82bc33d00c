package org.sendtime.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FollowUpsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "'answered has_conditions clicked', answered_with_conditions",  // the highest tier wins
      "'answered clicked',                answered_healthy",          // answered beats clicked
      "'clicked',                         clicked",                   // clicked only
      "'has_conditions',                  no_engagement",             // conditions without answering
      "'',                                no_engagement",             // nothing at all
  })
  void tierFor_defaults(String signals, String tier) {
    Set<String> s = signals.isBlank() ? Set.of() : Set.of(signals.split(" "));
    assertThat(FollowUps.defaults().tierFor(s).name()).isEqualTo(tier);
  }

  @Test
  void tierFor_noMatchGivesLastTier() {
    FollowUps f = FollowUps.defaults().withTiers(List.of(FollowUpTier.of("clicked", List.of("clicked")),
        FollowUpTier.of("opened", List.of("opened"))));
    assertThat(f.tierFor(Set.of()).name()).isEqualTo("opened");
  }

  @Test
  void accessors() {
    assertThat(FollowUps.defaults().isEnabled()).isTrue();
    assertThat(FollowUps.defaults().delayDays()).isEqualTo(2);
    assertThat(FollowUps.defaults().tiers()).extracting(FollowUpTier::name)
        .containsExactly("answered_with_conditions", "answered_healthy", "clicked", "no_engagement");
    assertThat(FollowUps.disabled().isEnabled()).isFalse();
    assertThat(FollowUps.defaults().withDelayDays(3).delayDays()).isEqualTo(3);
    assertThat(FollowUps.disabled()).hasToString("FollowUps[disabled]");
    assertThat(FollowUps.defaults().toString()).startsWith("FollowUps[2 days after, tiers [answered_with_conditions");
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> FollowUps.defaults().withDelayDays(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delayDays");
    assertThatThrownBy(() -> FollowUps.defaults().withTiers(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> FollowUps.defaults().withTiers(List.of(FollowUpTier.of("a", List.of()),
        FollowUpTier.of("a", List.of("x"))))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Duplicate");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(FollowUps.defaults(), FollowUps.defaults().withDelayDays(2))
        .addEqualityGroup(FollowUps.disabled())
        .addEqualityGroup(FollowUps.defaults().withDelayDays(3))
        .addEqualityGroup(FollowUps.defaults().withTiers(List.of(FollowUpTier.of("a", List.of()))))
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(FollowUps.defaults());
  }
}
