package org.sendtime.benchmarks;

import static org.sendtime.benchmarks.DecisionWorkload.SKIP_DATE;
import static org.sendtime.benchmarks.DecisionWorkload.SUPPRESSED;

import java.time.LocalDate;

/**
 * The policies of {@link DecisionWorkload}, written as tight as we could without allocating:
 * integer arithmetic on epoch seconds, local seconds and epoch days, with every zone's offsets
 * and every day set read into arrays beforehand.
 *
 * <p>A <em>local second</em> is a wall-clock date-time counted in seconds from 1970-01-01T00:00
 * as if it were UTC. Each zone of the workload is a {@link ZoneOffsets}: its transitions from
 * mid-2025 to mid-2029 with an index of buckets of 2<sup>16</sup> seconds, so that the offset at
 * an instant, and the instant of a local second, take a table look-up and rarely a step. Holidays
 * and the two delaying blackouts are {@link DaySet}s, bitsets over the epoch days of 2025-2030.
 *
 * <p>The rules are those of the sendtime policies, spelled out as in {@link JavaTimeDecisions}: a
 * wanted local time in a gap moves forward by the gap, a repeated one means its earlier
 * instance, and the send moves to the earliest later local time that every rule allows. Every
 * allowed time of these policies lies between 08:00 and 21:00, where none of the workload's zones
 * changes its offset in these years ({@link ZoneOffsets} checks it), so that local time is found on
 * the wall clock and resolved once.
 */
final class EpochSecondDecisions {

  private static final int DAY = 86_400;
  private static final int QUIET_START = 21 * 3600;
  private static final int QUIET_END = 8 * 3600;
  private static final int WEEKDAY_OPEN = 9 * 3600;
  private static final int WEEKDAY_CLOSE = 17 * 3600;
  private static final int SATURDAY_OPEN = 10 * 3600;
  private static final int SATURDAY_CLOSE = 14 * 3600;

  private final ZoneOffsets[] zones;
  private final DaySet holidays = DaySet.usFederalHolidays();
  private final DaySet yearEnd = new DaySet();
  private final DaySet quarterClose = new DaySet();
  private final long skipDay = SKIP_DATE.toEpochDay();

  /**
   * Reads the offsets of the workload's zones and fills the day sets.
   */
  EpochSecondDecisions() {
    zones = new ZoneOffsets[DecisionWorkload.ZONES.size()];
    for (int i = 0; i < zones.length; i++) {
      zones[i] = new ZoneOffsets(DecisionWorkload.ZONES.get(i));
    }
    for (long day = DaySet.FIRST_DAY; day < DaySet.END_DAY; day++) {
      LocalDate d = LocalDate.ofEpochDay(day);
      int month = d.getMonthValue();
      if ((month == 12 && d.getDayOfMonth() >= 24) || (month == 1 && d.getDayOfMonth() <= 2)) {
        yearEnd.add(day);
      }
      if (month % 3 == 0 && d.getDayOfMonth() > d.lengthOfMonth() - 5) {
        quarterClose.add(day);
      }
    }
  }

  /**
   * Decides for one contact under the full policy.
   *
   * @param zone  the contact's zone, an index into {@link DecisionWorkload#ZONES}
   * @param wanted  the wanted local second
   * @return the epoch second of the send, or {@link DecisionWorkload#SUPPRESSED}
   */
  long decideFull(int zone, long wanted) {
    ZoneOffsets z = zones[zone];
    long candidate = z.resolve(wanted);
    long local = candidate + z.offsetAt(candidate);
    long day = Math.floorDiv(local, DAY);
    int second = (int) (local - day * DAY);
    while (true) {
      if (holidays.contains(day) || yearEnd.contains(day) || quarterClose.contains(day)) {
        day++;
        second = 0;
        continue;
      }
      int weekday = (int) Math.floorMod(day + 3, 7L);
      int open;
      int close;
      if (weekday < 5) {
        open = WEEKDAY_OPEN;
        close = WEEKDAY_CLOSE;
      } else if (weekday == 5) {
        open = SATURDAY_OPEN;
        close = SATURDAY_CLOSE;
      } else {
        day++;
        second = 0;
        continue;
      }
      // Quiet hours cross midnight: what they leave of a day is [QUIET_END, QUIET_START).
      open = Math.max(open, QUIET_END);
      close = Math.min(close, QUIET_START);
      if (second < open) {
        second = open;
      }
      if (second < close) {
        break;
      }
      day++;
      second = 0;
    }
    if (day == skipDay) {
      return SUPPRESSED;
    }
    long settled = day * DAY + second;
    return settled == local ? candidate : z.resolve(settled);
  }

  /**
   * Decides for one contact under the simple policy.
   *
   * @param zone  the contact's zone, an index into {@link DecisionWorkload#ZONES}
   * @param wanted  the wanted local second
   * @return the epoch second of the send
   */
  long decideSimple(int zone, long wanted) {
    ZoneOffsets z = zones[zone];
    long candidate = z.resolve(wanted);
    long local = candidate + z.offsetAt(candidate);
    long day = Math.floorDiv(local, DAY);
    int second = (int) (local - day * DAY);
    while (true) {
      if (Math.floorMod(day + 3, 7L) >= 5) {
        day++;
        second = 0;
        continue;
      }
      if (second < QUIET_END) {
        second = QUIET_END;
      }
      if (second < QUIET_START) {
        break;
      }
      day++;
      second = 0;
    }
    long settled = day * DAY + second;
    return settled == local ? candidate : z.resolve(settled);
  }
}
