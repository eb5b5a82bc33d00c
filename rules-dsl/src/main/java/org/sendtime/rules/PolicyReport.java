package org.sendtime.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What checking a policy found: every error and warning, in order of position, and the policy
 * itself when there was no error.
 *
 * <p>A report is what {@link PolicyLoader#check(String, String)} returns for tools that show
 * every problem, such as an editor or a {@code validate} command; {@link PolicyLoader#load}
 * throws the same problems as a {@link PolicyException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyReport {
  private final ImmutableList<PolicyProblem> problems;
  private final @Nullable Policy policy;

  private PolicyReport(ImmutableList<PolicyProblem> problems, @Nullable Policy policy) {
    this.problems = problems;
    this.policy = policy;
  }

  /**
   * Obtains a report.
   *
   * @param problems  the problems, in any order, not null
   * @param policy  the policy, present if and only if no problem is an error, not null
   * @return the report, not null
   * @throws IllegalArgumentException if the policy is present with errors, or absent without
   */
  static PolicyReport of(Iterable<PolicyProblem> problems, Optional<Policy> policy) {
    ImmutableList<PolicyProblem> sorted = ImmutableList.sortedCopyOf(PolicyProblem.BY_POSITION,
        checkNotNull(problems, "problems"));
    boolean errors = sorted.stream().anyMatch(PolicyProblem::isError);
    checkArgument(errors != policy.isPresent(),
        "A report has a policy if and only if it has no error; errors: %s, policy: %s", errors, policy);
    return new PolicyReport(sorted, policy.orElse(null));
  }

  /**
   * Gets every problem, errors and warnings, in order of source, line and column.
   *
   * @return the problems, empty if none, not null
   */
  public ImmutableList<PolicyProblem> problems() {
    return problems;
  }

  /**
   * Gets the errors, in order of position.
   *
   * @return the errors, empty if the policy is valid, not null
   */
  public ImmutableList<PolicyProblem> errors() {
    return problems.stream().filter(PolicyProblem::isError).collect(ImmutableList.toImmutableList());
  }

  /**
   * Gets the warnings, in order of position: things a valid policy probably does not mean.
   *
   * @return the warnings, empty if none, not null
   */
  public ImmutableList<PolicyProblem> warnings() {
    return problems.stream().filter(p -> !p.isError()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Gets the policy, if it is valid.
   *
   * @return the policy, present if and only if there is no error, not null
   */
  public Optional<Policy> policy() {
    return Optional.ofNullable(policy);
  }

  /**
   * Checks whether the policy is valid: no error was found, though there may be warnings.
   *
   * @return true if there is no error
   */
  public boolean isValid() {
    return policy != null;
  }

  /**
   * Checks if this report is equal to another: equal problems and equal policies.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof PolicyReport)) {
      return false;
    }
    PolicyReport other = (PolicyReport) obj;
    return problems.equals(other.problems) && Objects.equals(policy, other.policy);
  }

  /**
   * A hash code for this report.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(problems, policy);
  }

  /**
   * Outputs the problems, one a line, or that the policy is valid.
   *
   * @return the report's text, not null
   */
  @Override
  public String toString() {
    if (problems.isEmpty()) {
      return "valid: " + policy;
    }
    return problems.stream().map(PolicyProblem::toString).collect(Collectors.joining("\n"));
  }
}
