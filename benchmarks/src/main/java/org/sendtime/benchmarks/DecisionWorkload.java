package org.sendtime.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.sendtime.calendar.Blackout;
import org.sendtime.calendar.BlackoutAction;
import org.sendtime.calendar.BlackoutDates;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.calendar.Weekend;
import org.sendtime.policy.Contact;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;
import org.sendtime.policy.ZoneStrategy;
import org.sendtime.time.LocalWindow;
import org.sendtime.time.WeeklyHours;

/**
 * The inputs of {@link DecisionBenchmark}: a million synthetic contacts in thirty zones, each
 * with a wanted local date-time, and the two policies that decide for them, in the forms that
 * sendtime and the two hand-written baselines take.
 *
 * <p>Every contact draws, from one seeded {@link Random}, a zone (uniformly from {@link #ZONES}),
 * a birthday (uniformly from 2026-01-15 to 2029-01-14, so that the wanted date, fourteen days
 * earlier, lies in 2026-2028) and a minute of the day (uniformly from 00:00 to 23:59). The
 * {@link Policy#SIMPLE simple} policy wants each send on the wanted date at 09:00, the {@link
 * Policy#FULL full} policy at the drawn minute; zones and dates are the same for both. All sends
 * are wanted after {@link #LAUNCH}, so none is late.
 */
final class DecisionWorkload {

  /** The number of contacts. */
  static final int CONTACTS = 1_000_000;
  static final long SEED = 20260101L;
  /**
   * The launch of the campaign, before every wanted time: the earliest, 2026-01-01 00:00 in
   * Kiritimati, is 2025-12-31T10:00Z.
   */
  static final Instant LAUNCH = Instant.parse("2025-12-01T00:00:00Z");
  /** The day the full policy's one-off {@code SKIP} blackout covers: the Friday after Thanksgiving 2027. */
  static final LocalDate SKIP_DATE = LocalDate.of(2027, 11, 26);
  /** What a baseline returns for a send that is suppressed. */
  static final long SUPPRESSED = Long.MIN_VALUE;

  /**
   * Thirty zones, chosen for diversity: whole, half- and quarter-hour offsets (St. John's,
   * Tehran, Kolkata, Kathmandu, Adelaide, Chatham), daylight saving in both hemispheres, a
   * half-hour shift (Lord Howe), shifts at midnight (Santiago, Cairo), Morocco's Ramadan shifts,
   * no daylight saving (Phoenix, Lagos, Tokyo, Apia since 2021) and both ends of the date line.
   */
  static final List<ZoneId> ZONES = List.of(
      ZoneId.of("America/New_York"),
      ZoneId.of("America/Chicago"),
      ZoneId.of("America/Denver"),
      ZoneId.of("America/Phoenix"),
      ZoneId.of("America/Los_Angeles"),
      ZoneId.of("America/Anchorage"),
      ZoneId.of("Pacific/Honolulu"),
      ZoneId.of("America/Mexico_City"),
      ZoneId.of("America/St_Johns"),
      ZoneId.of("America/Sao_Paulo"),
      ZoneId.of("America/Santiago"),
      ZoneId.of("Europe/London"),
      ZoneId.of("Europe/Paris"),
      ZoneId.of("Europe/Helsinki"),
      ZoneId.of("Europe/Moscow"),
      ZoneId.of("Africa/Casablanca"),
      ZoneId.of("Africa/Lagos"),
      ZoneId.of("Africa/Cairo"),
      ZoneId.of("Africa/Johannesburg"),
      ZoneId.of("Asia/Tehran"),
      ZoneId.of("Asia/Kolkata"),
      ZoneId.of("Asia/Kathmandu"),
      ZoneId.of("Asia/Shanghai"),
      ZoneId.of("Asia/Tokyo"),
      ZoneId.of("Australia/Adelaide"),
      ZoneId.of("Australia/Sydney"),
      ZoneId.of("Australia/Lord_Howe"),
      ZoneId.of("Pacific/Chatham"),
      ZoneId.of("Pacific/Apia"),
      ZoneId.of("Pacific/Kiritimati"));

