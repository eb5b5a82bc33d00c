package org.sendtime.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The follow-ups of scheduled emails: a number of days after the email's send date, in the
 * tier that the contact's engagement with that email selects.
 *
 * <p>Tiers are tried in order and the first whose required signals the contact has shown
 * applies; a contact who matches none gets the last tier. The defaults are 2 days after, with
 * the tiers {@code answered_with_conditions} (answered the health questions and has
 * conditions), {@code answered_healthy} (answered), {@code clicked} and {@code no_engagement}.
 *
 * <pre>
 * FollowUps f = FollowUps.defaults().withDelayDays(3);
 * f.tierFor(Set.of("clicked")).name();   // clicked
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FollowUps {

  private static final ImmutableList<FollowUpTier> DEFAULT_TIERS = ImmutableList.of(
      FollowUpTier.of("answered_with_conditions", List.of("answered", "has_conditions")),
      FollowUpTier.of("answered_healthy", List.of("answered")),
      FollowUpTier.of("clicked", List.of("clicked")),
      FollowUpTier.of("no_engagement", List.of()));
  private static final FollowUps DEFAULTS = new FollowUps(true, 2, DEFAULT_TIERS);
  private static final FollowUps DISABLED = new FollowUps(false, 2, DEFAULT_TIERS);

  private final boolean enabled;
  private final int delayDays;
  private final ImmutableList<FollowUpTier> tiers;

  private FollowUps(boolean enabled, int delayDays, ImmutableList<FollowUpTier> tiers) {
    this.enabled = enabled;
    this.delayDays = delayDays;
    this.tiers = tiers;
  }

  /**
   * Obtains the defaults: enabled, 2 days after, the four tiers of engagement.
   *
   * @return the setting, not null
   */
  public static FollowUps defaults() {
    return DEFAULTS;
  }

  /**
   * Obtains the setting that plans no follow-ups.
   *
   * @return the setting, not null
   */
  public static FollowUps disabled() {
    return DISABLED;
  }

  /**
   * Returns a copy a number of days after the email's send date.
   *
   * @param days  the days after, from 1 to 366
   * @return the changed setting, not null
   * @throws IllegalArgumentException if the days are out of range
   */
  public FollowUps withDelayDays(int days) {
    checkArgument(days >= 1 && days <= 366, "Invalid value for delayDays (valid values 1 - 366): %s", days);
    return new FollowUps(enabled, days, tiers);
  }

  /**
   * Returns a copy with tiers, tried in order.
   *
   * @param tiers  the tiers, at least one, names unique, not null
   * @return the changed setting, not null
   * @throws IllegalArgumentException if there is no tier or two share a name
   */
  public FollowUps withTiers(Iterable<FollowUpTier> tiers) {
    checkNotNull(tiers, "tiers");
    ImmutableList<FollowUpTier> list = ImmutableList.copyOf(tiers);
    checkArgument(!list.isEmpty(), "Follow-up tiers must not be empty");
    Set<String> names = new HashSet<>();
    for (FollowUpTier t : list) {
      checkArgument(names.add(t.name()), "Duplicate follow-up tier name '%s'", t.name());
    }
    return new FollowUps(enabled, delayDays, list);
  }

  /**
   * Checks whether follow-ups are planned.
   *
   * @return true if enabled
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Gets the days after the email's send date.
   *
   * @return the days, from 1 to 366
   */
  public int delayDays() {
    return delayDays;
  }

  /**
   * Gets the tiers, in the order they are tried.
   *
   * @return the tiers, at least one, not null
   */
  public ImmutableList<FollowUpTier> tiers() {
    return tiers;
  }

  /**
   * Finds the tier of a contact's signals: the first tier they match, else the last tier.
   *
   * @param signals  the contact's engagement signals with the email, not null
   * @return the tier, not null
   */
  public FollowUpTier tierFor(Set<String> signals) {
    checkNotNull(signals, "signals");
    for (FollowUpTier t : tiers) {
      if (t.matches(signals)) {
        return t;
      }
    }
    return tiers.get(tiers.size() - 1);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FollowUps
        && ((FollowUps) o).enabled == enabled
        && ((FollowUps) o).delayDays == delayDays
        && ((FollowUps) o).tiers.equals(tiers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(enabled, delayDays, tiers);
  }

  /**
   * Outputs the setting, such as {@code FollowUps[2 days after, tiers [clicked[clicked], ...]]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return enabled ? "FollowUps[" + delayDays + " days after, tiers " + tiers + "]" : "FollowUps[disabled]";
  }
}
