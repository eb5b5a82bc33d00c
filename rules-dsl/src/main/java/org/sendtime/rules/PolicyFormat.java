package org.sendtime.rules;

import static org.sendtime.rules.Shape.choice;
import static org.sendtime.rules.Shape.duration;
import static org.sendtime.rules.Shape.enumeration;
import static org.sendtime.rules.Shape.integer;
import static org.sendtime.rules.Shape.listOf;
import static org.sendtime.rules.Shape.mapping;
import static org.sendtime.rules.Shape.number;
import static org.sendtime.rules.Shape.onlyTrue;
import static org.sendtime.rules.Shape.ref;
import static org.sendtime.rules.Shape.scalar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.sendtime.calendar.BlackoutAction;
import org.sendtime.calendar.ObservedShift;
import org.sendtime.optimize.Engagement;
import org.sendtime.optimize.HourOfWeekProfile;
import org.sendtime.optimize.SendTimeOptimizer;
import org.sendtime.policy.BlackoutDatesIn;
import org.sendtime.policy.LateSends;
import org.sendtime.policy.ZoneStrategy;
import org.sendtime.recurrence.CronDialect;
import org.sendtime.recurrence.Frequency;
import org.sendtime.recurrence.LeapDayPolicy;
import org.sendtime.time.DstPolicy;

/**
 * The policy format, version 1, as data: every key, its shape, whether it is required, and what
 * it means. The loader validates documents against it and {@link PolicySchema} is generated
 * from it, so the two cannot drift apart.
 */
final class PolicyFormat {
  /** The one format version this library reads. */
  static final int VERSION = 1;

  static final String CALENDAR = "calendar";

  private static final Shape.Ref CALENDAR_REF = ref(CALENDAR,
      "a calendar name such as us-federal, or a mapping with name and rules or union",
      "A holiday calendar: a name, an inline calendar or a union of calendars.");

  private static final Shape.Mapping NTH = mapping("an nth weekday", "a mapping with ordinal, day and month",
      "The nth occurrence of a day of the week in a month, such as the third Monday in January.")
      .required("ordinal", integer(1, 5, "Which occurrence in the month."), "Which occurrence, 1 to 5.")
      .required("day", scalar(ScalarKind.DAY, "The day of the week."), "The day of the week, such as MON.")
      .required("month", scalar(ScalarKind.MONTH, "The month."), "The month, such as JAN.")
      .build();

  private static final Shape.Mapping LAST = mapping("a last weekday", "a mapping with day and month",
      "The last occurrence of a day of the week in a month, such as the last Monday in May.")
      .required("day", scalar(ScalarKind.DAY, "The day of the week."), "The day of the week, such as MON.")
      .required("month", scalar(ScalarKind.MONTH, "The month."), "The month, such as MAY.")
      .build();

  static final Shape.Mapping HOLIDAY_RULE = mapping("a holiday rule",
      "a holiday rule with a name and one of date, nth, last or easter",
      "A rule giving at most one holiday a year.")
      .required("name", scalar(ScalarKind.STRING, "The holiday's name."), "The holiday's name.")
      .optional("date", scalar(ScalarKind.MONTH_DAY, "The same month and day every year."),
          "A fixed month and day, such as \"07-04\".")
      .optional("nth", NTH, "The nth weekday of a month.")
      .optional("last", LAST, "The last weekday of a month.")
      .optional("easter", integer(-80, 250, "Days from Western Easter Sunday."),
          "Days from Western Easter Sunday, such as -2 for Good Friday.")
      .optional("observed", enumeration(ObservedShift.class, "The observed-day shift."),
          "When a holiday on a weekend is observed; none by default.")
      .optional("from_year", integer(1, 9999, "The first year."), "The first year the holiday is given.")
      .optional("until_year", integer(1, 9999, "The last year."), "The last year the holiday is given.")
      .exactlyOneOf("date", "nth", "last", "easter")
      .build();

