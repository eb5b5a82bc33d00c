package org.sendtime.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtime.examples.cli.CliRun.lines;
import static org.sendtime.examples.cli.CliRun.run;
import static org.sendtime.examples.cli.CliRun.runAt;
import static org.sendtime.examples.cli.CliRun.runWithInput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests {@code sendtime explain}, run in process. Surefire's default zone (Pacific/Chatham) and
 * locale (hi_IN) must leave no trace in the output.
 */
class ExplainCommandTest {
  /** A contact in Chicago at a store with an inventory day, as in the command's help. */
  private static final String STORE_CONTACT =
      "{\"id\":\"c1\",\"zone\":\"America/Chicago\",\"location\":\"store-12\",\"anchor\":\"2026-12-30\"}";
  private static final String CHICAGO_CONTACT = "{\"id\":\"c1\",\"zone\":\"America/Chicago\"}";
  private static final Json.Literal NULL = Json.Literal.NULL;

  @Test
  void explain_yearEndFreeze_readable() {
    CliRun r = run("explain", "--policy", "retail-us", "--contact", STORE_CONTACT,
        "--at", "2026-12-24T15:00:00Z");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    // 2026-12-24 09:00 in Chicago is in the year-end freeze (Dec 24 - Jan 2, which also covers
    // the inventory day of January 1); the freeze ends on Sunday, 3 January, at midnight, and
    // the store opens on Monday at 09:00.
    assertThat(r.out()).isEqualTo(lines(
        "scheduled 2027-01-04T09:00-06:00[America/Chicago] (2027-01-04T15:00:00Z) for c1",
        "  candidate 2026-12-24T09:00-06:00",
        "  blackout year-end: 2026-12-24T09:00-06:00 -> 2027-01-03T00:00-06:00 (2026-12-24 is in"
            + " blackout year-end (Dec 24 \u2013 Jan 2 every year))",
        "  quiet hours: 2027-01-03T00:00-06:00 -> 2027-01-03T08:00-06:00 (quiet hours 21:00-08:00)",
        "  business hours: 2027-01-03T08:00-06:00 -> 2027-01-04T09:00-06:00 (closed; open MON-FRI"
            + " 09:00-17:00; SAT 10:00-14:00)"));
  }

