package org.sendtime.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sendtime.calendar.Blackout;
import org.sendtime.calendar.BlackoutAction;
import org.sendtime.calendar.BlackoutDates;
import org.sendtime.calendar.BlackoutScope;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.calendar.HolidayRule;
import org.sendtime.calendar.ObservedShift;
import org.sendtime.calendar.Weekend;
import org.sendtime.optimize.Engagement;
import org.sendtime.optimize.HourOfWeekProfile;
import org.sendtime.optimize.SendTimeOptimizer;
import org.sendtime.policy.BlackoutDatesIn;
import org.sendtime.policy.Constraint;
import org.sendtime.policy.DeliverBy;
import org.sendtime.policy.LateSends;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;
import org.sendtime.policy.ZoneStrategy;
import org.sendtime.recurrence.Anniversary;
import org.sendtime.recurrence.CronDialect;
import org.sendtime.recurrence.CronExpression;
import org.sendtime.recurrence.CronSchedule;
import org.sendtime.recurrence.Frequency;
import org.sendtime.recurrence.InvalidRuleException;
import org.sendtime.recurrence.LeapDayPolicy;
import org.sendtime.recurrence.RecurrenceSet;
import org.sendtime.recurrence.SimplePattern;
import org.sendtime.time.DstPolicy;
import org.sendtime.time.LocalWindow;
import org.sendtime.time.WeeklyHours;

/**
 * Builds the core objects of a policy from its checked {@link Value}s. Every error of a core
 * factory becomes a problem at the value it came from, with the factory's message. A value is
 * built from its valid parts when those it cannot do without are valid ({@link
 * Value.Mapping#formed()}), so that the core checks the parts next to a mistake too; the shapes
 * check each part's range on its own, so the core is left only what concerns several parts.
 *
 * <p>This class is mutable and not thread-safe: one instance reads one policy.
 */
final class PolicyReader {
  static final String US_FEDERAL = "us-federal";
  static final String NONE = "none";
  static final String BEYOND_TIME = "the dates it leads to go beyond the years there are, "
      + Year.MIN_VALUE + " to " + Year.MAX_VALUE;

  private final ImmutableMap<String, HolidayCalendar> calendars;
  private final ImmutableMap<String, Constraint> constraints;
  private final List<PolicyProblem> problems;

  /**
   * Creates a reader.
   *
   * @param calendars  the calendars a policy may name, with us-federal and none among them
   * @param constraints  the constraints a policy may name
   * @param problems  where problems are added
   */
  PolicyReader(ImmutableMap<String, HolidayCalendar> calendars, ImmutableMap<String, Constraint> constraints,
      List<PolicyProblem> problems) {
    this.calendars = calendars;
    this.constraints = constraints;
    this.problems = problems;
  }

  /**
   * Builds the policy of a whole document, reporting what the core rejects.
   *
   * @return the policy, or empty if the zone or name is missing or invalid; a policy is built
   *     of the valid values even when others had errors, so that the core checks them all
   */
  Optional<Policy> read(Value.Mapping top) {
    Optional<Value.Scalar> zone = top.scalar("zone");
    Optional<Value.Scalar> name = top.scalar("name");
    // Without a valid zone the settings are still built, in UTC, so that the core checks them all.
    SendPolicy.Builder b = SendPolicy.builder(zone.map(z -> z.as(ZoneId.class)).orElse(ZoneOffset.UTC));
    name.ifPresent(n -> apply(n, () -> b.name(n.as(String.class))));
    settings(b, top);
    Policy policy = Policy.of(b.build());
    Optional<Value.Scalar> description = top.scalar("description");
    if (description.isPresent()) {
      Policy p = policy;
      policy = build(description.get(), () -> p.withDescription(description.get().as(String.class)), p);
    }
    Optional<PolicySchedule> schedule = schedule(top);
    if (schedule.isPresent()) {
      policy = policy.withSchedule(schedule.get());
    }
    Optional<SendTimeOptimizer> optimizer = optimizer(top);
    if (optimizer.isPresent()) {
      policy = policy.withOptimizer(optimizer.get());
    }
    return zone.isPresent() && name.isPresent() ? Optional.of(policy) : Optional.empty();
  }