  private static final Shape.Mapping INLINE_CALENDAR = mapping("a calendar",
      "a mapping with name and rules or union",
      "A calendar of its own rules, or the union of other calendars.")
      .required("name", scalar(ScalarKind.STRING, "The calendar's name."), "The calendar's name.")
      .optional("rules", listOf(HOLIDAY_RULE, "a list of holiday rules", "The calendar's rules."), "The rules of an inline calendar.")
      .optional("union", listOf(CALENDAR_REF, "a list of calendars", "The calendars joined."),
          "The calendars whose holidays all count.")
      .exactlyOneOf("rules", "union")
      .build();

  private static final Shape CALENDAR_SHAPE = choice(CALENDAR_REF.expected(), CALENDAR_REF.description(),
      scalar(ScalarKind.STRING, "The name of a calendar: us-federal, none, or one registered with the loader."),
      INLINE_CALENDAR,
      listOf(CALENDAR_REF, "a list of calendars", "The union of the calendars, named after them."));

  private static final Shape.Mapping BETWEEN = mapping("a date range", "a mapping with first and last",
      "A range of dates, both inclusive.")
      .required("first", scalar(ScalarKind.DATE, "The first date."), "The first date covered.")
      .required("last", scalar(ScalarKind.DATE, "The last date."), "The last date covered.")
      .build();

  private static final Shape.Mapping YEARLY = mapping("a yearly range", "a mapping with first and last",
      "Month-days covered every year, both inclusive; a first day after the last runs across the year end.")
      .required("first", scalar(ScalarKind.MONTH_DAY, "The first month-day."), "The first month-day covered.")
      .required("last", scalar(ScalarKind.MONTH_DAY, "The last month-day."), "The last month-day covered.")
      .build();

  private static final Shape.Mapping QUARTERLY = mapping("a quarterly range", "a mapping with first_day and last_day",
      "Day numbers within each quarter, both inclusive.")
      .required("first_day", integer(1, 92, "The first day of the quarter."), "The first day, 1 to 92.")
      .required("last_day", integer(1, 92, "The last day of the quarter."), "The last day, 1 to 92.")
      .build();

  private static final Shape.Mapping MONTHLY = mapping("a monthly range", "a mapping with first_day and last_day",
      "Days of each month, both inclusive.")
      .required("first_day", integer(1, 31, "The first day of the month."), "The first day, 1 to 31.")
      .required("last_day", integer(1, 31, "The last day of the month."), "The last day, 1 to 31.")
      .build();

  private static final Shape IDS = listOf(scalar(ScalarKind.STRING, "An id."), 1, Integer.MAX_VALUE,
      "a list of ids such as [promo]", "The ids, at least one.");

  static final Shape.Mapping BLACKOUT = mapping("a blackout",
      "a blackout with a name and one of on, between, yearly, quarterly, last_days_of_quarter, monthly, "
          + "last_days_of_month",
      "Dates on which nothing is sent.")
      .required("name", scalar(ScalarKind.STRING, "The blackout's name."), "The blackout's name, unique in the policy.")
      .optional("on", scalar(ScalarKind.DATE, "One date."), "A single date.")
      .optional("between", BETWEEN, "A range of dates.")
      .optional("yearly", YEARLY, "Month-days every year.")
      .optional("quarterly", QUARTERLY, "Days of every quarter.")
      .optional("last_days_of_quarter", integer(1, 92, "The number of days."), "The last days of every quarter.")
      .optional("monthly", MONTHLY, "Days of every month.")
      .optional("last_days_of_month", integer(1, 31, "The number of days."), "The last days of every month.")
      .optional("from", scalar(ScalarKind.DATE, "The first valid date."),
          "For recurring forms: nothing is covered before this date.")
      .optional("until", scalar(ScalarKind.DATE, "The last valid date."),
          "For recurring forms: nothing is covered after this date.")
      .optional("action", enumeration(BlackoutAction.class, "What happens to a send."),
          "delay (the default) or skip.")
      .optional("campaigns", IDS, "Only the sends of these campaigns.")
      .optional("locations", IDS, "Only the sends to these locations.")
      .exactlyOneOf("on", "between", "yearly", "quarterly", "last_days_of_quarter", "monthly", "last_days_of_month")
      .atMostOneOf("campaigns", "locations")
      .build();

