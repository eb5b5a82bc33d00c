package org.sendtime.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Arrays;
import org.sendtime.campaign.AnniversaryEmail;
import org.sendtime.campaign.CampaignInstance;
import org.sendtime.campaign.CampaignType;
import org.sendtime.campaign.EmailKind;
import org.sendtime.campaign.FollowUpTier;
import org.sendtime.window.ExclusionRule;
import org.sendtime.window.WindowAnchor;

/**
 * The static factories of the campaign part of the policy DSL: exclusion rules, anniversary
 * emails, campaign types, campaigns and follow-up tiers, each a complete core value checked when
 * it is made. Refine them with their own {@code with} methods, and give them to the
 * {@link PolicyBuilder}:
 *
 * <pre>
 * import static org.sendtime.rules.CampaignDsl.*;
 *
 * CampaignType rateIncrease = campaignType("rate_increase").withDaysBeforeEvent(14).withPriority(1);
 * Policy medigap = Policy.named("medigap")
 *     .zone("America/Chicago")
 *     .exclusionWindows(
 *         window("CA", "birthday", 30, 60),
 *         monthStartWindow("NV", "birthday", 0, 60),
 *         window("MO", "effective_date", 30, 33),
 *         yearRound("NY"))
 *     .preWindowDays(60)
 *     .email(email("birthday"))
 *     .email(fixedEmail("annual_enrolment", "09-15").withPriority(3))
 *     .campaignType(rateIncrease)
 *     .campaignInstance(campaign("rate-increase-2026-q1", rateIncrease, "2026-03-01"))
 *     .followUps(FollowUps.defaults())
 *     .build();
 * </pre>
 *
 * <p>Names are those of policy YAML: jurisdiction codes such as {@code CA}, snake_case contact
 * dates, email kinds and campaign types. A mistake throws {@link IllegalArgumentException} naming
 * the value.
 *
 * <p>This class is a static utility; the values it returns are immutable and thread-safe.
 */
public final class CampaignDsl {
  private CampaignDsl() {
  }

  /**
   * Obtains a rule whose window every year runs from some days before the anniversary of a
   * contact date to some days after it, both inclusive, in force always.
   *
   * @param jurisdiction  the jurisdiction's code, such as {@code CA}, not null
   * @param dateName  the contact date, such as {@code birthday}, not null
   * @param daysBefore  the days before, from 0 to 366
   * @param daysAfter  the days after, from 0 to 366
   * @return the rule, not null
   * @throws IllegalArgumentException if the code or name is malformed or the days out of range
   */
  public static ExclusionRule window(String jurisdiction, String dateName, int daysBefore, int daysAfter) {
    return ExclusionRule.anchored(jurisdiction, WindowAnchor.of(dateName), daysBefore, daysAfter);
  }

  /**
   * Obtains a rule whose window every year is counted from the first day of the month of a
   * contact date, as Nevada's birthday rule is.
   *
   * @param jurisdiction  the jurisdiction's code, such as {@code NV}, not null
   * @param dateName  the contact date, such as {@code birthday}, not null
   * @param daysBefore  the days before the first of the month, from 0 to 366
   * @param daysAfter  the days after the first of the month, from 0 to 366
   * @return the rule, not null
   * @throws IllegalArgumentException if the code or name is malformed or the days out of range
   */
  public static ExclusionRule monthStartWindow(String jurisdiction, String dateName, int daysBefore, int daysAfter) {
    return ExclusionRule.anchored(jurisdiction, WindowAnchor.monthStartOf(dateName), daysBefore, daysAfter);
  }

  /**
   * Obtains a rule that excludes the whole year, in force always.
   *
   * @param jurisdiction  the jurisdiction's code, such as {@code NY}, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the code is malformed
   */
  public static ExclusionRule yearRound(String jurisdiction) {
    return ExclusionRule.yearRound(jurisdiction);
  }

