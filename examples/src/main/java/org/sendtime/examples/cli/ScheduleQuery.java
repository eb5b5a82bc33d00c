package org.sendtime.examples.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sendtime.campaign.CampaignContact;
import org.sendtime.campaign.CampaignPlan;
import org.sendtime.campaign.ContactSchedule;
import org.sendtime.rules.Policy;
import org.threeten.extra.LocalDateRange;

/**
 * One question "which emails does the campaign plan give this contact in a range of dates?", as
 * {@code sendtime explain --year} and {@code --range} ask it.
 *
 * <p>The contact object of {@code explain} grows three fields here: {@code jurisdiction} (the
 * code the exclusion windows are kept under, such as {@code "CA"}), {@code dates} (the contact's
 * named dates, such as {@code {"birthday":"1950-12-01"}}) and {@code engagement} (each earlier
 * email's id with the signals the contact gave it, such as {@code {"c1/birthday/2026-11-17":["clicked"]}}).
 */
final class ScheduleQuery {
  /** The fields of a contact object for a campaign plan. */
  static final List<String> CONTACT_FIELDS = List.of("id", "zone", "location", "jurisdiction", "dates", "engagement");

  private ScheduleQuery() {}

  /**
   * Reads the range: a year, or an ISO range of dates with an exclusive end.
   *
   * @param year  the text of {@code --year}, or null
   * @param range  the text of {@code --range}, or null; exactly one of the two is given
   * @return the range, not empty
   * @throws InputException if the text is not a year or a range
   */
  static LocalDateRange range(@Nullable String year, @Nullable String range) {
    if (year != null) {
      try {
        Year y = Year.parse(year);
        return LocalDateRange.of(y.atDay(1), y.plusYears(1).atDay(1));
      } catch (DateTimeParseException e) {
        throw new InputException("Invalid value for --year: '" + year + "' (expected a year such as 2026)");
      }
    }
    try {
      LocalDateRange r = LocalDateRange.parse(java.util.Objects.requireNonNull(range));
      if (r.isEmpty() || r.isUnboundedStart() || r.isUnboundedEnd()) {
        throw new InputException("Invalid value for --range: '" + range + "' (expected a bounded range that is not empty)");
      }
      return r;
    } catch (DateTimeParseException e) {
      throw new InputException("Invalid value for --range: '" + range
          + "' (expected two dates with an exclusive end, such as 2026-01-01/2027-01-01)");
    }
  }

  /**
   * Plans a contact's emails.
   *
   * @param policy  the policy, which must hold a campaign plan
   * @param contact  the members of the contact object
   * @param range  the range of due dates
   * @param asOf  the instant the plan is made at: emails due before it are late
   * @return the contact's schedule
   * @throws InputException if the policy has no campaign plan or the contact object is invalid
   */
  static ContactSchedule schedule(Policy policy, Map<String, Object> contact, LocalDateRange range, Instant asOf) {
    CampaignPlan plan = policy.campaignPlan().orElseThrow(() -> new InputException("Policy '" + policy.name()
        + "' has no campaign plan (emails, campaigns or exclusion windows) for --year or --range"));
    return plan.schedule(contact(contact), range, asOf);
  }

  private static CampaignContact contact(Map<String, Object> object) {
    ExplainQuery.Names names = ExplainQuery.Names.OPTIONS;
    for (String key : object.keySet()) {
      if (!CONTACT_FIELDS.contains(key)) {
        throw new InputException("unknown field \"" + key + "\" in --contact (expected "
            + String.join(", ", CONTACT_FIELDS) + ")");
      }
    }
    Map<String, Object> basic = new java.util.LinkedHashMap<>(object);
    basic.keySet().retainAll(ExplainQuery.CONTACT_FIELDS);
    CampaignContact c = CampaignContact.of(ExplainQuery.contact(basic, names));
    Object jurisdiction = object.get("jurisdiction");
    if (jurisdiction != null && !isNull(jurisdiction)) {
      if (!(jurisdiction instanceof String)) {
        throw new InputException("jurisdiction in --contact must be a string, not " + ExplainQuery.describe(jurisdiction));
      }
      c = c.withJurisdiction((String) jurisdiction);
    }
    for (Map.Entry<String, Object> date : members(object, "dates").entrySet()) {
      if (!(date.getValue() instanceof String)) {
        throw new InputException("dates." + date.getKey() + " in --contact must be a date such as \"1950-12-01\", not "
            + ExplainQuery.describe(date.getValue()));
      }
      LocalDate d = Values.date((String) date.getValue(), "dates." + date.getKey() + " in --contact");
      c = c.withDate(date.getKey(), d);
    }
    for (Map.Entry<String, Object> email : members(object, "engagement").entrySet()) {
      if (!(email.getValue() instanceof List)) {
        throw new InputException("engagement." + email.getKey() + " in --contact must be a list of signals such as"
            + " [\"clicked\"], not " + ExplainQuery.describe(email.getValue()));
      }
      List<String> signals = new ArrayList<>();
      for (Object signal : (List<?>) email.getValue()) {
        if (!(signal instanceof String)) {
          throw new InputException("engagement." + email.getKey() + " in --contact must hold strings, not "
              + ExplainQuery.describe(signal));
        }
        signals.add((String) signal);
      }
      c = c.withEngagement(email.getKey(), signals);
    }
    return c;
  }

  @SuppressWarnings("unchecked") // Json.parseObject gives maps of String to Object
  private static Map<String, Object> members(Map<String, Object> object, String field) {
    Object value = object.get(field);
    if (value == null || isNull(value)) {
      return Map.of();
    }
    if (!(value instanceof Map)) {
      throw new InputException(field + " in --contact must be an object, not " + ExplainQuery.describe(value));
    }
    return (Map<String, Object>) value;
  }

  private static boolean isNull(Object value) {
    return value instanceof Json.Literal && ((Json.Literal) value).isNull();
  }
}
