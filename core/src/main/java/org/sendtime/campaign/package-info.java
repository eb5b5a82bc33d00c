/**
 * Anniversary emails and campaigns: what is due for each contact every year, and when each
 * email may go out under the contact's exclusion windows and a send policy.
 *
 * <p>An {@link org.sendtime.campaign.AnniversaryEmail} is due a number of days before a yearly
 * date: the contact's birthday, a policy's effective date, or a fixed date such as the annual
 * enrolment's September 15. A {@link org.sendtime.campaign.CampaignInstance} of a {@link
 * org.sendtime.campaign.CampaignType} is due before its event. A {@link
 * org.sendtime.campaign.SuppressionPolicy} says how the {@link org.sendtime.window exclusion
 * windows} of the contact's jurisdiction apply, and which {@link
 * org.sendtime.campaign.PostWindowEmail} follows a window that suppressed an email; {@link
 * org.sendtime.campaign.FollowUps} plan a follow-up of each scheduled email in the tier the
 * contact's engagement selects.
 *
 * <p>A {@link org.sendtime.campaign.CampaignPlan} puts these together with a {@link
 * org.sendtime.policy.SendPolicy}. Its {@link org.sendtime.campaign.CampaignPlan#schedule
 * schedule} is a pure function from a {@link org.sendtime.campaign.CampaignContact}, a range of
 * due dates and the planning instant to a {@link org.sendtime.campaign.ContactSchedule}, in which
 * every email due is one {@link org.sendtime.campaign.PlannedEmail}, scheduled or suppressed with
 * its reason.
 *
 * <pre>
 * ExclusionWindows table = ExclusionWindows.of(List.of(
 *     ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, 30, 60), ExclusionRule.yearRound("NY")));
 * SendPolicy policy = SendPolicy.builder(ZoneId.of("America/Chicago"))
 *     .zoneStrategy(ZoneStrategy.RECIPIENT_LOCAL)
 *     .weekend(Weekend.SATURDAY_SUNDAY)
 *     .build();
 * CampaignPlan plan = CampaignPlan.builder(policy)
 *     .suppression(SuppressionPolicy.of(table))
 *     .email(AnniversaryEmail.birthday())
 *     .email(AnniversaryEmail.annualEnrolment())
 *     .build();
 * CampaignContact c = CampaignContact.of(Contact.of("c1", ZoneId.of("America/Los_Angeles")))
 *     .withJurisdiction("CA")
 *     .withDate("birthday", LocalDate.of(1955, 12, 1));
 * System.out.println(plan.schedule(c,
 *     LocalDateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
 *     Instant.parse("2025-01-01T00:00:00Z")));
 * // c1 2025-01-01..2025-12-31
 * //   window CA birthday window 2024-09-02..2025-01-30 (legal 2024-11-01..2025-01-30, anchor 2024-12-01)
 * //   window CA birthday window 2025-09-02..2026-01-30 (legal 2025-11-01..2026-01-30, anchor 2025-12-01)
 * //   2025-09-15 annual_enrolment (priority 3) suppressed by CA birthday window: ...
 * //   2025-11-17 birthday (priority 5) suppressed by CA birthday window: ...
 * //   2026-01-31 post_window (priority 8) scheduled 2026-02-02T08:30-08:00[America/Los_Angeles] ...
 * </pre>
 *
 * <p>Every type is immutable and thread-safe; arguments are never null unless a parameter says
 * so. Nothing here reads the clock, the default time zone or the default locale.
 */
@NullMarked
package org.sendtime.campaign;

import org.jspecify.annotations.NullMarked;
