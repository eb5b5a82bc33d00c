package org.sendtime.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.calendar.Weekend;
import org.sendtime.campaign.AnniversaryEmail;
import org.sendtime.campaign.CampaignContact;
import org.sendtime.campaign.CampaignInstance;
import org.sendtime.campaign.CampaignPlan;
import org.sendtime.campaign.CampaignType;
import org.sendtime.campaign.SuppressionPolicy;
import org.sendtime.policy.Contact;
import org.sendtime.policy.SendPolicy;
import org.sendtime.policy.ZoneStrategy;
import org.sendtime.time.LocalWindow;
import org.sendtime.window.ExclusionRule;
import org.sendtime.window.ExclusionWindows;
import org.sendtime.window.Jurisdictions;
import org.sendtime.window.WindowAnchor;
import org.threeten.extra.LocalDateRange;

/**
 * The inputs of {@link CampaignBenchmark}: a million synthetic contacts in the fifty US states
 * and DC, each with a zone, a birthday and a policy effective date, and the campaign plan that
 * schedules their emails for 2026, in the forms that sendtime and the hand-written baseline take.
 *
 * <p>Every contact draws, from one seeded {@link Random}: a state uniformly from {@link
 * Jurisdictions#US}; a zone uniformly from {@link DecisionWorkload#ZONES} (states and zones are
 * drawn independently, so that the wall-clock arithmetic meets all thirty zones); a birthday
 * uniformly from 1930-01-01 to 1960-12-31, except that one in 256 is February 29 of a leap year
 * of 1932-1960; and an effective date uniformly from 2010-01-01 to 2026-12-31, except that one in
 * eight is moved to the last day of its month (February 29 in 2012, 2016, 2020 and 2024).
 * Effective dates in 2026 have no anniversary in the range, but their Missouri windows count.
 *
 * <p>The plan is seed 004's business policy ({@link #TABLE}, 60 pre-window days, post-window
 * emails the day after a window ends), its three yearly emails (birthday 14 days before,
 * effective date 30 days before, annual enrolment on September 15, all at 08:30 local), and two
 * campaigns of the type {@code policy_update} (respects windows, 5 days before the event, every
 * contact): events 2026-02-21 and 2026-07-08, so sends on 2026-02-16 and 2026-07-03, both US
 * federal holidays (observed). No follow-ups: the engagement that picks their tier is unknown
 * when a year is planned. The send policy is recipient-local with quiet hours 21:00-08:00,
 * weekends Saturday and Sunday and the US federal holidays, organisation in Chicago. The plan is
 * made at {@link #AS_OF}, before every due date, so no send is late.
 */
final class CampaignWorkload {

  /** The number of contacts. */
  static final int CONTACTS = 1_000_000;
  static final long SEED = 20260101L;
  /** The due dates planned: 2026. */
  static final LocalDateRange RANGE = LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
  /**
   * The instant the plan is made, before every send: the earliest, 2026-01-01 08:30 in
   * Kiritimati, is 2025-12-31T18:30Z.
   */
  static final Instant AS_OF = Instant.parse("2025-12-01T00:00:00Z");
  /** The local time of every email. */
  static final LocalTime SEND_TIME = LocalTime.of(8, 30);
  /** The days every window starts before its legal start. */
  static final int PRE_WINDOW_DAYS = 60;
  /** The states and DC, in alphabetical order; a contact's state is an index into this list. */
  static final List<String> STATES = Jurisdictions.US.asList();
  /** The events of the two campaigns, each sent five days before. */
  static final List<LocalDate> CAMPAIGN_EVENTS = List.of(LocalDate.of(2026, 2, 21), LocalDate.of(2026, 7, 8));
  /** The days a {@code policy_update} campaign is sent before its event. */
  static final int CAMPAIGN_DAYS_BEFORE = 5;

