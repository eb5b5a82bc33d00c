package org.sendtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sendtime.calendar.Blackout;
import org.sendtime.calendar.BlackoutAction;
import org.sendtime.policy.Constraint;
import org.sendtime.policy.Contact;
import org.sendtime.policy.CoordinatedSend;
import org.sendtime.policy.Decision;
import org.sendtime.policy.DeliverBy;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;
import org.sendtime.policy.TraceStep;
import org.sendtime.policy.Verdict;
import org.sendtime.policy.ZoneBatch;

/**
 * The invariants of the policy engine that the design promises, checked against {@link
 * PolicyOracle}, an independent reading of each policy with java.time.
 */
class SendPolicyProperties {

  /** One decision to make: a policy, a contact, what the schedule wants and when it launches. */
  record Case(SendPolicy policy, Contact contact, Schedule schedule, Instant launch) {
    PolicyOracle oracle() {
      return new PolicyOracle(policy);
    }

    @Override
    public String toString() {
      return describe(policy, launch) + "\n  contact " + contact + "\n  schedule " + schedule + "\n  launch " + launch;
    }
  }

  /** An audience to decide for at once. */
  record AudienceCase(SendPolicy policy, List<Contact> audience, Schedule schedule, Instant launch) {
    @Override
    public String toString() {
      return describe(policy, launch)
          + "\n  audience " + audience + "\n  schedule " + schedule + "\n  launch " + launch;
    }
  }

  /** A policy with what its toString leaves out: blackout dates, holidays near launch, settings. */
  static String describe(SendPolicy p, Instant launch) {
    StringBuilder sb = new StringBuilder(p.toString());
    sb.append("\n  blackouts ").append(p.blackouts()).append(" read in ").append(p.blackoutDatesIn());
    int year = launch.atZone(p.zone()).getYear();
    p.holidays().ifPresent(h -> sb.append("\n  holidays ").append(h.holidays(year)).append(h.holidays(year + 1)));
    sb.append("\n  deliver by ").append(p.deliverBy()).append(", late sends ").append(p.lateSends())
        .append(", dst ").append(p.dstPolicy()).append(", horizon ").append(p.horizon());
    return sb.toString();
  }

  // ------------------------------------------------------------------------------------------
  // Invariant 1: never inside a forbidden period

  /**
   * A scheduled instant, on the wall clock of the zone the contact was judged in, is outside
   * quiet hours, inside business hours, on no weekend day, holiday or date of a blackout that
   * applies.
   */
  @Property(tries = 1000)
  void scheduled_neverInsideAForbiddenPeriod(@ForAll("cases") Case c) {
    Decision d = c.policy().decide(c.contact(), c.schedule(), c.launch());
    if (!(d instanceof Decision.Scheduled)) {
      return;
    }
    Decision.Scheduled s = (Decision.Scheduled) d;
    PolicyOracle oracle = c.oracle();
    ZoneId judged = oracle.judgedZone(c.contact());
    assertThat(d.zone()).as("%s", d).contains(judged);
    assertThat(oracle.forbiddenBy(c.contact(), judged, s.at())).as("rules forbidding %s", d).isEmpty();
    assertThat(oracle.skippedBy(c.contact(), judged, s.at())).as("blackout skipping %s", d).isEmpty();
  }

  // ------------------------------------------------------------------------------------------
  // Invariant 2: monotone

  /**
   * A decision's candidate is the one the schedule documents, and a scheduled instant is never
   * before its candidate or the launch.
   */
  @Property(tries = 1000)
  void scheduled_notBeforeCandidateOrLaunch(@ForAll("cases") Case c) {
    Decision d = c.policy().decide(c.contact(), c.schedule(), c.launch());
    PolicyOracle.Expected e = c.oracle().expect(c.contact(), c.schedule(), c.launch());
    assertThat(d.candidate()).as("candidate of %s", d).isEqualTo(e.candidate());
    if (d instanceof Decision.Scheduled) {
      Instant at = ((Decision.Scheduled) d).at();
      assertThat(at).as("%s", d).isAfterOrEqualTo(d.candidate()).isAfterOrEqualTo(c.launch());
    }
  }

