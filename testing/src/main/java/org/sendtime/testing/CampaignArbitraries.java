package org.sendtime.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;
import org.sendtime.campaign.AnniversaryEmail;
import org.sendtime.campaign.CampaignContact;
import org.sendtime.campaign.CampaignInstance;
import org.sendtime.campaign.CampaignPlan;
import org.sendtime.campaign.CampaignType;
import org.sendtime.campaign.EmailKind;
import org.sendtime.campaign.FollowUps;
import org.sendtime.campaign.PostWindowEmail;
import org.sendtime.campaign.SuppressionPolicy;
import org.sendtime.policy.Contact;
import org.sendtime.policy.SendPolicy;
import org.sendtime.recurrence.LeapDayPolicy;
import org.sendtime.time.LocalWindow;
import org.sendtime.window.ExclusionRule;
import org.sendtime.window.ExclusionWindows;
import org.sendtime.window.JurisdictionHours;
import org.sendtime.window.WindowAnchor;
import org.threeten.extra.LocalDateRange;

/**
 * jqwik arbitraries for exclusion windows and campaign plans: tables of dated rules by
 * jurisdiction, suppression policies, contacts with birthdays and effective dates, whole {@link
 * CampaignPlan plans}, ranges of due dates and planning instants.
 *
 * <p>They are made for property tests of a host's own windows and plans, such as "no scheduled
 * email lies in a window of the contact's jurisdiction":
 * <pre>
 * {@literal @}Property
 * void deterministic({@literal @}ForAll("plans") CampaignPlan plan,
 *     {@literal @}ForAll("contacts") CampaignContact contact) {
 *   LocalDateRange year = LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
 *   Instant asOf = Instant.parse("2025-12-01T00:00:00Z");
 *   assertThat(plan.schedule(contact, year, asOf)).isEqualTo(plan.schedule(contact, year, asOf));
 * }
 *
 * {@literal @}Provide
 * Arbitrary&lt;CampaignPlan&gt; plans() {
 *   return CampaignArbitraries.campaignPlans();
 * }
 * </pre>
 *
 * <p>Contacts, rules and campaigns share small pools so that they meet often: the
 * jurisdictions of seed 004's table ({@code CA ID KY MD NV OK OR VA MO} anchored, {@code CT MA
 * NY WA} often year-round) with {@code TX}, {@code FL} and the unknown {@code ZZ}; the contact
 * ids {@code c0} to {@code c9}; and dates that favour February 29, December 31, January 1 and
 * month ends. Every value is drawn from the jqwik random source only, so a run is reproduced by
 * its seed.
 *
 * <p>This class is a static utility. The arbitraries it returns are immutable and may be shared.
 */
public final class CampaignArbitraries {

  /** The jurisdictions that rules, contacts and quiet hours are drawn from. */
  private static final List<String> JURISDICTIONS = List.of(
      "CA", "ID", "KY", "MD", "NV", "OK", "OR", "VA", "MO", "CT", "MA", "NY", "WA", "TX", "FL", "ZZ");
  /** The jurisdictions that are year-round in the seed's table. */
  private static final List<String> YEAR_ROUND = List.of("CT", "MA", "NY", "WA");
  /** The dates rules take effect and contacts' dates are drawn around. */
  private static final LocalDate FIRST_RULE_DATE = LocalDate.of(2023, 1, 1);
  private static final LocalDate LAST_RULE_DATE = LocalDate.of(2031, 12, 31);

  private CampaignArbitraries() {}