  /**
   * Obtains the email of a kind that has its own date and defaults: {@code birthday} (14 days
   * before the birthday, priority 5), {@code effective_date} (30 days before the anniversary of
   * the effective date, priority 5) or {@code annual_enrolment} (September 15, priority 3).
   *
   * @param kind  the kind, not null
   * @return the email, not null
   * @throws IllegalArgumentException if the kind has no date of its own
   */
  public static AnniversaryEmail email(String kind) {
    checkNotNull(kind, "kind");
    return WindowsFormat.defaultEmail(EmailKind.of(kind)).orElseThrow(() -> new IllegalArgumentException(
        "Invalid email kind '" + kind + "' without a date (valid values: birthday, effective_date, "
            + "annual_enrolment); give a contact date with email(kind, anchorDateName) or a month-day with "
            + "fixedEmail(kind, monthDay)"));
  }

  /**
   * Obtains an email on the anniversaries of a contact date, on the day itself, priority 5.
   *
   * @param kind  the kind, snake_case, not post_window, campaign or follow_up, not null
   * @param anchorDateName  the contact date, such as {@code renewal_date}, not null
   * @return the email, not null
   * @throws IllegalArgumentException if the kind is reserved or a name is not snake_case
   */
  public static AnniversaryEmail email(String kind, String anchorDateName) {
    return AnniversaryEmail.of(EmailKind.of(kind), anchorDateName);
  }

  /**
   * Obtains an email on a fixed month-day of every year, priority 5.
   *
   * @param kind  the kind, snake_case, not post_window, campaign or follow_up, not null
   * @param monthDay  the month-day, such as {@code 09-15}, not null
   * @return the email, not null
   * @throws IllegalArgumentException if the kind is reserved or not snake_case, or the text is not
   *     a month-day
   */
  public static AnniversaryEmail fixedEmail(String kind, String monthDay) {
    return AnniversaryEmail.fixed(EmailKind.of(kind), Values.monthDay("email '" + kind + "' date", monthDay));
  }

  /**
   * Obtains a campaign type with the defaults: respects windows, enables follow-ups, due on the
   * event date at 08:30, targets its audience only, priority 10.
   *
   * @param name  the name, snake_case, not null
   * @return the type, not null
   * @throws IllegalArgumentException if the name is not snake_case
   */
  public static CampaignType campaignType(String name) {
    return CampaignType.named(name);
  }

  /**
   * Obtains a campaign of a type, always active, with an empty audience and no templates.
   *
   * @param name  the campaign's unique name, without whitespace, not null
   * @param type  the type, not null
   * @param eventDate  the date of the event, such as {@code 2026-03-01}, not null
   * @return the campaign, not null
   * @throws IllegalArgumentException if the name is blank or holds whitespace, or the text is not
   *     a date
   */
  public static CampaignInstance campaign(String name, CampaignType type, String eventDate) {
    return campaign(name, type, Values.date("campaign '" + name + "' eventDate", eventDate));
  }

  /**
   * Obtains a campaign of a type, always active, with an empty audience and no templates.
   *
   * @param name  the campaign's unique name, without whitespace, not null
   * @param type  the type, not null
   * @param eventDate  the date of the event, not null
   * @return the campaign, not null
   * @throws IllegalArgumentException if the name is blank or holds whitespace
   */
  public static CampaignInstance campaign(String name, CampaignType type, LocalDate eventDate) {
    return CampaignInstance.of(name, type, eventDate);
  }

  /**
   * Obtains a follow-up tier chosen when the contact showed every signal it requires.
   *
   * @param name  the tier's name, snake_case, not null
   * @param requiredSignals  the engagement signals, snake_case; none matches always, not null
   * @return the tier, not null
   * @throws IllegalArgumentException if a name is not snake_case
   */
  public static FollowUpTier followUpTier(String name, String... requiredSignals) {
    checkNotNull(requiredSignals, "requiredSignals");
    return FollowUpTier.of(name, Arrays.asList(requiredSignals));
  }
}
