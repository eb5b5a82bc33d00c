package org.sendtime.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The sends a blackout applies to: all of them, those of listed campaigns, or those to contacts
 * in listed locations.
 *
 * <ul>
 *   <li>{@link #all()} applies to every send.
 *   <li>{@link #campaigns(Iterable)} applies to the sends of the listed campaigns, wherever
 *       their contacts are, and to no send without a campaign.
 *   <li>{@link #locations(Iterable)} applies to the sends to contacts whose location is listed,
 *       whatever their campaign. A contact without a location is in no listed location, so a
 *       location scope does not apply to it.
 * </ul>
 *
 * <p>Campaign ids and locations are compared exactly, case included: {@code "NY"} and
 * {@code "ny"} are different locations. The host decides what a location is (a country, a
 * state, an office) and uses the same spelling in its blackouts and its contacts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BlackoutScope {
  private static final BlackoutScope ALL = new BlackoutScope(ImmutableSortedSet.of(), ImmutableSortedSet.of());

  /** The listed campaigns, empty unless this is a campaign scope. */
  private final ImmutableSortedSet<String> campaigns;
  /** The listed locations, empty unless this is a location scope. */
  private final ImmutableSortedSet<String> locations;

  private BlackoutScope(ImmutableSortedSet<String> campaigns, ImmutableSortedSet<String> locations) {
    this.campaigns = campaigns;
    this.locations = locations;
  }

  /**
   * Obtains the scope of every send.
   *
   * @return the scope that applies to everything, not null
   */
  public static BlackoutScope all() {
    return ALL;
  }

  /**
   * Obtains the scope of the sends of listed campaigns.
   *
   * @param campaignIds  the campaign ids, at least one, none blank, not null
   * @return the scope, not null
   * @throws IllegalArgumentException if no id is given or an id is blank
   */
  public static BlackoutScope campaigns(Iterable<String> campaignIds) {
    return new BlackoutScope(ids(campaignIds, "campaignIds"), ImmutableSortedSet.of());
  }

  /**
   * Obtains the scope of the sends to contacts in listed locations.
   *
   * @param locations  the locations, at least one, none blank, not null
   * @return the scope, not null
   * @throws IllegalArgumentException if no location is given or a location is blank
   */
  public static BlackoutScope locations(Iterable<String> locations) {
    return new BlackoutScope(ImmutableSortedSet.of(), ids(locations, "locations"));
  }

  private static ImmutableSortedSet<String> ids(Iterable<String> ids, String name) {
    checkNotNull(ids, name);
    ImmutableSortedSet.Builder<String> builder = ImmutableSortedSet.naturalOrder();
    for (String id : ids) {
      checkNotNull(id, "%s element", name);
      checkArgument(!id.isBlank(), "Invalid %s: blank id '%s'", name, id);
      builder.add(id);
    }
    ImmutableSortedSet<String> set = builder.build();
    checkArgument(!set.isEmpty(), "Invalid %s: empty; list at least one, or use BlackoutScope.all()", name);
    return set;
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether this scope lets a blackout apply to a send of a campaign.
   *
   * <p>Only a campaign scope restricts campaigns; the other scopes answer true.
   *
   * @param campaignId  the id of the send's campaign, null if it has none
   * @return true unless this is a campaign scope that does not list the campaign
   */
  public boolean appliesToCampaign(@Nullable String campaignId) {
    return campaigns.isEmpty() || (campaignId != null && campaigns.contains(campaignId));
  }

  /**
   * Checks whether this scope lets a blackout apply to a contact in a location.
   *
   * <p>Only a location scope restricts locations; the other scopes answer true.
   *
   * @param location  the contact's location, null if it has none
   * @return true unless this is a location scope that does not list the location
   */
  public boolean appliesToLocation(@Nullable String location) {
    return locations.isEmpty() || (location != null && locations.contains(location));
  }

  /**
   * Gets the campaigns of a campaign scope.
   *
   * @return the campaign ids in natural order, empty unless this is a campaign scope, not null
   */
  public ImmutableSortedSet<String> listedCampaigns() {
    return campaigns;
  }

  /**
   * Gets the locations of a location scope.
   *
   * @return the locations in natural order, empty unless this is a location scope, not null
   */
  public ImmutableSortedSet<String> listedLocations() {
    return locations;
  }

  //-----------------------------------------------------------------------
  /**
   * Checks if this scope is equal to another: of the same kind, listing the same ids.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof BlackoutScope)) {
      return false;
    }
    BlackoutScope other = (BlackoutScope) obj;
    return campaigns.equals(other.campaigns) && locations.equals(other.locations);
  }

  /**
   * A hash code for this scope.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(campaigns, locations);
  }

  /**
   * Outputs this scope, such as {@code "all"}, {@code "campaigns [spring-sale, welcome]"} or
   * {@code "locations [CA, NY]"}.
   *
   * @return a description, not null
   */
  @Override
  public String toString() {
    if (!campaigns.isEmpty()) {
      return "campaigns " + campaigns;
    }
    return locations.isEmpty() ? "all" : "locations " + locations;
  }
}
