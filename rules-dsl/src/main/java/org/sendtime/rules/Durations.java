package org.sendtime.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one duration form of policies: integers with the units {@code w d h m s}, largest first,
 * such as {@code 14d}, {@code 36h}, {@code 1h30m} or {@code 2w}. A week is seven days and a day
 * 24 hours, as durations between instants.
 */
final class Durations {
  static final String EXPECTED = "a duration such as 14d, 36h or 90m (units w, d, h, m, s, largest first)";
  private static final Pattern FORM = Pattern.compile("(?:(\\d{1,7})w)?(?:(\\d{1,7})d)?(?:(\\d{1,9})h)?(?:(\\d{1,9})m)?(?:(\\d{1,9})s)?");
  private static final long[] UNIT_SECONDS = {7 * 86_400L, 86_400L, 3_600L, 60L, 1L};

  private Durations() {
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
    Matcher m = FORM.matcher(text);
    checkArgument(!text.isEmpty() && m.matches(), "expected %s, got \"%s\"", EXPECTED, text);
    long seconds = 0;
    for (int i = 0; i < UNIT_SECONDS.length; i++) {
      String group = m.group(i + 1);
      if (group != null) {
        seconds += Long.parseLong(group) * UNIT_SECONDS[i];
      }
    }
    return Duration.ofSeconds(seconds);
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
    checkArgument(!duration.isNegative() && duration.getNano() == 0,
        "Invalid duration for a policy (valid values: whole seconds, zero or more): %s", duration);
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
