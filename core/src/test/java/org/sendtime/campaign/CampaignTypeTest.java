package org.sendtime.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CampaignTypeTest {

  @Test
  void named_defaults() {
    CampaignType t = CampaignType.named("rate_increase");
    assertThat(t.name()).isEqualTo("rate_increase");
    assertThat(t.respectsWindows()).isTrue();
    assertThat(t.enablesFollowUps()).isTrue();
    assertThat(t.daysBeforeEvent()).isZero();
    assertThat(t.targetsAll()).isFalse();
    assertThat(t.priority()).isEqualTo(10);
    assertThat(t.sendTime()).isEqualTo(LocalTime.of(8, 30));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // the seed's configured types: name, respects windows, follow-ups, days before, targets all, priority
      "rate_increase,     true,  true,  14, false, 1",
      "seasonal_promo,    true,  true,  7,  false, 5",
      "initial_blast,     false, false, 0,  true,  10",
      "regulatory_notice, false, false, 0,  false, 1",
      "policy_update,     true,  true,  5,  true,  3",
  })
  void withers_seedTypes(String name, boolean respects, boolean followUps, int days, boolean all, int priority) {
    CampaignType t = CampaignType.named(name).withRespectsWindows(respects).withFollowUps(followUps)
        .withDaysBeforeEvent(days).withTargetsAll(all).withPriority(priority);
    assertThat(t.respectsWindows()).isEqualTo(respects);
    assertThat(t.enablesFollowUps()).isEqualTo(followUps);
    assertThat(t.daysBeforeEvent()).isEqualTo(days);
    assertThat(t.targetsAll()).isEqualTo(all);
    assertThat(t.priority()).isEqualTo(priority);
    assertThat(t.toString()).startsWith("CampaignType[" + name);
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> CampaignType.named("Rate Increase"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("snake_case");
    assertThatThrownBy(() -> CampaignType.named("x").withDaysBeforeEvent(367))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("daysBeforeEvent");
    assertThatThrownBy(() -> CampaignType.named("x").withPriority(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("priority");
    // negative days mean after the event
    assertThat(CampaignType.named("x").withDaysBeforeEvent(-3).daysBeforeEvent()).isEqualTo(-3);
  }

  @Test
  void equalsAndNulls() {
    CampaignType t = CampaignType.named("x");
    new EqualsTester()
        .addEqualityGroup(t, CampaignType.named("x"))
        .addEqualityGroup(CampaignType.named("y"))
        .addEqualityGroup(t.withRespectsWindows(false))
        .addEqualityGroup(t.withFollowUps(false))
        .addEqualityGroup(t.withDaysBeforeEvent(1))
        .addEqualityGroup(t.withTargetsAll(true))
        .addEqualityGroup(t.withPriority(1))
        .addEqualityGroup(t.withSendTime(LocalTime.NOON))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(CampaignType.class);
    new NullPointerTester().testAllPublicInstanceMethods(t);
  }
}
