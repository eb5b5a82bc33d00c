package org.sendtime.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sendtime.rules.Policy;
import org.sendtime.rules.PolicyLoader;

/**
 * The example policies of {@code examples/policies/}, known by name to the command line.
 *
 * <p>Each is a YAML policy file, bundled in the jar and read with {@link PolicyLoader}; the
 * files say which scenario of the project's users each one shows. For example:
 * <ul>
 *   <li>{@code retail-us}: each contact's own wall clock, quiet hours, business hours with a
 *       short Saturday, US federal holidays, and three kinds of blackout: a year-end freeze for
 *       everyone, a quarter close for one campaign and a monthly inventory day for two stores;
 *   <li>{@code global-newsletter}: each contact's own wall clock, quiet hours, no weekends, and
 *       worthless if not delivered within 48 hours;
 *   <li>{@code birthday}: each contact's own wall clock, quiet hours, no weekends, and never
 *       after the birthday itself;
 *   <li>{@code single-zone-office}: one office's wall clock for everyone and its business hours;
 *       a wanted time that a daylight-saving change skips is not sent.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExamplePolicies {
  /** The names of the example files, in the order they are listed. */
  private static final List<String> NAMES = List.of(
      "retail-us", "global-newsletter", "birthday", "single-zone-office", "campaign-service",
      "triggered-email", "drip-weekly-digest", "timezone-batches", "store-blackouts", "optimized-send-time",
      "medicare-supplement");

  /** The policies by name, read once. */
  private static final Map<String, Policy> POLICIES = load();

  private ExamplePolicies() {}

  private static Map<String, Policy> load() {
    Map<String, Policy> m = new LinkedHashMap<>();
    for (String name : NAMES) {
      m.put(name, PolicyLoader.standard().load(name + ".yaml", text(name + ".yaml")));
    }
    return m;
  }

  private static String text(String file) {
    try (InputStream in = ExamplePolicies.class.getResourceAsStream("policies/" + file)) {
      if (in == null) {
        throw new IllegalStateException("The example policy " + file + " is missing from the jar");
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the example policy " + file, e);
    }
  }

  /**
   * Gets the names of the policies, in the order they are listed.
   *
   * @return the names, unmodifiable, not null
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * Gets a policy by name.
   *
   * @param name  the policy's name, such as {@code "retail-us"}, not null
   * @return the policy, not null
   * @throws IllegalArgumentException if no policy has the name
   */
  public static Policy get(String name) {
    Objects.requireNonNull(name, "name");
    Policy p = POLICIES.get(name);
    if (p == null) {
      throw new IllegalArgumentException("Unknown policy '" + name + "' (valid values: "
          + String.join(", ", NAMES) + ")");
    }
    return p;
  }

  /**
   * Gets a one-paragraph description of a policy, on one line.
   *
   * @param name  the policy's name, not null
   * @return the description, not null
   * @throws IllegalArgumentException if no policy has the name
   */
  public static String description(String name) {
    return get(name).description().orElse(name).strip().replaceAll("\\s+", " ");
  }
}
