package org.sendtime.campaign;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sendtime.policy.Decision;
import org.sendtime.window.ExclusionWindow;

/**
 * One email of a {@link ContactSchedule}: its kind and due date, and its outcome, scheduled at
 * a time or suppressed by a rule with a reason.
 *
 * <p>Its {@link #id()} is stable across runs, so that a host can store plans idempotently and
 * key engagement by it: {@code contactId/kind/dueDate} for anniversary and post-window emails,
 * {@code contactId/campaign/sendDate/campaignName} for campaign emails, and the parent's id
 * followed by {@code /follow_up} for follow-ups.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlannedEmail {

  private final String id;
  private final EmailKind kind;
  private final @Nullable String campaign;
  private final @Nullable String tier;
  private final LocalDate dueDate;
  private final int priority;
  private final @Nullable ZonedDateTime scheduledAt;
  private final @Nullable Decision decision;
  private final @Nullable String suppressedBy;
  private final @Nullable String reason;
  private final @Nullable ExclusionWindow window;
  private final @Nullable String parentId;

  private PlannedEmail(
      String id,
      EmailKind kind,
      @Nullable String campaign,
      @Nullable String tier,
      LocalDate dueDate,
      int priority,
      @Nullable ZonedDateTime scheduledAt,
      @Nullable Decision decision,
      @Nullable String suppressedBy,
      @Nullable String reason,
      @Nullable ExclusionWindow window,
      @Nullable String parentId) {
    this.id = id;
    this.kind = kind;
    this.campaign = campaign;
    this.tier = tier;
    this.dueDate = dueDate;
    this.priority = priority;
    this.scheduledAt = scheduledAt;
    this.decision = decision;
    this.suppressedBy = suppressedBy;
    this.reason = reason;
    this.window = window;
    this.parentId = parentId;
  }

  /** What is known of an email before its outcome. */
  static final class Draft {
    final String id;
    final EmailKind kind;
    final @Nullable String campaign;
    final @Nullable String tier;
    final LocalDate dueDate;
    final int priority;
    final @Nullable String parentId;
    /** The window a post-window email follows. */
    final @Nullable ExclusionWindow followed;
    /** The date the email is about, which a deliver-by deadline may be relative to. */
    final LocalDate anchor;

    Draft(String id, EmailKind kind, @Nullable String campaign, @Nullable String tier, LocalDate dueDate, int priority,
        @Nullable String parentId, @Nullable ExclusionWindow followed, LocalDate anchor) {
      this.id = id;
      this.kind = kind;
      this.campaign = campaign;
      this.tier = tier;
      this.dueDate = dueDate;
      this.priority = priority;
      this.parentId = parentId;
      this.followed = followed;
      this.anchor = anchor;
    }

    PlannedEmail scheduled(ZonedDateTime at, Decision decision) {
      return new PlannedEmail(id, kind, campaign, tier, dueDate, priority, at, decision, null, null, followed, parentId);
    }

    PlannedEmail suppressed(String rule, String why, @Nullable Decision decision, @Nullable ExclusionWindow window) {
      return new PlannedEmail(id, kind, campaign, tier, dueDate, priority, null, decision, rule, why,
          window != null ? window : followed, parentId);
    }
  }

  /**
   * Gets the id, stable across runs.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }

  /**
   * Gets the kind.
   *
   * @return the kind, not null
   */
  public EmailKind kind() {
    return kind;
  }

  /**
   * Gets the campaign of a campaign email or of its follow-up.
   *
   * @return the campaign's name, or empty for other emails
   */
  public Optional<String> campaign() {
    return Optional.ofNullable(campaign);
  }

  /**
   * Gets the tier of a follow-up.
   *
   * @return the tier's name, or empty for other emails
   */
  public Optional<String> tier() {
    return Optional.ofNullable(tier);
  }

  /**
   * Gets the date the email is due, on the contact's wall clock, before the send policy moves it.
   *
   * @return the date, not null
   */
  public LocalDate dueDate() {
    return dueDate;
  }

  /**
   * Gets the priority; lower numbers win.
   *
   * @return the priority
   */
  public int priority() {
    return priority;
  }

  /**
   * Checks whether the email was scheduled.
   *
   * @return true if scheduled, false if suppressed
   */
  public boolean isScheduled() {
    return scheduledAt != null;
  }

  /**
   * Gets the time the email may go out, on the contact's wall clock (the policy's fallback zone
   * for a contact without one).
   *
   * @return the time, or empty if suppressed
   */
  public Optional<ZonedDateTime> scheduledAt() {
    return Optional.ofNullable(scheduledAt);
  }

  /**
   * Gets the send policy's decision, for an email that reached the policy; an email the policy
   * scheduled on a date a window blocks has a scheduled decision and is suppressed.
   *
   * @return the decision, or empty if the email was suppressed before the policy saw it
   */
  public Optional<Decision> decision() {
    return Optional.ofNullable(decision);
  }

  /**
   * Gets the rule that suppressed the email, such as {@code "CA birthday window"}, {@code
   * "missing date"} or a send-policy rule such as {@code "horizon"}.
   *
   * @return the rule, or empty if scheduled
   */
  public Optional<String> suppressedBy() {
    return Optional.ofNullable(suppressedBy);
  }

  /**
   * Gets why the email was suppressed, readable by a person.
   *
   * @return the reason, or empty if scheduled
   */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * Gets the exclusion window that suppressed the email, or that a post-window email follows.
   *
   * @return the window, or empty if none
   */
  public Optional<ExclusionWindow> window() {
    return Optional.ofNullable(window);
  }

  /**
   * Gets the id of the email a follow-up follows, or of the earliest email (by due date, then
   * id) that a post-window email's window suppressed.
   *
   * @return the id, or empty for other emails
   */
  public Optional<String> parentId() {
    return Optional.ofNullable(parentId);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof PlannedEmail)) {
      return false;
    }
    PlannedEmail p = (PlannedEmail) o;
    return id.equals(p.id) && kind.equals(p.kind) && Objects.equals(campaign, p.campaign)
        && Objects.equals(tier, p.tier) && dueDate.equals(p.dueDate) && priority == p.priority
        && Objects.equals(scheduledAt, p.scheduledAt) && Objects.equals(decision, p.decision)
        && Objects.equals(suppressedBy, p.suppressedBy) && Objects.equals(reason, p.reason)
        && Objects.equals(window, p.window) && Objects.equals(parentId, p.parentId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, dueDate, scheduledAt, suppressedBy, reason);
  }

  /**
   * Outputs the email on one line, such as {@code 2025-11-17 birthday (priority 5) scheduled
   * 2025-11-17T08:30-06:00[America/Chicago] [c1/birthday/2025-11-17]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(dueDate).append(' ').append(kind);
    if (campaign != null) {
      sb.append(' ').append(campaign);
    }
    if (tier != null) {
      sb.append(" tier ").append(tier);
    }
    sb.append(" (priority ").append(priority).append(") ");
    if (scheduledAt != null) {
      sb.append("scheduled ").append(scheduledAt);
    } else {
      sb.append("suppressed by ").append(suppressedBy).append(": ").append(reason);
    }
    return sb.append(" [").append(id).append(']').toString();
  }
}
