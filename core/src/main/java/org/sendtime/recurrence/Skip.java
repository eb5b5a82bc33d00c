package org.sendtime.recurrence;

/**
 * The RFC 7529 {@code SKIP} rule part: what a rule does with a date that does not exist, such
 * as the 31st of a 30-day month or February 29 in a common year.
 *
 * <p>{@code SKIP} is only allowed together with {@code RSCALE=GREGORIAN}; without it a rule
 * behaves as {@link #OMIT}, as RFC 5545 requires.
 */
public enum Skip {
  /** The nonexistent date is left out (the RFC 5545 behaviour and the default). */
  OMIT,
  /** The nonexistent date is replaced by the last day of its month (Feb 30 becomes Feb 28/29). */
  BACKWARD,
  /** The nonexistent date is replaced by the first day of the next month (Feb 30 becomes Mar 1). */
  FORWARD
}
