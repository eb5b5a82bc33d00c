package org.sendtime.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.sendtime.calendar.Blackout;
import org.sendtime.calendar.BlackoutAction;
import org.sendtime.calendar.BlackoutDates;
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
import org.sendtime.policy.ZoneStrategy;
import org.sendtime.recurrence.Anniversary;
import org.sendtime.recurrence.CronSchedule;
import org.sendtime.recurrence.LeapDayPolicy;
import org.sendtime.recurrence.Recurrence;
import org.sendtime.recurrence.RecurrenceSet;
import org.sendtime.time.DstPolicy;

/**
 * Writes a {@link Policy} as Java source: the import declarations and the DSL expression that
 * builds an equal policy, one builder call per line, settings at their defaults left out. Host
 * calendars and constraints are read by name from the maps {@code calendars} and
 * {@code constraints}, which the code that holds the expression declares.
 *
 * <p>An instance collects the imports of one expression; it is used once.
 */
final class JavaPrinter {
  private static final String DSL = PolicyDsl.class.getName();
  private static final int PRIOR_PER_LINE = 12;

  private final TreeSet<String> staticImports = new TreeSet<>();
  private final TreeSet<String> imports = new TreeSet<>();
  private final StringBuilder expression = new StringBuilder();

  private JavaPrinter() {
  }

  static String print(Policy policy) {
    JavaPrinter printer = new JavaPrinter();
    printer.policy(policy);
    StringBuilder out = new StringBuilder();
    printer.staticImports.forEach(i -> out.append("import static ").append(i).append(";\n"));
    printer.imports.forEach(i -> out.append("import ").append(i).append(";\n"));
    return out.append('\n').append(printer.expression).append('\n').toString();
  }

  private void policy(Policy policy) {
    SendPolicy p = policy.sendPolicy();
    expression.append(type(Policy.class)).append(".named(").append(literal(p.name())).append(')');
    call("zone", literal(p.zone().getId()));
    if (p.zoneStrategy() == ZoneStrategy.RECIPIENT_LOCAL) {
      call("recipientLocal");
    } else if (p.zoneStrategy() == ZoneStrategy.COORDINATED) {
      call("coordinated");
    }
    p.fallbackZone().ifPresent(z -> call("fallbackZone", literal(z.getId())));
    p.quietHours().ifPresent(w ->
        call("quietHours", literal(YamlPrinter.time(w.start())), literal(YamlPrinter.time(w.end()))));
    p.businessHours().ifPresent(h -> call("businessHours", literal(h.toString())));
    if (!p.weekend().equals(YamlPrinter.DEFAULTS.weekend())) {
      call("weekend", p.weekend().days().stream().map(this::day).toArray(String[]::new));
    }
    p.holidays().ifPresent(c -> call("holidays", calendar(c)));
    if (p.blackoutDatesIn() != YamlPrinter.DEFAULTS.blackoutDatesIn()) {
      call("blackoutDatesIn", constant(p.blackoutDatesIn()));
    }
    for (Blackout b : p.blackouts()) {
      call("blackout", blackout(b));
    }
    for (Constraint c : p.constraints()) {
      call("constraint", "constraints.get(" + literal(c.name()) + ")");
    }
    if (!p.horizon().equals(YamlPrinter.DEFAULTS.horizon())) {
      call("horizon", literal(Durations.format(p.horizon())));
    }
    for (DeliverBy d : p.deliverBy()) {
      if (d.maxDelay().isPresent()) {
        call("deliverWithin", literal(Durations.format(d.maxDelay().get())));
      } else {
        call("deliverByAnchor", Integer.toString(d.daysAfterAnchor().orElseThrow()));
      }
    }
    if (!p.lateSends().equals(YamlPrinter.DEFAULTS.lateSends())) {
      call("lateSends", literal(Durations.format(p.lateSends().sendNowWithin())), constant(p.lateSends().otherwise()));
    }
    if (p.dstPolicy() != YamlPrinter.DEFAULTS.dstPolicy()) {
      call("dstPolicy", constant(p.dstPolicy()));
    }
    p.campaign().ifPresent(c -> call("campaign", literal(c)));
    if (!p.coordinationSpan().equals(YamlPrinter.DEFAULTS.coordinationSpan())) {
      call("coordinationSpan", literal(Durations.format(p.coordinationSpan())));
    }
    policy.description().ifPresent(d -> call("description", literal(d)));
    policy.schedule().ifPresent(s -> {
      String schedule = schedule(s);
      if (s.anchor().isPresent()) {
        call("schedule", schedule, date(s.anchor().get()));
      } else {
        call("schedule", schedule);
      }
    });
    policy.optimizer().ifPresent(this::optimizer);
    WindowsJava.calls(policy, this);
    call("build");
  }

