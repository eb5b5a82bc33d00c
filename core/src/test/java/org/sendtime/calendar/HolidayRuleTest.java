package org.sendtime.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendtime.calendar.ObservedShift.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY;
import static org.sendtime.calendar.ObservedShift.WEEKEND_TO_MONDAY;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HolidayRuleTest {
  private static final HolidayRule CHRISTMAS = HolidayRule.fixed("Christmas Day", Month.DECEMBER, 25)
      .withObserved(SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY);

  private static String inYear(HolidayRule rule, int year) {
    return rule.inYear(year).map(Holiday::toString).orElse("NONE");
  }

  // ---- fixed dates

  @ParameterizedTest
  @CsvSource({
      // year, holiday
      "2026, 2026-12-25 Christmas Day",                                   // Friday: not shifted
      "2021, 2021-12-24 Christmas Day (observed; actual 2021-12-25)",     // Saturday: the Friday before
      "2022, 2022-12-26 Christmas Day (observed; actual 2022-12-25)",     // Sunday: the Monday after
  })
  void inYear_fixed(int year, String expected) {
    assertThat(inYear(CHRISTMAS, year)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      // year, holiday
      "2024, 2024-02-29 Leap Day",  // leap year
      "2025, NONE",                 // common year: no holiday, not February 28
      "2100, NONE",                 // divisible by 100 but not by 400: common
      "2000, 2000-02-29 Leap Day",  // divisible by 400: leap
  })
  void inYear_fixedLeapDay_onlyInLeapYears(int year, String expected) {
    assertThat(inYear(HolidayRule.fixed("Leap Day", Month.FEBRUARY, 29), year)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      // month, day, the month's longest length
      "FEBRUARY, 30, 29",  // February never has a 30th
      "FEBRUARY, 0, 29",   // days start at 1
      "APRIL, 31, 30",     // a 30-day month
      "JANUARY, 32, 31",   // past any month
      "JANUARY, -1, 31",   // negative
  })
  void fixed_dayNotInMonth(Month month, int day, int max) {
    assertThatThrownBy(() -> HolidayRule.fixed("Holiday", month, day))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dayOfMonth")
        .hasMessageContaining(month.toString())
        .hasMessageContaining("1 - " + max)
        .hasMessageEndingWith(": " + day);
  }

  // ---- nth and last weekdays

  @ParameterizedTest
  @CsvSource({
      // ordinal, day of week, month, year, date or NONE
      "3, MONDAY, JANUARY, 2026, 2026-01-19",     // third Monday in January
      "1, MONDAY, SEPTEMBER, 2025, 2025-09-01",   // first Monday on the 1st itself
      "4, THURSDAY, NOVEMBER, 2026, 2026-11-26",  // fourth Thursday in November
      "4, MONDAY, OCTOBER, 1977, 1977-10-24",     // fourth Monday, which is not the last (October 31 is the fifth)
      "5, MONDAY, JUNE, 2026, 2026-06-29",        // a fifth Monday that exists
      "5, MONDAY, JUNE, 2027, NONE",              // June 2027 has four Mondays
      "5, SUNDAY, MAY, 2026, 2026-05-31",         // fifth on the month's last day
      "5, THURSDAY, FEBRUARY, 2024, 2024-02-29",  // fifth on a leap day
      "5, SATURDAY, FEBRUARY, 2025, NONE",        // a 28-day February has four of each day
  })
  void inYear_nthWeekday(int ordinal, DayOfWeek dayOfWeek, Month month, int year, String expected) {
    Optional<Holiday> h = HolidayRule.nthWeekday("Holiday", ordinal, dayOfWeek, month).inYear(year);
    assertThat(h.map(x -> x.date().toString()).orElse("NONE")).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      // day of week, month, year, date
      "MONDAY, MAY, 2025, 2025-05-26",        // last Monday in May, not on the 31st
      "MONDAY, MAY, 2021, 2021-05-31",        // on the 31st
      "MONDAY, OCTOBER, 1977, 1977-10-31",    // the fifth Monday when there is one
      "THURSDAY, FEBRUARY, 2024, 2024-02-29", // a leap day
      "THURSDAY, FEBRUARY, 2025, 2025-02-27", // a common February
  })
  void inYear_lastWeekday(DayOfWeek dayOfWeek, Month month, int year, LocalDate expected) {
    assertThat(HolidayRule.lastWeekday("Holiday", dayOfWeek, month).inYear(year).map(Holiday::date))
        .contains(expected);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6, -1})
  void nthWeekday_ordinalOutOfRange(int ordinal) {
    assertThatThrownBy(() -> HolidayRule.nthWeekday("Holiday", ordinal, MONDAY, Month.MAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ordinal")
        .hasMessageContaining("1 - 5")
        .hasMessageEndingWith(": " + ordinal);
  }

  // ---- Easter

  @ParameterizedTest
  @CsvSource({
      // year, Western Easter Sunday
      "2024, 2024-03-31",
      "2025, 2025-04-20",
      "2026, 2026-04-05",
      "2027, 2027-03-28",
      "2000, 2000-04-23",  // a century year that is leap
      "2008, 2008-03-23",
      "2011, 2011-04-24",
      "2019, 2019-04-21",
      "1943, 1943-04-25",  // the latest possible date, last time
      "2038, 2038-04-25",  // the latest possible date
      "1818, 1818-03-22",  // the earliest possible date
      "2285, 2285-03-22",  // the earliest possible date, next time
  })
  void inYear_easterSunday(int year, LocalDate expected) {
    assertThat(HolidayRule.easter("Easter Sunday", 0).inYear(year).map(Holiday::date)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({
      // offset, year, date
      "-2, 2026, 2026-04-03",   // Good Friday
      "1, 2026, 2026-04-06",    // Easter Monday
      "-46, 2026, 2026-02-18",  // Ash Wednesday
      "39, 2026, 2026-05-14",   // Ascension Day
      "50, 2026, 2026-05-25",   // Whit Monday
      "-80, 2285, 2285-01-01",  // the smallest offset from the earliest Easter: still in the year
      "250, 2038, 2038-12-31",  // the largest offset from the latest Easter: still in the year
  })
  void inYear_easterOffset(int offset, int year, LocalDate expected) {
    assertThat(HolidayRule.easter("Holiday", offset).inYear(year).map(Holiday::date)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(ints = {-81, 251, 366})
  void easter_offsetOutOfRange(int offset) {
    assertThatThrownBy(() -> HolidayRule.easter("Holiday", offset))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offsetDays")
        .hasMessageContaining("-80 - 250")
        .hasMessageEndingWith(": " + offset);
  }

  // ---- years of validity

  @ParameterizedTest
  @CsvSource({
      // year, holiday
      // before the first year
      "2020, NONE",
      // the first year, inclusive
      "2021, 2021-06-18 Juneteenth National Independence Day (observed; actual 2021-06-19)",
      // a later year
      "2022, 2022-06-20 Juneteenth National Independence Day (observed; actual 2022-06-19)",
  })
  void inYear_from(int year, String expected) {
    HolidayRule rule = HolidayRule.fixed("Juneteenth National Independence Day", Month.JUNE, 19)
        .withObserved(SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY)
        .from(2021);
    assertThat(inYear(rule, year)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      // year, date or NONE
      "1970, NONE",        // before the range
      "1971, 1971-10-25",  // first year, inclusive
      "1977, 1977-10-24",  // last year, inclusive
      "1978, NONE",        // after the range
  })
  void inYear_fromUntil(int year, String expected) {
    HolidayRule rule = HolidayRule.nthWeekday("Veterans Day", 4, MONDAY, Month.OCTOBER).from(1971).until(1977);
    assertThat(rule.inYear(year).map(h -> h.date().toString()).orElse("NONE")).isEqualTo(expected);
  }

  @Test
  void inYear_yearsAreOfTheActualDate() {
    // New Year's Day 2022 would be observed on 2021-12-31, but its actual year is after the last one.
    HolidayRule rule = HolidayRule.fixed("New Year's Day", Month.JANUARY, 1)
        .withObserved(SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY).until(2021);
    assertThat(rule.inYear(2022)).isEmpty();
    assertThat(rule.inYear(2021).map(Holiday::date)).contains(LocalDate.of(2021, 1, 1));
  }

  @Test
  void inYear_observedInAnotherYear() {
    HolidayRule rule = HolidayRule.fixed("New Year's Eve", Month.DECEMBER, 31).withObserved(WEEKEND_TO_MONDAY);
    assertThat(rule.inYear(2022)).contains(Holiday.of("New Year's Eve", LocalDate.of(2022, 12, 31),
        LocalDate.of(2023, 1, 2)));
  }

  @Test
  void untilThenFrom_revalidates() {
    HolidayRule rule = HolidayRule.fixed("Veterans Day", Month.NOVEMBER, 11).until(1970);
    assertThatThrownBy(() -> rule.from(1978))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("firstYear must not be after lastYear")
        .hasMessageContaining("firstYear 1978, lastYear 1970");
  }

  @Test
  void fromThenUntil_revalidates() {
    HolidayRule rule = HolidayRule.fixed("Juneteenth", Month.JUNE, 19).from(2021);
    assertThatThrownBy(() -> rule.until(2020))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("firstYear 2021, lastYear 2020");
    assertThat(rule.until(2021).inYear(2021)).isPresent();
  }

  @Test
  void withObserved_keepsTheYears() {
    HolidayRule rule = HolidayRule.fixed("Juneteenth", Month.JUNE, 19).from(2021).until(2030)
        .withObserved(WEEKEND_TO_MONDAY);
    assertThat(rule.firstYear()).hasValue(2021);
    assertThat(rule.lastYear()).hasValue(2030);
    assertThat(rule.observedShift()).isEqualTo(WEEKEND_TO_MONDAY);
  }

  @ParameterizedTest
  @ValueSource(ints = {HolidayRule.MIN_YEAR - 1, HolidayRule.MAX_YEAR + 1})
  void yearsOutOfRange(int year) {
    assertThatThrownBy(() -> CHRISTMAS.inYear(year))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("year")
        .hasMessageContaining("-999999998 - 999999998")
        .hasMessageEndingWith(": " + year);
    assertThatThrownBy(() -> CHRISTMAS.from(year)).hasMessageContaining("firstYear");
    assertThatThrownBy(() -> CHRISTMAS.until(year)).hasMessageContaining("lastYear");
  }

  @Test
  void inYear_extremeYears() {
    HolidayRule newYear = HolidayRule.fixed("New Year's Day", Month.JANUARY, 1)
        .withObserved(SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY);
    HolidayRule newYearsEve = HolidayRule.fixed("New Year's Eve", Month.DECEMBER, 31).withObserved(WEEKEND_TO_MONDAY);
    assertThat(newYear.inYear(HolidayRule.MIN_YEAR).map(Holiday::actualDate))
        .contains(LocalDate.of(HolidayRule.MIN_YEAR, 1, 1));
    assertThat(newYearsEve.inYear(HolidayRule.MAX_YEAR).map(Holiday::actualDate))
        .contains(LocalDate.of(HolidayRule.MAX_YEAR, 12, 31));
    assertThat(HolidayRule.easter("Easter Sunday", 0).inYear(HolidayRule.MIN_YEAR).map(h -> h.date().getDayOfWeek()))
        .contains(DayOfWeek.SUNDAY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void factories_blankName(String name) {
    assertThatThrownBy(() -> HolidayRule.fixed(name, Month.MAY, 1)).hasMessageContaining("name");
    assertThatThrownBy(() -> HolidayRule.nthWeekday(name, 1, MONDAY, Month.MAY)).hasMessageContaining("name");
    assertThatThrownBy(() -> HolidayRule.lastWeekday(name, MONDAY, Month.MAY)).hasMessageContaining("name");
    assertThatThrownBy(() -> HolidayRule.easter(name, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("not blank");
  }

  // ---- the data

  @Test
  void accessors_fixed() {
    assertThat(CHRISTMAS.name()).isEqualTo("Christmas Day");
    assertThat(CHRISTMAS.kind()).isEqualTo(HolidayRule.Kind.FIXED_DATE);
    assertThat(CHRISTMAS.month()).contains(Month.DECEMBER);
    assertThat(CHRISTMAS.dayOfMonth()).hasValue(25);
    assertThat(CHRISTMAS.ordinal()).isEmpty();
    assertThat(CHRISTMAS.dayOfWeek()).isEmpty();
    assertThat(CHRISTMAS.offsetDays()).isEmpty();
    assertThat(CHRISTMAS.observedShift()).isEqualTo(SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY);
    assertThat(CHRISTMAS.firstYear()).isEmpty();
    assertThat(CHRISTMAS.lastYear()).isEmpty();
  }

  @Test
  void accessors_weekdays() {
    HolidayRule nth = HolidayRule.nthWeekday("Thanksgiving Day", 4, THURSDAY, Month.NOVEMBER);
    assertThat(nth.kind()).isEqualTo(HolidayRule.Kind.NTH_WEEKDAY);
    assertThat(nth.month()).contains(Month.NOVEMBER);
    assertThat(nth.ordinal()).hasValue(4);
    assertThat(nth.dayOfWeek()).contains(THURSDAY);
    assertThat(nth.dayOfMonth()).isEmpty();
    assertThat(nth.observedShift()).isEqualTo(ObservedShift.NONE);
    HolidayRule last = HolidayRule.lastWeekday("Memorial Day", MONDAY, Month.MAY);
    assertThat(last.kind()).isEqualTo(HolidayRule.Kind.LAST_WEEKDAY);
    assertThat(last.ordinal()).isEmpty();
    assertThat(last.dayOfWeek()).contains(MONDAY);
  }

  @Test
  void accessors_easter() {
    HolidayRule rule = HolidayRule.easter("Good Friday", -2).from(1900);
    assertThat(rule.kind()).isEqualTo(HolidayRule.Kind.EASTER);
    assertThat(rule.offsetDays()).isEqualTo(OptionalInt.of(-2));
    assertThat(rule.month()).isEmpty();
    assertThat(rule.dayOfWeek()).isEmpty();
    assertThat(rule.firstYear()).hasValue(1900);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // rule number (see rule()), text
      "0 | Birthday of Martin Luther King, Jr.: third Monday in January",
      "1 | Christmas Day: December 25, observed Saturday\u2192Friday and Sunday\u2192Monday",
      "2 | Good Friday: Easter Sunday \u2212 2 days",
      "3 | Easter Monday: Easter Sunday + 1 day",
      "4 | Easter Sunday: Easter Sunday",
      "5 | Juneteenth: June 19, observed Saturday\u2192Friday and Sunday\u2192Monday, from 2021",
      "6 | Veterans Day: fourth Monday in October, from 1971 until 1977",
      "7 | Memorial Day: last Monday in May, until 1970",
      "8 | Boxing Day: December 26, observed Saturday and Sunday\u2192Monday",
      "9 | Christmas Day: December 25, observed Sunday\u2192Monday",
      "10 | Fifth Friday: fifth Friday in March",
  })
  void toString_inWords(int rule, String expected) {
    assertThat(rule(rule)).hasToString(expected);
  }

  private static HolidayRule rule(int n) {
    return switch (n) {
      case 0 -> HolidayRule.nthWeekday("Birthday of Martin Luther King, Jr.", 3, MONDAY, Month.JANUARY);
      case 1 -> CHRISTMAS;
      case 2 -> HolidayRule.easter("Good Friday", -2);
      case 3 -> HolidayRule.easter("Easter Monday", 1);
      case 4 -> HolidayRule.easter("Easter Sunday", 0);
      case 5 -> HolidayRule.fixed("Juneteenth", Month.JUNE, 19)
          .withObserved(SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY).from(2021);
      case 6 -> HolidayRule.nthWeekday("Veterans Day", 4, MONDAY, Month.OCTOBER).until(1977).from(1971);
      case 7 -> HolidayRule.lastWeekday("Memorial Day", MONDAY, Month.MAY).until(1970);
      case 8 -> HolidayRule.fixed("Boxing Day", Month.DECEMBER, 26).withObserved(WEEKEND_TO_MONDAY);
      case 9 -> HolidayRule.fixed("Christmas Day", Month.DECEMBER, 25).withObserved(ObservedShift.SUNDAY_TO_MONDAY);
      default -> HolidayRule.nthWeekday("Fifth Friday", 5, DayOfWeek.FRIDAY, Month.MARCH);
    };
  }

  @Test
  void equals_everyField() {
    HolidayRule base = HolidayRule.fixed("Christmas Day", Month.DECEMBER, 25);
    new EqualsTester()
        .addEqualityGroup(base, HolidayRule.fixed("Christmas Day", Month.DECEMBER, 25))
        .addEqualityGroup(HolidayRule.fixed("Christmas", Month.DECEMBER, 25))
        .addEqualityGroup(HolidayRule.fixed("Christmas Day", Month.DECEMBER, 24))
        .addEqualityGroup(HolidayRule.fixed("Christmas Day", Month.NOVEMBER, 25))
        .addEqualityGroup(CHRISTMAS, base.withObserved(SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY))
        .addEqualityGroup(base.from(2000))
        .addEqualityGroup(base.until(2000))
        .addEqualityGroup(base.from(2000).until(2000))
        .addEqualityGroup(HolidayRule.nthWeekday("Christmas Day", 4, MONDAY, Month.DECEMBER))
        .addEqualityGroup(HolidayRule.nthWeekday("Christmas Day", 3, MONDAY, Month.DECEMBER))
        .addEqualityGroup(HolidayRule.nthWeekday("Christmas Day", 4, THURSDAY, Month.DECEMBER))
        .addEqualityGroup(HolidayRule.lastWeekday("Christmas Day", MONDAY, Month.DECEMBER))
        .addEqualityGroup(HolidayRule.easter("Christmas Day", 0))
        .addEqualityGroup(HolidayRule.easter("Christmas Day", 1))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester t = new NullPointerTester().setDefault(String.class, "Holiday");
    t.testAllPublicStaticMethods(HolidayRule.class);
    t.testAllPublicInstanceMethods(CHRISTMAS);
  }

  // ---- laws

  @Property
  void easterSunday_isASundayFromMarch22ToApril25(
      @ForAll @IntRange(min = HolidayRule.MIN_YEAR, max = HolidayRule.MAX_YEAR) int year) {
    LocalDate easter = HolidayRule.easterSunday(year);
    assertThat(easter.getYear()).isEqualTo(year);
    assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(MonthDay.from(easter)).isBetween(MonthDay.of(3, 22), MonthDay.of(4, 25));
  }

  @Property
  void easterSunday_repeatsEvery5700000Years(@ForAll @IntRange(min = -99_999_999, max = 99_999_999) int year) {
    // The Gregorian computus repeats after 5,700,000 years; floor division must keep that for
    // years before year 1 too.
    assertThat(MonthDay.from(HolidayRule.easterSunday(year + 5_700_000)))
        .isEqualTo(MonthDay.from(HolidayRule.easterSunday(year)));
  }

  @Property
  void nthWeekday_isThatDayInThatWeekOfTheMonth(
      @ForAll @IntRange(min = 1, max = 5) int ordinal, @ForAll DayOfWeek dayOfWeek, @ForAll Month month,
      @ForAll @IntRange(min = -9999, max = 9999) int year) {
    Optional<Holiday> h = HolidayRule.nthWeekday("Holiday", ordinal, dayOfWeek, month).inYear(year);
    LocalDate expected = LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, dayOfWeek));
    if (expected.getMonth() == month) {
      assertThat(h.map(Holiday::date)).contains(expected);
    } else {
      assertThat(h).isEmpty();
    }
  }

  @Property
  void lastWeekday_isTheFifthOrElseTheFourth(
      @ForAll DayOfWeek dayOfWeek, @ForAll Month month, @ForAll @IntRange(min = -9999, max = 9999) int year) {
    Optional<Holiday> fifth = HolidayRule.nthWeekday("Holiday", 5, dayOfWeek, month).inYear(year);
    Optional<Holiday> fourth = HolidayRule.nthWeekday("Holiday", 4, dayOfWeek, month).inYear(year);
    assertThat(HolidayRule.lastWeekday("Holiday", dayOfWeek, month).inYear(year))
        .isEqualTo(fifth.isPresent() ? fifth : fourth);
  }

  @Property
  void inYear_actualDateInTheYear_observedOnAWeekdayWithinTwoDays(
      @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 31) int day,
      @ForAll ObservedShift shift, @ForAll @IntRange(min = 1, max = 9999) int year) {
    if (day > Month.of(month).maxLength()) {
      return;
    }
    Optional<Holiday> h = HolidayRule.fixed("Holiday", Month.of(month), day).withObserved(shift).inYear(year);
    h.ifPresent(x -> {
      assertThat(x.actualDate().getYear()).isEqualTo(year);
      assertThat(Math.abs(ChronoUnit.DAYS.between(x.actualDate(), x.date()))).isLessThanOrEqualTo(2);
      if (shift != ObservedShift.NONE && shift != ObservedShift.SUNDAY_TO_MONDAY) {
        assertThat(x.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      }
    });
  }
}
