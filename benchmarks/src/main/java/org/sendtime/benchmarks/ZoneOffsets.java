package org.sendtime.benchmarks;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * One zone's offsets from mid-2025 to mid-2029 as arrays, for the allocation-free loops
 * ({@link EpochSecondDecisions}, {@link EpochSecondCampaigns}): segment {@code k} of the timeline
 * has offset {@code offsets[k]} and starts at instant {@code starts[k]}, on the wall clock at
 * {@code localStarts[k]}; it ends on the wall clock at {@code localEnds[k]}. Buckets of
 * 2<sup>16</sup> seconds (about 18 hours, shorter than any segment) hold the last segment that
 * starts at or before them, on either clock.
 *
 * <p>A <em>local second</em> is a wall-clock date-time counted in seconds from 1970-01-01T00:00
 * as if it were UTC. The loops find allowed times on the wall clock and resolve them once, which
 * is exact only while no allowed time is in a gap or an overlap: every allowed time of their
 * policies lies between 08:00 and 21:00, and the constructor checks that the zone changes its
 * offset outside those hours in these years.
 */
final class ZoneOffsets {
  private static final int DAY = 86_400;
  private static final int ALLOWED_FROM = 8 * 3600;
  private static final int ALLOWED_UNTIL = 21 * 3600;
  private static final long BASE = Instant.parse("2025-06-01T00:00:00Z").getEpochSecond();
  private static final long UNTIL = Instant.parse("2029-07-01T00:00:00Z").getEpochSecond();
  private static final int SHIFT = 16;

  private final long[] starts;
  private final long[] localStarts;
  private final long[] localEnds;
  private final int[] offsets;
  private final int[] byInstant;
  private final int[] byLocal;

  /**
   * Reads a zone's transitions.
   *
   * @param zone  the zone
   * @throws IllegalStateException if the zone changes its offset between 08:00 and 21:00 on
   *     its wall clock in these years
   */
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
      long before = tr.getDateTimeBefore().toEpochSecond(ZoneOffset.UTC);
      long after = tr.getDateTimeAfter().toEpochSecond(ZoneOffset.UTC);
      long from = Math.min(before, after);
      long until = Math.max(before, after);
      for (long day = Math.floorDiv(from, DAY); day <= Math.floorDiv(until, DAY); day++) {
        if (from < day * DAY + ALLOWED_UNTIL && until > day * DAY + ALLOWED_FROM) {
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
