package org.sendtime.recurrence;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A rule that says when something happens: an RFC 5545 recurrence set, and every other kind
 * of recurrence sendtime reads. Everything downstream takes a {@code Recurrence}.
 *
 * <p>A recurrence is a wall-clock pattern read in a zone. A recurrence without a zone
 * (<em>floating</em>) means "this local time wherever the recipient is"; it is given a zone with
 * {@link #withZone(ZoneId)} before it can answer queries about instants.
 *
 * <p>Implementations are immutable and thread-safe, and produce occurrences in strictly
 * increasing order, never the same instant twice.
 */
public interface Recurrence {

  /**
   * Gets the zone in which the wall-clock pattern is read.
   *
   * @return the zone, or empty if this recurrence is floating
   */
  Optional<ZoneId> zone();

  /**
   * Returns this recurrence read in a zone; local values keep their local date-times.
   *
   * @param zone  the zone, not null
   * @return the recurrence in that zone, not null
   */
  Recurrence withZone(ZoneId zone);

  /**
   * Finds the first occurrence strictly after an instant.
   *
   * @param after  the instant, exclusive, not null
   * @return the next occurrence in this recurrence's zone, or empty if there is none
   * @throws IllegalStateException if this recurrence is floating
   */
  Optional<ZonedDateTime> next(Instant after);

  /**
   * Streams the occurrences strictly after an instant, in increasing order. The stream is lazy
   * and may be infinite.
   *
   * @param after  the instant, exclusive, not null
   * @return the occurrences in this recurrence's zone, not null
   * @throws IllegalStateException if this recurrence is floating
   */
  Stream<ZonedDateTime> occurrencesAfter(Instant after);

  /**
   * Returns a short English description, such as {@code "at 09:00, Monday through Friday"}.
   *
   * @return the description, not null
   */
  String describe();
}
