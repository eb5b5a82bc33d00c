package org.sendtime.rules;

import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sendtime.calendar.Blackout;
import org.sendtime.calendar.BlackoutAction;
import org.sendtime.calendar.BlackoutDates;
import org.sendtime.calendar.BlackoutScope;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.calendar.HolidayRule;
import org.sendtime.calendar.ObservedShift;
import org.sendtime.calendar.RuleBasedHolidayCalendar;
import org.sendtime.calendar.UnionHolidayCalendar;
import org.sendtime.optimize.Engagement;
import org.sendtime.optimize.HourOfWeekProfile;
import org.sendtime.optimize.SendTimeOptimizer;
import org.sendtime.policy.Constraint;
import org.sendtime.policy.DeliverBy;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;
import org.sendtime.recurrence.Anniversary;
import org.sendtime.recurrence.CronSchedule;
import org.sendtime.recurrence.LeapDayPolicy;
import org.sendtime.recurrence.Recurrence;
import org.sendtime.recurrence.RecurrenceSet;
import org.sendtime.time.DstPolicy;

/**
 * Writes a {@link Policy} as canonical policy YAML: keys in the order of the format, settings at
 * their defaults left out, and scalars quoted wherever a YAML reader could take them for anything
 * but the string they are. The policy is first turned into a small tree of nodes, which is then
 * emitted by hand so that the layout is fixed: block mappings and sequences for the structure,
 * flow mappings and sequences for short values, a literal block for recurrence rules.
 */
final class YamlPrinter {
  /** The text a YAML plain scalar may have here: it starts with a letter and holds no indicator. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9 _./+-]*");
  /**
   * Dates, local date-times and instants as java.time writes them, years beyond 9999 and before
   * 0000 with a sign, which YAML 1.2 reads as strings.
   */
  private static final Pattern TEMPORAL = Pattern.compile("([0-9]{4}|[+-][0-9]{4,10})-[0-9]{2}-[0-9]{2}(T[0-9:.]+Z?)?");
  /** Words that YAML 1.2 or YAML 1.1 readers take for booleans or null. */
  private static final ImmutableSet<String> RESERVED =
      ImmutableSet.of("true", "false", "null", "yes", "no", "on", "off", "y", "n");
  /** The version of the format written, the first key of every document. */
  private static final int FORMAT_VERSION = 1;
  /** A policy with every default setting, which the printers leave out. */
  static final SendPolicy DEFAULTS = SendPolicy.builder(ZoneOffset.UTC).build();
  private static final int PRIOR_PER_LINE = 24;

  private YamlPrinter() {
  }

