package org.sendtime.policy;

/**
 * How a policy places a send on the clocks of an audience spread over several zones.
 */
public enum ZoneStrategy {

  /**
   * Everyone on the policy's zone: a wanted local time is read in the policy's zone, and quiet
   * hours, business hours, weekends and holidays are judged on its wall clock.
   */
  SINGLE,

  /**
   * The same wall-clock time in each contact's own zone: 09:00 is 09:00 in Sydney, in London
   * and in Los Angeles, three instants. Every local rule is judged on the contact's wall clock.
   * A contact without a zone is read in the policy's fallback zone; when the policy declares
   * none, the send is suppressed with that reason rather than read in UTC.
   */
  RECIPIENT_LOCAL,

  /**
   * One instant for the whole audience: {@link SendPolicy#coordinate} chooses the earliest
   * instant that puts the largest share of the audience inside its allowed local window. A
   * wanted local time is read in the policy's zone; local rules are judged on each contact's
   * wall clock, as for {@link #RECIPIENT_LOCAL}.
   */
  COORDINATED
}
