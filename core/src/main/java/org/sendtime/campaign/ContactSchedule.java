package org.sendtime.campaign;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sendtime.window.ExclusionWindow;
import org.threeten.extra.LocalDateRange;

/**
 * The emails a {@link CampaignPlan} planned for one contact over a range of dates, each
 * scheduled or suppressed, with the contact's exclusion windows that overlap the range.
 *
 * <p>{@link #toString()} renders it for a person, one line per window and per email:
 * <pre>
 * c1 2025-01-01..2025-12-31
 *   window CA birthday window 2025-09-02..2026-01-30 (legal 2025-11-01..2026-01-30, anchor 2025-12-01)
 *   2025-09-15 annual_enrolment (priority 3) suppressed by CA birthday window: ... [c1/annual_enrolment/2025-09-15]
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContactSchedule {

  private final String contactId;
  private final LocalDateRange range;
  private final ImmutableList<PlannedEmail> emails;
  /** Found on first use: planning many contacts rarely asks for them. */
  private final Supplier<ImmutableList<ExclusionWindow>> windows;

  ContactSchedule(
      String contactId,
      LocalDateRange range,
      ImmutableList<PlannedEmail> emails,
      Supplier<ImmutableList<ExclusionWindow>> windows) {
    this.contactId = contactId;
    this.range = range;
    this.emails = emails;
    this.windows = Suppliers.memoize(windows);
  }

  /**
   * Gets the contact's id.
   *
   * @return the id, not null
   */
  public String contactId() {
    return contactId;
  }

  /**
   * Gets the range of due dates planned.
   *
   * @return the range, not null
   */
  public LocalDateRange range() {
    return range;
  }

  /**
   * Gets the emails, by due date, then kind, then id.
   *
   * @return the emails, not null
   */
  public ImmutableList<PlannedEmail> emails() {
    return emails;
  }

  /**
   * Gets the contact's exclusion windows that block some date of the range.
   *
   * @return the windows, by start, not null
   */
  public ImmutableList<ExclusionWindow> windows() {
    return windows.get();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ContactSchedule)) {
      return false;
    }
    ContactSchedule s = (ContactSchedule) o;
    return contactId.equals(s.contactId) && range.equals(s.range) && emails.equals(s.emails)
        && windows().equals(s.windows());
  }

  @Override
  public int hashCode() {
    return Objects.hash(contactId, range, emails);
  }

  /**
   * Renders the schedule on several lines: the contact and range, each window, each email.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(contactId).append(' ')
        .append(range.isEmpty() ? "empty range at " + range.getStart() : range.getStart() + ".." + range.getEndInclusive());
    for (ExclusionWindow w : windows()) {
      sb.append("\n  window ").append(w);
    }
    for (PlannedEmail e : emails) {
      sb.append("\n  ").append(e);
    }
    return sb.toString();
  }
}
