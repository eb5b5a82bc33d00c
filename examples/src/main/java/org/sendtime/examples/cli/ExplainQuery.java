package org.sendtime.examples.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sendtime.policy.Contact;
import org.sendtime.policy.Decision;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;
import org.sendtime.rules.Policy;
import org.sendtime.rules.PolicySchedule;

/**
 * One question "what does the policy decide for this contact, and why?", as the command line and
 * JSON lines ask it.
 *
 * <p>The send is wanted at an instant ({@link Schedule#at}), at a wall-clock time ({@link
 * Schedule#atLocal}), or, when neither is given, on the policy's own schedule. Without a launch
 * instant, a send wanted at an instant is launched at that instant, and any other send is
 * launched now.
 *
 * @param contact  the contact, not null
 * @param anchor  the contact's date the send is about, such as a birthday; null for none
 * @param at  the instant the send is wanted, or null
 * @param local  the wall-clock time the send is wanted, or null; at most one of {@code at} and
 *     {@code local} is given, and with neither the policy's schedule applies
 * @param launch  the instant the send is launched, or null for the default
 */
record ExplainQuery(
    Contact contact,
    @Nullable LocalDate anchor,
    @Nullable Instant at,
    @Nullable LocalDateTime local,
    @Nullable Instant launch) {

  /** The fields of a contact object. */
  static final List<String> CONTACT_FIELDS = List.of("id", "zone", "location", "anchor");

  /**
   * How messages name the inputs: options on the command line, fields in JSON lines.
   *
   * @param contact  the contact object
   * @param at  the wanted instant
   * @param local  the wanted wall-clock time
   * @param launch  the launch instant
   */
  record Names(String contact, String at, String local, String launch) {
    static final Names OPTIONS = new Names("--contact", "--at", "--local", "--launch");
    static final Names JSON_FIELDS = new Names("contact", "at", "local", "launch");

    /** Names a field of the contact object: {@code zone in --contact}, or {@code contact.zone}. */
    String contactField(String field) {
      return contact.startsWith("-") ? field + " in " + contact : contact + "." + field;
    }
  }

  ExplainQuery {
    if (at != null && local != null) {
      throw new IllegalArgumentException("At most one of at and local may be given");
    }
  }

  /**
   * Reads a query from its parts as the user wrote them.
   *
   * @param contact  the members of the contact object, not null
   * @param at  the text of the wanted instant, or null
   * @param local  the text of the wanted wall-clock time, or null
   * @param launch  the text of the launch instant, or null
   * @param names  how messages name the inputs, not null
   * @return the query, not null
   * @throws InputException if a value is invalid, or if both {@code at} and {@code local} are
   *     given
   */
  static ExplainQuery read(
      Map<String, Object> contact,
      @Nullable String at,
      @Nullable String local,
      @Nullable String launch,
      Names names) {
    if (at != null && local != null) {
      throw new InputException(names.at() + " and " + names.local() + " are mutually exclusive:"
          + " give the wanted instant or the wanted wall-clock time, not both");
    }
    Contact c = contact(contact, names);
    String anchor = string(contact, "anchor", names);
    return new ExplainQuery(
        c,
        anchor == null ? null : Values.date(anchor, names.contactField("anchor")),
        at == null ? null : Values.instant(at, names.at()),
        local == null ? null : Values.localDateTime(local, names.local()),
        launch == null ? null : Values.instant(launch, names.launch()));
  }

  static Contact contact(Map<String, Object> object, Names names) {
    for (String key : object.keySet()) {
      if (!CONTACT_FIELDS.contains(key)) {
        throw new InputException("unknown field \"" + key + "\" in " + names.contact()
            + " (expected " + String.join(", ", CONTACT_FIELDS) + ")");
      }
    }
    Object id = object.get("id");
    String idText;
    if (id instanceof String) {
      idText = (String) id;
    } else if (id instanceof Json.Literal && !List.of("null", "true", "false").contains(((Json.Literal) id).text())) {
      // A number is an id too, as many hosts' ids are; it is kept as written.
      idText = ((Json.Literal) id).text();
    } else if (id == null || (id instanceof Json.Literal && ((Json.Literal) id).isNull())) {
      throw new InputException("Missing id in " + names.contact()
          + " (expected an object such as {\"id\":\"c1\",\"zone\":\"America/Chicago\"})");
    } else {
      throw new InputException(names.contactField("id") + " must be a string, not "
          + describe(id));
    }
    if (idText.isBlank()) {
      throw new InputException(names.contactField("id") + " must not be blank");
    }
    Contact c = Contact.of(idText);
    String zone = string(object, "zone", names);
    if (zone != null) {
      c = c.withZone(Values.zone(zone, names.contactField("zone")));
    }
    String location = string(object, "location", names);
    if (location != null) {
      if (location.isBlank()) {
        throw new InputException(names.contactField("location") + " must not be blank");
      }
      c = c.withLocation(location);
    }
    return c;
  }

  /** Gets an optional string member; null means absent. */
  private static @Nullable String string(Map<String, Object> object, String field, Names names) {
    Object value = object.get(field);
    if (value == null || (value instanceof Json.Literal && ((Json.Literal) value).isNull())) {
      return null;
    }
    if (!(value instanceof String)) {
      throw new InputException(names.contactField(field) + " must be a string, not " + describe(value));
    }
    return (String) value;
  }

  /** Describes a JSON value that has the wrong type. */
  static String describe(Object value) {
    if (value instanceof Json.Literal) {
      return ((Json.Literal) value).text();
    }
    if (value instanceof String) {
      return Json.string((String) value);
    }
    return value instanceof List ? "an array" : "an object";
  }

  /**
   * Decides, with the trace.
   *
   * @param policy  the policy, not null
   * @param clock  the clock that gives the launch of a send not wanted at an instant, not null
   * @param names  how messages name the inputs, not null
   * @return the decision and its trace, not null
   * @throws InputException if the policy needs an anchor date and neither the contact nor the
   *     policy's schedule has one, or if
   *     neither {@code at} nor {@code local} is given and the policy has no fixed schedule
   */
  Decision explain(Policy policy, Clock clock, Names names) {
    SendPolicy sendPolicy = policy.sendPolicy();
    Schedule schedule;
    if (at != null) {
      schedule = Schedule.at(at);
    } else if (local != null) {
      schedule = Schedule.atLocal(local);
    } else {
      schedule = policySchedule(policy, names);
    }
    // The contact's anchor wins; otherwise the policy's own schedule may name one.
    LocalDate anchorDate = anchor != null ? anchor : policy.schedule().flatMap(PolicySchedule::anchor).orElse(null);
    if (anchorDate != null) {
      schedule = schedule.withAnchor(anchorDate);
    } else if (sendPolicy.deliverBy().stream().anyMatch(d -> d.daysAfterAnchor().isPresent())) {
      throw new InputException("Missing " + names.contactField("anchor") + ": policy '"
          + sendPolicy.name() + "' counts its deliver-by deadline from the contact's anchor date"
          + " (expected a date such as \"anchor\":\"2026-12-26\")");
    }
    Instant launchInstant = launch != null ? launch : at != null ? at : clock.instant();
    return sendPolicy.explain(contact, schedule, launchInstant);
  }

  private static Schedule policySchedule(Policy policy, Names names) {
    String missing = "Missing " + names.at() + " or " + names.local()
        + ": when the send is wanted, an instant such as 2026-12-24T15:00:00Z or a wall-clock"
        + " time such as 2026-12-24T09:00";
    PolicySchedule schedule = policy.schedule()
        .orElseThrow(() -> new InputException(missing + " (policy '" + policy.name() + "' has no schedule)"));
    return schedule.schedule().orElseThrow(() -> new InputException(missing + " (policy '" + policy.name()
        + "' learns each contact's send time from engagement data, which is not given here)"));
  }
}
