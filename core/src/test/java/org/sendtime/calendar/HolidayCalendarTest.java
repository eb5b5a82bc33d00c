package org.sendtime.calendar;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendtime.calendar.ObservedShift.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY;
import static org.sendtime.calendar.ObservedShift.WEEKEND_TO_MONDAY;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HolidayCalendarTest {
  private static final HolidayRule NEW_YEAR = HolidayRule.fixed("New Year's Day", Month.JANUARY, 1)
      .withObserved(SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY);
  private static final HolidayRule CHRISTMAS = HolidayRule.fixed("Christmas Day", Month.DECEMBER, 25)
      .withObserved(SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY);

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static List<String> texts(List<Holiday> holidays) {
    return holidays.stream().map(Holiday::toString).collect(Collectors.toList());
  }

  /** A calendar as a host writes one, from data it loaded first; its list is in no order. */
  private static HolidayCalendar hostCalendar(String name, Holiday... holidays) {
    return new HolidayCalendar() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<Holiday> holidays(int year) {
        List<Holiday> inYear = new ArrayList<>();
        for (Holiday h : holidays) {
          if (h.date().getYear() == year) {
            inYear.add(h);
          }
        }
        return inYear;
      }
    };
  }

  // ---- rule-based calendars

  @Test
  void of_listsAHolidayInTheYearOfItsObservedDate() {
    HolidayCalendar c = HolidayCalendar.of("test", List.of(NEW_YEAR));
    assertThat(texts(c.holidays(2021))).containsExactly(
        "2021-01-01 New Year's Day",
        "2021-12-31 New Year's Day (observed; actual 2022-01-01)");
    assertThat(c.holidays(2022)).isEmpty();
    assertThat(texts(c.holidays(2023))).containsExactly("2023-01-02 New Year's Day (observed; actual 2023-01-01)");
  }

  @Test
  void of_shiftForwardIntoTheNextYear() {
    HolidayCalendar c = HolidayCalendar.of("test",
        List.of(HolidayRule.fixed("New Year's Eve", Month.DECEMBER, 31).withObserved(WEEKEND_TO_MONDAY)));
    assertThat(c.holidays(2022)).isEmpty();
    assertThat(texts(c.holidays(2023))).containsExactly("2023-01-02 New Year's Eve (observed; actual 2022-12-31)");
    assertThat(texts(c.holidays(2024))).containsExactly(
        "2024-01-01 New Year's Eve (observed; actual 2023-12-31)",
        "2024-12-31 New Year's Eve");
  }

  @Test
  void of_sortedByDateThenName() {
    HolidayCalendar c = HolidayCalendar.of("test", List.of(
        CHRISTMAS,
        HolidayRule.fixed("Zeta Day", Month.DECEMBER, 24),
        HolidayRule.easter("Easter Monday", 1),
        HolidayRule.fixed("Alpha Day", Month.DECEMBER, 24),
        NEW_YEAR));
    // 2021: Christmas on Saturday is observed on Friday the 24th, with the two fixed holidays.
    assertThat(texts(c.holidays(2021))).containsExactly(
        "2021-01-01 New Year's Day",
        "2021-04-05 Easter Monday",
        "2021-12-24 Alpha Day",
        "2021-12-24 Christmas Day (observed; actual 2021-12-25)",
        "2021-12-24 Zeta Day",
        "2021-12-31 New Year's Day (observed; actual 2022-01-01)");
  }

  @Test
  void of_twoHolidaysShiftedOntoOneMonday_bothListed() {
    // 2021: Christmas on Saturday, Boxing Day on Sunday; the shift does not look at other holidays.
    HolidayCalendar c = HolidayCalendar.of("test", List.of(
        HolidayRule.fixed("Christmas Day", Month.DECEMBER, 25).withObserved(WEEKEND_TO_MONDAY),
        HolidayRule.fixed("Boxing Day", Month.DECEMBER, 26).withObserved(WEEKEND_TO_MONDAY)));
    assertThat(texts(c.holidays(2021))).containsExactly(
        "2021-12-27 Boxing Day (observed; actual 2021-12-26)",
        "2021-12-27 Christmas Day (observed; actual 2021-12-25)");
  }

  @Test
  void of_sameHolidayFromTwoRules_listedOnce() {
    HolidayCalendar c = HolidayCalendar.of("test", List.of(CHRISTMAS, CHRISTMAS.from(2000)));
    assertThat(texts(c.holidays(2026))).containsExactly("2026-12-25 Christmas Day");
  }

  @Test
  void of_rulesWithYearRanges_takeTurns() {
    HolidayCalendar c = HolidayCalendar.of("test", List.of(
        HolidayRule.nthWeekday("Veterans Day", 4, MONDAY, Month.OCTOBER).until(1977),
        HolidayRule.fixed("Veterans Day", Month.NOVEMBER, 11).from(1978)));
    assertThat(texts(c.holidays(1977))).containsExactly("1977-10-24 Veterans Day");
    assertThat(texts(c.holidays(1978))).containsExactly("1978-11-11 Veterans Day");
  }

  @Test
  void of_copiesTheRules() {
    List<HolidayRule> rules = new ArrayList<>(List.of(CHRISTMAS));
    HolidayCalendar c = HolidayCalendar.of("test", rules);
    rules.add(NEW_YEAR);
    assertThat(texts(c.holidays(2026))).containsExactly("2026-12-25 Christmas Day");
  }

  @Test
  void holidays_unmodifiable() {
    List<Holiday> list = HolidayCalendar.usFederal().holidays(2026);
    assertThatThrownBy(() -> list.add(Holiday.of("Extra", date(2026, 1, 2))))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 10000, Integer.MAX_VALUE})
  void holidays_yearOutOfRange(int year) {
    assertThatThrownBy(() -> HolidayCalendar.usFederal().holidays(year))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("year")
        .hasMessageContaining("1 - 9999")
        .hasMessageEndingWith(": " + year);
    assertThatThrownBy(() -> HolidayCalendar.none().holidays(year)).hasMessageContaining("1 - 9999");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 9999})
  void holidays_firstAndLastYears(int year) {
    List<Holiday> holidays = HolidayCalendar.usFederal().holidays(year);
    assertThat(holidays).extracting(h -> h.date().getYear()).containsOnly(year);
    assertThat(holidays).extracting(Holiday::name).contains("Christmas Day", "Thanksgiving Day");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void factories_blankName(String name) {
    assertThatThrownBy(() -> HolidayCalendar.of(name, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("not blank");
    assertThatThrownBy(() -> HolidayCalendar.union(name, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
  }

  // ---- holidayOn and isHoliday

  @ParameterizedTest
  @CsvSource({
      // date, holiday observed that day, or NONE
      "2022-12-26, 2022-12-26 Christmas Day (observed; actual 2022-12-25)",  // Sunday Christmas, on Monday
      "2022-12-25, NONE",  // the actual date of a shifted holiday is not a holiday
      "2021-12-31, 2021-12-31 New Year's Day (observed; actual 2022-01-01)",  // found under the observed year
      "2022-01-01, NONE",  // nor here
      "2026-07-03, 2026-07-03 Independence Day (observed; actual 2026-07-04)",  // Saturday, on Friday
      "2026-07-04, NONE",
      "2026-11-26, 2026-11-26 Thanksgiving Day",
      "2026-11-27, NONE",  // the day after Thanksgiving is not a federal holiday
      "2021-01-20, NONE",  // Inauguration Day is not included
  })
  void holidayOn_usFederal(LocalDate date, String expected) {
    HolidayCalendar us = HolidayCalendar.usFederal();
    assertThat(us.holidayOn(date).map(Holiday::toString).orElse("NONE")).isEqualTo(expected);
    assertThat(us.isHoliday(date)).isEqualTo(!expected.equals("NONE"));
  }

  @Test
  void holidayOn_hostCalendar_firstInListOrder() {
    HolidayCalendar host = hostCalendar("host",
        Holiday.of("Founders' Day", date(2026, 3, 2)),
        Holiday.of("Inventory", date(2026, 3, 2)));
    assertThat(host.holidayOn(date(2026, 3, 2)).map(Holiday::name)).contains("Founders' Day");
    assertThat(host.isHoliday(date(2026, 3, 2))).isTrue();
    assertThat(host.isHoliday(date(2026, 3, 3))).isFalse();
  }

  // ---- union

  @Test
  void union_sameDateFromTwoCalendars_bothSortedByName() {
    HolidayCalendar company = hostCalendar("company",
        Holiday.of("Company Day", date(2026, 7, 3)),
        Holiday.of("Year-end closing", date(2026, 12, 31)),
        Holiday.of("Anniversary", date(2026, 2, 2)));
    HolidayCalendar both = HolidayCalendar.union("US federal and company",
        List.of(HolidayCalendar.usFederal(), company));
    assertThat(both.name()).isEqualTo("US federal and company");
    List<String> texts = texts(both.holidays(2026));
    assertThat(texts).hasSize(14);
    assertThat(texts.subList(0, 3)).containsExactly(
        "2026-01-01 New Year's Day",
        "2026-01-19 Birthday of Martin Luther King, Jr.",
        "2026-02-02 Anniversary");
    assertThat(texts).containsSubsequence(
        "2026-07-03 Company Day",
        "2026-07-03 Independence Day (observed; actual 2026-07-04)",
        "2026-12-25 Christmas Day",
        "2026-12-31 Year-end closing");
    assertThat(both.holidayOn(date(2026, 7, 3)).map(Holiday::name)).contains("Company Day");
  }

  @Test
  void union_equalHolidaysFromTwoCalendars_listedOnce() {
    HolidayCalendar union = HolidayCalendar.union("twice",
        List.of(HolidayCalendar.usFederal(), HolidayCalendar.of("Christmas", List.of(CHRISTMAS))));
    assertThat(union.holidays(2026)).isEqualTo(HolidayCalendar.usFederal().holidays(2026));
  }

  @Test
  void union_yearsAnsweredByItsCalendars() {
    HolidayCalendar union = HolidayCalendar.union("u", List.of(HolidayCalendar.usFederal()));
    assertThatThrownBy(() -> union.holidays(0)).hasMessageContaining("year");
    assertThat(HolidayCalendar.union("empty", List.of()).holidays(2026)).isEmpty();
  }

  @Test
  void union_copiesTheCalendars() {
    List<HolidayCalendar> calendars = new ArrayList<>();
    HolidayCalendar union = HolidayCalendar.union("u", calendars);
    calendars.add(HolidayCalendar.usFederal());
    assertThat(union.holidays(2026)).isEmpty();
  }

  // ---- none and usFederal

  @Test
  void none_hasNoHolidays() {
    HolidayCalendar none = HolidayCalendar.none();
    assertThat(none.name()).isEqualTo("none");
    assertThat(none.holidays(2026)).isEmpty();
    assertThat(none.isHoliday(date(2026, 12, 25))).isFalse();
    assertThat(HolidayCalendar.none()).isSameAs(none);
  }

  @Test
  void usFederal_oneConstant() {
    assertThat(HolidayCalendar.usFederal()).isSameAs(HolidayCalendar.usFederal());
    assertThat(HolidayCalendar.usFederal().name()).isEqualTo("US federal");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // year | holiday | its observed dates that year, or NONE
      "1985 | Birthday of Martin Luther King, Jr. | NONE",         // before the first observance
      "1986 | Birthday of Martin Luther King, Jr. | 1986-01-20",   // the first: third Monday
      "1970 | Washington's Birthday | 1970-02-16",                 // years before 1971 use the 1971 rules
      "1971 | Veterans Day | 1971-10-25",                          // fourth Monday in October, 1971 to 1977
      "1977 | Veterans Day | 1977-10-24",                          // the fourth Monday, not the last (October 31)
      "1978 | Veterans Day | 1978-11-10",                          // November 11 again, a Saturday, on Friday
      "2020 | Juneteenth National Independence Day | NONE",        // before the law
      "2021 | Juneteenth National Independence Day | 2021-06-18",  // the first, a Saturday, on Friday
      "2021 | New Year's Day | 2021-01-01 2021-12-31",             // 2021's and 2022's
      "2022 | New Year's Day | NONE",                              // observed in 2021
  })
  void usFederal_history(int year, String name, String expected) {
    String dates = HolidayCalendar.usFederal().holidays(year).stream()
        .filter(h -> h.name().equals(name))
        .map(h -> h.date().toString())
        .collect(Collectors.joining(" "));
    assertThat(dates.isEmpty() ? "NONE" : dates).isEqualTo(expected);
  }

  @Property
  void usFederal_everyActualYearHasItsHolidaysExactlyOnce(@ForAll @IntRange(min = 2022, max = 9998) int year) {
    // Each holiday with its actual date in the year is listed once, in the year of its observed
    // date, which is the year itself or a neighbour.
    List<String> names = IntStream.rangeClosed(year - 1, year + 1)
        .mapToObj(y -> HolidayCalendar.usFederal().holidays(y))
        .flatMap(List::stream)
        .filter(h -> h.actualDate().getYear() == year)
        .map(Holiday::name)
        .sorted()
        .collect(Collectors.toList());
    assertThat(names).containsExactly(
        "Birthday of Martin Luther King, Jr.", "Christmas Day", "Columbus Day", "Independence Day",
        "Juneteenth National Independence Day", "Labor Day", "Memorial Day", "New Year's Day",
        "Thanksgiving Day", "Veterans Day", "Washington's Birthday");
  }

  @Property
  void usFederal_observedOnWeekdaysOfTheYear_inOrder(@ForAll @IntRange(min = 1, max = 9999) int year) {
    List<Holiday> holidays = HolidayCalendar.usFederal().holidays(year);
    assertThat(holidays).isSortedAccordingTo(Holiday.ORDER);
    for (Holiday h : holidays) {
      assertThat(h.date().getYear()).isEqualTo(year);
      assertThat(h.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }
  }

  // ---- value contract

  @Test
  void equals_byNameAndRules() {
    new EqualsTester()
        .addEqualityGroup(HolidayCalendar.of("a", List.of(CHRISTMAS, NEW_YEAR)),
            HolidayCalendar.of("a", List.of(CHRISTMAS, NEW_YEAR)))
        .addEqualityGroup(HolidayCalendar.of("b", List.of(CHRISTMAS, NEW_YEAR)))
        .addEqualityGroup(HolidayCalendar.of("a", List.of(CHRISTMAS)))
        .addEqualityGroup(HolidayCalendar.none(), HolidayCalendar.of("none", List.of()))
        .addEqualityGroup(HolidayCalendar.usFederal())
        .addEqualityGroup(HolidayCalendar.union("a", List.of(HolidayCalendar.usFederal())),
            HolidayCalendar.union("a", List.of(HolidayCalendar.usFederal())))
        .addEqualityGroup(HolidayCalendar.union("a", List.of()))
        .testEquals();
  }

  @Test
  void toString_namesTheCalendar() {
    assertThat(HolidayCalendar.usFederal()).hasToString("HolidayCalendar[US federal, 12 rules]");
    assertThat(HolidayCalendar.of("one", List.of(CHRISTMAS))).hasToString("HolidayCalendar[one, 1 rule]");
    assertThat(HolidayCalendar.union("all", List.of(HolidayCalendar.usFederal(), HolidayCalendar.none())))
        .hasToString("HolidayCalendar[all, union of US federal, none]");
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(String.class, "test")
        .setDefault(LocalDate.class, date(2026, 1, 1));
    t.testAllPublicStaticMethods(HolidayCalendar.class);
    t.testAllPublicInstanceMethods(HolidayCalendar.usFederal());
    t.testAllPublicInstanceMethods(HolidayCalendar.union("u", List.of(HolidayCalendar.usFederal())));
    t.testAllPublicInstanceMethods(hostCalendar("host"));
    assertThatThrownBy(() -> HolidayCalendar.of("test", Arrays.asList(CHRISTMAS, null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void rulesAndCalendars_takeCalendarsApart() {
    HolidayCalendar company = HolidayCalendar.of("Company", List.of(NEW_YEAR, CHRISTMAS));
    assertThat(company).isInstanceOf(RuleBasedHolidayCalendar.class);
    assertThat(((RuleBasedHolidayCalendar) company).rules()).containsExactly(NEW_YEAR, CHRISTMAS);
    assertThat(((RuleBasedHolidayCalendar) HolidayCalendar.none()).rules()).isEmpty();
    assertThat(((RuleBasedHolidayCalendar) HolidayCalendar.usFederal()).rules()).hasSize(12);

    HolidayCalendar union = HolidayCalendar.union("All", List.of(HolidayCalendar.usFederal(), company));
    assertThat(((UnionHolidayCalendar) union).calendars()).containsExactly(HolidayCalendar.usFederal(), company);
  }
}
