package org.sendtime.rules;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;
import org.sendtime.calendar.Blackout;
import org.sendtime.calendar.BlackoutDates;
import org.sendtime.calendar.Holiday;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.optimize.Engagement;
import org.sendtime.optimize.HourOfWeekProfile;
import org.sendtime.optimize.SendTimeOptimizer;
import org.sendtime.policy.Constraint;
import org.sendtime.policy.Contact;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;
import org.sendtime.policy.Verdict;
import org.sendtime.recurrence.Anniversary;
import org.sendtime.recurrence.LeapDayPolicy;
import org.sendtime.recurrence.Recurrence;
import org.sendtime.testing.PolicyArbitraries;
import org.sendtime.testing.SendtimeArbitraries;
import org.sendtime.time.LocalWindow;
import org.sendtime.time.WeeklyHours;

/**
 * Arbitraries of whole {@link Policy policies}: send policies of {@link
 * PolicyArbitraries#sendPolicies()} with names and descriptions that YAML and Java must quote,
 * now and then a host calendar and host constraints, schedules of every kind, anchors,
 * optimizer settings, and campaign plans of {@link WindowArbitraries}.
 */
final class RulesArbitraries {
  /** A host's own calendar, which is printed by name. */
  static final HolidayCalendar HOST_CALENDAR = new HostCalendar("Company closures: 2026");
  /** Hosts' own constraints, printed by name; the names need quoting. */
  static final List<Constraint> HOST_CONSTRAINTS = List.of(
      new HostConstraint("max-one-a-day"), new HostConstraint("quiet: weekends"), new HostConstraint("no"));

  /** Names and texts that a YAML reader would misread unquoted, or that Java must escape. */
  private static final List<String> TRICKY = List.of(
      "yes", "No", "null", "~", "true", "09:00", "12-24", "2026-12-24", "123", "1e3", ".5", "#x", "a #b",
      "a: b", "key:", "- item", "[list]", "{map}", "a, b", "*alias", "&anchor", "!tag", "%directive", "@at",
      "`tick", "|pipe", ">fold", "'single'", "\"double\"", "back\\slash", "new\nline", "tab\there",
      " padded ", "trailing ", "Ünïcödé €", "line\u2028separator", "\\u0041 not an escape", "bell\u0007",
      "Year-end freeze", "US federal and company",
      // Characters YAML does not allow as they are, which a printer must escape.
      "non\uFFFEcharacter", "\uFFFF", "lone \uD800 high", "lone low \uDC00", "\uDC00\uD800 reversed",
      "next\u0085line", "del\u007F", "bom\uFEFF", "c1\u0090", "astral \uD83D\uDE00 pair");

  private static final String EDGE_BLACKOUT = "edge of time";

