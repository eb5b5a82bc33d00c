package org.sendtime.optimize;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When to send to one contact: a local time of day, perhaps a day of the week, and how
 * confident the recommendation is.
 *
 * <p>A recommendation is produced by {@link SendTimeOptimizer#recommend}. It either was
 * {@linkplain Source#LEARNED learned} from the contact's engagement, in which case its time is
 * the top of an hour, or it is the optimizer's {@linkplain Source#FALLBACK fallback} time, with a
 * confidence of zero and no day of week, because there were too few data points.
 *
 * <p>The time and day are local to the contact's zone; {@link #nextAfter(Instant, ZoneId)}
 * turns them into a candidate send time.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SendTimeRecommendation {

  /** Where a recommendation comes from. */
  public enum Source {
    /** Learned from the contact's engagement, shrunk toward the population prior. */
    LEARNED,
    /** The optimizer's fallback time, because the engagement was too thin to learn from. */
    FALLBACK
  }

  private final @Nullable DayOfWeek dayOfWeek;
  private final LocalTime time;
  private final double confidence;
  private final int dataPoints;
  private final Source source;
  private final String reason;

  private SendTimeRecommendation(
      @Nullable DayOfWeek dayOfWeek, LocalTime time, double confidence, int dataPoints, Source source,
      String reason) {
    this.dayOfWeek = dayOfWeek;
    this.time = time;
    this.confidence = confidence;
    this.dataPoints = dataPoints;
    this.source = source;
    this.reason = reason;
  }

  /** Obtains a learned recommendation; the optimizer has validated every value. */
  static SendTimeRecommendation learned(
      @Nullable DayOfWeek dayOfWeek, LocalTime time, double confidence, int dataPoints, String reason) {
    return new SendTimeRecommendation(dayOfWeek, time, confidence, dataPoints, Source.LEARNED, reason);
  }

  /** Obtains a fallback recommendation; the optimizer has validated every value. */
  static SendTimeRecommendation fallback(LocalTime time, int dataPoints, String reason) {
    return new SendTimeRecommendation(null, time, 0.0, dataPoints, Source.FALLBACK, reason);
  }

  /**
   * Gets the recommended day of the week, if the data support one.
   *
   * <p>{@link SendTimeOptimizer} documents when they do. A fallback never has a day.
   *
   * @return the day of the week, or empty if any day will do, not null
   */
  public Optional<DayOfWeek> dayOfWeek() {
    return Optional.ofNullable(dayOfWeek);
  }

  /**
   * Gets the recommended local time of day: the top of the best hour for a learned
   * recommendation, the optimizer's fallback time otherwise.
   *
   * @return the local time, not null
   */
  public LocalTime time() {
    return time;
  }

  /**
   * Gets the confidence in the recommended time of day, from 0 (none) to 1 (all of the
   * posterior weight is on that hour).
   *
   * <p>{@link SendTimeOptimizer} documents how it is computed. A fallback has confidence 0.
   *
   * @return the confidence, from 0 to 1
   */
  public double confidence() {
    return confidence;
  }

  /**
   * Gets the number of engagements the recommendation was based on: those at or before the
   * as-of instant whose kind has a positive weight.
   *
   * @return the number of data points, zero or more
   */
  public int dataPoints() {
    return dataPoints;
  }

  /**
   * Checks whether this is the optimizer's fallback, given because there were too few data
   * points to learn from.
   *
   * @return true if this is a fallback
   */
  public boolean isFallback() {
    return source == Source.FALLBACK;
  }

  /**
   * Gets where the recommendation comes from.
   *
   * @return the source, not null
   */
  public Source source() {
    return source;
  }

  /**
   * Gets a sentence that explains the recommendation, such as why a day of week was or was not
   * given. The text is meant for people and may change between versions.
   *
   * @return the explanation, not null
   */
  public String reason() {
    return reason;
  }

  /**
   * Obtains the first date-time, at or after an instant, that is at the recommended local time
   * (and on the recommended day of week, if there is one) in a zone.
   *
   * <p>An instant equal to {@code after} qualifies, so that a recommendation asked at exactly
   * its time is due at once. Local date-times are resolved as {@link ZonedDateTime#of} does: a
   * time in a daylight-saving gap moves forward by the length of the gap (02:30 on a
   * spring-forward day in New York becomes 03:30), and a time in an overlap means its first,
   * earlier-offset instance only. So once the earlier instance of a repeated time has passed,
   * the next candidate is on a later day, not the later instance.
   *
   * @param after  the earliest acceptable instant, inclusive, not null
   * @param zone  the zone to read the local time in, usually the contact's, not null
   * @return the first matching date-time at or after {@code after}, in {@code zone}, not null
   * @throws java.time.DateTimeException if the result would be outside the supported range
   */
  public ZonedDateTime nextAfter(Instant after, ZoneId zone) {
    checkNotNull(after, "after");
    checkNotNull(zone, "zone");
    // Start a day early: a candidate dated the day before 'after' in local terms can still be
    // at or after it when an offset change moves the wall clock back.
    LocalDate date = after.atZone(zone).toLocalDate().minusDays(1);
    while (true) {
      if (dayOfWeek == null || date.getDayOfWeek() == dayOfWeek) {
        ZonedDateTime candidate = ZonedDateTime.of(date, time, zone);
        if (!candidate.toInstant().isBefore(after)) {
          return candidate;
        }
      }
      date = date.plusDays(1);
    }
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof SendTimeRecommendation)) {
      return false;
    }
    SendTimeRecommendation o = (SendTimeRecommendation) obj;
    return dayOfWeek == o.dayOfWeek && time.equals(o.time)
        && Double.compare(confidence, o.confidence) == 0 && dataPoints == o.dataPoints
        && source == o.source && reason.equals(o.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dayOfWeek, time, confidence, dataPoints, source, reason);
  }

  /**
   * Outputs the recommendation, such as
   * {@code SendTimeRecommendation[TUESDAY 19:00, confidence 0.62, 24 data points, LEARNED]}.
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "SendTimeRecommendation[%s%s, confidence %.2f, %d data points, %s]",
        dayOfWeek == null ? "" : dayOfWeek + " ", time, confidence, dataPoints, source);
  }
}