  private String calendar(HolidayCalendar calendar) {
    if (calendar.equals(HolidayCalendar.usFederal())) {
      return dsl("US_FEDERAL");
    }
    if (calendar.equals(HolidayCalendar.none())) {
      return dsl("NO_HOLIDAYS");
    }
    List<String> args = new ArrayList<>();
    args.add(literal(calendar.name()));
    if (calendar instanceof RuleBasedHolidayCalendar rules) {
      rules.rules().forEach(r -> args.add(holidayRule(r)));
      return dsl("calendar") + "(" + String.join(", ", args) + ")";
    }
    if (calendar instanceof UnionHolidayCalendar union) {
      union.calendars().forEach(c -> args.add(calendar(c)));
      return dsl("union") + "(" + String.join(", ", args) + ")";
    }
    return "calendars.get(" + literal(YamlPrinter.hostCalendarName(calendar)) + ")";
  }

  private String holidayRule(HolidayRule rule) {
    String name = literal(rule.name());
    StringBuilder sb = new StringBuilder(switch (rule.kind()) {
      case FIXED_DATE -> dsl("fixedHoliday") + "(" + name + ", "
          + literal(YamlPrinter.monthDay(MonthDay.of(rule.month().orElseThrow(), rule.dayOfMonth().orElseThrow())))
          + ")";
      case NTH_WEEKDAY -> dsl("nthWeekdayHoliday") + "(" + name + ", " + rule.ordinal().orElseThrow() + ", "
          + day(rule.dayOfWeek().orElseThrow()) + ", " + month(rule.month().orElseThrow()) + ")";
      case LAST_WEEKDAY -> dsl("lastWeekdayHoliday") + "(" + name + ", " + day(rule.dayOfWeek().orElseThrow())
          + ", " + month(rule.month().orElseThrow()) + ")";
      case EASTER -> dsl("easterHoliday") + "(" + name + ", " + rule.offsetDays().orElseThrow() + ")";
    });
    if (rule.observedShift() != ObservedShift.NONE) {
      sb.append(".withObserved(").append(constant(rule.observedShift())).append(')');
    }
    rule.firstYear().ifPresent(y -> sb.append(".from(").append(y).append(')'));
    rule.lastYear().ifPresent(y -> sb.append(".until(").append(y).append(')'));
    return sb.toString();
  }

