package org.sendtime.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link SendPolicy} decided for one send: {@link Scheduled} at an instant, or {@link
 * Suppressed} with a reason. Every candidate ends as exactly one of the two.
 *
 * <p>A decision made with {@link SendPolicy#explain} carries its trace: each rule that moved the
 * send, from which instant to which and why, and the rule that suppressed it. {@link
 * #toString()} renders the decision and its trace on the wall clock of the zone the policy judged
 * the contact in:
 * <pre>
 * scheduled 2027-01-04T09:00-06:00[America/Chicago] (2027-01-04T15:00:00Z) for c1
 *   candidate 2026-12-24T09:00-06:00
 *   blackout year-end: 2026-12-24T09:00-06:00 -&gt; 2027-01-03T00:00-06:00 (2026-12-24 is in Dec 24 – Jan 2 every year)
 *   business hours: 2027-01-03T00:00-06:00 -&gt; 2027-01-04T09:00-06:00 (closed; open MON-FRI 09:00-17:00)
 * </pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public abstract sealed class Decision permits Decision.Scheduled, Decision.Suppressed {

  private final String contactId;
  private final long candidate;
  private final @Nullable ZoneId zone;
  private final ImmutableList<TraceStep> trace;

  Decision(String contactId, long candidate, @Nullable ZoneId zone, ImmutableList<TraceStep> trace) {
    this.contactId = contactId;
    this.candidate = candidate;
    this.zone = zone;
    this.trace = trace;
  }

  /**
   * Gets the id of the contact the decision is for.
   *
   * @return the id, not null
   */
  public String contactId() {
    return contactId;
  }

  /**
   * Gets the instant the schedule asked for, before any rule moved it. A scheduled instant is
   * never earlier than its candidate. A wall-clock time that a daylight-saving gap skips reads
   * as the instant after the gap; a send suppressed before its wall-clock time could be read,
   * for a contact without a zone, has the launch instant as its candidate.
   *
   * @return the candidate, not null
   */
  public Instant candidate() {
    return Instant.ofEpochSecond(candidate);
  }

  /**
   * Gets the zone whose wall clock the local rules were judged on.
   *
   * @return the zone, or empty if the contact had none and the policy declares no fallback
   */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /**
   * Gets the explanation: the steps that moved or suppressed the send, in the order they
   * happened. Empty unless the decision was made with {@link SendPolicy#explain}.
   *
   * @return the steps, not null
   */
  public ImmutableList<TraceStep> trace() {
    return trace;
  }

  /**
   * Checks whether the send was scheduled.
   *
   * @return true for {@link Scheduled}
   */
  public abstract boolean isScheduled();

  @Nullable ZoneId zoneOrNull() {
    return zone;
  }

  long candidateSecond() {
    return candidate;
  }

  /**
   * Renders the decision and its trace readably, on the wall clock of the decision's zone.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(headline());
    sb.append(" for ").append(contactId);
    if (!trace.isEmpty()) {
      sb.append("\n  candidate ").append(local(candidate()));
      for (TraceStep s : trace) {
        sb.append("\n  ").append(s.rule()).append(": ").append(local(s.from()));
        sb.append(s.to().map(t -> " -> " + local(t)).orElse(" suppressed"));
        sb.append(" (").append(s.why()).append(')');
      }
    }
    return sb.toString();
  }

  abstract String headline();

  String local(Instant instant) {
    return zone == null ? instant.toString() : instant.atZone(zone).toOffsetDateTime().toString();
  }

  boolean sameBase(Decision d) {
    return contactId.equals(d.contactId)
        && candidate == d.candidate
        && Objects.equals(zone, d.zone)
        && trace.equals(d.trace);
  }

  /** A send scheduled at an instant. */
  public static final class Scheduled extends Decision {
    private final long at;

    Scheduled(String contactId, long candidate, @Nullable ZoneId zone, long at, ImmutableList<TraceStep> trace) {
      super(contactId, candidate, zone, trace);
      this.at = at;
    }

    /**
     * Gets the instant the send may go out: the earliest instant at or after the candidate that
     * every rule of the policy allows.
     *
     * @return the instant, not null
     */
    public Instant at() {
      return Instant.ofEpochSecond(at);
    }

    /**
     * Gets the instant on the wall clock of the decision's zone.
     *
     * @return the date-time, not null
     */
    public ZonedDateTime atZone() {
      ZoneId z = zoneOrNull();
      return at().atZone(z == null ? java.time.ZoneOffset.UTC : z);
    }

    long epochSecond() {
      return at;
    }

    @Override
    public boolean isScheduled() {
      return true;
    }

    @Override
    String headline() {
      ZoneId z = zoneOrNull();
      return "scheduled " + (z == null ? at().toString() : at().atZone(z) + " (" + at() + ")");
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Scheduled && ((Scheduled) o).at == at && sameBase((Decision) o);
    }

    @Override
    public int hashCode() {
      return Objects.hash(contactId(), candidateSecond(), at, trace());
    }
  }

  /** A send that must not happen, with the rule and reason why. */
  public static final class Suppressed extends Decision {
    private final String rule;
    private final String reason;

    Suppressed(
        String contactId,
        long candidate,
        @Nullable ZoneId zone,
        String rule,
        String reason,
        ImmutableList<TraceStep> trace) {
      super(contactId, candidate, zone, trace);
      this.rule = checkNotNull(rule, "rule");
      this.reason = checkNotNull(reason, "reason");
    }

    /**
     * Gets the name of the rule that suppressed the send, such as {@code "blackout year-end"},
     * {@code "deliver-by"} or {@code "horizon"}.
     *
     * @return the rule, not null
     */
    public String rule() {
      return rule;
    }

    /**
     * Gets the reason, readable by a person.
     *
     * @return the reason, not null
     */
    public String reason() {
      return reason;
    }

    @Override
    public boolean isScheduled() {
      return false;
    }

    @Override
    String headline() {
      return "suppressed by " + rule + ": " + reason;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Suppressed
          && ((Suppressed) o).rule.equals(rule)
          && ((Suppressed) o).reason.equals(reason)
          && sameBase((Decision) o);
    }

    @Override
    public int hashCode() {
      return Objects.hash(contactId(), candidateSecond(), rule, reason, trace());
    }
  }
}
