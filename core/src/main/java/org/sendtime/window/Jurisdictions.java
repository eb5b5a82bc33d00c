package org.sendtime.window;

import com.google.common.collect.ImmutableSortedSet;

/**
 * Well-known sets of jurisdiction codes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Jurisdictions {

  /**
   * The fifty states of the United States and the District of Columbia, by their two-letter
   * postal codes.
   */
  public static final ImmutableSortedSet<String> US = ImmutableSortedSet.of(
      "AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID", "IL", "IN", "KS",
      "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV",
      "NY", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY");

  private Jurisdictions() {}
}
