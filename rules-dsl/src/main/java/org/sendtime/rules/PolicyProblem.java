package org.sendtime.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One error or warning found in a policy, with where it is: the source, the line and column
 * (both from 1) and the key path, such as {@code blackouts[2].until}.
 *
 * <p>{@link #toString()} gives the {@code file:line:column: severity: message} form that editors
 * and build tools recognise, such as
 * {@code policy.yaml:7:3: error: blackouts[2].until: expected a date such as 2026-12-31, got "soon"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyProblem {
  /** Orders problems by source, line, column, then errors before warnings. */
  public static final Comparator<PolicyProblem> BY_POSITION = Comparator.comparing(PolicyProblem::source)
      .thenComparingInt(PolicyProblem::line)
      .thenComparingInt(PolicyProblem::column)
      .thenComparing(PolicyProblem::severity)
      .thenComparing(PolicyProblem::path)
      .thenComparing(PolicyProblem::message);

  /** How serious a problem is. */
  public enum Severity {
    /** The policy cannot be used. */
    ERROR,
    /** The policy can be used but probably does not do what its author meant. */
    WARNING;

    /**
     * Outputs this severity as problems show it: {@code error} or {@code warning}.
     *
     * @return the name in lower case, not null
     */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Severity severity;
  private final String source;
  private final int line;
  private final int column;
  private final String path;
  private final String message;

  private PolicyProblem(Severity severity, String source, int line, int column, String path, String message) {
    this.severity = severity;
    this.source = source;
    this.line = line;
    this.column = column;
    this.path = path;
    this.message = message;
  }

  /**
   * Obtains a problem.
   *
   * @param severity  the severity, not null
   * @param source  the file name or other name of the source, not null
   * @param line  the line, from 1
   * @param column  the column, from 1
   * @param path  the key path, such as {@code blackouts[2].until}, empty for the whole document,
   *     not null
   * @param message  what is wrong and what was expected, not blank, not null
   * @return the problem, not null
   * @throws IllegalArgumentException if the line or column is below 1 or the message is blank
   */
  public static PolicyProblem of(Severity severity, String source, int line, int column, String path,
      String message) {
    checkNotNull(severity, "severity");
    checkNotNull(source, "source");
    checkArgument(line >= 1, "Invalid value for line (valid values 1 or more): %s", line);
    checkArgument(column >= 1, "Invalid value for column (valid values 1 or more): %s", column);
    checkNotNull(path, "path");
    checkNotNull(message, "message");
    checkArgument(!message.isBlank(), "Invalid value for message (valid values: text that is not blank): '%s'", message);
    return new PolicyProblem(severity, source, line, column, path, message);
  }

  /**
   * Gets the severity.
   *
   * @return the severity, not null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Checks whether this problem is an error.
   *
   * @return true if an error, false if a warning
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Gets the name of the source, usually a file name.
   *
   * @return the source, not null
   */
  public String source() {
    return source;
  }

  /**
   * Gets the line, counted from 1.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Gets the column, counted from 1.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * Gets the key path, such as {@code blackouts[2].until}.
   *
   * @return the path, empty for the whole document, not null
   */
  public String path() {
    return path;
  }

  /**
   * Gets the message: what is wrong and what was expected, without the position.
   *
   * @return the message, not null
   */
  public String message() {
    return message;
  }

  /**
   * Checks if this problem is equal to another: the same severity, source, position, path and
   * message.
   *
   * @param obj  the object to check, null returns false
   * @return true if this is equal to the other problem
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof PolicyProblem)) {
      return false;
    }
    PolicyProblem other = (PolicyProblem) obj;
    return severity == other.severity && source.equals(other.source) && line == other.line
        && column == other.column && path.equals(other.path) && message.equals(other.message);
  }

  /**
   * A hash code for this problem.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(severity, source, line, column, path, message);
  }

  /**
   * Outputs this problem as {@code source:line:column: severity: path: message}, the path left
   * out when empty.
   *
   * @return the problem's text, not null
   */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column + ": " + severity + ": " + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
