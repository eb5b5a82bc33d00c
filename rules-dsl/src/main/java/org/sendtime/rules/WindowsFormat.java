package org.sendtime.rules;

import static org.sendtime.rules.Shape.choice;
import static org.sendtime.rules.Shape.enumeration;
import static org.sendtime.rules.Shape.integer;
import static org.sendtime.rules.Shape.listOf;
import static org.sendtime.rules.Shape.mapOf;
import static org.sendtime.rules.Shape.mapping;
import static org.sendtime.rules.Shape.onlyTrue;
import static org.sendtime.rules.Shape.scalar;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.sendtime.campaign.AnniversaryEmail;
import org.sendtime.campaign.EmailKind;
import org.sendtime.recurrence.LeapDayPolicy;

/**
 * The sections of the policy format that plan anniversary emails and campaigns around exclusion
 * windows: {@code exclusion_windows}, {@code suppression}, {@code quiet_hours_by_jurisdiction},
 * {@code emails}, {@code campaign_types}, {@code campaigns} and {@code follow_ups}. A policy with
 * any of them has a campaign plan.
 */
final class WindowsFormat {
  static final String EXCLUSION_WINDOWS = "exclusion_windows";
  static final String SUPPRESSION = "suppression";
  static final String QUIET_HOURS_BY_JURISDICTION = "quiet_hours_by_jurisdiction";
  static final String EMAILS = "emails";
  static final String CAMPAIGN_TYPES = "campaign_types";
  static final String CAMPAIGNS = "campaigns";
  static final String FOLLOW_UPS = "follow_ups";
  /** The sections, in the order of the format. */
  static final ImmutableList<String> SECTIONS = ImmutableList.of(EXCLUSION_WINDOWS, SUPPRESSION,
      QUIET_HOURS_BY_JURISDICTION, EMAILS, CAMPAIGN_TYPES, CAMPAIGNS, FOLLOW_UPS);

  /** Jurisdiction codes as core checks them: upper-case letters and digits, parts joined by hyphens. */
  static final String JURISDICTION_PATTERN = "^[A-Z0-9]+(-[A-Z0-9]+)*$";

  /** The priority of an anniversary email of a kind without defaults of its own. */
  static final int DEFAULT_EMAIL_PRIORITY = 5;

  private static final Shape.Scalar SNAKE_NAME = scalar(ScalarKind.STRING, "A snake_case name.");
  private static final Shape DAYS = integer(0, 366, "A number of days.");
  private static final Shape PRIORITY = integer(0, 100, "A priority; lower numbers win.");

  private static final Shape ANCHOR = choice("a contact date name such as birthday, or {month_start_of: birthday}",
      "The contact date the window is counted from.",
      scalar(ScalarKind.STRING, "The name of a contact date, such as birthday or effective_date."),
      mapping("a month-start anchor", "a mapping with month_start_of",
          "The first day of the month of a contact date.")
          .required("month_start_of", SNAKE_NAME, "The name of the contact date, such as birthday.")
          .build());

  static final Shape.Mapping RULE = mapping("an exclusion rule",
      "a mapping with jurisdiction and anchor or year_round",
      "One dated rule of a jurisdiction: a window around a contact date every year, or all year.")
      .required("jurisdiction", scalar(ScalarKind.STRING, "A jurisdiction code such as CA or US-CA."),
          "The jurisdiction's code, such as CA.")
      .optional("anchor", ANCHOR, "The contact date the window is counted from: a name such as birthday, "
          + "or {month_start_of: birthday}.")
      .optional("year_round", onlyTrue("No window: all year."), "The whole year is excluded.")
      .optional("days_before", DAYS, "Days the window opens before the anchor; 0 by default.")
      .optional("days_after", DAYS, "Days the window stays open after the anchor; 0 by default.")
      .optional("effective_from", scalar(ScalarKind.DATE, "The first date."),
          "The first date the rule is in force; always by default.")
      .optional("effective_until", scalar(ScalarKind.DATE, "The last date."),
          "The last date the rule is in force; always by default.")
      .optional("source", scalar(ScalarKind.STRING, "Where the rule comes from."), "The legal source.")
      .optional("note", scalar(ScalarKind.STRING, "Free text."), "How the source was read.")
      .exactlyOneOf("anchor", "year_round")
      .build();

