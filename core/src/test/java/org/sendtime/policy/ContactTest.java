package org.sendtime.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ContactTest {

  @Test
  void of_withZoneAndLocation() {
    Contact c = Contact.of("c1").withZone(ZoneId.of("America/Chicago")).withLocation("store-12");
    assertThat(c.id()).isEqualTo("c1");
    assertThat(c.zone()).contains(ZoneId.of("America/Chicago"));
    assertThat(c.location()).contains("store-12");
    assertThat(c).hasToString("Contact[c1, America/Chicago, store-12]");
    assertThat(Contact.of("c2").zone()).isEmpty();
  }

  @Test
  void of_blankId() {
    assertThatThrownBy(() -> Contact.of(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
    assertThatThrownBy(() -> Contact.of("c").withLocation(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("location");
  }

  @Test
  void valueContract() {
    new EqualsTester()
        .addEqualityGroup(Contact.of("a"), Contact.of("a"))
        .addEqualityGroup(Contact.of("a", ZoneId.of("UTC")))
        .addEqualityGroup(Contact.of("a").withLocation("x"))
        .addEqualityGroup(Contact.of("b"))
        .testEquals();
    new NullPointerTester().setDefault(ZoneId.class, ZoneId.of("UTC")).testAllPublicStaticMethods(Contact.class);
    new NullPointerTester().setDefault(ZoneId.class, ZoneId.of("UTC")).testAllPublicInstanceMethods(Contact.of("a"));
  }
}