  /**
   * Obtains an arbitrary of jurisdiction codes: those of seed 004's table, {@code TX}, {@code FL}
   * and the unknown {@code ZZ}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<String> jurisdictions() {
    return Arbitraries.of(JURISDICTIONS);
  }

  /**
   * Obtains an arbitrary of contacts' dates from 1930 to 2029: one value in six is a February 29,
   * one in six a December 31 or a January 1, one in six a month end, the rest any date.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDate> contactDates() {
    Arbitrary<Integer> years = Arbitraries.integers().between(1930, 2029);
    return SendtimeArbitraries.weighted(
        Tuple.of(3, Arbitraries.longs()
            .between(LocalDate.of(1930, 1, 1).toEpochDay(), LocalDate.of(2029, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay)),
        Tuple.of(1, Arbitraries.integers().between(483, 507).map(k -> LocalDate.of(4 * k, 2, 29))),
        Tuple.of(1, Combinators.combine(years, Arbitraries.of(true, false))
            .as((y, last) -> last ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1))),
        Tuple.of(1, Combinators.combine(years, Arbitraries.integers().between(1, 12))
            .as((y, m) -> YearMonth.of(y, m).atEndOfMonth())));
  }

  /**
   * Obtains an arbitrary of tables of exclusion rules, valid by construction: for some of the
   * {@link #jurisdictions()} (not {@code ZZ}), either a year-round rule (mostly for {@code CT MA
   * NY WA}, one in eight elsewhere), or anchored rules on {@code birthday}, {@code effective_date} or both, each counted
   * from the anniversary or, one time in five, from its month's start, 0 to 60 days before and 0
   * to 90 after. Half the rules are dated: either in force from a date, or split into two
   * versions at a date between 2023 and 2031, the old until the day before and the new from it.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ExclusionWindows> exclusionWindowTables() {
    // one arbitrary per jurisdiction, combined without flatMap, which keeps generation fast
    List<Arbitrary<List<ExclusionRule>>> parts = new ArrayList<>();
    for (String code : JURISDICTIONS.subList(0, JURISDICTIONS.size() - 1)) {
      parts.add(rulesOf(code).injectNull(0.5).map(r -> r == null ? List.<ExclusionRule>of() : r));
    }
    return Combinators.combine(parts).as(lists -> {
      List<ExclusionRule> all = new ArrayList<>();
      lists.forEach(all::addAll);
      return ExclusionWindows.of(all);
    });
  }

  private static Arbitrary<List<ExclusionRule>> rulesOf(String code) {
    int yearRoundIn8 = YEAR_ROUND.contains(code) ? 6 : 1;
    return Combinators.combine(
            ruleDates(), versionsOf(code, "birthday"), versionsOf(code, "effective_date"),
            Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 2))
        .as((from, birthday, effective, kind, names) -> {
          if (kind < yearRoundIn8) {
            ExclusionRule r = ExclusionRule.yearRound(code);
            return List.of(from == null ? r : r.withEffectiveFrom(from));
          }
          List<ExclusionRule> all = new ArrayList<>();
          if (names != 1) {
            all.addAll(birthday);
          }
          if (names != 0) {
            all.addAll(effective);
          }
          return all;
        });
  }

  private static Arbitrary<List<ExclusionRule>> versionsOf(String code, String dateName) {
    Arbitrary<WindowAnchor> anchors = SendtimeArbitraries.weighted(
        Tuple.of(4, Arbitraries.just(WindowAnchor.of(dateName))),
        Tuple.of(1, Arbitraries.just(WindowAnchor.monthStartOf(dateName))));
    Arbitrary<Integer> before = Arbitraries.integers().between(0, 60);
    Arbitrary<Integer> after = Arbitraries.integers().between(0, 90);
    return Combinators.combine(anchors, before, after, before, after, ruleDates(), Arbitraries.of(true, false))
        .as((anchor, b1, a1, b2, a2, date, split) -> {
          ExclusionRule first = ExclusionRule.anchored(code, anchor, b1, a1);
          if (date == null) {
            return List.of(first);
          }
          if (!split) {
            return List.of(first.withEffectiveFrom(date));
          }
          return List.of(
              first.withEffectiveUntil(date.minusDays(1)),
              ExclusionRule.anchored(code, anchor, b2, a2).withEffectiveFrom(date));
        });
  }

  /** A date a rule takes effect on, or null (half the time) for a rule in force at all times. */
  private static Arbitrary<@Nullable LocalDate> ruleDates() {
    return Arbitraries.longs()
        .between(FIRST_RULE_DATE.toEpochDay(), LAST_RULE_DATE.toEpochDay())
        .map(LocalDate::ofEpochDay)
        .injectNull(0.5);
  }

