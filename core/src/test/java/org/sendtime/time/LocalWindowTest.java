package org.sendtime.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalWindowTest {

  @ParameterizedTest
  @CsvSource({
    // crossing midnight: the start is in, the end is out
    "21:00-08:00, 21:00, true",
    "21:00-08:00, 23:59:59, true",
    "21:00-08:00, 00:00, true",
    "21:00-08:00, 07:59:59, true",
    "21:00-08:00, 08:00, false",
    "21:00-08:00, 12:00, false",
    "21:00-08:00, 20:59:59, false",
    // within a day
    "09:00-17:00, 09:00, true",
    "09:00-17:00, 16:59:59, true",
    "09:00-17:00, 17:00, false",
    "09:00-17:00, 08:59:59, false",
    // ending at midnight
    "22:00-00:00, 23:30, true",
    "22:00-00:00, 00:00, false",
  })
  void contains_table(String window, String time, boolean expected) {
    assertThat(LocalWindow.parse(window).contains(LocalTime.parse(time))).isEqualTo(expected);
  }

  @Test
  void lengthSeconds_crossingAndNot() {
    assertThat(LocalWindow.parse("21:00-08:00").lengthSeconds()).isEqualTo(11 * 3600);
    assertThat(LocalWindow.parse("09:00-17:00").lengthSeconds()).isEqualTo(8 * 3600);
    assertThat(LocalWindow.parse("21:00-08:00").crossesMidnight()).isTrue();
    assertThat(LocalWindow.parse("09:00-17:00").crossesMidnight()).isFalse();
  }

  @Test
  void parse_roundTrips() {
    for (String s : new String[] {"21:00-08:00", "09:00:30-17:00", "00:00-23:59:59"}) {
      assertThat(LocalWindow.parse(s).toString()).isEqualTo(s);
    }
    assertThat(LocalWindow.parse(" 9:00 - 17:00 ".replace("9:00 ", "09:00"))).isEqualTo(LocalWindow.parse("09:00-17:00"));
  }

  @Test
  void of_zeroLength() {
    assertThatThrownBy(() -> LocalWindow.of(LocalTime.of(9, 0), LocalTime.of(9, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zero length");
  }

  @Test
  void of_fractionalSeconds() {
    assertThatThrownBy(() -> LocalWindow.of(LocalTime.of(9, 0, 0, 5), LocalTime.of(10, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole seconds");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // no dash
        "0900",
        // not times
        "9-17",
        // two dashes
        "09:00-12:00-17:00",
        // an hour out of range
        "25:00-08:00",
      })
  void parse_invalid(String text) {
    assertThatThrownBy(() -> LocalWindow.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid window");
  }

  @Test
  void valueContract() {
    new EqualsTester()
        .addEqualityGroup(LocalWindow.parse("21:00-08:00"), LocalWindow.of(LocalTime.of(21, 0), LocalTime.of(8, 0)))
        .addEqualityGroup(LocalWindow.parse("08:00-21:00"))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(LocalWindow.class);
    new NullPointerTester().testAllPublicInstanceMethods(LocalWindow.parse("21:00-08:00"));
  }
}