  // ------------------------------------------------------------------------------------------
  // Invariant 3: idempotent

  /** Deciding again at a scheduled instant returns that instant, with no deadline to expire. */
  @Property(tries = 1000)
  void decideAtScheduled_returnsItUnchanged(@ForAll("cases") Case c) {
    SendPolicy policy = copy(c.policy(), false);
    Decision d = policy.decide(c.contact(), c.schedule(), c.launch());
    if (!(d instanceof Decision.Scheduled)) {
      return;
    }
    Instant at = ((Decision.Scheduled) d).at();
    Decision again = policy.decide(c.contact(), at);
    assertThat(again).as("%s, decided again at %s", d, at).isInstanceOf(Decision.Scheduled.class);
    assertThat(((Decision.Scheduled) again).at()).as("%s, decided again: %s", d, again).isEqualTo(at);
    assertThat(again.candidate()).isEqualTo(at);
    assertThat(again.zone()).isEqualTo(d.zone());
  }

  // ------------------------------------------------------------------------------------------
  // Earliest: the oracle's search, and samples before the result

  /**
   * The decision is the one the documentation gives: scheduled at the earliest instant at or
   * after the start (the candidate, or where a late send goes) that every moving rule allows,
   * unless a deadline, the horizon or a skipping blackout suppresses it.
   */
  @Property(tries = 1000)
  void decide_isTheEarliestAllowedInstant(@ForAll("cases") Case c) {
    Decision d = c.policy().explain(c.contact(), c.schedule(), c.launch());
    PolicyOracle oracle = c.oracle();
    PolicyOracle.Expected e = oracle.expect(c.contact(), c.schedule(), c.launch());
    if (e.scheduled()) {
      assertThat(d).as("expected %s", e).isInstanceOf(Decision.Scheduled.class);
      assertThat(((Decision.Scheduled) d).at())
          .as("%s%nexpected at %s", d, PolicyOracle.describe(e.at(), e.zone()))
          .isEqualTo(e.at());
    } else {
      assertThat(d).as("expected %s", e).isInstanceOf(Decision.Suppressed.class);
      assertThat(e.rules()).as("%s%nexpected %s", d, e).contains(((Decision.Suppressed) d).rule());
    }
    if (d instanceof Decision.Scheduled && e.start() != null) {
      assertNothingAllowedBefore(c, oracle, e.start(), ((Decision.Scheduled) d).at(), d);
    }
  }

  /** No instant from the start to the result, sampled near the result and at random, is allowed. */
  private static void assertNothingAllowedBefore(Case c, PolicyOracle oracle, Instant start, Instant at, Decision d) {
    if (!at.isAfter(start)) {
      return;
    }
    ZoneId judged = oracle.judgedZone(c.contact());
    Set<Instant> samples = new TreeSet<>();
    samples.add(start);
    samples.add(at.minusSeconds(1));
    Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
    for (int k = 0; k < 5; k++) {
      samples.add(minute.minus(k, ChronoUnit.MINUTES));
      samples.add(at.minus(k, ChronoUnit.HOURS));
    }
    Random random = new Random(at.getEpochSecond() ^ start.getEpochSecond());
    long span = at.getEpochSecond() - start.getEpochSecond();
    for (int k = 0; k < 10; k++) {
      samples.add(start.plusSeconds((long) (random.nextDouble() * span)));
    }
    for (Instant u : samples) {
      if (!u.isBefore(start) && u.isBefore(at)) {
        assertThat(oracle.forbiddenBy(c.contact(), judged, u))
            .as("%s%nallowed earlier at %s", d, PolicyOracle.describe(u, judged))
            .isNotEmpty();
      }
    }
  }

  // ------------------------------------------------------------------------------------------
  // Order independence