  private static final Shape.Mapping DELIVER_BY = mapping("a deadline", "a mapping with within or days_after_anchor",
      "A deadline; with several, the earliest applies.")
      .optional("within", duration(Durations.Range.ZERO_OR_MORE, "The longest delay."), "The longest delay after the candidate.")
      .optional("days_after_anchor", integer(-3660, 3660, "Days after the anchor date."),
          "The end of a day relative to the schedule's anchor date.")
      .exactlyOneOf("within", "days_after_anchor")
      .build();

  private static final Shape.Mapping LATE_SENDS = mapping("late sends", "a mapping with send_now_within and otherwise",
      "What a late send is worth.")
      .optional("send_now_within", duration(Durations.Range.ZERO_OR_MORE, "The tolerance."),
          "Sends late by at most this much go at launch.")
      .optional("otherwise", enumeration(LateSends.Action.class, "The action."),
          "What happens to later sends: next_day (the default) or skip.")
      .build();

  private static final Shape.Mapping CRON = mapping("a cron schedule", "a mapping with expression",
      "A cron expression.")
      .required("expression", scalar(ScalarKind.STRING, "The cron expression."), "Such as \"0 9 * * MON-FRI\".")
      .optional("dialect", enumeration(CronDialect.class, "The dialect."), "unix (the default), quartz or spring.")
      .optional("zone", scalar(ScalarKind.ZONE, "The zone."), "The zone it is read in; floating if absent.")
      .optional("dst", enumeration(DstPolicy.class, "The daylight-saving policy."),
          "What fire times in daylight-saving gaps mean; shift_forward by default.")
      .build();

  private static final Shape.Mapping ANNIVERSARY = mapping("an anniversary",
      "a mapping with yearly or monthly", "A yearly or monthly anniversary.")
      .optional("yearly", scalar(ScalarKind.MONTH_DAY, "The month-day."), "Every year on this month-day.")
      .optional("monthly", integer(1, 31, "The day of the month."), "Every month on this day.")
      .optional("first_date", scalar(ScalarKind.DATE, "The first date."), "No anniversary before this date.")
      .optional("days_before", integer(0, 366, "Days before."), "Occurs this many days before.")
      .optional("days_after", integer(0, 366, "Days after."), "Occurs this many days after.")
      .optional("at", scalar(ScalarKind.TIME, "The time of day."), "The local time; midnight by default.")
      .optional("leap_day", enumeration(LeapDayPolicy.class, "The leap-day policy."),
          "What February 29 means in a common year; feb_28 by default.")
      .optional("zone", scalar(ScalarKind.ZONE, "The zone."), "The zone it is read in; floating if absent.")
      .exactlyOneOf("yearly", "monthly")
      .atMostOneOf("days_before", "days_after")
      .build();

  private static final Shape.Mapping PATTERN = mapping("a pattern", "a mapping with every and start",
      "A simple repeating pattern, a way to write an RRULE.")
      .required("every", enumeration(Frequency.class, ImmutableList.of("daily", "weekly", "monthly"),
          "The period."), "daily, weekly or monthly.")
      .optional("interval", integer(1, Integer.MAX_VALUE, "Periods between repetitions."),
          "Periods between repetitions; 1 by default.")
      .optional("days", listOf(scalar(ScalarKind.DAY, "A day."), "a list of days such as [MON, WED]",
          "Days of the week."), "For weekly patterns: the days of the week.")
      .optional("day_of_month", integer(1, 31, "The day of the month."), "For monthly patterns: the day.")
      .required("start", scalar(ScalarKind.LOCAL_DATE_TIME, "The local start."), "The first local date-time.")
      .optional("zone", scalar(ScalarKind.ZONE, "The zone."), "The zone of the start; floating if absent.")
      .optional("end", scalar(ScalarKind.DATE, "The end date."), "The last date it may occur on.")
      .optional("occurrences", integer(1, Integer.MAX_VALUE, "The number of occurrences."),
          "The number of occurrences.")
      .build();