  private void settings(SendPolicy.Builder b, Value.Mapping top) {
    top.scalar("zone_strategy").ifPresent(v -> b.zoneStrategy(v.as(ZoneStrategy.class)));
    top.scalar("fallback_zone").ifPresent(v -> b.fallbackZone(v.as(ZoneId.class)));
    top.scalar("quiet_hours").ifPresent(v -> b.quietHours(v.as(LocalWindow.class)));
    top.scalar("business_hours").ifPresent(v -> b.businessHours(v.as(WeeklyHours.class)));
    top.list("weekend").filter(Value::complete)
        .ifPresent(v -> apply(v, () -> b.weekend(Weekend.of(v.scalars(DayOfWeek.class)))));
    top.value("holidays").flatMap(this::calendar).ifPresent(b::holidays);
    top.scalar("blackout_dates_in").ifPresent(v -> b.blackoutDatesIn(v.as(BlackoutDatesIn.class)));
    top.list("blackouts").ifPresent(list -> {
      for (Value item : list.items()) {
        Value.Mapping m = (Value.Mapping) item;
        blackout(m).ifPresent(blackout -> apply(m.scalar("name").orElseThrow(), () -> b.blackout(blackout)));
      }
    });
    top.list("constraints").ifPresent(list -> {
      for (Value item : list.items()) {
        constraint((Value.Scalar) item).ifPresent(c -> apply(item, () -> b.constraint(c)));
      }
    });
    top.scalar("horizon").ifPresent(v -> apply(v, () -> b.horizon(v.as(Duration.class))));
    top.list("deliver_by").ifPresent(list -> {
      for (Value item : list.items()) {
        deliverBy((Value.Mapping) item).ifPresent(b::deliverBy);
      }
    });
    top.mapping("late_sends").filter(Value.Mapping::formed).flatMap(this::lateSends).ifPresent(b::lateSends);
    top.scalar("dst").ifPresent(v -> b.dstPolicy(v.as(DstPolicy.class)));
    top.scalar("campaign").ifPresent(v -> apply(v, () -> b.campaign(v.as(String.class))));
    top.scalar("coordination_span").ifPresent(v -> apply(v, () -> b.coordinationSpan(v.as(Duration.class))));
  }

  // ---------------------------------------------------------------------------------------------
  // Holidays

  private Optional<HolidayCalendar> calendar(Value value) {
    if (value instanceof Value.Scalar scalar) {
      String name = scalar.as(String.class);
      HolidayCalendar calendar = calendars.get(name);
      if (calendar == null) {
        problems.add(value.error("unknown holiday calendar '" + name + "'; "
            + Suggestions.hint(name, calendars.keySet(), "")));
      }
      return Optional.ofNullable(calendar);
    }
    if (value instanceof Value.ListOf list) {
      List<HolidayCalendar> members = members(list);
      return !whole(list, members) ? Optional.empty() : Optional.ofNullable(build(value,
          () -> HolidayCalendar.union(members.stream().map(HolidayCalendar::name).collect(Collectors.joining(" + ")),
              members), null));
    }
    Value.Mapping m = (Value.Mapping) value;
    if (!m.formed()) {
      return Optional.empty();
    }
    Value.Scalar name = m.scalar("name").orElseThrow();
    if (m.list("union").isPresent()) {
      Value.ListOf list = m.list("union").get();
      List<HolidayCalendar> members = members(list);
      return !whole(list, members) ? Optional.empty()
          : Optional.ofNullable(build(name, () -> HolidayCalendar.union(name.as(String.class), members), null));
    }
    List<HolidayRule> rules = new ArrayList<>();
    Value.ListOf list = m.list("rules").orElseThrow();
    for (Value item : list.items()) {
      holidayRule((Value.Mapping) item).ifPresent(rules::add);
    }
    return !whole(list, rules) ? Optional.empty()
        : Optional.ofNullable(build(name, () -> HolidayCalendar.of(name.as(String.class), rules), null));
  }

  /** Whether every item of a list was valid and built, so that what was built stands for the list. */
  private static boolean whole(Value.ListOf list, List<?> built) {
    return list.complete() && built.size() == list.items().size();
  }

  private List<HolidayCalendar> members(Value.ListOf list) {
    List<HolidayCalendar> members = new ArrayList<>();
    for (Value item : list.items()) {
      calendar(item).ifPresent(members::add);
    }
    return members;
  }

