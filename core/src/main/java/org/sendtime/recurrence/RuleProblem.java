package org.sendtime.recurrence;

/**
 * An invalid rule found by {@link RecurrenceRule.Builder#build()}, naming the rule part at fault
 * so that the parser can point at it.
 */
final class RuleProblem extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String part;

  RuleProblem(String part, String message) {
    super(message);
    this.part = part;
  }

  /** The name of the rule part at fault, such as {@code BYWEEKNO}. */
  String part() {
    return part;
  }
}
