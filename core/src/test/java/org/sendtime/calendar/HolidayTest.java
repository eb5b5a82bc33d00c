package org.sendtime.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HolidayTest {
  private static final LocalDate JULY_4 = LocalDate.of(2021, 7, 4);
  private static final LocalDate JULY_5 = LocalDate.of(2021, 7, 5);

  @Test
  void of_observedOnItsDate() {
    Holiday h = Holiday.of("Labor Day", LocalDate.of(2026, 9, 7));
    assertThat(h.name()).isEqualTo("Labor Day");
    assertThat(h.date()).isEqualTo(LocalDate.of(2026, 9, 7));
    assertThat(h.actualDate()).isEqualTo(LocalDate.of(2026, 9, 7));
  }

  @Test
  void of_shifted_keepsBothDates() {
    Holiday h = Holiday.of("Independence Day", JULY_4, JULY_5);
    assertThat(h.date()).isEqualTo(JULY_5);
    assertThat(h.actualDate()).isEqualTo(JULY_4);
  }

  @Test
  void of_sameDates_equalsTheOneDateForm() {
    assertThat(Holiday.of("Labor Day", JULY_4, JULY_4)).isEqualTo(Holiday.of("Labor Day", JULY_4));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void of_blankName(String name) {
    assertThatThrownBy(() -> Holiday.of(name, JULY_4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("not blank");
  }

  @Test
  void toString_notShifted() {
    assertThat(Holiday.of("Labor Day", LocalDate.of(2026, 9, 7))).hasToString("2026-09-07 Labor Day");
  }

  @Test
  void toString_shiftedAcrossYearEnd() {
    assertThat(Holiday.of("New Year's Day", LocalDate.of(2022, 1, 1), LocalDate.of(2021, 12, 31)))
        .hasToString("2021-12-31 New Year's Day (observed; actual 2022-01-01)");
  }

  @Test
  void equals_byNameAndBothDates() {
    new EqualsTester()
        .addEqualityGroup(
            Holiday.of("Independence Day", JULY_4, JULY_5), Holiday.of("Independence Day", JULY_4, JULY_5))
        .addEqualityGroup(Holiday.of("Independence Day", JULY_5))
        .addEqualityGroup(Holiday.of("Independence Day", JULY_4))
        .addEqualityGroup(Holiday.of("Independence Day (observed)", JULY_4, JULY_5))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester t = new NullPointerTester().setDefault(LocalDate.class, JULY_4);
    t.testAllPublicStaticMethods(Holiday.class);
    t.testAllPublicInstanceMethods(Holiday.of("Independence Day", JULY_4, JULY_5));
  }
}