  private Optional<HolidayRule> holidayRule(Value.Mapping m) {
    if (!m.formed() || !m.mapping("nth").map(Value.Mapping::formed).orElse(true)
        || !m.mapping("last").map(Value.Mapping::formed).orElse(true)) {
      return Optional.empty();
    }
    Value.Scalar nameValue = m.scalar("name").orElseThrow();
    String name = nameValue.as(String.class);
    HolidayRule rule = build(nameValue, () -> {
      if (m.scalar("date").isPresent()) {
        MonthDay md = m.get("date", MonthDay.class).orElseThrow();
        return HolidayRule.fixed(name, md.getMonth(), md.getDayOfMonth());
      }
      if (m.mapping("nth").isPresent()) {
        Value.Mapping nth = m.mapping("nth").get();
        return HolidayRule.nthWeekday(name, nth.get("ordinal", Integer.class).orElseThrow(),
            nth.get("day", DayOfWeek.class).orElseThrow(), nth.get("month", Month.class).orElseThrow());
      }
      if (m.mapping("last").isPresent()) {
        Value.Mapping last = m.mapping("last").get();
        return HolidayRule.lastWeekday(name, last.get("day", DayOfWeek.class).orElseThrow(),
            last.get("month", Month.class).orElseThrow());
      }
      return HolidayRule.easter(name, m.get("easter", Integer.class).orElseThrow());
    }, null);
    Optional<ObservedShift> observed = m.get("observed", ObservedShift.class);
    if (rule != null && observed.isPresent()) {
      rule = rule.withObserved(observed.get());
    }
    for (String key : List.of("from_year", "until_year")) {
      Optional<Value.Scalar> year = m.scalar(key);
      if (rule != null && year.isPresent()) {
        HolidayRule r = rule;
        int y = year.get().as(Integer.class);
        rule = build(year.get(), () -> key.equals("from_year") ? r.from(y) : r.until(y), null);
      }
    }
    return Optional.ofNullable(rule);
  }

  // ---------------------------------------------------------------------------------------------
  // Blackouts, constraints, deadlines

  private Optional<Blackout> blackout(Value.Mapping m) {
    if (!m.formed()) {
      return Optional.empty();
    }
    BlackoutDates dates = dates(m);
    for (String key : List.of("from", "until")) {
      Optional<Value.Scalar> bound = m.scalar(key);
      if (dates != null && bound.isPresent()) {
        BlackoutDates d = dates;
        LocalDate date = bound.get().as(LocalDate.class);
        dates = build(bound.get(), () -> key.equals("from") ? d.from(date) : d.until(date), null);
      }
    }
    if (dates == null) {
      return Optional.empty();
    }
    Value.Scalar name = m.scalar("name").orElseThrow();
    BlackoutDates finalDates = dates;
    Blackout blackout = build(name, () -> Blackout.of(name.as(String.class), finalDates), null);
    if (blackout == null) {
      return Optional.empty();
    }
    Optional<Value.Scalar> action = m.scalar("action");
    if (action.isPresent()) {
      blackout = blackout.withAction(action.get().as(BlackoutAction.class));
    }
    for (String key : List.of("campaigns", "locations")) {
      Optional<Value.ListOf> ids = m.list(key);
      if (blackout != null && ids.isPresent()) {
        Blackout bo = blackout;
        ImmutableList<String> list = ids.get().scalars(String.class);
        blackout = build(ids.get(), () -> bo.withScope(key.equals("campaigns")
            ? BlackoutScope.campaigns(list) : BlackoutScope.locations(list)), null);
      }
    }
    return Optional.ofNullable(blackout);
  }

