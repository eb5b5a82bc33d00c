package org.sendtime.window;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import org.jspecify.annotations.Nullable;
import org.sendtime.internal.Names;
import org.sendtime.recurrence.LeapDayPolicy;

/**
 * The contact's date that an exclusion window is counted from, such as the birthday or the
 * effective date of an insurance policy.
 *
 * <p>A date is named in snake_case, as the contact's dates are: {@code birthday},
 * {@code effective_date}. A window is normally counted from the anniversary of that date in
 * each year; {@link #monthStartOf(String)} counts it from the first day of the anniversary's
 * month instead, as Nevada's birthday rule does.
 *
 * <p>The text form is the date's name, or {@code month_start_of(name)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WindowAnchor {

  /** The contact's birthday. */
  public static final WindowAnchor BIRTHDAY = new WindowAnchor("birthday", false);
  /** The effective date of the contact's policy. */
  public static final WindowAnchor EFFECTIVE_DATE = new WindowAnchor("effective_date", false);

  private final String dateName;
  private final boolean monthStart;

  private WindowAnchor(String dateName, boolean monthStart) {
    this.dateName = dateName;
    this.monthStart = monthStart;
  }

  /**
   * Obtains an anchor on the anniversary of a contact's date.
   *
   * @param dateName  the name of the contact's date, snake_case, not null
   * @return the anchor, not null
   * @throws IllegalArgumentException if the name is not snake_case
   */
  public static WindowAnchor of(String dateName) {
    return new WindowAnchor(Names.snakeCase(dateName, "anchor date name"), false);
  }

  /**
   * Obtains an anchor on the first day of the month of a contact's date's anniversary.
   *
   * @param dateName  the name of the contact's date, snake_case, not null
   * @return the anchor, not null
   * @throws IllegalArgumentException if the name is not snake_case
   */
  public static WindowAnchor monthStartOf(String dateName) {
    return new WindowAnchor(Names.snakeCase(dateName, "anchor date name"), true);
  }

  /**
   * Gets the name of the contact's date.
   *
   * @return the name, not null
   */
  public String dateName() {
    return dateName;
  }

  /**
   * Checks whether the window is counted from the first day of the anniversary's month.
   *
   * @return true if counted from the month's start
   */
  public boolean isMonthStart() {
    return monthStart;
  }

  /**
   * Obtains the anchor date in a year: the anniversary of the contact's date in that year,
   * February 29 in a common year as the leap-day policy says, or the first day of its month.
   *
   * @param contactDate  the contact's original date, not null
   * @param year  the year, from -999,999,998 to 999,999,998
   * @param leap  what February 29 means in a common year, not null
   * @return the anchor date in that year, not null
   */
  public LocalDate dateIn(LocalDate contactDate, int year, LeapDayPolicy leap) {
    checkNotNull(contactDate, "contactDate");
    checkNotNull(leap, "leap");
    return anchorIn(contactDate.getMonthValue(), contactDate.getDayOfMonth(), year, leap);
  }

  LocalDate anchorIn(int month, int day, int year, LeapDayPolicy leap) {
    if (monthStart) {
      return LocalDate.of(year, month, 1);
    }
    if (month == 2 && day == 29 && !Year.isLeap(year)) {
      return leap == LeapDayPolicy.FEB_28 ? LocalDate.of(year, Month.FEBRUARY, 28) : LocalDate.of(year, Month.MARCH, 1);
    }
    return LocalDate.of(year, month, day);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof WindowAnchor
        && ((WindowAnchor) o).dateName.equals(dateName)
        && ((WindowAnchor) o).monthStart == monthStart;
  }

  @Override
  public int hashCode() {
    return dateName.hashCode() * 31 + (monthStart ? 1 : 0);
  }

  /**
   * Outputs the anchor as {@code birthday} or {@code month_start_of(birthday)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return monthStart ? "month_start_of(" + dateName + ")" : dateName;
  }
}
