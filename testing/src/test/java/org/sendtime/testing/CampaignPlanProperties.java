package org.sendtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.sendtime.campaign.AnniversaryEmail;
import org.sendtime.campaign.CampaignContact;
import org.sendtime.campaign.CampaignInstance;
import org.sendtime.campaign.CampaignPlan;
import org.sendtime.campaign.ContactSchedule;
import org.sendtime.campaign.EmailKind;
import org.sendtime.campaign.PlannedEmail;
import org.sendtime.campaign.SuppressionPolicy;
import org.sendtime.policy.Decision;
import org.sendtime.recurrence.LeapDayPolicy;
import org.sendtime.window.ExclusionRule;
import org.sendtime.window.ExclusionWindows;
import org.sendtime.window.WindowAnchor;
import org.threeten.extra.LocalDateRange;

/**
 * The laws of campaign planning under exclusion windows, checked against an independent
 * reading of the window rules.
 */
class CampaignPlanProperties {

  /** One contact to plan: a plan, the contact, the range of due dates and the planning instant. */
  record Case(CampaignPlan plan, CampaignContact contact, LocalDateRange range, Instant asOf) {
    ContactSchedule schedule() {
      return plan.schedule(contact, range, asOf);
    }

    @Override
    public String toString() {
      return plan + "\n  table " + plan.suppression().windows() + "\n  contact " + contact + "\n  range " + range
          + "\n  as of " + asOf + "\n" + schedule();
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return CampaignArbitraries.campaignPlans().flatMap(plan -> Combinators.combine(
            CampaignArbitraries.campaignContacts(plan.suppression().windows()),
            CampaignArbitraries.planRanges(), CampaignArbitraries.planInstants())
        .as((contact, range, asOf) -> new Case(plan, contact, range, asOf)));
  }

  // ------------------------------------------------------------------------------------------
  // An independent reading of the windows

