package org.sendtime.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The offsets of one zone as arrays on epoch seconds, so that the policy engine can move between
 * instants and local times without allocating.
 *
 * <p>Transitions between 1900 and 2300 are read once from the zone's rules; an index of buckets
 * of 2<sup>20</sup> seconds (about twelve days) finds the offset at an instant in constant time.
 * Outside that range the zone's {@link ZoneRules} answer directly.
 *
 * <p>A <em>local second</em> is a count of seconds from 1970-01-01T00:00 on the wall clock: the
 * epoch second of the local date-time read as if it were UTC.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ZoneTimeline {

  private static final long FROM = LocalDateTime.of(1900, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
  private static final long UNTIL = LocalDateTime.of(2300, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
  private static final int SHIFT = 20;
  /** The most an offset can be, in seconds; resolutions of a local time lie within it. */
  private static final long MAX_OFFSET = 18 * 3600;

  private final ZoneId zone;
  private final ZoneRules rules;
  /** Instants of the transitions in range, increasing. */
  private final long[] transitions;
  /** {@code offsets[i]} holds before {@code transitions[i]}; the last one after the last. */
  private final int[] offsets;
  /** For each bucket, the index of the first transition at or after its start. */
  private final int[] firstTransition;
  /** Whether the zone has one offset for all time. */
  private final boolean fixed;

  private ZoneTimeline(ZoneId zone) {
    this.zone = zone;
    this.rules = zone.getRules();
    List<ZoneOffsetTransition> found = new ArrayList<>();
    ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(FROM - 1));
    while (t != null && t.toEpochSecond() < UNTIL) {
      found.add(t);
      t = rules.nextTransition(t.getInstant());
    }
    transitions = new long[found.size()];
    offsets = new int[found.size() + 1];
    offsets[0] = rules.getOffset(Instant.ofEpochSecond(FROM)).getTotalSeconds();
    for (int i = 0; i < found.size(); i++) {
      transitions[i] = found.get(i).toEpochSecond();
      offsets[i + 1] = found.get(i).getOffsetAfter().getTotalSeconds();
    }
    fixed = transitions.length == 0 && rules.isFixedOffset();
    int buckets = (int) ((UNTIL - FROM) >> SHIFT) + 1;
    firstTransition = new int[buckets + 1];
    int i = 0;
    for (int b = 0; b <= buckets; b++) {
      long start = FROM + ((long) b << SHIFT);
      while (i < transitions.length && transitions[i] < start) {
        i++;
      }
      firstTransition[b] = i;
    }
  }

  /**
   * Obtains the timeline of a zone. Building one reads the zone's transitions over four
   * centuries; callers keep and share the result.
   *
   * @param zone  the zone, not null
   * @return the timeline, not null
   */
  public static ZoneTimeline of(ZoneId zone) {
    checkNotNull(zone, "zone");
    return new ZoneTimeline(zone);
  }

  /**
   * Gets the zone.
   *
   * @return the zone, not null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Gets the offset in force at an instant.
   *
   * @param epochSecond  the instant
   * @return the offset in seconds
   */
  public int offsetAt(long epochSecond) {
    if (fixed) {
      return offsets[0];
    }
    if (epochSecond < FROM || epochSecond >= UNTIL) {
      return rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    }
    int i = firstTransition[(int) ((epochSecond - FROM) >> SHIFT)];
    while (i < transitions.length && transitions[i] <= epochSecond) {
      i++;
    }
    return offsets[i];
  }

  /**
   * Converts an instant to its local second.
   *
   * @param epochSecond  the instant
   * @return the local second
   */
  public long toLocal(long epochSecond) {
    return epochSecond + offsetAt(epochSecond);
  }

  /**
   * Finds the earliest instant at or after {@code notBefore} whose wall-clock time is a given
   * local second, resolving gaps as java.time does.
   *
   * <p>A local time that exists once resolves to its instant. A repeated local time resolves to
   * its earlier instance, or to the later one when the earlier is before {@code notBefore}. A
   * local time in a gap resolves to the instant it would have with the offset before the gap,
   * that is, moved forward by the gap's length. The result is never before {@code notBefore}:
   * when every resolution is, {@code notBefore} is returned.
   *
   * @param localSecond  the local second
   * @param notBefore  the earliest acceptable instant
   * @return the instant, at or after {@code notBefore}
   */
  public long resolve(long localSecond, long notBefore) {
    long result = resolve(localSecond);
    if (result < notBefore) {
      // The later instance of a repeated time may still be acceptable.
      long later = localSecond - offsetAt(localSecond + MAX_OFFSET);
      if (later >= notBefore && toLocal(later) == localSecond) {
        return later;
      }
      return notBefore;
    }
    return result;
  }

  /**
   * Finds the first instant at or after {@code notBefore} at which the wall clock reaches a
   * local second: the instant of that local time, or, for a local time in a gap, the instant of
   * the transition, when the clock jumps past it. A repeated local time resolves as in {@link
   * #resolve(long, long)}.
   *
   * @param localSecond  the local second
   * @param notBefore  the earliest acceptable instant
   * @return the instant, at or after {@code notBefore}
   */
  public long reach(long localSecond, long notBefore) {
    long t = resolve(localSecond, notBefore);
    if (toLocal(t) != localSecond && t > notBefore) {
      // In a gap: the clock first reads a later time at the transition, just before t.
      long transition = rules
          .getTransition(LocalDateTime.ofEpochSecond(localSecond, 0, ZoneOffset.UTC))
          .toEpochSecond();
      return Math.max(transition, notBefore);
    }
    return t;
  }

  /**
   * Finds the first transition in {@code (after, until]} at which the clocks go back, so that
   * wall-clock times already passed come round again.
   *
   * @param after  the instant after which to look, exclusive
   * @param until  the last instant to look at, inclusive
   * @return the instant of the transition, or {@link Long#MAX_VALUE} if there is none
   */
  public long nextFallBack(long after, long until) {
    if (fixed || until <= after) {
      return Long.MAX_VALUE;
    }
    if (after >= FROM && until < UNTIL) {
      int i = firstTransition[(int) ((after - FROM) >> SHIFT)];
      while (i < transitions.length && transitions[i] <= after) {
        i++;
      }
      for (; i < transitions.length && transitions[i] <= until; i++) {
        if (offsets[i + 1] < offsets[i]) {
          return transitions[i];
        }
      }
      return Long.MAX_VALUE;
    }
    ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(after));
    while (t != null && t.toEpochSecond() <= until) {
      if (t.isOverlap()) {
        return t.toEpochSecond();
      }
      t = rules.nextTransition(t.getInstant());
    }
    return Long.MAX_VALUE;
  }

  /**
   * Finds the instant of a local second: the earlier instance of a repeated time, and a time in
   * a gap moved forward by the gap's length.
   *
   * @param localSecond  the local second
   * @return the instant
   */
  public long resolve(long localSecond) {
    if (fixed) {
      return localSecond - offsets[0];
    }
    long from = localSecond - MAX_OFFSET;
    if (from >= FROM && localSecond + MAX_OFFSET < UNTIL) {
      // Every resolution lies within MAX_OFFSET of the local second: with no transition there,
      // the one offset in force gives the answer.
      int i = firstTransition[(int) ((from - FROM) >> SHIFT)];
      while (i < transitions.length && transitions[i] <= from) {
        i++;
      }
      if (i >= transitions.length || transitions[i] > localSecond + MAX_OFFSET) {
        return localSecond - offsets[i];
      }
      // Transitions nearby: an offset in force around them is valid if an instant with it reads
      // the local second; the largest valid one gives the earlier instance of a repeated time.
      int last = i;
      while (last + 1 < transitions.length && transitions[last + 1] <= localSecond + MAX_OFFSET) {
        last++;
      }
      int largest = Integer.MIN_VALUE;
      for (int j = i; j <= last + 1; j++) {
        int o = offsets[j];
        if (o > largest && offsetAt(localSecond - o) == o) {
          largest = o;
        }
      }
      if (largest != Integer.MIN_VALUE) {
        return localSecond - largest;
      }
      // A gap: the local second lies between the clock readings just before and after a
      // transition, and moves forward by the gap's length.
      for (int j = i; j <= last; j++) {
        if (transitions[j] + offsets[j] <= localSecond && localSecond < transitions[j] + offsets[j + 1]) {
          return localSecond - offsets[j];
        }
      }
    }
    LocalDateTime local = LocalDateTime.ofEpochSecond(localSecond, 0, ZoneOffset.UTC);
    List<ZoneOffset> valid = rules.getValidOffsets(local);
    if (valid.isEmpty()) {
      return localSecond - rules.getTransition(local).getOffsetBefore().getTotalSeconds();
    }
    // The larger offset gives the earlier instant.
    int largest = Integer.MIN_VALUE;
    for (ZoneOffset o : valid) {
      largest = Math.max(largest, o.getTotalSeconds());
    }
    return localSecond - largest;
  }

  @Override
  public String toString() {
    return "ZoneTimeline[" + zone + "]";
  }
}
