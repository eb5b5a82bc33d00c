package org.sendtime.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sendtime.calendar.Blackout;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.calendar.RuleBasedHolidayCalendar;
import org.sendtime.calendar.UnionHolidayCalendar;
import org.sendtime.calendar.Weekend;
import org.sendtime.campaign.AnniversaryEmail;
import org.sendtime.campaign.CampaignInstance;
import org.sendtime.campaign.CampaignType;
import org.sendtime.campaign.EmailKind;
import org.sendtime.campaign.FollowUps;
import org.sendtime.campaign.PostWindowEmail;
import org.sendtime.optimize.Engagement;
import org.sendtime.optimize.HourOfWeekProfile;
import org.sendtime.optimize.SendTimeOptimizer;
import org.sendtime.policy.BlackoutDatesIn;
import org.sendtime.policy.Constraint;
import org.sendtime.policy.DeliverBy;
import org.sendtime.policy.LateSends;
import org.sendtime.policy.SendPolicy;
import org.sendtime.policy.ZoneStrategy;
import org.sendtime.recurrence.LeapDayPolicy;
import org.sendtime.time.DstPolicy;
import org.sendtime.time.LocalWindow;
import org.sendtime.time.WeeklyHours;
import org.sendtime.window.ExclusionRule;

/**
 * Builds a {@link Policy} in the Java DSL. Obtain one with {@link Policy#named(String)} and a
 * zone; every other setting has a default:
 *
 * <pre>
 * Policy policy = Policy.named("renewals")
 *     .zone("America/Chicago")
 *     .quietHours("21:00", "08:00")
 *     .weekend(SATURDAY, SUNDAY)
 *     .holidays(US_FEDERAL)
 *     .blackout(yearly("Year-end freeze", "12-24", "01-02"))
 *     .build();
 * </pre>
 *
 * <p>Each method checks its value when called and throws {@link IllegalArgumentException}
 * naming the setting, so a mistake is reported on the line that makes it. Durations are given as
 * {@link Duration}s or in the short form of policy YAML: integers with the units {@code w d h m
 * s}, largest first, such as {@code 36h}, {@code 1h30m} or {@code 14d}; both must be whole
 * seconds. A setting given twice keeps the last value, except blackouts, constraints and
 * deadlines, which add up. {@link #build()} then checks how the settings combine, as the policy
 * loader does, so that a policy built in Java always reads back from the YAML it prints.
 * {@link PolicyDsl} holds the factories of blackouts, holidays and schedules.
 *
 * <p>This class is mutable and not thread-safe; {@link #build()} may be called any number of
 * times and each policy it builds is immutable.
 */
public final class PolicyBuilder {
  private final SendPolicy.Builder policy;
  private @Nullable String description;
  private @Nullable PolicySchedule schedule;
  private @Nullable SendTimeOptimizer optimizer;
  private @Nullable CampaignDraft campaigns;

  private PolicyBuilder(String name, ZoneId zone) {
    this.policy = SendPolicy.builder(zone).name(name);
  }

  /**
   * The first step of a policy in the DSL, which has a name and needs a zone.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class ZoneStep {
    private final String name;

    private ZoneStep(String name) {
      this.name = name;
    }

    /**
     * Sets the policy's zone, the organisation's wall clock, and moves on to the other settings.
     *
     * @param zone  the zone id, such as {@code America/Chicago}, not null
     * @return the builder of the policy, not null
     * @throws IllegalArgumentException if the text is not a zone id
     */
    public PolicyBuilder zone(String zone) {
      return zone(Values.zone("zone", zone));
    }