  @Test
  void explain_yearEndFreeze_json() {
    CliRun r = run("explain", "--policy", "retail-us", "--contact", STORE_CONTACT,
        "--at", "2026-12-24T15:00:00Z", "--json");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines()).hasSize(1);
    Map<String, Object> o = Json.parseObject(r.outLines().get(0));
    assertThat(o.keySet()).containsExactly("decision", "contact", "candidate", "at", "zone", "trace");
    assertThat(o).containsEntry("decision", "scheduled")
        .containsEntry("contact", "c1")
        .containsEntry("candidate", "2026-12-24T15:00:00Z")
        .containsEntry("at", "2027-01-04T15:00:00Z")
        .containsEntry("zone", "America/Chicago");
    List<Map<String, Object>> trace = trace(o);
    assertThat(trace).extracting(s -> s.get("rule"))
        .containsExactly("blackout year-end", "quiet hours", "business hours");
    assertThat(trace.get(0)).containsExactly(
        Map.entry("rule", "blackout year-end"),
        Map.entry("from", "2026-12-24T15:00:00Z"),
        Map.entry("to", "2027-01-03T06:00:00Z"),
        // Written as an escape, so that the line is the same in any console encoding.
        Map.entry("why", "2026-12-24 is in blackout year-end (Dec 24 \u2013 Jan 2 every year)"));
    assertThat(r.out()).contains("Dec 24 \\u2013 Jan 2");
    assertThat(trace.get(2)).containsEntry("to", "2027-01-04T15:00:00Z");
  }

  @Test
  void explain_fridayEvening_movesToSaturdayMorning() {
    // Friday 2026-03-06 19:00 in Chicago: closed after 17:00, and Saturday opens at 10:00. The
    // clock says it is Monday of that week, so the send is not late.
    CliRun r = runAt(Instant.parse("2026-03-02T12:00:00Z"), "explain", "--policy", "retail-us",
        "--contact", CHICAGO_CONTACT, "--local", "2026-03-06T19:00");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(lines(
        "scheduled 2026-03-07T10:00-06:00[America/Chicago] (2026-03-07T16:00:00Z) for c1",
        "  candidate 2026-03-06T19:00-06:00",
        "  business hours: 2026-03-06T19:00-06:00 -> 2026-03-07T10:00-06:00 (closed; open MON-FRI"
            + " 09:00-17:00; SAT 10:00-14:00)"));
  }

  @Test
  void explain_localWithoutLaunch_isLateByTheClock() {
    // It is already 12:00 in London when the newsletter wanted for 09:00 that Wednesday is
    // launched: it moves to 09:00 the next day, within its 48 hours.
    CliRun r = runAt(Instant.parse("2026-03-04T12:00:00Z"), "explain", "--policy",
        "global-newsletter", "--contact", "{\"id\":\"n1\",\"zone\":\"Europe/London\"}",
        "--local", "2026-03-04T09:00", "--json");

    assertThat(r.exitCode()).isZero();
    Map<String, Object> o = Json.parseObject(r.outLines().get(0));
    assertThat(o).containsEntry("decision", "scheduled")
        .containsEntry("candidate", "2026-03-04T09:00:00Z")
        .containsEntry("at", "2026-03-05T09:00:00Z");
    assertThat(trace(o)).singleElement().satisfies(s -> assertThat(s)
        .containsEntry("rule", "late")
        .containsEntry("to", "2026-03-05T09:00:00Z")
        .extractingByKey("why").asString().contains("PT3H", "moved to the next day"));
  }

  @Test
  void explain_federalHoliday_movesToNextBusinessDay() {
    // Thanksgiving Day 2026 is Thursday, 26 November; a contact without a zone is read in the
    // fallback zone, New York.
    CliRun r = run("explain", "--policy", "retail-us", "--contact", "{\"id\":\"c2\"}",
        "--local", "2026-11-26T10:00", "--launch", "2026-11-01T00:00:00Z");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(lines(
        "scheduled 2026-11-27T09:00-05:00[America/New_York] (2026-11-27T14:00:00Z) for c2",
        "  candidate 2026-11-26T10:00-05:00",
        "  holidays: 2026-11-26T10:00-05:00 -> 2026-11-27T00:00-05:00 (2026-11-26 is Thanksgiving"
            + " Day (US federal))",
        "  quiet hours: 2026-11-27T00:00-05:00 -> 2026-11-27T08:00-05:00 (quiet hours 21:00-08:00)",
        "  business hours: 2026-11-27T08:00-05:00 -> 2026-11-27T09:00-05:00 (closed; open MON-FRI"
            + " 09:00-17:00; SAT 10:00-14:00)"));
  }

  @Test
  void explain_birthdayOnSaturday_suppressedByDeliverBy() {
    // The birthday, 2026-12-26, is a Saturday; the first weekday is after the deadline, the end
    // of the birthday in Paris.
    CliRun r = run("explain", "--policy", "birthday",
        "--contact", "{\"id\":\"b1\",\"zone\":\"Europe/Paris\",\"anchor\":\"2026-12-26\"}",
        "--local", "2026-12-26T10:00", "--launch", "2026-12-20T00:00:00Z", "--json");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    Map<String, Object> o = Json.parseObject(r.outLines().get(0));
    assertThat(o.keySet())
        .containsExactly("decision", "contact", "candidate", "zone", "rule", "reason", "trace");
    assertThat(o).containsEntry("decision", "suppressed")
        .containsEntry("contact", "b1")
        .containsEntry("candidate", "2026-12-26T09:00:00Z")
        .containsEntry("zone", "Europe/Paris")
        .containsEntry("rule", "deliver-by")
        .containsEntry("reason", "stale: no allowed time by the deadline 2026-12-26T23:59:59+01:00");
    assertThat(trace(o)).satisfiesExactly(
        s -> assertThat(s).containsEntry("rule", "weekend").containsEntry("to", "2026-12-27T23:00:00Z"),
        s -> assertThat(s).containsEntry("rule", "deliver-by")
            .containsEntry("from", "2026-12-26T22:59:59Z")
            .containsEntry("to", NULL));
  }

  @Test
  void explain_birthdayOnFriday_scheduled() {
    // The day before, a Friday, 10:00 in Paris is allowed as it is.
    CliRun r = run("explain", "--policy", "birthday",
        "--contact", "{\"id\":\"b1\",\"zone\":\"Europe/Paris\",\"anchor\":\"2026-12-25\"}",
        "--local", "2026-12-25T10:00", "--launch", "2026-12-20T00:00:00Z");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(
        lines("scheduled 2026-12-25T10:00+01:00[Europe/Paris] (2026-12-25T09:00:00Z) for b1"));
  }

  @Test
  void explain_contactWithoutZoneAndNoFallback_suppressedWithNullZone() {
    CliRun r = run("explain", "--policy", "birthday",
        "--contact", "{\"id\":\"b2\",\"anchor\":\"2026-12-25\"}", "--at", "2026-12-25T09:00:00Z",
        "--json");

    assertThat(r.exitCode()).isZero();
    Map<String, Object> o = Json.parseObject(r.outLines().get(0));
    assertThat(o).containsEntry("decision", "suppressed")
        .containsEntry("zone", NULL)
        .containsEntry("rule", "zone");
  }

  @Test
  void explain_campaign_appliesCampaignScopedBlackout() {
    // 2026-03-30 is one of the last three days of the first quarter.
    String[] args = {"explain", "--policy", "retail-us", "--contact", CHICAGO_CONTACT,
        "--local", "2026-03-30T10:00", "--launch", "2026-03-01T00:00:00Z"};
    CliRun promo = run(concat(args, "--campaign", "promo"));
    CliRun other = run(concat(args, "--campaign", "news"));
    CliRun none = run(args);

    assertThat(promo.exitCode()).isZero();
    assertThat(promo.outLines().get(0)).isEqualTo("suppressed by blackout quarter-close: 2026-03-30"
        + " is in blackout quarter-close (the last 3 days of every quarter) for c1");
    assertThat(other.out()).startsWith("scheduled 2026-03-30T10:00-05:00[America/Chicago]");
    assertThat(none.out()).isEqualTo(other.out());
  }

  @Test
  void explain_location_appliesLocationScopedBlackout() {
    // Monday, 1 June 2026, is inventory day at store-12 only.
    CliRun store12 = run("explain", "--policy", "retail-us",
        "--contact", "{\"id\":\"s1\",\"zone\":\"America/Chicago\",\"location\":\"store-12\"}",
        "--local", "2026-06-01T10:00", "--launch", "2026-05-01T00:00:00Z");
    CliRun store99 = run("explain", "--policy", "retail-us",
        "--contact", "{\"id\":\"s2\",\"zone\":\"America/Chicago\",\"location\":\"store-99\"}",
        "--local", "2026-06-01T10:00", "--launch", "2026-05-01T00:00:00Z");

    assertThat(store12.outLines().get(0))
        .isEqualTo("scheduled 2026-06-02T09:00-05:00[America/Chicago] (2026-06-02T14:00:00Z) for s1");
    assertThat(store12.out()).contains("  blackout store-inventory: 2026-06-01T10:00-05:00 ->");
    assertThat(store99.out())
        .isEqualTo(lines("scheduled 2026-06-01T10:00-05:00[America/Chicago] (2026-06-01T15:00:00Z) for s2"));
  }

  @Test
  void explain_wallClockTimeInSpringGap_suppressedByDstPolicy() {
    // Berlin skips from 02:00 to 03:00 on 2026-03-29; the office's policy skips such a time.
    CliRun r = run("explain", "--policy", "single-zone-office", "--contact", "{\"id\":\"o1\"}",
        "--local", "2026-03-29T02:30", "--launch", "2026-03-01T00:00:00Z", "--json");

    assertThat(r.exitCode()).isZero();
    Map<String, Object> o = Json.parseObject(r.outLines().get(0));
    assertThat(o).containsEntry("decision", "suppressed")
        .containsEntry("zone", "Europe/Berlin")
        .containsEntry("rule", "dst")
        .containsEntry("reason",
            "2026-03-29T02:30 does not exist in Europe/Berlin and the DST policy is SKIP");
  }

  @Test
  void explain_offsetDateTimeAndNumericId_accepted() {
    CliRun r = run("explain", "--policy", "single-zone-office", "--contact", "{\"id\":42}",
        "--at", "2026-03-04T10:00+01:00", "--json");

    assertThat(r.exitCode()).isZero();
    Map<String, Object> o = Json.parseObject(r.outLines().get(0));
    // A Wednesday in office hours: nothing moves it, and the trace is empty.
    assertThat(o).containsEntry("contact", "42")
        .containsEntry("candidate", "2026-03-04T09:00:00Z")
        .containsEntry("at", "2026-03-04T09:00:00Z")
        .containsEntry("trace", List.of());
  }

  @Test
  void explain_listPolicies_namesAndDescriptions() {
    CliRun r = run("explain", "--list-policies");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines()).filteredOn(l -> !l.startsWith(" "))
        .extracting(l -> l.substring(0, l.indexOf(' ')))
        .containsExactly("retail-us", "global-newsletter", "birthday", "single-zone-office",
            "campaign-service", "triggered-email", "drip-weekly-digest", "timezone-batches", "store-blackouts",
            "optimized-send-time", "medicare-supplement");
    assertThat(r.outLines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    assertThat(r.out()).contains("quiet 21:00-08:00", "US federal holidays", "48 hours",
        "anchor date", "Berlin time");
  }

  @Test
  void explain_help_documentsOptionsAndExitCodes() {
    CliRun r = run("explain", "--help");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Usage: sendtime explain", "--policy=FILE|NAME", "--contact=JSON",
        "--at=INSTANT", "--local=DATE-TIME", "--launch=INSTANT", "--campaign=ID", "--json",
        "--jsonl=FILE", "--list-policies", "Exit codes:", "whether scheduled or suppressed",
        "Examples:");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("userErrors")
  void explain_userError_oneLineAndExitTwo(String scenario, String keyword, String[] args) {
    CliRun r = run(args);

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("sendtime: ").contains(keyword);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).doesNotContain("\tat ", "Exception");
  }

  static Stream<Arguments> userErrors() {
    String at = "2026-12-24T15:00:00Z";
    return Stream.of(
        // a policy that is not among the examples: the message lists those that are
        error("unknown policy", "Unknown policy 'retail' for --policy: neither a policy file"
            + " (FILE.yaml) nor an example (valid values: retail-us, global-newsletter, birthday,",
            "--policy", "retail", "--contact", CHICAGO_CONTACT, "--at", at),
        // no policy at all
        error("missing policy", "Missing --policy FILE.yaml or NAME", "--contact", CHICAGO_CONTACT, "--at", at),
        // a zone that the IANA database does not have, named with where it was given
        error("unknown zone", "Unknown time zone 'Mars/Olympus_Mons' for zone in --contact",
            "--policy", "retail-us", "--contact", "{\"id\":\"c1\",\"zone\":\"Mars/Olympus_Mons\"}",
            "--at", at),
        // not an instant at all
        error("bad instant", "Invalid value for --at: 'tomorrow'",
            "--policy", "retail-us", "--contact", CHICAGO_CONTACT, "--at", "tomorrow"),
        // a wall-clock time given as an instant
        error("instant without offset", "'2026-12-24T09:00' has no offset",
            "--policy", "retail-us", "--contact", CHICAGO_CONTACT, "--at", "2026-12-24T09:00"),
        // a month that does not exist
        error("instant out of range", "MonthOfYear (valid values 1 - 12): 13",
            "--policy", "retail-us", "--contact", CHICAGO_CONTACT, "--at", "2026-13-24T15:00:00Z"),
        // schedules are in whole seconds
        error("fraction of a second", "expected whole seconds",
            "--policy", "retail-us", "--contact", CHICAGO_CONTACT, "--at", "2026-12-24T15:00:00.5Z"),
        // an instant given as a wall-clock time
        error("local with offset", "'2026-12-24T09:00Z' is not a wall-clock time",
            "--policy", "retail-us", "--contact", CHICAGO_CONTACT, "--local", "2026-12-24T09:00Z"),
        // a bad launch
        error("bad launch", "Invalid value for --launch: 'now'",
            "--policy", "retail-us", "--contact", CHICAGO_CONTACT, "--at", at, "--launch", "now"),
        // the contact has no id
        error("missing contact id", "Missing id in --contact",
            "--policy", "retail-us", "--contact", "{\"zone\":\"America/Chicago\"}", "--at", at),
        // an id that is neither text nor a number
        error("contact id not text", "id in --contact must be a string, not true",
            "--policy", "retail-us", "--contact", "{\"id\":true}", "--at", at),
        // a field the contact does not have
        error("unknown contact field", "unknown field \"tz\" in --contact",
            "--policy", "retail-us", "--contact", "{\"id\":\"c1\",\"tz\":\"UTC\"}", "--at", at),
        // a date that does not exist
        error("bad anchor", "Invalid value for anchor in --contact: '2026-02-30'",
            "--policy", "retail-us", "--contact", "{\"id\":\"c1\",\"anchor\":\"2026-02-30\"}",
            "--at", at),
        // the contact is not JSON
        error("contact not JSON", "Invalid value for --contact: invalid JSON",
            "--policy", "retail-us", "--contact", "{id: c1}", "--at", at),
        // no contact at all
        error("missing contact", "Missing --contact JSON", "--policy", "retail-us", "--at", at),
        // both kinds of wanted time
        error("both --at and --local", "--at and --local are mutually exclusive",
            "--policy", "retail-us", "--contact", CHICAGO_CONTACT, "--at", at,
            "--local", "2026-12-24T09:00"),
        // neither kind of wanted time
        error("neither --at nor --local", "Missing --at or --local: when the send is wanted",
            "--policy", "retail-us", "--contact", CHICAGO_CONTACT),
        // a policy file that does not exist
        error("missing policy file", "Cannot read policy file 'nowhere/renewals.yaml' for --policy: no such file",
            "--policy", "nowhere/renewals.yaml", "--contact", CHICAGO_CONTACT, "--at", at),
        // the optimized example learns its send time from engagement data, which explain lacks
        error("optimized schedule", "learns each contact's send time from engagement data",
            "--policy", "optimized-send-time", "--contact", CHICAGO_CONTACT),
        // the birthday policy counts its deadline from the anchor
        error("missing anchor", "Missing anchor in --contact: policy 'birthday'",
            "--policy", "birthday", "--contact", "{\"id\":\"b1\",\"zone\":\"Europe/Paris\"}",
            "--at", at),
        // a blank campaign
        error("blank campaign", "Campaign id must not be blank",
            "--policy", "retail-us", "--campaign", " ", "--contact", CHICAGO_CONTACT, "--at", at),
        // the list takes nothing else
        error("list with options", "--list-policies takes no other options",
            "--list-policies", "--policy", "retail-us"),
        // the batch takes its contacts per line
        error("--jsonl with --contact", "--jsonl takes no --contact",
            "--policy", "retail-us", "--jsonl", "-", "--contact", CHICAGO_CONTACT),
        // the batch file does not exist
        error("missing --jsonl file", "no such file",
            "--policy", "retail-us", "--jsonl", "does/not/exist.jsonl"),
        // picocli's own parse error
        error("unknown option", "Unknown options: '--zone'",
            "--policy", "retail-us", "--zone", "UTC"));
  }

  private static Arguments error(String scenario, String keyword, String... args) {
    return Arguments.of(scenario, keyword, concat(new String[] {"explain"}, args));
  }

  @Test
  void explain_jsonlBatch_answersEachLineInOrder() {
    String input = String.join("\n",
        "{\"contact\":{\"id\":\"c1\",\"zone\":\"America/Chicago\",\"location\":\"store-12\"},"
            + "\"at\":\"2026-12-24T15:00:00Z\"}",
        "{\"contact\":{\"id\":\"c2\",\"zone\":\"Mars/Base\"},\"at\":\"2026-12-24T15:00:00Z\"}",
        "{\"contact\":",
        "",
        "{\"contact\":{\"id\":\"c4\"},\"local\":\"2026-03-06T19:00\"}",
        "{\"contact\":{\"id\":\"c5\"}}",
        "{\"contact\":{\"id\":\"c6\"},\"at\":\"2026-03-06T19:00:00Z\",\"local\":\"2026-03-06T19:00\"}",
        "{\"contact\":\"c7\",\"at\":\"2026-03-06T19:00:00Z\"}",
        "{\"contact\":{\"id\":\"c8\"},\"at\":\"2026-03-06T19:00:00Z\",\"when\":1}",
        "{\"contact\":{\"id\":\"c9\"},\"local\":\"2026-03-06T19:00\",\"launch\":\"2026-03-07T01:00:00Z\"}",
        "");

    CliRun r = runWithInput(input, "explain", "--policy", "retail-us", "--jsonl", "-",
        "--launch", "2026-03-01T00:00:00Z");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    List<Map<String, Object>> out = r.outLines().stream().map(Json::parseObject).toList();
    assertThat(out).satisfiesExactly(
        // --launch applies to the lines that give none; it is before the wanted instant.
        o -> assertThat(o).containsEntry("line", new Json.Literal("1"))
            .containsEntry("decision", "scheduled")
            .containsEntry("at", "2027-01-04T15:00:00Z"),
        o -> assertThat(o).containsExactly(Map.entry("line", new Json.Literal("2")), Map.entry("error",
            "Unknown time zone 'Mars/Base' for contact.zone (expected an IANA zone id such as"
                + " America/New_York)")),
        o -> assertThat(o).containsEntry("line", new Json.Literal("3"))
            .extractingByKey("error").asString().startsWith("invalid JSON at column 12"),
        // The blank line 4 gives no output line; New York is the fallback zone.
        o -> assertThat(o).containsEntry("line", new Json.Literal("5"))
            .containsEntry("contact", "c4")
            .containsEntry("zone", "America/New_York")
            .containsEntry("at", "2026-03-07T15:00:00Z"),
        o -> assertThat(o).containsEntry("line", new Json.Literal("6"))
            .extractingByKey("error").asString().startsWith("Missing at or local"),
        o -> assertThat(o).containsEntry("line", new Json.Literal("7"))
            .extractingByKey("error").asString().startsWith("at and local are mutually exclusive"),
        o -> assertThat(o).containsEntry("line", new Json.Literal("8"))
            .containsEntry("error", "contact must be an object, not \"c7\""),
        o -> assertThat(o).containsEntry("line", new Json.Literal("9"))
            .extractingByKey("error").asString().startsWith("unknown field \"when\""),
        // The line's own launch, after the wanted 19:00 on Friday, makes the send late: it
        // moves to 19:00 on Saturday, after hours, and so to Monday 09:00, on daylight time
        // since Sunday (-04:00).
        o -> assertThat(o).containsEntry("line", new Json.Literal("10"))
            .containsEntry("decision", "scheduled")
            .containsEntry("at", "2026-03-09T13:00:00Z")
            .satisfies(l -> assertThat(trace(l)).first().satisfies(
                s -> assertThat(s).containsEntry("rule", "late"))));
  }

  @Test
  void explain_jsonlFile_allGood_exitZero(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("sends.jsonl");
    Files.writeString(file, String.join("\r\n",
        "\uFEFF{\"contact\":{\"id\":\"caf\u00e9\",\"zone\":\"Europe/Paris\",\"anchor\":\"2026-12-26\"},"
            + "\"local\":\"2026-12-26T10:00\"}",
        "{\"contact\":{\"id\":\"b2\",\"zone\":\"Asia/Tokyo\",\"anchor\":\"2026-12-24\"},"
            + "\"local\":\"2026-12-24T08:00\"}"), UTF_8);

    CliRun r = run("explain", "--policy", "birthday", "--jsonl", file.toString(),
        "--launch", "2026-12-01T00:00:00Z");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines()).hasSize(2);
    // A suppression is an answer, not an error; the id is escaped as the occurrences batch does.
    assertThat(r.outLines().get(0)).startsWith(
        "{\"line\":1,\"decision\":\"suppressed\",\"contact\":\"caf\\u00e9\",");
    Map<String, Object> tokyo = Json.parseObject(r.outLines().get(1));
    // 08:00 is in the quiet hours until 09:00; Thursday, 24 December, is the birthday itself.
    assertThat(tokyo).containsEntry("line", new Json.Literal("2"))
        .containsEntry("decision", "scheduled")
        .containsEntry("at", "2026-12-24T00:00:00Z")
        .containsEntry("zone", "Asia/Tokyo");
  }

  @SuppressWarnings("unchecked") // Json gives arrays as lists and objects as maps
  private static List<Map<String, Object>> trace(Map<String, Object> decision) {
    return (List<Map<String, Object>>) decision.get("trace");
  }

  private static String[] concat(String[] first, String... more) {
    return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
  }

  @Test
  void explain_policyFile_withItsOwnSchedule(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("launch.yaml"), String.join("\n",
        "version: 1",
        "name: morning-launch",
        "zone: UTC",
        "zone_strategy: recipient_local",
        "weekend: [SAT, SUN]",
        "schedule:",
        "  at_local: 2026-03-07T09:00",
        ""), UTF_8);

    // The wanted Saturday morning in Tokyo is a weekend day: the send moves to Monday 00:00.
    CliRun r = run("explain", "--policy", file.toString(), "--contact", "{\"id\":\"c1\",\"zone\":\"Asia/Tokyo\"}",
        "--launch", "2026-03-01T00:00:00Z");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines().get(0)).isEqualTo("scheduled 2026-03-09T00:00+09:00[Asia/Tokyo] (2026-03-08T15:00:00Z) for c1");
  }

  @Test
  void explain_invalidPolicyFile_problemsOnStandardError(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("bad.yaml"), "version: 1\nname: x\nzone: UTC\nquiethours: x\n",
        UTF_8);

    CliRun r = run("explain", "--policy", file.toString(), "--contact", CHICAGO_CONTACT, "--at", "2026-12-24T15:00:00Z");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(CliRun.lines(
        file + ":4:1: error: quiethours: unknown key 'quiethours'; did you mean 'quiet_hours'?"));
  }

  @Test
  void explain_policyFileAnchor_countsTheDeadline(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("greeting.yaml"), String.join("\n",
        "version: 1",
        "name: greeting",
        "zone: Europe/Paris",
        "deliver_by:",
        "  - days_after_anchor: 0",
        "schedule:",
        "  at_local: 2026-12-26T09:00",
        "  anchor: 2026-12-25",
        ""), UTF_8);

    // Wanted the day after the anchor: past the deadline the policy's own anchor sets.
    CliRun r = run("explain", "--policy", file.toString(), "--contact", "{\"id\":\"g1\"}",
        "--launch", "2026-12-01T00:00:00Z");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines().get(0)).startsWith("suppressed").contains("deliver-by");
  }

  /** A California contact of the Medicare-supplement example: birthday windows around December. */
  private static final String CA_MEMBER = "{\"id\":\"m1\",\"zone\":\"America/Los_Angeles\",\"jurisdiction\":\"CA\","
      + "\"dates\":{\"birthday\":\"1950-12-01\",\"effective_date\":\"2019-03-31\"}}";

  @Test
  void explain_year_plansEveryEmail_andShowsTheWindows() {
    CliRun r = run("explain", "--policy", "medicare-supplement", "--year", "2026",
        "--launch", "2026-01-01T00:00:00Z", "--contact", CA_MEMBER);

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    // The 2026 window: 30 days before the birthday plus the 60-day extension, to 60 days after.
    assertThat(r.outLines()).contains(
        "m1 2026-01-01..2026-12-31",
        "  window CA birthday window 2026-09-02..2027-01-30 (legal 2026-11-01..2027-01-30, anchor 2026-12-01)");
    assertThat(r.out())
        .contains("2026-11-17 birthday (priority 5) suppressed by CA birthday window")
        .contains("2026-09-15 annual_enrolment (priority 3) suppressed by CA birthday window")
        .contains("2027-01-31 post_window (priority 8) scheduled 2027-01-31T06:30-08:00[America/Los_Angeles]")
        .contains("2026-03-01 effective_date (priority 5) scheduled 2026-03-01T06:30-08:00[America/Los_Angeles]");
  }

  @Test
  void explain_range_json_yearRoundState() {
    CliRun r = run("explain", "--policy", "medicare-supplement", "--range", "2026-09-01/2026-10-01",
        "--launch", "2026-01-01T00:00:00Z", "--json",
        "--contact", "{\"id\":\"m2\",\"jurisdiction\":\"CT\",\"dates\":{\"birthday\":\"1950-12-01\",\"effective_date\":\"2019-03-31\"}}");

    assertThat(r.exitCode()).isZero();
    assertThat(r.outLines()).singleElement().asString()
        .startsWith("{\"contact\":\"m2\",\"from\":\"2026-09-01\",\"until\":\"2026-10-01\",\"windows\":[{\"rule\":\"CT year-round\"")
        .contains("{\"id\":\"m2/annual_enrolment/2026-09-15\",\"kind\":\"annual_enrolment\",\"due\":\"2026-09-15\","
            + "\"priority\":3,\"decision\":\"suppressed\",\"rule\":\"CT year-round\"")
        .doesNotContain("post_window");
  }

  @Test
  void explain_year_userErrors_exitTwo() {
    assertThat(run("explain", "--policy", "retail-us", "--year", "2026", "--contact", CA_MEMBER).err())
        .contains("Policy 'retail-us' has no campaign plan");
    assertThat(run("explain", "--policy", "medicare-supplement", "--year", "twenty", "--contact", CA_MEMBER).err())
        .contains("Invalid value for --year: 'twenty'");
    assertThat(run("explain", "--policy", "medicare-supplement", "--range", "2026-02-01/2026-01-01",
        "--contact", CA_MEMBER).exitCode()).isEqualTo(2);
    assertThat(run("explain", "--policy", "medicare-supplement", "--year", "2026", "--at", "2026-01-01T00:00:00Z",
        "--contact", CA_MEMBER).err()).contains("take no --at");
    assertThat(run("explain", "--policy", "medicare-supplement", "--year", "2026",
        "--contact", "{\"id\":\"m3\",\"dates\":{\"birthday\":\"1950-02-30\"}}").err())
        .contains("dates.birthday in --contact");
    assertThat(run("explain", "--policy", "medicare-supplement", "--year", "2026",
        "--contact", "{\"id\":\"m3\",\"state\":\"CA\"}").err())
        .contains("unknown field \"state\" in --contact");
  }
}
