package org.sendtime.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threeten.extra.LocalDateRange;

class BlackoutDatesTest {

  /**
   * Builds blackout dates from a compact spec used by the tables: {@code "yearly 12-24 01-02"},
   * {@code "quarterly 85 5"}, {@code "lastDaysOfQuarter 5"}, {@code "monthly 28 3"},
   * {@code "lastDaysOfMonth 3"}, {@code "between 2026-01-01 2026-01-05"}, {@code "on 2026-01-01"},
   * each optionally followed by {@code "from <date>"} and {@code "until <date>"}.
   */
  static BlackoutDates dates(String spec) {
    String[] words = spec.trim().split("\\s+");
    BlackoutDates dates;
    int next;
    switch (words[0]) {
      case "yearly":
        dates = BlackoutDates.yearly(MonthDay.parse("--" + words[1]), MonthDay.parse("--" + words[2]));
        next = 3;
        break;
      case "quarterly":
        dates = BlackoutDates.quarterly(Integer.parseInt(words[1]), Integer.parseInt(words[2]));
        next = 3;
        break;
      case "monthly":
        dates = BlackoutDates.monthly(Integer.parseInt(words[1]), Integer.parseInt(words[2]));
        next = 3;
        break;
      case "lastDaysOfQuarter":
        dates = BlackoutDates.lastDaysOfQuarter(Integer.parseInt(words[1]));
        next = 2;
        break;
      case "lastDaysOfMonth":
        dates = BlackoutDates.lastDaysOfMonth(Integer.parseInt(words[1]));
        next = 2;
        break;
      case "between":
        dates = BlackoutDates.between(LocalDate.parse(words[1]), LocalDate.parse(words[2]));
        next = 3;
        break;
      case "on":
        dates = BlackoutDates.on(LocalDate.parse(words[1]));
        next = 2;
        break;
      default:
        throw new IllegalArgumentException(spec);
    }
    for (; next < words.length; next += 2) {
      LocalDate bound = LocalDate.parse(words[next + 1]);
      dates = words[next].equals("from") ? dates.from(bound) : dates.until(bound);
    }
    return dates;
  }

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      // spec                         | date       | covered
      "yearly 12-24 01-02              | 2026-12-23 | false",  // the day before the freeze
      "yearly 12-24 01-02              | 2026-12-24 | true",   // its first day
      "yearly 12-24 01-02              | 2026-12-31 | true",   // the year end
      "yearly 12-24 01-02              | 2027-01-01 | true",   // the new year, from the freeze of 2026
      "yearly 12-24 01-02              | 2027-01-02 | true",   // its last day
      "yearly 12-24 01-02              | 2027-01-03 | false",  // the day after
      "yearly 12-24 01-02              | 2026-06-15 | false",  // mid-year
      "yearly 07-04 07-04              | 2026-07-04 | true",   // a single yearly day
      "yearly 07-04 07-04              | 2026-07-05 | false",  // and the day after it
      "yearly 02-29 02-29              | 2024-02-29 | true",   // the leap day in a leap year
      "yearly 02-29 02-29              | 2025-02-28 | false",  // nothing in a common year
      "yearly 02-29 02-29              | 2025-03-01 | false",  // not even March 1
      "yearly 02-29 03-02              | 2025-03-01 | true",   // a first day Feb 29 is Mar 1 in a common year
      "yearly 02-29 03-02              | 2025-02-28 | false",  // so Feb 28 stays free
      "yearly 02-29 03-02              | 2024-02-28 | false",  // and in a leap year too
      "yearly 02-29 03-02              | 2024-02-29 | true",   // the leap day itself
      "yearly 02-20 02-29              | 2025-02-28 | true",   // a last day Feb 29 is Feb 28 in a common year
      "yearly 02-20 02-29              | 2025-03-01 | false",  // so March stays free
      "yearly 02-20 02-29              | 2024-02-29 | true",   // the leap day in a leap year
      "yearly 02-29 02-27              | 2024-02-28 | false",  // wraps from the leap day: Feb 28 free
      "yearly 02-29 02-27              | 2024-02-29 | true",   // the leap day starts the occurrence
      "yearly 02-29 02-27              | 2025-02-27 | true",   // which ends a year later
      "yearly 02-29 02-27              | 2025-02-28 | false",  // the gap of a common year
      "yearly 02-29 02-27              | 2025-03-01 | true",   // which starts again on Mar 1
      "yearly 02-29 02-27              | 2100-02-28 | false",  // 2100 is a common year
      "yearly 02-29 02-27              | 2100-03-01 | true",   // so its occurrence starts on Mar 1
      "yearly 02-29 02-27              | 2000-02-29 | true",   // 2000 is a leap year
      "quarterly 88 92                 | 2025-03-28 | false",  // Q1 of a common year has 90 days
      "quarterly 88 92                 | 2025-03-29 | true",   // so day 88 is Mar 29
      "quarterly 88 92                 | 2025-03-31 | true",   // and days 90-92 are all Mar 31
      "quarterly 88 92                 | 2024-03-28 | true",   // Q1 of a leap year has 91: day 88 is Mar 28
      "quarterly 88 92                 | 2024-03-27 | false",  // the day before
      "quarterly 88 92                 | 2025-06-27 | true",   // Q2 has 91 days: day 88 is Jun 27
      "quarterly 88 92                 | 2025-06-26 | false",  // the day before
      "quarterly 88 92                 | 2025-09-25 | false",  // Q3 has 92 days: day 87 is Sep 25
      "quarterly 88 92                 | 2025-09-26 | true",   // and day 88 Sep 26
      "quarterly 88 92                 | 2025-12-27 | true",   // Q4 day 88
      "quarterly 88 92                 | 2025-12-26 | false",  // Q4 day 87
      "quarterly 88 92                 | 2026-01-01 | false",  // the next quarter starts free
      "quarterly 91 91                 | 2025-03-31 | true",   // day 91 of a 90-day quarter is its last
      "quarterly 91 91                 | 2025-09-29 | true",   // day 91 of a 92-day quarter
      "quarterly 91 91                 | 2025-09-30 | false",  // is not its last day
      "quarterly 85 5                  | 2025-03-25 | false",  // wraps: day 84 of Q1
      "quarterly 85 5                  | 2025-03-26 | true",   // day 85 of Q1
      "quarterly 85 5                  | 2025-04-05 | true",   // day 5 of Q2
      "quarterly 85 5                  | 2025-04-06 | false",  // day 6 of Q2
      "quarterly 85 5                  | 2026-01-03 | true",   // across the year end
      "lastDaysOfQuarter 5             | 2026-03-26 | false",  // six days before the end of Q1
      "lastDaysOfQuarter 5             | 2026-03-27 | true",   // the last five of Q1
      "lastDaysOfQuarter 5             | 2026-03-31 | true",   // its last day
      "lastDaysOfQuarter 5             | 2026-04-01 | false",  // Q2 starts free
      "lastDaysOfQuarter 5             | 2026-06-25 | false",  // Q2 ends on the 30th
      "lastDaysOfQuarter 5             | 2026-06-26 | true",   // so its last five start on the 26th
      "lastDaysOfQuarter 5             | 2026-09-26 | true",   // Q3
      "lastDaysOfQuarter 5             | 2026-12-27 | true",   // Q4
      "lastDaysOfQuarter 5             | 2026-12-26 | false",  // Q4, six days before its end
      "lastDaysOfQuarter 91            | 2025-01-01 | true",   // a 90-day Q1 is covered whole
      "lastDaysOfQuarter 91            | 2024-01-01 | true",   // a 91-day Q1 too
      "lastDaysOfQuarter 91            | 2025-07-01 | false",  // but a 92-day Q3 keeps its first day
      "lastDaysOfQuarter 91            | 2025-07-02 | true",   // and covers the rest
      "monthly 28 31                   | 2025-02-27 | false",  // before the 28th
      "monthly 28 31                   | 2025-02-28 | true",   // a 28-day month
      "monthly 28 31                   | 2024-02-29 | true",   // a 29-day month
      "monthly 28 31                   | 2025-04-30 | true",   // a 30-day month
      "monthly 28 31                   | 2025-05-31 | true",   // a 31-day month
      "monthly 28 31                   | 2025-06-01 | false",  // the next month starts free
      "monthly 30 31                   | 2025-02-28 | true",   // day 30 is the last day of February
      "monthly 30 31                   | 2025-02-27 | false",  // and only that
      "monthly 30 31                   | 2024-02-28 | false",  // in a leap year the last is the 29th
      "monthly 30 31                   | 2024-02-29 | true",   // the 29th
      "monthly 31 31                   | 2025-04-30 | true",   // the 31st of April is the 30th
      "monthly 31 31                   | 2025-04-29 | false",  // the 29th of April
      "monthly 28 3                    | 2025-01-31 | true",   // wraps: January's occurrence
      "monthly 28 3                    | 2025-02-03 | true",   // ends on Feb 3
      "monthly 28 3                    | 2025-02-04 | false",  // the gap
      "monthly 28 3                    | 2025-02-27 | false",  // the gap
      "monthly 28 3                    | 2025-02-28 | true",   // February's occurrence
      "monthly 28 3                    | 2025-03-03 | true",   // ends on Mar 3
      "monthly 28 3                    | 2025-03-04 | false",  // the gap
      "monthly 28 3                    | 2026-01-02 | true",   // across the year end
      "lastDaysOfMonth 3               | 2025-02-25 | false",  // 28-day month
      "lastDaysOfMonth 3               | 2025-02-26 | true",   // its last three days
      "lastDaysOfMonth 3               | 2024-02-26 | false",  // 29-day month
      "lastDaysOfMonth 3               | 2024-02-27 | true",   // its last three days
      "lastDaysOfMonth 3               | 2025-04-28 | true",   // 30-day month
      "lastDaysOfMonth 3               | 2025-12-29 | true",   // 31-day month
      "lastDaysOfMonth 3               | 2025-12-28 | false",  // its fourth last day
      "monthly 1 5 from 2026-03-03     | 2026-03-02 | false",  // before the bound, in an occurrence
      "monthly 1 5 from 2026-03-03     | 2026-03-03 | true",   // the bound itself
      "monthly 1 5 until 2026-05-02    | 2026-05-02 | true",   // the upper bound itself
      "monthly 1 5 until 2026-05-02    | 2026-05-03 | false",  // after it, in an occurrence
      "monthly 1 5 until 2026-05-02    | 1970-01-01 | true",   // long before it
      "between 2026-01-01 2026-01-05   | 2025-12-31 | false",  // before the range
      "between 2026-01-01 2026-01-05   | 2026-01-01 | true",   // its first date
      "between 2026-01-01 2026-01-05   | 2026-01-05 | true",   // its last date, included
      "between 2026-01-01 2026-01-05   | 2026-01-06 | false",  // after it
      "on 2026-01-01                   | 2026-01-01 | true",   // the date
      "on 2026-01-01                   | 2027-01-01 | false",  // not every year
  })
  void contains_table(String spec, LocalDate date, boolean covered) {
    assertThat(dates(spec).contains(date)).isEqualTo(covered);
  }

  @ParameterizedTest(name = "{0} around {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      // spec                          | date       | run (inclusive) or none
      "yearly 12-24 01-02               | 2026-12-31 | 2026-12-24 2027-01-02",  // across the year end
      "yearly 12-24 01-02               | 2027-01-02 | 2026-12-24 2027-01-02",  // from its last day
      "yearly 12-24 01-02               | 2027-01-03 | none",                   // not covered
      "yearly 02-29 02-29               | 2024-02-29 | 2024-02-29 2024-02-29",  // a single day
      "monthly 1 30                     | 2025-04-15 | 2025-04-01 2025-05-30",  // April is whole, so May joins
      "monthly 1 30                     | 2025-05-30 | 2025-04-01 2025-05-30",  // from the other end
      "monthly 1 30                     | 2025-02-10 | 2025-02-01 2025-03-30",  // February is whole too
      "monthly 1 30                     | 2025-01-10 | 2025-01-01 2025-01-30",  // December keeps its 31st
      "monthly 31 29                    | 2025-02-10 | 2025-01-31 2025-03-29",  // overlapping at Feb 28
      "monthly 31 29                    | 2025-04-29 | 2025-03-31 2025-05-29",  // touching at Apr 29-30
      "lastDaysOfQuarter 91             | 2025-03-01 | 2024-10-02 2025-06-30",  // Q4 from day 2, Q1, Q2 whole
      "lastDaysOfQuarter 5              | 2026-12-29 | 2026-12-27 2026-12-31",  // one quarter end
      "quarterly 1 91                   | 2024-05-01 | 2024-01-01 2024-09-29",  // Q1, Q2 whole, Q3 but its last day
      "yearly 03-01 02-28               | 2025-06-01 | 2024-03-01 2028-02-28",  // only leap days are free
      "yearly 03-01 02-28               | 2100-06-01 | 2096-03-01 2104-02-28",  // eight years around 2100
      "yearly 12-24 01-02 until 2026-12-31 | 2026-12-25 | 2026-12-24 2026-12-31",  // cut at the bound
      "yearly 12-24 01-02 from 2026-12-26  | 2026-12-30 | 2026-12-26 2027-01-02",  // cut at the bound
      "between 2026-01-01 2026-01-05    | 2026-01-03 | 2026-01-01 2026-01-05",  // the range itself
      "on 2026-01-01                    | 2026-01-01 | 2026-01-01 2026-01-01",  // one date
  })
  void rangeContaining_table(String spec, LocalDate date, String run) {
    if (run.equals("none")) {
      assertThat(dates(spec).rangeContaining(date)).isEmpty();
    } else {
      String[] ends = run.split(" ");
      assertThat(dates(spec).rangeContaining(date))
          .contains(LocalDateRange.ofClosed(LocalDate.parse(ends[0]), LocalDate.parse(ends[1])));
    }
  }

  @ParameterizedTest(name = "{0} from {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      // spec                        | from       | next uncovered
      "yearly 12-24 01-02             | 2026-12-24 | 2027-01-03",  // the freeze ends after Jan 2
      "yearly 12-24 01-02             | 2026-12-23 | 2026-12-23",  // a free date is its own answer
      "lastDaysOfQuarter 5            | 2026-03-27 | 2026-04-01",  // Q1 close
      "lastDaysOfQuarter 5            | 2026-09-30 | 2026-10-01",  // Q3 close
      "lastDaysOfQuarter 5            | 2026-12-31 | 2027-01-01",  // across the year end
      "monthly 1 30                   | 2025-04-01 | 2025-05-31",  // two months joined
      "monthly 28 3                   | 2025-02-28 | 2025-03-04",  // wrapping month
      "lastDaysOfMonth 3              | 2024-02-27 | 2024-03-01",  // leap February
      "quarterly 85 5                 | 2025-12-30 | 2026-01-06",  // wrapping quarter, year end
      "yearly 03-01 02-28             | 2097-01-01 | 2104-02-29",  // only the leap day of 2104
      "between 2026-01-01 2026-01-05  | 2026-01-03 | 2026-01-06",  // the range
      "monthly 1 5 until 2026-05-02   | 2026-05-01 | 2026-05-03",  // the bound cuts the occurrence
  })
  void nextUncovered_table(String spec, LocalDate from, LocalDate expected) {
    assertThat(dates(spec).nextUncovered(from)).isEqualTo(expected);
  }

  @Test
  void seed_yearEndFreeze() {
    // "Dec 24 - Jan 2 every year": ten days, year after year.
    BlackoutDates freeze = BlackoutDates.yearly(MonthDay.of(12, 24), MonthDay.of(1, 2));
    for (int year = 1999; year <= 2101; year++) {
      LocalDate first = LocalDate.of(year, 12, 24);
      assertThat(freeze.rangeContaining(first)).contains(LocalDateRange.ofClosed(first, LocalDate.of(year + 1, 1, 2)));
      assertThat(freeze.contains(first.minusDays(1))).isFalse();
      assertThat(freeze.nextUncovered(first)).isEqualTo(LocalDate.of(year + 1, 1, 3));
    }
    assertThat(freeze).hasToString("Dec 24 – Jan 2 every year");
  }

  @Test
  void seed_lastFiveDaysOfEveryQuarter() {
    BlackoutDates close = BlackoutDates.lastDaysOfQuarter(5);
    List<LocalDate> firstDays = List.of(LocalDate.of(2024, 3, 27), LocalDate.of(2024, 6, 26),
        LocalDate.of(2024, 9, 26), LocalDate.of(2024, 12, 27), LocalDate.of(2025, 3, 27));
    for (LocalDate first : firstDays) {
      assertThat(close.rangeContaining(first)).contains(LocalDateRange.ofClosed(first, first.plusDays(4)));
      assertThat(close.contains(first.minusDays(1))).isFalse();
      assertThat(close.nextUncovered(first.plusDays(2))).isEqualTo(first.plusDays(5));
    }
    assertThat(close).hasToString("the last 5 days of every quarter");
  }

  @Test
  void extremeDates_doNotOverflow() {
    BlackoutDates freeze = BlackoutDates.yearly(MonthDay.of(12, 24), MonthDay.of(1, 2));
    assertThat(freeze.contains(LocalDate.MAX)).isTrue();
    assertThat(freeze.contains(LocalDate.MIN)).isTrue();
    assertThat(freeze.rangeContaining(LocalDate.MIN))
        .contains(LocalDateRange.ofClosed(LocalDate.MIN, LocalDate.of(-999_999_999, 1, 2)));
    assertThat(freeze.rangeContaining(LocalDate.MAX).map(LocalDateRange::getStart))
        .contains(LocalDate.of(999_999_999, 12, 24));
    assertThat(freeze.nextUncovered(LocalDate.MIN)).isEqualTo(LocalDate.of(-999_999_999, 1, 3));
    assertThat(BlackoutDates.lastDaysOfMonth(3).nextUncovered(LocalDate.MIN)).isEqualTo(LocalDate.MIN);
  }

  @Test
  void nextUncovered_everyDateToMaxCovered() {
    assertThatThrownBy(() -> BlackoutDates.lastDaysOfMonth(3).nextUncovered(LocalDate.MAX.minusDays(1)))
        .isInstanceOf(DateTimeException.class).hasMessageContaining("Every date from");
  }

  @Test
  void of_localDateRange() {
    LocalDate first = LocalDate.of(2026, 12, 24);
    assertThat(BlackoutDates.of(LocalDateRange.of(first, LocalDate.of(2027, 1, 3))))
        .isEqualTo(BlackoutDates.between(first, LocalDate.of(2027, 1, 2)));
    assertThat(BlackoutDates.of(LocalDateRange.ofUnboundedStart(first)).contains(LocalDate.MIN)).isTrue();
    assertThat(BlackoutDates.of(LocalDateRange.ofUnboundedStart(first)).nextUncovered(LocalDate.MIN)).isEqualTo(first);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // spec                                     | text
      "yearly 12-24 01-02                          | Dec 24 – Jan 2 every year",                // the seed's freeze
      "yearly 07-04 07-04                          | Jul 4 every year",                         // one day
      "lastDaysOfQuarter 5                         | the last 5 days of every quarter",         // the seed's close
      "lastDaysOfQuarter 1                         | the last day of every quarter",            // singular
      "quarterly 1 10                              | days 1 – 10 of every quarter",             // from the start
      "quarterly 85 5                              | day 85 of every quarter – day 5 of the next",  // wrapping
      "monthly 15 15                               | day 15 of every month",                    // one day
      "monthly 28 3                                | day 28 of every month – day 3 of the next",    // wrapping
      "lastDaysOfMonth 3                           | the last 3 days of every month",           // from the end
      "monthly 1 5 from 2026-01-01                 | days 1 – 5 of every month, from 2026-01-01",  // lower bound
      "monthly 1 5 until 2026-12-31                | days 1 – 5 of every month, until 2026-12-31",  // upper bound
      "monthly 1 5 from 2026-01-01 until 2026-12-31 | days 1 – 5 of every month, from 2026-01-01 until 2026-12-31",  // both
      "between 2026-12-24 2027-01-02               | 2026-12-24 – 2027-01-02",                  // a range
      "on 2026-12-25                               | 2026-12-25",                               // a date
  })
  void toString_table(String spec, String text) {
    assertThat(dates(spec)).hasToString(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // spec                    | keyword of the message
      "monthly 1 31              | covers every date; nothing would ever be allowed",  // every day of every month
      "monthly 16 15             | covers every date",          // wraps onto itself
      "lastDaysOfMonth 31        | covers every date",          // every month whole
      "quarterly 1 92            | covers every date",          // every quarter whole
      "quarterly 50 49           | covers every date",          // wraps onto itself
      "lastDaysOfQuarter 92      | covers every date",          // every quarter whole
      "yearly 01-01 12-31        | covers every date",          // every year whole
      "yearly 03-01 02-29        | covers every date",          // wraps onto itself in every year
      "yearly 02-29 02-28        | covers every date",          // wraps onto itself in every year
      "monthly 0 5               | firstDay (valid values 1 - 31): 0",          // below range
      "monthly 1 32              | lastDay (valid values 1 - 31): 32",          // above range
      "quarterly 93 1            | firstDayOfQuarter (valid values 1 - 92): 93",  // above range
      "quarterly 1 0             | lastDayOfQuarter (valid values 1 - 92): 0",  // below range
      "lastDaysOfQuarter 0       | days (valid values 1 - 92): 0",              // no day
      "lastDaysOfMonth 32        | days (valid values 1 - 31): 32",             // above range
      "between 2026-01-05 2026-01-01 | lastInclusive 2026-01-01 is before firstInclusive 2026-01-05",  // reversed
      "between 2026-01-01 +999999999-12-31 | covers every date from 2026-01-01 on",  // never ends
      "monthly 1 5 until 2026-01-01 from 2026-02-01 | from 2026-02-01 is after until 2026-01-01",  // crossed
      "monthly 1 5 from 2026-02-01 until 2026-01-01 | until 2026-01-01 is before from 2026-02-01",  // crossed
  })
  void factories_badInput(String spec, String keyword) {
    assertThatThrownBy(() -> dates(spec)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(keyword);
  }

  @Test
  void of_badRange() {
    LocalDate date = LocalDate.of(2026, 1, 1);
    assertThatThrownBy(() -> BlackoutDates.of(LocalDateRange.ofEmpty(date)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is empty");
    assertThatThrownBy(() -> BlackoutDates.of(LocalDateRange.ofUnboundedEnd(date)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no end");
  }

  @Test
  void from_onFixedRange() {
    BlackoutDates range = BlackoutDates.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 5));
    assertThatThrownBy(() -> range.from(LocalDate.of(2026, 1, 2)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("recurring");
    assertThatThrownBy(() -> range.until(LocalDate.of(2026, 1, 2)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("recurring");
  }

  @Test
  void from_replacesEarlierBound() {
    BlackoutDates monthly = BlackoutDates.monthly(1, 5);
    assertThat(monthly.from(LocalDate.of(2026, 1, 1)).from(LocalDate.of(2025, 1, 1)))
        .isEqualTo(monthly.from(LocalDate.of(2025, 1, 1)));
    assertThat(monthly.until(LocalDate.of(2026, 1, 1)).until(LocalDate.of(2027, 1, 1)).contains(LocalDate.of(2026, 6, 1)))
        .isTrue();
  }

  @Test
  void equals_byValue() {
    LocalDate date = LocalDate.of(2026, 12, 25);
    LocalDate bound = LocalDate.of(2026, 1, 1);
    new EqualsTester()
        .addEqualityGroup(BlackoutDates.on(date), BlackoutDates.between(date, date),
            BlackoutDates.of(LocalDateRange.ofClosed(date, date)))
        .addEqualityGroup(BlackoutDates.between(date, date.plusDays(1)))
        .addEqualityGroup(BlackoutDates.yearly(MonthDay.of(12, 24), MonthDay.of(1, 2)),
            BlackoutDates.yearly(MonthDay.of(12, 24), MonthDay.of(1, 2)))
        .addEqualityGroup(BlackoutDates.yearly(MonthDay.of(12, 24), MonthDay.of(1, 3)))
        .addEqualityGroup(BlackoutDates.quarterly(1, 5))
        .addEqualityGroup(BlackoutDates.monthly(1, 5), BlackoutDates.monthly(1, 5).from(LocalDate.MIN))
        .addEqualityGroup(BlackoutDates.lastDaysOfMonth(5))
        .addEqualityGroup(BlackoutDates.lastDaysOfQuarter(5))
        .addEqualityGroup(BlackoutDates.monthly(1, 5).from(bound))
        .addEqualityGroup(BlackoutDates.monthly(1, 5).from(bound).until(date),
            BlackoutDates.monthly(1, 5).until(date).from(bound))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(LocalDate.class, LocalDate.of(2026, 1, 1))
        .setDefault(MonthDay.class, MonthDay.of(12, 24))
        .setDefault(LocalDateRange.class, LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)));
    tester.testAllPublicStaticMethods(BlackoutDates.class);
    tester.testAllPublicInstanceMethods(BlackoutDates.monthly(1, 5));
    tester.testAllPublicInstanceMethods(BlackoutDates.on(LocalDate.of(2026, 1, 1)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // spec                                          | kind      | range                 | month-days  | first, last day | last days | from       | until
      "on 2026-12-25                                   | RANGE     | 2026-12-25/2026-12-26 |             |                 |           |            |",
      "between 2026-12-24 2027-01-02                   | RANGE     | 2026-12-24/2027-01-03 |             |                 |           |            |",
      // a yearly range crossing the year end keeps its first day after its last
      "yearly 12-24 01-02                              | YEARLY    |                       | 12-24 01-02 |                 |           |            |",
      "yearly 02-29 02-29 from 2024-01-01              | YEARLY    |                       | 02-29 02-29 |                 |           | 2024-01-01 |",
      "quarterly 85 5 until 2030-12-31                 | QUARTERLY |                       |             | 85 5            |           |            | 2030-12-31",
      "lastDaysOfQuarter 5                             | QUARTERLY |                       |             |                 | 5         |            |",
      "monthly 1 3 from 2026-01-01 until 2026-06-30    | MONTHLY   |                       |             | 1 3             |           | 2026-01-01 | 2026-06-30",
      // one day at the end of each month
      "lastDaysOfMonth 1                               | MONTHLY   |                       |             |                 | 1         |            |",
  })
  void accessors_giveTheParts(String spec, BlackoutDates.Kind kind, String range, String monthDays,
      String days, String lastDays, String from, String until) {
    BlackoutDates dates = dates(spec);
    assertThat(dates.kind()).isEqualTo(kind);
    assertThat(dates.range()).isEqualTo(java.util.Optional.ofNullable(range).map(LocalDateRange::parse));
    assertThat(dates.firstMonthDay()).isEqualTo(java.util.Optional.ofNullable(monthDays)
        .map(t -> MonthDay.parse("--" + t.split(" ")[0])));
    assertThat(dates.lastMonthDay()).isEqualTo(java.util.Optional.ofNullable(monthDays)
        .map(t -> MonthDay.parse("--" + t.split(" ")[1])));
    assertThat(dates.firstDayOfPeriod()).isEqualTo(days == null
        ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(Integer.parseInt(days.split(" ")[0])));
    assertThat(dates.lastDayOfPeriod()).isEqualTo(days == null
        ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(Integer.parseInt(days.split(" ")[1])));
    assertThat(dates.lastDaysOfPeriod()).isEqualTo(lastDays == null
        ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(Integer.parseInt(lastDays)));
    assertThat(dates.validFrom()).isEqualTo(java.util.Optional.ofNullable(from).map(LocalDate::parse));
    assertThat(dates.validUntil()).isEqualTo(java.util.Optional.ofNullable(until).map(LocalDate::parse));
  }
}
