package org.sendtime.rules;

import static java.time.DayOfWeek.MONDAY;
import static java.time.Month.JANUARY;
import static java.time.Month.MAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendtime.rules.PolicyDsl.*;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtime.calendar.Blackout;
import org.sendtime.calendar.BlackoutAction;
import org.sendtime.calendar.BlackoutDates;
import org.sendtime.calendar.BlackoutScope;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.calendar.HolidayRule;
import org.sendtime.policy.Schedule;
import org.sendtime.recurrence.Anniversary;
import org.sendtime.recurrence.CronDialect;
import org.sendtime.recurrence.CronExpression;
import org.sendtime.recurrence.InvalidRuleException;
import org.sendtime.recurrence.RecurrenceSet;
import org.sendtime.recurrence.SimplePattern;
import org.sendtime.time.DstPolicy;

class PolicyDslTest {
  // Blackouts

  @Test
  void on_isOneDate() {
    assertThat(on("Launch", "2026-09-01").toBlackout())
        .isEqualTo(Blackout.of("Launch", BlackoutDates.on(LocalDate.of(2026, 9, 1))))
        .isEqualTo(on("Launch", LocalDate.of(2026, 9, 1)).toBlackout());
  }

  @Test
  void between_isARange() {
    assertThat(between("Migration", "2026-11-20", "2026-11-23").toBlackout()).isEqualTo(
        Blackout.of("Migration", BlackoutDates.between(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 23))));
  }

  @Test
  void yearly_withBoundsActionAndScope() {
    Blackout expected = Blackout.of("freeze", BlackoutDates.yearly(MonthDay.of(12, 24), MonthDay.of(1, 2))
            .from(LocalDate.of(2025, 1, 1)).until(LocalDate.of(2030, 12, 31)))
        .withAction(BlackoutAction.SKIP)
        .withScope(BlackoutScope.campaigns(List.of("promo")));

    assertThat(yearly("freeze", "12-24", "01-02").skip().campaigns("promo").from("2025-01-01").until("2030-12-31")
        .toBlackout()).isEqualTo(expected);
    assertThat(yearly("freeze", MonthDay.of(12, 24), MonthDay.of(1, 2)).from(LocalDate.of(2025, 1, 1))
        .until(LocalDate.of(2030, 12, 31)).skip().campaigns("promo")).isEqualTo(yearly("freeze", "12-24", "01-02")
        .skip().campaigns("promo").from("2025-01-01").until("2030-12-31"));
  }

  @Test
  void quarterlyAndMonthly_kinds() {
    assertThat(quarterly("q", 1, 5).toBlackout().dates()).isEqualTo(BlackoutDates.quarterly(1, 5));
    assertThat(lastDaysOfQuarter("q", 5).toBlackout().dates()).isEqualTo(BlackoutDates.lastDaysOfQuarter(5));
    assertThat(monthly("m", 28, 3).toBlackout().dates()).isEqualTo(BlackoutDates.monthly(28, 3));
    assertThat(lastDaysOfMonth("m", 3).toBlackout().dates()).isEqualTo(BlackoutDates.lastDaysOfMonth(3));
  }

  @Test
  void locations_replaceCampaigns() {
    assertThat(monthly("m", 1, 2).campaigns("promo").locations("store-12").delay().toBlackout().scope())
        .isEqualTo(BlackoutScope.locations(List.of("store-12")));
    assertThat(on("d", "2026-01-01").campaigns("promo").locations("store-12").skip().toBlackout())
        .isEqualTo(Blackout.of("d", BlackoutDates.on(LocalDate.of(2026, 1, 1)))
            .withScope(BlackoutScope.locations(List.of("store-12"))).withAction(BlackoutAction.SKIP));
  }

  @Test
  void yearly_badMonthDay() {
    assertThatThrownBy(() -> yearly("freeze", "12-4", "01-02")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blackout 'freeze' first").hasMessageContaining("\"12-4\"");
    assertThatThrownBy(() -> yearly("freeze", "12-24", "02-30")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blackout 'freeze' last");
  }

  @Test
  void yearly_everyDay() {
    assertThatThrownBy(() -> yearly("all", "01-01", "12-31")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'all'").hasMessageContaining("every date");
  }

  @Test
  void between_badOrderAndBadDate() {
    assertThatThrownBy(() -> between("m", "2026-11-23", "2026-11-20")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'m'");
    assertThatThrownBy(() -> on("m", "2026-13-01")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blackout 'm' date");
  }

  @Test
  void quarterly_dayOutOfRange() {
    assertThatThrownBy(() -> quarterly("q", 0, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("firstDayOfQuarter");
  }

  @Test
  void blackout_blankName() {
    assertThatThrownBy(() -> monthly(" ", 1, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blackout name");
  }

  @Test
  void until_beforeFrom() {
    assertThatThrownBy(() -> monthly("m", 1, 2).from("2026-01-01").until("2025-01-01"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'m'").hasMessageContaining("until");
    assertThatThrownBy(() -> monthly("m", 1, 2).from("soon")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blackout 'm' from");
  }

  @Test
  void campaigns_noneOrBlank() {
    assertThatThrownBy(() -> monthly("m", 1, 2).campaigns()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("campaigns");
    assertThatThrownBy(() -> on("d", "2026-01-01").locations("a", " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("locations");
  }

  @Test
  void blackoutSpecs_equalByBlackout() {
    assertThat(on("d", "2026-01-01")).isEqualTo(on("d", "2026-01-01")).hasSameHashCodeAs(on("d", "2026-01-01"))
        .isNotEqualTo(on("d", "2026-01-02"));
    assertThat(monthly("m", 1, 2)).isEqualTo(monthly("m", 1, 2)).hasSameHashCodeAs(monthly("m", 1, 2))
        .isNotEqualTo(monthly("m", 1, 3));
    assertThat(monthly("m", 1, 2).toString()).contains("m");
  }

  // Holidays

  @Test
  void holidays_rulesAndCalendars() {
    assertThat(fixedHoliday("Founders Day", "03-15")).isEqualTo(HolidayRule.fixed("Founders Day", java.time.Month.MARCH, 15))
        .isEqualTo(fixedHoliday("Founders Day", java.time.Month.MARCH, 15));
    assertThat(nthWeekdayHoliday("MLK", 3, MONDAY, JANUARY)).isEqualTo(HolidayRule.nthWeekday("MLK", 3, MONDAY, JANUARY));
    assertThat(lastWeekdayHoliday("Memorial", MONDAY, MAY)).isEqualTo(HolidayRule.lastWeekday("Memorial", MONDAY, MAY));
    assertThat(easterHoliday("Good Friday", -2)).isEqualTo(HolidayRule.easter("Good Friday", -2));
    HolidayCalendar company = calendar("Company", easterHoliday("Good Friday", -2));
    assertThat(company).isEqualTo(HolidayCalendar.of("Company", List.of(HolidayRule.easter("Good Friday", -2))));
    assertThat(union("Both", US_FEDERAL, company))
        .isEqualTo(HolidayCalendar.union("Both", List.of(HolidayCalendar.usFederal(), company)));
    assertThat(NO_HOLIDAYS).isEqualTo(HolidayCalendar.none());
  }

  @Test
  void fixedHoliday_badMonthDay() {
    assertThatThrownBy(() -> fixedHoliday("Founders Day", "3-15")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holiday 'Founders Day' date");
  }

  // Schedules

  @Test
  void schedules_equalTheirCoreForms() {
    assertThat(immediate()).isEqualTo(PolicySchedule.of(Schedule.immediate()));
    assertThat(at("2026-12-01T14:00:00Z")).isEqualTo(PolicySchedule.of(Schedule.at(Instant.parse("2026-12-01T14:00:00Z"))));
    assertThat(atLocal("2026-12-01T09:00"))
        .isEqualTo(PolicySchedule.of(Schedule.atLocal(LocalDateTime.of(2026, 12, 1, 9, 0))));
    String rule = "DTSTART:20260105T090000\nRRULE:FREQ=DAILY";
    assertThat(rrule(rule)).isEqualTo(recurring(RecurrenceSet.parse(rule)))
        .isEqualTo(PolicySchedule.of(Schedule.recurring(RecurrenceSet.parse(rule))));
    assertThat(cron("0 9 * * 1-5", CronDialect.UNIX, "America/New_York", DstPolicy.SKIP)).isEqualTo(cron(
        CronExpression.parse("0 9 * * 1-5", CronDialect.UNIX).atZone(ZoneId.of("America/New_York"), DstPolicy.SKIP)));
    assertThat(cron("0 9 * * 1-5", CronDialect.UNIX, "UTC")).isEqualTo(cron(
        CronExpression.parse("0 9 * * 1-5", CronDialect.UNIX).atZone(ZoneId.of("UTC"))));
    assertThat(cron("0 9 * * 1-5", CronDialect.UNIX))
        .isEqualTo(cron(CronExpression.parse("0 9 * * 1-5", CronDialect.UNIX).floating()));
    assertThat(cron("0 9 * * 1-5", CronDialect.UNIX, DstPolicy.SKIP))
        .isEqualTo(cron(CronExpression.parse("0 9 * * 1-5", CronDialect.UNIX).floating().withPolicy(DstPolicy.SKIP)));
    assertThat(anniversary(Anniversary.monthly(31)))
        .isEqualTo(PolicySchedule.of(Schedule.recurring(Anniversary.monthly(31))));
    assertThat(optimized()).isEqualTo(PolicySchedule.optimized());
  }

  @Test
  void pattern_isItsRecurrenceSet() {
    SimplePattern weekly = SimplePattern.weekly().daysOfWeek(DayOfWeek.MONDAY).build();
    LocalDateTime start = LocalDateTime.of(2026, 1, 5, 9, 0);

    assertThat(pattern(weekly, start)).isEqualTo(recurring(weekly.toRecurrenceSet(start, null)));
    assertThat(pattern(weekly, start, ZoneId.of("Europe/Paris")))
        .isEqualTo(recurring(weekly.toRecurrenceSet(start, ZoneId.of("Europe/Paris"))));
  }

  @Test
  void schedules_badText() {
    assertThatThrownBy(() -> at("2026-12-01 14:00")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schedule at");
    assertThatThrownBy(() -> atLocal("tomorrow")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schedule atLocal");
    assertThatThrownBy(() -> cron("0 9 * * 1-5", CronDialect.UNIX, "Mars/Olympus"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cron zone");
    assertThatThrownBy(() -> cron("61 9 * * *", CronDialect.UNIX)).isInstanceOf(InvalidRuleException.class)
        .hasMessageContaining("minute");
    assertThatThrownBy(() -> rrule("RRULE:FREQ=SOMETIMES")).isInstanceOf(InvalidRuleException.class)
        .hasMessageContaining("FREQ");
  }

  @Test
  void on_theFirstDateThereIs() {
    assertThatThrownBy(() -> on("Big bang", LocalDate.MIN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Big bang").hasMessageContaining("the first date there is");
  }

  @Test
  void on_yearsBeyondFourDigits() {
    assertThat(on("far", "+10000-01-01").toBlackout().dates()).isEqualTo(BlackoutDates.on(LocalDate.of(10_000, 1, 1)));
    assertThat(on("early", "-0001-12-31").toBlackout().dates()).isEqualTo(BlackoutDates.on(LocalDate.of(-1, 12, 31)));
    assertThatThrownBy(() -> on("far", "10000-01-01")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blackout 'far' date");
  }

  @Test
  void anniversary_beyondTheLastYear() {
    Anniversary late = Anniversary.yearly(MonthDay.of(12, 31)).startingFrom(LocalDate.MAX).daysAfter(3);
    assertThatThrownBy(() -> anniversary(late)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("anniversary").hasMessageContaining("beyond the years there are");
  }
}
