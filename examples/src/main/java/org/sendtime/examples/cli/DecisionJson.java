package org.sendtime.examples.cli;

import java.time.Instant;
import java.time.ZoneId;
import org.sendtime.policy.Decision;
import org.sendtime.policy.TraceStep;

/**
 * Writes a decision and its trace as one JSON object, instants as ISO-8601 UTC:
 *
 * <pre>
 * {"decision":"scheduled","contact":"c1","candidate":"2026-12-24T15:00:00Z",
 *  "at":"2027-01-04T15:00:00Z","zone":"America/Chicago",
 *  "trace":[{"rule":"blackout year-end","from":"...","to":"...","why":"..."}]}
 * {"decision":"suppressed","contact":"c2","candidate":"...","zone":"Europe/Paris",
 *  "rule":"deliver-by","reason":"...","trace":[...,{"rule":"deliver-by","from":"...","to":null,"why":"..."}]}
 * </pre>
 *
 * <p>{@code zone} is {@code null} when the contact has none and the policy no fallback.
 */
final class DecisionJson {

  private DecisionJson() {}

  /**
   * Writes a decision.
   *
   * @param decision  the decision, not null
   * @return the JSON object, on one line, not null
   */
  static String json(Decision decision) {
    return members(new StringBuilder("{"), decision).append('}').toString();
  }

  /**
   * Writes a decision as the answer to a numbered input line.
   *
   * @param line  the number of the input line
   * @param decision  the decision, not null
   * @return the JSON object, starting with {@code "line"}, on one line, not null
   */
  static String json(int line, Decision decision) {
    return members(new StringBuilder("{\"line\":").append(line).append(','), decision)
        .append('}').toString();
  }

  private static StringBuilder members(StringBuilder sb, Decision d) {
    sb.append("\"decision\":\"").append(d.isScheduled() ? "scheduled" : "suppressed").append('"');
    Json.appendString(sb.append(",\"contact\":"), d.contactId());
    instant(sb.append(",\"candidate\":"), d.candidate());
    if (d instanceof Decision.Scheduled) {
      instant(sb.append(",\"at\":"), ((Decision.Scheduled) d).at());
    }
    sb.append(",\"zone\":");
    if (d.zone().isPresent()) {
      Json.appendString(sb, d.zone().map(ZoneId::getId).orElseThrow());
    } else {
      sb.append("null");
    }
    if (d instanceof Decision.Suppressed) {
      Decision.Suppressed s = (Decision.Suppressed) d;
      Json.appendString(sb.append(",\"rule\":"), s.rule());
      Json.appendString(sb.append(",\"reason\":"), s.reason());
    }
    sb.append(",\"trace\":[");
    boolean first = true;
    for (TraceStep step : d.trace()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      Json.appendString(sb.append("{\"rule\":"), step.rule());
      instant(sb.append(",\"from\":"), step.from());
      sb.append(",\"to\":");
      if (step.to().isPresent()) {
        instant(sb, step.to().orElseThrow());
      } else {
        sb.append("null");
      }
      Json.appendString(sb.append(",\"why\":"), step.why()).append('}');
    }
    return sb.append(']');
  }

  /** Writes an instant in UTC, always with seconds: {@code 2026-12-24T15:00:00Z}. */
  private static StringBuilder instant(StringBuilder sb, Instant instant) {
    return Json.appendString(sb, instant.toString());
  }
}
