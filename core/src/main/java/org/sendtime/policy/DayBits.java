package org.sendtime.policy;

import static org.sendtime.internal.EpochDays.startOfYear;
import static org.sendtime.internal.EpochDays.yearOf;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;

/**
 * A set of dates as one bit per day, filled a year at a time on first use, so that the policy
 * engine tests a date in a few instructions. Years outside 1900 to 2299 ask the source each
 * time.
 *
 * <p>Thread-safe: two threads may fill the same year at once, and both fill it the same way.
 */
final class DayBits {

  private static final int FIRST_YEAR = 1900;
  private static final int YEARS = 400;

  /** Where the dates come from: the dates of one year, or a test of one date. */
  interface Source {
    /** Sets the bit of each day of the year in the set; bit 0 is January 1. */
    void fill(int year, long[] bits);

    /** Tests one date, for years outside the table. */
    boolean contains(LocalDate date);
  }

  private final Source source;
  private final AtomicReferenceArray<long[]> years = new AtomicReferenceArray<>(YEARS);

  DayBits(Source source) {
    this.source = source;
  }

  /** A set of the dates a predicate accepts. */
  static DayBits of(Predicate<LocalDate> predicate) {
    return new DayBits(new Source() {
      @Override
      public void fill(int year, long[] bits) {
        LocalDate day = LocalDate.of(year, 1, 1);
        for (int i = 0; i < day.lengthOfYear(); i++) {
          if (predicate.test(day.plusDays(i))) {
            bits[i >>> 6] |= 1L << i;
          }
        }
      }

      @Override
      public boolean contains(LocalDate date) {
        return predicate.test(date);
      }
    });
  }

  boolean contains(long epochDay) {
    int year = yearOf(epochDay);
    int index = year - FIRST_YEAR;
    if (index < 0 || index >= YEARS) {
      return source.contains(LocalDate.ofEpochDay(epochDay));
    }
    long[] bits = years.get(index);
    if (bits == null) {
      bits = new long[6];
      source.fill(year, bits);
      years.set(index, bits);
    }
    long doy = epochDay - startOfYear(year);
    return (bits[(int) (doy >>> 6)] & (1L << doy)) != 0;
  }
}
