package org.sendtime.recurrence;

/**
 * The day part of a cron expression: day-of-month and day-of-week with their special forms, and
 * how the two combine. A month's matching days depend only on its length and on the weekday of
 * its first day, so {@link #masks()} precomputes them for the 28 kinds of month.
 *
 * <p>Days of the month are bits 1 to 31 of an {@code int}; weekdays are bits 0 (Monday) to 6
 * (Sunday), as {@link java.time.DayOfWeek#getValue()} minus one.
 */
final class CronDays {
  static final int ALL_WEEKDAYS = 0x7F;

  final boolean domAll;
  final int domPlain;
  /** Bit n: the day n days before the last day of the month ({@code L}, {@code L-n}). */
  final int lastOffsets;
  /** Bit n: the weekday nearest day n ({@code nW}). */
  final int nearestDays;
  /** Bit n: the weekday nearest the day n days before the last ({@code LW}, {@code L-nW}). */
  final int nearestLastOffsets;
  final boolean dowAll;
  final int dowPlain;
  /** Per weekday, bit n: the n-th such weekday of the month ({@code d#n}). */
  private final int[] nth;
  /** Bit w: the last weekday w of the month ({@code dL}). */
  final int dowLast;
  /** Whether a day matches if either part matches (Vixie's rule) rather than both. */
  final boolean either;

  CronDays(boolean domAll, int domPlain, int lastOffsets, int nearestDays, int nearestLastOffsets,
      boolean dowAll, int dowPlain, int[] nth, int dowLast, boolean either) {
    this.domAll = domAll;
    this.domPlain = domPlain;
    this.lastOffsets = lastOffsets;
    this.nearestDays = nearestDays;
    this.nearestLastOffsets = nearestLastOffsets;
    this.dowAll = dowAll;
    this.dowPlain = dowPlain;
    this.nth = nth.clone();
    this.dowLast = dowLast;
    this.either = either;
  }

  /** The occurrences ({@code d#n}) of a weekday, as bits 1 to 5. */
  int nth(int weekday) {
    return nth[weekday];
  }

  /** The index of a month in {@link #masks()}: weekday of its first day (0 = Monday), length. */
  static int index(int firstWeekday, int length) {
    return firstWeekday * 4 + length - 28;
  }

  /** The matching days of each of the 28 kinds of month, indexed by {@link #index}. */
  int[] masks() {
    int[] masks = new int[28];
    for (int first = 0; first < 7; first++) {
      for (int len = 28; len <= 31; len++) {
        masks[index(first, len)] = mask(first, len);
      }
    }
    return masks;
  }

  private int mask(int first, int len) {
    int month = lengthMask(len);
    int dom = domAll ? month : domMask(first, len) & month;
    int dow = dowAll ? month : dowMask(first, len) & month;
    return either ? dom | dow : dom & dow;
  }

  /** Bits 1 to len. */
  static int lengthMask(int len) {
    return (-1 >>> (31 - len)) & ~1;
  }

  private int domMask(int first, int len) {
    int days = domPlain;
    // Bit n of the offsets becomes bit len - n; offsets beyond the month fall off.
    days |= (Integer.reverse(lastOffsets) >>> (31 - len)) & ~1;
    for (int bits = nearestDays; bits != 0; bits &= bits - 1) {
      int day = Integer.numberOfTrailingZeros(bits);
      if (day <= len) {
        days |= 1 << nearest(day, first, len);
      }
    }
    for (int bits = nearestLastOffsets; bits != 0; bits &= bits - 1) {
      int day = len - Integer.numberOfTrailingZeros(bits);
      if (day >= 1) {
        days |= 1 << nearest(day, first, len);
      }
    }
    return days;
  }

  /** The weekday nearest a day, without leaving the month. */
  private static int nearest(int day, int first, int len) {
    int weekday = (first + day - 1) % 7;
    if (weekday == 5) {
      return day == 1 ? 3 : day - 1;
    }
    if (weekday == 6) {
      return day == len ? day - 2 : day + 1;
    }
    return day;
  }

  private int dowMask(int first, int len) {
    int days = 0;
    for (int day = 1; day <= 7; day++) {
      int weekday = (first + day - 1) % 7;
      if ((dowPlain & (1 << weekday)) != 0) {
        for (int d = day; d <= len; d += 7) {
          days |= 1 << d;
        }
      }
      for (int bits = nth[weekday]; bits != 0; bits &= bits - 1) {
        int d = day + 7 * (Integer.numberOfTrailingZeros(bits) - 1);
        if (d <= len) {
          days |= 1 << d;
        }
      }
    }
    int lastWeekday = (first + len - 1) % 7;
    for (int bits = dowLast; bits != 0; bits &= bits - 1) {
      int weekday = Integer.numberOfTrailingZeros(bits);
      days |= 1 << (len - (lastWeekday - weekday + 7) % 7);
    }
    return days;
  }
}
