package org.sendtime.optimize;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * One sign that a contact engaged with a message: an open or a click, at an instant.
 *
 * <p>Engagements are what {@link SendTimeOptimizer} learns from. The instant is the moment the
 * contact acted (not the moment the message was sent); the optimizer reads it in the contact's
 * zone to find the local day of week and hour.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Engagement {

  /** The order in which the optimizer sums engagements, so that sums never depend on input order. */
  static final Comparator<Engagement> CANONICAL_ORDER =
      Comparator.comparing(Engagement::at).thenComparing(Engagement::kind);

  /**
   * The kind of an engagement.
   *
   * <p>Kinds weigh differently in a {@link SendTimeOptimizer}: by default a click counts twice
   * as much as an open, because a click is a deliberate act while an open may be recorded by a
   * mail client's image prefetching.
   */
  public enum Kind {
    /** The contact opened the message. */
    OPEN,
    /** The contact clicked a link in the message. */
    CLICK
  }

  private final Instant at;
  private final Kind kind;

  private Engagement(Instant at, Kind kind) {
    this.at = at;
    this.kind = kind;
  }

  /**
   * Obtains an engagement of a kind at an instant.
   *
   * @param at  the instant the contact engaged, not null
   * @param kind  the kind of engagement, not null
   * @return the engagement, not null
   */
  public static Engagement of(Instant at, Kind kind) {
    return new Engagement(checkNotNull(at, "at"), checkNotNull(kind, "kind"));
  }

  /**
   * Gets the instant the contact engaged.
   *
   * @return the instant, not null
   */
  public Instant at() {
    return at;
  }

  /**
   * Gets the kind of engagement.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Engagement)) {
      return false;
    }
    Engagement o = (Engagement) obj;
    return at.equals(o.at) && kind == o.kind;
  }

  @Override
  public int hashCode() {
    return at.hashCode() * 31 + kind.hashCode();
  }

  /** Outputs the kind and the instant, such as {@code OPEN at 2026-03-03T01:15:00Z}. */
  @Override
  public String toString() {
    return kind + " at " + at;
  }
}
