package org.sendtime.examples.holidays;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.sendtime.calendar.Holiday;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.policy.Contact;
import org.sendtime.policy.Decision;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;
import org.sendtime.policy.ZoneStrategy;
import org.sendtime.time.WeeklyHours;

/**
 * Runs a policy that skips Germany's public holidays, taken from jollyday: a send wanted on
 * Christmas Day 2026, a Friday, waits over Boxing Day (a Saturday, and a holiday too) and
 * Sunday until Monday morning.
 *
 * <pre>
 * German public holidays in 2026 (jollyday DE):
 *   2026-01-01 New Year's Day
 *   ...
 * scheduled 2026-12-28T09:00+01:00[Europe/Berlin] (2026-12-28T08:00:00Z) for c1
 *   candidate 2026-12-25T10:00+01:00
 *   holidays: 2026-12-25T10:00+01:00 -&gt; 2026-12-27T00:00+01:00 (2026-12-25 is 1st Christmas day (jollyday DE))
 *   business hours: 2026-12-27T00:00+01:00 -&gt; 2026-12-28T09:00+01:00 (closed; open MON-FRI 09:00-17:00)
 * </pre>
 */
public final class CountryHolidaysExample {

  private CountryHolidaysExample() {}

  /**
   * Builds the policy and prints the year's holidays and the decision, with its trace.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    run(out);
    out.flush();
  }

  /**
   * Builds the policy and prints the year's holidays and the decision, with its trace.
   *
   * @param out  where to print, not null
   * @return the decision, not null
   */
  static Decision run(PrintWriter out) {
    HolidayCalendar germany = new JollydayHolidayCalendar("DE");
    SendPolicy office = SendPolicy.builder(ZoneId.of("Europe/Berlin"))
        .name("berlin-office")
        .zoneStrategy(ZoneStrategy.SINGLE)
        .businessHours(WeeklyHours.parse("MON-FRI 09:00-17:00"))
        .holidays(germany)
        .build();

    out.println("German public holidays in 2026 (" + germany.name() + "):");
    for (Holiday h : germany.holidays(2026)) {
      out.println("  " + h);
    }

    // Launched well ahead, so that the wanted time is not late.
    Decision decision = office.explain(
        Contact.of("c1"),
        Schedule.atLocal(LocalDateTime.parse("2026-12-25T10:00")),
        Instant.parse("2026-12-01T00:00:00Z"));
    decision.toString().lines().forEach(out::println);
    return decision;
  }
}
