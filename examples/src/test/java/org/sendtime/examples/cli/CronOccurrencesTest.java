package org.sendtime.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtime.examples.cli.CliRun.lines;
import static org.sendtime.examples.cli.CliRun.run;
import static org.sendtime.examples.cli.CliRun.runWithInput;

import org.junit.jupiter.api.Test;

/** {@code sendtime occurrences --cron}: fire times of cron expressions, single and batch. */
class CronOccurrencesTest {

  @Test
  void cron_unixWeekdaysAcrossSpringChange() {
    CliRun r = run("occurrences", "--cron", "0 9 * * 1-5", "--zone", "America/New_York",
        "--after", "2026-03-06T00:00:00Z", "--limit", "3");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(lines(
        "2026-03-06T09:00-05:00", "2026-03-09T09:00-04:00", "2026-03-10T09:00-04:00"));
  }

  @Test
  void cron_fixedHourInGap_shiftsForwardOrAsPolicySays() {
    String[] base = {"occurrences", "--cron", "30 2 * * *", "--zone", "America/New_York",
        "--after", "2026-03-07T12:00:00Z", "--limit", "2"};
    assertThat(run(base).out()).isEqualTo(lines("2026-03-08T03:30-04:00", "2026-03-09T02:30-04:00"));
    assertThat(run(concat(base, "--dst-policy", "skip")).out())
        .isEqualTo(lines("2026-03-09T02:30-04:00", "2026-03-10T02:30-04:00"));
    assertThat(run(concat(base, "--dst-policy", "AT_TRANSITION")).out())
        .isEqualTo(lines("2026-03-08T03:00-04:00", "2026-03-09T02:30-04:00"));
  }

  @Test
  void cron_quartzDialect_lastWeekday() {
    CliRun r = run("occurrences", "--cron", "0 30 10 LW * ?", "--dialect", "quartz", "--zone", "UTC",
        "--after", "2026-01-01T00:00:00Z", "--limit", "3");
    assertThat(r.out()).isEqualTo(lines("2026-01-30T10:30Z", "2026-02-27T10:30Z", "2026-03-31T10:30Z"));
  }

  @Test
  void cron_floating_localFireTimes() {
    CliRun r = run("occurrences", "--cron", "@monthly", "--after", "2026-01-15T00:00", "--limit", "2");
    assertThat(r.out()).isEqualTo(lines("2026-02-01T00:00", "2026-03-01T00:00"));
  }

  @Test
  void cron_defaultLimitIsTen() {
    CliRun r = run("occurrences", "--cron", "*/15 * * * *", "--zone", "UTC", "--after", "2026-01-01T00:00:00Z");
    assertThat(r.outLines()).hasSize(10).startsWith("2026-01-01T00:15Z").endsWith("2026-01-01T02:30Z");
  }

  @Test
  void cron_invalid_exit2WithPosition() {
    CliRun r = run("occurrences", "--cron", "0 24 * * *", "--after", "2026-01-01T00:00");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("hour").contains("position 2").doesNotContain("Exception");
  }

  @Test
  void cron_badDialectOrPolicy_exit2() {
    assertThat(run("occurrences", "--cron", "* * * * *", "--dialect", "vixie").err()).contains("unix, quartz or spring");
    assertThat(run("occurrences", "--cron", "* * * * *", "--dst-policy", "later").err())
        .contains("shift-forward, skip or at-transition");
    assertThat(run("occurrences", "--dialect", "unix", "FREQ=DAILY").err()).contains("go with --cron");
    assertThat(run("occurrences", "--cron", "* * * * *", "--start", "2026-01-01T00:00").exitCode()).isEqualTo(2);
  }

  @Test
  void cron_instantAfterWithoutZone_exit2() {
    CliRun r = run("occurrences", "--cron", "* * * * *", "--after", "2026-01-01T00:00:00Z");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("local");
  }

  @Test
  void jsonl_cronLines() {
    CliRun r = runWithInput(
        "{\"id\":1,\"cron\":\"0 0 12 ? * MON-FRI\",\"dialect\":\"quartz\",\"zone\":\"UTC\","
            + "\"after\":\"2026-01-02T00:00:00Z\",\"limit\":2}\n"
            + "{\"id\":2,\"cron\":\"0 25 * * *\",\"after\":\"2026-01-01T00:00\"}\n"
            + "{\"id\":3,\"cron\":\"* * * * *\"}\n"
            + "{\"id\":4,\"cron\":\"* * * * *\",\"dtstart\":\"2026-01-01T00:00\",\"after\":\"2026-01-01T00:00\"}\n",
        "occurrences", "--jsonl", "-");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.outLines()).hasSize(4);
    assertThat(r.outLines().get(0)).isEqualTo("{\"id\":1,\"occurrences\":[\"2026-01-02T12:00Z\",\"2026-01-05T12:00Z\"]}");
    assertThat(r.outLines().get(1)).startsWith("{\"id\":2,\"error\":\"line 2: ").contains("hour");
    assertThat(r.outLines().get(2)).contains("needs after");
    assertThat(r.outLines().get(3)).contains("dtstart does not go with cron");
  }

  private static String[] concat(String[] base, String... more) {
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }
}
