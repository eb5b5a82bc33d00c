package org.sendtime.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.sendtime.campaign.ContactSchedule;
import org.sendtime.campaign.PlannedEmail;
import org.sendtime.window.ExclusionWindow;

/**
 * Writes a contact's schedule as one JSON object: the windows that apply in the range and every
 * planned email, scheduled instants in UTC.
 *
 * <pre>
 * {"contact":"c1","from":"2026-01-01","until":"2027-01-01",
 *  "windows":[{"rule":"CA birthday window","first":"2026-08-03","last":"2027-01-30","legal_first":"2026-11-01"}],
 *  "emails":[{"id":"c1/birthday/2026-11-17","kind":"birthday","due":"2026-11-17","priority":5,
 *   "decision":"suppressed","rule":"CA birthday window","reason":"..."},
 *   {"id":"...","kind":"annual_enrolment","due":"2026-09-15","priority":3,"decision":"scheduled",
 *   "at":"2026-09-15T13:30:00Z"}]}
 * </pre>
 */
final class ScheduleJson {
  private ScheduleJson() {}

  /**
   * Writes a schedule.
   *
   * @param schedule  the schedule, not null
   * @return the JSON object, on one line, not null
   */
  static String json(ContactSchedule schedule) {
    StringBuilder sb = new StringBuilder("{");
    Json.appendString(sb.append("\"contact\":"), schedule.contactId());
    date(sb.append(",\"from\":"), schedule.range().getStart());
    date(sb.append(",\"until\":"), schedule.range().getEnd());
    sb.append(",\"windows\":[");
    String comma = "";
    for (ExclusionWindow w : schedule.windows()) {
      sb.append(comma);
      comma = ",";
      window(sb, w);
    }
    sb.append("],\"emails\":[");
    comma = "";
    for (PlannedEmail e : schedule.emails()) {
      sb.append(comma);
      comma = ",";
      email(sb, e);
    }
    return sb.append("]}").toString();
  }

  private static void window(StringBuilder sb, ExclusionWindow w) {
    Json.appendString(sb.append("{\"rule\":"), w.rule().label());
    Json.appendString(sb.append(",\"jurisdiction\":"), w.rule().jurisdiction());
    sb.append(",\"first\":");
    if (w.blockedRange().isUnboundedStart()) {
      sb.append("null");
    } else {
      date(sb, w.blockedRange().getStart());
    }
    sb.append(",\"last\":");
    if (w.blockedRange().isUnboundedEnd()) {
      sb.append("null");
    } else {
      date(sb, w.blockedRange().getEndInclusive());
    }
    if (w.anchorDate().isPresent()) {
      date(sb.append(",\"anchor\":"), w.anchorDate().get());
    }
    sb.append('}');
  }

  private static void email(StringBuilder sb, PlannedEmail e) {
    Json.appendString(sb.append("{\"id\":"), e.id());
    Json.appendString(sb.append(",\"kind\":"), e.kind().name());
    if (e.campaign().isPresent()) {
      Json.appendString(sb.append(",\"campaign\":"), e.campaign().get());
    }
    if (e.tier().isPresent()) {
      Json.appendString(sb.append(",\"tier\":"), e.tier().get());
    }
    if (e.parentId().isPresent()) {
      Json.appendString(sb.append(",\"parent\":"), e.parentId().get());
    }
    date(sb.append(",\"due\":"), e.dueDate());
    sb.append(",\"priority\":").append(e.priority());
    if (e.isScheduled()) {
      sb.append(",\"decision\":\"scheduled\"");
      Json.appendString(sb.append(",\"at\":"),
          DateTimeFormatter.ISO_INSTANT.format(e.scheduledAt().orElseThrow().toInstant()));
    } else {
      sb.append(",\"decision\":\"suppressed\"");
      Json.appendString(sb.append(",\"rule\":"), e.suppressedBy().orElse(""));
      Json.appendString(sb.append(",\"reason\":"), e.reason().orElse(""));
    }
    sb.append('}');
  }

  private static void date(StringBuilder sb, LocalDate date) {
    Json.appendString(sb, date.toString());
  }
}