  /** Builds the dates of a blackout; null if the form given is a mapping with a part missing. */
  private @Nullable BlackoutDates dates(Value.Mapping m) {
    for (String key : List.of("between", "yearly", "quarterly", "monthly")) {
      if (m.mapping(key).filter(r -> !r.formed()).isPresent()) {
        return null;
      }
    }
    Optional<Value.Scalar> on = m.scalar("on");
    if (on.isPresent()) {
      return build(on.get(), () -> PolicyDsl.representable(BlackoutDates.on(on.get().as(LocalDate.class))), null);
    }
    Optional<Value.Mapping> between = m.mapping("between");
    if (between.isPresent()) {
      Value.Mapping r = between.get();
      return build(r, () -> PolicyDsl.representable(BlackoutDates.between(r.get("first", LocalDate.class).orElseThrow(),
          r.get("last", LocalDate.class).orElseThrow())), null);
    }
    Optional<Value.Mapping> yearly = m.mapping("yearly");
    if (yearly.isPresent()) {
      Value.Mapping r = yearly.get();
      return build(r, () -> BlackoutDates.yearly(r.get("first", MonthDay.class).orElseThrow(),
          r.get("last", MonthDay.class).orElseThrow()), null);
    }
    Optional<Value.Mapping> quarterly = m.mapping("quarterly");
    if (quarterly.isPresent()) {
      Value.Mapping r = quarterly.get();
      return build(r, () -> BlackoutDates.quarterly(r.get("first_day", Integer.class).orElseThrow(),
          r.get("last_day", Integer.class).orElseThrow()), null);
    }
    Optional<Value.Mapping> monthly = m.mapping("monthly");
    if (monthly.isPresent()) {
      Value.Mapping r = monthly.get();
      return build(r, () -> BlackoutDates.monthly(r.get("first_day", Integer.class).orElseThrow(),
          r.get("last_day", Integer.class).orElseThrow()), null);
    }
    Optional<Value.Scalar> lastOfQuarter = m.scalar("last_days_of_quarter");
    if (lastOfQuarter.isPresent()) {
      return build(lastOfQuarter.get(),
          () -> BlackoutDates.lastDaysOfQuarter(lastOfQuarter.get().as(Integer.class)), null);
    }
    Value.Scalar lastOfMonth = m.scalar("last_days_of_month").orElseThrow();
    return build(lastOfMonth, () -> BlackoutDates.lastDaysOfMonth(lastOfMonth.as(Integer.class)), null);
  }

  private Optional<Constraint> constraint(Value.Scalar item) {
    String name = item.as(String.class);
    Constraint constraint = constraints.get(name);
    if (constraint == null) {
      problems.add(item.error("unknown constraint '" + name + "'; " + Suggestions.hint(name, constraints.keySet(),
          "no constraints are registered with the loader; register them with PolicyLoader.builder().constraint(..)")));
    }
    return Optional.ofNullable(constraint);
  }

  private Optional<DeliverBy> deliverBy(Value.Mapping m) {
    if (!m.formed()) {
      return Optional.empty();
    }
    Optional<Value.Scalar> within = m.scalar("within");
    if (within.isPresent()) {
      return Optional.ofNullable(build(within.get(), () -> DeliverBy.within(within.get().as(Duration.class)), null));
    }
    Value.Scalar days = m.scalar("days_after_anchor").orElseThrow();
    return Optional.ofNullable(build(days, () -> DeliverBy.byAnchor(days.as(Integer.class)), null));
  }

  private Optional<LateSends> lateSends(Value.Mapping m) {
    Optional<Value.Scalar> within = m.scalar("send_now_within");
    LateSends lateSends = within.isPresent()
        ? build(within.get(), () -> LateSends.sendNowWithin(within.get().as(Duration.class)), null)
        : LateSends.nextDay();
    if (lateSends == null) {
      return Optional.empty();
    }
    Optional<LateSends.Action> otherwise = m.get("otherwise", LateSends.Action.class);
    return Optional.of(otherwise.isPresent() ? lateSends.otherwise(otherwise.get()) : lateSends);
  }

  // ---------------------------------------------------------------------------------------------
  // Schedule

  private Optional<PolicySchedule> schedule(Value.Mapping top) {
    Optional<Value.Mapping> value = top.mapping("schedule");
    if (value.isEmpty() || !value.get().formed()) {
      return Optional.empty();
    }
    Value.Mapping m = value.get();
    PolicySchedule schedule;
    if (m.scalar("optimized").isPresent()) {
      schedule = PolicySchedule.optimized();
    } else {
      Schedule s = fixedSchedule(m);
      if (s == null) {
        return Optional.empty();
      }
      schedule = PolicySchedule.of(s);
    }
    Optional<LocalDate> anchor = m.get("anchor", LocalDate.class);
    return Optional.of(anchor.isPresent() ? schedule.withAnchor(anchor.get()) : schedule);
  }

