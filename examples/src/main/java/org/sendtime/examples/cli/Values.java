package org.sendtime.examples.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Locale;

/**
 * Reads the zones, dates and date-times that users type, in ISO-8601, with messages that name
 * the option or field, the value given and the forms expected.
 */
final class Values {
  private static final String EXPECTED_INSTANT =
      "an instant such as 2026-03-01T00:00:00Z, an offset date-time such as 2026-03-01T09:00+01:00";
  private static final String EXPECTED_LOCAL = "a local date-time such as 2026-03-01T09:00";
  private static final String EXPECTED_DATE = "a date such as 2026-03-01";

  private Values() {}

  /**
   * Reads an IANA time-zone id, or a fixed offset such as {@code +02:00}.
   *
   * @param text  the text, not null
   * @param name  the option or field, for messages, not null
   * @return the zone, not null
   * @throws InputException if the text is not a known zone
   */
  static ZoneId zone(String text, String name) {
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw new InputException("Unknown time zone '" + text + "' for " + name
          + " (expected an IANA zone id such as America/New_York)");
    }
  }

  /**
   * Reads an instant: a UTC date-time such as {@code 2026-12-24T15:00:00Z}, or a date-time with
   * an offset, in whole seconds.
   *
   * @return the instant, not null
   * @throws InputException if the text is not an instant in whole seconds
   */
  static Instant instant(String text, String name) {
    Temporal t = temporal(text, name, EXPECTED_INSTANT);
    if (!(t instanceof Instant)) {
      throw new InputException("Invalid value for " + name + ": '" + text + "' has no offset"
          + " (expected " + EXPECTED_INSTANT + ")");
    }
    Instant instant = (Instant) t;
    if (instant.getNano() != 0) {
      throw new InputException("Invalid value for " + name + ": '" + text
          + "' has a fraction of a second (expected whole seconds)");
    }
    return instant;
  }

  /**
   * Reads a wall-clock time: a local date-time without an offset, in whole seconds.
   *
   * @return the date-time, not null
   * @throws InputException if the text is not a local date-time in whole seconds
   */
  static LocalDateTime localDateTime(String text, String name) {
    Temporal t = temporal(text, name, EXPECTED_LOCAL);
    if (!(t instanceof LocalDateTime)) {
      throw new InputException("Invalid value for " + name + ": '" + text + "' is not a"
          + " wall-clock time (expected " + EXPECTED_LOCAL + ", without an offset)");
    }
    LocalDateTime local = (LocalDateTime) t;
    if (local.getNano() != 0) {
      throw new InputException("Invalid value for " + name + ": '" + text
          + "' has a fraction of a second (expected whole seconds)");
    }
    return local;
  }

  /**
   * Reads a date.
   *
   * @return the date, not null
   * @throws InputException if the text is not a date
   */
  static LocalDate date(String text, String name) {
    Temporal t = temporal(text, name, EXPECTED_DATE);
    if (!(t instanceof LocalDate)) {
      throw new InputException(
          "Invalid value for " + name + ": '" + text + "' (expected " + EXPECTED_DATE + ")");
    }
    return (LocalDate) t;
  }

  /**
   * Reads a start: a local date-time, or a date for an all-day rule.
   *
   * @return a {@link LocalDateTime} or a {@link LocalDate}, not null
   * @throws InputException if the text is neither
   */
  static Temporal start(String text, String name) {
    Temporal t = temporal(text, name, EXPECTED_LOCAL + " or " + EXPECTED_DATE);
    if (t instanceof Instant) {
      throw new InputException("Invalid value for " + name + ": '" + text
          + "' has an offset, but a start is local (expected " + EXPECTED_LOCAL + " or "
          + EXPECTED_DATE + "; give the zone apart)");
    }
    return t;
  }

  /**
   * Reads a point in time to search after: an instant, or a local date-time (a date means its
   * start) to be read in the rule's zone.
   *
   * @return an {@link Instant} or a {@link LocalDateTime}, not null
   * @throws InputException if the text is none of these
   */
  static Temporal after(String text, String name) {
    Temporal t = dateOrTime(text, name);
    return t instanceof LocalDate ? ((LocalDate) t).atStartOfDay() : t;
  }

  /**
   * Reads an extra or excluded occurrence: an instant, a local date-time or a date.
   *
   * @return an {@link Instant}, a {@link LocalDateTime} or a {@link LocalDate}, not null
   * @throws InputException if the text is none of these
   */
  static Temporal dateOrTime(String text, String name) {
    return temporal(text, name,
        EXPECTED_INSTANT + ", " + EXPECTED_LOCAL + " or " + EXPECTED_DATE);
  }

  /** Reads a date, a local date-time, or a date-time with an offset (as an instant). */
  private static Temporal temporal(String text, String name, String expected) {
    String upper = text.toUpperCase(Locale.ROOT);
    int t = upper.indexOf('T');
    try {
      if (t < 0) {
        return LocalDate.parse(text);
      }
      String time = upper.substring(t + 1);
      boolean hasOffset = time.endsWith("Z") || time.indexOf('+') >= 0 || time.indexOf('-') >= 0
          || time.indexOf('[') >= 0;
      if (!hasOffset) {
        return LocalDateTime.parse(text);
      }
      return ZonedDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      // A cause means the syntax was right but a value was not, as in month 13: say which.
      String detail = e.getCause() == null ? "" : ": " + e.getCause().getMessage();
      throw new InputException(
          "Invalid value for " + name + ": '" + text + "' (expected " + expected + ")" + detail);
    }
  }
}
