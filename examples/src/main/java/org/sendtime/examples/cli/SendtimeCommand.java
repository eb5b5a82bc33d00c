package org.sendtime.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.sendtime.SendtimeException;
import org.sendtime.rules.PolicyException;
import org.sendtime.rules.PolicyLoader;
import org.sendtime.rules.PolicyProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code sendtime} command line.
 *
 * <p>Every user error, whether a bad option or a bad rule, is reported as one line on standard
 * error, starting {@code sendtime: }, with exit code {@value #EXIT_USAGE}; an invalid policy file
 * is reported as one line per problem, starting with its {@code file:line:column:}. Stack traces
 * are never shown.
 */
@Command(
    name = "sendtime",
    mixinStandardHelpOptions = true,
    versionProvider = SendtimeCommand.Version.class,
    description = "Decides when a message may be sent. Run 'sendtime COMMAND --help' for a command.",
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n")
public final class SendtimeCommand {
  /** The exit code of success. */
  public static final int EXIT_OK = 0;
  /** The exit code of a batch in which some line failed, each failure reported in the output. */
  public static final int EXIT_SOME_FAILED = 1;
  /** The exit code of a usage or input error, reported on standard error. */
  public static final int EXIT_USAGE = 2;
  /** The exit code of an internal error, a bug in sendtime. */
  public static final int EXIT_INTERNAL = 3;

  private SendtimeCommand() {}

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args  the arguments, not null
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(newCommandLine(System.in, out, err).execute(args));
  }

  /**
   * Obtains the command line with its subcommands and exception handlers.
   *
   * @param in  the standard input, read by {@code --jsonl -}, not null
   * @param out  the standard output, not null
   * @param err  the standard error, not null
   * @return a command line to {@link CommandLine#execute execute}, not null
   */
  public static CommandLine newCommandLine(InputStream in, PrintWriter out, PrintWriter err) {
    return newCommandLine(in, out, err, Clock.systemDefaultZone());
  }

  /**
   * Obtains the command line with its subcommands and exception handlers, reading the current
   * time from a clock.
   *
   * @param in  the standard input, read by {@code --jsonl -}, not null
   * @param out  the standard output, not null
   * @param err  the standard error, not null
   * @param clock  the clock for options that default to the current time, such as the launch
   *     of {@code explain --local}, not null
   * @return a command line to {@link CommandLine#execute execute}, not null
   */
  public static CommandLine newCommandLine(InputStream in, PrintWriter out, PrintWriter err, Clock clock) {
    CommandLine cl = new CommandLine(new SendtimeCommand());
    // Subcommands first: picocli copies the settings below only to subcommands already added.
    PolicyLoader loader = PolicyLoader.standard();
    cl.addSubcommand(new OccurrencesCommand(in, clock, loader));
    cl.addSubcommand(new ExplainCommand(in, clock, loader));
    cl.addSubcommand(new ValidateCommand(loader));
    cl.addSubcommand(new PrintCommand(loader));
    // A rule is free text that may well start with '@'; it must never be read as a file name.
    cl.setExpandAtFiles(false);
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(SendtimeCommand::handleParameterException);
    cl.setExecutionExceptionHandler(SendtimeCommand::handleExecutionException);
    return cl;
  }

  private static int handleParameterException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    cl.getErr().println("sendtime: " + oneLine(ex.getMessage())
        + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
    return EXIT_USAGE;
  }

  private static int handleExecutionException(Exception ex, CommandLine cl, ParseResult result) {
    if (ex instanceof ParameterException) {
      return handleParameterException((ParameterException) ex, new String[0]);
    }
    if (ex instanceof PolicyException) {
      // One line per problem, starting with its file:line:column as editors expect.
      for (PolicyProblem problem : ((PolicyException) ex).problems()) {
        cl.getErr().println(oneLine(problem.toString()));
      }
      return EXIT_USAGE;
    }
    if (isUserError(ex)) {
      cl.getErr().println("sendtime: " + oneLine(ex.getMessage()));
      return EXIT_USAGE;
    }
    cl.getErr().println("sendtime: internal error, please report it: " + oneLine(ex.toString()));
    return EXIT_INTERNAL;
  }

  /**
   * Checks whether an exception reports a mistake in the user's input, as opposed to a bug.
   * Core reports invalid arguments with {@link IllegalArgumentException} and invalid text with
   * {@link SendtimeException}; java.time reports invalid values with {@link DateTimeException}.
   */
  static boolean isUserError(Throwable ex) {
    return ex instanceof InputException
        || ex instanceof SendtimeException
        || ex instanceof DateTimeException
        || ex instanceof IllegalArgumentException
        || ex instanceof IOException
        || ex instanceof UncheckedIOException;
  }

  /** Keeps a message on one line, as errors on standard error and in JSON lines must be. */
  static String oneLine(@Nullable String message) {
    if (message == null) {
      return "(no message)";
    }
    return message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  /** Reports the version of the build, from a resource that Maven filters. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = SendtimeCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"sendtime " + p.getProperty("version", "(unknown version)")};
    }
  }
}
