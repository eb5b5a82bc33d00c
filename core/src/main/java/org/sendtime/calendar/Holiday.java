package org.sendtime.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * A holiday on one date: its name, the date it is observed and the date it actually falls on.
 *
 * <p>The two dates differ when a holiday that falls on a weekend is observed on a weekday
 * instead: in the US federal calendar, Independence Day 2021 fell on Sunday, July 4, and was
 * observed on Monday, July 5. Sends are affected on the observed {@link #date()}; the
 * {@link #actualDate()} is kept to explain the shift.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Holiday {
  /** Date, then name, then actual date: the order of every calendar's list. */
  static final Comparator<Holiday> ORDER = Comparator.comparing(Holiday::date)
      .thenComparing(Holiday::name)
      .thenComparing(Holiday::actualDate);

  private final String name;
  private final LocalDate date;
  private final LocalDate actualDate;

  private Holiday(String name, LocalDate date, LocalDate actualDate) {
    this.name = name;
    this.date = date;
    this.actualDate = actualDate;
  }

  /**
   * Obtains a holiday observed on the date it falls on.
   *
   * @param name  the name, such as "Labor Day", not blank, not null
   * @param date  the date, not null
   * @return the holiday, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Holiday of(String name, LocalDate date) {
    return of(name, date, date);
  }

  /**
   * Obtains a holiday observed on another date than the one it falls on.
   *
   * @param name  the name, such as "Christmas Day", not blank, not null
   * @param actualDate  the date the holiday falls on, before any observed-day shift, not null
   * @param observedDate  the date the holiday is observed, when sends are affected, not null
   * @return the holiday, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Holiday of(String name, LocalDate actualDate, LocalDate observedDate) {
    checkNotNull(name, "name");
    checkNotNull(actualDate, "actualDate");
    checkNotNull(observedDate, "observedDate");
    checkArgument(!name.isBlank(), "Invalid value for name (valid values: text that is not blank): '%s'", name);
    return new Holiday(name, observedDate, actualDate);
  }

  /**
   * Gets the name.
   *
   * @return the name, not blank, not null
   */
  public String name() {
    return name;
  }

  /**
   * Gets the observed date: the day sends are affected.
   *
   * @return the observed date, not null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Gets the date the holiday actually falls on, before any observed-day shift.
   *
   * @return the actual date, equal to {@link #date()} unless the holiday was shifted, not null
   */
  public LocalDate actualDate() {
    return actualDate;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Holiday)) {
      return false;
    }
    Holiday o = (Holiday) obj;
    return name.equals(o.name) && date.equals(o.date) && actualDate.equals(o.actualDate);
  }

  @Override
  public int hashCode() {
    return (name.hashCode() * 31 + date.hashCode()) * 31 + actualDate.hashCode();
  }

  /**
   * Outputs the observed date and the name, and the actual date when it differs, such as
   * {@code 2021-12-31 New Year's Day (observed; actual 2022-01-01)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return date.equals(actualDate)
        ? date + " " + name
        : date + " " + name + " (observed; actual " + actualDate + ")";
  }
}
