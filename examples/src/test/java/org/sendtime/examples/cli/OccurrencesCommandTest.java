package org.sendtime.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtime.examples.cli.CliRun.lines;
import static org.sendtime.examples.cli.CliRun.run;
import static org.sendtime.examples.cli.CliRun.runWithInput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests {@code sendtime occurrences}, run in process. Surefire's default zone (Pacific/Chatham)
 * and locale (hi_IN) must leave no trace in the output.
 */
class OccurrencesCommandTest {
  private static final String NEW_YORK_LINES = String.join("\n",
      "DTSTART;TZID=America/New_York:19970902T090000",
      "RRULE:FREQ=DAILY;COUNT=5",
      "EXDATE;TZID=America/New_York:19970903T090000",
      "RDATE;TZID=America/New_York:19970910T140000");

  @Test
  void occurrences_dailyCountInNewYork() {
    CliRun r = run("occurrences", "--zone", "America/New_York", "--start", "1997-09-02T09:00",
        "--limit", "10", "RRULE:FREQ=DAILY;COUNT=10");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    // EDT (-04:00) lasts until 1997-10-26.
    assertThat(r.out()).isEqualTo(lines(
        "1997-09-02T09:00-04:00",
        "1997-09-03T09:00-04:00",
        "1997-09-04T09:00-04:00",
        "1997-09-05T09:00-04:00",
        "1997-09-06T09:00-04:00",
        "1997-09-07T09:00-04:00",
        "1997-09-08T09:00-04:00",
        "1997-09-09T09:00-04:00",
        "1997-09-10T09:00-04:00",
        "1997-09-11T09:00-04:00"));
  }

  @Test
  void occurrences_weeklyAfterInstant_acrossLondonSpringForward() {
    CliRun r = run("occurrences", "--after", "2026-03-01T00:00:00Z", "--limit", "5",
        "--zone", "Europe/London", "FREQ=WEEKLY;BYDAY=SU;BYHOUR=1;BYMINUTE=30");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    // 2026-03-01 is a Sunday; GMT is UTC, printed Z. On 2026-03-29 clocks go from 01:00 GMT to
    // 02:00 BST, so 01:30 does not exist and moves forward by the hour's gap to 02:30+01:00.
    assertThat(r.out()).isEqualTo(lines(
        "2026-03-01T01:30Z",
        "2026-03-08T01:30Z",
        "2026-03-15T01:30Z",
        "2026-03-22T01:30Z",
        "2026-03-29T02:30+01:00"));
  }

  @Test
  void occurrences_floatingRule_printsLocalDateTimes() {
    CliRun r = run("occurrences", "--start", "2026-01-30T09:00", "--limit", "3", "FREQ=DAILY");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(lines("2026-01-30T09:00", "2026-01-31T09:00", "2026-02-01T09:00"));
  }

  @Test
  void occurrences_floatingDtstart_afterLocalDateTime() {
    CliRun r = run("occurrences", "--after", "2026-01-31T09:00", "--limit", "2",
        "DTSTART:20260130T090000\nRRULE:FREQ=DAILY");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(lines("2026-02-01T09:00", "2026-02-02T09:00"));
  }

  @Test
  void occurrences_allDayRule_printsDates() {
    CliRun r = run("occurrences", "--start", "2026-02-27", "FREQ=DAILY;COUNT=3");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(lines("2026-02-27", "2026-02-28", "2026-03-01"));
  }

  @Test
  void occurrences_allDayRuleInZone_afterInstant() {
    // 2026-02-27T12:00Z is already 01:00 on 28 February in Auckland (+13:00), so the first date
    // strictly after it is 1 March.
    CliRun r = run("occurrences", "--zone", "Pacific/Auckland", "--after", "2026-02-27T12:00:00Z",
        "DTSTART;VALUE=DATE:20260226\nRRULE:FREQ=DAILY;COUNT=5");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(lines("2026-03-01", "2026-03-02"));
  }

  @Test
  void occurrences_contentLinesWithExdateAndRdate() {
    CliRun r = run("occurrences", NEW_YORK_LINES);

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    // COUNT=5 counts 3 September before EXDATE removes it; the RDATE comes on top.
    assertThat(r.out()).isEqualTo(lines(
        "1997-09-02T09:00-04:00",
        "1997-09-04T09:00-04:00",
        "1997-09-05T09:00-04:00",
        "1997-09-06T09:00-04:00",
        "1997-09-10T14:00-04:00"));
  }

