package org.sendtime.policy;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;

/**
 * A set of dates as one bit per day, filled in chunks of 512 days on first use, so that the
 * policy engine tests a date with a shift and a mask. Dates outside 1900 to about 2300 ask the
 * source each time.
 *
 * <p>Thread-safe: two threads may fill the same chunk at once, and both fill it the same way.
 */
final class DayBits {

  private static final long FIRST_DAY = LocalDate.of(1900, 1, 1).toEpochDay();
  private static final int SHIFT = 9;
  private static final int CHUNK = 1 << SHIFT;
  private static final int CHUNKS = 286;

  /** Where the dates come from. */
  interface Source {
    /**
     * Sets the bit of each day in the set among {@code CHUNK} days from a first one; bit {@code
     * i} is the first day plus {@code i}.
     */
    void fill(long firstEpochDay, long[] bits);

    /** Tests one date, for days outside the table. */
    boolean contains(LocalDate date);
  }

  private final Source source;
  private final AtomicReferenceArray<long[]> chunks = new AtomicReferenceArray<>(CHUNKS);

  DayBits(Source source) {
    this.source = source;
  }

  /** A set of the dates a predicate accepts. */
  static DayBits of(Predicate<LocalDate> predicate) {
    return new DayBits(new Source() {
      @Override
      public void fill(long firstEpochDay, long[] bits) {
        for (int i = 0; i < CHUNK; i++) {
          if (predicate.test(LocalDate.ofEpochDay(firstEpochDay + i))) {
            set(bits, i);
          }
        }
      }

      @Override
      public boolean contains(LocalDate date) {
        return predicate.test(date);
      }
    });
  }

  /** The number of days a chunk holds. */
  static int chunkDays() {
    return CHUNK;
  }

  static void set(long[] bits, int i) {
    bits[i >>> 6] |= 1L << i;
  }

  boolean contains(long epochDay) {
    long offset = epochDay - FIRST_DAY;
    long index = offset >> SHIFT;
    if (index < 0 || index >= CHUNKS) {
      return source.contains(LocalDate.ofEpochDay(epochDay));
    }
    long[] bits = chunks.get((int) index);
    if (bits == null) {
      bits = new long[CHUNK / 64];
      source.fill(FIRST_DAY + (index << SHIFT), bits);
      chunks.set((int) index, bits);
    }
    int i = (int) (offset & (CHUNK - 1));
    return (bits[i >>> 6] & (1L << i)) != 0;
  }
}
