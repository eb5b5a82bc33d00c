package org.sendtime.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.sendtime.time.LocalWindow;

class JurisdictionHoursTest {

  private static final LocalWindow FEDERAL = LocalWindow.parse("21:00-08:00");
  private static final LocalWindow STRICT = LocalWindow.parse("20:00-08:00");

  @Test
  void quietHoursFor() {
    JurisdictionHours h = JurisdictionHours.of(FEDERAL).with("OK", STRICT).with("FL", STRICT);
    assertThat(h.quietHoursFor("FL")).contains(STRICT);
    assertThat(h.quietHoursFor("TX")).contains(FEDERAL);
    assertThat(h.overrides()).containsOnlyKeys("FL", "OK");
    assertThat(h.overrides().firstKey()).isEqualTo("FL");
    assertThat(h.defaultQuietHours()).contains(FEDERAL);
    assertThat(h).hasToString("JurisdictionHours[quiet 21:00-08:00, FL 20:00-08:00, OK 20:00-08:00]");
    // without a default, a jurisdiction without an override keeps the policy's
    assertThat(JurisdictionHours.none().with("FL", STRICT).quietHoursFor("TX")).isEmpty();
    // a second override replaces the first
    assertThat(h.with("FL", FEDERAL).quietHoursFor("FL")).contains(FEDERAL);
  }

  @Test
  void with_badCode() {
    assertThatThrownBy(() -> JurisdictionHours.none().with("fl", STRICT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jurisdiction");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(JurisdictionHours.of(FEDERAL).with("FL", STRICT), JurisdictionHours.of(FEDERAL).with("FL", STRICT))
        .addEqualityGroup(JurisdictionHours.of(FEDERAL))
        .addEqualityGroup(JurisdictionHours.none())
        .testEquals();
    NullPointerTester t = new NullPointerTester().setDefault(LocalWindow.class, FEDERAL).setDefault(String.class, "FL");
    t.testAllPublicStaticMethods(JurisdictionHours.class);
    t.testAllPublicInstanceMethods(JurisdictionHours.of(FEDERAL));
  }
}
