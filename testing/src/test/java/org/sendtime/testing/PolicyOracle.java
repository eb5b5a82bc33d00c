package org.sendtime.testing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.sendtime.calendar.Blackout;
import org.sendtime.calendar.BlackoutAction;
import org.sendtime.calendar.Holiday;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.policy.BlackoutDatesIn;
import org.sendtime.policy.Contact;
import org.sendtime.policy.DeliverBy;
import org.sendtime.policy.LateSends;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;
import org.sendtime.policy.ZoneStrategy;
import org.sendtime.recurrence.Recurrence;
import org.sendtime.time.DstPolicy;
import org.sendtime.time.LocalWindow;
import org.sendtime.time.WeeklyHours;

/**
 * An independent reading of a policy, written from the documentation with java.time alone: the
 * oracle the policy properties compare the engine with.
 *
 * <p>It reads the policy only through its getters and judges an instant on {@link ZonedDateTime}
 * wall clocks: a time of day inside the quiet window, outside every business-hours window (those
 * of the day before that run past midnight included), a weekend day, a date the holiday
 * calendar lists, or a date covered by a blackout whose scope applies. It finds the earliest
 * allowed instant by walking from one instant at which some rule may change its mind to the
 * next: a boundary time of day on the wall clock, a midnight, or an offset transition. Between
 * two of those, every rule says the same.
 *
 * <p>An instance keeps the holidays it has looked up, and serves one thread.
 */
final class PolicyOracle {
  /** More steps than any search within the largest horizon the properties use can take. */
  private static final int MAX_STEPS = 200_000;

  private final SendPolicy policy;
  /** The times of day at which quiet hours or business hours begin or end, and midnight. */
  private final List<LocalTime> boundaries;
  private final boolean organizationDates;
  /** The observed dates of the policy's holidays, by year, as the calendar lists them. */
  private final Map<Integer, Set<LocalDate>> holidayDates = new HashMap<>();

  PolicyOracle(SendPolicy policy) {
    this.policy = policy;
    TreeSet<LocalTime> times = new TreeSet<>();
    times.add(LocalTime.MIDNIGHT);
    policy.quietHours().ifPresent(w -> {
      times.add(w.start());
      times.add(w.end());
    });
    policy.businessHours().ifPresent(h -> {
      for (DayOfWeek day : DayOfWeek.values()) {
        for (LocalWindow w : h.windows(day)) {
          times.add(w.start());
          times.add(w.end());
        }
      }
    });
    this.boundaries = List.copyOf(times);
    this.organizationDates = policy.blackoutDatesIn() == BlackoutDatesIn.ORGANIZATION && !policy.blackouts().isEmpty();
  }

  /** What the oracle expects of a decision. */
  record Expected(
      @Nullable ZoneId zone,
      Instant candidate,
      @Nullable Instant start,
      @Nullable Instant at,
      Set<String> rules) {

    boolean scheduled() {
      return at != null;
    }

    static Expected scheduled(ZoneId zone, Instant candidate, Instant start, Instant at) {
      return new Expected(zone, candidate, start, at, Set.of());
    }

    static Expected suppressed(@Nullable ZoneId zone, Instant candidate, @Nullable Instant start, String... rules) {
      return new Expected(zone, candidate, start, null, Set.of(rules));
    }
  }

  // ------------------------------------------------------------------------------------------
  // Zones and candidates

  /** The zone whose wall clock the policy judges a contact on, or null if it has none. */
  @Nullable ZoneId judgedZone(Contact contact) {
    if (policy.zoneStrategy() == ZoneStrategy.SINGLE) {
      return policy.zone();
    }
    return contact.zone().or(policy::fallbackZone).orElse(null);
  }

  /** The zone a wanted wall-clock time is read in. */
  ZoneId wantedZone(ZoneId judged) {
    return policy.zoneStrategy() == ZoneStrategy.RECIPIENT_LOCAL ? judged : policy.zone();
  }

