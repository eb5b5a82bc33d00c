package org.sendtime.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One campaign: a {@link CampaignType}, a unique name, the date of the event it is about (a
 * rate increase, a plan change), its template keys, the dates it is active and its audience.
 *
 * <p>Its email is due on {@link #sendDate()}, the event date minus the type's days before the
 * event, and only while the campaign is active. It targets the contacts of its audience, or
 * every contact when its type {@link CampaignType#targetsAll() targets all}.
 *
 * <pre>
 * CampaignInstance increase = CampaignInstance.of("rate-increase-2026-q1", rateIncrease, LocalDate.of(2026, 3, 1))
 *     .withTemplateKey("rate_increase_v2")
 *     .withActiveFrom(LocalDate.of(2026, 1, 1))
 *     .withAudience(List.of("c1", "c2"));
 * increase.sendDate();   // 2026-02-15 with a type 14 days before the event
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CampaignInstance {

  private final String name;
  private final CampaignType type;
  private final LocalDate eventDate;
  private final @Nullable String templateKey;
  private final @Nullable String smsTemplateKey;
  private final @Nullable LocalDate activeFrom;
  private final @Nullable LocalDate activeUntil;
  private final ImmutableSortedSet<String> audience;

  private CampaignInstance(
      String name,
      CampaignType type,
      LocalDate eventDate,
      @Nullable String templateKey,
      @Nullable String smsTemplateKey,
      @Nullable LocalDate activeFrom,
      @Nullable LocalDate activeUntil,
      ImmutableSortedSet<String> audience) {
    this.name = name;
    this.type = type;
    this.eventDate = eventDate;
    this.templateKey = templateKey;
    this.smsTemplateKey = smsTemplateKey;
    this.activeFrom = activeFrom;
    this.activeUntil = activeUntil;
    this.audience = audience;
  }

  /**
   * Obtains a campaign, always active, with an empty audience and no templates.
   *
   * @param name  the campaign's unique name, without whitespace, not null
   * @param type  the type, not null
   * @param eventDate  the date of the event the campaign is about, not null
   * @return the campaign, not null
   * @throws IllegalArgumentException if the name is blank or holds whitespace
   */
  public static CampaignInstance of(String name, CampaignType type, LocalDate eventDate) {
    checkNotNull(name, "name");
    checkNotNull(type, "type");
    checkNotNull(eventDate, "eventDate");
    checkToken(name, "campaign name");
    return new CampaignInstance(name, type, eventDate, null, null, null, null, ImmutableSortedSet.of());
  }

  private static String checkToken(String value, String what) {
    checkNotNull(value, what);
    checkArgument(!value.isEmpty() && value.chars().noneMatch(Character::isWhitespace),
        "Invalid %s '%s': must be non-empty without whitespace", what, value);
    return value;
  }

  /**
   * Returns a copy with the key of the email template.
   *
   * @param key  the key, without whitespace, not null
   * @return the changed campaign, not null
   * @throws IllegalArgumentException if the key is blank or holds whitespace
   */
  public CampaignInstance withTemplateKey(String key) {
    checkToken(key, "template key");
    return new CampaignInstance(name, type, eventDate, key, smsTemplateKey, activeFrom, activeUntil, audience);
  }

  /**
   * Returns a copy with the key of the SMS template.
   *
   * @param key  the key, without whitespace, not null
   * @return the changed campaign, not null
   * @throws IllegalArgumentException if the key is blank or holds whitespace
   */
  public CampaignInstance withSmsTemplateKey(String key) {
    checkToken(key, "SMS template key");
    return new CampaignInstance(name, type, eventDate, templateKey, key, activeFrom, activeUntil, audience);
  }

  /**
   * Returns a copy active from a date, inclusive.
   *
   * @param date  the first active date, not null
   * @return the changed campaign, not null
   * @throws IllegalArgumentException if the date is after the last active date
   */
  public CampaignInstance withActiveFrom(LocalDate date) {
    checkNotNull(date, "date");
    checkOrder(date, activeUntil);
    return new CampaignInstance(name, type, eventDate, templateKey, smsTemplateKey, date, activeUntil, audience);
  }

  /**
   * Returns a copy active until a date, inclusive.
   *
   * @param date  the last active date, not null
   * @return the changed campaign, not null
   * @throws IllegalArgumentException if the date is before the first active date
   */
  public CampaignInstance withActiveUntil(LocalDate date) {
    checkNotNull(date, "date");
    checkOrder(activeFrom, date);
    return new CampaignInstance(name, type, eventDate, templateKey, smsTemplateKey, activeFrom, date, audience);
  }

  private void checkOrder(@Nullable LocalDate from, @Nullable LocalDate until) {
    checkArgument(from == null || until == null || !until.isBefore(from),
        "Campaign %s: activeUntil %s must not be before activeFrom %s", name, until, from);
  }

  /**
   * Returns a copy with an explicit audience, replacing any it had.
   *
   * @param contactIds  the ids of the contacts targeted, not null
   * @return the changed campaign, not null
   * @throws IllegalArgumentException if an id is blank
   */
  public CampaignInstance withAudience(Iterable<String> contactIds) {
    checkNotNull(contactIds, "contactIds");
    ImmutableSortedSet.Builder<String> b = ImmutableSortedSet.naturalOrder();
    for (String id : contactIds) {
      checkNotNull(id, "contactId");
      checkArgument(!id.isBlank(), "Audience contact id must not be blank");
      b.add(id);
    }
    return new CampaignInstance(name, type, eventDate, templateKey, smsTemplateKey, activeFrom, activeUntil, b.build());
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
   * Gets the type.
   *
   * @return the type, not null
   */
  public CampaignType type() {
    return type;
  }

  /**
   * Gets the date of the event the campaign is about.
   *
   * @return the date, not null
   */
  public LocalDate eventDate() {
    return eventDate;
  }

  /**
   * Gets the date the campaign's email is due: the event date minus the type's days before
   * the event.
   *
   * @return the date, not null
   */
  public LocalDate sendDate() {
    return eventDate.minusDays(type.daysBeforeEvent());
  }

  /**
   * Gets the key of the email template.
   *
   * @return the key, or empty if none
   */
  public Optional<String> templateKey() {
    return Optional.ofNullable(templateKey);
  }

  /**
   * Gets the key of the SMS template.
   *
   * @return the key, or empty if none
   */
  public Optional<String> smsTemplateKey() {
    return Optional.ofNullable(smsTemplateKey);
  }

  /**
   * Gets the first active date.
   *
   * @return the date, inclusive, or empty if active since always
   */
  public Optional<LocalDate> activeFrom() {
    return Optional.ofNullable(activeFrom);
  }

  /**
   * Gets the last active date.
   *
   * @return the date, inclusive, or empty if active for ever
   */
  public Optional<LocalDate> activeUntil() {
    return Optional.ofNullable(activeUntil);
  }

  /**
   * Gets the explicit audience.
   *
   * @return the contact ids, sorted, not null
   */
  public ImmutableSortedSet<String> audience() {
    return audience;
  }

  /**
   * Checks whether the campaign targets a contact: every contact if its type targets all, else
   * those of its audience.
   *
   * @param contactId  the contact's id, not null
   * @return true if targeted
   */
  public boolean targets(String contactId) {
    checkNotNull(contactId, "contactId");
    return type.targetsAll() || audience.contains(contactId);
  }

  /**
   * Checks whether the campaign is active on a date.
   *
   * @param date  the date, not null
   * @return true if the date is within the active dates, both inclusive
   */
  public boolean isActiveOn(LocalDate date) {
    checkNotNull(date, "date");
    return (activeFrom == null || !date.isBefore(activeFrom)) && (activeUntil == null || !date.isAfter(activeUntil));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof CampaignInstance)) {
      return false;
    }
    CampaignInstance c = (CampaignInstance) o;
    return name.equals(c.name) && type.equals(c.type) && eventDate.equals(c.eventDate)
        && Objects.equals(templateKey, c.templateKey) && Objects.equals(smsTemplateKey, c.smsTemplateKey)
        && Objects.equals(activeFrom, c.activeFrom) && Objects.equals(activeUntil, c.activeUntil)
        && audience.equals(c.audience);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, eventDate, templateKey, smsTemplateKey, activeFrom, activeUntil, audience);
  }

  /**
   * Outputs the campaign, such as {@code CampaignInstance[rate-increase-2026-q1: rate_increase,
   * event 2026-03-01, send 2026-02-15, 2 contacts]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "CampaignInstance[" + name + ": " + type.name() + ", event " + eventDate + ", send " + sendDate()
        + (activeFrom == null ? "" : ", from " + activeFrom) + (activeUntil == null ? "" : ", until " + activeUntil)
        + (type.targetsAll() ? ", all contacts" : ", " + audience.size() + " contacts") + "]";
  }
}