  private String blackout(Blackout blackout) {
    String name = literal(blackout.name());
    BlackoutDates d = blackout.dates();
    StringBuilder sb = new StringBuilder();
    switch (d.kind()) {
      case RANGE -> {
        LocalDate first = d.range().orElseThrow().getStart();
        LocalDate last = d.range().orElseThrow().getEndInclusive();
        sb.append(first.equals(last)
            ? dsl("on") + "(" + name + ", " + date(first) + ")"
            : dsl("between") + "(" + name + ", " + date(first) + ", " + date(last) + ")");
      }
      case YEARLY -> sb.append(dsl("yearly")).append('(').append(name).append(", ")
          .append(literal(YamlPrinter.monthDay(d.firstMonthDay().orElseThrow()))).append(", ")
          .append(literal(YamlPrinter.monthDay(d.lastMonthDay().orElseThrow()))).append(')');
      case QUARTERLY, MONTHLY -> {
        boolean quarterly = d.kind() == BlackoutDates.Kind.QUARTERLY;
        if (d.lastDaysOfPeriod().isPresent()) {
          sb.append(dsl(quarterly ? "lastDaysOfQuarter" : "lastDaysOfMonth")).append('(').append(name).append(", ")
              .append(d.lastDaysOfPeriod().getAsInt()).append(')');
        } else {
          sb.append(dsl(quarterly ? "quarterly" : "monthly")).append('(').append(name).append(", ")
              .append(d.firstDayOfPeriod().getAsInt()).append(", ").append(d.lastDayOfPeriod().getAsInt()).append(')');
        }
      }
    }
    d.validFrom().ifPresent(from -> sb.append(".from(").append(date(from)).append(')'));
    d.validUntil().ifPresent(until -> sb.append(".until(").append(date(until)).append(')'));
    if (blackout.action() == BlackoutAction.SKIP) {
      sb.append(".skip()");
    }
    if (!blackout.scope().listedCampaigns().isEmpty()) {
      sb.append(".campaigns(").append(literals(blackout.scope().listedCampaigns())).append(')');
    }
    if (!blackout.scope().listedLocations().isEmpty()) {
      sb.append(".locations(").append(literals(blackout.scope().listedLocations())).append(')');
    }
    return sb.toString();
  }

  private String schedule(PolicySchedule schedule) {
    if (schedule.isOptimized()) {
      return dsl("optimized") + "()";
    }
    Schedule s = schedule.schedule().orElseThrow();
    return switch (s.kind()) {
      case IMMEDIATE -> dsl("immediate") + "()";
      case AT_INSTANT -> dsl("at") + "(" + literal(s.instant().orElseThrow().toString()) + ")";
      case AT_LOCAL -> dsl("atLocal") + "(" + literal(s.localDateTime().orElseThrow().toString()) + ")";
      case RECURRING -> recurrence(s.recurrence().orElseThrow());
      case OPTIMIZED -> throw new AssertionError("A policy schedule holds no contact's recommendation");
    };
  }

  private String recurrence(Recurrence recurrence) {
    if (recurrence instanceof RecurrenceSet set) {
      return dsl("rrule") + "(" + literal(set.toString()) + ")";
    }
    if (recurrence instanceof CronSchedule cron) {
      List<String> args = new ArrayList<>();
      args.add(literal(cron.expression().toString()));
      args.add(constant(cron.expression().dialect()));
      cron.zone().ifPresent(z -> args.add(literal(z.getId())));
      if (cron.policy() != DstPolicy.SHIFT_FORWARD) {
        args.add(constant(cron.policy()));
      }
      return dsl("cron") + "(" + String.join(", ", args) + ")";
    }
    if (recurrence instanceof Anniversary a) {
      StringBuilder sb = new StringBuilder(dsl("anniversary")).append('(').append(type(Anniversary.class));
      if (a.isMonthly()) {
        sb.append(".monthly(").append(a.dayOfMonth().getAsInt()).append(')');
      } else {
        MonthDay md = a.monthDay().orElseThrow();
        sb.append(".yearly(").append(type(MonthDay.class)).append(".of(").append(md.getMonthValue()).append(", ")
            .append(md.getDayOfMonth()).append("))");
      }
      a.firstDate().ifPresent(f -> sb.append(".startingFrom(").append(localDate(f)).append(')'));
      if (a.offsetDays() < 0) {
        sb.append(".daysBefore(").append(-a.offsetDays()).append(')');
      } else if (a.offsetDays() > 0) {
        sb.append(".daysAfter(").append(a.offsetDays()).append(')');
      }
      if (!a.time().equals(LocalTime.MIDNIGHT)) {
        sb.append(".at(").append(type(LocalTime.class)).append(".parse(").append(literal(YamlPrinter.time(a.time())))
            .append("))");
      }
      if (a.leapDayPolicy() != LeapDayPolicy.FEB_28) {
        sb.append(".withLeapDayPolicy(").append(constant(a.leapDayPolicy())).append(')');
      }
      a.zone().ifPresent(z -> sb.append(".withZone(").append(type(ZoneId.class)).append(".of(")
          .append(literal(z.getId())).append("))"));
      return sb.append(')').toString();
    }
    throw YamlPrinter.unprintable(recurrence);
  }