  @Test
  void occurrences_backslashNSeparatesLines() {
    CliRun escaped = run("occurrences", NEW_YORK_LINES.replace("\n", "\\n"));

    assertThat(escaped.exitCode()).isZero();
    assertThat(escaped.out()).isEqualTo(run("occurrences", NEW_YORK_LINES).out());
    assertThat(escaped.outLines()).hasSize(5);
  }

  @Test
  void occurrences_unboundedRuleWithoutLimit_givesTen() {
    CliRun r = run("occurrences", "--zone", "UTC", "--start", "2026-01-01T00:00", "FREQ=HOURLY");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(lines(
        "2026-01-01T00:00Z",
        "2026-01-01T01:00Z",
        "2026-01-01T02:00Z",
        "2026-01-01T03:00Z",
        "2026-01-01T04:00Z",
        "2026-01-01T05:00Z",
        "2026-01-01T06:00Z",
        "2026-01-01T07:00Z",
        "2026-01-01T08:00Z",
        "2026-01-01T09:00Z"));
  }

  @Test
  void occurrences_boundedRuleWithoutLimit_givesAll() {
    CliRun r = run("occurrences", "--start", "2026-01-31", "FREQ=MONTHLY;COUNT=12;BYMONTHDAY=-1");

    assertThat(r.exitCode()).isZero();
    assertThat(r.outLines()).hasSize(12).startsWith("2026-01-31", "2026-02-28").endsWith("2026-12-31");
  }

  @Test
  void occurrences_malformedRule_namesPosition() {
    CliRun r = run("occurrences", "--start", "2026-01-01T00:00", "FREQ=MONTHLY;BYMONTHDAY=32");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(lines("sendtime: Invalid value for BYMONTHDAY (valid values -31 to"
        + " -1 and 1 to 31): 32, at position 24 of \"FREQ=MONTHLY;BYMONTHDAY=32\""));
  }

  @Test
  void occurrences_malformedRuleAfterDateStart_namesPositionInRuleAsGiven() {
    // The date start reaches core as an added DTSTART line; the position must not count it.
    CliRun r = run("occurrences", "--start", "2026-01-01", "FREQ=MONTHLY;BYMONTHDAY=32");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("at position 24 of \"FREQ=MONTHLY;BYMONTHDAY=32\"");
  }

  @Test
  void occurrences_malformedContentLine_namesLineAndColumn() {
    CliRun r = run("occurrences", "DTSTART:20260101T000000\\nRRULE:FREQ=MONTHLY;BYMONTHDAY=32");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("at line 2, column 31");
  }

  @Test
  void occurrences_badZone() {
    CliRun r = run("occurrences", "--zone", "Mars/Olympus_Mons", "--start", "2026-01-01T00:00",
        "FREQ=DAILY");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(lines("sendtime: Unknown time zone 'Mars/Olympus_Mons' for --zone"
        + " (expected an IANA zone id such as America/New_York)"));
  }

  @Test
  void occurrences_badAfter() {
    CliRun r = run("occurrences", "--zone", "UTC", "--after", "yesterday", "FREQ=DAILY");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("sendtime: Invalid value for --after: 'yesterday' (expected an"
        + " instant such as 2026-03-01T00:00:00Z");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("userErrors")
  void occurrences_userError_oneLineAndExitTwo(String scenario, String keyword, String[] args) {
    CliRun r = run(args);

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("sendtime: ").contains(keyword);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).doesNotContain("\tat ", "Exception");
  }

