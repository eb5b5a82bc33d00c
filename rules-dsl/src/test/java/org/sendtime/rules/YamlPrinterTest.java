package org.sendtime.rules;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.Month.JANUARY;
import static java.time.Month.MAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendtime.rules.PolicyDsl.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendtime.calendar.Holiday;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.calendar.ObservedShift;
import org.sendtime.optimize.Engagement;
import org.sendtime.optimize.HourOfWeekProfile;
import org.sendtime.optimize.SendTimeOptimizer;
import org.sendtime.policy.BlackoutDatesIn;
import org.sendtime.policy.LateSends;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;
import org.sendtime.recurrence.Anniversary;
import org.sendtime.recurrence.CronDialect;
import org.sendtime.recurrence.LeapDayPolicy;
import org.sendtime.recurrence.Recurrence;
import org.sendtime.recurrence.SimplePattern;
import org.sendtime.time.DstPolicy;

class YamlPrinterTest {
  @Test
  void print_everySetting() {
    Policy policy = Policy.named("renewals")
        .zone("America/Chicago")
        .recipientLocal()
        .fallbackZone("America/New_York")
        .quietHours("21:00", "08:00")
        .businessHours("MON-FRI 09:00-17:00; SAT 10:00-14:00")
        .weekend(SATURDAY, SUNDAY)
        .holidays(union("US federal and company", US_FEDERAL, calendar("Company",
            fixedHoliday("Founders Day", "03-15").withObserved(ObservedShift.SUNDAY_TO_MONDAY).from(2021),
            nthWeekdayHoliday("Offsite", 3, MONDAY, JANUARY).until(2030),
            lastWeekdayHoliday("Spring day", FRIDAY, MAY),
            easterHoliday("Good Friday", -2))))
        .blackoutDatesIn(BlackoutDatesIn.ORGANIZATION)
        .blackout(on("Launch", "2026-09-01"))
        .blackout(between("Migration", "2026-11-20", "2026-11-23").skip())
        .blackout(yearly("Year-end freeze", "12-24", "01-02").from("2025-01-01").until("2030-12-31"))
        .blackout(quarterly("Quarter open", 1, 5).campaigns("promo", "welcome"))
        .blackout(lastDaysOfQuarter("Quarter close", 3).locations("store-12"))
        .blackout(monthly("Billing", 28, 3))
        .blackout(lastDaysOfMonth("Month close", 2))
        .horizon("60d")
        .deliverWithin("36h")
        .deliverByAnchor(-1)
        .lateSends("1h30m", LateSends.Action.SKIP)
        .dstPolicy(DstPolicy.SKIP)
        .campaign("promo")
        .coordinationSpan("12h")
        .description("Renewal reminders")
        .schedule(cron("0 9 * * MON-FRI", CronDialect.UNIX, "America/Chicago", DstPolicy.AT_TRANSITION), "2026-01-01")
        .optimizerHalfLife("30d")
        .optimizerWeight(Engagement.Kind.CLICK, 3.0)
        .optimizerPriorStrength(2.5)
        .optimizerMinDataPoints(3)
        .optimizerFallbackTime("10:30")
        .build();

    assertThat(policy.toYaml()).isEqualTo("""
        version: 1
        name: renewals
        description: Renewal reminders
        zone: America/Chicago
        zone_strategy: recipient_local
        fallback_zone: America/New_York
        quiet_hours: "21:00-08:00"
        business_hours: "MON-FRI 09:00-17:00; SAT 10:00-14:00"
        weekend: [SAT, SUN]
        holidays:
          name: US federal and company
          union:
            - us-federal
            - name: Company
              rules:
                - name: Founders Day
                  date: "03-15"
                  observed: sunday_to_monday
                  from_year: 2021
                - name: Offsite
                  nth: {ordinal: 3, day: MON, month: JAN}
                  until_year: 2030
                - name: Spring day
                  last: {day: FRI, month: MAY}
                - name: Good Friday
                  easter: -2
        blackout_dates_in: organization
        blackouts:
          - name: Launch
            on: 2026-09-01
          - name: Migration
            between: {first: 2026-11-20, last: 2026-11-23}
            action: skip
          - name: Year-end freeze
            yearly: {first: "12-24", last: "01-02"}
            from: 2025-01-01
            until: 2030-12-31
          - name: Quarter open
            quarterly: {first_day: 1, last_day: 5}
            campaigns: [promo, welcome]
          - name: Quarter close
            last_days_of_quarter: 3
            locations: [store-12]
          - name: Billing
            monthly: {first_day: 28, last_day: 3}
          - name: Month close
            last_days_of_month: 2
        horizon: 60d
        deliver_by:
          - within: 1d12h
          - days_after_anchor: -1
        late_sends: {send_now_within: 1h30m, otherwise: skip}
        dst: skip
        campaign: promo
        coordination_span: 12h
        schedule:
          cron: {expression: "0 9 * * MON-FRI", dialect: unix, zone: America/Chicago, dst: at_transition}
          anchor: 2026-01-01
        optimizer:
          half_life: 30d
          weights: {open: 1.0, click: 3.0}
          prior_strength: 2.5
          min_data_points: 3
          fallback_time: "10:30"
        """);
  }

