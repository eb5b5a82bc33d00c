package org.sendtime.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

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
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter outWriter = new PrintWriter(out);
    PrintWriter errWriter = new PrintWriter(err);
    int code = SendtimeCommand.newCommandLine(
            new ByteArrayInputStream(stdin.getBytes(UTF_8)), outWriter, errWriter)
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
