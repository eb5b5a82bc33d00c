package org.sendtime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendtime.calendar.Blackout;
import org.sendtime.calendar.BlackoutAction;
import org.sendtime.calendar.BlackoutDates;
import org.sendtime.calendar.BlackoutScope;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.calendar.HolidayRule;
import org.sendtime.calendar.ObservedShift;
import org.sendtime.calendar.Weekend;
import org.sendtime.optimize.Engagement;
import org.sendtime.optimize.HourOfWeekProfile;
import org.sendtime.optimize.SendTimeOptimizer;
import org.sendtime.policy.BlackoutDatesIn;
import org.sendtime.policy.Constraint;
import org.sendtime.policy.Contact;
import org.sendtime.policy.DeliverBy;
import org.sendtime.policy.LateSends;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;
import org.sendtime.policy.Verdict;
import org.sendtime.policy.ZoneStrategy;
import org.sendtime.recurrence.Anniversary;
import org.sendtime.recurrence.CronDialect;
import org.sendtime.recurrence.CronExpression;
import org.sendtime.recurrence.LeapDayPolicy;
import org.sendtime.recurrence.RecurrenceSet;
import org.sendtime.recurrence.SimplePattern;
import org.sendtime.time.DstPolicy;
import org.sendtime.time.LocalWindow;
import org.sendtime.time.WeeklyHours;

class PolicyLoaderTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static final Constraint MAX_ONE_A_DAY = new NamedConstraint("max-one-a-day");

  /** A host constraint that allows everything; only its name matters to the loader. */
  private record NamedConstraint(String name) implements Constraint {
    @Override
    public Verdict judge(ZonedDateTime at, Contact contact) {
      return Verdict.allow();
    }
  }

  private static String policy(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static Policy load(String... lines) {
    return PolicyLoader.standard().load("policy.yaml", policy(lines));
  }

  private static List<String> problems(String... lines) {
    return PolicyLoader.standard().check("policy.yaml", policy(lines)).problems().stream()
        .map(PolicyProblem::toString).toList();
  }

  private static SendPolicy.Builder chicago() {
    return SendPolicy.builder(CHICAGO).name("renewals");
  }

  @Test
  void load_minimal() {
    assertThat(load("version: 1", "name: renewals", "zone: America/Chicago"))
        .isEqualTo(Policy.of(chicago().build()));
  }

  @Test
  void load_everySettingOfTheSendPolicy() {
    Policy policy = PolicyLoader.builder().constraint(MAX_ONE_A_DAY).build().load("policy.yaml", policy(
        "version: 1",
        "name: renewals",
        "description: Renewal reminders",
        "zone: America/Chicago",
        "zone_strategy: recipient_local",
        "fallback_zone: America/New_York",
        "quiet_hours: \"21:00-08:00\"",
        "business_hours: \"MON-FRI 09:00-17:00; SAT 10:00-14:00\"",
        "weekend: [SAT, sun]",
        "holidays: us-federal",
        "blackout_dates_in: organization",
        "constraints: [max-one-a-day]",
        "horizon: 30d",
        "deliver_by:",
        "  - within: 36h",
        "  - days_after_anchor: 3",
        "late_sends: {send_now_within: 2h, otherwise: skip}",
        "dst: skip",
        "campaign: promo",
        "coordination_span: 1d12h"));
    SendPolicy expected = chicago()
        .zoneStrategy(ZoneStrategy.RECIPIENT_LOCAL)
        .fallbackZone(NEW_YORK)
        .quietHours(LocalWindow.of(LocalTime.of(21, 0), LocalTime.of(8, 0)))
        .businessHours(WeeklyHours.builder()
            .add(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalWindow.of(LocalTime.of(9, 0), LocalTime.of(17, 0)))
            .add(DayOfWeek.SATURDAY, LocalWindow.of(LocalTime.of(10, 0), LocalTime.of(14, 0)))
            .build())
        .weekend(Weekend.SATURDAY_SUNDAY)
        .holidays(HolidayCalendar.usFederal())
        .blackoutDatesIn(BlackoutDatesIn.ORGANIZATION)
        .constraint(MAX_ONE_A_DAY)
        .horizon(Duration.ofDays(30))
        .deliverBy(DeliverBy.within(Duration.ofHours(36)))
        .deliverBy(DeliverBy.byAnchor(3))
        .lateSends(LateSends.sendNowWithin(Duration.ofHours(2)).otherwise(LateSends.Action.SKIP))
        .dstPolicy(DstPolicy.SKIP)
        .campaign("promo")
        .coordinationSpan(Duration.ofHours(36))
        .build();
    assertThat(policy).isEqualTo(Policy.of(expected).withDescription("Renewal reminders"));
  }

  @Test
  void load_blackoutsInEveryForm() {
    Policy policy = load(
        "version: 1",
        "name: renewals",
        "zone: America/Chicago",
        "blackouts:",
        "  - {name: Christmas, on: 2026-12-25}",
        "  - name: Year-end freeze",
        "    between: {first: 2026-12-24, last: 2027-01-02}",
        "    action: skip",
        "  - {name: Holidays, yearly: {first: \"12-24\", last: \"01-02\"}, from: 2025-01-01, until: 2030-12-31}",
        "  - {name: Quarter start, quarterly: {first_day: 1, last_day: 5}, campaigns: [promo, news]}",
        "  - {name: Quarter close, last_days_of_quarter: 5, locations: [store-12]}",
        "  - {name: Month start, monthly: {first_day: 1, last_day: 3}}",
        "  - {name: Month close, last_days_of_month: 3}");
    assertThat(policy.sendPolicy().blackouts()).containsExactly(
        Blackout.of("Christmas", BlackoutDates.on(LocalDate.of(2026, 12, 25))),
        Blackout.of("Year-end freeze", BlackoutDates.between(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 2)))
            .withAction(BlackoutAction.SKIP),
        Blackout.of("Holidays", BlackoutDates.yearly(MonthDay.of(12, 24), MonthDay.of(1, 2))
            .from(LocalDate.of(2025, 1, 1)).until(LocalDate.of(2030, 12, 31))),
        Blackout.of("Quarter start", BlackoutDates.quarterly(1, 5))
            .withScope(BlackoutScope.campaigns(List.of("promo", "news"))),
        Blackout.of("Quarter close", BlackoutDates.lastDaysOfQuarter(5))
            .withScope(BlackoutScope.locations(List.of("store-12"))),
        Blackout.of("Month start", BlackoutDates.monthly(1, 3)),
        Blackout.of("Month close", BlackoutDates.lastDaysOfMonth(3)));
  }

  @Test
  void load_inlineAndUnionCalendars() {
    Policy policy = load(
        "version: 1",
        "name: renewals",
        "zone: America/Chicago",
        "holidays:",
        "  name: US federal and company",
        "  union:",
        "    - us-federal",
        "    - name: Company",
        "      rules:",
        "        - {name: Founders Day, date: \"03-15\", observed: sunday_to_monday, from_year: 2021}",
        "        - {name: Kickoff, nth: {ordinal: 3, day: MON, month: JAN}, until_year: 2030}",
        "        - {name: Summer party, last: {day: FRI, month: jun}}",
        "        - {name: Good Friday, easter: -2}");
    HolidayCalendar company = HolidayCalendar.of("Company", List.of(
        HolidayRule.fixed("Founders Day", Month.MARCH, 15).withObserved(ObservedShift.SUNDAY_TO_MONDAY).from(2021),
        HolidayRule.nthWeekday("Kickoff", 3, DayOfWeek.MONDAY, Month.JANUARY).until(2030),
        HolidayRule.lastWeekday("Summer party", DayOfWeek.FRIDAY, Month.JUNE),
        HolidayRule.easter("Good Friday", -2)));
    assertThat(policy.sendPolicy().holidays()).contains(
        HolidayCalendar.union("US federal and company", List.of(HolidayCalendar.usFederal(), company)));
  }

  @Test
  void load_calendarListIsAUnionNamedAfterItsMembers() {
    Policy policy = load("version: 1", "name: renewals", "zone: America/Chicago", "holidays: [us-federal, none]");
    assertThat(policy.sendPolicy().holidays()).contains(HolidayCalendar.union("US federal + none",
        List.of(HolidayCalendar.usFederal(), HolidayCalendar.none())));
  }

  @Test
  void load_registeredCalendar() {
    HolidayCalendar company = HolidayCalendar.of("company", List.of(HolidayRule.fixed("Founders Day", Month.MARCH, 15)));
    PolicyLoader loader = PolicyLoader.builder().holidayCalendar(company).build();
    Policy policy = loader.load("policy.yaml", policy("version: 1", "name: renewals", "zone: America/Chicago",
        "holidays: company"));
    assertThat(policy.sendPolicy().holidays()).containsSame(company);
  }

  @Test
  void load_unregisteredCalendarAndConstraint() {
    assertThat(problems("version: 1", "name: renewals", "zone: America/Chicago", "holidays: us-fedral",
        "constraints: [max-one-a-day]")).containsExactly(
        "policy.yaml:4:11: error: holidays: unknown holiday calendar 'us-fedral'; did you mean 'us-federal'?",
        "policy.yaml:5:15: error: constraints[0]: unknown constraint 'max-one-a-day'; no constraints are registered "
            + "with the loader; register them with PolicyLoader.builder().constraint(..)");
  }

  @Test
  void load_schedules() {
    assertThat(schedule("immediate: true")).isEqualTo(PolicySchedule.of(Schedule.immediate()));
    assertThat(schedule("at: 2026-12-01T14:00:00Z"))
        .isEqualTo(PolicySchedule.of(Schedule.at(Instant.parse("2026-12-01T14:00:00Z"))));
    assertThat(schedule("at_local: 2026-12-01T09:00", "anchor: 2026-01-01"))
        .isEqualTo(PolicySchedule.of(Schedule.atLocal(LocalDateTime.of(2026, 12, 1, 9, 0)))
            .withAnchor(LocalDate.of(2026, 1, 1)));
    assertThat(schedule("optimized: true", "anchor: 2026-01-01"))
        .isEqualTo(PolicySchedule.optimized().withAnchor(LocalDate.of(2026, 1, 1)));
  }

  @Test
  void load_recurringSchedules() {
    assertThat(schedule("rrule: |", "  DTSTART;TZID=America/New_York:20260105T090000", "  RRULE:FREQ=WEEKLY;BYDAY=MO"))
        .isEqualTo(PolicySchedule.of(Schedule.recurring(RecurrenceSet.parse(
            "DTSTART;TZID=America/New_York:20260105T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO\n"))));
    assertThat(schedule("cron: {expression: \"0 9 * * MON-FRI\", dialect: unix, zone: America/New_York, dst: skip}"))
        .isEqualTo(PolicySchedule.of(Schedule.recurring(
            CronExpression.parse("0 9 * * MON-FRI", CronDialect.UNIX).atZone(NEW_YORK, DstPolicy.SKIP))));
    assertThat(schedule("cron: {expression: \"0 0 9 ? * MON-FRI\", dialect: quartz}"))
        .isEqualTo(PolicySchedule.of(Schedule.recurring(
            CronExpression.parse("0 0 9 ? * MON-FRI", CronDialect.QUARTZ).floating())));
    assertThat(schedule("anniversary: {yearly: \"02-29\", first_date: 1990-02-28, days_before: 14, at: \"09:00\",",
        "  leap_day: mar_1, zone: Europe/Paris}"))
        .isEqualTo(PolicySchedule.of(Schedule.recurring(Anniversary.yearly(MonthDay.of(2, 29))
            .startingFrom(LocalDate.of(1990, 2, 28)).daysBefore(14).at(LocalTime.of(9, 0))
            .withLeapDayPolicy(LeapDayPolicy.MAR_1).withZone(ZoneId.of("Europe/Paris")))));
    assertThat(schedule("anniversary: {monthly: 31, days_after: 3}"))
        .isEqualTo(PolicySchedule.of(Schedule.recurring(Anniversary.monthly(31).daysAfter(3))));
    assertThat(schedule("pattern: {every: weekly, interval: 2, days: [MON, WED], start: 2026-01-05T09:00,",
        "  zone: America/New_York, end: 2026-12-31, occurrences: 10}"))
        .isEqualTo(PolicySchedule.of(Schedule.recurring(SimplePattern.weekly().interval(2)
            .daysOfWeek(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY).endDate(LocalDate.of(2026, 12, 31)).occurrences(10)
            .build().toRecurrenceSet(LocalDateTime.of(2026, 1, 5, 9, 0), NEW_YORK))));
  }

  private static PolicySchedule schedule(String... lines) {
    String[] all = new String[lines.length + 4];
    all[0] = "version: 1";
    all[1] = "name: renewals";
    all[2] = "zone: America/Chicago";
    all[3] = "schedule:";
    for (int i = 0; i < lines.length; i++) {
      all[i + 4] = "  " + lines[i];
    }
    return load(all).schedule().orElseThrow();
  }

  @Test
  void load_optimizer() {
    double[] prior = new double[HourOfWeekProfile.HOURS_PER_WEEK];
    prior[9] = 1;
    StringBuilder priorText = new StringBuilder("[");
    for (int i = 0; i < prior.length; i++) {
      priorText.append(i == 0 ? "" : ", ").append(i == 9 ? "1" : "0.0");
    }
    Policy policy = load("version: 1", "name: renewals", "zone: America/Chicago",
        "optimizer:",
        "  half_life: 30d",
        "  weights: {open: 1.0, click: 3}",
        "  prior: " + priorText + "]",
        "  prior_strength: 5.5",
        "  min_data_points: 3",
        "  fallback_time: \"10:30\"");
    assertThat(policy.optimizer()).contains(SendTimeOptimizer.ofDefaults().withHalfLife(Duration.ofDays(30))
        .withWeight(Engagement.Kind.OPEN, 1.0).withWeight(Engagement.Kind.CLICK, 3.0)
        .withPrior(HourOfWeekProfile.of(prior)).withPriorStrength(5.5).withMinDataPoints(3)
        .withFallbackTime(LocalTime.of(10, 30)));
    assertThat(load("version: 1", "name: renewals", "zone: America/Chicago", "optimizer: {prior: uniform}").optimizer())
        .contains(SendTimeOptimizer.ofDefaults().withPrior(HourOfWeekProfile.uniform()));
  }

  @Test
  void load_throwsEveryError() {
    assertThatThrownBy(() -> load("version: 1", "name: renewals", "zone: America/Chicgo", "quiet_hours: \"9-17\"",
        "horizon: P2W"))
        .isInstanceOf(PolicyException.class)
        .satisfies(e -> assertThat(((PolicyException) e).errors()).hasSize(3))
        .hasMessageContaining("did you mean 'America/Chicago'")
        .hasMessageContaining("Invalid window '9-17'")
        .hasMessageContaining("expected a duration such as 14d, 36h or 90m");
  }

  @Test
  void load_rruleErrorInAQuotedScalar_pointsAtTheCharacter() {
    // FREQ=WEEKLY;BYDAY=XX: the parser points at XX, 7 characters into the value after the quote.
    String line = "  rrule: \"DTSTART:20260105T090000\\nRRULE:FREQ=WEEKLY;BYDAY=XX\"";
    List<String> found = problems("version: 1", "name: renewals", "zone: America/Chicago", "schedule:", line);
    assertThat(found).hasSize(1);
    int column = line.indexOf("XX") + 1;
    assertThat(found.get(0)).startsWith("policy.yaml:5:" + column + ": error: schedule.rrule: ");
  }

  @Test
  void load_rruleErrorInALiteralBlock_pointsAtTheLineAndColumn() {
    List<String> found = problems("version: 1", "name: renewals", "zone: America/Chicago",
        "schedule:",
        "  rrule: |",
        "    DTSTART;TZID=America/New_York:20260105T090000",
        "    RRULE:FREQ=WEEKLY;BYDAY=MO;BYHOUR=25");
    assertThat(found).hasSize(1);
    // The parser points at the value 25 on the block's second line.
    int column = "    RRULE:FREQ=WEEKLY;BYDAY=MO;BYHOUR=".length() + 1;
    assertThat(found).containsExactly("policy.yaml:7:" + column
        + ": error: schedule.rrule: Invalid value for BYHOUR (valid values 0 to 23): 25");
  }

  @Test
  void load_cronErrorInAPlainScalar_pointsAtTheField() {
    List<String> found = problems("version: 1", "name: renewals", "zone: America/Chicago",
        "schedule:",
        "  cron:",
        "    expression: 0 9 * * MON-FRY");
    assertThat(found).hasSize(1);
    // The parser points at FRY, the day it does not know.
    int column = "    expression: 0 9 * * MON-".length() + 1;
    assertThat(found).containsExactly("policy.yaml:6:" + column + ": error: schedule.cron.expression: "
        + "Invalid value for day-of-week (valid values 0 to 7 or SUN to SAT): FRY");
  }

  @Test
  void load_file(@TempDir Path dir) throws IOException {
    Path file = write(dir.resolve("renewals.yaml"), "version: 1", "name: renewals", "zone: America/Chicago");
    assertThat(PolicyLoader.standard().load(file)).isEqualTo(Policy.of(chicago().build()));
  }

  @Test
  void load_missingFile(@TempDir Path dir) {
    Path file = dir.resolve("missing.yaml");
    assertThatThrownBy(() -> PolicyLoader.standard().load(file))
        .isInstanceOf(PolicyException.class)
        .hasMessage(file + ":1:1: error: cannot read " + file + ": file not found");
  }

  @Test
  void load_directory(@TempDir Path dir) {
    assertThatThrownBy(() -> PolicyLoader.standard().load(dir))
        .isInstanceOf(PolicyException.class)
        .hasMessageStartingWith(dir + ":1:1: error: cannot read " + dir);
  }

  @Test
  void load_extendsAFileAndOverridesItsKeys(@TempDir Path dir) throws IOException {
    write(dir.resolve("base.yaml"), "version: 1", "name: base", "zone: America/New_York", "quiet_hours: \"20:00-08:00\"",
        "weekend: [SAT, SUN]");
    Path child = write(dir.resolve("teams/renewals.yaml"), "version: 1", "extends: ../base.yaml", "name: renewals",
        "zone: America/Chicago", "weekend: []");
    assertThat(PolicyLoader.builder().baseDirectory(dir).build().load(child)).isEqualTo(Policy.of(chicago()
        .quietHours(LocalWindow.parse("20:00-08:00")).build()));
  }

  @Test
  void load_extendsAFileInASubdirectory(@TempDir Path dir) throws IOException {
    write(dir.resolve("common/base.yaml"), "version: 1", "zone: America/Chicago");
    Path child = write(dir.resolve("renewals.yaml"), "version: 1", "extends: common/base.yaml", "name: renewals");
    assertThat(PolicyLoader.standard().load(child)).isEqualTo(Policy.of(chicago().build()));
  }

  @ParameterizedTest
  @CsvSource({
      // A device that never ends.
      "/dev/zero",
      // A device that waits for input.
      "/dev/stdin",
      "/etc/hostname",
  })
  void check_extendsAnAbsolutePath(String name, @TempDir Path dir) throws IOException {
    Path child = write(dir.resolve("child.yaml"), "version: 1", "extends: " + name, "name: renewals", "zone: UTC");
    assertThat(PolicyLoader.standard().check(child).problems()).extracting(PolicyProblem::toString).containsExactly(
        child + ":2:10: error: extends: '" + name + "' is an absolute path; a policy extends files by a path "
            + "relative to it, in " + dir.toAbsolutePath() + " or below");
  }

  @Test
  void check_extendsAFileOutsideItsDirectory(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("secret.yaml"), "hunter2\n", StandardCharsets.UTF_8);
    Path child = write(dir.resolve("team/child.yaml"), "version: 1", "extends: ../secret.yaml", "name: renewals",
        "zone: UTC");
    assertThat(PolicyLoader.standard().check(child).problems()).extracting(PolicyProblem::toString).containsExactly(
        child + ":2:10: error: extends: '../secret.yaml' is outside " + dir.resolve("team").toAbsolutePath()
            + "; a policy extends only files in the directory of the policy loaded, or below it");
  }

  @Test
  void check_extendsAFileOutsideTheBaseDirectory(@TempDir Path dir) throws IOException {
    Path child = write(dir.resolve("team/child.yaml"), "version: 1", "extends: ../../../../../../../etc/hostname",
        "name: renewals", "zone: UTC");
    assertThat(PolicyLoader.builder().baseDirectory(dir).build().check(child).problems())
        .extracting(PolicyProblem::message).singleElement().asString()
        .contains("is outside " + dir.toAbsolutePath());
  }

  @Test
  void check_extendsALinkOutOfItsDirectory(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.yaml"), "version: 1\nname: hunter2\n", StandardCharsets.UTF_8);
    Path child = write(dir.resolve("team/child.yaml"), "version: 1", "extends: link.yaml", "name: renewals",
        "zone: UTC");
    try {
      Files.createSymbolicLink(dir.resolve("team/link.yaml"), secret);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("symbolic links are not supported here: " + e);
    }
    assertThat(PolicyLoader.standard().check(child).problems()).extracting(PolicyProblem::message)
        .containsExactly("cannot read " + dir.resolve("team/link.yaml") + ": it links to a file outside "
            + dir.resolve("team").toRealPath());
  }

  @Test
  void check_extendsADirectory(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("base.yaml"));
    Path child = write(dir.resolve("child.yaml"), "version: 1", "extends: base.yaml", "name: renewals", "zone: UTC");
    assertThat(PolicyLoader.standard().check(child).problems()).extracting(PolicyProblem::toString).containsExactly(
        child + ":2:10: error: extends: cannot read " + dir.resolve("base.yaml") + ": not a regular file");
  }

  @Test
  void check_extendsAFileTooLarge(@TempDir Path dir) throws IOException {
    write(dir.resolve("base.yaml"), "version: 1", "description: " + "x".repeat(400));
    Path child = write(dir.resolve("child.yaml"), "version: 1", "extends: base.yaml", "name: a", "zone: UTC");
    assertThat(PolicyLoader.builder().maxCodePoints(100).build().check(child).problems())
        .extracting(PolicyProblem::toString).containsExactly(child + ":2:10: error: extends: cannot read "
            + dir.resolve("base.yaml") + ": the file is too large: more than 400 bytes, and a policy has at most "
            + "100 characters");
  }

  @Test
  void check_aFileThatNeverEnds() {
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.isReadable(zero), "no /dev/zero here");
    assertThat(PolicyLoader.builder().maxCodePoints(1000).build().check(zero).problems())
        .extracting(PolicyProblem::toString).containsExactly("/dev/zero:1:1: error: cannot read /dev/zero: the "
            + "file is too large: more than 4000 bytes, and a policy has at most 1000 characters");
  }

  @Test
  void check_extendsAFileThatIsNotAPolicy_withoutShowingIt(@TempDir Path dir) throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.yaml"), "hunter2\n", StandardCharsets.UTF_8);
    Path child = write(dir.resolve("child.yaml"), "version: 1", "extends: notes.yaml", "name: a", "zone: UTC");
    assertThat(PolicyLoader.standard().check(child).problems()).extracting(PolicyProblem::toString).containsExactly(
        notes + ":1:1: error: not a policy: expected a mapping with version, name and zone, got a text");
  }

  @Test
  void load_extendsSeveralInOrder(@TempDir Path dir) throws IOException {
    write(dir.resolve("a.yaml"), "version: 1", "zone: America/New_York", "horizon: 10d", "dst: skip");
    write(dir.resolve("b.yaml"), "version: 1", "horizon: 20d");
    Path child = write(dir.resolve("c.yaml"), "version: 1", "extends: [a.yaml, b.yaml]", "name: renewals");
    assertThat(PolicyLoader.standard().load(child).sendPolicy()).isEqualTo(SendPolicy.builder(NEW_YORK)
        .name("renewals").horizon(Duration.ofDays(20)).dstPolicy(DstPolicy.SKIP).build());
  }

  @Test
  void load_extendsAPack() {
    Policy policy = load("version: 1", "extends: us-business-days", "name: renewals");
    assertThat(policy).isEqualTo(Policy.of(SendPolicy.builder(NEW_YORK).name("renewals")
        .quietHours(LocalWindow.parse("20:00-08:00"))
        .businessHours(WeeklyHours.parse("MON-FRI 09:00-17:00"))
        .weekend(Weekend.SATURDAY_SUNDAY)
        .holidays(HolidayCalendar.usFederal())
        .build()).withDescription("US business days, 09:00-17:00 Monday to Friday, without federal holidays"));
  }

  @Test
  void load_everyBuiltInPack() {
    for (String pack : PolicyLoading.BUILT_IN_PACKS) {
      assertThat(PolicyLoader.standard().check("p.yaml", policy("version: 1", "extends: " + pack, "name: p")).problems())
          .as(pack).isEmpty();
    }
  }

  @Test
  void load_unknownPack() {
    assertThat(problems("version: 1", "extends: us-busines-days", "name: renewals", "zone: America/Chicago"))
        .containsExactly("policy.yaml:2:10: error: extends: unknown pack 'us-busines-days'; "
            + "did you mean 'us-business-days'?");
  }

  @Test
  void load_textCannotExtendAFile() {
    assertThat(problems("version: 1", "extends: base.yaml", "name: renewals", "zone: America/Chicago"))
        .containsExactly("policy.yaml:2:10: error: extends: 'base.yaml' names a file, which only a policy loaded "
            + "from a file can extend; built-in packs: us-business-days, us-medigap-windows");
  }

  @Test
  void load_extendsCycle(@TempDir Path dir) throws IOException {
    write(dir.resolve("a.yaml"), "version: 1", "extends: b.yaml", "name: a", "zone: UTC");
    write(dir.resolve("b.yaml"), "version: 1", "extends: a.yaml");
    Path a = dir.resolve("a.yaml");
    Path b = dir.resolve("b.yaml");
    assertThat(PolicyLoader.standard().check(a).problems()).extracting(PolicyProblem::toString)
        .containsExactly(b + ":2:10: error: extends: extends cycle: " + a + " -> " + b + " -> " + a);
  }

  @Test
  void load_problemsPointIntoTheFileTheKeyCameFrom(@TempDir Path dir) throws IOException {
    Path base = write(dir.resolve("base.yaml"), "version: 1", "zone: America/New_York", "quiethours: \"20:00-08:00\"");
    Path child = write(dir.resolve("child.yaml"), "version: 1", "extends: base.yaml", "name: renewals",
        "horizon: forever");
    assertThat(PolicyLoader.standard().check(child).problems()).extracting(PolicyProblem::toString).containsExactly(
        base + ":3:1: error: quiethours: unknown key 'quiethours'; did you mean 'quiet_hours'?",
        child + ":4:10: error: horizon: expected a duration such as 14d, 36h or 90m (units w, d, h, m, s, largest "
            + "first), got \"forever\"");
  }

  @Test
  void check_reportsErrorsOfAParentWhoseKeysTheChildReplaces(@TempDir Path dir) throws IOException {
    Path a = write(dir.resolve("a.yaml"), "version: 1", "horizon: forever", "zone: Mars/Base");
    Path b = write(dir.resolve("b.yaml"), "version: 1", "horizon: 2 days");
    Path child = write(dir.resolve("child.yaml"), "version: 1", "extends: [a.yaml, b.yaml]", "name: renewals",
        "zone: UTC", "horizon: 30d");
    assertThat(PolicyLoader.standard().check(child).problems()).extracting(PolicyProblem::toString).containsExactly(
        a + ":2:10: error: horizon: expected a duration such as 14d, 36h or 90m (units w, d, h, m, s, largest "
            + "first), got \"forever\"",
        a + ":3:7: error: zone: expected an IANA zone id such as America/Chicago, got \"Mars/Base\"",
        b + ":2:10: error: horizon: expected a duration such as 14d, 36h or 90m (units w, d, h, m, s, largest "
            + "first), got \"2 days\"");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # a control character
      0007 | the character U+0007 (a control character) is not allowed in a policy
      # the non-characters at the end of the Basic Multilingual Plane
      FFFE | the character U+FFFE (a non-character) is not allowed in a policy
      FFFF | the character U+FFFF (a non-character) is not allowed in a policy
      # half of a surrogate pair
      D800 | the character U+D800 (an unpaired UTF-16 surrogate) is not allowed in a policy
      """)
  void check_charactersYamlDoesNotAllow(String hex, String expected) {
    String text = policy("version: 1", "name: a" + (char) Integer.parseInt(hex, 16), "zone: UTC");
    assertThat(PolicyLoader.standard().check("p.yaml", text).problems()).extracting(PolicyProblem::toString)
        .containsExactly("p.yaml:2:8: error: " + expected);
  }

  @Test
  void load_missingParent(@TempDir Path dir) throws IOException {
    Path child = write(dir.resolve("child.yaml"), "version: 1", "extends: base.yaml", "name: renewals",
        "zone: UTC");
    assertThat(PolicyLoader.standard().check(child).problems()).extracting(PolicyProblem::toString).containsExactly(
        child + ":2:10: error: extends: cannot read " + dir.resolve("base.yaml") + ": file not found");
  }

  @Test
  void check_nameAndZoneMayComeFromTheParentOnly() {
    assertThat(problems("version: 1", "extends: us-business-days")).isEmpty();
    assertThat(problems("version: 1", "description: no name")).containsExactly(
        "policy.yaml:1:1: error: missing required key 'name' in a policy; expected text",
        "policy.yaml:1:1: error: missing required key 'zone' in a policy; expected an IANA zone id such as "
            + "America/Chicago");
  }

  @Test
  void builder_rejectsRegisteringANameTwice() {
    assertThatThrownBy(() -> PolicyLoader.builder().holidayCalendar(HolidayCalendar.of("none", List.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'none'");
    assertThatThrownBy(() -> PolicyLoader.builder().constraint(MAX_ONE_A_DAY).constraint(MAX_ONE_A_DAY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'max-one-a-day'");
  }

  @Test
  void builder_rejectsLimitsBelowTheirMinimum() {
    assertThatThrownBy(() -> PolicyLoader.builder().maxCodePoints(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxCodePoints");
    assertThatThrownBy(() -> PolicyLoader.builder().maxAliases(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAliases");
  }

  @Test
  void check_tooManyCodePoints() {
    PolicyLoader loader = PolicyLoader.builder().maxCodePoints(100).build();
    String text = policy("version: 1", "name: renewals", "zone: America/Chicago", "description: " + "x".repeat(100));
    assertThat(loader.check("big.yaml", text).problems()).extracting(PolicyProblem::toString).containsExactly(
        "big.yaml:1:1: error: the policy is too large: " + text.length() + " characters, more than the limit of 100");
  }

  @Test
  void check_tooLargeDocumentByDefault() {
    StringBuilder text = new StringBuilder("version: 1\nname: big\nzone: UTC\nblackouts:\n");
    for (int i = 0; text.length() <= PolicyLoader.DEFAULT_MAX_CODE_POINTS; i++) {
      text.append("  - {name: b").append(i).append(", on: 2026-01-01}\n");
    }
    assertThat(PolicyLoader.standard().check("big.yaml", text.toString()).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("the policy is too large"));
  }

  @Test
  void check_aliasesWithinTheLimitAreRead() {
    assertThat(load("version: 1", "name: renewals", "zone: America/Chicago",
        "weekend: &days [SAT, SUN]", "schedule: {pattern: {every: weekly, days: *days, start: 2026-01-05T09:00}}")
        .sendPolicy().weekend()).isEqualTo(Weekend.SATURDAY_SUNDAY);
  }

  @Test
  void check_aliasesBeyondTheWalkBound() {
    // A union of two copies of a union of two copies...: 2^17 calendars from 34 aliases, fewer
    // aliases than the limit and far more values than the bound.
    StringBuilder text = new StringBuilder("version: 1\nname: big\nzone: UTC\n"
        + "c0: &c0 {name: c, rules: [{name: h, easter: 0}]}\n");
    for (int i = 1; i <= 17; i++) {
      text.append("c").append(i).append(": &c").append(i).append(" {name: c, union: [*c").append(i - 1)
          .append(", *c").append(i - 1).append("]}\n");
    }
    text.append("holidays: *c17\n");
    PolicyLoader loader = PolicyLoader.builder().maxAliases(100).build();
    assertThat(loader.check("big.yaml", text.toString()).errors()).extracting(PolicyProblem::message)
        .contains("the policy expands to more than 100000 values through aliases");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # a recursive alias: a calendar that is its own member
      holidays: &h {name: a, union: [*h]}              | nests deeper than 64 levels
      # a key that is a list
      late_sends: {[a, b]: c}                           | expected a key such as name, got a list
      # a merge key is not read as one
      <<: {horizon: 1d}                                 | unknown key '<<'
      # an integer far beyond any range
      horizon: 99999999999999999999                     | expected a duration from 1s to 36525d, such as 14d, 36h or 90m, got 99999999999999999999
      # an explicit core tag is fine, and typed as it says
      campaign: !!str 2026                              | <none>
      # a null value
      quiet_hours:                                      | expected a window such as "21:00-08:00", got an empty value
      # an undefined alias
      campaign: *nowhere                                | undefined alias *nowhere
      """)
  void check_hostileInputs(String line, String expected) {
    List<String> found = PolicyLoader.standard()
        .check("policy.yaml", policy("version: 1", "name: renewals", "zone: UTC", line))
        .problems().stream().map(PolicyProblem::message).toList();
    if (expected.equals("<none>")) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).anyMatch(m -> m.contains(expected));
    }
  }

  @Test
  void check_semanticProblemsPointAtTheKeyTheyConcern() {
    PolicyReport report = PolicyLoader.standard().check("policy.yaml", policy("version: 1", "name: renewals",
        "zone: America/Chicago", "quiet_hours: \"08:00-20:00\"", "business_hours: \"MON-FRI 09:00-17:00\""));
    assertThat(report.isValid()).isFalse();
    assertThat(report.errors()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("business_hours");
      assertThat(p.line()).isEqualTo(5);
      assertThat(p.column()).isEqualTo(17);
    });
  }

  @Test
  void load_everyExamplePolicy() throws IOException {
    try (var files = Files.list(Path.of("../examples/policies"))) {
      List<Path> policies = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      assertThat(policies).isNotEmpty();
      for (Path file : policies) {
        assertThat(PolicyLoader.standard().check(file).errors()).as(file.toString()).isEmpty();
      }
    }
  }

  @Test
  void check_isThreadSafe() throws Exception {
    PolicyLoader loader = PolicyLoader.builder().constraint(MAX_ONE_A_DAY).build();
    String text = policy("version: 1", "extends: us-business-days", "name: renewals", "constraints: [max-one-a-day]");
    Policy expected = loader.load("p.yaml", text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Policy>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> loader.load("p.yaml", text)));
      }
      for (Future<Policy> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void standard_isShared() {
    assertThat(PolicyLoader.standard()).isSameAs(PolicyLoader.standard());
    assertThat(ImmutableList.of(PolicyLoader.DEFAULT_MAX_ALIASES, PolicyLoader.DEFAULT_MAX_CODE_POINTS))
        .containsExactly(50, 1_000_000);
  }

  private static Path write(Path file, String... lines) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, policy(lines), StandardCharsets.UTF_8);
  }
}
