package org.sendtime.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WeekdayNumTest {

  @ParameterizedTest
  @CsvSource({
      // text, ordinal, day, canonical
      "MO, 0, MONDAY, MO",
      "mo, 0, MONDAY, MO",
      "+2TU, 2, TUESDAY, 2TU",
      "-1FR, -1, FRIDAY, -1FR",
      "53SU, 53, SUNDAY, 53SU",
  })
  void parse_valid(String text, int ordinal, DayOfWeek day, String canonical) {
    WeekdayNum w = WeekdayNum.parse(text);
    assertThat(w.ordinal()).isEqualTo(ordinal);
    assertThat(w.dayOfWeek()).isEqualTo(day);
    assertThat(w).hasToString(canonical).isEqualTo(WeekdayNum.parse(canonical));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "M", "XX", "0MO", "54MO", "-54MO", "1.5MO", "MON"})
  void parse_invalid(String text) {
    assertThatThrownBy(() -> WeekdayNum.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BYDAY");
  }

  @org.junit.jupiter.api.Test
  void of_outOfRange() {
    assertThatThrownBy(() -> WeekdayNum.of(60, DayOfWeek.MONDAY)).hasMessageContaining("-53 to 53");
  }
}
