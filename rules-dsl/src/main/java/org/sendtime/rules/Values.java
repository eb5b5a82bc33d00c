package org.sendtime.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text spellings of values given to the Java DSL, with messages that name the setting,
 * what was expected and the value given, such as
 * {@code Invalid value for quietHours start (expected a time such as 09:00 or 09:00:30): '9pm'}.
 */
final class Values {
  private static final Pattern TIME = Pattern.compile("[0-9]{2}:[0-9]{2}(:[0-9]{2})?");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern MONTH_DAY = Pattern.compile("[0-9]{2}-[0-9]{2}");

  private Values() {
  }

  static LocalTime time(String setting, String text) {
    return read(setting, text, "a time such as 09:00 or 09:00:30", TIME, () -> LocalTime.parse(text));
  }

  static LocalDate date(String setting, String text) {
    return read(setting, text, "a date such as 2026-12-24", DATE, () -> LocalDate.parse(text));
  }

  static MonthDay monthDay(String setting, String text) {
    return read(setting, text, "a month-day such as 12-24", MONTH_DAY, () -> MonthDay.parse("--" + text));
  }

  static LocalDateTime localDateTime(String setting, String text) {
    return read(setting, text, "a local date-time such as 2026-12-01T09:00", null, () -> LocalDateTime.parse(text));
  }

  static Instant instant(String setting, String text) {
    return read(setting, text, "an instant such as 2026-12-01T14:00:00Z", null, () -> Instant.parse(text));
  }

  static ZoneId zone(String setting, String text) {
    return read(setting, text, "a zone such as America/New_York", null, () -> ZoneId.of(text));
  }

  static Duration duration(String setting, String text) {
    return read(setting, text, Durations.EXPECTED, null, () -> Durations.parse(text));
  }

  private static <T> T read(String setting, String text, String expected, @Nullable Pattern form,
      Supplier<T> parse) {
    checkNotNull(text, setting);
    try {
      if (form == null || form.matcher(text).matches()) {
        return parse.get();
      }
    } catch (DateTimeException | IllegalArgumentException e) {
      throw invalid(setting, text, expected, e);
    }
    throw invalid(setting, text, expected, null);
  }

  private static IllegalArgumentException invalid(String setting, String text, String expected,
      @Nullable Exception cause) {
    return new IllegalArgumentException(
        "Invalid value for " + setting + " (expected " + expected + "): '" + text + "'", cause);
  }
}
