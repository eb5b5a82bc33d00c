package org.sendtime.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sendtime.optimize.Engagement;
import org.sendtime.optimize.SendTimeOptimizer;
import org.sendtime.policy.Schedule;

/**
 * What a policy sends on: a fixed {@link Schedule}, or a send time that the policy's
 * {@link SendTimeOptimizer} learns for each contact.
 *
 * <p>A {@link Schedule#optimized} schedule holds one contact's recommendation, so it cannot be
 * written in a policy; {@link #optimized()} stands for it until a contact's engagement is known,
 * and {@link #toSchedule} turns it into the contact's schedule.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicySchedule {
  private final @Nullable Schedule schedule;
  private final @Nullable LocalDate anchor;

  private PolicySchedule(@Nullable Schedule schedule, @Nullable LocalDate anchor) {
    this.schedule = schedule;
    this.anchor = anchor;
  }

  /**
   * Obtains a policy schedule of a fixed schedule.
   *
   * @param schedule  the schedule, immediate, at an instant or a local time, or recurring, not null
   * @return the policy schedule, not null
   * @throws IllegalArgumentException if the schedule is {@link Schedule.Kind#OPTIMIZED}, which
   *     holds one contact's recommendation; use {@link #optimized()}
   */
  public static PolicySchedule of(Schedule schedule) {
    checkNotNull(schedule, "schedule");
    checkArgument(schedule.kind() != Schedule.Kind.OPTIMIZED,
        "Invalid policy schedule: an optimized schedule holds one contact's recommendation; "
            + "use PolicySchedule.optimized(), got %s", schedule);
    return new PolicySchedule(schedule, null);
  }

  /**
   * Obtains the policy schedule that sends at the time the optimizer learns for each contact.
   *
   * @return the optimized policy schedule, without anchor, not null
   */
  public static PolicySchedule optimized() {
    return new PolicySchedule(null, null);
  }

  /**
   * Returns a copy with an anchor date, the date that {@code DeliverBy.byAnchor} counts from.
   *
   * @param anchor  the anchor date, not null
   * @return the policy schedule with the anchor, not null
   */
  public PolicySchedule withAnchor(LocalDate anchor) {
    checkNotNull(anchor, "anchor");
    return schedule == null ? new PolicySchedule(null, anchor) : new PolicySchedule(schedule.withAnchor(anchor), null);
  }

  /**
   * Checks whether the send time is learned for each contact.
   *
   * @return true if optimized
   */
  public boolean isOptimized() {
    return schedule == null;
  }

  /**
   * Gets the fixed schedule.
   *
   * @return the schedule, or empty if optimized
   */
  public Optional<Schedule> schedule() {
    return Optional.ofNullable(schedule);
  }

  /**
   * Gets the anchor date.
   *
   * @return the anchor, or empty if none
   */
  public Optional<LocalDate> anchor() {
    return schedule == null ? Optional.ofNullable(anchor) : schedule.anchor();
  }

  /**
   * Obtains the schedule of one contact: the fixed schedule, or a schedule at the time the
   * optimizer recommends from the contact's engagement.
   *
   * @param optimizer  the optimizer, used only when optimized, not null
   * @param events  the contact's engagement events, not null
   * @param contactZone  the contact's zone, not null
   * @param asOf  the instant the recommendation is made at, not null
   * @return the contact's schedule, not null
   */
  public Schedule toSchedule(SendTimeOptimizer optimizer, Iterable<Engagement> events, ZoneId contactZone,
      Instant asOf) {
    checkNotNull(optimizer, "optimizer");
    checkNotNull(events, "events");
    checkNotNull(contactZone, "contactZone");
    checkNotNull(asOf, "asOf");
    if (schedule != null) {
      return schedule;
    }
    Schedule optimizedSchedule = Schedule.optimized(optimizer.recommend(events, contactZone, asOf));
    return anchor == null ? optimizedSchedule : optimizedSchedule.withAnchor(anchor);
  }

  /**
   * Checks if this schedule is equal to another: the same fixed schedule, or both optimized,
   * with the same anchor date or none.
   *
   * @param obj  the object to check, null returns false
   * @return true if this is equal to the other schedule
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof PolicySchedule)) {
      return false;
    }
    PolicySchedule other = (PolicySchedule) obj;
    return Objects.equals(schedule, other.schedule) && Objects.equals(anchor, other.anchor);
  }

  /**
   * A hash code for this schedule.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(schedule, anchor);
  }

  /**
   * Outputs this schedule: the fixed schedule's text, or {@code optimized} with its anchor date.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    if (schedule != null) {
      return schedule.toString();
    }
    return "optimized" + (anchor == null ? "" : ", anchored on " + anchor);
  }
}
