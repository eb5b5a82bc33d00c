package org.sendtime.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeeklyHoursTest {

  private static final WeeklyHours BUSINESS = WeeklyHours.parse("MON-FRI 09:00-17:00; SAT 10:00-14:00");

  @ParameterizedTest
  @CsvSource({
    // open at the opening time, closed at the closing time
    "MONDAY, 09:00, 0",
    "MONDAY, 16:59:59, 0",
    "MONDAY, 17:00, 57600",
    // before opening on a weekday
    "TUESDAY, 08:00, 3600",
    // Friday evening waits for Saturday 10:00
    "FRIDAY, 18:00, 57600",
    // Saturday after closing waits until Monday 09:00
    "SATURDAY, 14:00, 154800",
    // Sunday waits for Monday
    "SUNDAY, 23:00, 36000",
  })
  void secondsUntilOpen_table(DayOfWeek day, String time, int expected) {
    assertThat(BUSINESS.secondsUntilOpen(day.getValue(), LocalTime.parse(time).toSecondOfDay()))
        .isEqualTo(expected);
  }

  @Test
  void windowCrossingMidnight_runsIntoNextDay() {
    WeeklyHours night = WeeklyHours.parse("FRI 22:00-02:00");
    assertThat(night.isOpen(DayOfWeek.SATURDAY, LocalTime.of(1, 0))).isTrue();
    assertThat(night.isOpen(DayOfWeek.SATURDAY, LocalTime.of(2, 0))).isFalse();
    assertThat(night.isOpen(DayOfWeek.FRIDAY, LocalTime.of(21, 59))).isFalse();
    WeeklyHours sunday = WeeklyHours.parse("SUN 22:00-02:00");
    // The week wraps: Sunday night runs into Monday morning.
    assertThat(sunday.isOpen(DayOfWeek.MONDAY, LocalTime.of(1, 0))).isTrue();
    assertThat(sunday.secondsUntilClosed(DayOfWeek.SUNDAY.getValue(), 23 * 3600)).isEqualTo(3 * 3600);
  }

  @Test
  void overlappingWindows_merge() {
    WeeklyHours h = WeeklyHours.parse("MON 09:00-12:00, 11:00-14:00");
    assertThat(h.secondsUntilClosed(1, 9 * 3600)).isEqualTo(5 * 3600);
  }

  @Test
  void toString_groupsDaysAndRoundTrips() {
    assertThat(BUSINESS.toString()).isEqualTo("MON-FRI 09:00-17:00; SAT 10:00-14:00");
    assertThat(WeeklyHours.parse(BUSINESS.toString())).isEqualTo(BUSINESS);
    WeeklyHours split = WeeklyHours.parse("MON,WED 08:00-12:00, 13:00-17:00");
    assertThat(split.toString()).isEqualTo("MON 08:00-12:00, 13:00-17:00; WED 08:00-12:00, 13:00-17:00");
    assertThat(WeeklyHours.parse(split.toString())).isEqualTo(split);
  }

  @Test
  void builder_wrapsTheWeek() {
    WeeklyHours h = WeeklyHours.builder()
        .add(DayOfWeek.SATURDAY, DayOfWeek.MONDAY, LocalWindow.parse("10:00-12:00"))
        .build();
    assertThat(h.windows(DayOfWeek.SUNDAY)).containsExactly(LocalWindow.parse("10:00-12:00"));
    assertThat(h.windows(DayOfWeek.TUESDAY)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // no windows
        "MON-FRI | days then windows",
        // unknown day
        "MOX 09:00-17:00 | Invalid day",
        // bad window
        "MON 09:00 | Invalid window",
        // empty entry
        "MON 09:00-17:00;;TUE 09:00-10:00 | entry is empty",
      })
  void parse_invalid(String text, String keyword) {
    assertThatThrownBy(() -> WeeklyHours.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(keyword);
  }

  @Test
  void build_neverOpen() {
    assertThatThrownBy(() -> WeeklyHours.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never open");
  }

  @Test
  void valueContract() {
    new EqualsTester()
        .addEqualityGroup(BUSINESS, WeeklyHours.parse("SAT 10:00-14:00; MON-FRI 09:00-17:00"))
        .addEqualityGroup(WeeklyHours.parse("MON-FRI 09:00-17:00"))
        .testEquals();
    NullPointerTester tester = new NullPointerTester().setDefault(LocalWindow.class, LocalWindow.parse("09:00-17:00"));
    tester.testAllPublicStaticMethods(WeeklyHours.class);
    tester.testAllPublicInstanceMethods(BUSINESS);
    tester.testAllPublicInstanceMethods(WeeklyHours.builder());
  }
}
