package org.sendtime.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sendtime.rules.PolicyLoader;
import org.sendtime.rules.PolicyProblem;
import org.sendtime.rules.PolicyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sendtime validate}: checks policy files and reports every problem with its position. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = SendtimeCommand.Version.class,
    description = {
        "Checks YAML policy files: their syntax, every key and value, the policies they extend,"
            + " and settings that leave a policy unable to send (errors) or that look like"
            + " mistakes (warnings).",
        "Each problem is printed on standard output as FILE:LINE:COLUMN: SEVERITY: PATH: MESSAGE,"
            + " the form editors and build tools recognise; a summary goes to standard error."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:Every file is valid; there may be warnings.",
        "1:Some file has an error (or, with --strict, a warning).",
        "2:Usage error, such as a file that does not exist.",
        "3:Internal error."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  sendtime validate examples/policies/*.yaml",
        "  sendtime validate --strict renewals.yaml"})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  @Nullable CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The policy files, in YAML.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--strict", description = "Fails on warnings too.")
  boolean strict;

  private final PolicyLoader loader;

  /**
   * Creates the command.
   *
   * @param loader  the loader that checks the files
   */
  ValidateCommand(PolicyLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    CommandSpec commandSpec = Cli.spec(spec);
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new InputException("Cannot read policy file '" + file + "': "
            + (Files.exists(file) ? "not a regular file" : "no such file"));
      }
    }
    PrintWriter out = commandSpec.commandLine().getOut();
    int errors = 0;
    int warnings = 0;
    int failedFiles = 0;
    for (Path file : files) {
      PolicyReport report = loader.check(file);
      for (PolicyProblem problem : report.problems()) {
        out.println(SendtimeCommand.oneLine(problem.toString()));
      }
      errors += report.errors().size();
      warnings += report.warnings().size();
      if (!report.isValid() || strict && !report.warnings().isEmpty()) {
        failedFiles++;
      }
    }
    out.flush();
    PrintWriter err = commandSpec.commandLine().getErr();
    err.println("sendtime: " + count(files.size(), "file") + " checked: " + count(errors, "error") + ", "
        + count(warnings, "warning") + (failedFiles == 0 ? "; valid" : "; " + count(failedFiles, "file") + " failed"));
    err.flush();
    return failedFiles == 0 ? SendtimeCommand.EXIT_OK : SendtimeCommand.EXIT_SOME_FAILED;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