  /** Whether a date is blocked for a contact: some rule in force that day has a window holding it. */
  static boolean blocked(SuppressionPolicy s, CampaignContact c, LocalDate date) {
    Optional<String> j = c.jurisdiction();
    if (j.isEmpty()) {
      return false;
    }
    for (ExclusionRule r : s.windows().rules()) {
      if (!r.jurisdiction().equals(j.get()) || !inForce(r, date)) {
        continue;
      }
      if (r.anchor().isEmpty()) {
        return true;
      }
      WindowAnchor anchor = r.anchor().get();
      Optional<LocalDate> original = c.date(anchor.dateName());
      if (original.isEmpty()) {
        continue;
      }
      for (int y = date.getYear() - 2; y <= date.getYear() + 2; y++) {
        LocalDate a = anchorIn(anchor, original.get(), y, s.leapDayPolicy());
        LocalDate from = a.minusDays(r.daysBefore()).minusDays(s.preWindowDays());
        LocalDate to = a.plusDays(r.daysAfter());
        if (!date.isBefore(from) && !date.isAfter(to)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean inForce(ExclusionRule r, LocalDate date) {
    return r.effectiveFrom().map(f -> !date.isBefore(f)).orElse(true)
        && r.effectiveUntil().map(u -> !date.isAfter(u)).orElse(true);
  }

  private static LocalDate anchorIn(WindowAnchor anchor, LocalDate original, int year, LeapDayPolicy leap) {
    if (anchor.isMonthStart()) {
      return LocalDate.of(year, original.getMonth(), 1);
    }
    MonthDay md = MonthDay.from(original);
    if (md.equals(MonthDay.of(2, 29)) && !Year.isLeap(year)) {
      return leap == LeapDayPolicy.FEB_28 ? LocalDate.of(year, 2, 28) : LocalDate.of(year, 3, 1);
    }
    return md.atYear(year);
  }

  /** Whether the windows judge an email at all: a blocked kind, of a campaign type that respects them. */
  static boolean covered(CampaignPlan plan, PlannedEmail e) {
    if (!plan.suppression().blocks(e.kind())) {
      return false;
    }
    return e.campaign().map(name -> plan.campaigns().stream()
        .filter(c -> c.name().equals(name)).findFirst().orElseThrow().type().respectsWindows()).orElse(true);
  }

  // ------------------------------------------------------------------------------------------
  // 1. Never inside a window

  /**
   * No scheduled email the windows cover lies, by its local date in the contact's zone, in a
   * window of the contact's jurisdiction in force that day; under strict jurisdictions, none
   * goes to a contact in an unknown jurisdiction.
   */
  @Property(tries = 500)
  @StatisticsReport(StatisticsReportMode.OFF)
  void scheduledNeverInWindow(@ForAll("cases") Case c) {
    SuppressionPolicy s = c.plan().suppression();
    boolean refused = s.isStrictJurisdictions()
        && c.contact().jurisdiction().map(j -> !s.isKnown(j)).orElse(true);
    ContactSchedule schedule = c.schedule();
    // the law must not hold vacuously: enough cases schedule covered emails and meet windows
    Statistics.label("covered email scheduled")
        .collect(schedule.emails().stream().anyMatch(e -> e.isScheduled() && covered(c.plan(), e)));
    Statistics.label("suppressed by a window")
        .collect(schedule.emails().stream().anyMatch(e -> !e.isScheduled() && e.window().isPresent()));
    Statistics.label("covered email scheduled").coverage(k -> k.check(true).percentage(p -> p > 15));
    Statistics.label("suppressed by a window").coverage(k -> k.check(true).percentage(p -> p > 12));
    for (PlannedEmail e : schedule.emails()) {
      if (!e.isScheduled() || !covered(c.plan(), e)) {
        continue;
      }
      LocalDate local = e.scheduledAt().orElseThrow().toLocalDate();
      assertThat(blocked(s, c.contact(), local)).as("%s", e).isFalse();
      assertThat(refused).as("%s", e).isFalse();
      ZoneId zone = c.contact().contact().zone().orElse(e.scheduledAt().orElseThrow().getZone());
      assertThat(e.scheduledAt().orElseThrow().getZone()).isEqualTo(zone);
    }
  }

  // ------------------------------------------------------------------------------------------
  // 2. Post-window emails

  /**
   * A post-window email exists exactly for the windows of anchored rules that suppressed some
   * other email (not a post-window email or its follow-up), when post-window emails are on, on
   * the window's last day plus the configured days.
   */
  @Property(tries = 500)
  @StatisticsReport(StatisticsReportMode.OFF)
  void postWindowIffSuppressed(@ForAll("cases") Case c) {
    ContactSchedule schedule = c.schedule();
    Map<String, PlannedEmail> byId = new HashMap<>();
    schedule.emails().forEach(e -> byId.put(e.id(), e));
    Set<LocalDate> expected = new TreeSet<>();
    Set<LocalDate> actual = new TreeSet<>();
    for (PlannedEmail e : schedule.emails()) {
      if (e.kind().equals(EmailKind.POST_WINDOW)) {
        actual.add(e.dueDate());
        assertThat(e.window()).hasValueSatisfying(w -> assertThat(w.rule().isYearRound()).isFalse());
        assertThat(e.parentId().map(byId::get)).as("%s", e).isPresent();
        continue;
      }
      boolean ofPostWindow = e.kind().equals(EmailKind.FOLLOW_UP)
          && byId.get(e.parentId().orElseThrow()).kind().equals(EmailKind.POST_WINDOW);
      if (!e.isScheduled() && e.window().isPresent() && !ofPostWindow && !e.window().get().rule().isYearRound()) {
        expected.add(e.window().get().end().plusDays(c.plan().suppression().postWindow().daysAfter()));
      }
    }
    if (!c.plan().suppression().postWindow().isEnabled()) {
      expected.clear();
    }
    Statistics.label("post-window emails").collect(!actual.isEmpty());
    Statistics.label("post-window emails").coverage(k -> k.check(true).percentage(p -> p > 4));
    assertThat(actual).isEqualTo(expected);
  }

  // ------------------------------------------------------------------------------------------
  // 3. Nothing lost, nothing doubled

  /**
   * Every (contact, anniversary email, year) due in the range, and every campaign due in it,
   * ends as exactly one planned email, scheduled or suppressed with a rule and a reason; ids are
   * unique.
   */
  @Property(tries = 500)
  void exactlyOneOutcome(@ForAll("cases") Case c) {
    ContactSchedule schedule = c.schedule();
    LocalDate first = c.range().getStart();
    LocalDate last = c.range().getEndInclusive();
    for (AnniversaryEmail a : c.plan().emails()) {
      List<LocalDate> due = new ArrayList<>();
      Optional<LocalDate> original = a.anchorDateName().flatMap(n -> c.contact().date(n));
      if (a.anchorDateName().isPresent() && original.isEmpty()) {
        due.add(first);
      } else {
        MonthDay md = a.fixedDate().orElseGet(() -> MonthDay.from(original.orElseThrow()));
        for (int y = first.getYear() - 1; y <= last.getYear() + 2; y++) {
          if (original.isPresent() && y <= original.get().getYear()) {
            continue;
          }
          LocalDate d = anchorIn(WindowAnchor.of("date"), md.atYear(2000), y, a.leapDayPolicy()).minusDays(a.daysBefore());
          if (!d.isBefore(first) && !d.isAfter(last)) {
            due.add(d);
          }
        }
      }
      List<LocalDate> planned = schedule.emails().stream()
          .filter(e -> e.kind().equals(a.kind())).map(PlannedEmail::dueDate).toList();
      assertThat(planned).isEqualTo(due);
    }
    for (CampaignInstance ci : c.plan().campaigns()) {
      LocalDate d = ci.sendDate();
      boolean isDue = ci.targets(c.contact().id()) && !d.isBefore(first) && !d.isAfter(last) && ci.isActiveOn(d);
      long n = schedule.emails().stream()
          .filter(e -> e.kind().equals(EmailKind.CAMPAIGN) && e.campaign().equals(Optional.of(ci.name()))).count();
      assertThat(n).isEqualTo(isDue ? 1 : 0);
    }
    Set<String> ids = new HashSet<>();
    for (PlannedEmail e : schedule.emails()) {
      assertThat(ids.add(e.id())).as("unique id %s", e.id()).isTrue();
      assertThat(e.isScheduled()).isEqualTo(e.suppressedBy().isEmpty());
      assertThat(e.isScheduled()).isEqualTo(e.reason().isEmpty());
      assertThat(e.isScheduled()).isEqualTo(e.scheduledAt().isPresent());
    }
  }

  // ------------------------------------------------------------------------------------------
  // 4. A rule's effective date changes only what is sent on or after it

  /** A contact, a plan built over a one-rule table, the rule's two effective-from dates. */
  record EffectiveCase(Case base, ExclusionRule rule, LocalDate from1, LocalDate from2, SuppressionPolicy template) {
    ContactSchedule scheduleFrom(LocalDate from) {
      SuppressionPolicy s = SuppressionPolicy.of(ExclusionWindows.of(List.of(rule.withEffectiveFrom(from))))
          .withPreWindowDays(template.preWindowDays())
          .withPostWindow(template.postWindow())
          .withLeapDayPolicy(template.leapDayPolicy());
      CampaignPlan.Builder b = CampaignPlan.builder(base.plan().policy()).suppression(s)
          .followUps(base.plan().followUps()).jurisdictionHours(base.plan().jurisdictionHours());
      base.plan().emails().forEach(b::email);
      base.plan().campaigns().forEach(b::campaign);
      return b.build().schedule(base.contact(), base.range(), base.asOf());
    }

    @Override
    public String toString() {
      return base + "\n  rule " + rule + " from " + from1 + " or " + from2;
    }
  }

  @Provide
  Arbitrary<EffectiveCase> effectiveCases() {
    Arbitrary<LocalDate> dates = Arbitraries.longs()
        .between(LocalDate.of(2024, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
    Arbitrary<ExclusionRule> rules = Combinators.combine(
            Arbitraries.of("birthday", "effective_date", "year_round"), Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 90))
        .as((name, monthStart, before, after) -> name.equals("year_round")
            ? ExclusionRule.yearRound("CA")
            : ExclusionRule.anchored("CA", monthStart ? WindowAnchor.monthStartOf(name) : WindowAnchor.of(name),
                before, after));
    Arbitrary<CampaignContact> californians =
        CampaignArbitraries.campaignContacts().map(c -> c.withJurisdiction("CA"));
    Arbitrary<Case> cases = Combinators.combine(CampaignArbitraries.campaignPlans(), californians,
        CampaignArbitraries.planRanges(), CampaignArbitraries.planInstants()).as(Case::new);
    return Combinators.combine(cases, rules, dates, dates, CampaignArbitraries.suppressionPolicies())
        .as(EffectiveCase::new);
  }

  /**
   * Moving a rule's effective-from date changes no email whose due date and send date are both
   * before the earlier of the two dates.
   */
  @Property(tries = 500)
  @StatisticsReport(StatisticsReportMode.OFF)
  void effectiveFromChangesOnlyLaterSends(@ForAll("effectiveCases") EffectiveCase c) {
    LocalDate cut = c.from1().isBefore(c.from2()) ? c.from1() : c.from2();
    ContactSchedule one = c.scheduleFrom(c.from1());
    ContactSchedule two = c.scheduleFrom(c.from2());
    assertThat(before(one, cut)).isEqualTo(before(two, cut));
    Statistics.label("the schedules differ").collect(!one.emails().equals(two.emails()));
    Statistics.label("the schedules differ").coverage(k -> k.check(true).percentage(p -> p > 10));
  }

  private static List<PlannedEmail> before(ContactSchedule s, LocalDate cut) {
    return s.emails().stream().filter(e -> e.dueDate().isBefore(cut) && sendDate(e).isBefore(cut)).toList();
  }

  /** The local date the policy chose, for an email that reached it and was scheduled by it. */
  private static LocalDate sendDate(PlannedEmail e) {
    if (e.scheduledAt().isPresent()) {
      return e.scheduledAt().get().toLocalDate();
    }
    return e.decision().filter(Decision::isScheduled)
        .map(d -> ((Decision.Scheduled) d).at().atZone(d.zone().orElse(java.time.ZoneOffset.UTC)).toLocalDate())
        .map(d -> d.isBefore(e.dueDate()) ? e.dueDate() : d)
        .orElse(e.dueDate());
  }

  // ------------------------------------------------------------------------------------------
  // 5. Determinism

  /** The same input gives an equal schedule, with the same text. */
  @Property(tries = 500)
  void deterministic(@ForAll("cases") Case c) {
    ContactSchedule a = c.schedule();
    ContactSchedule b = c.plan().schedule(c.contact(), c.range(), c.asOf());
    assertThat(b).isEqualTo(a);
    assertThat(b.toString()).isEqualTo(a.toString());
    assertThat(b.hashCode()).isEqualTo(a.hashCode());
  }
}
