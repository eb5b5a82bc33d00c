package org.sendtime.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

  private final Id id;
  private final EmailKind kind;
  private final @Nullable String campaign;
  private final @Nullable String tier;
  private final LocalDate dueDate;
  private final int priority;
  /** The epoch second it is scheduled at; meaningful only with a zone. */
  private final long sendSecond;
  /** The zone of its send time, null if suppressed. */
  private final @Nullable ZoneId zone;
  private final @Nullable Decision decision;
  private final @Nullable String suppressedBy;
  /** The reason, or null where it is built from the window when asked. */
  private final @Nullable String reason;
  /** The date the send policy moved a window-suppressed email to, or null. */
  private final @Nullable LocalDate movedTo;
  private final @Nullable ExclusionWindow window;
  private final @Nullable Id parentId;

  private PlannedEmail(
      Draft d,
      long sendSecond,
      @Nullable ZoneId zone,
      @Nullable Decision decision,
      @Nullable String suppressedBy,
      @Nullable String reason,
      @Nullable LocalDate movedTo,
      @Nullable ExclusionWindow window) {
    this.id = d.id;
    this.kind = d.kind;
    this.campaign = d.campaign;
    this.tier = d.tier;
    this.dueDate = d.dueDate;
    this.priority = d.priority;
    this.sendSecond = sendSecond;
    this.zone = zone;
    this.decision = decision;
    this.suppressedBy = suppressedBy;
    this.reason = reason;
    this.movedTo = movedTo;
    this.window = window;
    this.parentId = d.parentId;
  }

  /**
   * An email's id, formatted when first asked: most ids of a large plan are never read, and
   * formatting them was a large share of planning.
   */
  static final class Id {
    private final String contactId;
    private final EmailKind kind;
    private final @Nullable LocalDate dueDate;
    private final @Nullable String campaign;
    private final @Nullable Id parent;
    // Racy but benign: every thread computes the same immutable string.
    private @Nullable String text;

    private Id(String contactId, EmailKind kind, @Nullable LocalDate dueDate, @Nullable String campaign,
        @Nullable Id parent) {
      this.contactId = contactId;
      this.kind = kind;
      this.dueDate = dueDate;
      this.campaign = campaign;
      this.parent = parent;
    }

    /** The id {@code contactId/kind/dueDate}, followed by {@code /campaign} if there is one. */
    static Id of(String contactId, EmailKind kind, LocalDate dueDate, @Nullable String campaign) {
      return new Id(contactId, kind, dueDate, campaign, null);
    }

    /** The id of a follow-up: its parent's followed by {@code /follow_up}. */
    static Id followUpOf(Id parent) {
      return new Id(parent.contactId, EmailKind.FOLLOW_UP, null, null, parent);
    }

    @Override
    public String toString() {
      String t = text;
      if (t == null) {
        if (parent != null) {
          t = parent + "/" + kind;
        } else if (campaign != null) {
          t = contactId + "/" + kind + "/" + dueDate + "/" + campaign;
        } else {
          t = contactId + "/" + kind + "/" + dueDate;
        }
        text = t;
      }
      return t;
    }
  }

  /** What is known of an email before its outcome. */
  static final class Draft {
    final Id id;
    final EmailKind kind;
    final @Nullable String campaign;
    final @Nullable String tier;
    final LocalDate dueDate;
    final int priority;
    final @Nullable Id parentId;
    /** The window a post-window email follows. */
    final @Nullable ExclusionWindow followed;
    /** The date the email is about, which a deliver-by deadline may be relative to. */
    final LocalDate anchor;

    Draft(Id id, EmailKind kind, @Nullable String campaign, @Nullable String tier, LocalDate dueDate, int priority,
        @Nullable Id parentId, @Nullable ExclusionWindow followed, LocalDate anchor) {
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

    PlannedEmail scheduled(long epochSecond, ZoneId zone, Decision decision) {
      return new PlannedEmail(this, epochSecond, zone, decision, null, null, null, followed);
    }

    PlannedEmail suppressed(String rule, String why, @Nullable Decision decision) {
      return new PlannedEmail(this, 0, null, decision, rule, why, null, followed);
    }

    /**
     * The email suppressed by a window, on its due date or, if the policy moved it, on the
     * date it was moved to.
     */
    PlannedEmail suppressedBy(ExclusionWindow window, @Nullable LocalDate movedTo, @Nullable Decision decision) {
      return new PlannedEmail(this, 0, null, decision, window.rule().label(), null, movedTo, window);
    }
  }

  /**
   * Gets the id, stable across runs.
   *
   * @return the id, not null
   */
  public String id() {
    return id.toString();
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
    return zone != null;
  }

  /**
   * Gets the time the email may go out, on the contact's wall clock (the policy's fallback zone
   * for a contact without one).
   *
   * @return the time, or empty if suppressed
   */
  public Optional<ZonedDateTime> scheduledAt() {
    return Optional.ofNullable(scheduledAtOrNull());
  }

  private @Nullable ZonedDateTime scheduledAtOrNull() {
    return zone == null ? null : ZonedDateTime.ofInstant(Instant.ofEpochSecond(sendSecond), zone);
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
    return Optional.ofNullable(reasonOrNull());
  }

  private @Nullable String reasonOrNull() {
    if (reason != null || suppressedBy == null || window == null) {
      return reason;
    }
    return movedTo == null
        ? dueDate + " is in the " + window
        : "the send policy moved it to " + movedTo + ", which is in the " + window;
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
    return Optional.ofNullable(parentId == null ? null : parentId.toString());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof PlannedEmail)) {
      return false;
    }
    PlannedEmail p = (PlannedEmail) o;
    return id().equals(p.id()) && kind.equals(p.kind) && Objects.equals(campaign, p.campaign)
        && Objects.equals(tier, p.tier) && dueDate.equals(p.dueDate) && priority == p.priority
        && Objects.equals(scheduledAtOrNull(), p.scheduledAtOrNull()) && Objects.equals(decision, p.decision)
        && Objects.equals(suppressedBy, p.suppressedBy) && Objects.equals(reasonOrNull(), p.reasonOrNull())
        && Objects.equals(window, p.window) && parentId().equals(p.parentId());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id(), dueDate, scheduledAtOrNull(), suppressedBy, reasonOrNull());
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
    ZonedDateTime at = scheduledAtOrNull();
    if (at != null) {
      sb.append("scheduled ").append(at);
    } else {
      sb.append("suppressed by ").append(suppressedBy).append(": ").append(reasonOrNull());
    }
    return sb.append(" [").append(id).append(']').toString();
  }
}