  /** Dates at the ends of the years java.time and the policy format hold. */
  private static final List<LocalDate> EDGE_DATES = List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(0, 1, 1),
      LocalDate.of(-1, 12, 31), LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1));

  private RulesArbitraries() {
  }

  /** Names and free texts: tricky ones, and printable ASCII with some line breaks and accents. */
  static Arbitrary<String> texts() {
    Arbitrary<String> random = Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\t', 'é', '€')
        .ofMinLength(1).ofMaxLength(24).filter(s -> !s.isBlank());
    return Arbitraries.oneOf(Arbitraries.of(TRICKY), random, Arbitraries.of("renewals", "welcome series"));
  }

  static Arbitrary<Policy> policies() {
    return Builders.withBuilder(Draft::new)
        .use(PolicyArbitraries.sendPolicies()).inSetter((d, v) -> d.sendPolicy = v)
        .use(emptyCalendars()).withProbability(0.05).inSetter((d, v) -> d.emptyCalendar = v)
        .use(edgeBlackouts()).withProbability(0.1).inSetter((d, v) -> d.edgeBlackout = v)
        .use(Arbitraries.just(true)).withProbability(0.05).inSetter((d, v) -> d.neverOpen = v)
        .use(texts()).inSetter((d, v) -> d.name = v)
        .use(texts()).withProbability(0.5).inSetter((d, v) -> d.description = v)
        .use(Arbitraries.just(HOST_CALENDAR)).withProbability(0.05).inSetter((d, v) -> d.hostCalendar = v)
        .use(Arbitraries.subsetOf(HOST_CONSTRAINTS)).withProbability(0.2).inSetter((d, v) -> d.constraints = v)
        .use(policySchedules()).withProbability(0.7).inSetter((d, v) -> d.schedule = v)
        .use(optimizers()).withProbability(0.4).inSetter((d, v) -> d.optimizer = v)
        .use(WindowArbitraries.plans()).withProbability(0.3).inSetter((d, v) -> d.campaigns = v)
        .build(Draft::build)
        .withoutEdgeCases();
  }

  /** Calendars with no rules, and unions of no calendars, which the core allows. */
  static Arbitrary<HolidayCalendar> emptyCalendars() {
    return Arbitraries.of(HolidayCalendar.of("No rules", List.of()), HolidayCalendar.union("No calendars", List.of()),
        HolidayCalendar.union("Federal and none", List.of(HolidayCalendar.usFederal(),
            HolidayCalendar.of("Company", List.of()))));
  }

  /** Blackouts on the first and last dates java.time holds, and on years without four digits. */
  static Arbitrary<Blackout> edgeBlackouts() {
    // The core rejects ranges up to the last date java.time holds, as they cover every date on,
    // and cannot show a range that ends on the first one; the DSL and the loader reject those.
    Arbitrary<LocalDate> dates = Arbitraries.of(EDGE_DATES)
        .filter(d -> !d.equals(LocalDate.MAX) && !d.equals(LocalDate.MIN));
    return Arbitraries.oneOf(
        dates.map(d -> Blackout.of(EDGE_BLACKOUT, BlackoutDates.on(d))),
        Combinators.combine(dates, dates).filter((a, b) -> !b.isBefore(a))
            .as((a, b) -> Blackout.of(EDGE_BLACKOUT, BlackoutDates.between(a, b))),
        Arbitraries.of(EDGE_DATES).map(d -> Blackout.of(EDGE_BLACKOUT, BlackoutDates.monthly(1, 3).until(d))));
  }

  /** Schedules of every kind a policy can hold, a quarter of them with an anchor. */
  static Arbitrary<PolicySchedule> policySchedules() {
    Arbitrary<PolicySchedule> fixed = PolicyArbitraries.schedules()
        .filter(s -> s.kind() != Schedule.Kind.OPTIMIZED)
        .map(PolicySchedule::of);
    Arbitrary<PolicySchedule> recurring = Arbitraries.oneOf(
            SendtimeArbitraries.recurrenceSets().map(r -> (Recurrence) r),
            SendtimeArbitraries.cronSchedules().map(r -> (Recurrence) r),
            anniversaries().map(r -> (Recurrence) r))
        .map(RulesArbitraries::recurring)
        .filter(Optional::isPresent)
        .map(Optional::get);
    Arbitrary<PolicySchedule> optimized = Arbitraries.just(PolicySchedule.optimized());
    Arbitrary<PolicySchedule> edge = Arbitraries.of(
        PolicySchedule.of(Schedule.at(Instant.MAX.truncatedTo(ChronoUnit.SECONDS))),
        PolicySchedule.of(Schedule.at(Instant.MIN)),
        PolicySchedule.of(Schedule.at(Instant.parse("-0001-06-01T00:00:00Z"))),
        PolicySchedule.of(Schedule.atLocal(LocalDateTime.MAX.truncatedTo(ChronoUnit.SECONDS))),
        PolicySchedule.of(Schedule.atLocal(LocalDateTime.MIN)));
    Arbitrary<PolicySchedule> any = Arbitraries.frequencyOf(
        Tuple.of(5, fixed), Tuple.of(3, recurring), Tuple.of(1, optimized), Tuple.of(1, edge));
    return Combinators.combine(any, anchors().injectNull(0.75))
        .as((s, anchor) -> anchor == null ? s : s.withAnchor(anchor));
  }

  private static Optional<PolicySchedule> recurring(Recurrence recurrence) {
    try {
      return Optional.of(PolicySchedule.of(Schedule.recurring(recurrence)));
    } catch (IllegalArgumentException | DateTimeException neverFiresOrBeyondTime) {
      // The DSL and the loader reject these; their tests cover them.
      return Optional.empty();
    }
  }

  static Arbitrary<LocalDate> anchors() {
    return Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.integers().between(0, 100 * 366).map(d -> LocalDate.of(1970, 1, 1).plusDays(d))),
        Tuple.of(1, Arbitraries.of(EDGE_DATES)));
  }

  /** Yearly and monthly anniversaries with every setting: start, offset, time, leap-day policy, zone. */
  static Arbitrary<Anniversary> anniversaries() {
    Arbitrary<Anniversary> yearly = Arbitraries.integers().between(1, 366)
        .map(d -> Anniversary.yearly(MonthDay.from(LocalDate.ofYearDay(2000, d))));
    Arbitrary<Anniversary> monthly = Arbitraries.integers().between(1, 31).map(Anniversary::monthly);
    return Builders.withBuilder(() -> new Anniversary[1])
        .use(Arbitraries.oneOf(yearly, monthly)).inSetter((a, v) -> a[0] = v)
        .use(anchors()).withProbability(0.3).inSetter((a, v) -> a[0] = a[0].startingFrom(v))
        .use(Arbitraries.integers().between(-366, 366)).withProbability(0.5)
        .inSetter((a, v) -> a[0] = v < 0 ? a[0].daysBefore(-v) : a[0].daysAfter(v))
        .use(Arbitraries.integers().between(0, 86_399)).withProbability(0.6)
        .inSetter((a, v) -> a[0] = a[0].at(LocalTime.ofSecondOfDay(v)))
        .use(Arbitraries.just(LeapDayPolicy.MAR_1)).withProbability(0.3)
        .inSetter((a, v) -> a[0] = a[0].withLeapDayPolicy(v))
        .use(SendtimeArbitraries.zones()).withProbability(0.5).inSetter((a, v) -> a[0] = a[0].withZone(v))
        .build(a -> a[0]);
  }

  /** Optimizer settings, each changed from its default on its own. */
  static Arbitrary<SendTimeOptimizer> optimizers() {
    Arbitrary<double[]> priors = Arbitraries.doubles().between(0, 1000).array(double[].class)
        .ofSize(HourOfWeekProfile.HOURS_PER_WEEK)
        .filter(w -> Arrays.stream(w).sum() > 0);
    Arbitrary<Double> weights = Arbitraries.oneOf(Arbitraries.of(0.0, 1.0, 2.5, 1_000_000.0),
        Arbitraries.doubles().between(0, 1_000_000));
    return Builders.withBuilder(() -> new SendTimeOptimizer[] {SendTimeOptimizer.ofDefaults()})
        .use(Arbitraries.longs().between(1, 400L * 86_400)).withProbability(0.3)
        .inSetter((o, v) -> o[0] = o[0].withHalfLife(Duration.ofSeconds(v)))
        .use(weights).withProbability(0.3).inSetter((o, v) -> o[0] = o[0].withWeight(Engagement.Kind.OPEN, v))
        .use(weights).withProbability(0.3).inSetter((o, v) -> o[0] = o[0].withWeight(Engagement.Kind.CLICK, v))
        .use(priors).withProbability(0.2).inSetter((o, v) -> o[0] = o[0].withPrior(HourOfWeekProfile.of(v)))
        .use(Arbitraries.doubles().between(0, 1e9)).withProbability(0.3)
        .inSetter((o, v) -> o[0] = o[0].withPriorStrength(v))
        .use(Arbitraries.integers().between(1, 1000)).withProbability(0.3)
        .inSetter((o, v) -> o[0] = o[0].withMinDataPoints(v))
        .use(Arbitraries.integers().between(0, 86_399)).withProbability(0.3)
        .inSetter((o, v) -> o[0] = o[0].withFallbackTime(LocalTime.ofSecondOfDay(v)))
        .build(o -> o[0]);
  }

  /** The host calendars a loader needs registered to read generated policies back. */
  static Map<String, HolidayCalendar> hostCalendars() {
    return Map.of(HOST_CALENDAR.name(), HOST_CALENDAR);
  }

  /** The host constraints a loader needs registered to read generated policies back. */
  static Map<String, Constraint> hostConstraints() {
    return Map.of(HOST_CONSTRAINTS.get(0).name(), HOST_CONSTRAINTS.get(0), HOST_CONSTRAINTS.get(1).name(),
        HOST_CONSTRAINTS.get(1), HOST_CONSTRAINTS.get(2).name(), HOST_CONSTRAINTS.get(2));
  }

  /** The parts of a policy as drawn. Mutable; one per draw. */
  private static final class Draft {
    @Nullable SendPolicy sendPolicy;
    String name = "policy";
    @Nullable String description;
    @Nullable HolidayCalendar hostCalendar;
    @Nullable HolidayCalendar emptyCalendar;
    @Nullable Blackout edgeBlackout;
    /** Whether quiet hours close the business hours entirely, an error of the policy as a whole. */
    boolean neverOpen;
    Set<Constraint> constraints = Set.of();
    @Nullable PolicySchedule schedule;
    @Nullable SendTimeOptimizer optimizer;
    WindowArbitraries.@Nullable Drawn campaigns;

    Policy build() {
      SendPolicy.Builder b = Objects.requireNonNull(sendPolicy).toBuilder().name(name);
      if (neverOpen) {
        b.quietHours(LocalWindow.of(LocalTime.MIDNIGHT, LocalTime.of(23, 0)))
            .businessHours(WeeklyHours.parse("MON-FRI 08:00-17:00"));
      }
      if (emptyCalendar != null) {
        b.holidays(emptyCalendar);
      }
      if (hostCalendar != null) {
        b.holidays(hostCalendar);
      }
      if (edgeBlackout != null && b.build().blackouts().stream().noneMatch(x -> x.name().equals(EDGE_BLACKOUT))) {
        b.blackout(edgeBlackout);
      }
      // In a fixed order, so that a draw is the same in every run.
      for (Constraint c : HOST_CONSTRAINTS) {
        if (constraints.contains(c)) {
          b.constraint(c);
        }
      }
      Policy policy = Policy.of(b.build());
      if (description != null) {
        policy = policy.withDescription(description);
      }
      if (schedule != null) {
        policy = policy.withSchedule(schedule);
      }
      policy = optimizer == null ? policy : policy.withOptimizer(optimizer);
      if (campaigns != null) {
        policy = policy.withCampaignPlan(campaigns.plan());
        policy = campaigns.asOf().map(policy::withWindowsAsOf).orElse(policy);
      }
      return policy;
    }
  }

  /** A host calendar that is not made of rules; it has no holidays. */
  private static final class HostCalendar implements HolidayCalendar {
    private final String name;

    HostCalendar(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public List<Holiday> holidays(int year) {
      return List.of();
    }
  }

  /** A host constraint that allows everything. */
  private static final class HostConstraint implements Constraint {
    private final String name;

    HostConstraint(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Verdict judge(ZonedDateTime at, Contact contact) {
      return Verdict.allow();
    }
  }
}
