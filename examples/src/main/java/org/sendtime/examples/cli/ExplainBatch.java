package org.sendtime.examples.cli;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sendtime.rules.Policy;

/**
 * Explains decisions asked as JSON lines, one output line per input line, in order.
 *
 * <p>An input line is an object such as
 * {@code {"contact":{"id":"c1","zone":"America/Chicago"},"at":"2026-12-24T15:00:00Z"}} with the
 * fields of {@link #FIELDS}: {@code contact} and one of {@code at} and {@code local} are required.
 * The output line is the decision as {@link DecisionJson} writes it, after {@code "line":n}, or
 * {@code {"line":n,"error":"..."}}. A bad line never stops the batch.
 *
 * @param policy  the policy that decides every line, not null
 * @param launch  the launch of lines that give none, or null for each line's default
 * @param clock  the clock that gives the default launch of a wall-clock time, not null
 */
record ExplainBatch(Policy policy, @Nullable String launch, Clock clock) {

  /** The fields of an input line. */
  static final List<String> FIELDS = List.of("contact", "at", "local", "launch");

  /**
   * Answers one input line.
   *
   * @param line  the line, not blank
   * @param lineNumber  the number of the line, from 1
   * @return the output line, with the decision or the error, not null
   */
  JsonlInput.Answer answer(String line, int lineNumber) {
    try {
      Map<String, Object> object = Json.parseObject(line);
      for (String key : object.keySet()) {
        if (!FIELDS.contains(key)) {
          throw new InputException("unknown field \"" + key + "\" (expected "
              + String.join(", ", FIELDS) + ")");
        }
      }
      Object contact = object.get("contact");
      if (contact == null || (contact instanceof Json.Literal && ((Json.Literal) contact).isNull())) {
        throw new InputException("Missing contact (expected an object such as"
            + " {\"id\":\"c1\",\"zone\":\"America/Chicago\"})");
      }
      if (!(contact instanceof Map)) {
        throw new InputException("contact must be an object, not " + ExplainQuery.describe(contact));
      }
      @SuppressWarnings("unchecked") // Json gives objects as maps from keys to values
      Map<String, Object> contactObject = (Map<String, Object>) contact;
      String lineLaunch = string(object, "launch");
      ExplainQuery query = ExplainQuery.read(
          contactObject,
          string(object, "at"),
          string(object, "local"),
          lineLaunch != null ? lineLaunch : launch,
          ExplainQuery.Names.JSON_FIELDS);
      return new JsonlInput.Answer(DecisionJson.json(lineNumber, query.explain(policy, clock, ExplainQuery.Names.JSON_FIELDS)), true);
    } catch (RuntimeException e) {
      // One line's failure, even a bug, is reported on its line and never stops the batch.
      StringBuilder sb = new StringBuilder("{\"line\":").append(lineNumber).append(",\"error\":");
      return new JsonlInput.Answer(
          Json.appendString(sb, JsonlInput.errorMessage(e)).append('}').toString(), false);
    }
  }

  /** Gets an optional string field; null means absent. */
  private static @Nullable String string(Map<String, Object> object, String field) {
    Object value = object.get(field);
    if (value == null || (value instanceof Json.Literal && ((Json.Literal) value).isNull())) {
      return null;
    }
    if (!(value instanceof String)) {
      throw new InputException(field + " must be a string, not " + ExplainQuery.describe(value));
    }
    return (String) value;
  }
}
