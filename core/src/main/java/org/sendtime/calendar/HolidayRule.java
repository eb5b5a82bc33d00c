package org.sendtime.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A rule that gives one holiday a year, as data: a fixed date, the nth or last weekday of a
 * month, or a number of days from Easter Sunday; where the holiday is observed when it falls on
 * a weekend; and the years in which the rule holds.
 *
 * <pre>
 * HolidayRule.fixed("Christmas Day", Month.DECEMBER, 25)
 *     .withObserved(ObservedShift.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY)
 *     .inYear(2021);   // Optional[2021-12-24 Christmas Day (observed; actual 2021-12-25)]
 * HolidayRule.nthWeekday("Labor Day", 1, DayOfWeek.MONDAY, Month.SEPTEMBER)
 *     .inYear(2026);   // Optional[2026-09-07 Labor Day]
 * HolidayRule.easter("Good Friday", -2)
 *     .inYear(2026);   // Optional[2026-04-03 Good Friday]
 * </pre>
 *
 * <p>Some rules have no holiday in some years: a fixed date of February 29 occurs only in leap
 * years, and the fifth occurrence of a weekday exists in a month only in some years (the fifth
 * Monday in June is June 29 in 2026, but June 2027 has four Mondays). {@link #inYear(int)} is
 * then empty.
 *
 * <p>Easter Sunday is Western Easter, computed with the anonymous Gregorian algorithm (Meeus,
 * Jones, Butcher) in the proleptic Gregorian calendar, as {@link LocalDate} is; before 1583 the
 * result is not the date the churches kept.
 *
 * <p>The first and last years, both inclusive, are years of the holiday's actual date, before
 * the observed-day shift: a rule valid until 2021 gives New Year's Day 2022 no holiday, even
 * though it would be observed on December 31, 2021.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HolidayRule {
  /** The smallest year a rule answers; one year inside {@link Year#MIN_VALUE} so that shifts stay representable. */
  static final int MIN_YEAR = Year.MIN_VALUE + 1;
  /** The largest year a rule answers; one year inside {@link Year#MAX_VALUE} so that shifts stay representable. */
  static final int MAX_YEAR = Year.MAX_VALUE - 1;
  /** Offsets from Easter Sunday that keep the date in Easter's year: March 22 − 80 days is January 1. */
  private static final int MIN_EASTER_OFFSET = -80;
  /** April 25 + 250 days is December 31. */
  private static final int MAX_EASTER_OFFSET = 250;
  private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth"};

  /**
   * The kind of date a rule gives.
   */
  public enum Kind {
    /** The same month and day every year, such as December 25. */
    FIXED_DATE,
    /** The nth (first to fifth) occurrence of a day of the week in a month, such as the third Monday in January. */
    NTH_WEEKDAY,
    /** The last occurrence of a day of the week in a month, such as the last Monday in May. */
    LAST_WEEKDAY,
    /** A number of days before or after Western Easter Sunday, such as two days before for Good Friday. */
    EASTER
  }

  private final String name;
  private final Kind kind;
  private final @Nullable Month month;
  private final int dayOfMonth;
  private final int ordinal;
  private final @Nullable DayOfWeek dayOfWeek;
  private final int offsetDays;
  private final ObservedShift observedShift;
  private final @Nullable Integer firstYear;
  private final @Nullable Integer lastYear;

  private HolidayRule(
      String name,
      Kind kind,
      @Nullable Month month,
      int dayOfMonth,
      int ordinal,
      @Nullable DayOfWeek dayOfWeek,
      int offsetDays,
      ObservedShift observedShift,
      @Nullable Integer firstYear,
      @Nullable Integer lastYear) {
    this.name = name;
    this.kind = kind;
    this.month = month;
    this.dayOfMonth = dayOfMonth;
    this.ordinal = ordinal;
    this.dayOfWeek = dayOfWeek;
    this.offsetDays = offsetDays;
    this.observedShift = observedShift;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /**
   * Obtains a rule for a holiday on the same month and day every year.
   *
   * <p>February 29 is allowed; the holiday then occurs in leap years only.
   *
   * @param name  the holiday's name, not blank, not null
   * @param month  the month, not null
   * @param dayOfMonth  the day of the month, from 1 to the month's length in a leap year
   * @return the rule, observed on the day itself, valid in every year, not null
   * @throws IllegalArgumentException if the name is blank or the day does not exist in the month
   */
  public static HolidayRule fixed(String name, Month month, int dayOfMonth) {
    checkName(name);
    checkNotNull(month, "month");
    checkArgument(dayOfMonth >= 1 && dayOfMonth <= month.maxLength(),
        "Invalid value for dayOfMonth in %s (valid values 1 - %s): %s", month, month.maxLength(), dayOfMonth);
    return new HolidayRule(name, Kind.FIXED_DATE, month, dayOfMonth, 0, null, 0, ObservedShift.NONE, null, null);
  }

  /**
   * Obtains a rule for a holiday on the nth occurrence of a day of the week in a month, such as
   * the third Monday in January.
   *
   * <p>The fifth occurrence exists only in some years; in the others the rule gives no holiday.
   *
   * @param name  the holiday's name, not blank, not null
   * @param ordinal  which occurrence in the month, from 1 (the first) to 5 (the fifth)
   * @param dayOfWeek  the day of the week, not null
   * @param month  the month, not null
   * @return the rule, observed on the day itself, valid in every year, not null
   * @throws IllegalArgumentException if the name is blank or the ordinal is out of range
   */
  public static HolidayRule nthWeekday(String name, int ordinal, DayOfWeek dayOfWeek, Month month) {
    checkName(name);
    checkNotNull(dayOfWeek, "dayOfWeek");
    checkNotNull(month, "month");
    checkArgument(ordinal >= 1 && ordinal <= 5, "Invalid value for ordinal (valid values 1 - 5): %s", ordinal);
    return new HolidayRule(name, Kind.NTH_WEEKDAY, month, 0, ordinal, dayOfWeek, 0, ObservedShift.NONE, null, null);
  }

  /**
   * Obtains a rule for a holiday on the last occurrence of a day of the week in a month, such
   * as the last Monday in May.
   *
   * @param name  the holiday's name, not blank, not null
   * @param dayOfWeek  the day of the week, not null
   * @param month  the month, not null
   * @return the rule, observed on the day itself, valid in every year, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static HolidayRule lastWeekday(String name, DayOfWeek dayOfWeek, Month month) {
    checkName(name);
    checkNotNull(dayOfWeek, "dayOfWeek");
    checkNotNull(month, "month");
    return new HolidayRule(name, Kind.LAST_WEEKDAY, month, 0, 0, dayOfWeek, 0, ObservedShift.NONE, null, null);
  }

  /**
   * Obtains a rule for a holiday a number of days before or after Western Easter Sunday, such
   * as -2 for Good Friday, 1 for Easter Monday or 50 for Whit Monday.
   *
   * <p>The offset is limited to the days that keep the holiday in Easter's year, whatever the
   * year: Easter Sunday falls between March 22 and April 25.
   *
   * @param name  the holiday's name, not blank, not null
   * @param offsetDays  the days from Easter Sunday, negative for days before, from -80 to 250
   * @return the rule, observed on the day itself, valid in every year, not null
   * @throws IllegalArgumentException if the name is blank or the offset is out of range
   */
  public static HolidayRule easter(String name, int offsetDays) {
    checkName(name);
    checkArgument(offsetDays >= MIN_EASTER_OFFSET && offsetDays <= MAX_EASTER_OFFSET,
        "Invalid value for offsetDays (valid values %s - %s, which keep the date in Easter's year): %s",
        MIN_EASTER_OFFSET, MAX_EASTER_OFFSET, offsetDays);
    return new HolidayRule(name, Kind.EASTER, null, 0, 0, null, offsetDays, ObservedShift.NONE, null, null);
  }

  private static void checkName(String name) {
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "Invalid value for name (valid values: text that is not blank): '%s'", name);
  }

  private static void checkYear(String field, int year) {
    checkArgument(year >= MIN_YEAR && year <= MAX_YEAR,
        "Invalid value for %s (valid values %s - %s): %s", field, MIN_YEAR, MAX_YEAR, year);
  }

  private static HolidayRule create(HolidayRule r, ObservedShift observedShift,
      @Nullable Integer firstYear, @Nullable Integer lastYear) {
    checkArgument(firstYear == null || lastYear == null || firstYear <= lastYear,
        "Invalid year range (firstYear must not be after lastYear): firstYear %s, lastYear %s",
        firstYear, lastYear);
    return new HolidayRule(r.name, r.kind, r.month, r.dayOfMonth, r.ordinal, r.dayOfWeek, r.offsetDays,
        observedShift, firstYear, lastYear);
  }

  /**
   * Returns a copy observed on another day when the holiday falls on a weekend.
   *
   * @param shift  the observed-day shift, not null
   * @return the changed rule, not null
   */
  public HolidayRule withObserved(ObservedShift shift) {
    return create(this, checkNotNull(shift, "shift"), firstYear, lastYear);
  }

  /**
   * Returns a copy that gives no holiday before a year, such as the year a holiday was
   * established.
   *
   * @param firstYear  the first year, inclusive, of the holiday's actual date
   * @return the changed rule, not null
   * @throws IllegalArgumentException if the year is out of range or after the last year
   */
  public HolidayRule from(int firstYear) {
    checkYear("firstYear", firstYear);
    return create(this, observedShift, firstYear, lastYear);
  }

  /**
   * Returns a copy that gives no holiday after a year, such as the last year before a holiday
   * moved to another date.
   *
   * @param lastYear  the last year, inclusive, of the holiday's actual date
   * @return the changed rule, not null
   * @throws IllegalArgumentException if the year is out of range or before the first year
   */
  public HolidayRule until(int lastYear) {
    checkYear("lastYear", lastYear);
    return create(this, observedShift, firstYear, lastYear);
  }

  /**
   * Gets the holiday's name.
   *
   * @return the name, not blank, not null
   */
  public String name() {
    return name;
  }

  /**
   * Gets the kind of date this rule gives.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Gets the month of a fixed-date, nth-weekday or last-weekday rule.
   *
   * @return the month, empty for an Easter rule
   */
  public Optional<Month> month() {
    return Optional.ofNullable(month);
  }

  /**
   * Gets the day of the month of a fixed-date rule.
   *
   * @return the day of the month, empty unless the kind is {@link Kind#FIXED_DATE}
   */
  public OptionalInt dayOfMonth() {
    return kind == Kind.FIXED_DATE ? OptionalInt.of(dayOfMonth) : OptionalInt.empty();
  }

  /**
   * Gets which occurrence of the day of the week an nth-weekday rule means, from 1 to 5.
   *
   * @return the ordinal, empty unless the kind is {@link Kind#NTH_WEEKDAY}
   */
  public OptionalInt ordinal() {
    return kind == Kind.NTH_WEEKDAY ? OptionalInt.of(ordinal) : OptionalInt.empty();
  }

  /**
   * Gets the day of the week of an nth-weekday or last-weekday rule.
   *
   * @return the day of the week, empty for fixed-date and Easter rules
   */
  public Optional<DayOfWeek> dayOfWeek() {
    return Optional.ofNullable(dayOfWeek);
  }

  /**
   * Gets the days from Easter Sunday of an Easter rule, negative for days before.
   *
   * @return the offset, empty unless the kind is {@link Kind#EASTER}
   */
  public OptionalInt offsetDays() {
    return kind == Kind.EASTER ? OptionalInt.of(offsetDays) : OptionalInt.empty();
  }

  /**
   * Gets where the holiday is observed when it falls on a weekend.
   *
   * @return the shift, {@link ObservedShift#NONE} unless set, not null
   */
  public ObservedShift observedShift() {
    return observedShift;
  }

  /**
   * Gets the first year, inclusive, in which the rule gives a holiday.
   *
   * @return the first year of the actual date, empty if the rule has no first year
   */
  public OptionalInt firstYear() {
    return firstYear == null ? OptionalInt.empty() : OptionalInt.of(firstYear);
  }

  /**
   * Gets the last year, inclusive, in which the rule gives a holiday.
   *
   * @return the last year of the actual date, empty if the rule has no last year
   */
  public OptionalInt lastYear() {
    return lastYear == null ? OptionalInt.empty() : OptionalInt.of(lastYear);
  }

  /**
   * Gets the holiday whose actual date is in a year, with its observed date, which may be in
   * the year before or after.
   *
   * @param year  the year of the actual date, from -999,999,998 to 999,999,998
   * @return the holiday, or empty if the year is outside the rule's years or the date does not
   *     exist that year (February 29 in a common year, a missing fifth weekday)
   * @throws IllegalArgumentException if the year is out of range
   */
  public Optional<Holiday> inYear(int year) {
    checkYear("year", year);
    if ((firstYear != null && year < firstYear) || (lastYear != null && year > lastYear)) {
      return Optional.empty();
    }
    LocalDate actual = actualDate(year);
    return actual == null
        ? Optional.empty()
        : Optional.of(Holiday.of(name, actual, observedShift.observe(actual)));
  }

  private @Nullable LocalDate actualDate(int year) {
    return switch (kind) {
      case FIXED_DATE -> dayOfMonth <= Objects.requireNonNull(month).length(Year.isLeap(year))
          ? LocalDate.of(year, month, dayOfMonth)
          : null;
      case NTH_WEEKDAY -> {
        LocalDate first = LocalDate.of(year, Objects.requireNonNull(month), 1);
        int day = 1 + 7 * (ordinal - 1)
            + Math.floorMod(Objects.requireNonNull(dayOfWeek).getValue() - first.getDayOfWeek().getValue(), 7);
        yield day <= first.lengthOfMonth() ? first.withDayOfMonth(day) : null;
      }
      case LAST_WEEKDAY -> {
        LocalDate first = LocalDate.of(year, Objects.requireNonNull(month), 1);
        LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
        yield last.minusDays(
            Math.floorMod(last.getDayOfWeek().getValue() - Objects.requireNonNull(dayOfWeek).getValue(), 7));
      }
      case EASTER -> easterSunday(year).plusDays(offsetDays);
    };
  }

  /**
   * Whether the observed date can be in another year than the actual date. A shift moves a date
   * by two days at most, so only a shifted holiday in January or December can cross; Easter rules
   * with a shift are rare enough to be counted in without working out their offsets.
   */
  boolean mayCrossYearEnd() {
    return observedShift != ObservedShift.NONE
        && (kind == Kind.EASTER || month == Month.JANUARY || month == Month.DECEMBER);
  }

  /**
   * Computes Western Easter Sunday with the anonymous Gregorian algorithm. Floor division keeps
   * it periodic for years before year 1.
   */
  static LocalDate easterSunday(int year) {
    int a = Math.floorMod(year, 19);
    int b = Math.floorDiv(year, 100);
    int c = Math.floorMod(year, 100);
    int d = Math.floorDiv(b, 4);
    int e = Math.floorMod(b, 4);
    int f = Math.floorDiv(b + 8, 25);
    int g = Math.floorDiv(b - f + 1, 3);
    int h = Math.floorMod(19 * a + b - d - g + 15, 30);
    int i = c / 4;
    int k = c % 4;
    int l = Math.floorMod(32 + 2 * e + 2 * i - h - k, 7);
    int m = (a + 11 * h + 22 * l) / 451;
    int monthAndDay = h + l - 7 * m + 114;
    return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof HolidayRule)) {
      return false;
    }
    HolidayRule o = (HolidayRule) obj;
    return name.equals(o.name) && kind == o.kind && month == o.month && dayOfMonth == o.dayOfMonth
        && ordinal == o.ordinal && dayOfWeek == o.dayOfWeek && offsetDays == o.offsetDays
        && observedShift == o.observedShift && Objects.equals(firstYear, o.firstYear)
        && Objects.equals(lastYear, o.lastYear);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, month, dayOfMonth, ordinal, dayOfWeek, offsetDays, observedShift,
        firstYear, lastYear);
  }

  /**
   * Outputs the name and the rule in words, such as
   * {@code Juneteenth National Independence Day: June 19, observed Saturday→Friday and
   * Sunday→Monday, from 2021} or {@code Good Friday: Easter Sunday − 2 days}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(name).append(": ");
    switch (kind) {
      case FIXED_DATE -> sb.append(monthName()).append(' ').append(dayOfMonth);
      case NTH_WEEKDAY ->
          sb.append(ORDINALS[ordinal - 1]).append(' ').append(dayName()).append(" in ").append(monthName());
      case LAST_WEEKDAY -> sb.append("last ").append(dayName()).append(" in ").append(monthName());
      case EASTER -> {
        sb.append("Easter Sunday");
        if (offsetDays != 0) {
          int n = Math.abs(offsetDays);
          sb.append(offsetDays < 0 ? " \u2212 " : " + ").append(n).append(n == 1 ? " day" : " days");
        }
      }
    }
    if (observedShift != ObservedShift.NONE) {
      sb.append(", ").append(observedShift.description());
    }
    if (firstYear != null) {
      sb.append(", from ").append(firstYear);
    }
    if (lastYear != null) {
      sb.append(firstYear != null ? " until " : ", until ").append(lastYear);
    }
    return sb.toString();
  }

  private String monthName() {
    return Objects.requireNonNull(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private String dayName() {
    return Objects.requireNonNull(dayOfWeek).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
