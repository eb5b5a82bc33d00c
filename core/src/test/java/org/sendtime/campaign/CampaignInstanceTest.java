package org.sendtime.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignInstanceTest {

  private static final CampaignType RATE = CampaignType.named("rate_increase").withDaysBeforeEvent(14);
  private static final CampaignInstance Q1 = CampaignInstance.of("rate-increase-2026-q1", RATE, LocalDate.of(2026, 3, 1));

  @Test
  void accessors() {
    CampaignInstance c = Q1.withTemplateKey("rate_increase_v2").withSmsTemplateKey("rate_increase_sms")
        .withActiveFrom(LocalDate.of(2026, 1, 1)).withActiveUntil(LocalDate.of(2026, 3, 31))
        .withAudience(List.of("c2", "c1"));
    assertThat(c.name()).isEqualTo("rate-increase-2026-q1");
    assertThat(c.type()).isEqualTo(RATE);
    assertThat(c.eventDate()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(c.sendDate()).isEqualTo(LocalDate.of(2026, 2, 15));
    assertThat(c.templateKey()).contains("rate_increase_v2");
    assertThat(c.smsTemplateKey()).contains("rate_increase_sms");
    assertThat(c.activeFrom()).contains(LocalDate.of(2026, 1, 1));
    assertThat(c.activeUntil()).contains(LocalDate.of(2026, 3, 31));
    assertThat(c.audience()).containsExactly("c1", "c2");
    assertThat(c.targets("c1")).isTrue();
    assertThat(c.targets("c3")).isFalse();
    assertThat(c.isActiveOn(LocalDate.of(2025, 12, 31))).isFalse();
    assertThat(c.isActiveOn(LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(c.isActiveOn(LocalDate.of(2026, 4, 1))).isFalse();
    assertThat(c).hasToString("CampaignInstance[rate-increase-2026-q1: rate_increase, event 2026-03-01, "
        + "send 2026-02-15, from 2026-01-01, until 2026-03-31, 2 contacts]");
  }

  @Test
  void targets_allContacts() {
    CampaignInstance blast = CampaignInstance.of("blast", CampaignType.named("initial_blast").withTargetsAll(true),
        LocalDate.of(2026, 1, 1));
    assertThat(blast.targets("anyone")).isTrue();
    // negative days before the event mean after it
    assertThat(CampaignInstance.of("after", CampaignType.named("x").withDaysBeforeEvent(-2), LocalDate.of(2026, 1, 1))
        .sendDate()).isEqualTo(LocalDate.of(2026, 1, 3));
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> CampaignInstance.of("rate increase", RATE, LocalDate.of(2026, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whitespace");
    assertThatThrownBy(() -> Q1.withActiveFrom(LocalDate.of(2026, 2, 1)).withActiveUntil(LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("activeUntil");
    assertThatThrownBy(() -> Q1.withAudience(List.of(" ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> Q1.withTemplateKey(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("template key");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(Q1, CampaignInstance.of("rate-increase-2026-q1", RATE, LocalDate.of(2026, 3, 1)))
        .addEqualityGroup(Q1.withTemplateKey("t"))
        .addEqualityGroup(Q1.withSmsTemplateKey("t"))
        .addEqualityGroup(Q1.withActiveFrom(LocalDate.of(2026, 1, 1)))
        .addEqualityGroup(Q1.withActiveUntil(LocalDate.of(2026, 1, 1)))
        .addEqualityGroup(Q1.withAudience(List.of("c1")))
        .addEqualityGroup(CampaignInstance.of("other", RATE, LocalDate.of(2026, 3, 1)))
        .testEquals();
    NullPointerTester t = new NullPointerTester().setDefault(CampaignType.class, RATE)
        .setDefault(LocalDate.class, LocalDate.of(2026, 1, 1));
    t.testAllPublicStaticMethods(CampaignInstance.class);
    t.testAllPublicInstanceMethods(Q1);
  }
}
