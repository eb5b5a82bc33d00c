package org.sendtime.rules;

import com.google.common.base.Ascii;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;

/**
 * The policy spelling of enum constants, days and months: lower snake case for enums
 * ({@code recipient_local}), three upper-case letters for days and months ({@code MON},
 * {@code JAN}), which read back in either case.
 */
final class Names {
  private Names() {
  }

  /** Gets the policy spelling of an enum constant: its name in lower case. */
  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** Gets the three-letter upper-case name of a day, such as {@code MON}. */
  static String of(DayOfWeek day) {
    return day.name().substring(0, 3);
  }

  /** Gets the three-letter upper-case name of a month, such as {@code JAN}. */
  static String of(Month month) {
    return month.name().substring(0, 3);
  }

  /**
   * Parses a three-letter day name in either case.
   *
   * @throws IllegalArgumentException if the text is not a day name
   */
  static DayOfWeek day(String text) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (Ascii.equalsIgnoreCase(of(day), text)) {
        return day;
      }
    }
    throw new IllegalArgumentException("expected a day such as MON or SAT, got \"" + text + "\"");
  }

  /**
   * Parses a three-letter month name in either case.
   *
   * @throws IllegalArgumentException if the text is not a month name
   */
  static Month month(String text) {
    for (Month month : Month.values()) {
      if (Ascii.equalsIgnoreCase(of(month), text)) {
        return month;
      }
    }
    throw new IllegalArgumentException("expected a month such as JAN or DEC, got \"" + text + "\"");
  }
}
