package org.sendtime.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sendtime.rules.Policy;
import org.sendtime.rules.PolicyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sendtime print}: a policy in its canonical YAML or as Java DSL source. */
@Command(
    name = "print",
    mixinStandardHelpOptions = true,
    versionProvider = SendtimeCommand.Version.class,
    description = {
        "Prints a policy in a canonical form: YAML with every inherited setting resolved, keys in"
            + " a fixed order and defaults left out, or the Java DSL source that builds the same"
            + " policy. Either form reads back into an equal policy."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:Success.",
        "2:Usage or input error, such as an invalid policy, reported on standard error.",
        "3:Internal error."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  sendtime print examples/policies/retail-us.yaml",
        "  sendtime print --as java examples/policies/retail-us.yaml",
        "  sendtime print birthday"})
final class PrintCommand implements Callable<Integer> {
  @Spec
  @Nullable CommandSpec spec;

  @Parameters(
      paramLabel = "POLICY",
      description = "The policy: a YAML file, or the name of an example (see 'sendtime explain --list-policies').")
  String policy = "";

  @Option(names = "--as", paramLabel = "FORM", description = "The form: yaml (the default) or java.")
  @Nullable String form;

  private final PolicyLoader loader;

  /**
   * Creates the command.
   *
   * @param loader  the loader of policy files
   */
  PrintCommand(PolicyLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    String as = form == null ? "yaml" : form.toLowerCase(Locale.ROOT);
    if (!as.equals("yaml") && !as.equals("java")) {
      throw new InputException("Invalid value for --as: '" + form + "' (valid values: yaml, java)");
    }
    Policy p = Cli.policy(policy, "POLICY", loader);
    PrintWriter out = Cli.spec(spec).commandLine().getOut();
    out.print(as.equals("yaml") ? p.toYaml() : p.toJava());
    out.flush();
    return SendtimeCommand.EXIT_OK;
  }
}