    /**
     * Sets the policy's zone, the organisation's wall clock, and moves on to the other settings.
     *
     * @param zone  the zone, an IANA region such as {@code America/Chicago} or {@code UTC}, not null
     * @return the builder of the policy, not null
     * @throws IllegalArgumentException if the zone is an offset such as {@code +05:00}
     */
    public PolicyBuilder zone(ZoneId zone) {
      return new PolicyBuilder(name, Values.zone("zone", zone));
    }
  }

  static ZoneStep named(String name) {
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "Invalid value for name (valid values: text that is not blank): '%s'", name);
    return new ZoneStep(name);
  }

  // ---------------------------------------------------------------------------------------------
  // Zones

  /**
   * Reads every wall-clock time in the policy's zone, the default.
   *
   * @return this builder, not null
   */
  public PolicyBuilder single() {
    return zoneStrategy(ZoneStrategy.SINGLE);
  }

  /**
   * Reads wanted times and local rules in each contact's own zone.
   *
   * @return this builder, not null
   */
  public PolicyBuilder recipientLocal() {
    return zoneStrategy(ZoneStrategy.RECIPIENT_LOCAL);
  }

  /**
   * Sends at one instant for everyone, read in the policy's zone, judged in each contact's zone.
   *
   * @return this builder, not null
   */
  public PolicyBuilder coordinated() {
    return zoneStrategy(ZoneStrategy.COORDINATED);
  }

  /**
   * Sets the zone strategy.
   *
   * @param strategy  the strategy, not null
   * @return this builder, not null
   */
  public PolicyBuilder zoneStrategy(ZoneStrategy strategy) {
    policy.zoneStrategy(checkNotNull(strategy, "strategy"));
    return this;
  }

  /**
   * Sets the zone of contacts without one.
   *
   * @param zone  the zone id, such as {@code America/Chicago}, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the text is not a zone id
   */
  public PolicyBuilder fallbackZone(String zone) {
    return fallbackZone(Values.zone("fallbackZone", zone));
  }

  /**
   * Sets the zone of contacts without one.
   *
   * @param zone  the zone, an IANA region such as {@code America/Chicago} or {@code UTC}, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the zone is an offset such as {@code +05:00}
   */
  public PolicyBuilder fallbackZone(ZoneId zone) {
    policy.fallbackZone(Values.zone("fallbackZone", zone));
    return this;
  }

  // ---------------------------------------------------------------------------------------------
  // Wall-clock rules

  /**
   * Sets quiet hours: a daily window in which nothing is sent, crossing midnight when the end is
   * before the start.
   *
   * <pre>
   * .quietHours("21:00", "08:00")
   * </pre>
   *
   * @param startInclusive  the first quiet time, such as {@code 21:00}, not null
   * @param endExclusive  the first time after the quiet hours, such as {@code 08:00}, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if a text is not a time or the times are equal
   */
  public PolicyBuilder quietHours(String startInclusive, String endExclusive) {
    return quietHours(window("quietHours", startInclusive, endExclusive));
  }

  /**
   * Sets quiet hours: a daily window in which nothing is sent, crossing midnight when the end is
   * before the start.
   *
   * @param startInclusive  the first quiet time, whole seconds, not null
   * @param endExclusive  the first time after the quiet hours, whole seconds, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the times are equal or have fractions of a second
   */
  public PolicyBuilder quietHours(LocalTime startInclusive, LocalTime endExclusive) {
    return quietHours(window("quietHours", startInclusive, endExclusive));
  }

  /**
   * Sets quiet hours: a daily window in which nothing is sent.
   *
   * @param window  the quiet window, not null
   * @return this builder, not null
   */
  public PolicyBuilder quietHours(LocalWindow window) {
    policy.quietHours(checkNotNull(window, "window"));
    return this;
  }

  /**
   * Limits sends to business hours, given as text.
   *
   * <pre>
   * .businessHours("MON-FRI 09:00-17:00; SAT 10:00-14:00")
   * </pre>
   *
   * @param hours  the hours, days then windows, entries separated by {@code ;}, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the text is not weekly hours
   */
  public PolicyBuilder businessHours(String hours) {
    checkNotNull(hours, "hours");
    try {
      return businessHours(WeeklyHours.parse(hours));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid value for businessHours (expected weekly hours such as "
          + "MON-FRI 09:00-17:00): '" + hours + "': " + e.getMessage(), e);
    }
  }

  /**
   * Limits sends to the same hours on a run of days of the week.
   *
   * <pre>
   * .businessHours(MONDAY, FRIDAY, "09:00", "17:00")
   * </pre>
   *
   * @param first  the first open day, not null
   * @param last  the last open day, inclusive; before {@code first} to wrap the week, not null
   * @param openInclusive  the opening time, such as {@code 09:00}, not null
   * @param closeExclusive  the closing time, such as {@code 17:00}, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if a text is not a time or the times are equal
   */
  public PolicyBuilder businessHours(DayOfWeek first, DayOfWeek last, String openInclusive, String closeExclusive) {
    checkNotNull(first, "first");
    checkNotNull(last, "last");
    return businessHours(WeeklyHours.of(first, last, window("businessHours", openInclusive, closeExclusive)));
  }

  /**
   * Limits sends to business hours.
   *
   * @param hours  the hours, not null
   * @return this builder, not null
   */
  public PolicyBuilder businessHours(WeeklyHours hours) {
    policy.businessHours(checkNotNull(hours, "hours"));
    return this;
  }

  /**
   * Sends on a run of days of the week only, by making the other days the weekend.
   *
   * <pre>
   * .businessDays(MONDAY, FRIDAY)   // the same as .weekend(SATURDAY, SUNDAY)
   * </pre>
   *
   * @param first  the first business day, not null
   * @param last  the last business day, inclusive; before {@code first} to wrap the week, not null
   * @return this builder, not null
   */
  public PolicyBuilder businessDays(DayOfWeek first, DayOfWeek last) {
    checkNotNull(first, "first");
    checkNotNull(last, "last");
    Set<DayOfWeek> weekend = EnumSet.allOf(DayOfWeek.class);
    for (DayOfWeek d = first; ; d = d.plus(1)) {
      weekend.remove(d);
      if (d == last) {
        break;
      }
    }
    return weekend(Weekend.of(weekend));
  }

  /**
   * Skips the days of a weekend; no days for no weekend, the default.
   *
   * @param days  the weekend days, not all seven, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if all seven days are given
   */
  public PolicyBuilder weekend(DayOfWeek... days) {
    checkNotNull(days, "days");
    try {
      return weekend(Weekend.of(days));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid value for weekend: " + e.getMessage(), e);
    }
  }

  /**
   * Skips the days of a weekend.
   *
   * @param weekend  the weekend, not null
   * @return this builder, not null
   */
  public PolicyBuilder weekend(Weekend weekend) {
    policy.weekend(checkNotNull(weekend, "weekend"));
    return this;
  }

  /**
   * Skips the holidays of a calendar, such as {@link PolicyDsl#US_FEDERAL}, one made with
   * {@link PolicyDsl#calendar} or {@link PolicyDsl#union}, or a host's own.
   *
   * @param calendar  the calendar, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the calendar, or one it joins, is a host's own calendar
   *     named us-federal or none, which a policy would read back as the built-in one
   */
  public PolicyBuilder holidays(HolidayCalendar calendar) {
    checkNotNull(calendar, "calendar");
    checkHostCalendars(calendar);
    policy.holidays(calendar);
    return this;
  }

  // ---------------------------------------------------------------------------------------------
  // Blackouts and constraints

  /**
   * Adds a blackout made with {@link PolicyDsl}.
   *
   * <pre>
   * .blackout(yearly("Year-end freeze", "12-24", "01-02").skip().campaigns("promo"))
   * </pre>
   *
   * @param blackout  the blackout, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if a blackout of the same name was added
   */
  public PolicyBuilder blackout(PolicyDsl.BlackoutSpec blackout) {
    return blackout(checkNotNull(blackout, "blackout").toBlackout());
  }

  /**
   * Adds a blackout.
   *
   * @param blackout  the blackout, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if a blackout of the same name was added, or its dates are a
   *     range that ends on {@link LocalDate#MIN}, which cannot be shown as a range
   */
  public PolicyBuilder blackout(Blackout blackout) {
    checkNotNull(blackout, "blackout");
    PolicyDsl.representable(blackout.dates());
    policy.blackout(blackout);
    return this;
  }

  /**
   * Sets whose calendar blackout dates are read in; the default is the contact's.
   *
   * @param datesIn  the setting, not null
   * @return this builder, not null
   */
  public PolicyBuilder blackoutDatesIn(BlackoutDatesIn datesIn) {
    policy.blackoutDatesIn(checkNotNull(datesIn, "datesIn"));
    return this;
  }

  /**
   * Adds a host's own constraint.
   *
   * @param constraint  the constraint, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if a constraint of the same name was added
   */
  public PolicyBuilder constraint(Constraint constraint) {
    policy.constraint(checkNotNull(constraint, "constraint"));
    return this;
  }

  // ---------------------------------------------------------------------------------------------
  // Horizon, deadlines, late sends

  /**
   * Sets how far after the candidate an allowed time is looked for; the default is 365 days.
   *
   * @param horizon  the horizon, such as {@code 60d}, positive, at most 36525 days, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the text is not a duration or out of range
   */
  public PolicyBuilder horizon(String horizon) {
    return horizon(Values.duration("horizon", horizon));
  }

  /**
   * Sets how far after the candidate an allowed time is looked for; the default is 365 days.
   *
   * @param horizon  the horizon, positive whole seconds, at most 36525 days, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the horizon is out of range
   */
  public PolicyBuilder horizon(Duration horizon) {
    policy.horizon(Durations.Range.HORIZON.check("horizon", horizon));
    return this;
  }

  /**
   * Adds a deadline a fixed time after the candidate; with several, the earliest applies.
   *
   * @param maxDelay  the longest delay, such as {@code 36h}, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the text is not a duration
   */
  public PolicyBuilder deliverWithin(String maxDelay) {
    return deliverWithin(Values.duration("deliverWithin", maxDelay));
  }

  /**
   * Adds a deadline a fixed time after the candidate; with several, the earliest applies.
   *
   * @param maxDelay  the longest delay, zero or positive whole seconds, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the delay is negative or has a fraction of a second
   */
  public PolicyBuilder deliverWithin(Duration maxDelay) {
    return deliverBy(DeliverBy.within(Durations.Range.ZERO_OR_MORE.check("deliverWithin", maxDelay)));
  }

  /**
   * Adds a deadline at the end of a day relative to the schedule's anchor date; with several,
   * the earliest applies.
   *
   * @param daysAfterAnchor  days after the anchor date, negative for days before, at most 3660
   *     either way
   * @return this builder, not null
   * @throws IllegalArgumentException if the offset is out of range
   */
  public PolicyBuilder deliverByAnchor(int daysAfterAnchor) {
    return deliverBy(DeliverBy.byAnchor(daysAfterAnchor));
  }

  /**
   * Adds a deadline; with several, the earliest applies.
   *
   * @param deliverBy  the deadline, not null
   * @return this builder, not null
   */
  public PolicyBuilder deliverBy(DeliverBy deliverBy) {
    policy.deliverBy(checkNotNull(deliverBy, "deliverBy"));
    return this;
  }

  /**
   * Sets what a late send is worth: one late by at most a tolerance goes at launch, later ones
   * move to the next day or are suppressed.
   *
   * <pre>
   * .lateSends("2h", LateSends.Action.SKIP)
   * </pre>
   *
   * @param sendNowWithin  the tolerance, such as {@code 2h} or {@code 0s}, not null
   * @param otherwise  what happens to sends later than that, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the text is not a duration
   */
  public PolicyBuilder lateSends(String sendNowWithin, LateSends.Action otherwise) {
    return lateSends(Values.duration("lateSends sendNowWithin", sendNowWithin), otherwise);
  }

  /**
   * Sets what a late send is worth: one late by at most a tolerance goes at launch, later ones
   * move to the next day or are suppressed.
   *
   * @param sendNowWithin  the tolerance, zero or positive whole seconds, not null
   * @param otherwise  what happens to sends later than that, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the tolerance is negative or has a fraction of a second
   */
  public PolicyBuilder lateSends(Duration sendNowWithin, LateSends.Action otherwise) {
    checkNotNull(otherwise, "otherwise");
    return lateSends(LateSends.sendNowWithin(Durations.Range.ZERO_OR_MORE.check("lateSends sendNowWithin",
        sendNowWithin)).otherwise(otherwise));
  }

  /**
   * Sets what a late send is worth; the default is {@link LateSends#nextDay()}.
   *
   * @param lateSends  the setting, its tolerance whole seconds, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the tolerance has a fraction of a second
   */
  public PolicyBuilder lateSends(LateSends lateSends) {
    checkNotNull(lateSends, "lateSends");
    Durations.Range.ZERO_OR_MORE.check("lateSends sendNowWithin", lateSends.sendNowWithin());
    policy.lateSends(lateSends);
    return this;
  }

  /**
   * Sets what a wanted wall-clock time in a daylight-saving gap means; the default is
   * {@link DstPolicy#SHIFT_FORWARD}.
   *
   * @param dstPolicy  the policy, not null
   * @return this builder, not null
   */
  public PolicyBuilder dstPolicy(DstPolicy dstPolicy) {
    policy.dstPolicy(checkNotNull(dstPolicy, "dstPolicy"));
    return this;
  }

  /**
   * Binds the policy to a campaign: blackouts scoped to other campaigns do not apply.
   *
   * @param campaignId  the campaign, not blank, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the campaign is blank
   */
  public PolicyBuilder campaign(String campaignId) {
    checkNotNull(campaignId, "campaignId");
    checkArgument(!campaignId.isBlank(), "Invalid value for campaign (valid values: text that is not blank): '%s'",
        campaignId);
    policy.campaign(campaignId);
    return this;
  }

  /**
   * Sets how far after the candidate coordination looks; the default is 7 days.
   *
   * @param span  the span, such as {@code 12h}, from one minute to 31 days, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the text is not a duration or out of range
   */
  public PolicyBuilder coordinationSpan(String span) {
    return coordinationSpan(Values.duration("coordinationSpan", span));
  }

  /**
   * Sets how far after the candidate coordination looks; the default is 7 days.
   *
   * @param span  the span, whole seconds, from one minute to 31 days, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the span is out of range or has a fraction of a second
   */
  public PolicyBuilder coordinationSpan(Duration span) {
    policy.coordinationSpan(Durations.Range.COORDINATION_SPAN.check("coordinationSpan", span));
    return this;
  }

  // ---------------------------------------------------------------------------------------------
  // Description, schedule, optimizer

  /**
   * Sets what the policy is for.
   *
   * @param description  free text, not blank, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the description is blank
   */
  public PolicyBuilder description(String description) {
    checkNotNull(description, "description");
    checkArgument(!description.isBlank(),
        "Invalid value for description (valid values: text that is not blank): '%s'", description);
    this.description = description;
    return this;
  }

  /**
   * Sets what the policy sends on, a schedule made with {@link PolicyDsl}.
   *
   * <pre>
   * .schedule(cron("0 9 * * MON-FRI", CronDialect.UNIX, "America/New_York"))
   * </pre>
   *
   * @param schedule  the schedule, not null
   * @return this builder, not null
   */
  public PolicyBuilder schedule(PolicySchedule schedule) {
    this.schedule = checkNotNull(schedule, "schedule");
    return this;
  }

  /**
   * Sets what the policy sends on, with an anchor date that {@link #deliverByAnchor} counts from.
   *
   * <pre>
   * .schedule(optimized(), "2026-03-10")
   * </pre>
   *
   * @param schedule  the schedule, not null
   * @param anchor  the anchor date, such as {@code 2026-03-10}, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the text is not a date
   */
  public PolicyBuilder schedule(PolicySchedule schedule, String anchor) {
    return schedule(schedule, Values.date("schedule anchor", anchor));
  }

  /**
   * Sets what the policy sends on, with an anchor date that {@link #deliverByAnchor} counts from.
   *
   * @param schedule  the schedule, not null
   * @param anchor  the anchor date, not null
   * @return this builder, not null
   */
  public PolicyBuilder schedule(PolicySchedule schedule, LocalDate anchor) {
    checkNotNull(schedule, "schedule");
    return schedule(schedule.withAnchor(checkNotNull(anchor, "anchor")));
  }

  /**
   * Sets the send-time optimizer, replacing any optimizer setting made before.
   *
   * @param optimizer  the optimizer, such as {@link SendTimeOptimizer#ofDefaults()}, its half-life
   *     and fallback time whole seconds, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the half-life or the fallback time has a fraction of a second
   */
  public PolicyBuilder optimizer(SendTimeOptimizer optimizer) {
    checkNotNull(optimizer, "optimizer");
    Durations.Range.POSITIVE.check("optimizer halfLife", optimizer.halfLife());
    wholeSeconds("optimizer fallbackTime", optimizer.fallbackTime());
    this.optimizer = optimizer;
    return this;
  }

  /**
   * Sets the optimizer's recency half-life, starting from the default optimizer if none is set.
   *
   * @param halfLife  the half-life, such as {@code 30d}, positive, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the text is not a duration or is zero
   */
  public PolicyBuilder optimizerHalfLife(String halfLife) {
    return optimizerHalfLife(Values.duration("optimizer halfLife", halfLife));
  }

  /**
   * Sets the optimizer's recency half-life, starting from the default optimizer if none is set.
   *
   * @param halfLife  the half-life, positive whole seconds, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the half-life is not positive or has a fraction of a second
   */
  public PolicyBuilder optimizerHalfLife(Duration halfLife) {
    this.optimizer = optimizerOrDefaults().withHalfLife(Durations.Range.POSITIVE.check("optimizer halfLife", halfLife));
    return this;
  }

  /**
   * Sets the optimizer's weight of one engagement of a kind, starting from the default optimizer
   * if none is set.
   *
   * @param kind  the kind of engagement, not null
   * @param weight  the weight, from 0 to 1,000,000
   * @return this builder, not null
   * @throws IllegalArgumentException if the weight is out of range
   */
  public PolicyBuilder optimizerWeight(Engagement.Kind kind, double weight) {
    this.optimizer = optimizerOrDefaults().withWeight(checkNotNull(kind, "kind"), weight);
    return this;
  }

  /**
   * Sets the optimizer's population prior, starting from the default optimizer if none is set.
   *
   * @param prior  the prior, with a positive total weight, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if every weight of the prior is zero
   */
  public PolicyBuilder optimizerPrior(HourOfWeekProfile prior) {
    this.optimizer = optimizerOrDefaults().withPrior(checkNotNull(prior, "prior"));
    return this;
  }

  /**
   * Sets how many engagements the optimizer's prior is worth, starting from the default
   * optimizer if none is set.
   *
   * @param priorStrength  the strength, finite, zero or more
   * @return this builder, not null
   * @throws IllegalArgumentException if the strength is negative, infinite or NaN
   */
  public PolicyBuilder optimizerPriorStrength(double priorStrength) {
    this.optimizer = optimizerOrDefaults().withPriorStrength(priorStrength);
    return this;
  }

  /**
   * Sets how many data points the optimizer needs before it learns, starting from the default
   * optimizer if none is set.
   *
   * @param minDataPoints  the minimum, one or more
   * @return this builder, not null
   * @throws IllegalArgumentException if the minimum is less than one
   */
  public PolicyBuilder optimizerMinDataPoints(int minDataPoints) {
    this.optimizer = optimizerOrDefaults().withMinDataPoints(minDataPoints);
    return this;
  }

  /**
   * Sets the time the optimizer recommends with too few data points, starting from the default
   * optimizer if none is set.
   *
   * @param fallbackTime  the local time, such as {@code 10:00}, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the text is not a time
   */
  public PolicyBuilder optimizerFallbackTime(String fallbackTime) {
    return optimizerFallbackTime(Values.time("optimizer fallbackTime", fallbackTime));
  }

  /**
   * Sets the time the optimizer recommends with too few data points, starting from the default
   * optimizer if none is set.
   *
   * @param fallbackTime  the local time, whole seconds, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the time has a fraction of a second
   */
  public PolicyBuilder optimizerFallbackTime(LocalTime fallbackTime) {
    this.optimizer = optimizerOrDefaults().withFallbackTime(wholeSeconds("optimizer fallbackTime", fallbackTime));
    return this;
  }

  private SendTimeOptimizer optimizerOrDefaults() {
    return optimizer == null ? SendTimeOptimizer.ofDefaults() : optimizer;
  }

  /**
   * Builds the policy, checking how its settings combine as the policy loader does. A policy
   * with an error as a whole, such as business hours that quiet hours close entirely, is
   * rejected, so that every policy built reads back from YAML; warnings are not checked here.
   *
   * @return the policy, not null
   * @throws IllegalArgumentException if the settings combine into a policy that can never send,
   *     with every such error in the message
   */
  public Policy build() {
    Policy built = Policy.of(policy.build());
    if (description != null) {
      built = built.withDescription(description);
    }
    if (schedule != null) {
      built = built.withSchedule(schedule);
    }
    if (optimizer != null) {
      built = built.withOptimizer(optimizer);
    }
    if (campaigns != null) {
      built = campaigns.applyTo(built);
    }
    List<String> errors = PolicyChecks.checkAll(built).stream()
        .filter(f -> f.severity() == PolicyProblem.Severity.ERROR)
        .map(f -> f.path() + ": " + f.message())
        .toList();
    checkArgument(errors.isEmpty(), "Invalid policy '%s': %s", built.name(), String.join("; ", errors));
    return built;
  }

  // ---------------------------------------------------------------------------------------------
  // Campaign planning: any of these settings gives the policy a campaign plan

  /**
   * Adds rules to the exclusion windows table; {@link CampaignDsl} makes them.
   *
   * @param rules  the rules, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if two versions of a rule of a jurisdiction are in force
   *     on the same day
   */
  public PolicyBuilder exclusionWindows(ExclusionRule... rules) {
    campaigns().rules(rules);
    return this;
  }

  /**
   * Sets the date the exclusion windows table is current on, for its readers.
   *
   * @param asOf  the date, such as {@code 2026-06-30}, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the text is not a date
   */
  public PolicyBuilder windowsAsOf(String asOf) {
    campaigns().asOf(Values.date("windowsAsOf", asOf));
    return this;
  }

  /**
   * Sets the date the exclusion windows table is current on, for its readers.
   *
   * @param asOf  the date, not null
   * @return this builder, not null
   */
  public PolicyBuilder windowsAsOf(LocalDate asOf) {
    campaigns().asOf(asOf);
    return this;
  }

  /**
   * Sets how many days every exclusion window starts before its legal start; 60 by default.
   *
   * @param days  the days, from 0 to 366
   * @return this builder, not null
   * @throws IllegalArgumentException if the days are out of range
   */
  public PolicyBuilder preWindowDays(int days) {
    CampaignDraft c = campaigns();
    c.suppression(c.suppression().withPreWindowDays(days));
    return this;
  }

  /**
   * Sets the email kinds exclusion windows block; every kind but {@code post_window} by default.
   *
   * @param emailKinds  the kinds, such as {@code birthday} or {@code campaign}, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if a kind is not snake_case
   */
  public PolicyBuilder blocking(String... emailKinds) {
    checkNotNull(emailKinds, "emailKinds");
    List<EmailKind> kinds = Arrays.stream(emailKinds).map(EmailKind::of).toList();
    CampaignDraft c = campaigns();
    c.suppression(c.suppression().withBlocking(kinds));
    return this;
  }

  /**
   * Sets the email sent after a window that suppressed one; {@link PostWindowEmail#defaults()}
   * by default.
   *
   * @param email  the setting, {@link PostWindowEmail#disabled()} for none, not null
   * @return this builder, not null
   */
  public PolicyBuilder postWindow(PostWindowEmail email) {
    CampaignDraft c = campaigns();
    c.suppression(c.suppression().withPostWindow(email));
    return this;
  }

  /**
   * Suppresses the window-checked emails of contacts without a jurisdiction or in one not known.
   *
   * @return this builder, not null
   */
  public PolicyBuilder strictJurisdictions() {
    CampaignDraft c = campaigns();
    c.suppression(c.suppression().withStrictJurisdictions(true));
    return this;
  }

  /**
   * Sets what a February 29 anchor of a window means in a common year; February 28 by default.
   *
   * @param policy  the leap-day policy, not null
   * @return this builder, not null
   */
  public PolicyBuilder windowsLeapDay(LeapDayPolicy policy) {
    CampaignDraft c = campaigns();
    c.suppression(c.suppression().withLeapDayPolicy(policy));
    return this;
  }

  /**
   * Sets the quiet hours of the contacts of a jurisdiction, replacing the policy's for them.
   *
   * @param jurisdiction  the jurisdiction's code, such as {@code FL}, not null
   * @param start  the local time quiet hours start, such as {@code 20:00}, not null
   * @param end  the local time they end, such as {@code 08:00}, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the code is malformed or a text is not a time
   */
  public PolicyBuilder quietHoursIn(String jurisdiction, String start, String end) {
    LocalWindow w = window("quietHoursIn " + jurisdiction, start, end);
    CampaignDraft c = campaigns();
    c.quietHours(c.quietHours().with(jurisdiction, w));
    return this;
  }

  /**
   * Adds an anniversary email; {@link CampaignDsl} makes them.
   *
   * @param email  the email, of a kind not added before, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if an email of the same kind was added
   */
  public PolicyBuilder email(AnniversaryEmail email) {
    campaigns().plan().email(email);
    return this;
  }

  /**
   * Adds a campaign type.
   *
   * @param type  the type, of a name not added before, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if a type of the same name was added
   */
  public PolicyBuilder campaignType(CampaignType type) {
    campaigns().plan().campaignType(type);
    return this;
  }

  /**
   * Adds a campaign, and its type unless a type of that name was added.
   *
   * @param campaign  the campaign, of a name not added before, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if a campaign of the same name, or another type of the same
   *     name, was added
   */
  public PolicyBuilder campaignInstance(CampaignInstance campaign) {
    campaigns().plan().campaign(campaign);
    return this;
  }

  /**
   * Sets the follow-ups of scheduled emails; none by default.
   *
   * @param followUps  the setting, such as {@link FollowUps#defaults()}, not null
   * @return this builder, not null
   */
  public PolicyBuilder followUps(FollowUps followUps) {
    campaigns().plan().followUps(followUps);
    return this;
  }

  private CampaignDraft campaigns() {
    if (campaigns == null) {
      campaigns = new CampaignDraft();
    }
    return campaigns;
  }

  // ---------------------------------------------------------------------------------------------

  private static LocalWindow window(String setting, String start, String end) {
    return window(setting, Values.time(setting + " start", start), Values.time(setting + " end", end));
  }

  private static LocalWindow window(String setting, LocalTime start, LocalTime end) {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    try {
      return LocalWindow.of(start, end);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid value for " + setting + ": " + e.getMessage(), e);
    }
  }

  /** Rejects a host calendar named like a built-in one, which a policy would read back as the built-in one. */
  private static void checkHostCalendars(HolidayCalendar calendar) {
    if (calendar instanceof UnionHolidayCalendar union) {
      union.calendars().forEach(PolicyBuilder::checkHostCalendars);
      return;
    }
    String name = calendar.name();
    boolean builtIn = calendar.equals(HolidayCalendar.usFederal()) || calendar.equals(HolidayCalendar.none());
    checkArgument(builtIn || calendar instanceof RuleBasedHolidayCalendar
            || !(name.equals(PolicyReader.US_FEDERAL) || name.equals(PolicyReader.NONE)),
        "Invalid value for holidays (valid values: host calendars not named us-federal or none, the names of the "
            + "built-in calendars): '%s' (%s)", name, calendar);
  }

  private static LocalTime wholeSeconds(String setting, LocalTime time) {
    checkNotNull(time, setting);
    checkArgument(time.getNano() == 0, "Invalid value for %s (valid values: whole seconds): %s", setting, time);
    return time;
  }
}