  private static final Shape.Mapping SCHEDULE = mapping("a schedule",
      "a schedule with one of immediate, at, at_local, rrule, cron, anniversary, pattern or optimized",
      "What the policy sends on.")
      .optional("immediate", onlyTrue("Send at once."), "Send at once.")
      .optional("at", scalar(ScalarKind.INSTANT, "An instant."), "Send at an instant.")
      .optional("at_local", scalar(ScalarKind.LOCAL_DATE_TIME, "A local date-time."),
          "Send at a local date-time in the policy's zone.")
      .optional("rrule", scalar(ScalarKind.STRING, "iCalendar content lines."),
          "An RFC 5545 recurrence set: DTSTART, RRULE, RDATE and EXDATE lines.")
      .optional("cron", CRON, "A cron expression.")
      .optional("anniversary", ANNIVERSARY, "A yearly or monthly anniversary.")
      .optional("pattern", PATTERN, "A simple repeating pattern.")
      .optional("optimized", onlyTrue("Send at the learned time."),
          "Send at the time the optimizer learns for each contact.")
      .optional("anchor", scalar(ScalarKind.DATE, "The anchor date."), "The date days_after_anchor counts from.")
      .exactlyOneOf("immediate", "at", "at_local", "rrule", "cron", "anniversary", "pattern", "optimized")
      .build();

  private static final Shape.Mapping WEIGHTS = weights();

  private static final Shape.Mapping OPTIMIZER = mapping("optimizer settings", "a mapping of optimizer settings",
      "How send times are learned from engagement.")
      .optional("half_life", duration(Durations.Range.POSITIVE, "The recency half-life."),
          "An engagement this old counts half as much.")
      .optional("weights", WEIGHTS, "The weight of each kind of engagement.")
      .optional("prior", choice("uniform or a list of 168 numbers", "The population prior.",
              enumeration(PriorKind.class, "A uniform prior."),
              listOf(number(0, Double.POSITIVE_INFINITY, "A weight."), HourOfWeekProfile.HOURS_PER_WEEK,
                  HourOfWeekProfile.HOURS_PER_WEEK, "a list of 168 numbers", "One weight per hour of the week.")),
          "The population prior: uniform, or 168 weights from Monday 00:00.")
      .optional("prior_strength", number(0, Double.POSITIVE_INFINITY, "The prior strength."),
          "How many engagements the prior is worth.")
      .optional("min_data_points", integer(1, Integer.MAX_VALUE, "The minimum."),
          "Data points needed before learning.")
      .optional("fallback_time", scalar(ScalarKind.TIME, "The fallback time."),
          "The time used with too few data points.")
      .build();

