package org.sendtime.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sendtime.internal.Names;
import org.sendtime.policy.Contact;

/**
 * What a campaign plan needs to know of a contact: the {@link Contact} a send policy judges
 * (id and zone), the jurisdiction whose exclusion windows apply, the contact's dates by name
 * (such as {@code birthday} and {@code effective_date}), and the engagement signals the contact
 * showed with earlier emails, by email id, which choose the tier of a follow-up.
 *
 * <pre>
 * CampaignContact c = CampaignContact.of(Contact.of("c1", ZoneId.of("America/Chicago")))
 *     .withJurisdiction("CA")
 *     .withDate("birthday", LocalDate.of(1955, 12, 1))
 *     .withEngagement("c1/birthday/2025-11-17", List.of("clicked"));
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CampaignContact {

  private final Contact contact;
  private final @Nullable String jurisdiction;
  private final ImmutableSortedMap<String, LocalDate> dates;
  private final ImmutableSortedMap<String, ImmutableSortedSet<String>> engagement;

  private CampaignContact(
      Contact contact,
      @Nullable String jurisdiction,
      ImmutableSortedMap<String, LocalDate> dates,
      ImmutableSortedMap<String, ImmutableSortedSet<String>> engagement) {
    this.contact = contact;
    this.jurisdiction = jurisdiction;
    this.dates = dates;
    this.engagement = engagement;
  }

  /**
   * Obtains a contact without a jurisdiction, dates or engagement.
   *
   * @param contact  the contact a send policy judges, not null
   * @return the contact, not null
   */
  public static CampaignContact of(Contact contact) {
    checkNotNull(contact, "contact");
    return new CampaignContact(contact, null, ImmutableSortedMap.of(), ImmutableSortedMap.of());
  }

  /**
   * Returns a copy in a jurisdiction.
   *
   * @param jurisdiction  the jurisdiction's code, such as {@code CA}, not null
   * @return the changed contact, not null
   * @throws IllegalArgumentException if the code is malformed
   */
  public CampaignContact withJurisdiction(String jurisdiction) {
    Names.jurisdiction(jurisdiction);
    return new CampaignContact(contact, jurisdiction, dates, engagement);
  }

  /**
   * Returns a copy with a date, replacing any date of that name.
   *
   * @param name  the date's name, snake_case, such as {@code birthday}, not null
   * @param date  the date, not null
   * @return the changed contact, not null
   * @throws IllegalArgumentException if the name is not snake_case
   */
  public CampaignContact withDate(String name, LocalDate date) {
    Names.snakeCase(name, "date name");
    checkNotNull(date, "date");
    return new CampaignContact(contact, jurisdiction, put(dates, name, date), engagement);
  }

  /**
   * Returns a copy with the engagement signals shown with an email, replacing any given for it.
   *
   * @param emailId  the email's id, as {@link PlannedEmail#id()} gives it, not blank
   * @param signals  the signals, each snake_case, such as {@code clicked}, not null
   * @return the changed contact, not null
   * @throws IllegalArgumentException if the id is blank or a signal is not snake_case
   */
  public CampaignContact withEngagement(String emailId, Iterable<String> signals) {
    checkNotNull(emailId, "emailId");
    checkArgument(!emailId.isBlank(), "Email id must not be blank");
    checkNotNull(signals, "signals");
    ImmutableSortedSet.Builder<String> b = ImmutableSortedSet.naturalOrder();
    for (String s : signals) {
      b.add(Names.snakeCase(s, "engagement signal"));
    }
    return new CampaignContact(contact, jurisdiction, dates, put(engagement, emailId, b.build()));
  }

  private static <V> ImmutableSortedMap<String, V> put(ImmutableSortedMap<String, V> map, String key, V value) {
    ImmutableSortedMap.Builder<String, V> b = ImmutableSortedMap.naturalOrder();
    map.forEach((k, v) -> {
      if (!k.equals(key)) {
        b.put(k, v);
      }
    });
    return b.put(key, value).build();
  }

  /**
   * Gets the contact a send policy judges.
   *
   * @return the contact, not null
   */
  public Contact contact() {
    return contact;
  }

  /**
   * Gets the contact's id.
   *
   * @return the id, not null
   */
  public String id() {
    return contact.id();
  }

  /**
   * Gets the jurisdiction.
   *
   * @return the code, or empty if unknown
   */
  public Optional<String> jurisdiction() {
    return Optional.ofNullable(jurisdiction);
  }

  @Nullable String jurisdictionOrNull() {
    return jurisdiction;
  }

  /**
   * Gets the dates by name.
   *
   * @return the dates, sorted by name, not null
   */
  public ImmutableSortedMap<String, LocalDate> dates() {
    return dates;
  }

  /**
   * Gets a date by name.
   *
   * @param name  the name, not null
   * @return the date, or empty if the contact has none of that name
   */
  public Optional<LocalDate> date(String name) {
    checkNotNull(name, "name");
    return Optional.ofNullable(dates.get(name));
  }

  /**
   * Gets the engagement signals by email id.
   *
   * @return the signals, sorted by email id, not null
   */
  public ImmutableSortedMap<String, ImmutableSortedSet<String>> engagement() {
    return engagement;
  }

  /**
   * Gets the signals shown with an email.
   *
   * @param emailId  the email's id, not null
   * @return the signals, empty if none, not null
   */
  public ImmutableSortedSet<String> signalsFor(String emailId) {
    checkNotNull(emailId, "emailId");
    ImmutableSortedSet<String> s = engagement.get(emailId);
    return s == null ? ImmutableSortedSet.of() : s;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof CampaignContact)) {
      return false;
    }
    CampaignContact c = (CampaignContact) o;
    return contact.equals(c.contact) && Objects.equals(jurisdiction, c.jurisdiction) && dates.equals(c.dates)
        && engagement.equals(c.engagement);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contact, jurisdiction, dates, engagement);
  }

  /**
   * Outputs the contact, such as {@code CampaignContact[c1, CA, {birthday=1955-12-01}]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "CampaignContact[" + contact.id() + (jurisdiction == null ? "" : ", " + jurisdiction) + ", " + dates
        + (engagement.isEmpty() ? "" : ", engagement " + engagement) + "]";
  }
}
