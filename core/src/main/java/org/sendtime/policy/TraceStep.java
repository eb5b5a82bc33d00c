package org.sendtime.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One step of a decision's explanation: a rule that moved the send from one instant to a later
 * one, or that suppressed it, and why.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TraceStep {

  private final String rule;
  private final Instant from;
  private final @Nullable Instant to;
  private final String why;

  private TraceStep(String rule, Instant from, @Nullable Instant to, String why) {
    this.rule = rule;
    this.from = from;
    this.to = to;
    this.why = why;
  }

  /**
   * Obtains a step that moved the send.
   *
   * @param rule  the rule's name, not null
   * @param from  the instant before the move, not null
   * @param to  the instant after the move, not null
   * @param why  the reason, not null
   * @return the step, not null
   */
  public static TraceStep moved(String rule, Instant from, Instant to, String why) {
    checkNotNull(to, "to");
    return new TraceStep(checkNotNull(rule, "rule"), checkNotNull(from, "from"), to, checkNotNull(why, "why"));
  }

  /**
   * Obtains a step that suppressed the send.
   *
   * @param rule  the rule's name, not null
   * @param at  the instant judged, not null
   * @param why  the reason, not null
   * @return the step, not null
   */
  public static TraceStep suppressed(String rule, Instant at, String why) {
    return new TraceStep(checkNotNull(rule, "rule"), checkNotNull(at, "at"), null, checkNotNull(why, "why"));
  }

  /**
   * Gets the name of the rule, such as {@code "quiet hours"} or {@code "blackout year-end"}.
   *
   * @return the rule, not null
   */
  public String rule() {
    return rule;
  }

  /**
   * Gets the instant the rule judged.
   *
   * @return the instant, not null
   */
  public Instant from() {
    return from;
  }

  /**
   * Gets the instant the rule moved the send to.
   *
   * @return the instant, or empty if the rule suppressed the send
   */
  public Optional<Instant> to() {
    return Optional.ofNullable(to);
  }

  /**
   * Gets the reason.
   *
   * @return the reason, not null
   */
  public String why() {
    return why;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof TraceStep)) {
      return false;
    }
    TraceStep s = (TraceStep) o;
    return rule.equals(s.rule) && from.equals(s.from) && Objects.equals(to, s.to) && why.equals(s.why);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, from, to, why);
  }

  @Override
  public String toString() {
    return rule + ": " + from + (to == null ? " suppressed" : " -> " + to) + " (" + why + ")";
  }
}
