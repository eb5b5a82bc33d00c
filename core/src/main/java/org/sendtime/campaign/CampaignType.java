package org.sendtime.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sendtime.internal.Names;

/**
 * The behaviour shared by the campaigns of one type: whether exclusion windows apply to them,
 * whether their emails get follow-ups, how many days before the campaign's event the email is
 * due, whether the campaign targets every contact, and its priority.
 *
 * <p>A regulatory notice must reach everyone, windows or not; a rate-increase notice goes 14
 * days before the increase and respects windows:
 * <pre>
 * CampaignType notice = CampaignType.named("regulatory_notice")
 *     .withRespectsWindows(false).withFollowUps(false).withPriority(1);
 * CampaignType rateIncrease = CampaignType.named("rate_increase").withDaysBeforeEvent(14).withPriority(1);
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CampaignType {

  private final String name;
  private final boolean respectsWindows;
  private final boolean followUps;
  private final int daysBeforeEvent;
  private final boolean targetsAll;
  private final int priority;
  private final LocalTime sendTime;

  private CampaignType(
      String name,
      boolean respectsWindows,
      boolean followUps,
      int daysBeforeEvent,
      boolean targetsAll,
      int priority,
      LocalTime sendTime) {
    this.name = name;
    this.respectsWindows = respectsWindows;
    this.followUps = followUps;
    this.daysBeforeEvent = daysBeforeEvent;
    this.targetsAll = targetsAll;
    this.priority = priority;
    this.sendTime = sendTime;
  }

  /**
   * Obtains a type with the defaults: respects windows, enables follow-ups, due on the event
   * date at 08:30, targets its audience only, priority 10.
   *
   * @param name  the name, snake_case, not null
   * @return the type, not null
   * @throws IllegalArgumentException if the name is not snake_case
   */
  public static CampaignType named(String name) {
    return new CampaignType(Names.snakeCase(name, "campaign type name"), true, true, 0, false, 10, LocalTime.of(8, 30));
  }

  /**
   * Returns a copy that does or does not respect exclusion windows; one that does not bypasses
   * every window, year-round ones included.
   *
   * @param respectsWindows  whether windows apply
   * @return the changed type, not null
   */
  public CampaignType withRespectsWindows(boolean respectsWindows) {
    return new CampaignType(name, respectsWindows, followUps, daysBeforeEvent, targetsAll, priority, sendTime);
  }

  /**
   * Returns a copy whose scheduled emails do or do not get follow-ups.
   *
   * @param followUps  whether follow-ups are planned
   * @return the changed type, not null
   */
  public CampaignType withFollowUps(boolean followUps) {
    return new CampaignType(name, respectsWindows, followUps, daysBeforeEvent, targetsAll, priority, sendTime);
  }

  /**
   * Returns a copy due a number of days before the campaign's event; a negative number means
   * after it.
   *
   * @param days  the days before the event, from -366 to 366
   * @return the changed type, not null
   * @throws IllegalArgumentException if the days are out of range
   */
  public CampaignType withDaysBeforeEvent(int days) {
    checkArgument(days >= -366 && days <= 366, "Invalid value for daysBeforeEvent (valid values -366 - 366): %s", days);
    return new CampaignType(name, respectsWindows, followUps, days, targetsAll, priority, sendTime);
  }

  /**
   * Returns a copy whose campaigns do or do not target every contact, whatever their audience.
   *
   * @param targetsAll  whether every contact is targeted
   * @return the changed type, not null
   */
  public CampaignType withTargetsAll(boolean targetsAll) {
    return new CampaignType(name, respectsWindows, followUps, daysBeforeEvent, targetsAll, priority, sendTime);
  }

  /**
   * Returns a copy with a priority; lower numbers win.
   *
   * @param priority  the priority, from 0 to 100
   * @return the changed type, not null
   * @throws IllegalArgumentException if the priority is out of range
   */
  public CampaignType withPriority(int priority) {
    AnniversaryEmail.checkPriority(priority);
    return new CampaignType(name, respectsWindows, followUps, daysBeforeEvent, targetsAll, priority, sendTime);
  }

  /**
   * Returns a copy sent at a time of day on the contact's wall clock. The default is 08:30.
   *
   * @param time  the time, truncated to seconds, not null
   * @return the changed type, not null
   */
  public CampaignType withSendTime(LocalTime time) {
    checkNotNull(time, "time");
    return new CampaignType(name, respectsWindows, followUps, daysBeforeEvent, targetsAll, priority,
        time.truncatedTo(ChronoUnit.SECONDS));
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
   * Checks whether exclusion windows apply to the type's campaigns.
   *
   * @return true if windows apply
   */
  public boolean respectsWindows() {
    return respectsWindows;
  }

  /**
   * Checks whether the type's scheduled emails get follow-ups.
   *
   * @return true if follow-ups are planned
   */
  public boolean enablesFollowUps() {
    return followUps;
  }

  /**
   * Gets the days before the event the email is due; negative means after.
   *
   * @return the days, from -366 to 366
   */
  public int daysBeforeEvent() {
    return daysBeforeEvent;
  }

  /**
   * Checks whether the type's campaigns target every contact.
   *
   * @return true if every contact is targeted
   */
  public boolean targetsAll() {
    return targetsAll;
  }

  /**
   * Gets the priority; lower numbers win.
   *
   * @return the priority, from 0 to 100
   */
  public int priority() {
    return priority;
  }

  /**
   * Gets the time of day on the contact's wall clock.
   *
   * @return the time, not null
   */
  public LocalTime sendTime() {
    return sendTime;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof CampaignType)) {
      return false;
    }
    CampaignType t = (CampaignType) o;
    return name.equals(t.name) && respectsWindows == t.respectsWindows && followUps == t.followUps
        && daysBeforeEvent == t.daysBeforeEvent && targetsAll == t.targetsAll && priority == t.priority
        && sendTime.equals(t.sendTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, respectsWindows, followUps, daysBeforeEvent, targetsAll, priority, sendTime);
  }

  /**
   * Outputs the type, such as {@code CampaignType[rate_increase, respects windows, follow-ups,
   * 14 days before, priority 1]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "CampaignType[" + name + (respectsWindows ? ", respects windows" : ", bypasses windows")
        + (followUps ? ", follow-ups" : "") + ", " + daysBeforeEvent + " days before at " + sendTime
        + (targetsAll ? ", targets all" : "") + ", priority " + priority + "]";
  }
}
