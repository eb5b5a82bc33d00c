package org.sendtime.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sendtime.optimize.SendTimeRecommendation;
import org.sendtime.recurrence.Recurrence;

/**
 * When a send is wanted, before any rule moves it: the schedule types of a campaign.
 *
 * <ul>
 *   <li>{@link #immediate()}: at launch;
 *   <li>{@link #at(Instant)}: at an absolute instant;
 *   <li>{@link #atLocal(LocalDateTime)}: at a wall-clock time, read in the policy's zone or in
 *       each contact's zone as the policy's {@link ZoneStrategy} says;
 *   <li>{@link #recurring(Recurrence)}: at the first occurrence at or after launch; a floating
 *       recurrence is read in the same zone as a wall-clock time;
 *   <li>{@link #optimized(SendTimeRecommendation)}: at the first time at or after launch that a
 *       send-time recommendation names, on the contact's own wall clock.
 * </ul>
 *
 * <p>A schedule may carry an anchor date, the contact's date that the send is about (a
 * birthday, a renewal date), which a deliver-by deadline can be relative to.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Schedule {

  /** The kinds of schedule. */
  public enum Kind {
    /** At launch. */
    IMMEDIATE,
    /** At an absolute instant. */
    AT_INSTANT,
    /** At a wall-clock time. */
    AT_LOCAL,
    /** At the next occurrence of a recurrence. */
    RECURRING,
    /** At the next time a send-time recommendation names. */
    OPTIMIZED
  }

  private static final Schedule IMMEDIATE = new Schedule(Kind.IMMEDIATE, 0, null, null, null);

  private final Kind kind;
  /** The epoch second of an instant, or the local second of a wall-clock time. */
  private final long second;
  private final @Nullable Recurrence recurrence;
  private final @Nullable SendTimeRecommendation recommendation;
  private final @Nullable LocalDate anchor;

  private Schedule(
      Kind kind,
      long second,
      @Nullable Recurrence recurrence,
      @Nullable SendTimeRecommendation recommendation,
      @Nullable LocalDate anchor) {
    this.kind = kind;
    this.second = second;
    this.recurrence = recurrence;
    this.recommendation = recommendation;
    this.anchor = anchor;
  }

  /**
   * Obtains the schedule that sends at launch.
   *
   * @return the schedule, not null
   */
  public static Schedule immediate() {
    return IMMEDIATE;
  }

  /**
   * Obtains a schedule at an absolute instant.
   *
   * @param instant  the instant, whole seconds, not null
   * @return the schedule, not null
   * @throws IllegalArgumentException if the instant has a fraction of a second
   */
  public static Schedule at(Instant instant) {
    checkNotNull(instant, "instant");
    checkArgument(instant.getNano() == 0, "Schedule instants must be whole seconds: %s", instant);
    return new Schedule(Kind.AT_INSTANT, instant.getEpochSecond(), null, null, null);
  }

  /**
   * Obtains a schedule at a wall-clock time.
   *
   * @param localDateTime  the wall-clock time, whole seconds, not null
   * @return the schedule, not null
   * @throws IllegalArgumentException if the time has a fraction of a second
   */
  public static Schedule atLocal(LocalDateTime localDateTime) {
    checkNotNull(localDateTime, "localDateTime");
    checkArgument(
        localDateTime.getNano() == 0, "Schedule times must be whole seconds: %s", localDateTime);
    return new Schedule(Kind.AT_LOCAL, localDateTime.toEpochSecond(ZoneOffset.UTC), null, null, null);
  }

  /**
   * Obtains a schedule at the first occurrence of a recurrence at or after launch.
   *
   * @param recurrence  the recurrence, zoned or floating, not null
   * @return the schedule, not null
   * @throws IllegalArgumentException if the recurrence never fires
   */
  public static Schedule recurring(Recurrence recurrence) {
    checkNotNull(recurrence, "recurrence");
    Recurrence probe = recurrence.zone().isPresent() ? recurrence : recurrence.withZone(ZoneOffset.UTC);
    checkArgument(
        probe.next(Instant.parse("0001-01-01T00:00:00Z")).isPresent(),
        "Recurrence never fires: %s",
        recurrence.describe());
    return new Schedule(Kind.RECURRING, 0, recurrence, null, null);
  }

  /**
   * Obtains a schedule at the first time at or after launch that a send-time recommendation
   * names (its time of day, and its day of the week when it has one), read on the wall clock
   * of the zone the policy judges the contact in: the contact's own under {@link
   * ZoneStrategy#RECIPIENT_LOCAL} and {@link ZoneStrategy#COORDINATED}.
   *
   * @param recommendation  the recommendation, learned or fallback, not null
   * @return the schedule, not null
   */
  public static Schedule optimized(SendTimeRecommendation recommendation) {
    checkNotNull(recommendation, "recommendation");
    return new Schedule(Kind.OPTIMIZED, 0, null, recommendation, null);
  }

  /**
   * Returns a copy with an anchor date, the contact's date the send is about.
   *
   * @param anchor  the anchor date, not null
   * @return the schedule, not null
   */
  public Schedule withAnchor(LocalDate anchor) {
    checkNotNull(anchor, "anchor");
    return new Schedule(kind, second, recurrence, recommendation, anchor);
  }

  /**
   * Gets the kind.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Gets the instant of an {@link Kind#AT_INSTANT} schedule.
   *
   * @return the instant, or empty for other kinds
   */
  public Optional<Instant> instant() {
    return kind == Kind.AT_INSTANT ? Optional.of(Instant.ofEpochSecond(second)) : Optional.empty();
  }

  /**
   * Gets the wall-clock time of an {@link Kind#AT_LOCAL} schedule.
   *
   * @return the time, or empty for other kinds
   */
  public Optional<LocalDateTime> localDateTime() {
    return kind == Kind.AT_LOCAL
        ? Optional.of(LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC))
        : Optional.empty();
  }

  /**
   * Gets the recurrence of a {@link Kind#RECURRING} schedule.
   *
   * @return the recurrence, or empty for other kinds
   */
  public Optional<Recurrence> recurrence() {
    return Optional.ofNullable(recurrence);
  }

  /**
   * Gets the anchor date.
   *
   * @return the anchor, or empty if none
   */
  public Optional<LocalDate> anchor() {
    return Optional.ofNullable(anchor);
  }

  /**
   * Gets the recommendation of an {@link Kind#OPTIMIZED} schedule.
   *
   * @return the recommendation, or empty for other kinds
   */
  public Optional<SendTimeRecommendation> recommendation() {
    return Optional.ofNullable(recommendation);
  }

  @Nullable SendTimeRecommendation recommendationOrNull() {
    return recommendation;
  }

  long second() {
    return second;
  }

  @Nullable Recurrence recurrenceOrNull() {
    return recurrence;
  }

  @Nullable LocalDate anchorOrNull() {
    return anchor;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Schedule)) {
      return false;
    }
    Schedule s = (Schedule) o;
    return kind == s.kind
        && second == s.second
        && Objects.equals(recurrence, s.recurrence)
        && Objects.equals(recommendation, s.recommendation)
        && Objects.equals(anchor, s.anchor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, second, recurrence, recommendation, anchor);
  }

  @Override
  public String toString() {
    String base;
    switch (kind) {
      case IMMEDIATE:
        base = "immediately";
        break;
      case AT_INSTANT:
        base = "at " + Instant.ofEpochSecond(second);
        break;
      case AT_LOCAL:
        base = "at local " + LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
        break;
      case RECURRING:
        base = "recurring " + Objects.requireNonNull(recurrence).describe();
        break;
      default:
        base = "optimized " + recommendation;
        break;
    }
    return anchor == null ? base : base + ", anchored on " + anchor;
  }
}
