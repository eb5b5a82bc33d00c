package org.sendtime.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One in-process run of the command line, with its standard input given and its output and
 * exit code captured.
 *
 * @param exitCode  the exit code
 * @param out  what was written to standard output
 * @param err  what was written to standard error
 */
record CliRun(int exitCode, String out, String err) {

  /** Runs the command line with empty standard input. */
  static CliRun run(String... args) {
    return runWithInput("", args);
  }

  /** Runs the command line with the given standard input. */
  static CliRun runWithInput(String stdin, String... args) {
    return runWithInput(stdin, null, args);
  }

  /** Runs the command line with empty standard input and a clock that says it is a given instant. */
  static CliRun runAt(Instant now, String... args) {
    return runWithInput("", Clock.fixed(now, ZoneOffset.UTC), args);
  }

  /** Runs the command line with the given standard input, and a clock unless it is null. */
  static CliRun runWithInput(String stdin, @Nullable Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter outWriter = new PrintWriter(out);
    PrintWriter errWriter = new PrintWriter(err);
    ByteArrayInputStream in = new ByteArrayInputStream(stdin.getBytes(UTF_8));
    int code = (clock == null
            ? SendtimeCommand.newCommandLine(in, outWriter, errWriter)
            : SendtimeCommand.newCommandLine(in, outWriter, errWriter, clock))
        .execute(args);
    outWriter.flush();
    errWriter.flush();
    return new CliRun(code, out.toString(), err.toString());
  }

  /** The text of lines as the command prints them, each ended by the platform's separator. */
  static String lines(String... lines) {
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      sb.append(line).append(System.lineSeparator());
    }
    return sb.toString();
  }

  /** The lines written to standard output. */
  List<String> outLines() {
    return out.lines().toList();
  }
}
