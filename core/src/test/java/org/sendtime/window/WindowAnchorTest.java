package org.sendtime.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendtime.recurrence.LeapDayPolicy;

class WindowAnchorTest {

  @ParameterizedTest(name = "{0} {1} in {2} ({3}) = {4}")
  @CsvSource(delimiter = '|', value = {
      // anchor      | date       | year | leap   | expected
      "plain       | 1950-12-01 | 2025 | FEB_28 | 2025-12-01",  // the anniversary itself
      "plain       | 1952-02-29 | 2025 | FEB_28 | 2025-02-28",  // leap day in a common year, the default
      "plain       | 1952-02-29 | 2025 | MAR_1  | 2025-03-01",  // leap day read as March 1
      "plain       | 1952-02-29 | 2028 | MAR_1  | 2028-02-29",  // leap day in a leap year
      "plain       | 1952-02-29 | 2100 | FEB_28 | 2100-02-28",  // 2100 is a common year
      "plain       | 1950-01-31 | 2025 | FEB_28 | 2025-01-31",  // a month end stays put
      "monthStart  | 1950-12-31 | 2025 | FEB_28 | 2025-12-01",  // Nevada: the first of the birth month
      "monthStart  | 1952-02-29 | 2025 | MAR_1  | 2025-02-01",  // the month of the original date, not of March 1
  })
  void dateIn(String kind, LocalDate date, int year, LeapDayPolicy leap, LocalDate expected) {
    WindowAnchor anchor = kind.equals("plain") ? WindowAnchor.BIRTHDAY : WindowAnchor.monthStartOf("birthday");
    assertThat(anchor.dateIn(date, year, leap)).isEqualTo(expected);
  }

  @Test
  void of_constantsAndAccessors() {
    assertThat(WindowAnchor.of("birthday")).isEqualTo(WindowAnchor.BIRTHDAY);
    assertThat(WindowAnchor.of("effective_date")).isEqualTo(WindowAnchor.EFFECTIVE_DATE);
    assertThat(WindowAnchor.monthStartOf("birthday").isMonthStart()).isTrue();
    assertThat(WindowAnchor.BIRTHDAY.isMonthStart()).isFalse();
    assertThat(WindowAnchor.monthStartOf("birthday").dateName()).isEqualTo("birthday");
    assertThat(WindowAnchor.monthStartOf("birthday")).hasToString("month_start_of(birthday)");
    assertThat(WindowAnchor.EFFECTIVE_DATE).hasToString("effective_date");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Birthday", "birth day", "_birthday", "birthday_", "birth__day", "1st"})
  void of_notSnakeCase(String name) {
    assertThatThrownBy(() -> WindowAnchor.of(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("snake_case");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(WindowAnchor.BIRTHDAY, WindowAnchor.of("birthday"))
        .addEqualityGroup(WindowAnchor.monthStartOf("birthday"))
        .addEqualityGroup(WindowAnchor.EFFECTIVE_DATE)
        .testEquals();
    new NullPointerTester().setDefault(LocalDate.class, LocalDate.of(2025, 1, 1))
        .testAllPublicStaticMethods(WindowAnchor.class);
    new NullPointerTester().setDefault(LocalDate.class, LocalDate.of(2025, 1, 1))
        .testAllPublicInstanceMethods(WindowAnchor.BIRTHDAY);
  }
}