  static final Shape.Mapping EXCLUSION_WINDOWS_SHAPE = mapping("exclusion windows", "a mapping with rules",
      "The legal windows table: when contacts of each jurisdiction must not be marketed to.")
      .optional("as_of", scalar(ScalarKind.DATE, "The date the table is current on."),
          "The date the table is current on; documentation only.")
      .optional("rules", listOf(RULE, "a list of exclusion rules", "The rules."),
          "The rules; versions of a rule of one jurisdiction and anchor must not overlap.")
      .build();

  private static final Shape.Mapping POST_WINDOW = mapping("a post-window email",
      "a mapping with days_after, priority and send_time", "The email sent after a window that suppressed one.")
      .optional("days_after", integer(1, 366, "Days after."), "Days after the window's last day; 1 by default.")
      .optional("priority", PRIORITY, "The priority; 8 by default.")
      .optional("send_time", scalar(ScalarKind.TIME, "The local time."), "The local send time; 08:30 by default.")
      .build();

  static final Shape.Mapping SUPPRESSION_SHAPE = mapping("suppression settings",
      "a mapping of suppression settings", "How exclusion windows suppress emails.")
      .optional("pre_window_days", DAYS, "Days every window starts before its legal start; 60 by default.")
      .optional("blocks", listOf(SNAKE_NAME, "a list of email kinds such as [birthday, campaign]",
          "The kinds blocked."), "The email kinds windows block; every kind but post_window by default.")
      .optional("post_window", choice("true, false or a mapping with days_after, priority and send_time",
              "The post-window email.", scalar(ScalarKind.BOOL, "Whether post-window emails are sent."),
              POST_WINDOW),
          "The email sent after a window that suppressed one: false for none; sent by default.")
      .optional("strict_jurisdictions", scalar(ScalarKind.BOOL, "Strict or lenient."),
          "Whether the emails of contacts in unknown jurisdictions are suppressed; false by default.")
      .optional("leap_day", enumeration(LeapDayPolicy.class, "The leap-day policy."),
          "What a February 29 anchor means in a common year; feb_28 by default.")
      .build();

  static final Shape.MapOf QUIET_HOURS_SHAPE = mapOf(JURISDICTION_PATTERN, "a jurisdiction code such as FL",
      scalar(ScalarKind.WINDOW, "Quiet hours."), "a mapping of jurisdiction codes to windows such as \"20:00-08:00\"",
      "Quiet hours of the contacts of each jurisdiction, replacing the policy's.");

  static final Shape.Mapping EMAIL = mapping("an anniversary email", "a mapping with kind",
      "An email every year: before a contact date's anniversary, or on a fixed date.")
      .required("kind", SNAKE_NAME, "The kind, such as birthday, effective_date or annual_enrolment.")
      .optional("anchor", SNAKE_NAME, "The contact date; birthday and effective_date have their own by default.")
      .optional("date", scalar(ScalarKind.MONTH_DAY, "The month-day."),
          "A fixed month-day instead of a contact date; 09-15 for annual_enrolment by default.")
      .optional("days_before", DAYS, "Days before the anniversary; 14 for birthday, 30 for effective_date, "
          + "0 otherwise by default.")
      .optional("priority", PRIORITY, "The priority; 3 for annual_enrolment, 5 otherwise by default.")
      .optional("send_time", scalar(ScalarKind.TIME, "The local time."), "The local send time; 08:30 by default.")
      .optional("leap_day", enumeration(LeapDayPolicy.class, "The leap-day policy."),
          "What a February 29 anniversary means in a common year; feb_28 by default.")
      .atMostOneOf("anchor", "date")
      .build();

