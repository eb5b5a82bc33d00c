package org.sendtime.policy;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The contacts of an audience that share a zone and a decision: one batch to hand to delivery
 * at one instant, or one group suppressed for one reason.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ZoneBatch {

  private final @Nullable ZoneId zone;
  private final @Nullable Instant at;
  private final @Nullable String suppressedBy;
  private final ImmutableList<String> contactIds;

  ZoneBatch(
      @Nullable ZoneId zone,
      @Nullable Instant at,
      @Nullable String suppressedBy,
      ImmutableList<String> contactIds) {
    this.zone = zone;
    this.at = at;
    this.suppressedBy = suppressedBy;
    this.contactIds = contactIds;
  }

  /**
   * Gets the zone the batch's contacts were judged in.
   *
   * @return the zone, or empty for contacts without one under a policy without a fallback
   */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /**
   * Gets the instant the batch goes out.
   *
   * @return the instant, or empty for a suppressed batch
   */
  public Optional<Instant> at() {
    return Optional.ofNullable(at);
  }

  /**
   * Gets the rule and reason that suppressed the batch, as {@code "rule: reason"}.
   *
   * @return the reason, or empty for a scheduled batch
   */
  public Optional<String> suppressedBy() {
    return Optional.ofNullable(suppressedBy);
  }

  /**
   * Gets the ids of the batch's contacts, in audience order.
   *
   * @return the ids, not empty, not null
   */
  public ImmutableList<String> contactIds() {
    return contactIds;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ZoneBatch)) {
      return false;
    }
    ZoneBatch b = (ZoneBatch) o;
    return Objects.equals(zone, b.zone)
        && Objects.equals(at, b.at)
        && Objects.equals(suppressedBy, b.suppressedBy)
        && contactIds.equals(b.contactIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, at, suppressedBy, contactIds);
  }

  @Override
  public String toString() {
    return (zone == null ? "no zone" : zone.getId())
        + (at != null ? " at " + at : " suppressed by " + suppressedBy)
        + ": "
        + contactIds.size()
        + " contacts";
  }
}
