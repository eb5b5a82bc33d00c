package org.sendtime.recurrence;

import static com.google.common.base.Preconditions.checkNotNull;

import org.sendtime.SendtimeException;

/**
 * Thrown when the text of a recurrence rule or recurrence set cannot be parsed or describes an
 * invalid rule.
 *
 * <p>The exception carries the text, the zero-based character position of the problem and the
 * one-based line and column, so that a tool can point at it. The message says what was wrong,
 * what was expected and where, for example
 * {@code Invalid value for BYMONTHDAY (valid values -31 to -1 and 1 to 31): 32, at position 24 of
 * "FREQ=MONTHLY;BYMONTHDAY=32"}.
 */
public final class InvalidRuleException extends SendtimeException {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final int position;
  private final String problem;

  /**
   * Constructs an exception.
   *
   * @param problem  what is wrong and what was expected, not null
   * @param input  the text that was parsed, not null
   * @param position  the zero-based position of the problem in the text
   */
  public InvalidRuleException(String problem, String input, int position) {
    super(format(problem, input, position));
    this.problem = checkNotNull(problem, "problem");
    this.input = input;
    this.position = Math.max(0, Math.min(position, input.length()));
  }

  private static String format(String problem, String input, int position) {
    if (input.indexOf('\n') < 0) {
      return problem + ", at position " + position + " of \"" + input + "\"";
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < position && i < input.length(); i++) {
      if (input.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int lineEnd = input.indexOf('\n', lineStart);
    String text = input.substring(lineStart, lineEnd < 0 ? input.length() : lineEnd).stripTrailing();
    return problem + ", at line " + line + ", column " + (position - lineStart + 1) + ": \"" + text + "\"";
  }

  /**
   * Gets the text that failed to parse.
   *
   * @return the text, not null
   */
  public String input() {
    return input;
  }

  /**
   * Gets the zero-based character position of the problem in {@link #input()}.
   *
   * @return the position, from zero to the length of the input
   */
  public int position() {
    return position;
  }

  /**
   * Gets the one-based line of the problem in {@link #input()}.
   *
   * @return the line number, one for single-line input
   */
  public int line() {
    int line = 1;
    for (int i = 0; i < position; i++) {
      if (input.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * Gets the one-based column of the problem within its line.
   *
   * @return the column number
   */
  public int column() {
    int lineStart = input.lastIndexOf('\n', position - 1) + 1;
    return position - lineStart + 1;
  }

  /**
   * Gets the description of the problem without the location.
   *
   * @return the problem, not null
   */
  public String problem() {
    return problem;
  }
}
