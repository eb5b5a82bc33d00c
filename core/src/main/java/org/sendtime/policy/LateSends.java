package org.sendtime.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a send is worth when its wanted time has already passed at launch, as a recipient-local
 * 09:00 has in the zones east of the launch.
 *
 * <p>A send late by at most {@link #sendNowWithin()} goes at launch; a later one takes the
 * {@link #otherwise()} action: {@link Action#NEXT_DAY} moves it to the same wall-clock time on
 * the first later day on which that time has not passed, {@link Action#SKIP} suppresses it. The
 * default is {@code sendNowWithin(Duration.ZERO).otherwise(NEXT_DAY)}: a recipient whose 09:00
 * has passed gets the message at 09:00 the next day, as the marketing platforms' local-time
 * delivery does.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LateSends {

  /** What happens to a send later than the tolerance. */
  public enum Action {
    /** Send at the same wall-clock time on the next day on which it has not passed. */
    NEXT_DAY,
    /** Suppress the send as late. */
    SKIP
  }

  private static final LateSends DEFAULT = new LateSends(Duration.ZERO, Action.NEXT_DAY);

  private final Duration sendNowWithin;
  private final Action otherwise;

  private LateSends(Duration sendNowWithin, Action otherwise) {
    this.sendNowWithin = sendNowWithin;
    this.otherwise = otherwise;
  }

  /**
   * Obtains the default: late sends move to the next day.
   *
   * @return the default, not null
   */
  public static LateSends nextDay() {
    return DEFAULT;
  }

  /**
   * Obtains a tolerance: sends late by at most this much go at launch; later ones move to the
   * next day unless {@link #otherwise(Action)} says otherwise.
   *
   * @param tolerance  the most a send may be late and still go now, zero or positive, not null
   * @return the setting, not null
   */
  public static LateSends sendNowWithin(Duration tolerance) {
    checkNotNull(tolerance, "tolerance");
    checkArgument(!tolerance.isNegative(), "Late-send tolerance must not be negative: %s", tolerance);
    return new LateSends(tolerance, Action.NEXT_DAY);
  }

  /**
   * Returns a copy that takes an action for sends later than the tolerance.
   *
   * @param action  the action, not null
   * @return the setting, not null
   */
  public LateSends otherwise(Action action) {
    return new LateSends(sendNowWithin, checkNotNull(action, "action"));
  }

  /**
   * Gets the most a send may be late and still go at launch.
   *
   * @return the tolerance, not null
   */
  public Duration sendNowWithin() {
    return sendNowWithin;
  }

  /**
   * Gets the action for sends later than the tolerance.
   *
   * @return the action, not null
   */
  public Action otherwise() {
    return otherwise;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LateSends
        && ((LateSends) o).sendNowWithin.equals(sendNowWithin)
        && ((LateSends) o).otherwise == otherwise;
  }

  @Override
  public int hashCode() {
    return Objects.hash(sendNowWithin, otherwise);
  }

  @Override
  public String toString() {
    return "send now within " + sendNowWithin + ", otherwise " + otherwise;
  }
}
