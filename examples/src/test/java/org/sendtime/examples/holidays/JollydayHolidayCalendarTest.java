package org.sendtime.examples.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendtime.calendar.Holiday;
import org.sendtime.policy.Contact;
import org.sendtime.policy.Decision;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;
import org.sendtime.policy.ZoneStrategy;
import org.sendtime.time.LocalWindow;

/** Tests {@link JollydayHolidayCalendar} on the German and US calendars of jollyday. */
class JollydayHolidayCalendarTest {
  private static final JollydayHolidayCalendar GERMANY = new JollydayHolidayCalendar("DE");

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      // the national day, a Saturday in 2026
      "2026-10-03 | German Unity Day",
      // both Christmas holidays
      "2026-12-25 | 1st Christmas day",
      "2026-12-26 | 2nd Christmas day",
      // Easter-relative: Easter Sunday 2026 is 5 April
      "2026-04-03 | Good Friday",
      "2026-04-06 | Easter Monday",
      // another year, from the same rules
      "2027-10-03 | German Unity Day"})
  void holidayOn_germanPublicHolidays(LocalDate date, String name) {
    assertThat(GERMANY.holidayOn(date)).contains(Holiday.of(name, date));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // the day before the national day
      "2026-10-02",
      // Christmas Eve: a working day, not a public holiday
      "2026-12-24",
      // Epiphany is a holiday in some states only, not nationwide
      "2026-01-06"})
  void isHoliday_workingDays(LocalDate date) {
    assertThat(GERMANY.isHoliday(date)).isFalse();
  }

  @Test
  void holidays_germany2026_sortedByDate() {
    assertThat(GERMANY.holidays(2026)).extracting(Holiday::date).extracting(LocalDate::toString)
        .containsExactly("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14",
            "2026-05-25", "2026-10-03", "2026-12-25", "2026-12-26");
  }

  @Test
  void holidays_region_addsItsOwnDays() {
    JollydayHolidayCalendar bavaria = new JollydayHolidayCalendar("de", "by");

    assertThat(bavaria.name()).isEqualTo("jollyday DE-BY");
    assertThat(bavaria.holidays(2026))
        .containsAll(GERMANY.holidays(2026))
        .contains(
            Holiday.of("Epiphany", LocalDate.of(2026, 1, 6)),
            Holiday.of("Corpus Christi", LocalDate.of(2026, 6, 4)),
            Holiday.of("All Saints", LocalDate.of(2026, 11, 1)));
    assertThat(GERMANY.isHoliday(LocalDate.of(2026, 6, 4))).isFalse();
  }

  @Test
  void holidays_observedInTheYearBefore_listedInThatYear() {
    JollydayHolidayCalendar us = new JollydayHolidayCalendar("US");

    // New Year's Day 2022 fell on a Saturday and was observed on Friday, 31 December 2021.
    assertThat(us.holidays(2021))
        .contains(Holiday.of("New Year's Day", LocalDate.of(2022, 1, 1), LocalDate.of(2021, 12, 31)))
        .last().isEqualTo(
            Holiday.of("New Year's Day", LocalDate.of(2022, 1, 1), LocalDate.of(2021, 12, 31)));
    assertThat(us.holidays(2022)).extracting(Holiday::date)
        .allSatisfy(d -> assertThat(d.getYear()).isEqualTo(2022))
        .doesNotContain(LocalDate.of(2022, 1, 1));
  }

  @Test
  void holidays_namesInEnglishWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      // jollyday has German names; English is its root, which the default cannot replace.
      Locale.setDefault(Locale.GERMANY);
      JollydayHolidayCalendar fresh = new JollydayHolidayCalendar("DE");

      assertThat(fresh.holidayOn(LocalDate.of(2026, 10, 3)))
          .map(Holiday::name).contains("German Unity Day");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void holidays_sameUnmodifiableListEachCall() {
    List<Holiday> first = GERMANY.holidays(2030);

    assertThat(GERMANY.holidays(2030)).isEqualTo(first);
    assertThatThrownBy(() -> first.add(Holiday.of("Extra", LocalDate.of(2030, 1, 2))))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void holidays_fromManyThreads_agree() throws Exception {
    JollydayHolidayCalendar fresh = new JollydayHolidayCalendar("DE", "BY");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Holiday>>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        int year = 2020 + i % 8;
        futures.add(pool.submit(() -> fresh.holidays(year)));
      }
      JollydayHolidayCalendar reference = new JollydayHolidayCalendar("DE", "BY");
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(reference.holidays(2020 + i % 8));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // before year 1
      "0",
      // after year 9999
      "10000"})
  void holidays_yearOutOfRange(int year) {
    assertThatThrownBy(() -> GERMANY.holidays(year))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for year (valid values 1 - 9999): " + year);
  }

  @Test
  void holidays_hijrahYearOutOfRange_saysSo() {
    // Saudi Arabia's holidays follow the Islamic calendar, which java.time covers only for
    // about 1882 to 2174.
    JollydayHolidayCalendar saudiArabia = new JollydayHolidayCalendar("SA");

    assertThat(saudiArabia.holidays(2026)).isNotEmpty();
    assertThatThrownBy(() -> saudiArabia.holidays(9999))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("jollyday cannot compute the holidays of SA observed in 9999: ")
        .hasMessageContaining("Hijrah");
  }

  @Test
  void constructor_unknownCountry() {
    assertThatThrownBy(() -> new JollydayHolidayCalendar("XX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Unknown jollyday calendar 'XX' (valid values: ")
        .hasMessageContaining(", DE, ");
  }

  @Test
  void constructor_unknownRegion() {
    assertThatThrownBy(() -> new JollydayHolidayCalendar("DE", "ZZ"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Unknown region 'ZZ' of DE (valid values: BB, BE, BW, BY, ");
  }

  @Test
  void constructor_regionOfRegionWithoutRegions() {
    assertThatThrownBy(() -> new JollydayHolidayCalendar("DE", "HH", "X"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown region 'X' of DE-HH (it has no regions)");
  }

  @Test
  void equals_sameCountryAndRegions_anyCase() {
    assertThat(new JollydayHolidayCalendar("de", "by"))
        .isEqualTo(new JollydayHolidayCalendar("DE", "BY"))
        .hasSameHashCodeAs(new JollydayHolidayCalendar("DE", "BY"))
        .isNotEqualTo(GERMANY)
        .hasToString("JollydayHolidayCalendar[DE-BY]");
    assertThat(GERMANY.name()).isEqualTo("jollyday DE");
  }

  @Test
  void policy_movesSendOffGermanHoliday() {
    SendPolicy berlin = SendPolicy.builder(ZoneId.of("Europe/Berlin"))
        .zoneStrategy(ZoneStrategy.SINGLE)
        .quietHours(LocalWindow.parse("20:00-08:00"))
        .holidays(GERMANY)
        .build();

    Decision d = berlin.explain(Contact.of("c1"),
        Schedule.atLocal(LocalDateTime.parse("2026-10-03T10:00")),
        Instant.parse("2026-10-01T00:00:00Z"));

    // Off German Unity Day, then out of the night's quiet hours.
    assertThat(d).isInstanceOfSatisfying(Decision.Scheduled.class, s -> assertThat(s.atZone())
        .hasToString("2026-10-04T08:00+02:00[Europe/Berlin]"));
    assertThat(d.trace()).first().satisfies(step -> {
      assertThat(step.rule()).isEqualTo("holidays");
      assertThat(step.why()).isEqualTo("2026-10-03 is German Unity Day (jollyday DE)");
    });
  }
}