  private @Nullable Schedule fixedSchedule(Value.Mapping m) {
    Optional<Value.Scalar> at = m.scalar("at");
    if (at.isPresent()) {
      return build(at.get(), () -> Schedule.at(at.get().as(Instant.class)), null);
    }
    Optional<Value.Scalar> atLocal = m.scalar("at_local");
    if (atLocal.isPresent()) {
      return build(atLocal.get(), () -> Schedule.atLocal(atLocal.get().as(LocalDateTime.class)), null);
    }
    Optional<Value.Scalar> rrule = m.scalar("rrule");
    if (rrule.isPresent()) {
      RecurrenceSet set = recurrence(rrule.get(), () -> RecurrenceSet.parse(rrule.get().as(String.class)));
      return set == null ? null : build(rrule.get(), () -> Schedule.recurring(set), null);
    }
    Optional<Value.Mapping> cron = m.mapping("cron");
    if (cron.isPresent()) {
      return cron.get().formed() ? cron(cron.get()) : null;
    }
    Optional<Value.Mapping> anniversary = m.mapping("anniversary");
    if (anniversary.isPresent()) {
      return anniversary.get().formed()
          ? build(anniversary.get(), () -> Schedule.recurring(anniversary(anniversary.get())), null) : null;
    }
    Optional<Value.Mapping> pattern = m.mapping("pattern");
    if (pattern.isPresent()) {
      return pattern.get().formed() ? pattern(pattern.get()) : null;
    }
    return Schedule.immediate();
  }

  private @Nullable Schedule cron(Value.Mapping m) {
    Value.Scalar text = m.scalar("expression").orElseThrow();
    CronDialect dialect = m.get("dialect", CronDialect.class).orElse(CronDialect.UNIX);
    CronExpression expression = recurrence(text, () -> CronExpression.parse(text.as(String.class), dialect));
    if (expression == null) {
      return null;
    }
    DstPolicy dst = m.get("dst", DstPolicy.class).orElse(DstPolicy.SHIFT_FORWARD);
    Optional<ZoneId> zone = m.get("zone", ZoneId.class);
    return build(m, () -> Schedule.recurring(zone.isPresent() ? expression.atZone(zone.get(), dst)
        : expression.floating().withPolicy(dst)), null);
  }

  /** Builds an anniversary; the shape has checked each part, so only the core's own checks can fail. */
  private static Anniversary anniversary(Value.Mapping m) {
    Optional<MonthDay> yearly = m.get("yearly", MonthDay.class);
    Anniversary a = yearly.isPresent() ? Anniversary.yearly(yearly.get())
        : Anniversary.monthly(m.get("monthly", Integer.class).orElseThrow());
    Optional<LocalDate> first = m.get("first_date", LocalDate.class);
    if (first.isPresent()) {
      a = a.startingFrom(first.get());
    }
    Optional<Integer> before = m.get("days_before", Integer.class);
    Optional<Integer> after = m.get("days_after", Integer.class);
    if (before.isPresent()) {
      a = a.daysBefore(before.get());
    } else if (after.isPresent()) {
      a = a.daysAfter(after.get());
    }
    Optional<LocalTime> at = m.get("at", LocalTime.class);
    if (at.isPresent()) {
      a = a.at(at.get());
    }
    Optional<LeapDayPolicy> leapDay = m.get("leap_day", LeapDayPolicy.class);
    if (leapDay.isPresent()) {
      a = a.withLeapDayPolicy(leapDay.get());
    }
    Optional<ZoneId> zone = m.get("zone", ZoneId.class);
    return zone.isPresent() ? a.withZone(zone.get()) : a;
  }

  private @Nullable Schedule pattern(Value.Mapping m) {
    Frequency every = m.get("every", Frequency.class).orElseThrow();
    SimplePattern.Builder b = every == Frequency.DAILY ? SimplePattern.daily()
        : every == Frequency.WEEKLY ? SimplePattern.weekly() : SimplePattern.monthly();
    boolean ok = true;
    Optional<Value.Scalar> interval = m.scalar("interval");
    if (interval.isPresent()) {
      ok &= apply(interval.get(), () -> b.interval(interval.get().as(Integer.class)));
    }
    Optional<Value.ListOf> days = m.list("days");
    if (days.isPresent()) {
      ok &= apply(days.get(), () -> b.daysOfWeek(days.get().scalars(DayOfWeek.class).toArray(new DayOfWeek[0])));
    }
    Optional<Value.Scalar> dayOfMonth = m.scalar("day_of_month");
    if (dayOfMonth.isPresent()) {
      ok &= apply(dayOfMonth.get(), () -> b.dayOfMonth(dayOfMonth.get().as(Integer.class)));
    }
    Optional<Value.Scalar> end = m.scalar("end");
    if (end.isPresent()) {
      ok &= apply(end.get(), () -> b.endDate(end.get().as(LocalDate.class)));
    }
    Optional<Value.Scalar> occurrences = m.scalar("occurrences");
    if (occurrences.isPresent()) {
      ok &= apply(occurrences.get(), () -> b.occurrences(occurrences.get().as(Integer.class)));
    }
    if (!ok) {
      return null;
    }
    Value.Scalar start = m.scalar("start").orElseThrow();
    ZoneId zone = m.get("zone", ZoneId.class).orElse(null);
    RecurrenceSet set = build(start,
        () -> b.build().toRecurrenceSet(start.as(LocalDateTime.class), zone), null);
    return set == null ? null : build(m, () -> Schedule.recurring(set), null);
  }

