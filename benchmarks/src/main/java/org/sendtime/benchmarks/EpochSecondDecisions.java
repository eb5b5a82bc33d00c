package org.sendtime.benchmarks;

import static org.sendtime.benchmarks.DecisionWorkload.SKIP_DATE;
import static org.sendtime.benchmarks.DecisionWorkload.SUPPRESSED;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The policies of {@link DecisionWorkload}, written as tight as we could without allocating:
 * integer arithmetic on epoch seconds, local seconds and epoch days, with every zone's offsets
 * and every day set read into arrays beforehand.
 *
 * <p>A <em>local second</em> is a wall-clock date-time counted in seconds from 1970-01-01T00:00
 * as if it were UTC. Each zone of the workload is a {@link ZoneOffsets}: its transitions from
 * mid-2025 to mid-2029 with an index of buckets of 2<sup>16</sup> seconds, so that the offset at
 * an instant, and the instant of a local second, take a table look-up and rarely a step. Holidays
 * and the two delaying blackouts are bitsets over the epoch days of 2025-2030.
 *
 * <p>The rules are those of the sendtime policies, spelled out as in {@link JavaTimeDecisions}: a
 * wanted local time in a gap moves forward by the gap, a repeated one means its earlier
 * instance, and the send moves to the earliest later local time that every rule allows. Every
 * allowed time of these policies lies between 08:00 and 21:00, where none of the workload's zones
 * changes its offset in these years (the constructor checks it), so that local time is found on
 * the wall clock and resolved once.
 */
final class EpochSecondDecisions {

  private static final int DAY = 86_400;
  private static final int QUIET_START = 21 * 3600;
  private static final int QUIET_END = 8 * 3600;
  private static final int WEEKDAY_OPEN = 9 * 3600;
  private static final int WEEKDAY_CLOSE = 17 * 3600;
  private static final int SATURDAY_OPEN = 10 * 3600;
  private static final int SATURDAY_CLOSE = 14 * 3600;
  private static final long FIRST_DAY = LocalDate.of(2025, 1, 1).toEpochDay();
  private static final long END_DAY = LocalDate.of(2031, 1, 1).toEpochDay();

  private final ZoneOffsets[] zones;
  private final long[] holidays = new long[(int) ((END_DAY - FIRST_DAY + 63) >> 6)];
  private final long[] yearEnd = new long[holidays.length];
  private final long[] quarterClose = new long[holidays.length];
  private final long skipDay = SKIP_DATE.toEpochDay();

  /**
   * Reads the offsets of the workload's zones and fills the day sets.
   */
  EpochSecondDecisions() {
    zones = new ZoneOffsets[DecisionWorkload.ZONES.size()];
    for (int i = 0; i < zones.length; i++) {
      zones[i] = new ZoneOffsets(DecisionWorkload.ZONES.get(i));
    }
    for (LocalDate d : JavaTimeDecisions.usFederalHolidays(2025, 2030)) {
      set(holidays, d.toEpochDay());
    }
    for (long day = FIRST_DAY; day < END_DAY; day++) {
      LocalDate d = LocalDate.ofEpochDay(day);
      int month = d.getMonthValue();
      if ((month == 12 && d.getDayOfMonth() >= 24) || (month == 1 && d.getDayOfMonth() <= 2)) {
        set(yearEnd, day);
      }
      if (month % 3 == 0 && d.getDayOfMonth() > d.lengthOfMonth() - 5) {
        set(quarterClose, day);
      }
    }
  }

  private static void set(long[] bits, long day) {
    int i = (int) (day - FIRST_DAY);
    bits[i >> 6] |= 1L << i;
  }

  private static boolean contains(long[] bits, long day) {
    int i = (int) (day - FIRST_DAY);
    return (bits[i >> 6] & (1L << i)) != 0;
  }

  /**
   * Decides for one contact under the full policy.
   *
   * @param zone  the contact's zone, an index into {@link DecisionWorkload#ZONES}
   * @param wanted  the wanted local second
   * @return the epoch second of the send, or {@link DecisionWorkload#SUPPRESSED}
   */
  long decideFull(int zone, long wanted) {
    ZoneOffsets z = zones[zone];
    long candidate = z.resolve(wanted);
    long local = candidate + z.offsetAt(candidate);
    long day = Math.floorDiv(local, DAY);
    int second = (int) (local - day * DAY);
    while (true) {
      if (contains(holidays, day) || contains(yearEnd, day) || contains(quarterClose, day)) {
        day++;
        second = 0;
        continue;
      }
      int weekday = (int) Math.floorMod(day + 3, 7L);
      int open;
      int close;
      if (weekday < 5) {
        open = WEEKDAY_OPEN;
        close = WEEKDAY_CLOSE;
      } else if (weekday == 5) {
        open = SATURDAY_OPEN;
        close = SATURDAY_CLOSE;
      } else {
        day++;
        second = 0;
        continue;
      }
      // Quiet hours cross midnight: what they leave of a day is [QUIET_END, QUIET_START).
      open = Math.max(open, QUIET_END);
      close = Math.min(close, QUIET_START);
      if (second < open) {
        second = open;
      }
      if (second < close) {
        break;
      }
      day++;
      second = 0;
    }
    if (day == skipDay) {
      return SUPPRESSED;
    }
    long settled = day * DAY + second;
    return settled == local ? candidate : z.resolve(settled);
  }

