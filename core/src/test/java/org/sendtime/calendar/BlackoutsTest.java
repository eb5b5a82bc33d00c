package org.sendtime.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlackoutsTest {
  private static final Blackout FREEZE =
      Blackout.of("year-end freeze", BlackoutDates.yearly(MonthDay.of(12, 24), MonthDay.of(1, 2)));
  private static final Blackout CLOSE = Blackout.of("quarter close", BlackoutDates.lastDaysOfQuarter(5));
  private static final Blackout NY_OFFSITE = Blackout.of("NY offsite", BlackoutDates.monthly(1, 3))
      .withScope(BlackoutScope.locations(List.of("US-NY")))
      .withAction(BlackoutAction.SKIP);
  private static final Blackout LAUNCH = Blackout.of("launch week",
          BlackoutDates.between(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 8)))
      .withScope(BlackoutScope.campaigns(List.of("spring-sale")));

  /** Builds blackouts from specs of {@link BlackoutDatesTest#dates}, separated by semicolons. */
  private static List<Blackout> blackouts(String specs) {
    List<Blackout> blackouts = new ArrayList<>();
    for (String spec : specs.split(";")) {
      blackouts.add(Blackout.of(spec.trim(), BlackoutDatesTest.dates(spec)));
    }
    return blackouts;
  }

  @ParameterizedTest(name = "{0} from {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      // blackouts                                        | from       | next available
      "yearly 12-24 01-02                                 | 2026-12-24 | 2027-01-03",  // the freeze alone
      "yearly 12-24 01-02                                 | 2026-12-23 | 2026-12-23",  // a free date
      "lastDaysOfQuarter 5; yearly 01-01 01-02            | 2026-12-28 | 2027-01-03",  // one run into the next
      "yearly 01-01 01-02; lastDaysOfQuarter 5            | 2026-12-28 | 2027-01-03",  // in either order
      "monthly 1 3; monthly 4 6; monthly 7 9              | 2026-03-01 | 2026-03-10",  // a chain of three
      "monthly 7 9; monthly 4 6; monthly 1 3              | 2026-03-01 | 2026-03-10",  // backwards
      "on 2026-05-04; between 2026-05-05 2026-05-08; on 2026-05-09 | 2026-05-04 | 2026-05-10",  // adjacent dates
      "yearly 03-01 02-28                                 | 2025-06-01 | 2028-02-29",  // only leap days free
      "yearly 03-01 02-28; monthly 1 10                   | 2025-06-01 | 2028-02-29",  // which a monthly one leaves free
  })
  void nextAvailableDate_table(String specs, LocalDate from, LocalDate expected) {
    assertThat(Blackouts.nextAvailableDate(from, blackouts(specs))).contains(expected);
  }

  @ParameterizedTest(name = "{0} from {1}")
  @CsvSource(delimiter = '|', value = {
      // blackouts that together cover every date                   | from
      "yearly 01-01 06-30; yearly 07-01 12-31                         | 2026-03-01",  // two halves of a year
      "yearly 03-01 02-28; yearly 02-29 02-29                         | 2026-03-01",  // the leap day completes it
      "monthly 1 15; monthly 16 31                                    | 2026-03-01",  // two halves of a month
      "lastDaysOfMonth 30; monthly 1 1                                | 1970-01-01",  // day 1 and the rest
      "yearly 03-01 02-28; monthly 20 10                              | 2025-06-01",  // the leap day is in a monthly run
      "monthly 1 15 until 2030-01-01; monthly 16 31; monthly 1 20 from 2029-06-01 | 2026-03-01",  // handed over
  })
  void nextAvailableDate_everyDateCovered(String specs, LocalDate from) {
    assertThat(Blackouts.nextAvailableDate(from, blackouts(specs))).isEmpty();
    assertThat(Blackouts.extendDeadline(from, from.plusDays(3), blackouts(specs))).isEmpty();
  }

  @Test
  void nextAvailableDate_coveredUntilABound() {
    // Two halves of every month until 2400, then only the first half: free again in 2400.
    List<Blackout> blackouts = blackouts("monthly 1 15; monthly 16 31 until 2399-12-31");
    assertThat(Blackouts.nextAvailableDate(LocalDate.of(2026, 3, 1), blackouts)).contains(LocalDate.of(2400, 1, 16));
  }

  @Test
  void nextAvailableDate_noBlackouts() {
    assertThat(Blackouts.nextAvailableDate(LocalDate.MAX, List.of())).contains(LocalDate.MAX);
  }

  @Test
  void nextAvailableDate_coveredToMax() {
    List<Blackout> blackouts = blackouts("lastDaysOfMonth 3");
    assertThat(Blackouts.nextAvailableDate(LocalDate.MAX.minusDays(1), blackouts)).isEmpty();
    // Four days from December 26 need one more free day than the year 999999999 has left.
    assertThat(Blackouts.extendDeadline(LocalDate.MAX.minusDays(5), LocalDate.MAX.minusDays(2), blackouts)).isEmpty();
    assertThat(Blackouts.extendDeadline(LocalDate.MAX.minusDays(5), LocalDate.MAX.minusDays(3), blackouts))
        .contains(LocalDate.MAX.minusDays(3));
  }

  @ParameterizedTest(name = "{0}: {1} to {2} -> {3}")
  @CsvSource(delimiter = '|', value = {
      // blackouts                          | start      | deadline   | extended
      "yearly 12-24 01-02                   | 2026-12-20 | 2026-12-31 | 2027-01-10",  // the seed: 8 lost days made up
      "yearly 12-24 01-02                   | 2026-12-01 | 2026-12-10 | 2026-12-10",  // untouched span keeps its deadline
      "yearly 12-24 01-02                   | 2026-12-20 | 2026-12-23 | 2026-12-23",  // ends just before the freeze
      "yearly 12-24 01-02                   | 2026-12-20 | 2026-12-24 | 2027-01-03",  // one day lost: first free day
      "yearly 12-24 01-02                   | 2026-12-24 | 2026-12-24 | 2027-01-03",  // starts inside the freeze
      "yearly 12-24 01-02                   | 2026-12-25 | 2027-01-02 | 2027-01-11",  // lies inside the freeze
      "lastDaysOfQuarter 5                  | 2026-03-20 | 2026-03-31 | 2026-04-05",  // five days lost
      "lastDaysOfQuarter 5; monthly 1 2     | 2026-03-20 | 2026-03-31 | 2026-04-07",  // and two more on the way
      "monthly 1 30                         | 2025-04-01 | 2025-04-01 | 2025-05-31",  // the next free day is far
      "monthly 1 30                         | 2025-01-31 | 2025-02-02 | 2025-05-31",  // Jan 31, Mar 31, May 31
      "yearly 03-01 02-28                   | 2024-02-29 | 2024-03-01 | 2028-02-29",  // two leap days
      "on 2026-01-10                        | 2026-01-01 | 2026-01-20 | 2026-01-21",  // one date inside
      "on 2026-01-10                        | 2026-01-01 | 2026-01-09 | 2026-01-09",  // one date right after
  })
  void extendDeadline_table(String specs, LocalDate start, LocalDate deadline, LocalDate extended) {
    assertThat(Blackouts.extendDeadline(start, deadline, blackouts(specs))).contains(extended);
  }

  @Test
  void extendDeadline_noBlackouts() {
    LocalDate date = LocalDate.of(2026, 1, 1);
    assertThat(Blackouts.extendDeadline(date, date.plusDays(30), List.of())).contains(date.plusDays(30));
    assertThat(Blackouts.extendDeadline(LocalDate.MIN, LocalDate.MAX, List.of())).contains(LocalDate.MAX);
  }

  @Test
  void extendDeadline_pastMax() {
    assertThat(Blackouts.extendDeadline(LocalDate.MAX.minusDays(40), LocalDate.MAX, blackouts("monthly 1 2"))).isEmpty();
  }

  @Test
  void extendDeadline_startAfterDeadline() {
    assertThatThrownBy(() -> Blackouts.extendDeadline(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start 2026-01-02 is after deadline 2026-01-01");
  }

  @Test
  void applicable_keepsOrderAndFiltersByScope() {
    List<Blackout> all = List.of(FREEZE, NY_OFFSITE, CLOSE, LAUNCH);
    assertThat(Blackouts.applicable(all, "spring-sale", "US-NY")).containsExactly(FREEZE, NY_OFFSITE, CLOSE, LAUNCH);
    assertThat(Blackouts.applicable(all, "welcome", "US-NY")).containsExactly(FREEZE, NY_OFFSITE, CLOSE);
    assertThat(Blackouts.applicable(all, "spring-sale", "US-CA")).containsExactly(FREEZE, CLOSE, LAUNCH);
    assertThat(Blackouts.applicable(all, null, null)).containsExactly(FREEZE, CLOSE);
  }

  @Test
  void seed_scopedNextAvailableDate() {
    // A New York contact of the spring sale waits for the offsite and the launch week; others do not.
    List<Blackout> all = List.of(FREEZE, NY_OFFSITE, CLOSE, LAUNCH);
    LocalDate may1 = LocalDate.of(2026, 5, 1);
    assertThat(Blackouts.nextAvailableDate(may1, Blackouts.applicable(all, "spring-sale", "US-NY")))
        .contains(LocalDate.of(2026, 5, 9));
    assertThat(Blackouts.nextAvailableDate(may1, Blackouts.applicable(all, "welcome", "US-NY")))
        .contains(LocalDate.of(2026, 5, 4));
    assertThat(Blackouts.nextAvailableDate(may1, Blackouts.applicable(all, "welcome", "US-CA"))).contains(may1);
  }

  @Test
  void nullElements() {
    assertThatThrownBy(() -> Blackouts.nextAvailableDate(LocalDate.of(2026, 1, 1), Arrays.asList(FREEZE, null)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("blackouts element");
    assertThatThrownBy(() -> Blackouts.applicable(Arrays.asList(FREEZE, null), null, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("blackouts element");
  }

  @Test
  void publicMethods_rejectNulls() {
    new NullPointerTester()
        .setDefault(LocalDate.class, LocalDate.of(2026, 1, 1))
        .testAllPublicStaticMethods(Blackouts.class);
  }
}
