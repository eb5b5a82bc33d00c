package org.sendtime.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtime.examples.cli.CliRun.run;

import org.junit.jupiter.api.Test;

/** Tests the top-level {@code sendtime} command: help, version and bad commands. */
class SendtimeCommandTest {

  @Test
  void help_listsCommands() {
    CliRun r = run("--help");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Usage: sendtime", "occurrences", "explain");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void help_ofOccurrences_documentsExitCodes() {
    CliRun r = run("occurrences", "--help");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Usage: sendtime occurrences", "--jsonl", "Exit codes:",
        "some line had an error");
  }

  @Test
  void version_printsBuildVersion() {
    CliRun top = run("--version");
    CliRun sub = run("occurrences", "--version");
    CliRun explain = run("explain", "--version");

    assertThat(top.exitCode()).isZero();
    assertThat(top.out()).matches("sendtime \\d+\\.\\d+\\.\\d+\\S*\\R");
    assertThat(sub.out()).isEqualTo(top.out());
    assertThat(explain.out()).isEqualTo(top.out());
  }

  @Test
  void execute_noCommand_usageError() {
    CliRun r = run();

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("sendtime: Missing required subcommand").doesNotContain("\tat ");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void execute_unknownCommand_usageError() {
    CliRun r = run("occurences");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("sendtime: Unmatched argument").contains("'occurences'");
    assertThat(r.err().lines()).hasSize(1);
  }
}
