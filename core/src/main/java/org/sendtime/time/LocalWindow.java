package org.sendtime.time;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * A daily window of wall-clock time, {@code [startInclusive, endExclusive)}, that may cross
 * midnight: {@code 21:00-08:00} holds 21:00 to midnight and midnight to 08:00 of every day.
 *
 * <p>A window is read on the wall clock of whatever zone it is applied in: quiet hours of
 * {@code 21:00-08:00} are 21:00 to 08:00 in each recipient's own zone when the policy sends in
 * recipient-local time. A window has a length between one second and one second short of a day;
 * a window whose start equals its end is rejected, because it could mean either nothing or the
 * whole day.
 *
 * <p>The text form is {@code HH:mm-HH:mm}, with seconds where they are not zero
 * ({@code 09:00:30-17:00}), and {@link #parse(CharSequence)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LocalWindow {

  private final LocalTime start;
  private final LocalTime end;
  private final int startSecond;
  private final int endSecond;

  private LocalWindow(LocalTime start, LocalTime end) {
    this.start = start;
    this.end = end;
    this.startSecond = start.toSecondOfDay();
    this.endSecond = end.toSecondOfDay();
  }

  /**
   * Obtains a window from its start and end times. When the end is before the start, the
   * window crosses midnight.
   *
   * @param startInclusive  the first time in the window, not null, whole seconds
   * @param endExclusive  the first time after the window, not null, whole seconds
   * @return the window, not null
   * @throws IllegalArgumentException if the times are equal or have fractions of a second
   */
  public static LocalWindow of(LocalTime startInclusive, LocalTime endExclusive) {
    checkNotNull(startInclusive, "startInclusive");
    checkNotNull(endExclusive, "endExclusive");
    checkArgument(
        startInclusive.getNano() == 0 && endExclusive.getNano() == 0,
        "Window times must be whole seconds: %s-%s",
        startInclusive,
        endExclusive);
    checkArgument(
        !startInclusive.equals(endExclusive),
        "Window %s-%s has zero length: its start must differ from its end",
        startInclusive,
        endExclusive);
    return new LocalWindow(startInclusive, endExclusive);
  }

  /**
   * Obtains a window from text such as {@code 21:00-08:00}.
   *
   * @param text  the text, {@code HH:mm[:ss]-HH:mm[:ss]}, not null
   * @return the window, not null
   * @throws IllegalArgumentException if the text is not a window, naming the text
   */
  public static LocalWindow parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString().trim();
    int dash = s.indexOf('-');
    checkArgument(
        dash > 0 && dash == s.lastIndexOf('-'),
        "Invalid window '%s': expected HH:mm-HH:mm, such as 21:00-08:00",
        text);
    try {
      return of(LocalTime.parse(s.substring(0, dash).trim()), LocalTime.parse(s.substring(dash + 1).trim()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Invalid window '" + text + "': expected HH:mm-HH:mm, such as 21:00-08:00", e);
    }
  }

  /**
   * Gets the first time in the window.
   *
   * @return the start, inclusive, not null
   */
  public LocalTime start() {
    return start;
  }

  /**
   * Gets the first time after the window.
   *
   * @return the end, exclusive, not null
   */
  public LocalTime end() {
    return end;
  }

  /**
   * Checks whether the window crosses midnight, that is, whether its end is before its start.
   *
   * @return true if the window holds midnight and its end is on the next day
   */
  public boolean crossesMidnight() {
    return endSecond < startSecond;
  }

  /**
   * Checks whether a time of day is in the window.
   *
   * @param time  the time, not null
   * @return true if the time is in the window
   */
  public boolean contains(LocalTime time) {
    checkNotNull(time, "time");
    return containsSecondOfDay(time.toSecondOfDay());
  }

  /**
   * Checks whether a second of the day is in the window.
   *
   * @param secondOfDay  the second of the day, from 0 to 86,399
   * @return true if it is in the window
   */
  public boolean containsSecondOfDay(int secondOfDay) {
    return crossesMidnight()
        ? secondOfDay >= startSecond || secondOfDay < endSecond
        : secondOfDay >= startSecond && secondOfDay < endSecond;
  }

  /**
   * Gets the length of the window in seconds.
   *
   * @return the length, from 1 to 86,399
   */
  public int lengthSeconds() {
    return crossesMidnight() ? 86_400 - startSecond + endSecond : endSecond - startSecond;
  }

  /**
   * Gets the start as a second of the day.
   *
   * @return the start second, from 0 to 86,399
   */
  public int startSecondOfDay() {
    return startSecond;
  }

  /**
   * Gets the end as a second of the day.
   *
   * @return the end second, from 0 to 86,399
   */
  public int endSecondOfDay() {
    return endSecond;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LocalWindow
        && ((LocalWindow) o).startSecond == startSecond
        && ((LocalWindow) o).endSecond == endSecond;
  }

  @Override
  public int hashCode() {
    return startSecond * 86_400 + endSecond;
  }

  /**
   * Returns the window as text, such as {@code 21:00-08:00}.
   *
   * @return the text that {@link #parse(CharSequence)} reads back, not null
   */
  @Override
  public String toString() {
    return start + "-" + end;
  }
}
