package org.sendtime.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How late a send may still go out: past its deadline a send is suppressed as stale.
 *
 * <ul>
 *   <li>{@link #within(Duration)}: at most this long after the candidate (the time the schedule
 *       asked for);
 *   <li>{@link #byAnchor(int)}: no later than the end of a day relative to the schedule's anchor
 *       date, on the wall clock the policy judges the contact on: {@code byAnchor(0)} is "no
 *       later than the birthday", {@code byAnchor(-1)} "no later than the day before".
 * </ul>
 * A policy may have both; the earlier deadline applies.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeliverBy {

  private final @Nullable Duration maxDelay;
  private final @Nullable Integer anchorDays;

  private DeliverBy(@Nullable Duration maxDelay, @Nullable Integer anchorDays) {
    this.maxDelay = maxDelay;
    this.anchorDays = anchorDays;
  }

  /**
   * Obtains a deadline a fixed time after the candidate.
   *
   * @param maxDelay  the longest delay, zero or positive, whole seconds, not null
   * @return the deadline, not null
   * @throws IllegalArgumentException if the delay is negative or has a fraction of a second
   */
  public static DeliverBy within(Duration maxDelay) {
    checkNotNull(maxDelay, "maxDelay");
    checkArgument(
        !maxDelay.isNegative() && maxDelay.getNano() == 0,
        "Deliver-by delay must be zero or positive whole seconds: %s",
        maxDelay);
    return new DeliverBy(maxDelay, null);
  }

  /**
   * Obtains a deadline at the end of a day relative to the schedule's anchor date. A schedule
   * without an anchor is a caller mistake under such a policy.
   *
   * @param daysAfterAnchor  days after the anchor date, negative for days before
   * @return the deadline, not null
   */
  public static DeliverBy byAnchor(int daysAfterAnchor) {
    checkArgument(
        Math.abs(daysAfterAnchor) <= 3660,
        "Deliver-by anchor offset must be within 3660 days: %s",
        daysAfterAnchor);
    return new DeliverBy(null, daysAfterAnchor);
  }

  /**
   * Gets the longest delay after the candidate.
   *
   * @return the delay, or empty if this deadline is relative to an anchor
   */
  public Optional<Duration> maxDelay() {
    return Optional.ofNullable(maxDelay);
  }

  /**
   * Gets the day of the deadline relative to the anchor date.
   *
   * @return the days after the anchor, or empty if this deadline is a delay
   */
  public Optional<Integer> daysAfterAnchor() {
    return Optional.ofNullable(anchorDays);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DeliverBy
        && Objects.equals(((DeliverBy) o).maxDelay, maxDelay)
        && Objects.equals(((DeliverBy) o).anchorDays, anchorDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDelay, anchorDays);
  }

  @Override
  public String toString() {
    if (maxDelay != null) {
      return "within " + maxDelay;
    }
    int d = Objects.requireNonNull(anchorDays);
    return d == 0
        ? "by the end of the anchor date"
        : "by the end of the anchor date " + (d > 0 ? "+" : "") + d + " days";
  }
}
