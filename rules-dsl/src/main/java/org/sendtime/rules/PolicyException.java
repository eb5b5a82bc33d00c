package org.sendtime.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.sendtime.SendtimeException;

/**
 * Thrown when a policy cannot be read or built: it carries every error found, each with its
 * source, line, column and key path.
 */
public final class PolicyException extends SendtimeException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<PolicyProblem> problems;

  /**
   * Creates an exception for the problems of a policy.
   *
   * @param problems  the problems, at least one error among them, not null
   * @throws IllegalArgumentException if no problem is an error
   */
  public PolicyException(Iterable<PolicyProblem> problems) {
    super(text(ImmutableList.sortedCopyOf(PolicyProblem.BY_POSITION, problems)));
    this.problems = ImmutableList.sortedCopyOf(PolicyProblem.BY_POSITION, problems);
    checkArgument(this.problems.stream().anyMatch(PolicyProblem::isError),
        "A policy exception needs at least one error, got %s", this.problems);
  }

  private static String text(ImmutableList<PolicyProblem> problems) {
    return problems.stream().map(PolicyProblem::toString).collect(Collectors.joining("\n"));
  }

  /**
   * Gets the problems, errors and warnings, in order of position.
   *
   * @return the problems, not empty, not null
   */
  public ImmutableList<PolicyProblem> problems() {
    return problems;
  }

  /**
   * Gets the errors.
   *
   * @return the errors, in order of position, not empty, not null
   */
  public ImmutableList<PolicyProblem> errors() {
    return problems.stream().filter(PolicyProblem::isError).collect(ImmutableList.toImmutableList());
  }
}