  /** The instant of a wanted wall-clock time under the policy's DST policy, or null if skipped. */
  @Nullable Instant wanted(LocalDateTime local, ZoneId zone) {
    ZoneRules rules = zone.getRules();
    if (rules.getValidOffsets(local).isEmpty()) {
      if (policy.dstPolicy() == DstPolicy.SKIP) {
        return null;
      }
      if (policy.dstPolicy() == DstPolicy.AT_TRANSITION) {
        return rules.getTransition(local).getInstant();
      }
    }
    // java.time: a gap moves forward by its length, an overlap takes the earlier offset.
    return ZonedDateTime.of(local, zone).toInstant();
  }

  /** What the policy should decide, from the documentation. */
  Expected expect(Contact contact, Schedule schedule, Instant launch) {
    ZoneId judged = judgedZone(contact);
    if (judged == null) {
      return Expected.suppressed(null, launch, null, "zone");
    }
    ZoneId wantedIn = wantedZone(judged);
    Instant candidate;
    switch (schedule.kind()) {
      case IMMEDIATE:
        candidate = launch;
        break;
      case AT_INSTANT:
        candidate = schedule.instant().orElseThrow();
        break;
      case AT_LOCAL:
        Instant w = wanted(schedule.localDateTime().orElseThrow(), wantedIn);
        if (w == null) {
          Instant shifted = schedule.localDateTime().orElseThrow().atZone(wantedIn).toInstant();
          return Expected.suppressed(judged, shifted, null, "dst");
        }
        candidate = w;
        break;
      case OPTIMIZED:
        candidate = schedule.recommendation().orElseThrow().nextAfter(launch, judged).toInstant();
        break;
      default:
        Recurrence r = schedule.recurrence().orElseThrow();
        if (r.zone().isEmpty()) {
          r = r.withZone(wantedIn);
        }
        Optional<ZonedDateTime> next = r.next(launch.minusSeconds(1));
        if (next.isEmpty()) {
          return Expected.suppressed(judged, launch, null, "recurrence");
        }
        candidate = ceilSeconds(next.get().toInstant());
        break;
    }
    Instant start = candidate;
    if (candidate.isBefore(launch)) {
      LateSends late = policy.lateSends();
      if (Duration.between(candidate, launch).compareTo(late.sendNowWithin()) <= 0) {
        start = launch;
      } else if (late.otherwise() == LateSends.Action.SKIP) {
        return Expected.suppressed(judged, candidate, null, "late");
      } else {
        LocalDateTime local = schedule.localDateTime().orElse(candidate.atZone(wantedIn).toLocalDateTime());
        start = null;
        for (int days = 1; start == null; days++) {
          Instant next = wanted(local.plusDays(days), wantedIn);
          if (next != null && !next.isBefore(launch)) {
            start = next;
          }
        }
      }
    }
    Instant deadline = deadline(candidate, schedule, judged);
    Instant limit = start.plus(policy.horizon());
    Instant bound = deadline.isBefore(limit) ? deadline : limit;
    Optional<Instant> at = start.isAfter(bound) ? Optional.empty() : earliest(contact, judged, start, bound);
    if (at.isEmpty()) {
      // Past the horizon, the engine may stop at a move beyond both the horizon and the deadline.
      return deadline.isAfter(limit)
          ? Expected.suppressed(judged, candidate, start, "deliver-by", "horizon")
          : Expected.suppressed(judged, candidate, start, "deliver-by");
    }
    Optional<Blackout> skip = skippedBy(contact, judged, at.get());
    if (skip.isPresent()) {
      return Expected.suppressed(judged, candidate, start, "blackout " + skip.get().name());
    }
    return Expected.scheduled(judged, candidate, start, at.get());
  }

  /** The latest instant a send may go out, inclusive; far in the future without deadlines. */
  Instant deadline(Instant candidate, Schedule schedule, ZoneId judged) {
    Instant deadline = Instant.MAX;
    for (DeliverBy d : policy.deliverBy()) {
      Instant end;
      if (d.maxDelay().isPresent()) {
        end = candidate.plus(d.maxDelay().get());
      } else {
        LocalDate day = schedule.anchor().orElseThrow().plusDays(d.daysAfterAnchor().orElseThrow() + 1L);
        end = ZonedDateTime.of(day.atStartOfDay(), judged).toInstant().minusSeconds(1);
      }
      deadline = end.isBefore(deadline) ? end : deadline;
    }
    return deadline;
  }