  /**
   * Obtains an arbitrary of suppression policies over {@link #exclusionWindowTables()}: 0 to 90
   * pre-window days, post-window emails mostly enabled (1 to 3 days after), post-window emails
   * blocked one time in five, strict jurisdictions one time in four, and either leap-day policy.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<SuppressionPolicy> suppressionPolicies() {
    return suppressionPolicies(exclusionWindowTables());
  }

  /**
   * Obtains an arbitrary of suppression policies over a given table, as {@link
   * #suppressionPolicies()} draws them.
   *
   * @param table  the table of windows, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<SuppressionPolicy> suppressionPolicies(ExclusionWindows table) {
    return suppressionPolicies(Arbitraries.just(table));
  }

  private static Arbitrary<SuppressionPolicy> suppressionPolicies(Arbitrary<ExclusionWindows> tables) {
    Arbitrary<PostWindowEmail> postWindows = SendtimeArbitraries.weighted(
        Tuple.of(1, Arbitraries.just(PostWindowEmail.disabled())),
        Tuple.of(5, Arbitraries.integers().between(1, 3).map(d -> PostWindowEmail.defaults().withDaysAfter(d))));
    return Combinators.combine(
            tables,
            Arbitraries.integers().between(0, 90),
            postWindows,
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, 3),
            Arbitraries.of(LeapDayPolicy.class))
        .as((table, pre, post, blockPost, strict, leap) -> {
          SuppressionPolicy s = SuppressionPolicy.of(table).withPreWindowDays(pre).withPostWindow(post)
              .withStrictJurisdictions(strict == 0).withLeapDayPolicy(leap);
          if (blockPost == 0) {
            s = s.withBlocking(List.of(
                EmailKind.BIRTHDAY, EmailKind.EFFECTIVE_DATE,
                EmailKind.ANNUAL_ENROLMENT, EmailKind.CAMPAIGN,
                EmailKind.FOLLOW_UP, EmailKind.POST_WINDOW));
          }
          return s;
        });
  }

  /**
   * Obtains an arbitrary of campaign contacts: an id {@code c0} to {@code c9}; a zone of {@link
   * SendtimeArbitraries#zones()} five times in six; a jurisdiction of {@link #jurisdictions()}
   * nine times in ten; a {@code birthday} and an {@code effective_date} of {@link
   * #contactDates()}, each missing now and then; and, one time in three, engagement with the
   * birthday email of a year, which chooses a follow-up's tier.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<CampaignContact> campaignContacts() {
    return campaignContacts(jurisdictions());
  }

  /**
   * Obtains an arbitrary of campaign contacts as {@link #campaignContacts()} draws them, but in
   * one of the table's jurisdictions four times in five, so that their windows matter.
   *
   * @param table  the table of windows, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<CampaignContact> campaignContacts(ExclusionWindows table) {
    if (table.jurisdictions().isEmpty()) {
      return campaignContacts();
    }
    return campaignContacts(SendtimeArbitraries.weighted(
        Tuple.of(4, Arbitraries.of(table.jurisdictions())), Tuple.of(1, jurisdictions())));
  }

  private static Arbitrary<CampaignContact> campaignContacts(Arbitrary<String> jurisdictions) {
    Arbitrary<List<String>> signals = Arbitraries.subsetOf("answered", "has_conditions", "clicked")
        .map(s -> s.stream().sorted().toList());
    return Combinators.combine(
            Arbitraries.integers().between(0, 9),
            SendtimeArbitraries.zones().injectNull(1.0 / 6),
            jurisdictions.injectNull(0.1),
            contactDates().injectNull(0.15),
            contactDates().injectNull(0.3),
            signals.injectNull(2.0 / 3),
            Arbitraries.integers().between(2024, 2030))
        .as((n, zone, jurisdiction, birthday, effective, engaged, year) -> {
          String id = "c" + n;
          CampaignContact c = CampaignContact.of(zone == null ? Contact.of(id) : Contact.of(id, zone));
          if (jurisdiction != null) {
            c = c.withJurisdiction(jurisdiction);
          }
          if (birthday != null) {
            c = c.withDate("birthday", birthday);
            if (engaged != null) {
              c = c.withEngagement(id + "/birthday/" + birthdayDue(birthday, year), engaged);
            }
          }
          if (effective != null) {
            c = c.withDate("effective_date", effective);
          }
          return c;
        });
  }

  /** The due date of the default birthday email in a year; withYear reads February 29 as the 28th. */
  private static LocalDate birthdayDue(LocalDate birthday, int year) {
    return birthday.withYear(year).minusDays(14);
  }

