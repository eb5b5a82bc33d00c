package org.sendtime.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Where a holiday that falls on a weekend is observed instead.
 *
 * <p>Each shift moves a date by at most two days, so a holiday on January 1 or late in December
 * may be observed in the neighbouring year; a {@link HolidayCalendar} lists it in the year of
 * its observed date. A shift never looks at other holidays: when two holidays are moved onto the
 * same day (Christmas on Saturday and Boxing Day on Sunday, both under
 * {@link #WEEKEND_TO_MONDAY}), both are observed that day. A calendar that moves the second one
 * on to the Tuesday, as the United Kingdom's does, is supplied through the {@link HolidayCalendar}
 * interface.
 */
public enum ObservedShift {
  /** Observed on the day it falls on, weekend or not. */
  NONE("") {
    @Override
    public LocalDate observe(LocalDate actualDate) {
      return checkNotNull(actualDate, "actualDate");
    }
  },
  /**
   * A Saturday holiday is observed on the Friday before, a Sunday holiday on the Monday after:
   * the US federal rule (5 U.S.C. 6103(b) and Executive Order 11582). A Saturday January 1 is
   * observed on December 31 of the year before.
   */
  SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY("observed Saturday\u2192Friday and Sunday\u2192Monday") {
    @Override
    public LocalDate observe(LocalDate actualDate) {
      return switch (actualDate.getDayOfWeek()) {
        case SATURDAY -> actualDate.minusDays(1);
        case SUNDAY -> actualDate.plusDays(1);
        default -> actualDate;
      };
    }
  },
  /** A Sunday holiday is observed on the Monday after; a Saturday holiday stays on Saturday. */
  SUNDAY_TO_MONDAY("observed Sunday\u2192Monday") {
    @Override
    public LocalDate observe(LocalDate actualDate) {
      return actualDate.getDayOfWeek() == DayOfWeek.SUNDAY ? actualDate.plusDays(1) : actualDate;
    }
  },
  /**
   * A Saturday or Sunday holiday is observed on the Monday after, as a substitute bank holiday
   * is in the United Kingdom when no other holiday is moved to that Monday.
   */
  WEEKEND_TO_MONDAY("observed Saturday and Sunday\u2192Monday") {
    @Override
    public LocalDate observe(LocalDate actualDate) {
      return switch (actualDate.getDayOfWeek()) {
        case SATURDAY -> actualDate.plusDays(2);
        case SUNDAY -> actualDate.plusDays(1);
        default -> actualDate;
      };
    }
  };

  private final String description;

  ObservedShift(String description) {
    this.description = description;
  }

  /**
   * Gets the date a holiday that falls on a date is observed.
   *
   * @param actualDate  the date the holiday falls on, not null
   * @return the observed date, within two days of the actual date, not null
   */
  public abstract LocalDate observe(LocalDate actualDate);

  /** The phrase a rule's text uses, such as "observed Sunday→Monday"; empty for {@link #NONE}. */
  String description() {
    return description;
  }
}
