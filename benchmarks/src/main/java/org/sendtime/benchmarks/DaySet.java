package org.sendtime.benchmarks;

import java.time.LocalDate;

/**
 * A set of days from 2025 to 2030, as bits over their epoch days, for the allocation-free loops
 * ({@link EpochSecondDecisions}, {@link EpochSecondCampaigns}).
 */
final class DaySet {
  /** The first day a set can hold, 2025-01-01. */
  static final long FIRST_DAY = LocalDate.of(2025, 1, 1).toEpochDay();
  /** The day after the last day a set can hold, 2031-01-01. */
  static final long END_DAY = LocalDate.of(2031, 1, 1).toEpochDay();

  private final long[] bits = new long[(int) ((END_DAY - FIRST_DAY + 63) >> 6)];

  /**
   * The observed US federal holidays of 2025-2030, as {@link JavaTimeDecisions#usFederalHolidays}
   * computes them.
   *
   * @return a new set
   */
  static DaySet usFederalHolidays() {
    DaySet s = new DaySet();
    for (LocalDate d : JavaTimeDecisions.usFederalHolidays(2025, 2030)) {
      s.add(d.toEpochDay());
    }
    return s;
  }

  /** Adds an epoch day from {@link #FIRST_DAY} until {@link #END_DAY}. */
  void add(long day) {
    int i = (int) (day - FIRST_DAY);
    bits[i >> 6] |= 1L << i;
  }

  /** Whether the set holds an epoch day from {@link #FIRST_DAY} until {@link #END_DAY}. */
  boolean contains(long day) {
    int i = (int) (day - FIRST_DAY);
    return (bits[i >> 6] & (1L << i)) != 0;
  }
}
