package org.sendtime.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a policy needs to know of a recipient: an id, the zone the recipient lives in, and a
 * location that location-scoped blackouts refer to.
 *
 * <p>The host owns its contacts; sendtime sees only this projection. A contact without a zone
 * is read in the policy's declared fallback zone, never silently in UTC.
 *
 * <pre>
 * Contact c = Contact.of("c1").withZone(ZoneId.of("America/Chicago")).withLocation("store-12");
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Contact {

  private final String id;
  private final @Nullable ZoneId zone;
  private final @Nullable String location;

  private Contact(String id, @Nullable ZoneId zone, @Nullable String location) {
    this.id = id;
    this.zone = zone;
    this.location = location;
  }

  /**
   * Obtains a contact with an id and no zone or location.
   *
   * @param id  the host's id of the contact, not blank
   * @return the contact, not null
   * @throws IllegalArgumentException if the id is blank
   */
  public static Contact of(String id) {
    checkNotNull(id, "id");
    checkArgument(!id.isBlank(), "Contact id must not be blank");
    return new Contact(id, null, null);
  }

  /**
   * Obtains a contact with an id and a zone.
   *
   * @param id  the host's id of the contact, not blank
   * @param zone  the zone the contact lives in, not null
   * @return the contact, not null
   */
  public static Contact of(String id, ZoneId zone) {
    checkNotNull(zone, "zone");
    return of(id).withZone(zone);
  }

  /**
   * Returns a copy with a zone.
   *
   * @param zone  the zone, not null
   * @return the contact, not null
   */
  public Contact withZone(ZoneId zone) {
    checkNotNull(zone, "zone");
    return new Contact(id, zone, location);
  }

  /**
   * Returns a copy with a location, such as a store, a branch or a state code.
   *
   * @param location  the location, compared exactly, not blank
   * @return the contact, not null
   */
  public Contact withLocation(String location) {
    checkNotNull(location, "location");
    checkArgument(!location.isBlank(), "Contact location must not be blank");
    return new Contact(id, zone, location);
  }

  /**
   * Gets the id.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }

  /**
   * Gets the zone the contact lives in.
   *
   * @return the zone, or empty if the host does not know it
   */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /**
   * Gets the location.
   *
   * @return the location, or empty if none
   */
  public Optional<String> location() {
    return Optional.ofNullable(location);
  }

  @Nullable ZoneId zoneOrNull() {
    return zone;
  }

  @Nullable String locationOrNull() {
    return location;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Contact)) {
      return false;
    }
    Contact c = (Contact) o;
    return id.equals(c.id) && Objects.equals(zone, c.zone) && Objects.equals(location, c.location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, zone, location);
  }

  @Override
  public String toString() {
    return "Contact[" + id + (zone == null ? "" : ", " + zone) + (location == null ? "" : ", " + location) + "]";
  }
}