  static final Shape.Mapping CAMPAIGN_TYPE = mapping("a campaign type", "a mapping with name",
      "A kind of campaign and how its emails are planned.")
      .required("name", SNAKE_NAME, "The type's name, snake_case, unique.")
      .optional("respects_windows", scalar(ScalarKind.BOOL, "Whether windows apply."),
          "Whether exclusion windows suppress its emails; true by default.")
      .optional("follow_ups", scalar(ScalarKind.BOOL, "Whether follow-ups are sent."),
          "Whether its emails get follow-ups; true by default.")
      .optional("days_before_event", integer(-366, 366, "Days before the event."),
          "Days before the event the email is due; negative means after; 0 by default.")
      .optional("targets_all", scalar(ScalarKind.BOOL, "Whether every contact is targeted."),
          "Whether every contact gets it rather than the campaign's audience; false by default.")
      .optional("priority", PRIORITY, "The priority; 10 by default.")
      .optional("send_time", scalar(ScalarKind.TIME, "The local time."), "The local send time; 08:30 by default.")
      .build();

  static final Shape.Mapping CAMPAIGN = mapping("a campaign", "a mapping with name, type and event_date",
      "One campaign of a type.")
      .required("name", scalar(ScalarKind.STRING, "The campaign's name, without whitespace."),
          "The campaign's unique name.")
      .required("type", SNAKE_NAME, "The name of one of the campaign_types.")
      .required("event_date", scalar(ScalarKind.DATE, "The event's date."), "The date of the event it is about.")
      .optional("template", scalar(ScalarKind.STRING, "A template key."), "The key of the email template.")
      .optional("sms_template", scalar(ScalarKind.STRING, "A template key."), "The key of the SMS template.")
      .optional("active_from", scalar(ScalarKind.DATE, "The first date."), "The first date it may send.")
      .optional("active_until", scalar(ScalarKind.DATE, "The last date."), "The last date it may send.")
      .optional("audience", listOf(scalar(ScalarKind.STRING, "A contact id."), "a list of contact ids",
          "The contacts."), "The ids of the contacts it targets, unless its type targets all.")
      .build();

  private static final Shape.Mapping TIER = mapping("a follow-up tier", "a mapping with name and requires",
      "A follow-up chosen when the contact showed every signal it requires.")
      .required("name", SNAKE_NAME, "The tier's name, snake_case, unique.")
      .optional("requires", listOf(SNAKE_NAME, "a list of signals such as [answered, clicked]", "The signals."),
          "The engagement signals required; none by default, which always matches.")
      .build();

  static final Shape.Mapping FOLLOW_UPS_SHAPE = mapping("follow-up settings", "a mapping with delay_days and tiers",
      "Follow-ups of scheduled emails, chosen by the contact's engagement.")
      .optional("delay_days", integer(1, 366, "Days after."), "Days after the email's send date; 2 by default.")
      .optional("tiers", listOf(TIER, 1, Integer.MAX_VALUE, "a list of follow-up tiers", "The tiers, tried in order."),
          "The tiers, tried in order, the first that matches wins; by default answered_with_conditions, "
              + "answered_healthy, clicked, no_engagement.")
      .build();

  static final Shape.ListOf EMAILS_SHAPE = listOf(EMAIL, "a list of anniversary emails", "The anniversary emails.");
  static final Shape.ListOf CAMPAIGN_TYPES_SHAPE = listOf(CAMPAIGN_TYPE, "a list of campaign types",
      "The campaign types.");
  static final Shape.ListOf CAMPAIGNS_SHAPE = listOf(CAMPAIGN, "a list of campaigns", "The campaigns.");

  private WindowsFormat() {
  }

  /**
   * Gets the email an entry of {@code emails} starts from: the kinds birthday, effective_date and
   * annual_enrolment have their own date and defaults; other kinds have none.
   */
  static Optional<AnniversaryEmail> defaultEmail(EmailKind kind) {
    if (kind.equals(EmailKind.BIRTHDAY)) {
      return Optional.of(AnniversaryEmail.birthday());
    }
    if (kind.equals(EmailKind.EFFECTIVE_DATE)) {
      return Optional.of(AnniversaryEmail.effectiveDate());
    }
    if (kind.equals(EmailKind.ANNUAL_ENROLMENT)) {
      return Optional.of(AnniversaryEmail.annualEnrolment());
    }
    return Optional.empty();
  }
}
