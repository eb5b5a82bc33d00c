package org.sendtime.benchmarks;

import static org.sendtime.benchmarks.CampaignWorkload.PRE_WINDOW_DAYS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The plan of {@link CampaignWorkload}, written as tight as we could without allocating: the
 * epoch-second loop of {@link EpochSecondDecisions} (its {@link ZoneOffsets} and a {@link DaySet}
 * of holidays) extended with the exclusion windows of seed 004, hand-coded for this plan.
 *
 * <p>For each contact: the anchors of its state's window in 2025-2028 (the anniversary of its
 * birthday, of the first of its birth month, or of its effective date, February 29 on February
 * 28 in common years), which are all the anchors whose window can reach a date it is judged on;
 * then for each email due in 2026 (birthday and effective date in 2026 or 2027 less 14 or 30
 * days, September 15, the two campaigns): suppressed if a window holds the due date; otherwise
 * moved over weekends, holidays and quiet hours on the wall clock, resolved to an epoch second,
 * and suppressed if it moved into a window; every window of an anchored rule that suppressed an
 * email gets one post-window email the day after it ends, moved the same way and not checked.
 *
 * <p>Each email is written as one {@code long} ({@link #email}): its epoch second, or {@link
 * #SUPPRESSED}, its due date and its kind.
 */
final class EpochSecondCampaigns {

  /** The kinds of email, as {@link #email} writes them. */
  static final int BIRTHDAY = 0;
  static final int EFFECTIVE_DATE = 1;
  static final int ANNUAL_ENROLMENT = 2;
  static final int CAMPAIGN = 3;
  static final int POST_WINDOW = 4;
  /** The names of the kinds, by code. */
  static final String[] KINDS = {"birthday", "effective_date", "annual_enrolment", "campaign", "post_window"};
  /** The epoch second written for a suppressed email. */
  static final long SUPPRESSED = 0;
  /** The most emails one contact can have: five due, five post-window. */
  static final int MAX_EMAILS = 10;

  private static final int DAY = 86_400;
  private static final int QUIET_START = 21 * 3600;
  private static final int QUIET_END = 8 * 3600;
  private static final int SEND_SECOND = CampaignWorkload.SEND_TIME.toSecondOfDay();
  private static final long FIRST = CampaignWorkload.RANGE.getStart().toEpochDay();
  private static final long LAST = CampaignWorkload.RANGE.getEndInclusive().toEpochDay();
  private static final long ENROLMENT = LocalDate.of(2026, 9, 15).toEpochDay();
  private static final int FIRST_ANCHOR_YEAR = 2025;
  private static final int ANCHOR_YEARS = 4;
  private static final long DAYS_0000_TO_1970 = 719_528L;

  /** What a state's rule is counted from. */
  private static final byte NONE = 0;
  private static final byte YEAR_ROUND = 1;
  private static final byte BIRTHDAY_ANCHOR = 2;
  private static final byte BIRTH_MONTH_ANCHOR = 3;
  private static final byte EFFECTIVE_DATE_ANCHOR = 4;
  /** What {@link #blocking} returns for a date no window holds. */
  private static final long FREE = Long.MIN_VALUE;
  /** What {@link #blocking} returns for a date a year-round rule holds. */
  private static final long ALL_YEAR = Long.MAX_VALUE;

  private final ZoneOffsets[] zones;
  private final DaySet holidays = DaySet.usFederalHolidays();
  private final long[] campaignDays;
  /** By state: the rule's anchor, its days before (with the pre-window days) and after. */
  private final byte[] rule = new byte[CampaignWorkload.STATES.size()];
  private final int[] before = new int[rule.length];
  private final int[] after = new int[rule.length];
  /** The current contact's anchors in 2025-2028, as epoch days. */
  private final long[] anchors = new long[ANCHOR_YEARS];
  /** The current contact's post-window days. */
  private final long[] postWindows = new long[MAX_EMAILS];

  /** Reads the offsets of the workload's zones and the table of windows by state. */
  EpochSecondCampaigns() {
    zones = new ZoneOffsets[DecisionWorkload.ZONES.size()];
    for (int i = 0; i < zones.length; i++) {
      zones[i] = new ZoneOffsets(DecisionWorkload.ZONES.get(i));
    }
    campaignDays = new long[CampaignWorkload.CAMPAIGN_EVENTS.size()];
    for (int i = 0; i < campaignDays.length; i++) {
      campaignDays[i] = CampaignWorkload.CAMPAIGN_EVENTS.get(i).toEpochDay() - CampaignWorkload.CAMPAIGN_DAYS_BEFORE;
    }
    window("CA", BIRTHDAY_ANCHOR, 30, 60);
    window("ID", BIRTHDAY_ANCHOR, 0, 63);
    window("KY", BIRTHDAY_ANCHOR, 0, 60);
    window("MD", BIRTHDAY_ANCHOR, 0, 30);
    window("NV", BIRTH_MONTH_ANCHOR, 0, 60);
    window("OK", BIRTHDAY_ANCHOR, 0, 60);
    window("OR", BIRTHDAY_ANCHOR, 0, 31);
    window("VA", BIRTHDAY_ANCHOR, 0, 30);
    window("MO", EFFECTIVE_DATE_ANCHOR, 30, 33);
    for (String s : new String[] {"CT", "MA", "NY", "WA"}) {
      rule[CampaignWorkload.STATES.indexOf(s)] = YEAR_ROUND;
    }
  }

  private void window(String state, byte anchor, int daysBefore, int daysAfter) {
    int s = CampaignWorkload.STATES.indexOf(state);
    rule[s] = anchor;
    before[s] = daysBefore + PRE_WINDOW_DAYS;
    after[s] = daysAfter;
  }

  /**
   * Writes an email as one {@code long}: the epoch second in the high bits, then the due date
   * as 16 bits of days from {@link DaySet#FIRST_DAY}, then the kind in 4 bits.
   *
   * @param kind  the kind, such as {@link #BIRTHDAY}
   * @param dueDay  the due date's epoch day
   * @param epochSecond  the epoch second of the send, or {@link #SUPPRESSED}
   * @return the email
   */
  static long email(int kind, long dueDay, long epochSecond) {
    return epochSecond << 20 | (dueDay - DaySet.FIRST_DAY) << 4 | kind;
  }

  /**
   * Describes an email written by {@link #email}, such as {@code birthday due 2026-03-02:
   * 2026-03-02T08:30-05:00}.
   *
   * @param email  the email
   * @param zone  the contact's zone
   * @return the text
   */
  static String describe(long email, ZoneId zone) {
    long second = email >>> 20;
    LocalDate due = LocalDate.ofEpochDay(DaySet.FIRST_DAY + ((email >> 4) & 0xFFFF));
    return KINDS[(int) (email & 15)] + " due " + due + ": "
        + (second == SUPPRESSED
            ? "suppressed"
            : Instant.ofEpochSecond(second).atZone(zone).toOffsetDateTime().toString());
  }

  /**
   * Plans one contact's emails.
   *
   * @param state  the contact's state, an index into {@link CampaignWorkload#STATES}
   * @param zone  the contact's zone, an index into {@link DecisionWorkload#ZONES}
   * @param birthday  the contact's birthday, packed by {@link CampaignWorkload#pack}
   * @param effectiveDate  the contact's effective date, packed by {@link CampaignWorkload#pack}
   * @param out  where the emails are written, at least {@link #MAX_EMAILS} long
   * @return the number of emails written
   */
  int plan(int state, int zone, int birthday, int effectiveDate, long[] out) {
    ZoneOffsets z = zones[zone];
    int birthMonth = (birthday >> 5) & 15;
    int birthDay = birthday & 31;
    int effectiveYear = effectiveDate >> 9;
    int effectiveMonth = (effectiveDate >> 5) & 15;
    int effectiveDay = effectiveDate & 31;
    byte r = rule[state];
    for (int k = 0; k < ANCHOR_YEARS; k++) {
      int y = FIRST_ANCHOR_YEAR + k;
      anchors[k] = r == BIRTHDAY_ANCHOR ? anniversary(y, birthMonth, birthDay)
          : r == BIRTH_MONTH_ANCHOR ? epochDay(y, birthMonth, 1)
          : anniversary(y, effectiveMonth, effectiveDay);
    }
    int n = 0;
    int posts = 0;
    for (int y = 2026; y <= 2027; y++) {
      long birthdayDue = anniversary(y, birthMonth, birthDay) - 14;
      if (birthdayDue >= FIRST && birthdayDue <= LAST) {
        posts = judge(state, z, BIRTHDAY, birthdayDue, out, n++, posts);
      }
      long effectiveDue = anniversary(y, effectiveMonth, effectiveDay) - 30;
      if (y > effectiveYear && effectiveDue >= FIRST && effectiveDue <= LAST) {
        posts = judge(state, z, EFFECTIVE_DATE, effectiveDue, out, n++, posts);
      }
    }
    posts = judge(state, z, ANNUAL_ENROLMENT, ENROLMENT, out, n++, posts);
    for (long due : campaignDays) {
      posts = judge(state, z, CAMPAIGN, due, out, n++, posts);
    }
    for (int p = 0; p < posts; p++) {
      long due = postWindows[p];
      out[n++] = email(POST_WINDOW, due, z.resolve(settle(due * DAY + SEND_SECOND)));
    }
    return n;
  }

  /**
   * Judges one email and writes it at {@code out[i]}; returns the post-window days, with the
   * day after the window that suppressed it if that is new.
   */
  private int judge(int state, ZoneOffsets z, int kind, long due, long[] out, int i, int posts) {
    long end = blocking(state, due);
    if (end == FREE) {
      long local = settle(due * DAY + SEND_SECOND);
      long day = Math.floorDiv(local, DAY);
      if (day == due || (end = blocking(state, day)) == FREE) {
        out[i] = email(kind, due, z.resolve(local));
        return posts;
      }
    }
    out[i] = email(kind, due, SUPPRESSED);
    if (end == ALL_YEAR) {
      return posts;
    }
    for (int p = 0; p < posts; p++) {
      if (postWindows[p] == end + 1) {
        return posts;
      }
    }
    postWindows[posts] = end + 1;
    return posts + 1;
  }

  /**
   * The last day of the latest window of a state's rule that holds a day, {@link #ALL_YEAR}, or
   * {@link #FREE}.
   */
  private long blocking(int state, long day) {
    byte r = rule[state];
    if (r == NONE) {
      return FREE;
    }
    if (r == YEAR_ROUND) {
      return ALL_YEAR;
    }
    for (int k = ANCHOR_YEARS - 1; k >= 0; k--) {
      long a = anchors[k];
      if (a - before[state] <= day && day <= a + after[state]) {
        return a + after[state];
      }
    }
    return FREE;
  }

  /**
   * The earliest local second at or after a wanted one on a weekday that is no holiday, outside
   * the quiet hours 21:00-08:00.
   */
  private long settle(long wanted) {
    long day = Math.floorDiv(wanted, DAY);
    int second = (int) (wanted - day * DAY);
    while (true) {
      if (Math.floorMod(day + 3, 7L) >= 5 || holidays.contains(day)) {
        day++;
        second = 0;
        continue;
      }
      if (second < QUIET_END) {
        second = QUIET_END;
      }
      if (second < QUIET_START) {
        return day * DAY + second;
      }
      day++;
      second = 0;
    }
  }

  /** The anniversary of a month and day in a year, February 29 on February 28 in common years. */
  private static long anniversary(int year, int month, int day) {
    boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    return month == 2 && day == 29 && !leap ? epochDay(year, 2, 28) : epochDay(year, month, day);
  }

  /** The epoch day of a date, as {@link LocalDate#toEpochDay()} computes it, for years after 0. */
  private static long epochDay(int year, int month, int day) {
    long total = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
    total += (367 * month - 362) / 12 + day - 1;
    if (month > 2) {
      boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
      total -= leap ? 1 : 2;
    }
    return total - DAYS_0000_TO_1970;
  }
}