  static final Shape.Mapping POLICY = mapping("a policy", "a mapping with version, name and zone",
      "A sendtime scheduling policy, format version 1.")
      .requiredInEveryFile("version", integer(VERSION, VERSION, "The format version."), "The format version; only 1 is read.")
      .requiredAfterMerge("name", scalar(ScalarKind.STRING, "The policy's name."), "The policy's name.")
      .optional("description", scalar(ScalarKind.STRING, "Free text."), "What the policy is for.")
      .optional("extends", choice("a file or pack name, or a list of them", "Policies this one builds on.",
              scalar(ScalarKind.STRING, "A path relative to this file, or a built-in pack name."),
              listOf(scalar(ScalarKind.STRING, "A path relative to this file, or a built-in pack name."),
                  "a list of files or pack names", "Applied in order; later ones override earlier ones.")),
          "A file relative to this one, or a built-in pack name, or a list of them; this policy's keys "
              + "replace theirs.")
      .requiredAfterMerge("zone", scalar(ScalarKind.ZONE, "The organisation zone."), "The organisation zone.")
      .optional("zone_strategy", enumeration(ZoneStrategy.class, "The zone strategy."),
          "single (the default), recipient_local or coordinated.")
      .optional("fallback_zone", scalar(ScalarKind.ZONE, "The fallback zone."), "The zone of contacts without one.")
      .optional("quiet_hours", scalar(ScalarKind.WINDOW, "Quiet hours."), "A daily window in which nothing is sent.")
      .optional("business_hours", scalar(ScalarKind.WEEKLY_HOURS, "Business hours."), "The hours sends are limited to.")
      .optional("weekend", listOf(scalar(ScalarKind.DAY, "A day."), "a list of days such as [SAT, SUN]",
          "The days of the weekend."), "The weekend days; none by default.")
      .optional("holidays", CALENDAR_REF, "The holidays on which nothing is sent.")
      .optional("blackout_dates_in", enumeration(BlackoutDatesIn.class, "Whose calendar."),
          "Whose calendar blackout dates are read in: contact_local (the default) or organization.")
      .optional("blackouts", listOf(BLACKOUT, "a list of blackouts", "The blackouts."), "Dates on which nothing is sent.")
      .optional("constraints", listOf(scalar(ScalarKind.STRING, "A constraint name."),
          "a list of constraint names", "Host constraints."), "Names of constraints registered with the loader.")
      .optional("horizon", duration(Durations.Range.HORIZON, "The horizon."),
          "How far after the candidate an allowed time is looked for; 365d by default.")
      .optional("deliver_by", listOf(DELIVER_BY, "a list of deadlines", "The deadlines."), "Deliver-by deadlines.")
      .optional("late_sends", LATE_SENDS, "What a late send is worth.")
      .optional("dst", enumeration(DstPolicy.class, "The daylight-saving policy."),
          "What a wanted time in a daylight-saving gap means; shift_forward by default.")
      .optional("campaign", scalar(ScalarKind.STRING, "The campaign."), "The campaign the policy is bound to.")
      .optional("coordination_span", duration(Durations.Range.COORDINATION_SPAN, "The coordination span."),
          "How far after the candidate coordination looks; 7d by default.")
      .optional("schedule", SCHEDULE, "What the policy sends on.")
      .optional("optimizer", OPTIMIZER, "Send-time optimizer settings.")
      .optional(WindowsFormat.EXCLUSION_WINDOWS, WindowsFormat.EXCLUSION_WINDOWS_SHAPE,
          "Exclusion windows by jurisdiction; merged with those of extended policies by jurisdiction.")
      .optional(WindowsFormat.SUPPRESSION, WindowsFormat.SUPPRESSION_SHAPE, "How exclusion windows suppress emails.")
      .optional(WindowsFormat.QUIET_HOURS_BY_JURISDICTION, WindowsFormat.QUIET_HOURS_SHAPE,
          "Quiet hours by jurisdiction, such as {FL: \"20:00-08:00\"}.")
      .optional(WindowsFormat.EMAILS, WindowsFormat.EMAILS_SHAPE, "Anniversary emails.")
      .optional(WindowsFormat.CAMPAIGN_TYPES, WindowsFormat.CAMPAIGN_TYPES_SHAPE, "Campaign types.")
      .optional(WindowsFormat.CAMPAIGNS, WindowsFormat.CAMPAIGNS_SHAPE, "Campaigns of the campaign types.")
      .optional(WindowsFormat.FOLLOW_UPS, WindowsFormat.FOLLOW_UPS_SHAPE, "Follow-ups of scheduled emails.")
      .build();

  private static final ImmutableMap<String, Shape> DEFINITIONS = ImmutableMap.of(CALENDAR, CALENDAR_SHAPE);

  /** The one value of a prior written as a name. */
  enum PriorKind {
    UNIFORM
  }

  private PolicyFormat() {
  }

  private static Shape.Mapping weights() {
    Shape.Mapping.Builder b = mapping("weights", "a mapping of engagement kinds to numbers",
        "The weight of one engagement of each kind, 0 to 1000000.");
    for (Engagement.Kind kind : Engagement.Kind.values()) {
      b.optional(Names.of(kind), number(0, SendTimeOptimizer.MAX_KIND_WEIGHT, "A weight."),
          "The weight of one " + Names.of(kind) + ".");
    }
    return b.build();
  }

  /** The shapes that {@link Shape.Ref}s name. */
  static ImmutableMap<String, Shape> definitions() {
    return DEFINITIONS;
  }

  static Shape resolve(Shape.Ref ref) {
    Shape shape = DEFINITIONS.get(ref.name());
    if (shape == null) {
      throw new IllegalStateException("no definition of " + ref.name());
    }
    return shape;
  }
}