  /**
   * Seed 004's table of windows: birthday windows in CA (30 days before, 60 after), ID (0/63),
   * KY (0/60), MD (0/30), NV (0/60 from the first day of the birth month), OK (0/60), OR (0/31)
   * and VA (0/30); MO around the effective date's anniversary (30/33); CT, MA, NY and WA all
   * year.
   */
  static final ExclusionWindows TABLE = ExclusionWindows.of(List.of(
      ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, 30, 60),
      ExclusionRule.anchored("ID", WindowAnchor.BIRTHDAY, 0, 63),
      ExclusionRule.anchored("KY", WindowAnchor.BIRTHDAY, 0, 60),
      ExclusionRule.anchored("MD", WindowAnchor.BIRTHDAY, 0, 30),
      ExclusionRule.anchored("NV", WindowAnchor.monthStartOf("birthday"), 0, 60),
      ExclusionRule.anchored("OK", WindowAnchor.BIRTHDAY, 0, 60),
      ExclusionRule.anchored("OR", WindowAnchor.BIRTHDAY, 0, 31),
      ExclusionRule.anchored("VA", WindowAnchor.BIRTHDAY, 0, 30),
      ExclusionRule.anchored("MO", WindowAnchor.EFFECTIVE_DATE, 30, 33),
      ExclusionRule.yearRound("CT"),
      ExclusionRule.yearRound("MA"),
      ExclusionRule.yearRound("NY"),
      ExclusionRule.yearRound("WA")));

  /** Each contact's state, an index into {@link #STATES}. */
  final byte[] state;
  /** Each contact's zone, an index into {@link DecisionWorkload#ZONES}. */
  final byte[] zone;
  /** Each contact's birthday, for the baseline: see {@link #pack}. */
  final int[] birthday;
  /** Each contact's effective date, for the baseline: see {@link #pack}. */
  final int[] effectiveDate;
  /** Each contact, for sendtime. */
  final CampaignContact[] contacts;

  /** Draws the workload. */
  CampaignWorkload() {
    state = new byte[CONTACTS];
    zone = new byte[CONTACTS];
    birthday = new int[CONTACTS];
    effectiveDate = new int[CONTACTS];
    contacts = new CampaignContact[CONTACTS];
    Random random = new Random(SEED);
    LocalDate firstBirthday = LocalDate.of(1930, 1, 1);
    int birthdays = (int) (LocalDate.of(1961, 1, 1).toEpochDay() - firstBirthday.toEpochDay());
    LocalDate firstEffective = LocalDate.of(2010, 1, 1);
    int effectiveDates = (int) (LocalDate.of(2027, 1, 1).toEpochDay() - firstEffective.toEpochDay());
    for (int i = 0; i < CONTACTS; i++) {
      int s = random.nextInt(STATES.size());
      int z = random.nextInt(DecisionWorkload.ZONES.size());
      LocalDate b = random.nextInt(256) == 0
          ? LocalDate.of(1932 + 4 * random.nextInt(8), 2, 29)
          : firstBirthday.plusDays(random.nextInt(birthdays));
      LocalDate e = firstEffective.plusDays(random.nextInt(effectiveDates));
      if (random.nextInt(8) == 0) {
        e = e.withDayOfMonth(e.lengthOfMonth());
      }
      state[i] = (byte) s;
      zone[i] = (byte) z;
      birthday[i] = pack(b);
      effectiveDate[i] = pack(e);
      contacts[i] = CampaignContact.of(Contact.of("c" + i, DecisionWorkload.ZONES.get(z)))
          .withJurisdiction(STATES.get(s))
          .withDate("birthday", b)
          .withDate("effective_date", e);
    }
  }

  /**
   * Packs a date for the baseline as {@code year << 9 | month << 5 | day}.
   *
   * @param date  the date
   * @return the packed date
   */
  static int pack(LocalDate date) {
    return date.getYear() << 9 | date.getMonthValue() << 5 | date.getDayOfMonth();
  }

  /**
   * Unpacks a date packed by {@link #pack}.
   *
   * @param packed  the packed date
   * @return the date
   */
  static LocalDate unpack(int packed) {
    return LocalDate.of(packed >> 9, (packed >> 5) & 15, packed & 31);
  }

  /**
   * Builds the plan in sendtime.
   *
   * @return the plan
   */
  static CampaignPlan plan() {
    SendPolicy policy = SendPolicy.builder(ZoneId.of("America/Chicago"))
        .name("campaigns")
        .zoneStrategy(ZoneStrategy.RECIPIENT_LOCAL)
        .quietHours(LocalWindow.parse("21:00-08:00"))
        .weekend(Weekend.SATURDAY_SUNDAY)
        .holidays(HolidayCalendar.usFederal())
        .build();
    CampaignType policyUpdate = CampaignType.named("policy_update")
        .withDaysBeforeEvent(CAMPAIGN_DAYS_BEFORE)
        .withTargetsAll(true)
        .withPriority(3);
    CampaignPlan.Builder b = CampaignPlan.builder(policy)
        .suppression(SuppressionPolicy.of(TABLE).withPreWindowDays(PRE_WINDOW_DAYS))
        .email(AnniversaryEmail.birthday())
        .email(AnniversaryEmail.effectiveDate())
        .email(AnniversaryEmail.annualEnrolment());
    for (LocalDate event : CAMPAIGN_EVENTS) {
      b.campaign(CampaignInstance.of("policy-update-" + event, policyUpdate, event));
    }
    return b.build();
  }
}
