package org.sendtime.policy;

import static org.sendtime.internal.EpochDays.SECONDS_PER_DAY;
import static org.sendtime.internal.EpochDays.dayOf;
import static org.sendtime.internal.EpochDays.dayOfWeek;
import static org.sendtime.internal.EpochDays.secondOfDay;
import static org.sendtime.internal.EpochDays.yearOf;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sendtime.calendar.Blackout;
import org.sendtime.calendar.BlackoutAction;
import org.sendtime.calendar.Holiday;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.calendar.Weekend;
import org.sendtime.internal.ZoneTimeline;
import org.sendtime.time.LocalWindow;
import org.sendtime.time.WeeklyHours;

/** The built-in rules of a policy. */
final class Rules {

  private Rules() {}

  private static String weekdayName(int isoDayOfWeek) {
    return DayOfWeek.of(isoDayOfWeek).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** Quiet hours: no sends inside a daily window. */
  static final class QuietHours extends Rule {
    private final LocalWindow window;

    QuietHours(LocalWindow window) {
      super("quiet hours");
      this.window = window;
    }

    @Override
    long judge(long t, long local, Contact contact, ZoneTimeline zone) {
      int sod = secondOfDay(local);
      if (!window.containsSecondOfDay(sod)) {
        return t;
      }
      long day = dayOf(local);
      if (window.crossesMidnight() && sod >= window.startSecondOfDay()) {
        day++;
      }
      return moveTo(t, day * SECONDS_PER_DAY + window.endSecondOfDay(), contact, zone);
    }

    @Override
    String why(long t, Contact contact, ZoneTimeline zone) {
      return "quiet hours " + window;
    }
  }

  /** Business hours: sends only while open. */
  static final class BusinessHours extends Rule {
    private final WeeklyHours hours;

    BusinessHours(WeeklyHours hours) {
      super("business hours");
      this.hours = hours;
    }

    @Override
    long judge(long t, long local, Contact contact, ZoneTimeline zone) {
      int wait = hours.secondsUntilOpen(dayOfWeek(dayOf(local)), secondOfDay(local));
      return wait == 0 ? t : moveTo(t, local + wait, contact, zone);
    }

    @Override
    String why(long t, Contact contact, ZoneTimeline zone) {
      return "closed; open " + hours;
    }
  }

  /** Weekends: no sends on weekend days. */
  static final class Weekends extends Rule {
    private final Weekend weekend;
    private final boolean[] isWeekend = new boolean[8];

    Weekends(Weekend weekend) {
      super("weekend");
      this.weekend = weekend;
      for (DayOfWeek d : DayOfWeek.values()) {
        isWeekend[d.getValue()] = weekend.contains(d);
      }
    }

    @Override
    long judge(long t, long local, Contact contact, ZoneTimeline zone) {
      long day = dayOf(local);
      if (!isWeekend[dayOfWeek(day)]) {
        return t;
      }
      do {
        day++;
      } while (isWeekend[dayOfWeek(day)]);
      return moveToDay(t, day, contact, zone);
    }

    @Override
    String why(long t, Contact contact, ZoneTimeline zone) {
      return weekdayName(dayOfWeek(dayOf(zone.toLocal(t)))) + " is a weekend day (" + weekend + ")";
    }
  }

  /** Holidays: no sends on the days a holiday calendar observes. */
  static final class Holidays extends Rule {
    /** Longest run of consecutive holidays looked through before giving up. */
    private static final int MAX_RUN = 400;

    private final HolidayCalendar calendar;
    private final DayBits days;

    Holidays(HolidayCalendar calendar) {
      super("holidays");
      this.calendar = calendar;
      this.days = new DayBits(new DayBits.Source() {
        @Override
        public void fill(long firstEpochDay, long[] bits) {
          long lastEpochDay = firstEpochDay + DayBits.chunkDays() - 1;
          for (int year = yearOf(firstEpochDay); year <= yearOf(lastEpochDay); year++) {
            for (Holiday h : calendar.holidays(year)) {
              long i = h.date().toEpochDay() - firstEpochDay;
              if (i >= 0 && i < DayBits.chunkDays()) {
                DayBits.set(bits, (int) i);
              }
            }
          }
        }

        @Override
        public boolean contains(LocalDate date) {
          return calendar.isHoliday(date);
        }
      });
    }

    private boolean isHoliday(long epochDay) {
      return days.contains(epochDay);
    }

    @Override
    long judge(long t, long local, Contact contact, ZoneTimeline zone) {
      long day = dayOf(local);
      if (!isHoliday(day)) {
        return t;
      }
      for (int i = 0; i < MAX_RUN; i++) {
        day++;
        if (!isHoliday(day)) {
          return moveToDay(t, day, contact, zone);
        }
      }
      return NEVER;
    }

    @Override
    String why(long t, Contact contact, ZoneTimeline zone) {
      LocalDate date = LocalDate.ofEpochDay(dayOf(zone.toLocal(t)));
      return calendar
          .holidayOn(date)
          .map(h -> date + " is " + h.name() + " (" + calendar.name() + ")")
          .orElse(date + " is a holiday (" + calendar.name() + ")");
    }
  }

  /** A blackout: no sends on its dates; moves the send past them, or suppresses it. */
  static final class Blackouts extends Rule {
    private final Blackout blackout;
    private final @Nullable ZoneTimeline organization;
    private final DayBits days;
    private final boolean byLocation;

    /**
     * @param organization  the policy's timeline when the blackout's dates are the
     *     organisation's, or null when they are each contact's own
     */
    Blackouts(Blackout blackout, @Nullable ZoneTimeline organization) {
      super("blackout " + blackout.name());
      this.blackout = blackout;
      this.organization = organization;
      this.days = DayBits.of(blackout.dates()::contains);
      this.byLocation = !blackout.scope().listedLocations().isEmpty();
    }

    private ZoneTimeline zone(ZoneTimeline local) {
      return organization == null ? local : organization;
    }

    @Override
    long judge(long t, long localSecond, Contact contact, ZoneTimeline local) {
      ZoneTimeline zone = zone(local);
      long day = dayOf(organization == null ? localSecond : organization.toLocal(t));
      if (!days.contains(day)
          || (byLocation && !blackout.scope().appliesToLocation(contact.locationOrNull()))) {
        return t;
      }
      if (blackout.action() == BlackoutAction.SKIP) {
        return SUPPRESS;
      }
      // Most runs are short: look through the day table before asking the dates.
      long next = day + 1;
      while (next - day < 64 && days.contains(next)) {
        next++;
      }
      if (next - day >= 64) {
        next = blackout.dates().nextUncovered(LocalDate.ofEpochDay(next)).toEpochDay();
      }
      return moveToDay(t, next, contact, zone);
    }

    @Override
    String why(long t, Contact contact, ZoneTimeline local) {
      ZoneTimeline zone = zone(local);
      LocalDate date = LocalDate.ofEpochDay(dayOf(zone.toLocal(t)));
      return date
          + (organization == null ? "" : " in " + organization.zone())
          + " is in blackout "
          + blackout.name()
          + " ("
          + blackout.dates()
          + ")";
    }

    @Override
    boolean maySuppress() {
      return blackout.action() == BlackoutAction.SKIP;
    }

    @Override
    boolean mayMove() {
      return blackout.action() == BlackoutAction.DELAY;
    }
  }

  /** A host's own constraint. */
  static final class Custom extends Rule {
    private final Constraint constraint;

    Custom(Constraint constraint) {
      super(Objects.requireNonNull(constraint.name(), "constraint name"));
      this.constraint = constraint;
    }

    private Verdict verdict(long t, Contact contact, ZoneTimeline zone) {
      ZonedDateTime at = Instant.ofEpochSecond(t).atZone(zone.zone());
      Verdict v = constraint.judge(at, contact);
      if (v == null) {
        throw new IllegalStateException("Constraint '" + name() + "' returned no verdict for " + at);
      }
      return v;
    }

    @Override
    long judge(long t, long local, Contact contact, ZoneTimeline zone) {
      Verdict v = verdict(t, contact, zone);
      switch (v.kind()) {
        case ALLOW:
          return t;
        case SUPPRESS:
          return SUPPRESS;
        default:
          Instant to = v.moveTo().orElseThrow();
          if (to.getEpochSecond() <= t) {
            throw new IllegalStateException(
                "Constraint '" + name() + "' moved a send from " + Instant.ofEpochSecond(t)
                    + " to " + to + ", which is not later");
          }
          // Fractions of a second round up, so the result stays at or after the move.
          return to.getNano() == 0 ? to.getEpochSecond() : to.getEpochSecond() + 1;
      }
    }

    @Override
    String why(long t, Contact contact, ZoneTimeline zone) {
      return verdict(t, contact, zone).reason();
    }

    @Override
    boolean maySuppress() {
      return true;
    }
  }
}