  static String print(Policy policy) {
    StringBuilder out = new StringBuilder();
    emitBlock(document(policy), 0, out);
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // The tree

  sealed interface Node permits Scalar, MapNode, SeqNode, Literal {
  }

  record Scalar(String text) implements Node {
  }

  record MapNode(Map<String, Node> entries, boolean flow) implements Node {
    static MapNode newBlock() {
      return new MapNode(new LinkedHashMap<>(), false);
    }

    static MapNode newFlow() {
      return new MapNode(new LinkedHashMap<>(), true);
    }

    MapNode put(String key, Node value) {
      entries.put(key, value);
      return this;
    }
  }

  record SeqNode(List<Node> items, boolean flow, int perLine) implements Node {
  }

  record Literal(String text) implements Node {
  }

  // ---------------------------------------------------------------------------------------------
  // The policy as a tree

  private static MapNode document(Policy policy) {
    SendPolicy p = policy.sendPolicy();
    MapNode doc = MapNode.newBlock();
    doc.put("version", plain(Integer.toString(FORMAT_VERSION)));
    doc.put("name", string(p.name()));
    policy.description().ifPresent(d -> doc.put("description", string(d)));
    doc.put("zone", zone(p.zone()));
    if (p.zoneStrategy() != DEFAULTS.zoneStrategy()) {
      doc.put("zone_strategy", name(p.zoneStrategy()));
    }
    p.fallbackZone().ifPresent(z -> doc.put("fallback_zone", zone(z)));
    p.quietHours().ifPresent(w -> doc.put("quiet_hours", quoted(window(w.start(), w.end()))));
    p.businessHours().ifPresent(h -> doc.put("business_hours", quoted(h.toString())));
    if (!p.weekend().equals(DEFAULTS.weekend())) {
      List<Node> days = new ArrayList<>();
      for (DayOfWeek d : p.weekend().days()) {
        days.add(plain(Names.of(d)));
      }
      doc.put("weekend", flowSeq(days));
    }
    p.holidays().ifPresent(c -> doc.put("holidays", calendar(c)));
    if (p.blackoutDatesIn() != DEFAULTS.blackoutDatesIn()) {
      doc.put("blackout_dates_in", name(p.blackoutDatesIn()));
    }
    if (!p.blackouts().isEmpty()) {
      List<Node> blackouts = new ArrayList<>();
      for (Blackout b : p.blackouts()) {
        blackouts.add(blackout(b));
      }
      doc.put("blackouts", blockSeq(blackouts));
    }
    if (!p.constraints().isEmpty()) {
      List<Node> names = new ArrayList<>();
      for (Constraint c : p.constraints()) {
        names.add(string(c.name()));
      }
      doc.put("constraints", flowSeq(names));
    }
    if (!p.horizon().equals(DEFAULTS.horizon())) {
      doc.put("horizon", duration(p.horizon()));
    }
    if (!p.deliverBy().isEmpty()) {
      List<Node> deadlines = new ArrayList<>();
      for (DeliverBy d : p.deliverBy()) {
        deadlines.add(d.maxDelay().isPresent()
            ? MapNode.newBlock().put("within", duration(d.maxDelay().get()))
            : MapNode.newBlock().put("days_after_anchor", plain(Integer.toString(d.daysAfterAnchor().orElseThrow()))));
      }
      doc.put("deliver_by", blockSeq(deadlines));
    }
    if (!p.lateSends().equals(DEFAULTS.lateSends())) {
      doc.put("late_sends", MapNode.newFlow()
          .put("send_now_within", duration(p.lateSends().sendNowWithin()))
          .put("otherwise", name(p.lateSends().otherwise())));
    }
    if (p.dstPolicy() != DEFAULTS.dstPolicy()) {
      doc.put("dst", name(p.dstPolicy()));
    }
    p.campaign().ifPresent(c -> doc.put("campaign", string(c)));
    if (!p.coordinationSpan().equals(DEFAULTS.coordinationSpan())) {
      doc.put("coordination_span", duration(p.coordinationSpan()));
    }
    policy.schedule().ifPresent(s -> doc.put("schedule", schedule(s)));
    policy.optimizer().ifPresent(o -> doc.put("optimizer", optimizer(o)));
    WindowsYaml.sections(policy, doc);
    return doc;
  }

  private static Node calendar(HolidayCalendar calendar) {
    if (calendar.equals(HolidayCalendar.usFederal())) {
      return plain("us-federal");
    }
    if (calendar.equals(HolidayCalendar.none())) {
      return plain("none");
    }
    if (calendar instanceof RuleBasedHolidayCalendar rules) {
      List<Node> items = new ArrayList<>();
      for (HolidayRule r : rules.rules()) {
        items.add(holidayRule(r));
      }
      return MapNode.newBlock().put("name", string(calendar.name())).put("rules", blockSeq(items));
    }
    if (calendar instanceof UnionHolidayCalendar union) {
      List<Node> items = new ArrayList<>();
      for (HolidayCalendar c : union.calendars()) {
        items.add(calendar(c));
      }
      return MapNode.newBlock().put("name", string(calendar.name())).put("union", blockSeq(items));
    }
    return string(hostCalendarName(calendar));
  }

  /**
   * Gets the name a host's own calendar is written by, which must not be that of a built-in
   * calendar, since it would read back as the built-in one.
   */
  static String hostCalendarName(HolidayCalendar calendar) {
    String name = calendar.name();
    if (name.equals("us-federal") || name.equals("none")) {
      throw new IllegalArgumentException("Cannot print holiday calendar '" + name + "' (" + calendar
          + "): it is a host calendar named like a built-in one, so it would read back as that one");
    }
    return name;
  }

  private static Node holidayRule(HolidayRule rule) {
    MapNode m = MapNode.newBlock().put("name", string(rule.name()));
    switch (rule.kind()) {
      case FIXED_DATE -> m.put("date",
          quoted(monthDay(MonthDay.of(rule.month().orElseThrow(), rule.dayOfMonth().orElseThrow()))));
      case NTH_WEEKDAY -> m.put("nth", MapNode.newFlow()
          .put("ordinal", plain(Integer.toString(rule.ordinal().orElseThrow())))
          .put("day", plain(Names.of(rule.dayOfWeek().orElseThrow())))
          .put("month", plain(Names.of(rule.month().orElseThrow()))));
      case LAST_WEEKDAY -> m.put("last", MapNode.newFlow()
          .put("day", plain(Names.of(rule.dayOfWeek().orElseThrow())))
          .put("month", plain(Names.of(rule.month().orElseThrow()))));
      case EASTER -> m.put("easter", plain(Integer.toString(rule.offsetDays().orElseThrow())));
    }
    if (rule.observedShift() != ObservedShift.NONE) {
      m.put("observed", name(rule.observedShift()));
    }
    rule.firstYear().ifPresent(y -> m.put("from_year", plain(Integer.toString(y))));
    rule.lastYear().ifPresent(y -> m.put("until_year", plain(Integer.toString(y))));
    return m;
  }

  private static Node blackout(Blackout blackout) {
    MapNode m = MapNode.newBlock().put("name", string(blackout.name()));
    BlackoutDates d = blackout.dates();
    switch (d.kind()) {
      case RANGE -> {
        LocalDate first = d.range().orElseThrow().getStart();
        LocalDate last = d.range().orElseThrow().getEndInclusive();
        m.put(first.equals(last) ? "on" : "between", first.equals(last) ? date(first)
            : MapNode.newFlow().put("first", date(first)).put("last", date(last)));
      }
      case YEARLY -> m.put("yearly", MapNode.newFlow()
          .put("first", quoted(monthDay(d.firstMonthDay().orElseThrow())))
          .put("last", quoted(monthDay(d.lastMonthDay().orElseThrow()))));
      case QUARTERLY, MONTHLY -> {
        String period = d.kind() == BlackoutDates.Kind.QUARTERLY ? "quarter" : "month";
        if (d.lastDaysOfPeriod().isPresent()) {
          m.put("last_days_of_" + period, plain(Integer.toString(d.lastDaysOfPeriod().getAsInt())));
        } else {
          m.put(d.kind() == BlackoutDates.Kind.QUARTERLY ? "quarterly" : "monthly", MapNode.newFlow()
              .put("first_day", plain(Integer.toString(d.firstDayOfPeriod().getAsInt())))
              .put("last_day", plain(Integer.toString(d.lastDayOfPeriod().getAsInt()))));
        }
      }
    }
    d.validFrom().ifPresent(from -> m.put("from", date(from)));
    d.validUntil().ifPresent(until -> m.put("until", date(until)));
    if (blackout.action() != BlackoutAction.DELAY) {
      m.put("action", name(blackout.action()));
    }
    BlackoutScope scope = blackout.scope();
    if (!scope.listedCampaigns().isEmpty()) {
      m.put("campaigns", flowSeq(scope.listedCampaigns().stream().<Node>map(YamlPrinter::string).toList()));
    }
    if (!scope.listedLocations().isEmpty()) {
      m.put("locations", flowSeq(scope.listedLocations().stream().<Node>map(YamlPrinter::string).toList()));
    }
    return m;
  }

  private static Node schedule(PolicySchedule schedule) {
    MapNode m = MapNode.newBlock();
    if (schedule.isOptimized()) {
      m.put("optimized", plain("true"));
    } else {
      Schedule s = schedule.schedule().orElseThrow();
      switch (s.kind()) {
        case IMMEDIATE -> m.put("immediate", plain("true"));
        case AT_INSTANT -> m.put("at", temporal(s.instant().orElseThrow().toString()));
        case AT_LOCAL -> m.put("at_local", temporal(s.localDateTime().orElseThrow().toString()));
        case RECURRING -> recurrence(s.recurrence().orElseThrow(), m);
        case OPTIMIZED -> throw new AssertionError("A policy schedule holds no contact's recommendation");
      }
    }
    schedule.anchor().ifPresent(a -> m.put("anchor", date(a)));
    return m;
  }

  private static void recurrence(Recurrence recurrence, MapNode m) {
    if (recurrence instanceof RecurrenceSet set) {
      m.put("rrule", new Literal(set.toString()));
    } else if (recurrence instanceof CronSchedule cron) {
      MapNode c = MapNode.newFlow()
          .put("expression", quoted(cron.expression().toString()))
          .put("dialect", name(cron.expression().dialect()));
      cron.zone().ifPresent(z -> c.put("zone", zone(z)));
      if (cron.policy() != DstPolicy.SHIFT_FORWARD) {
        c.put("dst", name(cron.policy()));
      }
      m.put("cron", c);
    } else if (recurrence instanceof Anniversary a) {
      MapNode n = MapNode.newFlow();
      if (a.isMonthly()) {
        n.put("monthly", plain(Integer.toString(a.dayOfMonth().getAsInt())));
      } else {
        n.put("yearly", quoted(monthDay(a.monthDay().orElseThrow())));
      }
      a.firstDate().ifPresent(f -> n.put("first_date", date(f)));
      if (a.offsetDays() < 0) {
        n.put("days_before", plain(Integer.toString(-a.offsetDays())));
      } else if (a.offsetDays() > 0) {
        n.put("days_after", plain(Integer.toString(a.offsetDays())));
      }
      if (!a.time().equals(LocalTime.MIDNIGHT)) {
        n.put("at", quoted(time(a.time())));
      }
      if (a.leapDayPolicy() != LeapDayPolicy.FEB_28) {
        n.put("leap_day", name(a.leapDayPolicy()));
      }
      a.zone().ifPresent(z -> n.put("zone", zone(z)));
      m.put("anniversary", n);
    } else {
      throw unprintable(recurrence);
    }
  }

  static IllegalArgumentException unprintable(Recurrence recurrence) {
    return new IllegalArgumentException("Cannot print a schedule recurring on " + recurrence.getClass().getName()
        + " (" + recurrence.describe() + "): a policy recurs on a RecurrenceSet, CronSchedule or Anniversary");
  }

  private static Node optimizer(SendTimeOptimizer optimizer) {
    SendTimeOptimizer defaults = SendTimeOptimizer.ofDefaults();
    MapNode m = MapNode.newBlock();
    if (!optimizer.halfLife().equals(defaults.halfLife())) {
      m.put("half_life", duration(optimizer.halfLife()));
    }
    boolean weightsDiffer = false;
    MapNode weights = MapNode.newFlow();
    for (Engagement.Kind kind : Engagement.Kind.values()) {
      weightsDiffer |= Double.compare(optimizer.weight(kind), defaults.weight(kind)) != 0;
      weights.put(Names.of(kind), plain(Double.toString(optimizer.weight(kind))));
    }
    if (weightsDiffer) {
      m.put("weights", weights);
    }
    if (!optimizer.prior().equals(HourOfWeekProfile.uniform())) {
      List<Node> prior = new ArrayList<>();
      for (double w : optimizer.prior().toArray()) {
        prior.add(plain(Double.toString(w)));
      }
      m.put("prior", new SeqNode(prior, true, PRIOR_PER_LINE));
    }
    if (Double.compare(optimizer.priorStrength(), defaults.priorStrength()) != 0) {
      m.put("prior_strength", plain(Double.toString(optimizer.priorStrength())));
    }
    if (optimizer.minDataPoints() != defaults.minDataPoints()) {
      m.put("min_data_points", plain(Integer.toString(optimizer.minDataPoints())));
    }
    if (!optimizer.fallbackTime().equals(defaults.fallbackTime())) {
      m.put("fallback_time", quoted(time(optimizer.fallbackTime())));
    }
    return m.entries().isEmpty() ? MapNode.newFlow() : m;
  }

  // ---------------------------------------------------------------------------------------------
  // Scalars

  static Scalar plain(String text) {
    return new Scalar(text);
  }

  static Scalar name(Enum<?> constant) {
    return plain(Names.of(constant));
  }

  private static Scalar zone(ZoneId zone) {
    return string(zone.getId());
  }

  private static Scalar duration(Duration duration) {
    return plain(Durations.format(duration));
  }

  static Scalar date(LocalDate date) {
    return temporal(date.toString());
  }

  private static Scalar temporal(String text) {
    return TEMPORAL.matcher(text).matches() ? plain(text) : quoted(text);
  }

  /** A free string: plain when YAML reads it back as the same string, double-quoted otherwise. */
  static Scalar string(String text) {
    boolean plain = PLAIN.matcher(text).matches() && !text.endsWith(" ")
        && !RESERVED.contains(text.toLowerCase(Locale.ROOT));
    return plain ? plain(text) : quoted(text);
  }

  static Scalar quoted(String text) {
    return new Scalar('"' + Describe.escaped(text, Integer.MAX_VALUE) + '"');
  }

  /** Formats a time as {@code HH:MM}, or {@code HH:MM:SS} when it has seconds. */
  static String time(LocalTime time) {
    if (time.getNano() != 0) {
      throw new IllegalArgumentException("Cannot print the time " + time + ": a policy has whole seconds");
    }
    return time.getSecond() == 0
        ? String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute())
        : String.format(Locale.ROOT, "%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
  }

  static String window(LocalTime start, LocalTime end) {
    return time(start) + "-" + time(end);
  }

  static String monthDay(MonthDay monthDay) {
    return String.format(Locale.ROOT, "%02d-%02d", monthDay.getMonthValue(), monthDay.getDayOfMonth());
  }

  static SeqNode flowSeq(List<Node> items) {
    return new SeqNode(items, true, 0);
  }

  static SeqNode blockSeq(List<Node> items) {
    return new SeqNode(items, false, 0);
  }

  // ---------------------------------------------------------------------------------------------
  // Emitting

  private static void emitBlock(MapNode map, int indent, StringBuilder out) {
    for (Map.Entry<String, Node> e : map.entries().entrySet()) {
      out.append(" ".repeat(indent)).append(e.getKey()).append(':');
      emitValue(e.getValue(), indent, out);
    }
  }

  /** Emits the value of a key at an indent, after the key's colon. */
  private static void emitValue(Node value, int indent, StringBuilder out) {
    if (value instanceof Literal literal) {
      out.append(" |\n");
      for (String line : literal.text().split("\n", -1)) {
        out.append(" ".repeat(indent + 2)).append(line).append('\n');
      }
    } else if (value instanceof MapNode map && !map.flow()) {
      out.append('\n');
      emitBlock(map, indent + 2, out);
    } else if (value instanceof SeqNode seq && !seq.flow() && !seq.items().isEmpty()) {
      out.append('\n');
      emitSeq(seq, indent + 2, out);
    } else {
      out.append(' ');
      emitInline(value, indent + 2, out);
      out.append('\n');
    }
  }

  private static void emitSeq(SeqNode seq, int indent, StringBuilder out) {
    for (Node item : seq.items()) {
      out.append(" ".repeat(indent)).append("- ");
      if (item instanceof MapNode map && !map.flow()) {
        StringBuilder nested = new StringBuilder();
        emitBlock(map, indent + 2, nested);
        // The first key goes on the dash's line, in the place of its own indent.
        out.append(nested, indent + 2, nested.length());
      } else {
        emitInline(item, indent + 2, out);
        out.append('\n');
      }
    }
  }

  /** Emits a scalar or flow collection; a long flow sequence continues on lines at an indent. */
  private static void emitInline(Node node, int indent, StringBuilder out) {
    if (node instanceof Scalar scalar) {
      out.append(scalar.text());
    } else if (node instanceof MapNode map) {
      out.append('{');
      String separator = "";
      for (Map.Entry<String, Node> e : map.entries().entrySet()) {
        out.append(separator).append(e.getKey()).append(": ");
        emitInline(e.getValue(), indent, out);
        separator = ", ";
      }
      out.append('}');
    } else if (node instanceof SeqNode seq) {
      out.append('[');
      for (int i = 0; i < seq.items().size(); i++) {
        if (i > 0) {
          boolean wrap = seq.perLine() > 0 && i % seq.perLine() == 0;
          out.append(wrap ? ",\n" + " ".repeat(indent) : ", ");
        }
        emitInline(seq.items().get(i), indent, out);
      }
      out.append(']');
    } else {
      throw new AssertionError("A literal block is only ever the value of a key");
    }
  }
}
