package org.sendtime.recurrence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One element of a {@code BYDAY} rule part: a day of the week, optionally with an ordinal such
 * as {@code 1MO} (the first Monday) or {@code -1FR} (the last Friday).
 *
 * <p>An ordinal of zero means "every such day in the period". Positive ordinals count from the
 * start of the month or year, negative ones from its end; their absolute value is at most 53.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WeekdayNum implements Comparable<WeekdayNum> {
  private static final String[] CODES = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

  private final int ordinal;
  private final DayOfWeek dayOfWeek;

  private WeekdayNum(int ordinal, DayOfWeek dayOfWeek) {
    this.ordinal = ordinal;
    this.dayOfWeek = dayOfWeek;
  }

  /**
   * Obtains every occurrence of a day of the week in the period, such as {@code MO}.
   *
   * @param dayOfWeek  the day of the week, not null
   * @return the weekday without an ordinal, not null
   */
  public static WeekdayNum every(DayOfWeek dayOfWeek) {
    return new WeekdayNum(0, checkNotNull(dayOfWeek, "dayOfWeek"));
  }

  /**
   * Obtains the n-th occurrence of a day of the week in the month or year, such as {@code -1FR}.
   *
   * @param ordinal  the ordinal, from -53 to 53; zero means every occurrence
   * @param dayOfWeek  the day of the week, not null
   * @return the weekday with its ordinal, not null
   * @throws IllegalArgumentException if the ordinal is out of range
   */
  public static WeekdayNum of(int ordinal, DayOfWeek dayOfWeek) {
    checkArgument(
        ordinal >= -53 && ordinal <= 53,
        "Invalid value for BYDAY ordinal (valid values -53 to 53): %s",
        ordinal);
    return new WeekdayNum(ordinal, checkNotNull(dayOfWeek, "dayOfWeek"));
  }

  /**
   * Obtains a weekday from its RFC 5545 text, such as {@code MO}, {@code +2TU} or {@code -1SU}.
   *
   * @param text  the text to parse, not null
   * @return the parsed weekday, not null
   * @throws IllegalArgumentException if the text is not a valid weekday
   */
  public static WeekdayNum parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString().trim();
    checkArgument(s.length() >= 2, "Invalid BYDAY value (expected e.g. MO, 1MO or -1FR): '%s'", s);
    DayOfWeek day = dayOfWeekCode(s.substring(s.length() - 2));
    checkArgument(day != null, "Invalid weekday in BYDAY (expected MO, TU, WE, TH, FR, SA or SU): '%s'", s);
    String number = s.substring(0, s.length() - 2);
    if (number.isEmpty()) {
      return every(day);
    }
    checkArgument(
        number.matches("[+-]?[0-9]{1,2}"),
        "Invalid ordinal in BYDAY (expected -53 to 53, not zero): '%s'",
        s);
    int n = Integer.parseInt(number.startsWith("+") ? number.substring(1) : number);
    checkArgument(n != 0, "Invalid ordinal in BYDAY (expected -53 to 53, not zero): '%s'", s);
    return of(n, day);
  }

  /**
   * Returns the day of the week for a two-letter RFC 5545 code, ignoring case.
   *
   * @param code  the code such as {@code MO}
   * @return the day, or null if the code is not a weekday code
   */
  static @Nullable DayOfWeek dayOfWeekCode(String code) {
    String upper = code.toUpperCase(Locale.ROOT);
    for (int i = 0; i < CODES.length; i++) {
      if (CODES[i].equals(upper)) {
        return DayOfWeek.of(i + 1);
      }
    }
    return null;
  }

  /**
   * Returns the two-letter RFC 5545 code of a day of the week, such as {@code MO}.
   *
   * @param day  the day of the week, not null
   * @return the code, not null
   */
  static String code(DayOfWeek day) {
    return CODES[day.getValue() - 1];
  }

  /**
   * Gets the ordinal.
   *
   * @return the ordinal from -53 to 53, zero meaning every occurrence in the period
   */
  public int ordinal() {
    return ordinal;
  }

  /**
   * Gets the day of the week.
   *
   * @return the day of the week, not null
   */
  public DayOfWeek dayOfWeek() {
    return dayOfWeek;
  }

  /**
   * Checks whether this weekday has an ordinal.
   *
   * @return true if the ordinal is not zero
   */
  public boolean hasOrdinal() {
    return ordinal != 0;
  }

  /**
   * Compares by ordinal, then by day of the week, so that the canonical text lists
   * {@code BYDAY} values in a stable order.
   */
  @Override
  public int compareTo(WeekdayNum other) {
    int c = Integer.compare(ordinal, other.ordinal);
    return c != 0 ? c : dayOfWeek.compareTo(other.dayOfWeek);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof WeekdayNum
        && ((WeekdayNum) obj).ordinal == ordinal
        && ((WeekdayNum) obj).dayOfWeek == dayOfWeek;
  }

  @Override
  public int hashCode() {
    return Objects.hash(ordinal, dayOfWeek);
  }

  /**
   * Outputs the RFC 5545 text, such as {@code MO} or {@code -1FR}, which {@link #parse} reads
   * back.
   */
  @Override
  public String toString() {
    return ordinal == 0 ? code(dayOfWeek) : ordinal + code(dayOfWeek);
  }
}
