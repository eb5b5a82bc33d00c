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
   * Judges an instant, given its local second on the wall clock of {@code local}.
   *
   * @return {@code t} if allowed; a later instant, the earliest this rule allows, to move to;
   *     {@link #NEVER} if none; or {@link #SUPPRESS}
   */
  abstract long judge(long t, long localSecond, Contact contact, ZoneTimeline local);

  /**
   * Moves a send from {@code t} to the first instant the wall clock reaches a local time, the
   * earliest this rule allows in local time. Where the clocks go back on the way, wall-clock
   * times already passed come round again, and the rule is asked again from there.
   */
  final long moveTo(long t, long localSecond, Contact contact, ZoneTimeline zone) {
    long target = zone.reach(localSecond, t + 1);
    long back = zone.nextFallBack(t, target);
    if (back < target) {
      long again = judge(back, zone.toLocal(back), contact, zone);
      if (again != SUPPRESS && again < target) {
        return again;
      }
    }
    return target;
  }

  /** Moves a send from {@code t} to the start of a local day; see {@link #moveTo}. */
  final long moveToDay(long t, long epochDay, Contact contact, ZoneTimeline zone) {
    return moveTo(t, epochDay * org.sendtime.internal.EpochDays.SECONDS_PER_DAY, contact, zone);
  }

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
