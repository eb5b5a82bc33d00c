package org.sendtime.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one duration form of policies: integers with the units {@code w d h m s}, largest first,
 * such as {@code 14d}, {@code 36h}, {@code 1h30m} or {@code 2w}. A week is seven days and a day
 * 24 hours, as durations between instants.
 */
final class Durations {
  static final String EXPECTED = "a duration such as 14d, 36h or 90m (units w, d, h, m, s, largest first)";
  /** The form, as a regular expression that the schema gives too; one group per unit. */
  static final String FORM = "([0-9]{1,7}w)?([0-9]{1,7}d)?([0-9]{1,9}h)?([0-9]{1,9}m)?([0-9]{1,9}s)?";
  private static final Pattern PATTERN = Pattern.compile(FORM);
  private static final long[] UNIT_SECONDS = {7 * 86_400L, 86_400L, 3_600L, 60L, 1L};

  private Durations() {
  }

  /** The durations a setting takes, as the core bounds them. */
  enum Range {
    /** Zero or more, such as a tolerance. */
    ZERO_OR_MORE(Duration.ZERO, null),
    /** More than zero, such as a half-life. */
    POSITIVE(Duration.ofSeconds(1), null),
    /** The search horizon of a policy. */
    HORIZON(Duration.ofSeconds(1), Duration.ofDays(36_525)),
    /** The span coordinated sends look across. */
    COORDINATION_SPAN(Duration.ofMinutes(1), Duration.ofDays(31));

    private final Duration min;
    private final @Nullable Duration max;

    Range(Duration min, @Nullable Duration max) {
      this.min = min;
      this.max = max;
    }

    /** What a duration in the range looks like, for "expected ..." messages. */
    String expected() {
      return max == null ? "a duration of " + format(min) + " or more, such as 14d, 36h or 90m"
          : "a duration from " + format(min) + " to " + format(max) + ", such as 14d, 36h or 90m";
    }

    boolean contains(Duration duration) {
      return duration.compareTo(min) >= 0 && (max == null || duration.compareTo(max) <= 0);
    }

    /**
     * Checks a duration given to the Java DSL.
     *
     * @throws IllegalArgumentException if it is out of the range or has a fraction of a second,
     *     naming the setting and the duration in the policy's form
     */
    Duration check(String setting, Duration duration) {
      checkNotNull(duration, setting);
      if (!contains(duration) || duration.getNano() != 0) {
        throw new IllegalArgumentException("Invalid value for " + setting + " (expected " + expected()
            + ", whole seconds): " + describe(duration));
      }
      return duration;
    }
  }

  /**
   * Parses a duration.
   *
   * @param text  the text, such as {@code 1h30m}, not null
   * @return the duration, zero or positive, not null
   * @throws IllegalArgumentException if the text is not of the form, with a message that says
   *     what was expected
   */
  static Duration parse(String text) {
    checkNotNull(text, "text");
    Matcher m = PATTERN.matcher(text);
    checkArgument(!text.isEmpty() && m.matches(), "expected %s, got %s", EXPECTED, Describe.text(text));
    long seconds = 0;
    for (int i = 0; i < UNIT_SECONDS.length; i++) {
      String group = m.group(i + 1);
      if (group != null) {
        seconds += Long.parseLong(group.substring(0, group.length() - 1)) * UNIT_SECONDS[i];
      }
    }
    return Duration.ofSeconds(seconds);
  }

  /**
   * Describes any duration in the policy's form, also one the form cannot hold: a negative one
   * with a minus sign, a fraction of a second with a decimal point, such as {@code -1h} or
   * {@code 1m30.5s}.
   */
  static String describe(Duration duration) {
    Duration abs = duration.abs();
    String sign = duration.isNegative() ? "-" : "";
    if (abs.getNano() == 0) {
      return sign + format(abs);
    }
    long seconds = abs.getSeconds();
    long rest = seconds % 60;
    String head = seconds - rest > 0 ? format(Duration.ofSeconds(seconds - rest)) : "";
    return sign + head + BigDecimal.valueOf(rest).add(BigDecimal.valueOf(abs.getNano(), 9)).stripTrailingZeros()
        .toPlainString() + "s";
  }

  /**
   * Formats a duration in the canonical form: days, hours, minutes and seconds, largest first,
   * zero units left out, {@code 0s} for zero.
   *
   * @param duration  the duration, whole seconds, zero or positive, not null
   * @return the text, not null
   * @throws IllegalArgumentException if the duration is negative or has a fraction of a second
   */
  static String format(Duration duration) {
    checkNotNull(duration, "duration");
    if (duration.isNegative() || duration.getNano() != 0) {
      throw new IllegalArgumentException("Invalid duration for a policy (valid values: whole seconds, zero or "
          + "more): " + describe(duration));
    }
    long seconds = duration.getSeconds();
    if (seconds == 0) {
      return "0s";
    }
    StringBuilder sb = new StringBuilder();
    String[] units = {"d", "h", "m", "s"};
    for (int i = 1; i < UNIT_SECONDS.length; i++) {
      long n = seconds / UNIT_SECONDS[i];
      if (n > 0) {
        sb.append(n).append(units[i - 1]);
        seconds -= n * UNIT_SECONDS[i];
      }
    }
    return sb.toString();
  }
}
