package org.sendtime.policy;

/**
 * Whose calendar a blackout's dates are read in.
 */
public enum BlackoutDatesIn {

  /**
   * Each contact's own local dates: a blackout of December 24 covers December 24 on the
   * contact's wall clock, whatever the policy's zone. This is the default.
   */
  CONTACT_LOCAL,

  /**
   * The organisation's dates, on the wall clock of the policy's zone: a blackout of December 24
   * covers the same span of instants for every contact.
   */
  ORGANIZATION
}