  private static Instant ceilSeconds(Instant instant) {
    return instant.getNano() == 0 ? instant : Instant.ofEpochSecond(instant.getEpochSecond() + 1);
  }

  // ------------------------------------------------------------------------------------------
  // Judging one instant

  /** The rules that would move a send at an instant; empty if all of them allow it. */
  List<String> forbiddenBy(Contact contact, ZoneId judged, Instant t) {
    List<String> rules = new ArrayList<>();
    ZonedDateTime local = t.atZone(judged);
    LocalTime time = local.toLocalTime();
    LocalDate date = local.toLocalDate();
    policy.quietHours().ifPresent(w -> {
      if (inWindow(w, time)) {
        rules.add("quiet hours");
      }
    });
    policy.businessHours().ifPresent(h -> {
      if (!isOpen(h, date.getDayOfWeek(), time)) {
        rules.add("business hours");
      }
    });
    if (policy.weekend().days().contains(date.getDayOfWeek())) {
      rules.add("weekend");
    }
    policy.holidays().ifPresent(c -> {
      if (isHoliday(c, date)) {
        rules.add("holidays");
      }
    });
    LocalDate blackoutDate = blackoutDate(t, judged);
    for (Blackout b : applicable(contact)) {
      if (b.action() == BlackoutAction.DELAY && b.dates().contains(blackoutDate)) {
        rules.add("blackout " + b.name());
      }
    }
    return rules;
  }

  /** The first blackout, by name, that suppresses a send at an instant. */
  Optional<Blackout> skippedBy(Contact contact, ZoneId judged, Instant t) {
    LocalDate blackoutDate = blackoutDate(t, judged);
    return applicable(contact).stream()
        .filter(b -> b.action() == BlackoutAction.SKIP && b.dates().contains(blackoutDate))
        .min(Comparator.comparing(Blackout::name));
  }

  /** Whether every rule of the policy allows a send at an instant. */
  boolean allowed(Contact contact, ZoneId judged, Instant t) {
    return forbiddenBy(contact, judged, t).isEmpty() && skippedBy(contact, judged, t).isEmpty();
  }

  private static boolean inWindow(LocalWindow w, LocalTime time) {
    boolean afterStart = !time.isBefore(w.start());
    boolean beforeEnd = time.isBefore(w.end());
    return w.end().isAfter(w.start()) ? afterStart && beforeEnd : afterStart || beforeEnd;
  }

  private static boolean isOpen(WeeklyHours hours, DayOfWeek day, LocalTime time) {
    for (LocalWindow w : hours.windows(day)) {
      if (!time.isBefore(w.start()) && (time.isBefore(w.end()) || !w.end().isAfter(w.start()))) {
        return true;
      }
    }
    for (LocalWindow w : hours.windows(day.minus(1))) {
      if (!w.end().isAfter(w.start()) && time.isBefore(w.end())) {
        return true;
      }
    }
    return false;
  }

  private boolean isHoliday(HolidayCalendar calendar, LocalDate date) {
    return holidayDates.computeIfAbsent(date.getYear(), year -> {
      Set<LocalDate> dates = new HashSet<>();
      for (Holiday h : calendar.holidays(year)) {
        dates.add(h.date());
      }
      return dates;
    }).contains(date);
  }

  private LocalDate blackoutDate(Instant t, ZoneId judged) {
    return t.atZone(policy.blackoutDatesIn() == BlackoutDatesIn.ORGANIZATION ? policy.zone() : judged).toLocalDate();
  }

  /** The blackouts whose scope takes in the policy's campaign and the contact's location. */
  private List<Blackout> applicable(Contact contact) {
    String campaign = policy.campaign().orElse(null);
    String location = contact.location().orElse(null);
    List<Blackout> result = new ArrayList<>();
    for (Blackout b : policy.blackouts()) {
      Set<String> campaigns = b.scope().listedCampaigns();
      Set<String> locations = b.scope().listedLocations();
      if ((campaigns.isEmpty() || (campaign != null && campaigns.contains(campaign)))
          && (locations.isEmpty() || (location != null && locations.contains(location)))) {
        result.add(b);
      }
    }
    return result;
  }

