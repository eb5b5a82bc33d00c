package org.sendtime.campaign;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sendtime.internal.Names;

/**
 * One tier of follow-up: a name, which chooses the follow-up's content, and the engagement
 * signals a contact must have shown for the tier to apply, such as {@code answered} and
 * {@code has_conditions}. A tier without required signals applies to everyone.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FollowUpTier {

  private final String name;
  private final ImmutableSortedSet<String> requiredSignals;

  private FollowUpTier(String name, ImmutableSortedSet<String> requiredSignals) {
    this.name = name;
    this.requiredSignals = requiredSignals;
  }

  /**
   * Obtains a tier.
   *
   * @param name  the name, snake_case, not null
   * @param requiredSignals  the signals required, each snake_case, not null
   * @return the tier, not null
   * @throws IllegalArgumentException if the name or a signal is not snake_case
   */
  public static FollowUpTier of(String name, Iterable<String> requiredSignals) {
    checkNotNull(name, "name");
    checkNotNull(requiredSignals, "requiredSignals");
    Names.snakeCase(name, "follow-up tier name");
    ImmutableSortedSet.Builder<String> b = ImmutableSortedSet.naturalOrder();
    for (String s : requiredSignals) {
      b.add(Names.snakeCase(s, "engagement signal"));
    }
    return new FollowUpTier(name, b.build());
  }

  /**
   * Gets the name.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Gets the signals required.
   *
   * @return the signals, sorted, not null
   */
  public ImmutableSortedSet<String> requiredSignals() {
    return requiredSignals;
  }

  /**
   * Checks whether a contact's signals include every signal the tier requires.
   *
   * @param signals  the contact's signals, not null
   * @return true if the tier applies
   */
  public boolean matches(Set<String> signals) {
    checkNotNull(signals, "signals");
    return signals.containsAll(requiredSignals);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FollowUpTier
        && ((FollowUpTier) o).name.equals(name)
        && ((FollowUpTier) o).requiredSignals.equals(requiredSignals);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + requiredSignals.hashCode();
  }

  /**
   * Outputs the tier, such as {@code answered_healthy[answered]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return name + requiredSignals;
  }
}
