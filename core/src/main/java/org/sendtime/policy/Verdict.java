package org.sendtime.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Constraint} says of an instant: allowed, move to a later instant, or suppress
 * the send. A move and a suppression carry the reason, which a decision's trace shows.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Verdict {

  private static final Verdict ALLOW = new Verdict(Kind.ALLOW, null, "");

  /** The three things a constraint can say. */
  public enum Kind {
    /** The instant is allowed. */
    ALLOW,
    /** The send must move to a later instant. */
    MOVE,
    /** The send must not happen at this instant. */
    SUPPRESS
  }

  private final Kind kind;
  private final @Nullable Instant moveTo;
  private final String reason;

  private Verdict(Kind kind, @Nullable Instant moveTo, String reason) {
    this.kind = kind;
    this.moveTo = moveTo;
    this.reason = reason;
  }

  /**
   * Obtains the verdict that allows the instant.
   *
   * @return the verdict, not null
   */
  public static Verdict allow() {
    return ALLOW;
  }

  /**
   * Obtains a verdict that moves the send to a later instant: the earliest instant after the one
   * judged that the constraint allows.
   *
   * @param later  the instant to move to, later than the instant judged, not null
   * @param reason  why, such as {@code "the store is closed on Sundays"}, not blank
   * @return the verdict, not null
   */
  public static Verdict moveTo(Instant later, String reason) {
    checkNotNull(later, "later");
    checkNotNull(reason, "reason");
    checkArgument(!reason.isBlank(), "A move needs a reason");
    return new Verdict(Kind.MOVE, later, reason);
  }

  /**
   * Obtains a verdict that suppresses the send.
   *
   * @param reason  why, such as {@code "the contact unsubscribed"}, not blank
   * @return the verdict, not null
   */
  public static Verdict suppress(String reason) {
    checkNotNull(reason, "reason");
    checkArgument(!reason.isBlank(), "A suppression needs a reason");
    return new Verdict(Kind.SUPPRESS, null, reason);
  }

  /**
   * Gets the kind of verdict.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Gets the instant to move to.
   *
   * @return the instant, or empty unless this verdict moves the send
   */
  public Optional<Instant> moveTo() {
    return Optional.ofNullable(moveTo);
  }

  /**
   * Gets the reason of a move or a suppression.
   *
   * @return the reason, empty for an allowing verdict, not null
   */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Verdict)) {
      return false;
    }
    Verdict v = (Verdict) o;
    return kind == v.kind && Objects.equals(moveTo, v.moveTo) && reason.equals(v.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, moveTo, reason);
  }

  @Override
  public String toString() {
    switch (kind) {
      case ALLOW:
        return "allow";
      case MOVE:
        return "move to " + moveTo + ": " + reason;
      default:
        return "suppress: " + reason;
    }
  }
}