  static Stream<Arguments> userErrors() {
    return Stream.of(
        // the rule's message names the rule part, the valid values and the position
        error("malformed rule", "position 24",
            "--start", "2026-01-01T00:00", "FREQ=MONTHLY;BYMONTHDAY=32"),
        // not a property core knows
        error("unknown property", "Unknown property 'RULE'", "--start", "2026-01-01", "RULE:FREQ=DAILY"),
        // a zone that the IANA database does not have
        error("bad zone", "Unknown time zone", "--zone", "Nowhere/Town", "--start", "2026-01-01T00:00",
            "FREQ=DAILY"),
        // a TZID that the IANA database does not have
        error("bad TZID", "Unknown time zone 'Nowhere/Town' in TZID",
            "DTSTART;TZID=Nowhere/Town:20260101T000000\\nRRULE:FREQ=DAILY"),
        // not a date-time at all
        error("bad --after", "Invalid value for --after", "--zone", "UTC", "--after", "soon", "FREQ=DAILY"),
        // a date-time with a value out of range
        error("bad --after month", "MonthOfYear (valid values 1 - 12): 13",
            "--zone", "UTC", "--after", "2026-13-01T00:00", "FREQ=DAILY"),
        // a start must be local: the zone is given apart
        error("offset --start", "a start is local", "--start", "2026-01-01T00:00Z", "FREQ=DAILY"),
        // nothing says where the rule starts
        error("missing start", "--start is required when the rule has no DTSTART", "FREQ=DAILY"),
        // an instant cannot start a floating rule
        error("instant --after without zone", "only with --zone", "--after", "2026-01-01T00:00:00Z",
            "FREQ=DAILY"),
        // an instant cannot be compared with a floating rule's local times
        error("instant --after on floating rule", "but the rule is floating",
            "--after", "2026-01-01T00:00:00Z", "DTSTART:20260101T000000\\nRRULE:FREQ=DAILY"),
        // --zone contradicts the TZID
        error("zone conflict", "--zone Europe/London differs from the zone of the rule's DTSTART",
            "--zone", "Europe/London", "DTSTART;TZID=America/New_York:19970902T090000\\nRRULE:FREQ=DAILY"),
        // --start contradicts DTSTART
        error("start conflict", "differs from the rule's DTSTART",
            "--start", "1997-09-03T09:00", "DTSTART:19970902T090000\\nRRULE:FREQ=DAILY"),
        // an all-day rule cannot have a time of day
        error("time of day in all-day rule", "not allowed with a DATE start",
            "--start", "2026-01-01", "FREQ=DAILY;BYHOUR=9"),
        // limits start at one
        error("zero limit", "Invalid value for --limit: 0", "--start", "2026-01-01", "--limit", "0",
            "FREQ=DAILY"),
        // picocli's own conversion error
        error("non-numeric limit", "--limit", "--start", "2026-01-01", "--limit", "ten", "FREQ=DAILY"),
        // picocli's own parse error
        error("unknown option", "Unknown option: '--bogus'", "--bogus", "FREQ=DAILY"),
        // neither a rule nor a batch
        error("missing rule", "Missing RULE", "--start", "2026-01-01"),
        // the batch takes its inputs per line
        error("--jsonl with rule", "--jsonl takes no RULE", "--jsonl", "-", "FREQ=DAILY"),
        // the batch file does not exist
        error("missing --jsonl file", "no such file", "--jsonl", "does/not/exist.jsonl"));
  }

  private static Arguments error(String scenario, String keyword, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "occurrences";
    System.arraycopy(args, 0, all, 1, args.length);
    return Arguments.of(scenario, keyword, all);
  }

  @Test
  void occurrences_jsonlBatch_answersEachLineInOrder() {
    String input = String.join("\n",
        "{\"id\":\"a\",\"rrule\":\"FREQ=DAILY;COUNT=3\",\"dtstart\":\"1997-09-02T09:00\","
            + "\"zone\":\"America/New_York\"}",
        "{\"id\":2,\"rrule\":\"FREQ=MONTHLY;BYMONTHDAY=32\",\"dtstart\":\"2026-01-01T00:00\"}",
        "{\"id\":3,\"rrule\":",
        "",
        "{\"id\":4.50,\"rrule\":\"FREQ=WEEKLY\",\"dtstart\":\"2026-03-02\",\"exdate\":[\"2026-03-09\"],"
            + "\"rdate\":[\"2026-03-11\"],\"after\":\"2026-03-01\",\"limit\":3}",
        "{\"id\":5,\"rrule\":\"FREQ=DAILY\",\"zone\":\"Mars/Base\",\"dtstart\":\"2026-01-01T00:00\"}",
        "");

    CliRun r = runWithInput(input, "occurrences", "--jsonl", "-");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(lines(
        "{\"id\":\"a\",\"occurrences\":[\"1997-09-02T09:00-04:00\",\"1997-09-03T09:00-04:00\","
            + "\"1997-09-04T09:00-04:00\"]}",
        "{\"id\":2,\"error\":\"line 2: Invalid value for BYMONTHDAY (valid values -31 to -1 and 1"
            + " to 31): 32, at position 24 of \\\"FREQ=MONTHLY;BYMONTHDAY=32\\\"\"}",
        "{\"id\":null,\"error\":\"line 3: invalid JSON at column 17: expected the node content,"
            + " but found '<stream end>'\"}",
        // 2026-03-02 is a Monday; the blank line 4 gives no output line.
        "{\"id\":4.50,\"occurrences\":[\"2026-03-02\",\"2026-03-11\",\"2026-03-16\"]}",
        "{\"id\":5,\"error\":\"line 6: Unknown time zone 'Mars/Base' for zone (expected an IANA"
            + " zone id such as America/New_York)\"}"));
  }