  /**
   * Adding blackouts and constraints in another order gives an equal decision, trace included.
   */
  @Property(tries = 1000)
  void explain_independentOfTheOrderRulesWereAdded(
      @ForAll("cases") Case c, @ForAll("constraintLists") List<Constraint> constraints, @ForAll long seed) {
    SendPolicy.Builder first = c.policy().toBuilder();
    constraints.forEach(first::constraint);
    SendPolicy policy = first.build();
    Decision expected = policy.explain(c.contact(), c.schedule(), c.launch());

    Random random = new Random(seed);
    List<Blackout> blackouts = new ArrayList<>(policy.blackouts());
    List<Constraint> shuffled = new ArrayList<>(constraints);
    Collections.shuffle(blackouts, random);
    Collections.shuffle(shuffled, random);
    SendPolicy.Builder b = settingsOf(policy, false);
    // Interleave blackouts and constraints as well as permuting each.
    int i = 0;
    int j = 0;
    while (i < blackouts.size() || j < shuffled.size()) {
      if (j >= shuffled.size() || (i < blackouts.size() && random.nextBoolean())) {
        b.blackout(blackouts.get(i++));
      } else {
        b.constraint(shuffled.get(j++));
      }
    }
    policy.deliverBy().forEach(b::deliverBy);
    Decision reordered = b.build().explain(c.contact(), c.schedule(), c.launch());
    assertThat(reordered).as("rules added as %s and %s", blackouts, shuffled).isEqualTo(expected);
  }

  // ------------------------------------------------------------------------------------------
  // Invariant 5: nothing is lost

  /**
   * Every decision is exactly one of scheduled and suppressed, a suppressed one with a rule the
   * documentation names and a reason; explaining gives the same outcome as deciding.
   */
  @Property(tries = 1000)
  void decide_isScheduledOrSuppressedWithAReason(@ForAll("cases") Case c) {
    Decision d = c.policy().decide(c.contact(), c.schedule(), c.launch());
    Decision explained = c.policy().explain(c.contact(), c.schedule(), c.launch());
    assertThat(d instanceof Decision.Scheduled).isNotEqualTo(d instanceof Decision.Suppressed);
    assertThat(d.isScheduled()).isEqualTo(d instanceof Decision.Scheduled);
    assertThat(d.trace()).isEmpty();
    assertThat(d.contactId()).isEqualTo(c.contact().id());
    assertThat(outcome(explained)).as("explained %s", explained).isEqualTo(outcome(d));
    assertThat(explained.candidate()).isEqualTo(d.candidate());
    assertThat(explained.zone()).isEqualTo(d.zone());
    if (d instanceof Decision.Suppressed) {
      Decision.Suppressed s = (Decision.Suppressed) d;
      assertThat(s.rule()).isNotBlank();
      assertThat(s.reason()).isNotBlank();
      Set<String> rules = new TreeSet<>(Set.of("zone", "dst", "recurrence", "late", "deliver-by", "horizon"));
      c.policy().blackouts().stream()
          .filter(b -> b.action() == BlackoutAction.SKIP)
          .forEach(b -> rules.add("blackout " + b.name()));
      assertThat(rules).as("%s", d).contains(s.rule());
    }
  }

  private static String outcome(Decision d) {
    return d instanceof Decision.Scheduled
        ? "scheduled " + ((Decision.Scheduled) d).at()
        : "suppressed by " + ((Decision.Suppressed) d).rule() + ": " + ((Decision.Suppressed) d).reason();
  }

  // ------------------------------------------------------------------------------------------
  // Invariant 4: determinism

  /** Deciding twice, and with fresh copies of the policy, gives equal decisions. */
  @Property(tries = 1000)
  void decide_isDeterministic(@ForAll("cases") Case c) {
    SendPolicy policy = c.policy();
    Decision d = policy.explain(c.contact(), c.schedule(), c.launch());
    SendPolicy viaBuilder = policy.toBuilder().build();
    SendPolicy fromGetters = copy(policy, true);
    assertThat(viaBuilder).isEqualTo(policy);
    assertThat(fromGetters).isEqualTo(policy);
    assertThat(policy.explain(c.contact(), c.schedule(), c.launch())).isEqualTo(d);
    assertThat(viaBuilder.explain(c.contact(), c.schedule(), c.launch())).isEqualTo(d);
    assertThat(fromGetters.explain(c.contact(), c.schedule(), c.launch())).isEqualTo(d);
    Decision decided = fromGetters.decide(c.contact(), c.schedule(), c.launch());
    assertThat(policy.decide(c.contact(), c.schedule(), c.launch())).isEqualTo(decided);
    assertThat(d.toString()).isEqualTo(fromGetters.explain(c.contact(), c.schedule(), c.launch()).toString());
  }

