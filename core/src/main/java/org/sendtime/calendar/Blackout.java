package org.sendtime.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A named period in which an organisation sends nothing, such as a year-end freeze: the dates
 * it covers, the sends it applies to and what happens to them.
 *
 * <p>A blackout is {@link BlackoutScope#all() for every send} and {@link BlackoutAction#DELAY
 * delays} the sends it applies to unless {@link #withScope} and {@link #withAction} say
 * otherwise.
 *
 * <pre>
 * Blackout freeze = Blackout.of("year-end freeze", BlackoutDates.yearly(MonthDay.of(12, 24), MonthDay.of(1, 2)))
 *     .withScope(BlackoutScope.locations(List.of("US-NY")))
 *     .withAction(BlackoutAction.SKIP);
 * freeze.covers(LocalDate.of(2026, 12, 31));   // true
 * freeze.appliesTo("welcome", "US-CA");        // false
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Blackout {
  private final String name;
  private final BlackoutDates dates;
  private final BlackoutScope scope;
  private final BlackoutAction action;

  private Blackout(String name, BlackoutDates dates, BlackoutScope scope, BlackoutAction action) {
    this.name = name;
    this.dates = dates;
    this.scope = scope;
    this.action = action;
  }

  /**
   * Obtains a blackout of every send that delays the sends on its dates.
   *
   * @param name  the name, given as the reason of the sends it delays or skips, not blank, not null
   * @param dates  the dates covered, not null
   * @return the blackout, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Blackout of(String name, BlackoutDates dates) {
    checkNotNull(name, "name");
    checkNotNull(dates, "dates");
    checkArgument(!name.isBlank(), "Invalid blackout name: blank '%s'", name);
    return new Blackout(name, dates, BlackoutScope.all(), BlackoutAction.DELAY);
  }

  /**
   * Returns a copy of this blackout that applies to the sends of a scope.
   *
   * @param scope  the scope, not null
   * @return the changed blackout, not null
   */
  public Blackout withScope(BlackoutScope scope) {
    return new Blackout(name, dates, checkNotNull(scope, "scope"), action);
  }

  /**
   * Returns a copy of this blackout that does something else with the sends on its dates.
   *
   * @param action  the action, not null
   * @return the changed blackout, not null
   */
  public Blackout withAction(BlackoutAction action) {
    return new Blackout(name, dates, scope, checkNotNull(action, "action"));
  }

  /**
   * Gets the name of this blackout.
   *
   * @return the name, not blank, not null
   */
  public String name() {
    return name;
  }

  /**
   * Gets the dates this blackout covers.
   *
   * @return the dates, not null
   */
  public BlackoutDates dates() {
    return dates;
  }

  /**
   * Gets the sends this blackout applies to.
   *
   * @return the scope, not null
   */
  public BlackoutScope scope() {
    return scope;
  }

  /**
   * Gets what happens to the sends on this blackout's dates.
   *
   * @return the action, not null
   */
  public BlackoutAction action() {
    return action;
  }

  /**
   * Checks whether this blackout covers a date, whatever its scope.
   *
   * @param date  the date, not null
   * @return true if the date is one of the blackout's dates
   */
  public boolean covers(LocalDate date) {
    return dates.contains(checkNotNull(date, "date"));
  }

  /**
   * Checks whether this blackout applies to a send of a campaign to a contact in a location.
   *
   * <p>Both must pass the scope: see {@link BlackoutScope#appliesToCampaign} and
   * {@link BlackoutScope#appliesToLocation}.
   *
   * @param campaignId  the id of the send's campaign, null if it has none
   * @param location  the contact's location, null if it has none
   * @return true if the blackout applies to the send
   */
  public boolean appliesTo(@Nullable String campaignId, @Nullable String location) {
    return scope.appliesToCampaign(campaignId) && scope.appliesToLocation(location);
  }

  //-----------------------------------------------------------------------
  /**
   * Checks if this blackout is equal to another: with the same name, dates, scope and action.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Blackout)) {
      return false;
    }
    Blackout other = (Blackout) obj;
    return name.equals(other.name) && dates.equals(other.dates) && scope.equals(other.scope)
        && action == other.action;
  }

  /**
   * A hash code for this blackout.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(name, dates, scope, action);
  }

  /**
   * Outputs this blackout, such as
   * {@code "year-end freeze: Dec 24 – Jan 2 every year, for all, DELAY"}.
   *
   * @return a description, not null
   */
  @Override
  public String toString() {
    return name + ": " + dates + ", for " + scope + ", " + action;
  }
}