  /** The two policies measured. */
  enum Policy {
    /**
     * Recipient-local; quiet hours 21:00-08:00; business hours MON-FRI 09:00-17:00 and SAT
     * 10:00-14:00; US federal holidays; blackouts Dec 24 - Jan 2 every year (delay), the last
     * five days of every quarter (delay) and {@link #SKIP_DATE} (skip); wanted at the drawn
     * minute.
     */
    FULL,
    /** Recipient-local; quiet hours 21:00-08:00; weekends Saturday and Sunday; wanted at 09:00. */
    SIMPLE
  }

  final Policy policy;
  /** Each contact's zone, an index into {@link #ZONES}. */
  final byte[] zoneIndex;
  /** Each contact's zone, for the java.time loop. */
  final ZoneId[] zones;
  /** Each contact's wanted local date-time, for the java.time loop. */
  final LocalDateTime[] wanted;
  /** Each contact's wanted local date-time as a local second, for the epoch-second loop. */
  final long[] wantedLocal;
  /** Each contact, for sendtime. */
  final Contact[] contacts;
  /** Each contact's schedule, for sendtime. */
  final Schedule[] schedules;

  /**
   * Draws the workload of one policy.
   *
   * @param policy  the policy whose wanted times to draw
   */
  DecisionWorkload(Policy policy) {
    this.policy = policy;
    zoneIndex = new byte[CONTACTS];
    zones = new ZoneId[CONTACTS];
    wanted = new LocalDateTime[CONTACTS];
    wantedLocal = new long[CONTACTS];
    contacts = new Contact[CONTACTS];
    schedules = new Schedule[CONTACTS];
    Random random = new Random(SEED);
    LocalDate firstBirthday = LocalDate.of(2026, 1, 15);
    int birthdays = (int) (LocalDate.of(2029, 1, 15).toEpochDay() - firstBirthday.toEpochDay());
    for (int i = 0; i < CONTACTS; i++) {
      int zone = random.nextInt(ZONES.size());
      LocalDate birthday = firstBirthday.plusDays(random.nextInt(birthdays));
      int minute = random.nextInt(24 * 60);
      LocalTime time = policy == Policy.SIMPLE ? LocalTime.of(9, 0) : LocalTime.of(minute / 60, minute % 60);
      LocalDateTime w = birthday.minusDays(14).atTime(time);
      zoneIndex[i] = (byte) zone;
      zones[i] = ZONES.get(zone);
      wanted[i] = w;
      wantedLocal[i] = w.toEpochSecond(ZoneOffset.UTC);
      contacts[i] = Contact.of("c" + i, ZONES.get(zone));
      schedules[i] = Schedule.atLocal(w);
    }
  }

  /**
   * Builds the policy in sendtime, with the organisation in New York.
   *
   * @return the policy
   */
  SendPolicy sendPolicy() {
    SendPolicy.Builder b = SendPolicy.builder(ZoneId.of("America/New_York"))
        .zoneStrategy(ZoneStrategy.RECIPIENT_LOCAL)
        .quietHours(LocalWindow.parse("21:00-08:00"));
    if (policy == Policy.SIMPLE) {
      return b.name("birthday reminder").weekend(Weekend.SATURDAY_SUNDAY).build();
    }
    return b.name("full")
        .businessHours(WeeklyHours.parse("MON-FRI 09:00-17:00; SAT 10:00-14:00"))
        .holidays(HolidayCalendar.usFederal())
        .blackout(Blackout.of("year end", BlackoutDates.yearly(MonthDay.of(12, 24), MonthDay.of(1, 2))))
        .blackout(Blackout.of("quarter close", BlackoutDates.lastDaysOfQuarter(5)))
        .blackout(Blackout.of("black friday 2027", BlackoutDates.on(SKIP_DATE))
            .withAction(BlackoutAction.SKIP))
        .build();
  }
}
