package org.sendtime.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.policy.Constraint;

/**
 * Reads policies written in YAML, format version 1, into {@link Policy} objects, and reports
 * every mistake with its file, line, column and key path.
 *
 * <p>The loader reads YAML safely: it never constructs an object from a tag (any tag outside
 * YAML's core schema is an error), it limits aliases and the size of a document, and it bounds
 * the work a document can cause. A policy names its holiday calendars and host constraints;
 * besides {@code us-federal} and {@code none}, they are those {@linkplain Builder registered}
 * with the loader.
 *
 * <pre>
 * PolicyLoader loader = PolicyLoader.builder()
 *     .constraint(maxOneADay)
 *     .build();
 * Policy policy = loader.load(Path.of("policies/renewals.yaml"));
 * </pre>
 *
 * <p>A policy may extend others: a file relative to it, or a built-in pack on the class path
 * such as {@code us-business-days}. Its top-level keys replace theirs. Extended files must be
 * in the directory of the policy loaded or below it, or in the {@linkplain
 * Builder#baseDirectory base directory} of the loader.
 *
 * <p>This class is immutable and thread-safe: one loader may serve any number of threads.
 */
public final class PolicyLoader {
  /** The default most characters a policy may have. */
  public static final int DEFAULT_MAX_CODE_POINTS = 1_000_000;
  /** The default most aliases of lists and mappings a policy may have. */
  public static final int DEFAULT_MAX_ALIASES = 50;

  private static final PolicyLoader STANDARD = builder().build();

  private final ImmutableMap<String, HolidayCalendar> calendars;
  private final ImmutableMap<String, Constraint> constraints;
  private final int maxCodePoints;
  private final int maxAliases;
  private final @Nullable Path baseDirectory;

  private PolicyLoader(Builder builder) {
    this.calendars = ImmutableMap.copyOf(builder.calendars);
    this.constraints = ImmutableMap.copyOf(builder.constraints);
    this.maxCodePoints = builder.maxCodePoints;
    this.maxAliases = builder.maxAliases;
    this.baseDirectory = builder.baseDirectory;
  }

  /**
   * Obtains the standard loader: the calendars {@code us-federal} and {@code none}, no host
   * constraints, and the default limits.
   *
   * @return the standard loader, not null
   */
  public static PolicyLoader standard() {
    return STANDARD;
  }

  /**
   * Obtains a builder of a loader that knows host calendars and constraints.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Loads a policy file, and the files and packs it extends.
   *
   * @param file  the file, UTF-8 YAML, not null
   * @return the policy, not null
   * @throws PolicyException if the file cannot be read or the policy has errors, with every
   *     error found
   */
  public Policy load(Path file) {
    return valid(check(file));
  }

  /**
   * Loads a policy from text. A policy loaded from text may extend built-in packs but not files.
   *
   * @param sourceName  the name problems give as their source, such as a file name, not null
   * @param text  the YAML text, not null
   * @return the policy, not null
   * @throws PolicyException if the policy has errors, with every error found
   */
  public Policy load(String sourceName, String text) {
    return valid(check(sourceName, text));
  }

  /**
   * Checks a policy file, and the files and packs it extends, reporting every problem.
   *
   * @param file  the file, UTF-8 YAML, not null
   * @return the report, with the policy if it has no error, not null
   */
  public PolicyReport check(Path file) {
    checkNotNull(file, "file");
    return loading().file(file);
  }

  /**
   * Checks a policy given as text, reporting every problem. A policy given as text may extend
   * built-in packs but not files.
   *
   * @param sourceName  the name problems give as their source, such as a file name, not null
   * @param text  the YAML text, not null
   * @return the report, with the policy if it has no error, not null
   */
  public PolicyReport check(String sourceName, String text) {
    checkNotNull(sourceName, "sourceName");
    checkNotNull(text, "text");
    return loading().text(PolicyLoading.Source.ofText(sourceName), text);
  }

  private PolicyLoading loading() {
    return new PolicyLoading(calendars, constraints, maxCodePoints, maxAliases, baseDirectory);
  }

  private static Policy valid(PolicyReport report) {
    if (!report.isValid()) {
      throw new PolicyException(report.problems());
    }
    return report.policy().orElseThrow();
  }