  private void optimizer(SendTimeOptimizer optimizer) {
    SendTimeOptimizer defaults = SendTimeOptimizer.ofDefaults();
    if (optimizer.equals(defaults)) {
      call("optimizer", type(SendTimeOptimizer.class) + ".ofDefaults()");
      return;
    }
    if (!optimizer.halfLife().equals(defaults.halfLife())) {
      call("optimizerHalfLife", literal(Durations.format(optimizer.halfLife())));
    }
    for (Engagement.Kind kind : Engagement.Kind.values()) {
      if (Double.compare(optimizer.weight(kind), defaults.weight(kind)) != 0) {
        call("optimizerWeight", constant(kind), Double.toString(optimizer.weight(kind)));
      }
    }
    if (!optimizer.prior().equals(defaults.prior())) {
      double[] weights = optimizer.prior().toArray();
      StringBuilder sb = new StringBuilder(type(HourOfWeekProfile.class)).append(".of(new double[] {");
      for (int i = 0; i < weights.length; i++) {
        sb.append(i == 0 ? "" : i % PRIOR_PER_LINE == 0 ? ",\n        " : ", ").append(Double.toString(weights[i]));
      }
      call("optimizerPrior", sb.append("})").toString());
    }
    if (Double.compare(optimizer.priorStrength(), defaults.priorStrength()) != 0) {
      call("optimizerPriorStrength", Double.toString(optimizer.priorStrength()));
    }
    if (optimizer.minDataPoints() != defaults.minDataPoints()) {
      call("optimizerMinDataPoints", Integer.toString(optimizer.minDataPoints()));
    }
    if (!optimizer.fallbackTime().equals(defaults.fallbackTime())) {
      call("optimizerFallbackTime", literal(YamlPrinter.time(optimizer.fallbackTime())));
    }
  }

  // ---------------------------------------------------------------------------------------------

  void call(String method, String... args) {
    expression.append("\n    .").append(method).append('(').append(String.join(", ", args)).append(')');
  }

  private String dsl(String member) {
    staticImports.add(DSL + "." + member);
    return member;
  }

  /** Names a static member of a class, imported statically. */
  String staticMember(Class<?> owner, String member) {
    staticImports.add(owner.getName() + "." + member);
    return member;
  }

  String type(Class<?> type) {
    imports.add(type.getName());
    return type.getSimpleName();
  }

  /** Names an enum constant by its class, since several enums share constant names such as SKIP. */
  String constant(Enum<?> constant) {
    Class<?> type = constant.getDeclaringClass();
    Class<?> outer = type.getEnclosingClass();
    String name = outer == null ? type(type) : type(outer) + "." + type.getSimpleName();
    return name + "." + constant.name();
  }

  private String day(DayOfWeek day) {
    staticImports.add(DayOfWeek.class.getName() + "." + day.name());
    return day.name();
  }

  private String month(Month month) {
    staticImports.add(Month.class.getName() + "." + month.name());
    return month.name();
  }

  /** A date as the text the DSL reads, which is the text YAML holds, for every year. */
  String date(LocalDate date) {
    return literal(date.toString());
  }

  String localDate(LocalDate date) {
    return type(LocalDate.class) + ".of(" + date.getYear() + ", " + date.getMonthValue() + ", "
        + date.getDayOfMonth() + ")";
  }

  private static String literals(Iterable<String> texts) {
    List<String> out = new ArrayList<>();
    texts.forEach(t -> out.add(literal(t)));
    return String.join(", ", out);
  }

  /**
   * A Java string literal; control characters are octal escapes, which javac reads after Unicode
   * escapes. An unpaired surrogate, which a source file cannot hold, is a Unicode escape.
   */
  static String literal(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1));
        sb.append(paired ? String.valueOf(c) + text.charAt(++i) : String.format(Locale.ROOT, "\\u%04X", (int) c));
        continue;
      }
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            sb.append(String.format(Locale.ROOT, "\\%03o", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