  @Test
  void occurrences_jsonlFile_allGood_exitZero(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("batch.jsonl");
    Files.writeString(file, String.join("\r\n",
        "{\"id\":\"caf\u00e9 \\\"1\\\"\",\"rrule\":\"DTSTART;TZID=Europe/Paris:20260105T090000\\n"
            + "RRULE:FREQ=WEEKLY;COUNT=3\",\"exdate\":[\"2026-01-12T08:00:00Z\"]}",
        "{\"id\":true,\"rrule\":\"FREQ=YEARLY\",\"dtstart\":\"2024-02-29\",\"limit\":2}"), UTF_8);

    CliRun r = run("occurrences", "--jsonl", file.toString());

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(lines(
        // 08:00Z is 09:00 in Paris (+01:00), so the EXDATE given as an instant removes 12 January.
        "{\"id\":\"caf\\u00e9 \\\"1\\\"\",\"occurrences\":[\"2026-01-05T09:00+01:00\","
            + "\"2026-01-19T09:00+01:00\"]}",
        // RFC 5545 skips 29 February in the years that have none.
        "{\"id\":true,\"occurrences\":[\"2024-02-29\",\"2028-02-29\"]}"));
  }

  @Test
  void occurrences_jsonlFieldErrors_reportedPerLine() {
    String input = String.join("\n",
        "{\"id\":1,\"rule\":\"FREQ=DAILY\"}",
        "{\"id\":2,\"rrule\":\"FREQ=DAILY\",\"limit\":0}",
        "{\"id\":[3],\"rrule\":\"FREQ=DAILY\"}",
        "{\"id\":4,\"rrule\":\"FREQ=DAILY\",\"dtstart\":\"2026-03-01\","
            + "\"exdate\":[\"2026-03-02T00:00:00Z\"]}",
        "id: 5");

    CliRun r = runWithInput(input, "occurrences", "--jsonl", "-");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.outLines()).satisfiesExactly(
        l -> assertThat(l).startsWith("{\"id\":1,\"error\":").contains("unknown field \\\"rule\\\""),
        l -> assertThat(l).startsWith("{\"id\":2,\"error\":").contains("limit must be"),
        l -> assertThat(l).startsWith("{\"id\":null,\"error\":").contains("id must be"),
        l -> assertThat(l).startsWith("{\"id\":4,\"error\":").contains("is an instant"),
        l -> assertThat(l).startsWith("{\"id\":null,\"error\":").contains("expected an object"));
  }

  @Test
  void occurrences_policySchedule_eachWithItsDecision() {
    // Mondays at 08:00 in Chicago; the weekly digest is due on the Monday after Christmas and on
    // New Year's Day's Monday alike, neither a holiday in 2026-27.
    CliRun r = run("occurrences", "--policy", "policies/drip-weekly-digest.yaml",
        "--after", "2026-12-20T00:00:00Z", "--limit", "3");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines()).containsExactly(
        "2026-12-21T08:00-06:00  sends 2026-12-21T08:00-06:00",
        "2026-12-28T08:00-06:00  sends 2026-12-28T08:00-06:00",
        "2027-01-04T08:00-06:00  sends 2027-01-04T08:00-06:00");
  }

  @Test
  void occurrences_policySchedule_holidayMovesTheSend() {
    // Memorial Day 2027 is Monday May 31: the digest goes out on Tuesday as soon as the quiet
    // hours (21:00-07:00) end.
    CliRun r = run("occurrences", "--policy", "drip-weekly-digest", "--after", "2027-05-30", "--limit", "1");

    assertThat(r.exitCode()).isZero();
    assertThat(r.outLines()).containsExactly("2027-05-31T08:00-05:00  sends 2027-06-01T07:00-05:00");
  }

  @Test
  void occurrences_policyWithoutRecurringSchedule_exitTwo() {
    CliRun r = run("occurrences", "--policy", "retail-us");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(CliRun.lines(
        "sendtime: Policy 'retail-us' has no recurring schedule to list (its schedule: none)"));
  }

  @Test
  void occurrences_policyWithRule_exitTwo() {
    CliRun r = run("occurrences", "--policy", "drip-weekly-digest", "FREQ=DAILY");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--policy lists the policy's own schedule");
  }

  @Test
  void occurrences_contactWithoutPolicy_exitTwo() {
    CliRun r = run("occurrences", "--contact", "{\"id\":\"c1\"}", "FREQ=DAILY");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--contact goes with --policy");
  }
}
