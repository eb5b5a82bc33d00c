package org.sendtime.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sendtime.campaign.CampaignPlan;
import org.sendtime.optimize.SendTimeOptimizer;
import org.sendtime.policy.SendPolicy;

/**
 * A scheduling policy as rule authors write it: the {@link SendPolicy} that decides when a send
 * may go, what the policy sends on, and how send times are learned.
 *
 * <p>A policy is written in YAML (read by the policy loader) or built in Java, and printed in
 * either form; a policy printed and read back is equal to the original.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Policy {
  private final SendPolicy sendPolicy;
  private final @Nullable String description;
  private final @Nullable PolicySchedule schedule;
  private final @Nullable SendTimeOptimizer optimizer;
  private final @Nullable CampaignPlan campaignPlan;
  private final @Nullable LocalDate windowsAsOf;

  private Policy(SendPolicy sendPolicy, @Nullable String description, @Nullable PolicySchedule schedule,
      @Nullable SendTimeOptimizer optimizer, @Nullable CampaignPlan campaignPlan, @Nullable LocalDate windowsAsOf) {
    this.sendPolicy = sendPolicy;
    this.description = description;
    this.schedule = schedule;
    this.optimizer = optimizer;
    this.campaignPlan = campaignPlan == null ? null : CampaignPlans.withSendPolicy(campaignPlan, sendPolicy);
    this.windowsAsOf = windowsAsOf;
  }

  /**
   * Starts a policy in the Java DSL: the name first, then the zone, then any other setting.
   *
   * <pre>
   * Policy policy = Policy.named("renewals")
   *     .zone("America/Chicago")
   *     .quietHours("21:00", "08:00")
   *     .holidays(PolicyDsl.US_FEDERAL)
   *     .build();
   * </pre>
   *
   * @param name  the policy's name, not blank, not null
   * @return the step that takes the policy's zone, not null
   * @throws IllegalArgumentException if the name is blank
   * @see PolicyDsl
   */
  public static PolicyBuilder.ZoneStep named(String name) {
    return PolicyBuilder.named(name);
  }

  /**
   * Obtains a policy of a send policy alone, with no description, schedule or optimizer.
   *
   * @param sendPolicy  the send policy, not null
   * @return the policy, not null
   */
  public static Policy of(SendPolicy sendPolicy) {
    return new Policy(checkNotNull(sendPolicy, "sendPolicy"), null, null, null, null, null);
  }

  /**
   * Returns a copy with a description.
   *
   * @param description  what the policy is for, not blank, not null
   * @return the policy with the description, not null
   * @throws IllegalArgumentException if the description is blank
   */
  public Policy withDescription(String description) {
    checkNotNull(description, "description");
    checkArgument(!description.isBlank(), "Invalid value for description (valid values: text that is not blank): '%s'",
        description);
    return new Policy(sendPolicy, description, schedule, optimizer, campaignPlan, windowsAsOf);
  }

  /**
   * Returns a copy with a schedule.
   *
   * @param schedule  what the policy sends on, not null
   * @return the policy with the schedule, not null
   */
  public Policy withSchedule(PolicySchedule schedule) {
    return new Policy(sendPolicy, description, checkNotNull(schedule, "schedule"), optimizer, campaignPlan,
        windowsAsOf);
  }

  /**
   * Returns a copy with send-time optimizer settings.
   *
   * @param optimizer  the optimizer, not null
   * @return the policy with the optimizer, not null
   */
  public Policy withOptimizer(SendTimeOptimizer optimizer) {
    return new Policy(sendPolicy, description, schedule, checkNotNull(optimizer, "optimizer"), campaignPlan,
        windowsAsOf);
  }

  /**
   * Returns a copy with another send policy; a campaign plan is rebuilt on it.
   *
   * @param sendPolicy  the send policy, not null
   * @return the policy with the send policy, not null
   */
  public Policy withSendPolicy(SendPolicy sendPolicy) {
    return new Policy(checkNotNull(sendPolicy, "sendPolicy"), description, schedule, optimizer, campaignPlan,
        windowsAsOf);
  }

  /**
   * Returns a copy that plans anniversary emails and campaigns with the settings of a plan:
   * its exclusion windows and suppression, emails, campaign types and campaigns, follow-ups and
   * quiet hours by jurisdiction. The plan is rebuilt on this policy's send policy, whatever
   * send policy it was built with.
   *
   * @param campaignPlan  the plan whose settings to use, not null
   * @return the policy with the plan, not null
   */
  public Policy withCampaignPlan(CampaignPlan campaignPlan) {
    return new Policy(sendPolicy, description, schedule, optimizer, checkNotNull(campaignPlan, "campaignPlan"),
        windowsAsOf);
  }

  /**
   * Returns a copy whose exclusion windows table is dated: the date its rules were current on,
   * for the reader of the policy. A policy without a campaign plan gets the default plan.
   *
   * @param asOf  the date the table is current on, not null
   * @return the policy with the date, not null
   */
  public Policy withWindowsAsOf(LocalDate asOf) {
    checkNotNull(asOf, "asOf");
    return new Policy(sendPolicy, description, schedule, optimizer,
        campaignPlan == null ? CampaignPlan.builder(sendPolicy).build() : campaignPlan, asOf);
  }

  /**
   * Gets the policy's name, the name of its send policy.
   *
   * @return the name, not null
   */
  public String name() {
    return sendPolicy.name();
  }

  /**
   * Gets the send policy that decides when a send may go.
   *
   * @return the send policy, not null
   */
  public SendPolicy sendPolicy() {
    return sendPolicy;
  }

  /**
   * Gets the description.
   *
   * @return the description, or empty if none
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Gets what the policy sends on.
   *
   * @return the schedule, or empty if the host supplies schedules
   */
  public Optional<PolicySchedule> schedule() {
    return Optional.ofNullable(schedule);
  }

  /**
   * Gets the send-time optimizer settings.
   *
   * @return the optimizer, or empty if the policy sets none
   */
  public Optional<SendTimeOptimizer> optimizer() {
    return Optional.ofNullable(optimizer);
  }

  /**
   * Gets the plan of anniversary emails and campaigns, built on this policy's send policy.
   *
   * @return the plan, or empty if the policy declares none of its settings
   */
  public Optional<CampaignPlan> campaignPlan() {
    return Optional.ofNullable(campaignPlan);
  }

  /**
   * Gets the date the exclusion windows table is current on.
   *
   * @return the date, or empty if the table is not dated
   */
  public Optional<LocalDate> windowsAsOf() {
    return Optional.ofNullable(windowsAsOf);
  }

  /**
   * Gets the optimizer to use: the policy's settings, or the defaults.
   *
   * @return the optimizer, not null
   */
  public SendTimeOptimizer optimizerOrDefaults() {
    return optimizer == null ? SendTimeOptimizer.ofDefaults() : optimizer;
  }

  /**
   * Outputs this policy as canonical policy YAML, which the policy loader reads back to an equal
   * policy.
   *
   * <p>The text is the same for equal policies: keys come in a fixed order, settings at their
   * defaults are left out, and values are quoted where YAML would read them as something else.
   * A holiday calendar that is not built of rules (nor a union of such calendars) and a host's
   * constraints are written by name; they read back only when the loader has them registered.
   *
   * <pre>
   * version: 1
   * name: renewals
   * zone: America/Chicago
   * quiet_hours: "21:00-08:00"
   * holidays: us-federal
   * </pre>
   *
   * @return the YAML text, ending with a line break, not null
   * @throws IllegalArgumentException if a value cannot be written in a policy: a schedule
   *     recurring on a recurrence other than a {@code RecurrenceSet}, {@code CronSchedule} or
   *     {@code Anniversary}, a duration or time with a fraction of a second, or a host calendar
   *     named {@code us-federal} or {@code none}
   */
  public String toYaml() {
    return YamlPrinter.print(this);
  }

  /**
   * Outputs this policy as Java source of the DSL expression that builds an equal policy.
   *
   * <p>The text has two parts separated by the one empty line: the import declarations the
   * expression needs, static ones first, to place at the head of a compilation unit; and the
   * expression itself, of type {@code Policy}, without a trailing semicolon:
   *
   * <pre>
   * import static org.sendtime.rules.PolicyDsl.US_FEDERAL;
   * import org.sendtime.rules.Policy;
   *
   * Policy.named("renewals")
   *     .zone("America/Chicago")
   *     .quietHours("21:00", "08:00")
   *     .holidays(US_FEDERAL)
   *     .build()
   * </pre>
   *
   * <p>A host's own values cannot be written as Java. The expression reads them by name from
   * variables it expects in scope: a host holiday calendar as {@code calendars.get("name")} from
   * a {@code Map<String, HolidayCalendar> calendars}, and each constraint as
   * {@code constraints.get("name")} from a {@code Map<String, Constraint> constraints}.
   *
   * @return the imports and the expression, ending with a line break, not null
   * @throws IllegalArgumentException if a value cannot be written in the DSL, as for
   *     {@link #toYaml()}
   */
  public String toJava() {
    return JavaPrinter.print(this);
  }

  /**
   * Checks if this policy is equal to another: equal send policies, descriptions, schedules,
   * optimizers, campaign plans and dates of the windows table.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Policy)) {
      return false;
    }
    Policy other = (Policy) obj;
    return sendPolicy.equals(other.sendPolicy) && Objects.equals(description, other.description)
        && Objects.equals(schedule, other.schedule) && Objects.equals(optimizer, other.optimizer)
        && Objects.equals(campaignPlan, other.campaignPlan) && Objects.equals(windowsAsOf, other.windowsAsOf);
  }

  /**
   * A hash code for this policy.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(sendPolicy, description, schedule, optimizer, campaignPlan, windowsAsOf);
  }

  /**
   * Outputs this policy as a short summary; {@code toYaml()} gives the full text.
   *
   * @return a summary, not null
   */
  @Override
  public String toString() {
    return "Policy[" + sendPolicy + (schedule == null ? "" : ", " + schedule)
        + (optimizer == null ? "" : ", " + optimizer) + (campaignPlan == null ? "" : ", " + campaignPlan)
        + (windowsAsOf == null ? "" : ", windows as of " + windowsAsOf) + "]";
  }
}
