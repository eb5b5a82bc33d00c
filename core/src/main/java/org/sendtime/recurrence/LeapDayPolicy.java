package org.sendtime.recurrence;

/**
 * What a yearly anniversary on February 29 means in a common year.
 */
public enum LeapDayPolicy {
  /** February 28, the day before the missing one (the default, and what most people celebrate). */
  FEB_28,
  /** March 1, the day after the missing one (the legal reading in some jurisdictions). */
  MAR_1
}
