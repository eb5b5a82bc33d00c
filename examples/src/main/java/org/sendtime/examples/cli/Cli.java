package org.sendtime.examples.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.sendtime.examples.ExamplePolicies;
import org.sendtime.rules.Policy;
import org.sendtime.rules.PolicyLoader;
import picocli.CommandLine.Model.CommandSpec;

/** What the commands share: the injected command spec, and policies named on the command line. */
final class Cli {
  private Cli() {}

  /** Gets the spec that picocli injects into a command. */
  static CommandSpec spec(@Nullable CommandSpec spec) {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return spec;
  }

  /**
   * Reads the policy an option names: a YAML file when the value ends in {@code .yaml} or
   * {@code .yml} or names an existing file, otherwise one of the {@link ExamplePolicies}.
   *
   * @param value  the option's value
   * @param option  the option's name, for messages
   * @param loader  the loader of files
   * @return the policy
   * @throws InputException if no such example exists or the file is missing
   * @throws org.sendtime.rules.PolicyException if the file is not a valid policy
   */
  static Policy policy(String value, String option, PolicyLoader loader) {
    Path file = path(value);
    if (file != null && Files.exists(file)) {
      if (!Files.isRegularFile(file)) {
        throw new InputException("Cannot read policy file '" + value + "' for " + option + ": not a regular file");
      }
      return loader.load(file);
    }
    if (value.endsWith(".yaml") || value.endsWith(".yml")) {
      throw new InputException("Cannot read policy file '" + value + "' for " + option + ": no such file");
    }
    if (!ExamplePolicies.names().contains(value)) {
      throw new InputException("Unknown policy '" + value + "' for " + option + ": neither a policy file (FILE.yaml)"
          + " nor an example (valid values: " + String.join(", ", ExamplePolicies.names()) + ")");
    }
    return ExamplePolicies.get(value);
  }

  private static @Nullable Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
