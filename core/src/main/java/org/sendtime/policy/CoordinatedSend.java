package org.sendtime.policy;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one instant a {@link ZoneStrategy#COORDINATED} send goes out for a whole audience, and the
 * share of the audience inside its allowed local window at that instant.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CoordinatedSend {

  private final Instant at;
  private final int inWindow;
  private final int audience;

  CoordinatedSend(Instant at, int inWindow, int audience) {
    this.at = at;
    this.inWindow = inWindow;
    this.audience = audience;
  }

  /**
   * Gets the instant: the earliest that puts the largest share of the audience inside its
   * allowed window. When no contact has an allowed time in the search span, it is the start of
   * the span, with a share of zero.
   *
   * @return the instant, not null
   */
  public Instant at() {
    return at;
  }

  /**
   * Gets how many contacts are inside their allowed window at {@link #at()}.
   *
   * @return the count
   */
  public int inWindow() {
    return inWindow;
  }

  /**
   * Gets the size of the audience.
   *
   * @return the count of contacts
   */
  public int audience() {
    return audience;
  }

  /**
   * Gets the share of the audience inside its allowed window at {@link #at()}.
   *
   * @return the share, from 0 to 1; 0 for an empty audience
   */
  public double share() {
    return audience == 0 ? 0 : (double) inWindow / audience;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CoordinatedSend
        && ((CoordinatedSend) o).at.equals(at)
        && ((CoordinatedSend) o).inWindow == inWindow
        && ((CoordinatedSend) o).audience == audience;
  }

  @Override
  public int hashCode() {
    return Objects.hash(at, inWindow, audience);
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT, "%s: %d of %d in window (%.1f%%)", at, inWindow, audience, 100 * share());
  }
}
