package org.sendtime.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The email sent after an exclusion window that suppressed another: a number of days after the
 * window's last day, once per window, for windows of anchored rules only (a year-round rule
 * has no end to follow).
 *
 * <pre>
 * PostWindowEmail email = PostWindowEmail.defaults().withDaysAfter(3);
 * PostWindowEmail none = PostWindowEmail.disabled();
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PostWindowEmail {

  private static final PostWindowEmail DEFAULTS = new PostWindowEmail(true, 1, 8, LocalTime.of(8, 30));
  private static final PostWindowEmail DISABLED = new PostWindowEmail(false, 1, 8, LocalTime.of(8, 30));

  private final boolean enabled;
  private final int daysAfter;
  private final int priority;
  private final LocalTime sendTime;

  private PostWindowEmail(boolean enabled, int daysAfter, int priority, LocalTime sendTime) {
    this.enabled = enabled;
    this.daysAfter = daysAfter;
    this.priority = priority;
    this.sendTime = sendTime;
  }

  /**
   * Obtains the defaults: enabled, 1 day after the window's last day, priority 8, at 08:30.
   *
   * @return the setting, not null
   */
  public static PostWindowEmail defaults() {
    return DEFAULTS;
  }

  /**
   * Obtains the setting that sends no post-window email.
   *
   * @return the setting, not null
   */
  public static PostWindowEmail disabled() {
    return DISABLED;
  }

  /**
   * Returns a copy sent a number of days after the window's last day.
   *
   * @param days  the days after, from 1 to 366
   * @return the changed setting, not null
   * @throws IllegalArgumentException if the days are out of range
   */
  public PostWindowEmail withDaysAfter(int days) {
    checkArgument(days >= 1 && days <= 366, "Invalid value for daysAfter (valid values 1 - 366): %s", days);
    return new PostWindowEmail(enabled, days, priority, sendTime);
  }

  /**
   * Returns a copy with a priority; lower numbers win.
   *
   * @param priority  the priority, from 0 to 100
   * @return the changed setting, not null
   * @throws IllegalArgumentException if the priority is out of range
   */
  public PostWindowEmail withPriority(int priority) {
    AnniversaryEmail.checkPriority(priority);
    return new PostWindowEmail(enabled, daysAfter, priority, sendTime);
  }

  /**
   * Returns a copy sent at a time of day on the contact's wall clock.
   *
   * @param time  the time, truncated to seconds, not null
   * @return the changed setting, not null
   */
  public PostWindowEmail withSendTime(LocalTime time) {
    checkNotNull(time, "time");
    return new PostWindowEmail(enabled, daysAfter, priority, time.truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * Checks whether post-window emails are sent.
   *
   * @return true if enabled
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Gets the days after the window's last day.
   *
   * @return the days, from 1 to 366
   */
  public int daysAfter() {
    return daysAfter;
  }

  /**
   * Gets the priority; lower numbers win.
   *
   * @return the priority, from 0 to 100
   */
  public int priority() {
    return priority;
  }

  /**
   * Gets the time of day on the contact's wall clock.
   *
   * @return the time, not null
   */
  public LocalTime sendTime() {
    return sendTime;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof PostWindowEmail)) {
      return false;
    }
    PostWindowEmail p = (PostWindowEmail) o;
    return enabled == p.enabled && daysAfter == p.daysAfter && priority == p.priority && sendTime.equals(p.sendTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(enabled, daysAfter, priority, sendTime);
  }

  /**
   * Outputs the setting, such as {@code PostWindowEmail[1 day after at 08:30, priority 8]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return enabled
        ? "PostWindowEmail[" + daysAfter + (daysAfter == 1 ? " day" : " days") + " after at " + sendTime
            + ", priority " + priority + "]"
        : "PostWindowEmail[disabled]";
  }
}
