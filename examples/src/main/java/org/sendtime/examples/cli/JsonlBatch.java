package org.sendtime.examples.cli;

import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sendtime.examples.cli.OccurrenceQuery.Names;
import org.sendtime.recurrence.CronDialect;
import org.sendtime.time.DstPolicy;

/**
 * Answers occurrence queries given as JSON lines, one output line per input line, in order.
 *
 * <p>An input line is an object such as
 * {@code {"id":7,"rrule":"FREQ=DAILY;COUNT=3","dtstart":"2026-03-01T09:00","zone":"Europe/Paris"}}
 * with the fields of {@link #FIELDS}; the output line is {@code {"id":7,"occurrences":[...]}} or
 * {@code {"id":7,"error":"line 1: ..."}}. The id is echoed as written; it is {@code null} when
 * the line gives none or cannot be read. A bad line never stops the batch; blank lines are
 * skipped.
 */
final class JsonlBatch {
  /** The fields of an input line; {@code rrule} or {@code cron} is required. */
  static final List<String> FIELDS =
      List.of("id", "rrule", "dtstart", "zone", "exdate", "rdate", "after", "limit", "cron", "dialect");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");

  private JsonlBatch() {}

  /**
   * Answers one input line.
   *
   * @param line  the line, not blank
   * @param lineNumber  the number of the line, from 1, for error messages
   * @return the output line, with or without an error, not null
   */
  static JsonlInput.Answer answer(String line, int lineNumber) {
    String id = Json.Literal.NULL.text();
    try {
      Map<String, Object> object = Json.parseObject(line);
      id = id(object.get("id"));
      List<String> occurrences = (object.containsKey("cron") ? cronQuery(object).occurrences()
          : query(object).occurrences()).collect(Collectors.toList());
      StringBuilder sb = new StringBuilder("{\"id\":").append(id).append(",\"occurrences\":[");
      for (int i = 0; i < occurrences.size(); i++) {
        Json.appendString(i == 0 ? sb : sb.append(','), occurrences.get(i));
      }
      return new JsonlInput.Answer(sb.append("]}").toString(), true);
    } catch (RuntimeException e) {
      // One line's failure, even a bug, is reported on its line and never stops the batch.
      String message = JsonlInput.errorMessage(e);
      StringBuilder sb = new StringBuilder("{\"id\":").append(id).append(",\"error\":");
      return new JsonlInput.Answer(Json.appendString(sb, "line " + lineNumber + ": " + message)
          .append('}').toString(), false);
    }
  }

  private static String id(@Nullable Object id) {
    if (id == null) {
      return Json.Literal.NULL.text();
    }
    if (id instanceof Json.Literal) {
      return ((Json.Literal) id).text();
    }
    if (id instanceof String) {
      return Json.string((String) id);
    }
    throw new InputException("id must be a string, a number, true, false or null, not an "
        + (id instanceof List ? "array" : "object"));
  }

  private static void checkFields(Map<String, Object> object) {
    for (String key : object.keySet()) {
      if (!FIELDS.contains(key)) {
        throw new InputException("unknown field \"" + key + "\" (expected "
            + String.join(", ", FIELDS) + ")");
      }
    }
  }

  private static CronQuery cronQuery(Map<String, Object> object) {
    checkFields(object);
    for (String field : List.of("rrule", "dtstart", "exdate", "rdate")) {
      if (object.containsKey(field)) {
        throw new InputException(field + " does not go with cron: a cron expression has no start,"
            + " extra or excluded dates");
      }
    }
    String cron = string(object, "cron");
    String dialect = string(object, "dialect");
    String zone = string(object, "zone");
    String after = string(object, "after");
    if (cron == null || after == null) {
      throw new InputException("cron needs after, the time after which to list its fire times");
    }
    return new CronQuery(
        cron,
        dialect == null ? CronDialect.UNIX : CronQuery.dialect(dialect, "dialect"),
        zone == null ? null : Values.zone(zone, "zone"),
        DstPolicy.SHIFT_FORWARD,
        Values.after(after, "after"),
        limit(object.get("limit")),
        Names.JSON_FIELDS);
  }

  private static OccurrenceQuery query(Map<String, Object> object) {
    checkFields(object);
    if (object.containsKey("dialect")) {
      throw new InputException("dialect goes with cron");
    }
    String rrule = string(object, "rrule");
    if (rrule == null) {
      throw new InputException("rrule or cron is required (a rule such as FREQ=DAILY;COUNT=10, "
          + "iCalendar content lines, or a cron expression)");
    }
    String start = string(object, "dtstart");
    String zone = string(object, "zone");
    String after = string(object, "after");
    ZoneId zoneId = zone == null ? null : Values.zone(zone, "zone");
    return new OccurrenceQuery(
        rrule,
        start == null ? null : Values.start(start, "dtstart"),
        zoneId,
        after == null ? null : Values.after(after, "after"),
        limit(object.get("limit")),
        dates(object, "rdate"),
        dates(object, "exdate"),
        Names.JSON_FIELDS);
  }

  /** Gets an optional string field; null means absent. */
  private static @Nullable String string(Map<String, Object> object, String field) {
    Object value = object.get(field);
    if (value == null || isNull(value)) {
      return null;
    }
    if (!(value instanceof String)) {
      throw new InputException(field + " must be a string, not " + describe(value));
    }
    return (String) value;
  }

  private static @Nullable Integer limit(@Nullable Object value) {
    if (value == null || isNull(value)) {
      return null;
    }
    if (value instanceof Json.Literal && WHOLE_NUMBER.matcher(((Json.Literal) value).text()).matches()) {
      try {
        int limit = Integer.parseInt(((Json.Literal) value).text());
        if (limit >= 1) {
          return limit;
        }
      } catch (NumberFormatException e) {
        // Too large for an int: reported below with the other bad values.
      }
    }
    throw new InputException("limit must be a whole number from 1 to " + Integer.MAX_VALUE
        + ", not " + describe(value));
  }

  private static List<Temporal> dates(Map<String, Object> object, String field) {
    Object value = object.get(field);
    if (value == null || isNull(value)) {
      return List.of();
    }
    if (!(value instanceof List)) {
      throw new InputException(field + " must be an array of date-times or dates, not "
          + describe(value));
    }
    List<Temporal> dates = new ArrayList<>();
    List<?> list = (List<?>) value;
    for (int i = 0; i < list.size(); i++) {
      String name = field + "[" + i + "]";
      if (!(list.get(i) instanceof String)) {
        throw new InputException(name + " must be a string, not " + describe(list.get(i)));
      }
      dates.add(Values.dateOrTime((String) list.get(i), name));
    }
    return dates;
  }

  private static boolean isNull(Object value) {
    return value instanceof Json.Literal && ((Json.Literal) value).isNull();
  }

  private static String describe(@Nullable Object value) {
    if (value instanceof Json.Literal) {
      return ((Json.Literal) value).text();
    }
    if (value instanceof String) {
      return Json.string((String) value);
    }
    return value instanceof List ? "an array" : "an object";
  }
}