  // ------------------------------------------------------------------------------------------
  // Searching

  /**
   * Finds the earliest instant in {@code [from, last]} that every moving rule allows, walking
   * from one instant at which a rule may change its mind to the next.
   */
  Optional<Instant> earliest(Contact contact, ZoneId judged, Instant from, Instant last) {
    Instant t = from;
    for (int steps = 0; !t.isAfter(last); steps++) {
      if (steps > MAX_STEPS) {
        throw new IllegalStateException("Oracle search from " + from + " to " + last + " took too long");
      }
      List<String> forbidden = forbiddenBy(contact, judged, t);
      if (forbidden.isEmpty()) {
        return Optional.of(t);
      }
      t = nextChange(judged, t, onlyDates(forbidden));
    }
    return Optional.empty();
  }

  private static boolean onlyDates(List<String> forbidden) {
    for (String rule : forbidden) {
      if (rule.equals("quiet hours") || rule.equals("business hours")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first instant after {@code t} at which some rule may judge differently: a boundary time
   * of day or midnight on the judged zone's wall clock (midnight only when the date alone
   * forbids {@code t}), midnight in the policy's zone when blackout dates are read there, or an
   * offset transition of either zone.
   */
  Instant nextChange(ZoneId judged, Instant t, boolean datesOnly) {
    Instant best = earliestAfter(t, judged, datesOnly ? List.of(LocalTime.MIDNIGHT) : boundaries, null);
    if (organizationDates) {
      best = earliestAfter(t, policy.zone(), List.of(LocalTime.MIDNIGHT), best);
    }
    return best;
  }

  private static Instant earliestAfter(Instant t, ZoneId zone, List<LocalTime> times, @Nullable Instant best) {
    ZoneRules rules = zone.getRules();
    LocalDate date = t.atZone(zone).toLocalDate();
    for (int d = -1; d <= 1; d++) {
      for (LocalTime time : times) {
        ZonedDateTime at = ZonedDateTime.of(date.plusDays(d).atTime(time), zone);
        best = laterThanButBefore(t, at.toInstant(), best);
        best = laterThanButBefore(t, at.withLaterOffsetAtOverlap().toInstant(), best);
      }
    }
    ZoneOffsetTransition transition = rules.nextTransition(t);
    if (transition != null) {
      best = laterThanButBefore(t, transition.getInstant(), best);
    }
    if (best == null) {
      throw new IllegalStateException("No next change after " + t + " in " + zone);
    }
    return best;
  }

  private static @Nullable Instant laterThanButBefore(Instant t, Instant candidate, @Nullable Instant best) {
    return candidate.isAfter(t) && (best == null || candidate.isBefore(best)) ? candidate : best;
  }

  /** The first instant on the policy's wall clock that a coordinated send may go out at. */
  Instant coordinationStart(Schedule schedule, Instant launch) {
    Instant candidate;
    switch (schedule.kind()) {
      case IMMEDIATE:
        candidate = launch;
        break;
      case AT_INSTANT:
        candidate = schedule.instant().orElseThrow();
        break;
      case AT_LOCAL:
        LocalDateTime local = schedule.localDateTime().orElseThrow();
        Instant w = wanted(local, policy.zone());
        candidate = w != null ? w : ZonedDateTime.of(local, policy.zone()).toInstant();
        break;
      case OPTIMIZED:
        candidate = schedule.recommendation().orElseThrow().nextAfter(launch, policy.zone()).toInstant();
        break;
      default:
        Recurrence r = schedule.recurrence().orElseThrow();
        if (r.zone().isEmpty()) {
          r = r.withZone(policy.zone());
        }
        candidate = r.next(launch.minusSeconds(1)).map(z -> ceilSeconds(z.toInstant())).orElse(launch);
        break;
    }
    return candidate.isAfter(launch) ? candidate : launch;
  }

  /** A readable line about an instant on a zone's wall clock, for failure messages. */
  static String describe(Instant t, @Nullable ZoneId zone) {
    return zone == null ? t.toString() : t.atZone(zone) + " (" + t.atOffset(ZoneOffset.UTC) + ")";
  }
}
