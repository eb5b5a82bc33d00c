package org.sendtime.rules;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtime.rules.PolicyDsl.anniversary;
import static org.sendtime.rules.PolicyDsl.fixedHoliday;
import static org.sendtime.rules.PolicyDsl.calendar;
import static org.sendtime.rules.PolicyDsl.on;
import static org.sendtime.rules.PolicyDsl.yearly;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.optimize.Engagement;
import org.sendtime.optimize.SendTimeOptimizer;
import org.sendtime.policy.Constraint;
import org.sendtime.recurrence.Anniversary;
import org.sendtime.recurrence.LeapDayPolicy;

class JavaPrinterTest {
  @Test
  void print_importsThenExpression() {
    Policy policy = Policy.named("renewals")
        .zone("America/Chicago")
        .quietHours("21:00", "08:00")
        .weekend(SATURDAY, SUNDAY)
        .holidays(PolicyDsl.US_FEDERAL)
        .blackout(yearly("Year-end freeze", "12-24", "01-02").skip())
        .build();

    assertThat(policy.toJava()).isEqualTo("""
        import static java.time.DayOfWeek.SATURDAY;
        import static java.time.DayOfWeek.SUNDAY;
        import static org.sendtime.rules.PolicyDsl.US_FEDERAL;
        import static org.sendtime.rules.PolicyDsl.yearly;
        import org.sendtime.rules.Policy;

        Policy.named("renewals")
            .zone("America/Chicago")
            .quietHours("21:00", "08:00")
            .weekend(SATURDAY, SUNDAY)
            .holidays(US_FEDERAL)
            .blackout(yearly("Year-end freeze", "12-24", "01-02").skip())
            .build()
        """);
  }

  @Test
  void print_hostValuesReadFromMapsByName() {
    Policy policy = Policy.named("p").zone("UTC").holidays(RulesArbitraries.HOST_CALENDAR)
        .constraint(RulesArbitraries.HOST_CONSTRAINTS.get(1)).build();

    assertThat(policy.toJava()).endsWith("""
        Policy.named("p")
            .zone("UTC")
            .holidays(calendars.get("Company closures: 2026"))
            .constraint(constraints.get("quiet: weekends"))
            .build()
        """);
  }

  @Test
  void print_anniversaryWithEverySetting() {
    Policy policy = Policy.named("birthday").zone("UTC")
        .schedule(anniversary(Anniversary.yearly(MonthDay.of(2, 29)).startingFrom(LocalDate.of(1990, 2, 28))
            .daysBefore(14).at(LocalTime.of(9, 0)).withLeapDayPolicy(LeapDayPolicy.MAR_1)
            .withZone(ZoneId.of("Europe/Paris"))), "2026-02-28")
        .build();

    assertThat(policy.toJava()).contains("import java.time.LocalTime;\n").contains(
        "    .schedule(anniversary(Anniversary.yearly(MonthDay.of(2, 29)).startingFrom(LocalDate.of(1990, 2, 28))"
            + ".daysBefore(14).at(LocalTime.parse(\"09:00\")).withLeapDayPolicy(LeapDayPolicy.MAR_1)"
            + ".withZone(ZoneId.of(\"Europe/Paris\"))), \"2026-02-28\")\n");
  }

  @Test
  void print_optimizerSettingsThatDiffer() {
    Policy defaults = Policy.named("p").zone("UTC").optimizer(SendTimeOptimizer.ofDefaults()).build();
    Policy changed = Policy.named("p").zone("UTC").optimizerWeight(Engagement.Kind.OPEN, 0.0)
        .optimizerMinDataPoints(2).build();

    assertThat(defaults.toJava()).contains("    .optimizer(SendTimeOptimizer.ofDefaults())\n");
    assertThat(changed.toJava())
        .contains("    .optimizerWeight(Engagement.Kind.OPEN, 0.0)\n    .optimizerMinDataPoints(2)\n")
        .contains("import org.sendtime.optimize.Engagement;\n");
  }

  @Test
  void print_datesBeyondFourDigitYearsAsSignedText() {
    Policy policy = Policy.named("p").zone("UTC").blackout(on("far", LocalDate.of(12026, 1, 1)))
        .blackout(on("early", LocalDate.of(-1, 12, 31))).build();

    assertThat(policy.toJava()).contains(".blackout(on(\"far\", \"+12026-01-01\"))")
        .contains(".blackout(on(\"early\", \"-0001-12-31\"))");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # plain text
      renewals            | "renewals"
      # quotes and backslashes
      say "hi" \\ there   | "say \\"hi\\" \\\\ there"
      # a backslash before u is not a Unicode escape
      \\u0041             | "\\\\u0041"
      """)
  void literal_escapes(String text, String expected) {
    assertThat(JavaPrinter.literal(text)).isEqualTo(expected);
  }

  @Test
  void literal_controlCharactersAsOctal() {
    assertThat(JavaPrinter.literal("a\nb\tc\rd\u0007e\u0085")).isEqualTo("\"a\\nb\\tc\\rd\\007e\\205\"");
  }

  @Test
  void print_compilesAndBuildsAnEqualPolicy() throws ReflectiveOperationException {
    Policy policy = Policy.named("say \"hi\"\nnow").zone("UTC")
        .holidays(calendar("Company", fixedHoliday("Founders Day", "02-29")))
        .description("back\\slash \u2028 \u0007")
        .constraint(RulesArbitraries.HOST_CONSTRAINTS.get(2))
        .build();
    Map<String, Constraint> constraints = RulesArbitraries.hostConstraints();

    List<Policy> built = JavaSource.compileAndRun(List.of(policy.toJava()), Map.<String, HolidayCalendar>of(),
        constraints);

    assertThat(built).containsExactly(policy);
  }
}