  // ------------------------------------------------------------------------------------------
  // The trace

  /**
   * A scheduled decision's trace is a chain of forward moves from the candidate, through an
   * optional late step, to the result; a suppressed one's ends with the rule that suppressed it.
   */
  @Property(tries = 1000)
  void explain_traceChainsFromCandidateToResult(@ForAll("cases") Case c) {
    Decision d = c.policy().explain(c.contact(), c.schedule(), c.launch());
    List<TraceStep> trace = d.trace();
    if (d instanceof Decision.Suppressed) {
      assertThat(trace).as("%s", d).isNotEmpty();
      TraceStep last = trace.get(trace.size() - 1);
      assertThat(last.rule()).isEqualTo(((Decision.Suppressed) d).rule());
      assertThat(last.to()).isEmpty();
      assertThat(last.why()).isEqualTo(((Decision.Suppressed) d).reason());
      return;
    }
    Instant at = ((Decision.Scheduled) d).at();
    PolicyOracle.Expected e = c.oracle().expect(c.contact(), c.schedule(), c.launch());
    Instant position = d.candidate();
    for (int i = 0; i < trace.size(); i++) {
      TraceStep step = trace.get(i);
      assertThat(step.to()).as("step %s of%n%s", i, d).isPresent();
      assertThat(step.rule()).isNotBlank();
      assertThat(step.why()).isNotBlank();
      if (step.rule().equals("late")) {
        assertThat(i).as("late step of%n%s", d).isZero();
        assertThat(step.to()).as("late step of%n%s", d).contains(e.start());
      }
      assertThat(step.to().get()).as("step %s of%n%s", i, d).isAfter(step.from());
      assertThat(step.from()).as("step %s of%n%s", i, d).isEqualTo(position);
      position = step.to().get();
    }
    assertThat(position).as("%s", d).isEqualTo(at);
  }

  // ------------------------------------------------------------------------------------------
  // Invariant 6: audiences

  /**
   * Batches hold every contact of the audience exactly once, each in the batch of its own
   * decision, in the documented order.
   */
  @Property(tries = 1000)
  void batches_partitionTheAudience(@ForAll("audienceCases") AudienceCase a) {
    List<ZoneBatch> batches = a.policy().batches(a.audience(), a.schedule(), a.launch());
    List<String> ids = new ArrayList<>();
    List<String> expectedIds = new ArrayList<>();
    a.audience().forEach(c -> expectedIds.add(c.id()));
    for (ZoneBatch batch : batches) {
      assertThat(batch.contactIds()).isNotEmpty();
      assertThat(batch.at().isPresent()).isNotEqualTo(batch.suppressedBy().isPresent());
      for (String id : batch.contactIds()) {
        ids.add(id);
        Contact contact = a.audience().get(expectedIds.indexOf(id));
        Decision d = a.policy().decide(contact, a.schedule(), a.launch());
        assertThat(d.zone()).as("batch %s, decision %s", batch, d).isEqualTo(batch.zone());
        if (d instanceof Decision.Scheduled) {
          assertThat(batch.at()).as("decision %s", d).contains(((Decision.Scheduled) d).at());
        } else {
          Decision.Suppressed s = (Decision.Suppressed) d;
          assertThat(batch.suppressedBy()).as("decision %s", d).contains(s.rule() + ": " + s.reason());
        }
      }
      List<String> inAudienceOrder = new ArrayList<>(batch.contactIds());
      inAudienceOrder.sort((x, y) -> Integer.compare(expectedIds.indexOf(x), expectedIds.indexOf(y)));
      assertThat(batch.contactIds()).isEqualTo(inAudienceOrder);
    }
    // Scheduled batches by instant and zone, then suppressed ones by zone and reason; one per key.
    Comparator<ZoneBatch> order = Comparator.<ZoneBatch, Boolean>comparing(b -> b.at().isEmpty())
        .thenComparing(b -> b.at().orElse(Instant.EPOCH))
        .thenComparing(b -> b.zone().map(ZoneId::getId).orElse(""))
        .thenComparing(b -> b.suppressedBy().orElse(""));
    for (int i = 1; i < batches.size(); i++) {
      assertThat(order.compare(batches.get(i - 1), batches.get(i))).as("batches %s", batches).isNegative();
    }
    assertThat(ids).as("contact ids across %s", batches).containsExactlyInAnyOrderElementsOf(expectedIds);
  }

