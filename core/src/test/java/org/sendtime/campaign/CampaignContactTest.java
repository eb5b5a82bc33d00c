package org.sendtime.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtime.policy.Contact;

class CampaignContactTest {

  private static final CampaignContact C1 = CampaignContact.of(Contact.of("c1", SeedRules.CHICAGO));

  @Test
  void withers() {
    CampaignContact c = C1.withJurisdiction("CA")
        .withDate("birthday", LocalDate.of(1950, 1, 1))
        .withDate("birthday", LocalDate.of(1955, 12, 1))
        .withDate("effective_date", LocalDate.of(2020, 1, 31))
        .withEngagement("c1/birthday/2025-11-17", List.of("clicked", "answered"));
    assertThat(c.id()).isEqualTo("c1");
    assertThat(c.contact()).isEqualTo(Contact.of("c1", SeedRules.CHICAGO));
    assertThat(c.jurisdiction()).contains("CA");
    // a second date of a name replaces the first
    assertThat(c.date("birthday")).contains(LocalDate.of(1955, 12, 1));
    assertThat(c.dates()).containsOnlyKeys("birthday", "effective_date");
    assertThat(c.date("wedding")).isEmpty();
    assertThat(c.signalsFor("c1/birthday/2025-11-17")).containsExactly("answered", "clicked");
    assertThat(c.signalsFor("other")).isEmpty();
    assertThat(c.engagement()).hasSize(1);
    assertThat(C1.jurisdiction()).isEmpty();
    assertThat(C1.withJurisdiction("CA").withDate("birthday", LocalDate.of(1955, 12, 1)))
        .hasToString("CampaignContact[c1, CA, {birthday=1955-12-01}]");
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> C1.withJurisdiction("California"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jurisdiction");
    assertThatThrownBy(() -> C1.withDate("Birthday", LocalDate.of(1950, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date name");
    assertThatThrownBy(() -> C1.withEngagement(" ", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Email id");
    assertThatThrownBy(() -> C1.withEngagement("e1", List.of("Clicked")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("engagement signal");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(C1, CampaignContact.of(Contact.of("c1", SeedRules.CHICAGO)))
        .addEqualityGroup(C1.withJurisdiction("CA"))
        .addEqualityGroup(C1.withDate("birthday", LocalDate.of(1950, 1, 1)))
        .addEqualityGroup(C1.withEngagement("e1", List.of("clicked")))
        .addEqualityGroup(CampaignContact.of(Contact.of("c2")))
        .testEquals();
    NullPointerTester t = new NullPointerTester().setDefault(Contact.class, Contact.of("c1"))
        .setDefault(String.class, "birthday").setDefault(LocalDate.class, LocalDate.of(1950, 1, 1));
    t.testAllPublicStaticMethods(CampaignContact.class);
    t.testAllPublicInstanceMethods(C1);
  }
}
