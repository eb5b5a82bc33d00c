package org.sendtime.calendar;

/**
 * What happens to a send that falls on a date a blackout covers.
 */
public enum BlackoutAction {
  /**
   * Delay the send to the next allowed time: the first date that no applicable blackout covers,
   * at the time of day the rest of the policy allows.
   */
  DELAY,
  /**
   * Skip the send: it is suppressed, with the blackout's name as the reason, and is not sent
   * later.
   */
  SKIP
}