  /**
   * A coordinated send counts in window exactly the contacts the oracle allows at its instant,
   * at or after the start of the span and within it, and no sampled instant of the span has
   * more of them in window (nor, before it, as many).
   */
  @Property(tries = 1000)
  void coordinate_countsTheContactsAllowedAtItsInstant(@ForAll("audienceCases") AudienceCase a) {
    SendPolicy policy = copy(a.policy(), false);
    PolicyOracle oracle = new PolicyOracle(policy);
    CoordinatedSend send = policy.coordinate(a.audience(), a.schedule(), a.launch());
    assertThat(send.audience()).isEqualTo(a.audience().size());
    assertThat(send.share()).isBetween(0.0, 1.0);
    assertThat(send.inWindow()).isBetween(0, send.audience());
    Instant from = oracle.coordinationStart(a.schedule(), a.launch());
    Instant end = from.plus(policy.coordinationSpan());
    assertThat(send.at()).as("%s", send).isAfterOrEqualTo(from).isBefore(end.plusSeconds(1));
    assertThat(send.inWindow()).as("%s", send).isEqualTo(inWindow(oracle, a.audience(), send.at()));
    if (send.inWindow() == 0) {
      assertThat(send.at()).isEqualTo(from);
      return;
    }
    Random random = new Random(send.at().getEpochSecond());
    long span = end.getEpochSecond() - from.getEpochSecond();
    for (int k = 0; k < 8; k++) {
      // Whole minutes: the engine looks for the ends of allowed stretches to the minute.
      Instant u = from.plusSeconds((long) (random.nextDouble() * span) / 60 * 60);
      int count = inWindow(oracle, a.audience(), u);
      if (u.isBefore(send.at())) {
        assertThat(count).as("in window at %s, before %s", u, send).isLessThan(send.inWindow());
      } else {
        assertThat(count).as("in window at %s, after %s", u, send).isLessThanOrEqualTo(send.inWindow());
      }
    }
  }

  private static int inWindow(PolicyOracle oracle, List<Contact> audience, Instant at) {
    int count = 0;
    for (Contact contact : audience) {
      ZoneId z = oracle.judgedZone(contact);
      if (z != null && oracle.allowed(contact, z, at)) {
        count++;
      }
    }
    return count;
  }

