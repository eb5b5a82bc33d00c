package org.sendtime.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sendtime.calendar.Blackout;
import org.sendtime.calendar.BlackoutAction;
import org.sendtime.calendar.BlackoutDates;
import org.sendtime.policy.BlackoutDatesIn;
import org.sendtime.policy.DeliverBy;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;
import org.sendtime.policy.ZoneStrategy;
import org.sendtime.recurrence.Recurrence;
import org.sendtime.rules.PolicyProblem.Severity;
import org.sendtime.time.LocalWindow;
import org.sendtime.time.WeeklyHours;

/**
 * The semantic checks of a policy: what a well-formed policy gets wrong. Core already rejects
 * settings that are invalid on their own (a weekend of seven days, blackout dates that cover
 * every date, a window of zero length); these checks look at how settings combine.
 *
 * <p>An error means no send can ever go out as written; a warning means part of the policy has
 * no effect, or some sends are certainly suppressed in a way the author probably did not mean.
 * A finding is reported only when it holds for certain, not when it merely might.
 *
 * <p>The weekly checks work on the wall clock, to the second: a time of the week is <em>open</em>
 * when it is on no weekend day, outside quiet hours and inside business hours. Holidays,
 * blackouts and constraints only close more time, so what these checks find closed is closed
 * whatever the date.
 */
final class PolicyChecks {
  private static final int DAY = 86_400;
  private static final int WEEK = 7 * DAY;
  /** The most occurrences of a recurring schedule looked at. */
  private static final int SAMPLED_OCCURRENCES = 64;
  /** The most a day of the wall clock may be shorter than 24 hours: a daylight-saving gap. */
  private static final int LONGEST_GAP = 3_600;
  private static final Instant SAMPLE_FROM = Instant.parse("1970-01-01T00:00:00Z");

  private PolicyChecks() {
  }

  /**
   * Checks a policy as a whole: these checks, then those of its campaign plan
   * ({@link WindowChecks}). The loader, the DSL's {@code build()} and the tests all judge a
   * policy by this one list.
   *
   * @param policy  the policy, not null
   * @return the findings, not null
   */
  static ImmutableList<Finding> checkAll(Policy policy) {
    return ImmutableList.<Finding>builder().addAll(check(policy)).addAll(WindowChecks.check(policy)).build();
  }

  /**
   * Checks a policy.
   *
   * @param policy  the policy, not null
   * @return the findings, errors and warnings, in the order of the keys they concern, not null
   */
  static ImmutableList<Finding> check(Policy policy) {
    checkNotNull(policy, "policy");
    SendPolicy p = policy.sendPolicy();
    List<Finding> out = new ArrayList<>();
    checkZones(p, out);
    Week week = Week.of(p);
    if (week.isNeverOpen()) {
      out.add(Finding.error("business_hours", neverOpen(p)));
    } else {
      checkBusinessHours(p, out);
    }
    checkBlackouts(p, out);
    if (!week.isNeverOpen()) {
      checkClosedStretches(p, week, out);
    }
    checkDeliverBy(policy, out);
    checkLateSends(p, out);
    if (!week.isNeverOpen()) {
      checkScheduleTimes(policy, week, out);
    }
    checkScheduleSettings(policy, out);
    return ImmutableList.copyOf(out);
  }

  // -------------------------------------------------------------------------------------------
  // Zones