  /**
   * Obtains an arbitrary of campaign plans: a policy of {@link
   * PolicyArbitraries#sendPolicies()}, a suppression policy of {@link #suppressionPolicies()},
   * some of the birthday, effective-date and annual-enrolment emails (days before varied), up
   * to three campaigns of random types over the contacts {@code c0} to {@code c9}, follow-ups
   * one time in two, and quiet hours for {@code FL} and {@code OK} one time in three.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<CampaignPlan> campaignPlans() {
    return Combinators.combine(PolicyArbitraries.sendPolicies(), suppressionPolicies(), anniversaryEmails(),
            campaigns(), Arbitraries.of(true, false), Arbitraries.integers().between(0, 2))
        .as((policy, suppression, emails, campaigns, followUps, hours) ->
            plan(policy, suppression, emails, campaigns, followUps, hours == 0));
  }

  /**
   * Obtains an arbitrary of campaign plans over a given suppression policy, otherwise as {@link
   * #campaignPlans()} draws them.
   *
   * @param suppression  the suppression policy, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<CampaignPlan> campaignPlans(SuppressionPolicy suppression) {
    return Combinators.combine(PolicyArbitraries.sendPolicies(), anniversaryEmails(), campaigns(),
            Arbitraries.of(true, false), Arbitraries.integers().between(0, 2))
        .as((policy, emails, campaigns, followUps, hours) ->
            plan(policy, suppression, emails, campaigns, followUps, hours == 0));
  }

  private static CampaignPlan plan(SendPolicy policy, SuppressionPolicy suppression, List<AnniversaryEmail> emails,
      List<CampaignInstance> campaigns, boolean followUps, boolean hours) {
    CampaignPlan.Builder b = CampaignPlan.builder(policy).suppression(suppression)
        .followUps(followUps ? FollowUps.defaults() : FollowUps.disabled());
    emails.forEach(b::email);
    campaigns.forEach(b::campaign);
    if (hours) {
      b.jurisdictionHours(JurisdictionHours.none()
          .with("FL", LocalWindow.parse("20:00-08:00"))
          .with("OK", LocalWindow.parse("20:00-08:00")));
    }
    return b.build();
  }

  private static Arbitrary<List<AnniversaryEmail>> anniversaryEmails() {
    Arbitrary<Integer> days = Arbitraries.integers().between(0, 45);
    Arbitrary<LocalTime> times = Arbitraries.integers().between(0, 23 * 4 + 3).map(q -> LocalTime.of(q / 4, q % 4 * 15));
    return Combinators.combine(days.injectNull(0.1), days.injectNull(0.3), Arbitraries.of(true, true, false), times,
            Arbitraries.of(LeapDayPolicy.class))
        .as((birthday, effective, aep, time, leap) -> {
          List<AnniversaryEmail> list = new ArrayList<>();
          if (birthday != null) {
            list.add(AnniversaryEmail.birthday().withDaysBefore(birthday).withSendTime(time).withLeapDayPolicy(leap));
          }
          if (effective != null) {
            list.add(AnniversaryEmail.effectiveDate().withDaysBefore(effective));
          }
          if (aep) {
            list.add(AnniversaryEmail.annualEnrolment());
          }
          return list;
        });
  }

  private static Arbitrary<List<CampaignInstance>> campaigns() {
    Arbitrary<CampaignType> types = Combinators.combine(
            Arbitraries.of("rate_increase", "seasonal_promo", "initial_blast", "regulatory_notice"),
            Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.integers().between(-10, 30),
            Arbitraries.of(true, false), Arbitraries.integers().between(1, 10))
        .as((name, respects, followUps, days, all, priority) -> CampaignType.named(name).withRespectsWindows(respects)
            .withFollowUps(followUps).withDaysBeforeEvent(days).withTargetsAll(all).withPriority(priority));
    Arbitrary<CampaignInstance> instance = Combinators.combine(
            types,
            Arbitraries.longs().between(LocalDate.of(2024, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay),
            Arbitraries.subsetOf("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9"),
            Arbitraries.integers().between(0, 60).injectNull(0.5))
        .as((type, event, audience, activeDays) -> {
          CampaignInstance c = CampaignInstance.of(type.name() + "-" + event, type, event).withAudience(audience);
          return activeDays == null ? c : c.withActiveUntil(event.minusDays(activeDays));
        });
    // one type of a name per plan: campaigns of the same type name share the first one's type
    return instance.list().ofMaxSize(3).uniqueElements(CampaignInstance::name).map(list -> {
      List<CampaignInstance> out = new ArrayList<>();
      List<CampaignType> seen = new ArrayList<>();
      for (CampaignInstance c : list) {
        CampaignType t = seen.stream().filter(s -> s.name().equals(c.type().name())).findFirst().orElse(c.type());
        if (!seen.contains(t)) {
          seen.add(t);
        }
        CampaignInstance same = CampaignInstance.of(c.name(), t, c.eventDate()).withAudience(c.audience());
        out.add(c.activeUntil().map(same::withActiveUntil).orElse(same));
      }
      return out;
    });
  }

  /**
   * Obtains an arbitrary of ranges of due dates: a start from 2024 to 2029, 1 to 400 days long,
   * mostly more than half a year.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDateRange> planRanges() {
    return Combinators.combine(
            Arbitraries.longs().between(LocalDate.of(2024, 1, 1).toEpochDay(), LocalDate.of(2029, 12, 31).toEpochDay()),
            SendtimeArbitraries.weighted(Tuple.of(1, Arbitraries.integers().between(1, 31)),
                Tuple.of(4, Arbitraries.integers().between(180, 400))))
        .as((start, days) -> LocalDateRange.of(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(start + days)));
  }

  /**
   * Obtains an arbitrary of planning instants from 2023 to 2030, so that some emails are due
   * before the plan is made.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Instant> planInstants() {
    return Arbitraries.longs()
        .between(Instant.parse("2023-01-01T00:00:00Z").getEpochSecond(), Instant.parse("2030-12-31T00:00:00Z").getEpochSecond())
        .map(Instant::ofEpochSecond);
  }
}