  // ------------------------------------------------------------------------------------------
  // Generators

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(PolicyArbitraries.sendPolicies(), PolicyArbitraries.contacts())
        .flatAs((policy, contact) -> {
          ZoneId zone = new PolicyOracle(policy).judgedZone(contact);
          ZoneId around = zone == null ? policy.zone() : zone;
          return PolicyArbitraries.policyInstants(around).flatMap(launch ->
              PolicyArbitraries.schedulesNear(launch.atZone(around))
                  .map(s -> new Case(policy, contact, anchored(s, policy, launch), launch)));
        });
  }

  @Provide
  Arbitrary<AudienceCase> audienceCases() {
    return Combinators.combine(PolicyArbitraries.sendPolicies(), PolicyArbitraries.audiences())
        .flatAs((policy, audience) -> PolicyArbitraries.policyInstants(policy.zone()).flatMap(launch ->
            PolicyArbitraries.schedulesNear(launch.atZone(policy.zone()))
                .map(s -> new AudienceCase(shortSpan(policy), audience, anchored(s, policy, launch), launch))));
  }

  @Provide
  Arbitrary<List<Constraint>> constraintLists() {
    return Arbitraries.of(TestConstraint.values())
        .map(t -> (Constraint) t)
        .list().ofMaxSize(3).uniqueElements();
  }

  /** A schedule with an anchor when the policy has a deadline relative to one. */
  private static Schedule anchored(Schedule s, SendPolicy policy, Instant launch) {
    boolean needsAnchor = policy.deliverBy().stream().anyMatch(d -> d.daysAfterAnchor().isPresent());
    if (!needsAnchor || s.anchor().isPresent()) {
      return s;
    }
    LocalDate launchDate = launch.atZone(policy.zone()).toLocalDate();
    return s.withAnchor(launchDate.plusDays(Math.floorMod(launch.getEpochSecond(), 10)));
  }

  /** The policy with a coordination span of half a day, to keep each try short. */
  private static SendPolicy shortSpan(SendPolicy policy) {
    return policy.toBuilder().coordinationSpan(Duration.ofHours(12)).build();
  }

  /**
   * A builder of the policy's settings, read from its getters, with or without its blackouts and
   * constraints, and never with its deadlines.
   */
  private static SendPolicy.Builder settingsOf(SendPolicy p, boolean withRules) {
    SendPolicy.Builder b = SendPolicy.builder(p.zone())
        .name(p.name())
        .zoneStrategy(p.zoneStrategy())
        .weekend(p.weekend())
        .blackoutDatesIn(p.blackoutDatesIn())
        .horizon(p.horizon())
        .lateSends(p.lateSends())
        .dstPolicy(p.dstPolicy())
        .coordinationSpan(p.coordinationSpan());
    p.fallbackZone().ifPresent(b::fallbackZone);
    p.quietHours().ifPresent(b::quietHours);
    p.businessHours().ifPresent(b::businessHours);
    p.holidays().ifPresent(b::holidays);
    p.campaign().ifPresent(b::campaign);
    if (withRules) {
      b.blackouts(p.blackouts());
      p.constraints().forEach(b::constraint);
    }
    return b;
  }

  /** A fresh policy with the same settings, read from the getters, with or without deadlines. */
  private static SendPolicy copy(SendPolicy p, boolean withDeadlines) {
    SendPolicy.Builder b = settingsOf(p, true);
    if (withDeadlines) {
      for (DeliverBy d : p.deliverBy()) {
        b.deliverBy(d);
      }
    }
    return b.build();
  }

  /** Constraints that keep to the contract: pure, and moving to the earliest instant they allow. */
  private enum TestConstraint implements Constraint {
    /** No sends in the first ten minutes of an hour. */
    NOT_ON_THE_HOUR {
      @Override
      public Verdict judge(ZonedDateTime at, Contact contact) {
        if (at.getMinute() >= 10) {
          return Verdict.allow();
        }
        return Verdict.moveTo(
            earliestFrom(at, at.truncatedTo(ChronoUnit.HOURS).withMinute(10)), "too close to the hour");
      }
    },
    /** No sends on Wednesdays. */
    NOT_ON_WEDNESDAY {
      @Override
      public Verdict judge(ZonedDateTime at, Contact contact) {
        if (at.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
          return Verdict.allow();
        }
        return Verdict.moveTo(earliestFrom(at, at.toLocalDate().plusDays(1).atStartOfDay(at.getZone())), "Wednesday");
      }
    },
    /** Contacts of store 12 get nothing on the 13th of a month. */
    STORE_12_NOT_ON_THE_13TH {
      @Override
      public Verdict judge(ZonedDateTime at, Contact contact) {
        return at.getDayOfMonth() == 13 && contact.location().filter("store-12"::equals).isPresent()
            ? Verdict.suppress("store 12 is closed on the 13th")
            : Verdict.allow();
      }
    };

    /** The first instant after {@code at} whose wall clock reads {@code target}, or later. */
    static Instant earliestFrom(ZonedDateTime at, ZonedDateTime target) {
      Instant t = target.toInstant();
      if (!t.isAfter(at.toInstant())) {
        t = target.withLaterOffsetAtOverlap().toInstant();
      }
      return t.isAfter(at.toInstant()) ? t : at.toInstant().plusSeconds(1);
    }
  }
}