  private static void checkZones(SendPolicy p, List<Finding> out) {
    String strategy = Names.of(p.zoneStrategy());
    if (p.zoneStrategy() != ZoneStrategy.SINGLE && p.fallbackZone().isEmpty()) {
      out.add(Finding.warning("zone_strategy", "sends to contacts without a zone are suppressed: zone_strategy "
          + strategy + " has no fallback_zone to read their wall clock in"));
    }
    if (p.zoneStrategy() == ZoneStrategy.SINGLE) {
      p.fallbackZone().ifPresent(z -> out.add(Finding.warning("fallback_zone", "fallback_zone " + z.getId()
          + " is never used: zone_strategy single reads every wall clock in zone " + p.zone().getId())));
      if (p.blackoutDatesIn() == BlackoutDatesIn.ORGANIZATION) {
        out.add(Finding.warning("blackout_dates_in", "blackout_dates_in organization has no effect: "
            + "zone_strategy single reads every date in zone " + p.zone().getId()));
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Business hours

  private static String neverOpen(SendPolicy p) {
    WeeklyHours hours = Objects.requireNonNull(p.businessHours().orElse(null));
    RangeSet<Integer> business = Week.of(hours);
    RangeSet<Integer> onWorkdays = Week.intersection(business, Week.workdays(p));
    // Name only what closes some of the hours: the weekend, quiet hours, or both.
    List<String> reasons = new ArrayList<>();
    if (!onWorkdays.equals(business)) {
      reasons.add("on weekend days (" + days(p) + ")");
    }
    if (!onWorkdays.isEmpty()) {
      reasons.add("within quiet hours " + p.quietHours().orElseThrow());
    }
    return "no time of the week is open for sends, so every send is suppressed: business hours " + hours
        + " lie entirely " + String.join(" or ", reasons);
  }

  private static void checkBusinessHours(SendPolicy p, List<Finding> out) {
    WeeklyHours hours = p.businessHours().orElse(null);
    if (hours == null) {
      return;
    }
    RangeSet<Integer> workdays = Week.workdays(p);
    RangeSet<Integer> loud = Week.outsideQuietHours(p);
    for (DayOfWeek day : DayOfWeek.values()) {
      List<LocalWindow> unused = new ArrayList<>();
      boolean byWeekend = true;
      boolean byQuiet = true;
      for (LocalWindow w : hours.windows(day)) {
        RangeSet<Integer> range = Week.of(day, w);
        RangeSet<Integer> onWorkdays = Week.intersection(range, workdays);
        RangeSet<Integer> outsideQuiet = Week.intersection(range, loud);
        if (Week.intersection(onWorkdays, loud).isEmpty()) {
          unused.add(w);
          byWeekend &= onWorkdays.isEmpty();
          byQuiet &= outsideQuiet.isEmpty();
        }
      }
      if (unused.isEmpty()) {
        continue;
      }
      String why;
      if (byWeekend && p.weekend().contains(day)) {
        why = Names.of(day) + " is a weekend day";
      } else if (byQuiet) {
        why = "they lie within quiet hours " + p.quietHours().orElseThrow();
      } else {
        why = "they lie on weekend days (" + days(p) + ") or within quiet hours " + p.quietHours().orElseThrow();
      }
      out.add(Finding.warning("business_hours", "business hours on " + Names.of(day) + " ("
          + unused.stream().map(LocalWindow::toString).collect(Collectors.joining(", ")) + ") are never used: "
          + why));
    }
  }

  private static String days(SendPolicy p) {
    return p.weekend().days().stream().map(Names::of).collect(Collectors.joining(", "));
  }

  // -------------------------------------------------------------------------------------------
  // Blackouts

  private static void checkBlackouts(SendPolicy p, List<Finding> out) {
    Optional<String> campaign = p.campaign();
    for (int i = 0; i < p.blackouts().size(); i++) {
      Blackout b = p.blackouts().get(i);
      String path = "blackouts[" + i + "]";
      // An unbound policy applies campaign-scoped blackouts once bound with forCampaign.
      if (campaign.isPresent() && !b.scope().appliesToCampaign(campaign.get())) {
        out.add(Finding.warning(path, "blackout " + b.name() + " never applies: it is scoped to campaigns "
            + b.scope().listedCampaigns() + " and the policy is bound to campaign " + campaign.get()));
        continue;
      }
      BlackoutDates dates = b.dates();
      if (b.action() == BlackoutAction.DELAY && dates.kind() == BlackoutDates.Kind.RANGE) {
        LocalDate first = dates.range().orElseThrow().getStart();
        LocalDate last = dates.range().orElseThrow().getEndInclusive();
        long days = dates.range().orElseThrow().lengthInDays();
        // A send wanted at the start of the first day waits the whole range, less at most a
        // daylight-saving gap, before the blackout lets it go.
        if (days * DAY - LONGEST_GAP > p.horizon().getSeconds()) {
          out.add(Finding.warning(path, "blackout " + b.name() + " (" + first + " to " + last + ", " + days
              + " days) is longer than the horizon " + Durations.format(p.horizon())
              + ": sends it delays from its first days are suppressed as beyond the horizon"));
        }
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Closed stretches against the horizon and deadlines

  private static void checkClosedStretches(SendPolicy p, Week week, List<Finding> out) {
    Week.Stretch longest = week.longestClosed();
    if (longest == null) {
      return;
    }
    if (longest.seconds > p.horizon().getSeconds()) {
      out.add(Finding.warning("horizon", "horizon " + Durations.format(p.horizon())
          + " is shorter than the longest closed stretch of the week, " + longest
          + ": sends wanted at its start are suppressed as beyond the horizon"));
    }
    for (int i = 0; i < p.deliverBy().size(); i++) {
      Optional<Duration> within = p.deliverBy().get(i).maxDelay();
      if (within.isPresent() && longest.seconds > within.get().getSeconds()) {
        out.add(Finding.warning("deliver_by[" + i + "]", "within " + Durations.format(within.get())
            + " is shorter than the longest closed stretch of the week, " + longest
            + ": sends wanted at its start are always suppressed as stale"));
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Deadlines and late sends

  private static void checkDeliverBy(Policy policy, List<Finding> out) {
    ImmutableList<DeliverBy> all = policy.sendPolicy().deliverBy();
    for (int i = 0; i < all.size(); i++) {
      DeliverBy d = all.get(i);
      for (int j = 0; j < all.size(); j++) {
        DeliverBy e = all.get(j);
        if (i == j) {
          continue;
        }
        boolean later = d.maxDelay().isPresent() && e.maxDelay().isPresent()
            ? tighter(e.maxDelay().get().compareTo(d.maxDelay().get()), j, i)
            : d.daysAfterAnchor().isPresent() && e.daysAfterAnchor().isPresent()
                && tighter(Integer.compare(e.daysAfterAnchor().get(), d.daysAfterAnchor().get()), j, i);
        if (later) {
          out.add(Finding.warning("deliver_by[" + i + "]", deadline(d) + " never applies: deliver_by[" + j
              + "] " + deadline(e) + (d.equals(e) ? " is the same deadline" : " is always earlier")));
          break;
        }
      }
    }
    Optional<PolicySchedule> schedule = policy.schedule();
    if (schedule.isPresent() && schedule.get().anchor().isEmpty()) {
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).daysAfterAnchor().isPresent()) {
          out.add(Finding.warning("deliver_by[" + i + "]", deadline(all.get(i))
              + " counts from the schedule's anchor date, and the schedule sets none: deciding fails unless"
              + " the host gives every send an anchor"));
        }
      }
    }
  }

  /** Whether the deadline at {@code j} makes the one at {@code i} redundant; the first of equals stays. */
  private static boolean tighter(int comparison, int j, int i) {
    return comparison < 0 || (comparison == 0 && j < i);
  }

  private static String deadline(DeliverBy d) {
    return d.maxDelay().isPresent()
        ? "within " + Durations.format(d.maxDelay().get())
        : "days_after_anchor " + d.daysAfterAnchor().orElseThrow();
  }

  private static void checkLateSends(SendPolicy p, List<Finding> out) {
    Duration tolerance = p.lateSends().sendNowWithin();
    for (int i = 0; i < p.deliverBy().size(); i++) {
      Optional<Duration> within = p.deliverBy().get(i).maxDelay();
      if (within.isPresent() && tolerance.compareTo(within.get()) > 0) {
        out.add(Finding.warning("late_sends", "send_now_within " + Durations.format(tolerance)
            + " is longer than deliver_by[" + i + "] within " + Durations.format(within.get())
            + ": a send late by more than " + Durations.format(within.get())
            + " is suppressed as stale instead of going out at launch"));
        return;
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Schedule

  private static void checkScheduleTimes(Policy policy, Week week, List<Finding> out) {
    SendPolicy p = policy.sendPolicy();
    Schedule s = policy.schedule().flatMap(PolicySchedule::schedule).orElse(null);
    // Under coordinated sends the wanted time is read in the policy's zone but judged in each
    // contact's, so no wall-clock time is closed for every contact.
    if (s == null || p.zoneStrategy() == ZoneStrategy.COORDINATED) {
      return;
    }
    if (s.kind() == Schedule.Kind.AT_LOCAL) {
      LocalDateTime at = s.localDateTime().orElseThrow();
      if (!week.isOpen(at)) {
        out.add(Finding.warning("schedule", "at_local " + at + " is a closed time of the week ("
            + Week.label(Week.secondOfWeek(at)) + "): every send is moved, to " + week.nextOpenLabel(at)
            + " at the earliest"));
      }
    } else if (s.kind() == Schedule.Kind.RECURRING) {
      List<LocalDateTime> times = wallClockOccurrences(s.recurrence().orElseThrow(), p);
      if (!times.isEmpty() && times.stream().noneMatch(week::isOpen)) {
        LocalDateTime first = times.get(0);
        String which = times.size() < SAMPLED_OCCURRENCES
            ? "none of its " + times.size() + " occurrences"
            : "none of its first " + times.size() + " occurrences";
        out.add(Finding.warning("schedule", which + " falls in an open time of the week: every send is moved,"
            + " such as the one at " + first + " (" + Week.label(Week.secondOfWeek(first)) + ") to "
            + week.nextOpenLabel(first) + " at the earliest"));
      }
    }
  }

  /**
   * The first occurrences of a recurrence on the wall clock that judges them, or none when that
   * clock differs from contact to contact.
   */
  private static List<LocalDateTime> wallClockOccurrences(Recurrence r, SendPolicy p) {
    ZoneId judged;
    Recurrence expanded;
    if (p.zoneStrategy() == ZoneStrategy.SINGLE) {
      judged = p.zone();
      expanded = r.zone().isPresent() ? r : r.withZone(judged);
    } else if (r.zone().isEmpty()) {
      // A floating recurrence keeps its wall-clock times in any zone.
      judged = ZoneOffset.UTC;
      expanded = r.withZone(judged);
    } else {
      return List.of();
    }
    try {
      return expanded.occurrencesAfter(SAMPLE_FROM)
          .limit(SAMPLED_OCCURRENCES)
          .map(z -> z.withZoneSameInstant(judged))
          .map(ZonedDateTime::toLocalDateTime)
          .collect(Collectors.toList());
    } catch (DateTimeException e) {
      // Occurrences near the last year there is may fall beyond it on the judging clock; nothing
      // is certain about them.
      return List.of();
    }
  }

  private static void checkScheduleSettings(Policy policy, List<Finding> out) {
    Optional<PolicySchedule> schedule = policy.schedule();
    if (schedule.isEmpty()) {
      return;
    }
    Optional<LocalDate> anchor = schedule.get().anchor();
    if (anchor.isPresent()
        && policy.sendPolicy().deliverBy().stream().noneMatch(d -> d.daysAfterAnchor().isPresent())) {
      out.add(Finding.warning("schedule", "anchor " + anchor.get()
          + " is never used: no deliver_by entry has days_after_anchor"));
    }
    if (!schedule.get().isOptimized() && policy.optimizer().isPresent()) {
      out.add(Finding.warning("optimizer", "the optimizer settings are never used: the schedule is "
          + kind(schedule.get().schedule().orElseThrow()) + ", not optimized"));
    }
  }

  /** The schedule's kind as a policy spells it. */
  private static String kind(Schedule s) {
    return s.kind() == Schedule.Kind.AT_INSTANT ? "at" : Names.of(s.kind());
  }

  // -------------------------------------------------------------------------------------------

  /**
   * The open time of a policy's week on the wall clock, as seconds from Monday 00:00.
   */
  static final class Week {
    private final RangeSet<Integer> open;

    private Week(RangeSet<Integer> open) {
      this.open = open;
    }

    /** The open time of a policy: workdays, outside quiet hours, inside business hours. */
    static Week of(SendPolicy p) {
      RangeSet<Integer> open = intersection(workdays(p), outsideQuietHours(p));
      WeeklyHours hours = p.businessHours().orElse(null);
      return new Week(hours == null ? open : intersection(open, of(hours)));
    }

    /** The open time of business hours alone. */
    static RangeSet<Integer> of(WeeklyHours hours) {
      RangeSet<Integer> business = TreeRangeSet.create();
      for (DayOfWeek day : DayOfWeek.values()) {
        for (LocalWindow w : hours.windows(day)) {
          business.addAll(of(day, w));
        }
      }
      return business;
    }

    static RangeSet<Integer> workdays(SendPolicy p) {
      RangeSet<Integer> days = TreeRangeSet.create();
      for (DayOfWeek day : DayOfWeek.values()) {
        if (!p.weekend().contains(day)) {
          days.add(Range.closedOpen((day.getValue() - 1) * DAY, day.getValue() * DAY));
        }
      }
      return days;
    }

    static RangeSet<Integer> outsideQuietHours(SendPolicy p) {
      RangeSet<Integer> loud = TreeRangeSet.create();
      loud.add(Range.closedOpen(0, WEEK));
      p.quietHours().ifPresent(q -> {
        for (DayOfWeek day : DayOfWeek.values()) {
          loud.removeAll(of(day, q));
        }
      });
      return loud;
    }

    /** A window starting on a day, wrapped at the end of the week. */
    static RangeSet<Integer> of(DayOfWeek day, LocalWindow w) {
      RangeSet<Integer> r = TreeRangeSet.create();
      int from = (day.getValue() - 1) * DAY + w.startSecondOfDay();
      int to = from + w.lengthSeconds();
      if (to <= WEEK) {
        r.add(Range.closedOpen(from, to));
      } else {
        r.add(Range.closedOpen(from, WEEK));
        r.add(Range.closedOpen(0, to - WEEK));
      }
      return r;
    }

    static RangeSet<Integer> intersection(RangeSet<Integer> a, RangeSet<Integer> b) {
      RangeSet<Integer> r = TreeRangeSet.create(a);
      r.removeAll(b.complement());
      return r;
    }

    boolean isNeverOpen() {
      return open.isEmpty();
    }

    boolean isOpen(int secondOfWeek) {
      return open.contains(secondOfWeek);
    }

    boolean isOpen(LocalDateTime local) {
      return isOpen(secondOfWeek(local));
    }

    static int secondOfWeek(LocalDateTime local) {
      return (local.getDayOfWeek().getValue() - 1) * DAY + local.toLocalTime().toSecondOfDay();
    }

    /** The first open time of the week after a closed one. */
    String nextOpenLabel(LocalDateTime closed) {
      int t = secondOfWeek(closed);
      // Past the last open stretch of the week, the first one of the next week follows.
      Range<Integer> next = open.subRangeSet(Range.atLeast(t)).asRanges().stream().findFirst()
          .orElse(open.asRanges().iterator().next());
      return label(next.lowerEndpoint());
    }

    /** The longest closed stretch, joined across the end of the week, or null if always open. */
    @Nullable Stretch longestClosed() {
      List<Range<Integer>> closed = new ArrayList<>(
          open.complement().subRangeSet(Range.closedOpen(0, WEEK)).asRanges());
      if (closed.isEmpty()) {
        return null;
      }
      List<Stretch> stretches = new ArrayList<>();
      for (Range<Integer> r : closed) {
        stretches.add(new Stretch(r.lowerEndpoint(), r.upperEndpoint() - r.lowerEndpoint()));
      }
      Stretch first = stretches.get(0);
      Stretch last = stretches.get(stretches.size() - 1);
      if (stretches.size() > 1 && first.start == 0 && last.start + last.seconds == WEEK) {
        stretches.set(stretches.size() - 1, new Stretch(last.start, last.seconds + first.seconds));
        stretches.remove(0);
      }
      Stretch longest = stretches.get(0);
      for (Stretch s : stretches) {
        if (s.seconds > longest.seconds) {
          longest = s;
        }
      }
      return longest;
    }

    /** A time of the week as text, such as {@code FRI 17:00}. */
    static String label(int secondOfWeek) {
      int t = Math.floorMod(secondOfWeek, WEEK);
      int sod = t % DAY;
      String time = String.format(java.util.Locale.ROOT, "%02d:%02d", sod / 3600, sod / 60 % 60);
      if (sod % 60 != 0) {
        time += String.format(java.util.Locale.ROOT, ":%02d", sod % 60);
      }
      return Names.of(DayOfWeek.of(t / DAY + 1)) + " " + time;
    }

    /** A closed stretch of the week, which may run across its end. */
    static final class Stretch {
      final int start;
      final int seconds;

      Stretch(int start, int seconds) {
        this.start = start;
        this.seconds = seconds;
      }

      @Override
      public String toString() {
        return Durations.format(Duration.ofSeconds(seconds)) + " from " + label(start) + " to "
            + label(start + seconds);
      }
    }
  }

  /**
   * One finding: its severity, the key path it concerns, such as {@code blackouts[2]}, and what
   * is wrong. The loader turns the path into a line and column.
   */
  static final class Finding {
    private final Severity severity;
    private final String path;
    private final String message;

    private Finding(Severity severity, String path, String message) {
      this.severity = severity;
      this.path = path;
      this.message = message;
    }

    static Finding error(String path, String message) {
      return new Finding(Severity.ERROR, path, message);
    }

    static Finding warning(String path, String message) {
      return new Finding(Severity.WARNING, path, message);
    }

    Severity severity() {
      return severity;
    }

    String path() {
      return path;
    }

    String message() {
      return message;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof Finding && ((Finding) obj).severity == severity && ((Finding) obj).path.equals(path)
          && ((Finding) obj).message.equals(message);
    }

    @Override
    public int hashCode() {
      return Objects.hash(severity, path, message);
    }

    /**
     * Outputs this finding as {@code severity: path: message}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
      return severity + ": " + path + ": " + message;
    }
  }
}
