package org.sendtime.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.sendtime.internal.EpochDays.SECONDS_PER_DAY;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.sendtime.calendar.Blackout;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.calendar.Weekend;
import org.sendtime.internal.ZoneTimeline;
import org.sendtime.recurrence.Recurrence;
import org.sendtime.time.DstPolicy;
import org.sendtime.time.LocalWindow;
import org.sendtime.time.WeeklyHours;

/**
 * The rules that decide when a message may go out, and the engine that applies them.
 *
 * <p>A policy composes a {@link ZoneStrategy}, quiet hours, business hours, a weekend, a holiday
 * calendar, blackouts, a host's own {@link Constraint}s, a horizon, deliver-by deadlines and what
 * a late send is worth. {@link #decide} turns a contact, a {@link Schedule} and the launch instant
 * into a {@link Decision}:
 * <ol>
 *   <li>the schedule gives the <em>candidate</em>: the instant the send is wanted, reading a
 *       wall-clock time in the policy's zone or the contact's as the zone strategy says;
 *   <li>a candidate already past at launch is handled by the {@link LateSends} setting;
 *   <li>every rule that moves sends (quiet hours, business hours, weekend, holidays, blackouts
 *       with {@code DELAY}, constraints) is applied until none moves the send further: the
 *       result is the earliest instant at or after the candidate that all of them allow;
 *   <li>the rules that suppress sends (blackouts with {@code SKIP}, constraints, deliver-by)
 *       judge that instant.
 * </ol>
 * The result does not depend on the order in which rules were added. When no instant within
 * the horizon (default 365 days) is allowed, the send is {@link Decision.Suppressed suppressed}
 * with that reason; it is never dropped and the search never runs forever.
 *
 * <p>Local rules are judged on the wall clock of the contact's zone under {@link
 * ZoneStrategy#RECIPIENT_LOCAL} and {@link ZoneStrategy#COORDINATED}, and on the policy's under
 * {@link ZoneStrategy#SINGLE}. A wanted wall-clock time that falls in a daylight-saving gap
 * reads as java.time reads it, forward by the length of the gap (or as the {@link DstPolicy}
 * says). A rule that moves a send to a wall-clock time moves it to the first instant the clock
 * reaches that time: through a gap, the transition itself; where the clocks go back, the
 * wall-clock times that come round again count as well.
 *
 * <pre>
 * SendPolicy policy = SendPolicy.builder(ZoneId.of("America/New_York"))
 *     .zoneStrategy(ZoneStrategy.RECIPIENT_LOCAL)
 *     .fallbackZone(ZoneId.of("America/New_York"))
 *     .quietHours(LocalWindow.parse("21:00-08:00"))
 *     .businessHours(WeeklyHours.parse("MON-FRI 09:00-17:00"))
 *     .holidays(HolidayCalendar.usFederal())
 *     .build();
 * Decision d = policy.decide(Contact.of("c1", ZoneId.of("America/Chicago")),
 *     Schedule.atLocal(LocalDateTime.parse("2026-12-25T10:00")), launch);
 * // Scheduled at 2026-12-28T09:00-06:00[America/Chicago]: Christmas Day, then a Saturday and a
 * // Sunday, are skipped.
 * </pre>
 *
 * <p>Deciding allocates only the decision unless it is explained. A policy keeps a table of
 * offsets for each zone it has met, built on first use and shared by all threads.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SendPolicy {

  private static final Duration DEFAULT_HORIZON = Duration.ofDays(365);
  private static final Duration DEFAULT_COORDINATION_SPAN = Duration.ofDays(7);
  /** The step at which {@link #coordinate} looks for the end of an allowed stretch. */
  private static final long COORDINATION_STEP = 60;

  private final String name;
  private final ZoneId zone;
  private final ZoneStrategy strategy;
  private final @Nullable ZoneId fallbackZone;
  private final @Nullable LocalWindow quietHours;
  private final @Nullable WeeklyHours businessHours;
  private final Weekend weekend;
  private final @Nullable HolidayCalendar holidays;
  private final ImmutableList<Blackout> blackouts;
  private final BlackoutDatesIn blackoutDatesIn;
  private final ImmutableList<Constraint> constraints;
  private final Duration horizon;
  private final ImmutableList<DeliverBy> deliverBy;
  private final LateSends lateSends;
  private final DstPolicy dstPolicy;
  private final @Nullable String campaign;
  private final Duration coordinationSpan;

  private final ConcurrentHashMap<ZoneId, ZoneTimeline> timelines;
  /** Timelines by the identity of the ZoneId last used to find them; see {@link #timeline}. */
  private final Recent[] recent = new Recent[256];
  private final ZoneTimeline policyTimeline;
  /** Rules that may move a send, in a canonical order. */
  private final Rule[] movers;
  /** Rules that may suppress a send, in a canonical order. */
  private final Rule[] suppressors;
  private final long horizonSeconds;
  private final long toleranceSeconds;

  private SendPolicy(Builder b, @Nullable ConcurrentHashMap<ZoneId, ZoneTimeline> shared) {
    this.name = b.name;
    this.zone = Objects.requireNonNull(b.zone);
    this.strategy = b.strategy;
    this.fallbackZone = b.fallbackZone;
    this.quietHours = b.quietHours;
    this.businessHours = b.businessHours;
    this.weekend = b.weekend;
    this.holidays = b.holidays;
    this.blackouts = ImmutableList.copyOf(b.blackouts);
    this.blackoutDatesIn = b.blackoutDatesIn;
    this.constraints = ImmutableList.copyOf(b.constraints);
    this.horizon = b.horizon;
    this.deliverBy = ImmutableList.copyOf(b.deliverBy);
    this.lateSends = b.lateSends;
    this.dstPolicy = b.dstPolicy;
    this.campaign = b.campaign;
    this.coordinationSpan = b.coordinationSpan;
    this.timelines = shared != null ? shared : new ConcurrentHashMap<>();
    this.policyTimeline = timeline(zone);
    this.horizonSeconds = horizon.getSeconds();
    this.toleranceSeconds = lateSends.sendNowWithin().getSeconds();

    List<Rule> rules = new ArrayList<>();
    if (quietHours != null) {
      rules.add(new Rules.QuietHours(quietHours));
    }
    if (businessHours != null) {
      rules.add(new Rules.BusinessHours(businessHours));
    }
    if (!weekend.days().isEmpty()) {
      rules.add(new Rules.Weekends(weekend));
    }
    if (holidays != null) {
      rules.add(new Rules.Holidays(holidays));
    }
    List<Rule> named = new ArrayList<>();
    ZoneTimeline organization = blackoutDatesIn == BlackoutDatesIn.ORGANIZATION ? policyTimeline : null;
    for (Blackout blackout : blackouts) {
      if (blackout.scope().appliesToCampaign(campaign)) {
        named.add(new Rules.Blackouts(blackout, organization));
      }
    }
    for (Constraint c : constraints) {
      named.add(new Rules.Custom(c));
    }
    // A canonical order, so that traces and the choice among several suppressing rules do not
    // depend on the order rules were added in.
    named.sort(Comparator.comparing(Rule::name).thenComparing(r -> r.getClass().getName()));
    rules.addAll(named);
    this.movers = rules.stream().filter(Rule::mayMove).toArray(Rule[]::new);
    this.suppressors = rules.stream().filter(Rule::maySuppress).toArray(Rule[]::new);
  }

  /**
   * Creates a builder of a policy in a zone: the organisation's zone, where a {@link
   * ZoneStrategy#SINGLE} policy reads every wall-clock time.
   *
   * @param zone  the policy's zone, not null
   * @return a new builder, not null
   */
  public static Builder builder(ZoneId zone) {
    return new Builder(checkNotNull(zone, "zone"));
  }

  /**
   * Returns a builder holding this policy's settings.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder(zone);
    b.name = name;
    b.strategy = strategy;
    b.fallbackZone = fallbackZone;
    b.quietHours = quietHours;
    b.businessHours = businessHours;
    b.weekend = weekend;
    b.holidays = holidays;
    b.blackouts.addAll(blackouts);
    b.blackoutDatesIn = blackoutDatesIn;
    b.constraints.addAll(constraints);
    b.horizon = horizon;
    b.deliverBy.addAll(deliverBy);
    b.lateSends = lateSends;
    b.dstPolicy = dstPolicy;
    b.campaign = campaign;
    b.coordinationSpan = coordinationSpan;
    return b;
  }

  /**
   * Returns this policy bound to a campaign: blackouts scoped to other campaigns no longer
   * apply. The copy shares this policy's zone tables.
   *
   * @param campaignId  the campaign, not blank
   * @return the policy for that campaign, not null
   */
  public SendPolicy forCampaign(String campaignId) {
    checkNotNull(campaignId, "campaignId");
    checkArgument(!campaignId.isBlank(), "Campaign id must not be blank");
    Builder b = toBuilder();
    b.campaign = campaignId;
    return new SendPolicy(b, timelines);
  }

  // ----------------------------------------------------------------------------------------
  // Deciding

  /**
   * Decides when a send may go out.
   *
   * @param contact  the contact, not null
   * @param schedule  when the send is wanted, not null
   * @param launch  the instant the campaign launches, which an immediate schedule sends at and
   *     before which nothing is sent, not null
   * @return the decision, without a trace, not null
   * @throws IllegalArgumentException if the policy has a deadline relative to an anchor and the
   *     schedule has no anchor
   */
  public Decision decide(Contact contact, Schedule schedule, Instant launch) {
    checkNotNull(contact, "contact");
    checkNotNull(schedule, "schedule");
    return run(contact, schedule, seconds(launch), null);
  }

  /**
   * Decides when a send wanted at an instant may go out, launched at that instant.
   *
   * @param contact  the contact, not null
   * @param candidate  the instant the send is wanted, not null
   * @return the decision, without a trace, not null
   */
  public Decision decide(Contact contact, Instant candidate) {
    checkNotNull(contact, "contact");
    long t = seconds(candidate);
    return run(contact, Schedule.Kind.AT_INSTANT, t, null, null, t, null);
  }

  /**
   * Decides as {@link #decide(Contact, Schedule, Instant)} does, and records why: the decision's
   * {@link Decision#trace()} holds each rule that moved or suppressed the send.
   *
   * @param contact  the contact, not null
   * @param schedule  when the send is wanted, not null
   * @param launch  the instant the campaign launches, not null
   * @return the decision, with its trace, not null
   */
  public Decision explain(Contact contact, Schedule schedule, Instant launch) {
    checkNotNull(contact, "contact");
    checkNotNull(schedule, "schedule");
    return run(contact, schedule, seconds(launch), new ArrayList<>());
  }

  private static long seconds(Instant instant) {
    checkNotNull(instant, "instant");
    // Fractions of a second round up: nothing goes out before the instant given.
    return instant.getNano() == 0 ? instant.getEpochSecond() : instant.getEpochSecond() + 1;
  }

  private Decision run(Contact contact, Schedule s, long launch, @Nullable List<TraceStep> trace) {
    if (s.kind() == Schedule.Kind.OPTIMIZED) {
      ZoneTimeline judged = judgedIn(contact);
      if (judged != null) {
        // The recommendation's time on the contact's wall clock is an absolute candidate.
        long at = Objects.requireNonNull(s.recommendationOrNull())
            .nextAfter(Instant.ofEpochSecond(launch), judged.zone()).toEpochSecond();
        return run(contact, Schedule.Kind.AT_INSTANT, at, null, s.anchorOrNull(), launch, trace);
      }
    }
    return run(contact, s.kind(), s.second(), s.recurrenceOrNull(), s.anchorOrNull(), launch, trace);
  }

  private Decision run(
      Contact contact,
      Schedule.Kind kind,
      long second,
      @Nullable Recurrence recurrence,
      @Nullable LocalDate anchor,
      long launch,
      @Nullable List<TraceStep> trace) {
    ZoneTimeline judged = judgedIn(contact);
    if (judged == null) {
      return suppressed(
          contact, launch, null, "zone",
          "contact " + contact.id() + " has no zone and the policy declares no fallback zone",
          launch, trace);
    }
    ZoneTimeline wanted = strategy == ZoneStrategy.RECIPIENT_LOCAL ? judged : policyTimeline;
    long candidate;
    switch (kind) {
      case IMMEDIATE:
        candidate = launch;
        break;
      case AT_INSTANT:
        candidate = second;
        break;
      case AT_LOCAL:
        candidate = wantedInstant(wanted, second);
        if (candidate == Rule.SUPPRESS) {
          return suppressed(
              contact, wanted.resolve(second), judged, "dst",
              LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC)
                  + " does not exist in " + wanted.zone() + " and the DST policy is SKIP",
              launch, trace);
        }
        break;
      case RECURRING:
        Recurrence r = Objects.requireNonNull(recurrence);
        if (r.zone().isEmpty()) {
          r = r.withZone(wanted.zone());
        }
        Optional<ZonedDateTime> next = r.next(Instant.ofEpochSecond(launch - 1));
        if (next.isEmpty()) {
          return suppressed(
              contact, launch, judged, "recurrence",
              "no occurrence at or after " + Instant.ofEpochSecond(launch) + " (" + r.describe() + ")",
              launch, trace);
        }
        candidate = seconds(next.get().toInstant());
        break;
      default:
        throw new AssertionError("An optimized schedule is read as an instant first");
    }
    long start = candidate;
    if (candidate < launch) {
      long late = launch - candidate;
      if (late <= toleranceSeconds) {
        start = launch;
      } else if (lateSends.otherwise() == LateSends.Action.SKIP) {
        return suppressed(
            contact, candidate, judged, "late",
            "the wanted time had passed by " + Duration.ofSeconds(late) + " at launch",
            candidate, trace);
      } else {
        long local = kind == Schedule.Kind.AT_LOCAL ? second : wanted.toLocal(candidate);
        start = nextDay(wanted, local, launch);
      }
      if (trace != null) {
        trace.add(TraceStep.moved("late", Instant.ofEpochSecond(candidate), Instant.ofEpochSecond(start),
            "the wanted time had passed by " + Duration.ofSeconds(late) + " at launch"
                + (start == launch ? "; sent at launch" : "; moved to the next day")));
      }
    }
    long deadline = deadline(candidate, anchor, judged);
    long limit = start + horizonSeconds;
    long t = settle(start, Math.min(limit, deadline), contact, judged, trace);
    if (t > deadline) {
      return suppressed(contact, candidate, judged, "deliver-by",
          "stale: no allowed time by the deadline " + local(deadline, judged),
          Math.min(t, deadline), trace);
    }
    if (t > limit) {
      return suppressed(contact, candidate, judged, "horizon",
          "no allowed time within " + horizon.toDays() + " days of " + local(start, judged),
          Math.min(t, limit), trace);
    }
    if (suppressors.length > 0) {
      long local = judged.toLocal(t);
      for (Rule rule : suppressors) {
        if (rule.judge(t, local, contact, judged) == Rule.SUPPRESS) {
          return suppressed(contact, candidate, judged, rule.name(), rule.why(t, contact, judged), t, trace);
        }
      }
    }
    return new Decision.Scheduled(contact.id(), candidate, judged.zone(), t, traceOf(trace));
  }

  private static String local(long t, ZoneTimeline zone) {
    return Instant.ofEpochSecond(t).atZone(zone.zone()).toOffsetDateTime().toString();
  }

  private static ImmutableList<TraceStep> traceOf(@Nullable List<TraceStep> trace) {
    return trace == null ? ImmutableList.of() : ImmutableList.copyOf(trace);
  }

  private Decision suppressed(
      Contact contact,
      long candidate,
      @Nullable ZoneTimeline zone,
      String rule,
      String reason,
      long at,
      @Nullable List<TraceStep> trace) {
    if (trace != null) {
      trace.add(TraceStep.suppressed(rule, Instant.ofEpochSecond(at), reason));
    }
    return new Decision.Suppressed(
        contact.id(), candidate, zone == null ? null : zone.zone(), rule, reason, traceOf(trace));
  }

  /** The zone whose wall clock local rules are judged on for a contact, or null if none. */
  private @Nullable ZoneTimeline judgedIn(Contact contact) {
    if (strategy == ZoneStrategy.SINGLE) {
      return policyTimeline;
    }
    ZoneId z = contact.zoneOrNull();
    if (z == null) {
      z = fallbackZone;
      if (z == null) {
        return null;
      }
    }
    return z == zone ? policyTimeline : timeline(z);
  }

  private ZoneTimeline timeline(ZoneId z) {
    // Hosts usually share one ZoneId object per zone: find it by identity first, which is
    // cheaper than hashing its id.
    int slot = System.identityHashCode(z) & (recent.length - 1);
    Recent r = recent[slot];
    if (r != null && r.zone == z) {
      return r.timeline;
    }
    ZoneTimeline t = timelines.get(z);
    if (t == null) {
      t = timelines.computeIfAbsent(z, ZoneTimeline::of);
    }
    // A racy write is harmless: the entry is immutable, and a lost write only costs a lookup.
    recent[slot] = new Recent(z, t);
    return t;
  }

  /** A ZoneId object and its timeline. */
  private static final class Recent {
    final ZoneId zone;
    final ZoneTimeline timeline;

    Recent(ZoneId zone, ZoneTimeline timeline) {
      this.zone = zone;
      this.timeline = timeline;
    }
  }

  /** The instant of a wanted wall-clock time, or {@link Rule#SUPPRESS} if the DST policy skips it. */
  private long wantedInstant(ZoneTimeline wanted, long local) {
    long t = wanted.resolve(local);
    if (dstPolicy == DstPolicy.SHIFT_FORWARD || wanted.toLocal(t) == local) {
      return t;
    }
    if (dstPolicy == DstPolicy.SKIP) {
      return Rule.SUPPRESS;
    }
    // At the transition: the first instant after the gap.
    return wanted.zone().getRules()
        .getTransition(LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC))
        .toEpochSecond();
  }

  /** The same wall-clock time on the first later day on which it is not before launch. */
  private long nextDay(ZoneTimeline wanted, long local, long launch) {
    long days = Math.max(1, (launch - wanted.resolve(local)) / SECONDS_PER_DAY);
    for (; ; days++) {
      long t = wantedInstant(wanted, local + days * SECONDS_PER_DAY);
      if (t != Rule.SUPPRESS && t >= launch) {
        return t;
      }
    }
  }

  /** The latest instant a send may go out, inclusive, or {@link Long#MAX_VALUE}. */
  private long deadline(long candidate, @Nullable LocalDate anchor, ZoneTimeline judged) {
    long deadline = Long.MAX_VALUE;
    for (int i = 0; i < deliverBy.size(); i++) {
      DeliverBy d = deliverBy.get(i);
      if (d.maxDelay().isPresent()) {
        deadline = Math.min(deadline, candidate + d.maxDelay().get().getSeconds());
      } else {
        checkArgument(
            anchor != null,
            "Policy '%s' has a deliver-by deadline relative to an anchor date, but the schedule has no anchor",
            name);
        long endDay = anchor.toEpochDay() + d.daysAfterAnchor().orElseThrow() + 1;
        deadline = Math.min(deadline, judged.resolve(endDay * SECONDS_PER_DAY) - 1);
      }
    }
    return deadline;
  }

  /**
   * Applies the moving rules until none moves the send: the earliest instant at or after
   * {@code t} that all of them allow, or a value above {@code limit} if there is none by then.
   */
  private long settle(long t, long limit, Contact contact, ZoneTimeline zone, @Nullable List<TraceStep> trace) {
    Rule[] rules = movers;
    int n = rules.length;
    int quiet = 0;
    long local = zone.toLocal(t);
    for (int i = 0; quiet < n; i = i + 1 == n ? 0 : i + 1) {
      Rule rule = rules[i];
      long next = rule.judge(t, local, contact, zone);
      if (next == t || next == Rule.SUPPRESS) {
        quiet++;
        continue;
      }
      if (trace != null && next != Rule.NEVER) {
        trace.add(TraceStep.moved(
            rule.name(), Instant.ofEpochSecond(t), Instant.ofEpochSecond(next), rule.why(t, contact, zone)));
      }
      if (next > limit) {
        return next;
      }
      t = next;
      local = zone.toLocal(t);
      quiet = 0;
    }
    return t;
  }

  // ----------------------------------------------------------------------------------------
  // Audiences

  /**
   * Chooses one instant for a whole audience: the earliest instant, within the coordination
   * span after the candidate, that puts the largest share of the audience inside its allowed
   * local window. A contact is inside its window at an instant when every rule of the policy
   * allows that instant for it, judged on its own wall clock as {@link
   * ZoneStrategy#COORDINATED} says; deadlines and the horizon play no part.
   *
   * <p>The candidate is the schedule's instant, reading a wall-clock time in the policy's zone,
   * and no earlier than launch. Contacts that share a zone and a location share their windows,
   * so the cost grows with the number of distinct zones, not of contacts. The ends of allowed
   * stretches are found to the minute: a disallowed stretch shorter than a minute may go
   * unnoticed.
   *
   * @param audience  the contacts, not null
   * @param schedule  when the send is wanted, not null
   * @param launch  the instant the campaign launches, not null
   * @return the instant and the share of the audience in window, not null
   */
  public CoordinatedSend coordinate(Iterable<Contact> audience, Schedule schedule, Instant launch) {
    checkNotNull(audience, "audience");
    checkNotNull(schedule, "schedule");
    long from = Math.max(seconds(launch), policyCandidate(schedule, seconds(launch)));
    long end = from + coordinationSpan.getSeconds();
    // Group contacts by what their windows depend on: their zone and their location.
    Map<String, Contact> representatives = new TreeMap<>();
    Map<String, Integer> sizes = new TreeMap<>();
    Map<String, ZoneTimeline> zones = new TreeMap<>();
    int total = 0;
    for (Contact c : audience) {
      checkNotNull(c, "contact");
      total++;
      ZoneTimeline z = judgedIn(c);
      if (z == null) {
        continue;
      }
      String key = z.zone().getId() + "\u0000" + c.location().orElse("");
      representatives.putIfAbsent(key, c);
      zones.putIfAbsent(key, z);
      sizes.merge(key, 1, Integer::sum);
    }
    TreeSet<Long> starts = new TreeSet<>();
    for (Map.Entry<String, Contact> e : representatives.entrySet()) {
      Contact c = e.getValue();
      ZoneTimeline z = zones.get(e.getKey());
      long s = firstAllowed(from, end, c, z);
      while (s < end) {
        starts.add(s);
        long t = s + COORDINATION_STEP - Math.floorMod(s, COORDINATION_STEP);
        while (t < end && allowed(t, c, z, end)) {
          t += COORDINATION_STEP;
        }
        s = firstAllowed(t, end, c, z);
      }
    }
    long best = from;
    int bestCount = 0;
    for (long s : starts) {
      int count = 0;
      for (Map.Entry<String, Contact> e : representatives.entrySet()) {
        if (allowed(s, e.getValue(), zones.get(e.getKey()), end)) {
          count += sizes.get(e.getKey());
        }
      }
      if (count > bestCount) {
        best = s;
        bestCount = count;
      }
    }
    return new CoordinatedSend(Instant.ofEpochSecond(best), bestCount, total);
  }

  /**
   * The first instant at or after {@code t}, before {@code end}, at which a contact is in its
   * window: the moving rules' fixed point, stepped past the minutes a suppressing rule holds.
   */
  private long firstAllowed(long t, long end, Contact c, ZoneTimeline z) {
    while (t < end) {
      long s = settle(t, end, c, z, null);
      if (s >= end || !suppressedAt(s, c, z)) {
        return Math.min(s, end);
      }
      t = s + COORDINATION_STEP - Math.floorMod(s, COORDINATION_STEP);
    }
    return end;
  }

  private boolean suppressedAt(long t, Contact c, ZoneTimeline z) {
    long local = z.toLocal(t);
    for (Rule rule : suppressors) {
      if (rule.judge(t, local, c, z) == Rule.SUPPRESS) {
        return true;
      }
    }
    return false;
  }

  private boolean allowed(long t, Contact c, ZoneTimeline z, long end) {
    return settle(t, end, c, z, null) == t && !suppressedAt(t, c, z);
  }

  /** A schedule's instant read in the policy's zone. */
  private long policyCandidate(Schedule schedule, long launch) {
    switch (schedule.kind()) {
      case IMMEDIATE:
        return launch;
      case AT_INSTANT:
        return schedule.second();
      case OPTIMIZED:
        return Objects.requireNonNull(schedule.recommendationOrNull())
            .nextAfter(Instant.ofEpochSecond(launch), zone).toEpochSecond();
      case AT_LOCAL:
        long t = wantedInstant(policyTimeline, schedule.second());
        return t == Rule.SUPPRESS ? policyTimeline.resolve(schedule.second()) : t;
      default:
        Recurrence r = Objects.requireNonNull(schedule.recurrenceOrNull());
        if (r.zone().isEmpty()) {
          r = r.withZone(zone);
        }
        return r.next(Instant.ofEpochSecond(launch - 1))
            .map(z -> seconds(z.toInstant()))
            .orElse(launch);
    }
  }

  /**
   * Decides for every contact of an audience and groups the decisions into batches by zone and
   * outcome, the time-zone batches of a recipient-local send: each scheduled batch is one zone's
   * contacts going out at one instant.
   *
   * <p>Scheduled batches come first, by instant and then zone; suppressed batches follow, by
   * zone and then reason. Contacts keep their audience order within a batch.
   *
   * @param audience  the contacts, not null
   * @param schedule  when the send is wanted, not null
   * @param launch  the instant the campaign launches, not null
   * @return the batches, not null
   */
  public ImmutableList<ZoneBatch> batches(Iterable<Contact> audience, Schedule schedule, Instant launch) {
    checkNotNull(audience, "audience");
    checkNotNull(schedule, "schedule");
    long l = seconds(launch);
    Map<List<Object>, ImmutableList.Builder<String>> groups = new LinkedHashMap<>();
    for (Contact c : audience) {
      checkNotNull(c, "contact");
      Decision d = run(c, schedule, l, null);
      String zoneId = d.zone().map(ZoneId::getId).orElse("");
      List<Object> key =
          d instanceof Decision.Scheduled
              ? List.of(0, ((Decision.Scheduled) d).epochSecond(), zoneId, "")
              : List.of(1, 0L, zoneId,
                  ((Decision.Suppressed) d).rule() + ": " + ((Decision.Suppressed) d).reason());
      groups.computeIfAbsent(key, k -> ImmutableList.builder()).add(c.id());
    }
    List<List<Object>> keys = new ArrayList<>(groups.keySet());
    keys.sort(Comparator.<List<Object>, Integer>comparing(k -> (Integer) k.get(0))
        .thenComparing(k -> (Long) k.get(1))
        .thenComparing(k -> (String) k.get(2))
        .thenComparing(k -> (String) k.get(3)));
    ImmutableList.Builder<ZoneBatch> result = ImmutableList.builder();
    for (List<Object> k : keys) {
      String zoneId = (String) k.get(2);
      boolean scheduled = (Integer) k.get(0) == 0;
      result.add(new ZoneBatch(
          zoneId.isEmpty() ? null : ZoneId.of(zoneId),
          scheduled ? Instant.ofEpochSecond((Long) k.get(1)) : null,
          scheduled ? null : (String) k.get(3),
          Objects.requireNonNull(groups.get(k)).build()));
    }
    return result.build();
  }

  // ----------------------------------------------------------------------------------------
  // Settings

  /**
   * Gets the policy's name, shown in traces and messages.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Gets the policy's zone, the organisation's wall clock.
   *
   * @return the zone, not null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Gets the zone strategy.
   *
   * @return the strategy, not null
   */
  public ZoneStrategy zoneStrategy() {
    return strategy;
  }

  /**
   * Gets the zone of contacts without one.
   *
   * @return the fallback zone, or empty if the policy declares none
   */
  public Optional<ZoneId> fallbackZone() {
    return Optional.ofNullable(fallbackZone);
  }

  /**
   * Gets the quiet hours.
   *
   * @return the quiet hours, or empty if none
   */
  public Optional<LocalWindow> quietHours() {
    return Optional.ofNullable(quietHours);
  }

  /**
   * Gets the business hours.
   *
   * @return the business hours, or empty if sends are not limited to them
   */
  public Optional<WeeklyHours> businessHours() {
    return Optional.ofNullable(businessHours);
  }

  /**
   * Gets the weekend days skipped.
   *
   * @return the weekend, {@link Weekend#NONE} if weekends are not skipped, not null
   */
  public Weekend weekend() {
    return weekend;
  }

  /**
   * Gets the holiday calendar skipped.
   *
   * @return the calendar, or empty if holidays are not skipped
   */
  public Optional<HolidayCalendar> holidays() {
    return Optional.ofNullable(holidays);
  }

  /**
   * Gets the blackouts, in the order they were added.
   *
   * @return the blackouts, not null
   */
  public ImmutableList<Blackout> blackouts() {
    return blackouts;
  }

  /**
   * Gets whose calendar blackout dates are read in.
   *
   * @return the setting, not null
   */
  public BlackoutDatesIn blackoutDatesIn() {
    return blackoutDatesIn;
  }

  /**
   * Gets the host's constraints, in the order they were added.
   *
   * @return the constraints, not null
   */
  public ImmutableList<Constraint> constraints() {
    return constraints;
  }

  /**
   * Gets how far after the candidate an allowed time is looked for.
   *
   * @return the horizon, not null
   */
  public Duration horizon() {
    return horizon;
  }

  /**
   * Gets the deliver-by deadlines.
   *
   * @return the deadlines, not null
   */
  public ImmutableList<DeliverBy> deliverBy() {
    return deliverBy;
  }

  /**
   * Gets what a late send is worth.
   *
   * @return the setting, not null
   */
  public LateSends lateSends() {
    return lateSends;
  }

  /**
   * Gets what a wanted wall-clock time in a daylight-saving gap means.
   *
   * @return the DST policy, not null
   */
  public DstPolicy dstPolicy() {
    return dstPolicy;
  }

  /**
   * Gets the campaign the policy is bound to.
   *
   * @return the campaign id, or empty if unbound
   */
  public Optional<String> campaign() {
    return Optional.ofNullable(campaign);
  }

  /**
   * Gets how far after the candidate {@link #coordinate} looks.
   *
   * @return the span, not null
   */
  public Duration coordinationSpan() {
    return coordinationSpan;
  }

  private List<Object> settings() {
    return java.util.Arrays.asList(name, zone, strategy, fallbackZone, quietHours, businessHours, weekend,
        holidays, blackouts, blackoutDatesIn, constraints, horizon, deliverBy, lateSends,
        dstPolicy, campaign, coordinationSpan);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SendPolicy && ((SendPolicy) o).settings().equals(settings());
  }

  @Override
  public int hashCode() {
    return settings().hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("SendPolicy[").append(name).append(", ").append(zone)
        .append(", ").append(strategy);
    if (fallbackZone != null) {
      sb.append(", fallback ").append(fallbackZone);
    }
    if (quietHours != null) {
      sb.append(", quiet ").append(quietHours);
    }
    if (businessHours != null) {
      sb.append(", open ").append(businessHours);
    }
    if (!weekend.days().isEmpty()) {
      sb.append(", weekend ").append(weekend);
    }
    if (holidays != null) {
      sb.append(", holidays ").append(holidays.name());
    }
    for (Blackout b : blackouts) {
      sb.append(", blackout ").append(b.name());
    }
    for (Constraint c : constraints) {
      sb.append(", constraint ").append(c.name());
    }
    if (campaign != null) {
      sb.append(", campaign ").append(campaign);
    }
    return sb.append(']').toString();
  }

  /**
   * Builds a {@link SendPolicy}. Every setting has a default but the zone; {@link #build()} can
   * be called any number of times. Not thread-safe.
   */
  public static final class Builder {
    private String name = "policy";
    private final ZoneId zone;
    private ZoneStrategy strategy = ZoneStrategy.SINGLE;
    private @Nullable ZoneId fallbackZone;
    private @Nullable LocalWindow quietHours;
    private @Nullable WeeklyHours businessHours;
    private Weekend weekend = Weekend.NONE;
    private @Nullable HolidayCalendar holidays;
    private final List<Blackout> blackouts = new ArrayList<>();
    private BlackoutDatesIn blackoutDatesIn = BlackoutDatesIn.CONTACT_LOCAL;
    private final List<Constraint> constraints = new ArrayList<>();
    private Duration horizon = DEFAULT_HORIZON;
    private final List<DeliverBy> deliverBy = new ArrayList<>();
    private LateSends lateSends = LateSends.nextDay();
    private DstPolicy dstPolicy = DstPolicy.SHIFT_FORWARD;
    private @Nullable String campaign;
    private Duration coordinationSpan = DEFAULT_COORDINATION_SPAN;

    private Builder(ZoneId zone) {
      this.zone = zone;
    }

    /**
     * Sets the name, shown in traces and messages. The default is {@code "policy"}.
     *
     * @param name  the name, not blank
     * @return this builder, not null
     */
    public Builder name(String name) {
      checkNotNull(name, "name");
      checkArgument(!name.isBlank(), "Policy name must not be blank");
      this.name = name;
      return this;
    }

    /**
     * Sets the zone strategy. The default is {@link ZoneStrategy#SINGLE}.
     *
     * @param strategy  the strategy, not null
     * @return this builder, not null
     */
    public Builder zoneStrategy(ZoneStrategy strategy) {
      this.strategy = checkNotNull(strategy, "strategy");
      return this;
    }

    /**
     * Sets the zone of contacts without one. Without it, such contacts' sends are suppressed
     * under {@link ZoneStrategy#RECIPIENT_LOCAL} and {@link ZoneStrategy#COORDINATED}.
     *
     * @param fallbackZone  the zone, not null
     * @return this builder, not null
     */
    public Builder fallbackZone(ZoneId fallbackZone) {
      this.fallbackZone = checkNotNull(fallbackZone, "fallbackZone");
      return this;
    }

    /**
     * Sets quiet hours: a daily window in which nothing is sent, such as {@code 21:00-08:00}.
     *
     * @param window  the quiet window, not null
     * @return this builder, not null
     */
    public Builder quietHours(LocalWindow window) {
      this.quietHours = checkNotNull(window, "window");
      return this;
    }

    /**
     * Limits sends to business hours.
     *
     * @param hours  the hours, not null
     * @return this builder, not null
     */
    public Builder businessHours(WeeklyHours hours) {
      this.businessHours = checkNotNull(hours, "hours");
      return this;
    }

    /**
     * Skips the days of a weekend. The default is {@link Weekend#NONE}.
     *
     * @param weekend  the weekend, not null
     * @return this builder, not null
     */
    public Builder weekend(Weekend weekend) {
      this.weekend = checkNotNull(weekend, "weekend");
      return this;
    }

    /**
     * Skips the holidays of a calendar.
     *
     * @param calendar  the calendar, not null
     * @return this builder, not null
     */
    public Builder holidays(HolidayCalendar calendar) {
      this.holidays = checkNotNull(calendar, "calendar");
      return this;
    }

    /**
     * Adds blackouts.
     *
     * @param blackouts  the blackouts, not null
     * @return this builder, not null
     */
    public Builder blackouts(Iterable<Blackout> blackouts) {
      for (Blackout b : checkNotNull(blackouts, "blackouts")) {
        blackout(b);
      }
      return this;
    }

    /**
     * Adds a blackout.
     *
     * @param blackout  the blackout, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if a blackout of the same name was added
     */
    public Builder blackout(Blackout blackout) {
      checkNotNull(blackout, "blackout");
      for (Blackout b : blackouts) {
        checkArgument(!b.name().equals(blackout.name()), "Duplicate blackout name '%s'", blackout.name());
      }
      blackouts.add(blackout);
      return this;
    }

    /**
     * Sets whose calendar blackout dates are read in. The default is {@link
     * BlackoutDatesIn#CONTACT_LOCAL}.
     *
     * @param datesIn  the setting, not null
     * @return this builder, not null
     */
    public Builder blackoutDatesIn(BlackoutDatesIn datesIn) {
      this.blackoutDatesIn = checkNotNull(datesIn, "datesIn");
      return this;
    }

    /**
     * Adds a host's own constraint.
     *
     * @param constraint  the constraint, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if a constraint of the same name was added
     */
    public Builder constraint(Constraint constraint) {
      checkNotNull(constraint, "constraint");
      checkArgument(!constraint.name().isBlank(), "Constraint name must not be blank");
      for (Constraint c : constraints) {
        checkArgument(!c.name().equals(constraint.name()), "Duplicate constraint name '%s'", constraint.name());
      }
      constraints.add(constraint);
      return this;
    }

    /**
     * Sets how far after the candidate an allowed time is looked for. The default is 365 days.
     *
     * @param horizon  the horizon, positive whole seconds, at most 100 years, not null
     * @return this builder, not null
     */
    public Builder horizon(Duration horizon) {
      checkNotNull(horizon, "horizon");
      checkArgument(
          !horizon.isNegative() && !horizon.isZero() && horizon.getNano() == 0
              && horizon.compareTo(Duration.ofDays(36_525)) <= 0,
          "Horizon must be positive whole seconds of at most 36525 days: %s",
          horizon);
      this.horizon = horizon;
      return this;
    }

    /**
     * Adds a deliver-by deadline; with several, the earliest applies.
     *
     * @param deliverBy  the deadline, not null
     * @return this builder, not null
     */
    public Builder deliverBy(DeliverBy deliverBy) {
      this.deliverBy.add(checkNotNull(deliverBy, "deliverBy"));
      return this;
    }

    /**
     * Sets what a late send is worth. The default is {@link LateSends#nextDay()}.
     *
     * @param lateSends  the setting, not null
     * @return this builder, not null
     */
    public Builder lateSends(LateSends lateSends) {
      this.lateSends = checkNotNull(lateSends, "lateSends");
      return this;
    }

    /**
     * Sets what a wanted wall-clock time in a daylight-saving gap means: moved forward by the
     * gap (the default), suppressed, or at the transition.
     *
     * @param dstPolicy  the policy, not null
     * @return this builder, not null
     */
    public Builder dstPolicy(DstPolicy dstPolicy) {
      this.dstPolicy = checkNotNull(dstPolicy, "dstPolicy");
      return this;
    }

    /**
     * Binds the policy to a campaign: blackouts scoped to other campaigns do not apply.
     *
     * @param campaignId  the campaign, not blank
     * @return this builder, not null
     */
    public Builder campaign(String campaignId) {
      checkNotNull(campaignId, "campaignId");
      checkArgument(!campaignId.isBlank(), "Campaign id must not be blank");
      this.campaign = campaignId;
      return this;
    }

    /**
     * Sets how far after the candidate {@link SendPolicy#coordinate} looks. The default is 7
     * days.
     *
     * @param span  the span, from one minute to 31 days, not null
     * @return this builder, not null
     */
    public Builder coordinationSpan(Duration span) {
      checkNotNull(span, "span");
      checkArgument(
          span.compareTo(Duration.ofMinutes(1)) >= 0 && span.compareTo(Duration.ofDays(31)) <= 0,
          "Coordination span must be from 1 minute to 31 days: %s",
          span);
      this.coordinationSpan = span;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy, not null
     */
    public SendPolicy build() {
      return new SendPolicy(this, null);
    }
  }
}
