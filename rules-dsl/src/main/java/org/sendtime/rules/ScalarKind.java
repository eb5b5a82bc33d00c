package org.sendtime.rules;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sendtime.time.LocalWindow;
import org.sendtime.time.WeeklyHours;

/**
 * The kinds of scalar in a policy: what YAML type each is written as, what it looks like, the
 * pattern the schema gives it, and how its text reads.
 */
enum ScalarKind {
  STRING("text", "string", null),
  INT("an integer", "integer", null),
  NUMBER("a number such as 1.5", "number", null),
  BOOL("true or false", "boolean", null),
  TIME("a time such as \"09:00\"", "string", "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"),
  DATE("a date such as 2026-12-31", "string", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
  MONTH_DAY("a month and day such as \"12-24\"", "string", "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"),
  LOCAL_DATE_TIME("a local date-time such as 2026-12-01T09:00", "string",
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?$"),
  INSTANT("an instant such as 2026-12-01T14:00:00Z", "string",
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?Z$"),
  ZONE("a zone such as America/New_York", "string", null),
  DURATION("a duration such as 14d, 36h or 90m", "string",
      "^(?!$)([0-9]{1,7}w)?([0-9]{1,7}d)?([0-9]{1,9}h)?([0-9]{1,9}m)?([0-9]{1,9}s)?$"),
  WINDOW("a window such as \"21:00-08:00\"", "string",
      "^ *[0-9]{2}:[0-9]{2}(:[0-9]{2})? *- *[0-9]{2}:[0-9]{2}(:[0-9]{2})? *$"),
  WEEKLY_HOURS("weekly hours such as \"MON-FRI 09:00-17:00; SAT 10:00-14:00\"", "string", null),
  ENUM("a name", "string", null),
  DAY("a day such as MON or SAT", "string", null),
  MONTH("a month such as JAN or DEC", "string", null);

  private static final Pattern TIME_FORM = Pattern.compile("[0-9]{2}:[0-9]{2}(:[0-9]{2})?");
  private static final Pattern DATE_FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern MONTH_DAY_FORM = Pattern.compile("[0-9]{2}-[0-9]{2}");

  private final String expected;
  private final String jsonType;
  private final @Nullable String pattern;

  ScalarKind(String expected, String jsonType, @Nullable String pattern) {
    this.expected = expected;
    this.jsonType = jsonType;
    this.pattern = pattern;
  }

  String expected() {
    return expected;
  }

  String jsonType() {
    return jsonType;
  }

  @Nullable String pattern() {
    return pattern;
  }

  /** Whether the kind is written as a YAML string, and so read from the text of a scalar. */
  boolean isText() {
    return jsonType.equals("string");
  }

  /**
   * Reads the text of a scalar of a text kind other than {@link #ENUM}.
   *
   * @throws IllegalArgumentException with the message of the problem, naming the value
   */
  Object read(String text) {
    return switch (this) {
      case STRING -> text;
      case TIME -> time(text);
      case DATE -> date(text);
      case MONTH_DAY -> monthDay(text);
      case LOCAL_DATE_TIME -> parsed(text, () -> LocalDateTime.parse(text));
      case INSTANT -> parsed(text, () -> Instant.parse(text));
      case ZONE -> zone(text);
      case DURATION -> Durations.parse(text);
      case WINDOW -> LocalWindow.parse(text);
      case WEEKLY_HOURS -> WeeklyHours.parse(text);
      case DAY -> Names.day(text);
      case MONTH -> Names.month(text);
      case INT, NUMBER, BOOL, ENUM -> throw new IllegalStateException(this + " is not read from text alone");
    };
  }

  private Object time(String text) {
    if (!TIME_FORM.matcher(text).matches()) {
      throw new IllegalArgumentException(mismatch(text));
    }
    return parsed(text, () -> LocalTime.parse(text));
  }

  private Object date(String text) {
    if (!DATE_FORM.matcher(text).matches()) {
      throw new IllegalArgumentException(mismatch(text));
    }
    return parsed(text, () -> LocalDate.parse(text));
  }

  private Object monthDay(String text) {
    if (!MONTH_DAY_FORM.matcher(text).matches()) {
      throw new IllegalArgumentException(mismatch(text));
    }
    return parsed(text, () -> MonthDay.parse("--" + text));
  }

  private static ZoneId zone(String text) {
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      String hint = Suggestions.nearest(text, ZoneId.getAvailableZoneIds().stream().sorted().toList())
          .map(z -> "; did you mean '" + z + "'?")
          .orElse("; expected an IANA zone id such as America/New_York");
      throw new IllegalArgumentException("unknown zone '" + text + "'" + hint, e);
    }
  }

  private Object parsed(String text, Supplier<Object> parse) {
    try {
      return parse.get();
    } catch (DateTimeParseException e) {
      // A well-formed but impossible value, such as February 30, has the reason in the cause.
      Throwable cause = e.getCause();
      throw new IllegalArgumentException(mismatch(text) + (cause == null ? "" : " (" + cause.getMessage() + ")"), e);
    }
  }

  String mismatch(String text) {
    return "expected " + expected + ", got " + Describe.text(text);
  }
}
