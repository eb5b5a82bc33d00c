package org.sendtime.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;

/**
 * Reads the text spellings of values given to the Java DSL, as the loader reads them in YAML
 * ({@link ScalarKind}), with messages that name the setting, such as
 * {@code Invalid value for quietHours start: expected a time such as "09:00", got "9pm"}.
 */
final class Values {
  private Values() {
  }

  static LocalTime time(String setting, String text) {
    return read(setting, ScalarKind.TIME, text, LocalTime.class);
  }

  static LocalDate date(String setting, String text) {
    return read(setting, ScalarKind.DATE, text, LocalDate.class);
  }

  static MonthDay monthDay(String setting, String text) {
    return read(setting, ScalarKind.MONTH_DAY, text, MonthDay.class);
  }

  static LocalDateTime localDateTime(String setting, String text) {
    return read(setting, ScalarKind.LOCAL_DATE_TIME, text, LocalDateTime.class);
  }

  static Instant instant(String setting, String text) {
    return read(setting, ScalarKind.INSTANT, text, Instant.class);
  }

  static ZoneId zone(String setting, String text) {
    return read(setting, ScalarKind.ZONE, text, ZoneId.class);
  }

  static Duration duration(String setting, String text) {
    return read(setting, ScalarKind.DURATION, text, Duration.class);
  }

  /**
   * Checks that a zone is one a policy can name: an IANA region id or UTC, not an offset.
   *
   * @throws IllegalArgumentException if it is not, naming the setting
   */
  static ZoneId zone(String setting, ZoneId zone) {
    checkNotNull(zone, setting);
    checkArgument(ScalarKind.isPolicyZone(zone), "Invalid value for %s: %s", setting,
        ScalarKind.ZONE.mismatch(zone.getId()));
    return zone;
  }

  private static <T> T read(String setting, ScalarKind kind, String text, Class<T> type) {
    checkNotNull(text, setting);
    try {
      return type.cast(kind.read(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid value for " + setting + ": " + e.getMessage(), e);
    }
  }
}