  /** Parses recurrence text, pointing a problem at the very character the parser names. */
  private <T> @Nullable T recurrence(Value.Scalar text, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidRuleException e) {
      problems.add(text.position(e.position()).error(text.path(), e.problem()));
      return null;
    } catch (IllegalArgumentException e) {
      problems.add(text.error(String.valueOf(e.getMessage())));
      return null;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Optimizer

  private Optional<SendTimeOptimizer> optimizer(Value.Mapping top) {
    Optional<Value.Mapping> value = top.mapping("optimizer");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Value.Mapping m = value.get();
    SendTimeOptimizer optimizer = SendTimeOptimizer.ofDefaults();
    Optional<Value.Scalar> halfLife = m.scalar("half_life");
    if (halfLife.isPresent()) {
      SendTimeOptimizer o = optimizer;
      optimizer = build(halfLife.get(), () -> o.withHalfLife(halfLife.get().as(Duration.class)), null);
    }
    Optional<Value.Mapping> weights = m.mapping("weights");
    for (Engagement.Kind kind : Engagement.Kind.values()) {
      Optional<Value.Scalar> weight = weights.flatMap(w -> w.scalar(Names.of(kind)));
      if (optimizer != null && weight.isPresent()) {
        SendTimeOptimizer o = optimizer;
        optimizer = build(weight.get(), () -> o.withWeight(kind, weight.get().as(Double.class)), null);
      }
    }
    Optional<Value> prior = m.value("prior").filter(Value::complete);
    if (optimizer != null && prior.isPresent()) {
      SendTimeOptimizer o = optimizer;
      optimizer = build(prior.get(), () -> o.withPrior(prior(prior.get())), null);
    }
    Optional<Value.Scalar> strength = m.scalar("prior_strength");
    if (optimizer != null && strength.isPresent()) {
      SendTimeOptimizer o = optimizer;
      optimizer = build(strength.get(), () -> o.withPriorStrength(strength.get().as(Double.class)), null);
    }
    Optional<Value.Scalar> minDataPoints = m.scalar("min_data_points");
    if (optimizer != null && minDataPoints.isPresent()) {
      SendTimeOptimizer o = optimizer;
      optimizer = build(minDataPoints.get(), () -> o.withMinDataPoints(minDataPoints.get().as(Integer.class)), null);
    }
    Optional<LocalTime> fallback = m.get("fallback_time", LocalTime.class);
    if (optimizer != null && fallback.isPresent()) {
      optimizer = optimizer.withFallbackTime(fallback.get());
    }
    return Optional.ofNullable(optimizer);
  }

  private static HourOfWeekProfile prior(Value value) {
    if (value instanceof Value.Scalar) {
      return HourOfWeekProfile.uniform();
    }
    return HourOfWeekProfile.of(((Value.ListOf) value).scalars(Double.class).stream()
        .mapToDouble(Double::doubleValue).toArray());
  }

  // ---------------------------------------------------------------------------------------------

  /** Runs a core call, turning its rejection into a problem at a value; returns whether it passed. */
  private boolean apply(Value at, Runnable call) {
    return build(at, () -> {
      call.run();
      return Boolean.TRUE;
    }, Boolean.FALSE);
  }

  /**
   * Runs a core factory, turning its rejection into a problem at a value. A date beyond the years
   * java.time holds, which a value near them can lead to, is a rejection too.
   */
  private <T> @Nullable T build(Value at, Supplier<T> factory, @Nullable T orElse) {
    try {
      return factory.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.add(at.error(String.valueOf(e.getMessage())));
      return orElse;
    } catch (DateTimeException e) {
      problems.add(at.error(BEYOND_TIME));
      return orElse;
    }
  }
}