  /**
   * Finds the problems of a policy that is valid value by value but not as a whole, such as
   * business hours that quiet hours close entirely, and points each at the key it is about.
   * This is the last step of every load, run only on a policy without errors.
   */
  static ImmutableList<PolicyProblem> semanticProblems(Policy policy, PathIndex paths) {
    return PolicyChecks.checkAll(policy).stream()
        .map(f -> paths.find(f.path()).problem(f.severity(), f.path(), f.message()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * A builder of {@link PolicyLoader}s.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private final Map<String, HolidayCalendar> calendars = new LinkedHashMap<>();
    private final Map<String, Constraint> constraints = new LinkedHashMap<>();
    private int maxCodePoints = DEFAULT_MAX_CODE_POINTS;
    private int maxAliases = DEFAULT_MAX_ALIASES;
    private @Nullable Path baseDirectory;

    private Builder() {
      calendars.put(PolicyReader.US_FEDERAL, HolidayCalendar.usFederal());
      calendars.put(PolicyReader.NONE, HolidayCalendar.none());
    }

    /**
     * Registers a holiday calendar, which a policy names by the calendar's {@code name()}, as in
     * {@code holidays: UK bank holidays}.
     *
     * @param calendar  the calendar, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if a calendar of the same name is registered, or the name
     *     is us-federal or none
     */
    public Builder holidayCalendar(HolidayCalendar calendar) {
      checkNotNull(calendar, "calendar");
      String name = calendar.name();
      checkArgument(!calendars.containsKey(name),
          "Invalid holiday calendar name (valid values: not us-federal, none or a name already registered): '%s'",
          name);
      calendars.put(name, calendar);
      return this;
    }

    /**
     * Registers a host constraint, which a policy names by the constraint's {@code name()}, as in
     * {@code constraints: [max-one-a-day]}.
     *
     * @param constraint  the constraint, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if a constraint of the same name is registered
     */
    public Builder constraint(Constraint constraint) {
      checkNotNull(constraint, "constraint");
      String name = constraint.name();
      checkArgument(!constraints.containsKey(name),
          "Invalid constraint name (valid values: a name not already registered): '%s'", name);
      constraints.put(name, constraint);
      return this;
    }

    /**
     * Sets the most characters (Unicode code points) a policy may have. The default is
     * {@value PolicyLoader#DEFAULT_MAX_CODE_POINTS}.
     *
     * @param maxCodePoints  the limit, one or more
     * @return this builder, not null
     * @throws IllegalArgumentException if the limit is below one
     */
    public Builder maxCodePoints(int maxCodePoints) {
      checkArgument(maxCodePoints >= 1, "Invalid value for maxCodePoints (valid values 1 or more): %s", maxCodePoints);
      this.maxCodePoints = maxCodePoints;
      return this;
    }

    /**
     * Sets the most aliases of lists and mappings a policy may have, which bounds the tree a
     * small document can stand for. The default is {@value PolicyLoader#DEFAULT_MAX_ALIASES}.
     *
     * @param maxAliases  the limit, zero or more
     * @return this builder, not null
     * @throws IllegalArgumentException if the limit is negative
     */
    public Builder maxAliases(int maxAliases) {
      checkArgument(maxAliases >= 0, "Invalid value for maxAliases (valid values 0 or more): %s", maxAliases);
      this.maxAliases = maxAliases;
      return this;
    }

    /**
     * Sets the directory that the files a policy extends must be in, directly or below. By
     * default it is the directory of the policy file loaded, so that a policy extends only files
     * beside it or in its subdirectories; a common base directory lets policies in
     * subdirectories extend files above them, such as {@code ../base.yaml}.
     *
     * <p>A policy names extended files by relative paths only, never absolute ones, and an
     * extended file must be a regular file whose real path, links resolved, is in the directory.
     *
     * @param baseDirectory  the directory, not null
     * @return this builder, not null
     */
    public Builder baseDirectory(Path baseDirectory) {
      this.baseDirectory = checkNotNull(baseDirectory, "baseDirectory").toAbsolutePath().normalize();
      return this;
    }

    /**
     * Builds the loader.
     *
     * @return the loader, immutable and thread-safe, not null
     */
    public PolicyLoader build() {
      return new PolicyLoader(this);
    }
  }
}
