package org.sendtime.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeekendTest {

  @ParameterizedTest(name = "{0} from {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      // weekend          | from       | next workday
      "SATURDAY,SUNDAY    | 2026-01-09 | 2026-01-09",  // a Friday is a workday
      "SATURDAY,SUNDAY    | 2026-01-10 | 2026-01-12",  // Saturday to Monday
      "SATURDAY,SUNDAY    | 2026-01-11 | 2026-01-12",  // Sunday to Monday
      "SATURDAY,SUNDAY    | 2026-12-26 | 2026-12-28",  // the Saturday after Christmas
      "SATURDAY,SUNDAY    | 2022-12-31 | 2023-01-02",  // across the year end
      "FRIDAY,SATURDAY    | 2026-01-09 | 2026-01-11",  // Friday to Sunday
      "FRIDAY,SATURDAY    | 2026-01-11 | 2026-01-11",  // Sunday is a workday
      "NONE               | 2026-01-10 | 2026-01-10",  // no weekend: every day works
      "SUNDAY,MONDAY      | 2026-01-11 | 2026-01-13",  // a weekend across the week's start
      "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY | 2026-01-12 | 2026-01-18",  // six days: six steps
  })
  void nextWorkday_table(String weekend, LocalDate from, LocalDate expected) {
    assertThat(Weekend.parse(weekend).nextWorkday(from)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // text                      | canonical text
      "SATURDAY,SUNDAY             | SATURDAY,SUNDAY",  // canonical
      "sunday, saturday            | SATURDAY,SUNDAY",  // any case, any order, blanks
      "  Friday ,Saturday          | FRIDAY,SATURDAY",  // leading blanks
      "none                        | NONE",             // the empty weekend
      "SUNDAY                      | SUNDAY",           // one day
      "SUNDAY,MONDAY               | MONDAY,SUNDAY",    // week order from Monday
  })
  void parse_toString_roundTrip(String text, String canonical) {
    Weekend weekend = Weekend.parse(text);
    assertThat(weekend).hasToString(canonical);
    assertThat(Weekend.parse(weekend.toString())).isEqualTo(weekend);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // text                                                       | keyword
      "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY     | nothing would ever be allowed",  // all seven
      "SATURDAY,SAT                                                 | valid values MONDAY - SUNDAY",   // abbreviation
      "SATURDAY,,SUNDAY                                             | ''",                             // empty name
      "SATURDAY,saturday                                            | SATURDAY is repeated",           // repeated
      "SATURDAY,NONE                                                | 'NONE'",                         // NONE in a list
  })
  void parse_badText(String text, String keyword) {
    assertThatThrownBy(() -> Weekend.parse(text))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(keyword);
  }

  @Test
  void parse_emptyText() {
    assertThatThrownBy(() -> Weekend.parse(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("write NONE");
  }

  @Test
  void of_allSevenDays() {
    assertThatThrownBy(() -> Weekend.of(EnumSet.allOf(DayOfWeek.class)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all seven days");
    assertThatThrownBy(() -> Weekend.of(DayOfWeek.values()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing would ever be allowed");
  }

  @Test
  void of_constantsAndDays() {
    assertThat(Weekend.of(DayOfWeek.SUNDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)).isEqualTo(Weekend.SATURDAY_SUNDAY);
    assertThat(Weekend.of(Set.of(DayOfWeek.SATURDAY, DayOfWeek.FRIDAY))).isEqualTo(Weekend.FRIDAY_SATURDAY);
    assertThat(Weekend.of()).isSameAs(Weekend.NONE);
    assertThat(Weekend.of(List.of())).isSameAs(Weekend.NONE);
    assertThat(Weekend.SATURDAY_SUNDAY.days()).containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(Weekend.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY).days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.SUNDAY);
    assertThat(Weekend.NONE.days()).isEmpty();
  }

  @Test
  void contains_daysAndDates() {
    assertThat(Weekend.SATURDAY_SUNDAY.contains(DayOfWeek.SUNDAY)).isTrue();
    assertThat(Weekend.SATURDAY_SUNDAY.contains(DayOfWeek.FRIDAY)).isFalse();
    assertThat(Weekend.FRIDAY_SATURDAY.contains(LocalDate.of(2026, 1, 9))).isTrue();   // a Friday
    assertThat(Weekend.FRIDAY_SATURDAY.contains(LocalDate.of(2026, 1, 11))).isFalse();  // a Sunday
    assertThat(Weekend.NONE.contains(LocalDate.of(2026, 1, 10))).isFalse();
  }

  @Test
  void equals_byDays() {
    new EqualsTester()
        .addEqualityGroup(Weekend.SATURDAY_SUNDAY, Weekend.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
            Weekend.parse("sunday,saturday"))
        .addEqualityGroup(Weekend.FRIDAY_SATURDAY)
        .addEqualityGroup(Weekend.NONE, Weekend.of())
        .addEqualityGroup(Weekend.of(DayOfWeek.SUNDAY))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(LocalDate.class, LocalDate.of(2026, 1, 1));
    tester.testAllPublicStaticMethods(Weekend.class);
    tester.testAllPublicInstanceMethods(Weekend.SATURDAY_SUNDAY);
    assertThatThrownBy(() -> Weekend.of(DayOfWeek.SATURDAY, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("days");
  }
}
