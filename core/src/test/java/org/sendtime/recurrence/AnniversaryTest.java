package org.sendtime.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnniversaryTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @ParameterizedTest
  @CsvSource({
      // year, FEB_28 policy, MAR_1 policy
      "2024, 2024-02-29, 2024-02-29",  // leap year: the day itself
      "2025, 2025-02-28, 2025-03-01",  // common year
      "2100, 2100-02-28, 2100-03-01",  // divisible by 100, not by 400: common
      "2000, 2000-02-29, 2000-02-29",  // divisible by 400: leap
  })
  void dateIn_leapDay(int year, LocalDate feb28, LocalDate mar1) {
    Anniversary a = Anniversary.yearly(MonthDay.of(2, 29));
    assertThat(a.dateIn(year)).isEqualTo(feb28);
    assertThat(a.withLeapDayPolicy(LeapDayPolicy.MAR_1).dateIn(year)).isEqualTo(mar1);
  }

  @Test
  void monthly_clampsToMonthEndWithoutDrifting() {
    Anniversary a = Anniversary.monthlyFrom(LocalDate.of(2024, 1, 31));
    assertThat(a.dateIn(YearMonth.of(2024, 2))).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(a.dateIn(YearMonth.of(2025, 2))).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(a.dateIn(YearMonth.of(2024, 3))).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(java.util.stream.Stream.iterate(a.nextDate(LocalDate.of(2024, 1, 30)), o -> o.isPresent(),
            o -> a.nextDate(o.get())).limit(4).map(o -> o.get().toString()))
        .containsExactly("2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30");
  }

  @Test
  void nextDate_daysBefore_acrossYearEnd() {
    // A January 5 birthday 14 days before occurs on December 22 of the year before.
    Anniversary a = Anniversary.yearly(MonthDay.of(1, 5)).daysBefore(14);
    assertThat(a.nextDate(LocalDate.of(2026, 12, 1))).contains(LocalDate.of(2026, 12, 22));
    assertThat(a.nextDate(LocalDate.of(2026, 12, 22))).contains(LocalDate.of(2027, 12, 22));
  }

  @Test
  void nextDate_leapDayBirthdayBefore() {
    Anniversary a = Anniversary.yearly(MonthDay.of(2, 29)).daysBefore(14);
    assertThat(a.nextDate(LocalDate.of(2025, 1, 1))).contains(LocalDate.of(2025, 2, 14));
    assertThat(a.nextDate(LocalDate.of(2028, 1, 1))).contains(LocalDate.of(2028, 2, 15));
  }

  @Test
  void startingFrom_skipsEarlierAnniversaries() {
    Anniversary a = Anniversary.yearlyFrom(LocalDate.of(2026, 9, 15));
    assertThat(a.nextDate(LocalDate.of(2020, 1, 1))).contains(LocalDate.of(2026, 9, 15));
  }

  @Test
  void next_zonedWithTimeOfDay() {
    Anniversary a = Anniversary.yearly(MonthDay.of(9, 15)).at(LocalTime.of(8, 30)).withZone(CHICAGO);
    assertThat(a.next(Instant.parse("2026-09-15T13:29:59Z")).map(z -> z.toOffsetDateTime().toString()))
        .contains("2026-09-15T08:30-05:00");
    assertThat(a.next(Instant.parse("2026-09-15T13:30:00Z")).map(z -> z.toOffsetDateTime().toString()))
        .contains("2027-09-15T08:30-05:00");
    assertThat(a.occurrencesAfter(Instant.parse("2026-01-01T00:00:00Z")).limit(2)
        .map(z -> z.toLocalDate().toString()).collect(Collectors.toList()))
        .containsExactly("2026-09-15", "2027-09-15");
  }

  @Test
  void next_timeInGap_movesForward() {
    Anniversary a = Anniversary.yearly(MonthDay.of(3, 8)).at(LocalTime.of(2, 30))
        .withZone(ZoneId.of("America/New_York"));
    assertThat(a.next(Instant.parse("2026-03-01T00:00:00Z")).map(z -> z.toOffsetDateTime().toString()))
        .contains("2026-03-08T03:30-04:00");
  }

  @Test
  void floating_queriesByInstantFail() {
    assertThatThrownBy(() -> Anniversary.yearly(MonthDay.of(1, 1)).next(Instant.EPOCH))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("floating");
  }

  @Test
  void invalidArguments() {
    assertThatThrownBy(() -> Anniversary.monthly(32)).hasMessageContaining("DayOfMonth");
    assertThatThrownBy(() -> Anniversary.yearly(MonthDay.of(1, 1)).daysBefore(-1)).hasMessageContaining("days before");
    assertThatThrownBy(() -> Anniversary.monthly(1).dateIn(2026)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void describe_english() {
    assertThat(Anniversary.yearly(MonthDay.of(2, 29)).daysBefore(14).at(LocalTime.of(8, 30)).withZone(CHICAGO).describe())
        .isEqualTo("14 days before February 29 every year (February 28 in common years) at 08:30 in America/Chicago");
    assertThat(Anniversary.monthly(31).describe())
        .isEqualTo("the 31st of every month (the last day in shorter months) at 00:00");
  }

  @Test
  void equals_byValue() {
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(Anniversary.yearly(MonthDay.of(9, 15)), Anniversary.yearly(MonthDay.of(9, 15)))
        .addEqualityGroup(Anniversary.yearly(MonthDay.of(9, 15)).daysBefore(1))
        .addEqualityGroup(Anniversary.monthly(15))
        .testEquals();
  }

  @Test
  void accessors_yearlyAndMonthlyParts() {
    Anniversary birthday = Anniversary.yearlyFrom(LocalDate.of(1992, 2, 29)).daysBefore(14);
    assertThat(birthday.monthDay()).contains(MonthDay.of(2, 29));
    assertThat(birthday.dayOfMonth()).isEmpty();
    assertThat(birthday.firstDate()).contains(LocalDate.of(1992, 2, 29));

    Anniversary billing = Anniversary.monthly(31);
    assertThat(billing.monthDay()).isEmpty();
    assertThat(billing.dayOfMonth()).hasValue(31);
    assertThat(billing.firstDate()).isEmpty();
  }
}
