package org.sendtime.examples;

import java.time.Duration;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sendtime.calendar.Blackout;
import org.sendtime.calendar.BlackoutAction;
import org.sendtime.calendar.BlackoutDates;
import org.sendtime.calendar.BlackoutScope;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.calendar.Weekend;
import org.sendtime.policy.DeliverBy;
import org.sendtime.policy.LateSends;
import org.sendtime.policy.SendPolicy;
import org.sendtime.policy.ZoneStrategy;
import org.sendtime.time.DstPolicy;
import org.sendtime.time.LocalWindow;
import org.sendtime.time.WeeklyHours;

/**
 * A few policies built with the core API, known by name to {@code sendtime explain}.
 *
 * <ul>
 *   <li>{@code retail-us}: each contact's own wall clock, quiet hours, business hours with a
 *       short Saturday, US federal holidays, and three kinds of blackout: a year-end freeze for
 *       everyone, a quarter close for one campaign and a monthly inventory day for two stores;
 *   <li>{@code global-newsletter}: each contact's own wall clock, quiet hours, no weekends, and
 *       worthless if not delivered within 48 hours;
 *   <li>{@code birthday}: each contact's own wall clock, quiet hours, no weekends, and never
 *       after the birthday itself;
 *   <li>{@code single-zone-office}: one office's wall clock for everyone and its business hours;
 *       a wanted time that a daylight-saving change skips is not sent.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExamplePolicies {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** The policies and their descriptions, in the order they are listed. */
  private static final Map<String, Entry> POLICIES = policies();

  private ExamplePolicies() {}

  private record Entry(SendPolicy policy, String description) {}

  private static Map<String, Entry> policies() {
    Map<String, Entry> m = new LinkedHashMap<>();
    add(m, retailUs(),
        "US retail: each contact's local time (New York if unknown), quiet 21:00-08:00, open"
            + " MON-FRI 09:00-17:00 and SAT 10:00-14:00, US federal holidays; blackouts"
            + " year-end (Dec 24 - Jan 2, delayed), quarter-close (last 3 days of a quarter,"
            + " skipped, campaign promo only) and store-inventory (the 1st of each month,"
            + " delayed, store-12 and store-31 only)");
    add(m, globalNewsletter(),
        "Newsletter: each contact's local time (London if unknown), quiet 20:00-08:00, no"
            + " sends on Saturday or Sunday, dropped unless it can go out within 48 hours of"
            + " the wanted time");
    add(m, birthday(),
        "Birthday greeting: each contact's local time (a contact without a zone gets none),"
            + " quiet 21:00-09:00, no sends on Saturday or Sunday, never after the birthday"
            + " (the anchor date); a time already past at launch moves to the next day");
    add(m, singleZoneOffice(),
        "Berlin office: everyone on Berlin time, open MON-FRI 09:00-17:00; a wall-clock time"
            + " that a daylight-saving change skips is not sent");
    return m;
  }

  private static void add(Map<String, Entry> m, SendPolicy policy, String description) {
    m.put(policy.name(), new Entry(policy, description));
  }

  private static SendPolicy retailUs() {
    return SendPolicy.builder(NEW_YORK)
        .name("retail-us")
        .zoneStrategy(ZoneStrategy.RECIPIENT_LOCAL)
        .fallbackZone(NEW_YORK)
        .quietHours(LocalWindow.parse("21:00-08:00"))
        .businessHours(WeeklyHours.parse("MON-FRI 09:00-17:00; SAT 10:00-14:00"))
        // Saturday mornings are open, so the business hours alone say which days are closed.
        .weekend(Weekend.NONE)
        .holidays(HolidayCalendar.usFederal())
        .blackout(Blackout.of("year-end", BlackoutDates.yearly(MonthDay.of(12, 24), MonthDay.of(1, 2)))
            .withAction(BlackoutAction.DELAY))
        .blackout(Blackout.of("quarter-close", BlackoutDates.lastDaysOfQuarter(3))
            .withAction(BlackoutAction.SKIP)
            .withScope(BlackoutScope.campaigns(List.of("promo"))))
        .blackout(Blackout.of("store-inventory", BlackoutDates.monthly(1, 1))
            .withAction(BlackoutAction.DELAY)
            .withScope(BlackoutScope.locations(List.of("store-12", "store-31"))))
        .build();
  }

  private static SendPolicy globalNewsletter() {
    return SendPolicy.builder(LONDON)
        .name("global-newsletter")
        .zoneStrategy(ZoneStrategy.RECIPIENT_LOCAL)
        .fallbackZone(LONDON)
        .quietHours(LocalWindow.parse("20:00-08:00"))
        .weekend(Weekend.SATURDAY_SUNDAY)
        .deliverBy(DeliverBy.within(Duration.ofHours(48)))
        .build();
  }

  private static SendPolicy birthday() {
    // No fallback zone: a greeting at an unknown hour of the contact's day is worse than none.
    return SendPolicy.builder(ZoneId.of("UTC"))
        .name("birthday")
        .zoneStrategy(ZoneStrategy.RECIPIENT_LOCAL)
        .quietHours(LocalWindow.parse("21:00-09:00"))
        .weekend(Weekend.SATURDAY_SUNDAY)
        .deliverBy(DeliverBy.byAnchor(0))
        .lateSends(LateSends.nextDay())
        .build();
  }

  private static SendPolicy singleZoneOffice() {
    return SendPolicy.builder(BERLIN)
        .name("single-zone-office")
        .zoneStrategy(ZoneStrategy.SINGLE)
        .businessHours(WeeklyHours.parse("MON-FRI 09:00-17:00"))
        .weekend(Weekend.NONE)
        .dstPolicy(DstPolicy.SKIP)
        .build();
  }

  /**
   * Gets the names of the policies, in the order they are listed.
   *
   * @return the names, unmodifiable, not null
   */
  public static List<String> names() {
    return List.copyOf(POLICIES.keySet());
  }

  /**
   * Gets a policy by name.
   *
   * @param name  the policy's name, such as {@code "retail-us"}, not null
   * @return the policy, not null
   * @throws IllegalArgumentException if no policy has the name
   */
  public static SendPolicy get(String name) {
    return entry(name).policy();
  }

  /**
   * Gets a one-sentence description of a policy.
   *
   * @param name  the policy's name, not null
   * @return the description, not null
   * @throws IllegalArgumentException if no policy has the name
   */
  public static String description(String name) {
    return entry(name).description();
  }

  private static Entry entry(String name) {
    Objects.requireNonNull(name, "name");
    Entry e = POLICIES.get(name);
    if (e == null) {
      throw new IllegalArgumentException("Unknown policy '" + name + "' (valid values: "
          + String.join(", ", POLICIES.keySet()) + ")");
    }
    return e;
  }
}
