package org.sendtime.policy;

import org.sendtime.internal.ZoneTimeline;

/**
 * A rule as the engine runs it: on epoch seconds, with the wall clock of the zone the contact is
 * judged in, allocating nothing unless it explains itself.
 */
abstract class Rule {

  /** What {@link #judge} returns to suppress the send. */
  static final long SUPPRESS = Long.MIN_VALUE;

  /** What {@link #judge} returns when no later instant is allowed. */
  static final long NEVER = Long.MAX_VALUE;

  private final String name;

  Rule(String name) {
    this.name = name;
  }

  final String name() {
    return name;
  }

  /**
   * Judges an instant.
   *
   * @return {@code t} if allowed; a later instant, the earliest this rule allows, to move to;
   *     {@link #NEVER} if none; or {@link #SUPPRESS}
   */
  abstract long judge(long t, Contact contact, ZoneTimeline local);

  /** Says why {@link #judge} did not allow {@code t}; called only to explain. */
  abstract String why(long t, Contact contact, ZoneTimeline local);

  /** Whether this rule can suppress a send; those are asked again at the fixed point. */
  boolean maySuppress() {
    return false;
  }

  /** Whether this rule can move a send; only those take part in the fixed point. */
  boolean mayMove() {
    return true;
  }

  @Override
  public String toString() {
    return name;
  }
}
