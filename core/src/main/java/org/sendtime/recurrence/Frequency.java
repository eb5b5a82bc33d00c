package org.sendtime.recurrence;

/**
 * The {@code FREQ} of an RFC 5545 recurrence rule: the length of the period that the rule
 * repeats in.
 *
 * <p>The constants are declared from the finest to the coarsest period, so
 * {@link #compareTo(Enum)} orders them by period length.
 */
public enum Frequency {
  /** Repeats every second (or every {@code INTERVAL} seconds). */
  SECONDLY,
  /** Repeats every minute. */
  MINUTELY,
  /** Repeats every hour. */
  HOURLY,
  /** Repeats every day. */
  DAILY,
  /** Repeats every week, the week starting on the rule's {@code WKST}. */
  WEEKLY,
  /** Repeats every month. */
  MONTHLY,
  /** Repeats every year. */
  YEARLY;

  /**
   * Checks whether this frequency's period is shorter than a day.
   *
   * @return true for {@code SECONDLY}, {@code MINUTELY} and {@code HOURLY}
   */
  public boolean isSubDaily() {
    return compareTo(DAILY) < 0;
  }
}
