package org.sendtime.recurrence;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Objects;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.sendtime.time.DstPolicy;

/**
 * A {@link CronExpression} read on the wall clock of a zone, with a {@link DstPolicy} for the
 * fire times that daylight-saving changes make nonexistent.
 *
 * <p>Obtain one with {@link CronExpression#atZone(ZoneId)},
 * {@link CronExpression#atZone(ZoneId, DstPolicy)} or {@link CronExpression#floating()}. A
 * floating schedule has no zone yet and answers queries about instants only after
 * {@link #withZone(ZoneId)}.
 *
 * <h2>Daylight-saving changes</h2>
 * A fire time's hour is <em>fixed</em> when the expression's hour field does not start with
 * {@code *}. The examples are in America/New_York, whose clocks go from 02:00 to 03:00 on
 * 2026-03-08 and from 02:00 back to 01:00 on 2026-11-01.
 * <ul>
 *   <li>A fixed-hour fire time in a gap follows the policy: {@link DstPolicy#SHIFT_FORWARD}
 *       (the default) moves it forward by the length of the gap, so a daily {@code 30 2 * * *}
 *       fires at 03:30-04:00 on 2026-03-08; {@link DstPolicy#SKIP} drops it, so the next fire
 *       time is 02:30-04:00 on 2026-03-09; {@link DstPolicy#AT_TRANSITION} fires at the
 *       transition, 03:00-04:00. A moved fire time that equals another fire time fires once:
 *       {@code 0 2,3 * * *} fires once at 03:00-04:00 that day.
 *   <li>A fixed-hour fire time in a repeated hour fires once, at its first instance, whatever
 *       the policy: {@code 30 1 * * *} fires at 01:30-04:00 on 2026-11-01, not again at
 *       01:30-05:00.
 *   <li>An expression whose hour field starts with {@code *} fires on every wall-clock match,
 *       which through a change means real elapsed intervals, whatever the policy: in the
 *       spring, {@code *}{@code /20 * * * *} fires at 01:40-05:00 and then at 03:00-04:00,
 *       twenty minutes later; in the autumn, it fires at 01:00, 01:20 and 01:40 in daylight time
 *       (-04:00) and again at 01:00, 01:20 and 01:40 in standard time (-05:00).
 * </ul>
 * Fire times come in strictly increasing order and never repeat an instant. They are computed
 * directly from the instant asked about, never by walking from an earlier fire time; the zone's
 * transitions are consulted only around the instant and the fire time found.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CronSchedule implements Recurrence {
  /** Beyond this, no local date-time exists in any zone. */
  private static final long LAST_SECOND = CronExpression.MAX_SECOND + 86_400;
  private static final long FIRST_SECOND = Instant.MIN.getEpochSecond();
  /** Longer than any offset change in the time-zone database (Apia's day, 2011). */
  private static final long LOOK_BACK = 3 * 86_400;

  private final CronExpression expression;
  private final @Nullable ZoneId zone;
  private final @Nullable ZoneRules rules;
  private final DstPolicy policy;

  CronSchedule(CronExpression expression, @Nullable ZoneId zone, DstPolicy policy) {
    this.expression = expression;
    this.zone = zone;
    this.rules = zone == null ? null : zone.getRules();
    this.policy = policy;
  }

  /**
   * Gets the cron expression.
   *
   * @return the expression, not null
   */
  public CronExpression expression() {
    return expression;
  }

  /**
   * Gets the zone on whose wall clock the expression is read.
   *
   * @return the zone, or empty if this schedule is floating
   */
  @Override
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /**
   * Gets the policy for fire times in daylight-saving gaps.
   *
   * @return the policy, not null
   */
  public DstPolicy policy() {
    return policy;
  }

  /**
   * Returns a copy of this schedule read in another zone, with the same expression and policy.
   *
   * @param zone  the zone, not null
   * @return the schedule in that zone, not null
   */
  @Override
  public CronSchedule withZone(ZoneId zone) {
    checkNotNull(zone, "zone");
    return zone.equals(this.zone) ? this : new CronSchedule(expression, zone, policy);
  }

  /**
   * Returns a copy of this schedule with another daylight-saving policy.
   *
   * @param policy  the policy, not null
   * @return the schedule with that policy, not null
   */
  public CronSchedule withPolicy(DstPolicy policy) {
    checkNotNull(policy, "policy");
    return policy == this.policy ? this : new CronSchedule(expression, zone, policy);
  }

  // ---------------------------------------------------------------------------------------------
  // Queries

  /**
   * Finds the first fire time strictly after an instant.
   *
   * @param after  the instant, exclusive, not null
   * @return the next fire time in this schedule's zone, or empty if there is none
   * @throws IllegalStateException if this schedule is floating
   */
  @Override
  public Optional<ZonedDateTime> next(Instant after) {
    checkNotNull(after, "after");
    ZoneId z = requireZone();
    long next = nextSecond(after.getEpochSecond());
    return next == CronExpression.NONE
        ? Optional.empty()
        : Optional.of(ZonedDateTime.ofInstant(Instant.ofEpochSecond(next), z));
  }

  /**
   * Streams the fire times strictly after an instant, in increasing order. The stream is lazy
   * and may be infinite.
   *
   * @param after  the instant, exclusive, not null
   * @return the fire times in this schedule's zone, not null
   * @throws IllegalStateException if this schedule is floating
   */
  @Override
  public Stream<ZonedDateTime> occurrencesAfter(Instant after) {
    checkNotNull(after, "after");
    ZoneId z = requireZone();
    return epochSecondsAfter(after).mapToObj(s -> ZonedDateTime.ofInstant(Instant.ofEpochSecond(s), z));
  }

  /**
   * Streams the fire times strictly after an instant as epoch seconds, in increasing order,
   * without creating an object per fire time. The stream is lazy and may be infinite.
   *
   * <p>This is {@link #occurrencesAfter(Instant)} for loops over many fire times that need
   * only instants, such as a planner filling a day with sends.
   *
   * @param after  the instant, exclusive, not null
   * @return the fire times as seconds from 1970-01-01T00:00Z, not null
   * @throws IllegalStateException if this schedule is floating
   */
  public LongStream epochSecondsAfter(Instant after) {
    checkNotNull(after, "after");
    requireZone();
    return StreamSupport.longStream(
        Spliterators.spliteratorUnknownSize(
            new FireTimes(after.getEpochSecond()),
            Spliterator.ORDERED | Spliterator.DISTINCT | Spliterator.NONNULL | Spliterator.SORTED
                | Spliterator.IMMUTABLE),
        false);
  }

  /**
   * The fire times after an epoch second, one after the other. Between zone transitions the
   * next fire time is the wall-clock search shifted by the one offset in force, so the iterator
   * remembers that stretch and most steps need no zone look-up.
   */
  private final class FireTimes implements PrimitiveIterator.OfLong {
    private long last;
    private long next;
    private boolean computed;
    private long stretchFrom = Long.MAX_VALUE;
    private long stretchUntil = Long.MIN_VALUE;
    private int stretchOffset;

    FireTimes(long after) {
      this.last = after;
    }

    @Override
    public boolean hasNext() {
      if (!computed) {
        next = advance();
        computed = true;
      }
      return next != CronExpression.NONE;
    }

    @Override
    public long nextLong() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      computed = false;
      last = next;
      return next;
    }

    private long advance() {
      if (last == CronExpression.NONE) {
        return CronExpression.NONE;
      }
      if (last >= stretchFrom && last < stretchUntil) {
        // The last fire time is a wall-clock match here, so its day matches: the rest of that
        // day needs only the time fields.
        long localAfter = last + stretchOffset;
        long local = Math.floorMod(localAfter, 86_400L) == 86_399
            ? CronExpression.NONE
            : expression.nextLocalSecondSameDay(localAfter);
        if (local == CronExpression.NONE) {
          local = expression.nextLocalSecond(localAfter);
        }
        if (local != CronExpression.NONE && local - stretchOffset < stretchUntil) {
          return local - stretchOffset;
        }
      }
      long found = nextSecond(last);
      if (found != CronExpression.NONE) {
        learnStretch(found);
      }
      return found;
    }

    /**
     * Finds the stretch of constant offset around a fire time in which {@link #nextSecond}
     * reduces to the shifted wall-clock search: from the end of the previous transition's gap or
     * overlap (after which no moved gap time is pending and no second pass is skipped) up to the
     * next transition.
     */
    private void learnStretch(long at) {
      ZoneRules r = rules;
      if (r == null || r.isFixedOffset()) {
        return;
      }
      Instant instant = Instant.ofEpochSecond(at);
      ZoneOffsetTransition previous = r.previousTransition(instant.plusSeconds(1));
      ZoneOffsetTransition following = r.nextTransition(instant);
      stretchFrom = previous == null
          ? FIRST_SECOND
          : previous.toEpochSecond() + Math.abs(previous.getDuration().getSeconds());
      stretchUntil = following == null ? LAST_SECOND : following.toEpochSecond();
      stretchOffset = r.getOffset(instant).getTotalSeconds();
    }
  }

  private ZoneId requireZone() {
    checkState(zone != null, "This cron schedule is floating; give it a zone with withZone(zone)");
    return zone;
  }

  /**
   * The first fire time strictly after an epoch second, as an epoch second, or
   * {@link CronExpression#NONE}.
   *
   * <p>The local time line is cut at the zone's transitions into periods of one offset. Within
   * a period, local order is instant order, so the first candidate of each period is found by
   * the wall-clock search. Periods are visited in order until the one holding the answer: a
   * candidate before the end of its period is the answer; a candidate in a gap is moved, dropped
   * or fired at the transition as the policy says, and the next period is still visited because
   * a moved time can come after the first times past the gap. The second pass of a repeated hour
   * belongs to the next period, from which fixed-hour expressions exclude it.
   */
  long nextSecond(long after) {
    if (after >= LAST_SECOND) {
      return CronExpression.NONE;
    }
    ZoneRules r = rules;
    if (r == null) {
      throw new IllegalStateException("floating");
    }
    if (r.isFixedOffset()) {
      int offset = r.getOffset(Instant.EPOCH).getTotalSeconds();
      long local = expression.nextLocalSecond(after + offset);
      return local == CronExpression.NONE ? local : local - offset;
    }
    boolean fixed = !expression.isHourWildcard();
    // One look-up finds the transition after the instant and any recent one before it: a
    // transition matters to fire times after the instant only within its own length (at most
    // a day), and the offset in force is the one around those transitions.
    ZoneOffsetTransition previous = null;
    ZoneOffsetTransition next =
        r.nextTransition(Instant.ofEpochSecond(Math.max(after - LOOK_BACK, FIRST_SECOND)));
    while (next != null && next.toEpochSecond() <= after) {
      previous = next;
      next = r.nextTransition(next.getInstant());
    }
    long best = Long.MAX_VALUE;
    int offset;
    long start;
    if (previous == null) {
      offset = next != null
          ? next.getOffsetBefore().getTotalSeconds()
          : r.getOffset(Instant.ofEpochSecond(after)).getTotalSeconds();
      start = after + offset;
    } else {
      long at = previous.toEpochSecond();
      int before = previous.getOffsetBefore().getTotalSeconds();
      offset = previous.getOffsetAfter().getTotalSeconds();
      start = after + offset;
      if (fixed && previous.isOverlap()) {
        start = Math.max(start, at + before - 1);
      } else if (fixed && policy == DstPolicy.SHIFT_FORWARD && after < at + offset - before) {
        // Moved fire times of the gap just passed may still lie ahead.
        long local = expression.nextLocalSecond(after + before);
        if (local != CronExpression.NONE && local < at + offset) {
          best = local - before;
        }
      }
    }
    long periodStart = after + 1;
    while (periodStart < best) {
      long local = expression.nextLocalSecond(start);
      if (local == CronExpression.NONE) {
        break;
      }
      if (next == null) {
        best = Math.min(best, local - offset);
        break;
      }
      long at = next.toEpochSecond();
      int before = next.getOffsetBefore().getTotalSeconds();
      int afterOffset = next.getOffsetAfter().getTotalSeconds();
      if (local < at + before) {
        best = Math.min(best, local - before);
        break;
      }
      if (fixed && next.isGap() && local < at + afterOffset) {
        if (policy == DstPolicy.SHIFT_FORWARD) {
          best = Math.min(best, local - before);
        } else if (policy == DstPolicy.AT_TRANSITION) {
          best = Math.min(best, at);
          break;
        }
      }
      offset = afterOffset;
      periodStart = at;
      start = at + (fixed && next.isOverlap() ? before : afterOffset) - 1;
      next = r.nextTransition(next.getInstant());
    }
    return best == Long.MAX_VALUE ? CronExpression.NONE : best;
  }

  // ---------------------------------------------------------------------------------------------
  // Text

  /**
   * Returns a short English description, such as
   * {@code "at 09:00, Monday through Friday, in America/New_York"}.
   *
   * @return the description, not null
   */
  @Override
  public String describe() {
    StringBuilder sb = new StringBuilder(expression.describe());
    if (zone != null) {
      sb.append(", in ").append(zone.getId());
    }
    if (policy == DstPolicy.SKIP) {
      sb.append(", skipping times that a daylight-saving change skips");
    } else if (policy == DstPolicy.AT_TRANSITION) {
      sb.append(", at the change for times that a daylight-saving change skips");
    }
    return sb.toString();
  }

  /**
   * Checks if this schedule equals another: the same expression, zone and policy.
   *
   * @param obj  the object to compare with, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof CronSchedule)) {
      return false;
    }
    CronSchedule o = (CronSchedule) obj;
    return expression.equals(o.expression) && Objects.equals(zone, o.zone) && policy == o.policy;
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(expression, zone, policy);
  }

  /**
   * Outputs this schedule, such as {@code "UNIX 0 9 * * 1-5 in America/New_York, SKIP"}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return expression.dialect() + " " + expression + (zone == null ? " floating" : " in " + zone)
        + ", " + policy;
  }
}