  @Test
  void print_defaultsLeftOut() {
    Policy policy = Policy.named("minimal").zone("UTC").build();

    assertThat(policy.toYaml()).isEqualTo("""
        version: 1
        name: minimal
        zone: UTC
        """);
  }

  @Test
  void print_defaultsGivenExplicitlyLeftOut() {
    Policy policy = Policy.named("minimal").zone("UTC").single().horizon("365d").coordinationSpan("7d")
        .dstPolicy(DstPolicy.SHIFT_FORWARD).blackoutDatesIn(BlackoutDatesIn.CONTACT_LOCAL).weekend()
        .lateSends(LateSends.nextDay()).build();

    assertThat(policy.toYaml()).isEqualTo("version: 1\nname: minimal\nzone: UTC\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schedules")
  void print_schedules(String kind, PolicySchedule schedule, String expected) {
    Policy policy = Policy.named("p").zone("UTC").schedule(schedule).build();

    assertThat(policy.toYaml()).isEqualTo("version: 1\nname: p\nzone: UTC\nschedule:\n" + expected);
  }

  static Stream<Arguments> schedules() {
    return Stream.of(
        Arguments.of("immediate", immediate(), "  immediate: true\n"),
        Arguments.of("at an instant", at("2026-12-01T14:00:00Z"), "  at: 2026-12-01T14:00:00Z\n"),
        Arguments.of("at a local time", atLocal("2026-12-01T09:00"), "  at_local: 2026-12-01T09:00\n"),
        Arguments.of("at a local time with seconds", atLocal("2026-12-01T09:00:30"),
            "  at_local: 2026-12-01T09:00:30\n"),
        Arguments.of("rrule", rrule("DTSTART;TZID=America/New_York:20260105T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO\n"
            + "EXDATE;TZID=America/New_York:20260112T090000"),
            "  rrule: |\n    DTSTART;TZID=America/New_York:20260105T090000\n    RRULE:FREQ=WEEKLY;BYDAY=MO\n"
            + "    EXDATE:20260112T140000Z\n"),
        Arguments.of("pattern, as its rrule",
            pattern(SimplePattern.weekly().interval(2).daysOfWeek(MONDAY, FRIDAY).occurrences(10).build(),
                LocalDateTime.parse("2026-01-05T09:00")),
            "  rrule: |\n    DTSTART:20260105T090000\n    RRULE:FREQ=WEEKLY;COUNT=10;INTERVAL=2;BYDAY=MO,FR\n"),
        Arguments.of("floating cron", cron("0 0 9 ? * MON-FRI", CronDialect.QUARTZ),
            "  cron: {expression: \"0 0 9 ? * MON-FRI\", dialect: quartz}\n"),
        Arguments.of("floating cron with a DST policy", cron("0 2 * * *", CronDialect.UNIX, DstPolicy.SKIP),
            "  cron: {expression: \"0 2 * * *\", dialect: unix, dst: skip}\n"),
        Arguments.of("yearly anniversary with every setting",
            anniversary(Anniversary.yearly(MonthDay.of(2, 29)).startingFrom(LocalDate.of(1990, 2, 28))
                .daysBefore(14).at(LocalTime.of(9, 0)).withLeapDayPolicy(LeapDayPolicy.MAR_1)
                .withZone(ZoneId.of("Europe/Paris"))),
            "  anniversary: {yearly: \"02-29\", first_date: 1990-02-28, days_before: 14, at: \"09:00\", "
                + "leap_day: mar_1, zone: Europe/Paris}\n"),
        Arguments.of("monthly anniversary", anniversary(Anniversary.monthly(31).daysAfter(3).at(LocalTime.of(8, 0, 15))),
            "  anniversary: {monthly: 31, days_after: 3, at: \"08:00:15\"}\n"),
        Arguments.of("optimized with an anchor", optimized().withAnchor(LocalDate.of(2026, 3, 10)),
            "  optimized: true\n  anchor: 2026-03-10\n"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # a plain name
      Year-end freeze             | Year-end freeze
      # YAML 1.2 booleans and null
      true                        | "true"
      null                        | "null"
      # YAML 1.1 booleans
      yes                         | "yes"
      Off                         | "Off"
      # numbers, times, dates and month-days
      123                         | "123"
      09:00                       | "09:00"
      12-24                       | "12-24"
      2026-12-24                  | "2026-12-24"
      # indicators at the start
      #x                          | "#x"
      -x                          | "-x"
      *alias                      | "*alias"
      !tag                        | "!tag"
      ~                           | "~"
      # indicators inside
      a: b                        | "a: b"
      a #b                        | "a #b"
      a, b                        | "a, b"
      # quotes and backslashes
      say "hi"                    | "say \\"hi\\""
      it's                        | "it's"
      back\\slash                 | "back\\\\slash"
      # leading and trailing spaces
      ` padded `                  | " padded "
      """)
  void print_quotesTrickyNames(String name, String expected) {
    String yaml = Policy.named(name).zone("UTC").build().toYaml();

    assertThat(yaml).isEqualTo("version: 1\nname: " + expected + "\nzone: UTC\n");
  }

  @Test
  void print_escapesLineBreaksAndControlCharacters() {
    String yaml = Policy.named("p").zone("UTC").description("two\nlines\tand a bell\u0007 and \u2028").build().toYaml();

    assertThat(yaml).contains("description: \"two\\nlines\\tand a bell\\u0007 and \\u2028\"\n");
  }

  @Test
  void print_builtInAndHostCalendars() {
    assertThat(Policy.named("p").zone("UTC").holidays(US_FEDERAL).build().toYaml()).contains("holidays: us-federal\n");
    assertThat(Policy.named("p").zone("UTC").holidays(NO_HOLIDAYS).build().toYaml()).contains("holidays: none\n");
    assertThat(Policy.named("p").zone("UTC").holidays(host("Company closures")).build().toYaml())
        .contains("holidays: Company closures\n");
    assertThat(Policy.named("p").zone("UTC").holidays(calendar("Empty")).build().toYaml())
        .contains("holidays:\n  name: Empty\n  rules: []\n");
    assertThat(Policy.named("p").zone("UTC").holidays(union("None at all")).build().toYaml())
        .contains("holidays:\n  name: None at all\n  union: []\n");
  }

  @Test
  void print_hostCalendarNamedLikeABuiltInOne() {
    Policy policy = Policy.of(SendPolicy.builder(ZoneOffset.UTC).name("p").holidays(host("none")).build());

    assertThatThrownBy(policy::toYaml).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'none'");
  }

  @Test
  void print_constraintsByName() {
    Policy policy = Policy.named("p").zone("UTC").constraint(RulesArbitraries.HOST_CONSTRAINTS.get(0))
        .constraint(RulesArbitraries.HOST_CONSTRAINTS.get(1)).build();

    assertThat(policy.toYaml()).contains("constraints: [max-one-a-day, \"quiet: weekends\"]\n");
  }

  @Test
  void print_recurrenceOfAnotherClass() {
    Recurrence other = new Recurrence() {
      @Override
      public Optional<ZonedDateTime> next(Instant after) {
        return Optional.of(after.plusSeconds(60).atZone(ZoneOffset.UTC));
      }

      @Override
      public Stream<ZonedDateTime> occurrencesAfter(Instant after) {
        return Stream.iterate(after.plusSeconds(60), t -> t.plusSeconds(60)).map(t -> t.atZone(ZoneOffset.UTC));
      }

      @Override
      public Optional<ZoneId> zone() {
        return Optional.of(ZoneOffset.UTC);
      }

      @Override
      public Recurrence withZone(ZoneId zone) {
        return this;
      }

      @Override
      public String describe() {
        return "every minute";
      }
    };
    Policy policy = Policy.of(Policy.named("p").zone("UTC").build().sendPolicy())
        .withSchedule(PolicySchedule.of(Schedule.recurring(other)));

    assertThatThrownBy(policy::toYaml).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("every minute").hasMessageContaining("RecurrenceSet");
  }

  @Test
  void print_optimizerAtDefaults() {
    Policy policy = Policy.named("p").zone("UTC").optimizer(SendTimeOptimizer.ofDefaults()).build();

    assertThat(policy.toYaml()).endsWith("zone: UTC\noptimizer: {}\n");
  }

  @Test
  void print_optimizerPriorOneDayALine() {
    double[] weights = new double[HourOfWeekProfile.HOURS_PER_WEEK];
    weights[9] = 2.0;
    weights[24 + 19] = 0.5;
    Policy policy = Policy.named("p").zone("UTC").optimizerPrior(HourOfWeekProfile.of(weights)).build();

    String yaml = policy.toYaml();

    String zeros = String.join(", ", Collections.nCopies(24, "0.0"));
    assertThat(yaml).contains("optimizer:\n  prior: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, ")
        .contains(",\n    " + zeros.replaceFirst("(0\\.0, ){19}0\\.0", "0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, "
            + "0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5"))
        .endsWith(zeros + "]\n");
    assertThat(yaml.lines().filter(l -> l.startsWith("    ")).count()).isEqualTo(6);
  }

  @Test
  void print_durationWithFractionOfASecond() {
    Policy policy = Policy.of(Policy.named("p").zone("UTC").build().sendPolicy().toBuilder()
        .lateSends(LateSends.sendNowWithin(Duration.ofMillis(1500))).build());

    assertThatThrownBy(policy::toYaml).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole seconds");
  }

  @Test
  void print_isStableAcrossCalls() {
    Policy policy = Policy.named("p").zone("Europe/Paris").holidays(US_FEDERAL).weekend(SUNDAY, SATURDAY).build();

    assertThat(policy.toYaml()).isEqualTo(policy.toYaml()).contains("weekend: [SAT, SUN]\n");
  }

  private static HolidayCalendar host(String name) {
    return new HolidayCalendar() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<Holiday> holidays(int year) {
        return List.of();
      }
    };
  }
}