  /**
   * Decides for one contact under the simple policy.
   *
   * @param zone  the contact's zone, an index into {@link DecisionWorkload#ZONES}
   * @param wanted  the wanted local second
   * @return the epoch second of the send
   */
  long decideSimple(int zone, long wanted) {
    ZoneOffsets z = zones[zone];
    long candidate = z.resolve(wanted);
    long local = candidate + z.offsetAt(candidate);
    long day = Math.floorDiv(local, DAY);
    int second = (int) (local - day * DAY);
    while (true) {
      if (Math.floorMod(day + 3, 7L) >= 5) {
        day++;
        second = 0;
        continue;
      }
      if (second < QUIET_END) {
        second = QUIET_END;
      }
      if (second < QUIET_START) {
        break;
      }
      day++;
      second = 0;
    }
    long settled = day * DAY + second;
    return settled == local ? candidate : z.resolve(settled);
  }

  /**
   * One zone's offsets from mid-2025 to mid-2029 as arrays: segment {@code k} of the timeline
   * has offset {@code offsets[k]} and starts at instant {@code starts[k]}, on the wall clock at
   * {@code localStarts[k]}; it ends on the wall clock at {@code localEnds[k]}. Buckets of
   * 2<sup>16</sup> seconds (about 18 hours, shorter than any segment) hold the last segment that
   * starts at or before them, on either clock.
   */
  static final class ZoneOffsets {
    private static final long BASE = Instant.parse("2025-06-01T00:00:00Z").getEpochSecond();
    private static final long UNTIL = Instant.parse("2029-07-01T00:00:00Z").getEpochSecond();
    private static final int SHIFT = 16;

    private final long[] starts;
    private final long[] localStarts;
    private final long[] localEnds;
    private final int[] offsets;
    private final int[] byInstant;
    private final int[] byLocal;

    ZoneOffsets(ZoneId zone) {
      ZoneRules rules = zone.getRules();
      List<ZoneOffsetTransition> found = new ArrayList<>();
      ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(BASE - 2 * DAY));
      while (t != null && t.toEpochSecond() < UNTIL + 2 * DAY) {
        found.add(t);
        t = rules.nextTransition(t.getInstant());
      }
      int n = found.size() + 1;
      starts = new long[n];
      localStarts = new long[n];
      localEnds = new long[n];
      offsets = new int[n];
      starts[0] = Long.MIN_VALUE;
      localStarts[0] = Long.MIN_VALUE;
      offsets[0] = rules.getOffset(Instant.ofEpochSecond(BASE - 2 * DAY)).getTotalSeconds();
      for (int k = 1; k < n; k++) {
        ZoneOffsetTransition tr = found.get(k - 1);
        starts[k] = tr.toEpochSecond();
        offsets[k] = tr.getOffsetAfter().getTotalSeconds();
        localStarts[k] = starts[k] + offsets[k];
        localEnds[k - 1] = starts[k] + offsets[k - 1];
      }
      localEnds[n - 1] = Long.MAX_VALUE;
      for (ZoneOffsetTransition tr : found) {
        // The loops find allowed times on the wall clock and resolve them once, which is exact
        // only while no allowed time (08:00 to 21:00) is in a gap or an overlap.
        long before = tr.getDateTimeBefore().toEpochSecond(ZoneOffset.UTC);
        long after = tr.getDateTimeAfter().toEpochSecond(ZoneOffset.UTC);
        long from = Math.min(before, after);
        long until = Math.max(before, after);
        for (long day = Math.floorDiv(from, DAY); day <= Math.floorDiv(until, DAY); day++) {
          if (from < day * DAY + QUIET_START && until > day * DAY + QUIET_END) {
            throw new IllegalStateException(zone + " changes its offset between 08:00 and 21:00: " + tr);
          }
        }
      }
      int buckets = (int) ((UNTIL - BASE) >> SHIFT) + 1;
      byInstant = new int[buckets];
      byLocal = new int[buckets];
      for (int b = 0; b < buckets; b++) {
        long at = BASE + ((long) b << SHIFT);
        byInstant[b] = lastAtOrBefore(starts, at);
        byLocal[b] = lastAtOrBefore(localStarts, at);
      }
    }

    private static int lastAtOrBefore(long[] sorted, long value) {
      int k = 0;
      while (k + 1 < sorted.length && sorted[k + 1] <= value) {
        k++;
      }
      return k;
    }

    /** The offset at an instant from mid-2025 to mid-2029. */
    int offsetAt(long epochSecond) {
      int k = byInstant[(int) ((epochSecond - BASE) >> SHIFT)];
      while (k + 1 < starts.length && starts[k + 1] <= epochSecond) {
        k++;
      }
      return offsets[k];
    }

    /**
     * The instant of a local second: the earlier one of a repeated time, and a time in a gap
     * moved forward by the gap.
     */
    long resolve(long localSecond) {
      int k = byLocal[(int) ((localSecond - BASE) >> SHIFT)];
      while (k + 1 < localStarts.length && localStarts[k + 1] <= localSecond) {
        k++;
      }
      // In an overlap the segment before also holds the time, and gives the earlier instant; in a
      // gap the segment before the gap gives the instant one gap later on the clock.
      return k > 0 && localSecond < localEnds[k - 1] ? localSecond - offsets[k - 1] : localSecond - offsets[k];
    }
  }
}
