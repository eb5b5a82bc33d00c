package org.sendtime.window;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * The window of one {@link ExclusionRule} for one contact in one year: the dates the rule
 * forbids marketing to that contact.
 *
 * <p>For an anchored rule, the <em>legal range</em> is {@code [anchor − daysBefore, anchor +
 * daysAfter]}, both ends inclusive, where the anchor is the anniversary of the contact's date in
 * that year (February 29 and month-start anchors resolved). The <em>blocked range</em> starts a
 * further {@code preWindowDays} earlier, so that nothing sent just before the window invites a
 * reply inside it: a California birthday window (30 days before, 60 after) of a contact born on
 * December 1, with 60 pre-window days, blocks 2024-09-02 to 2025-01-30 around the 2024 birthday.
 *
 * <p>For a year-round rule, both ranges are the rule's effective dates, which may be unbounded
 * at either end; such a window has no anchor date.
 *
 * <p>A window says nothing of whether its rule is in force on a given date; {@link
 * ExclusionWindows#blocking} checks both.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExclusionWindow {

  private final ExclusionRule rule;
  private final @Nullable LocalDate anchorDate;
  private final LocalDateRange legalRange;
  private final LocalDateRange blockedRange;

  private ExclusionWindow(
      ExclusionRule rule, @Nullable LocalDate anchorDate, LocalDateRange legalRange, LocalDateRange blockedRange) {
    this.rule = rule;
    this.anchorDate = anchorDate;
    this.legalRange = legalRange;
    this.blockedRange = blockedRange;
  }

  /**
   * Obtains the window of an anchored rule around an anchor date.
   *
   * @param rule  the rule, anchored, not null
   * @param anchorDate  the anchor date in the window's year, after month-start and leap-day
   *     handling, not null
   * @param preWindowDays  the days the blocked range starts before the legal range, from 0 to 366
   * @return the window, not null
   * @throws IllegalArgumentException if the rule is year-round or the pre-window days are out of range
   */
  public static ExclusionWindow of(ExclusionRule rule, LocalDate anchorDate, int preWindowDays) {
    checkNotNull(rule, "rule");
    checkNotNull(anchorDate, "anchorDate");
    checkArgument(!rule.isYearRound(), "Rule %s is year-round: it has no anchor date", rule);
    ExclusionRule.checkDays("preWindowDays", preWindowDays);
    LocalDate end = anchorDate.plusDays(rule.daysAfter());
    LocalDate legalStart = anchorDate.minusDays(rule.daysBefore());
    return new ExclusionWindow(
        rule,
        anchorDate,
        LocalDateRange.ofClosed(legalStart, end),
        LocalDateRange.ofClosed(legalStart.minusDays(preWindowDays), end));
  }

  /**
   * Obtains the window of a year-round rule: its effective dates.
   *
   * @param rule  the rule, year-round, not null
   * @return the window, not null
   * @throws IllegalArgumentException if the rule is anchored
   */
  public static ExclusionWindow yearRound(ExclusionRule rule) {
    checkNotNull(rule, "rule");
    checkArgument(rule.isYearRound(), "Rule %s is anchored: its window needs an anchor date", rule);
    return new ExclusionWindow(rule, null, rule.effectiveRange(), rule.effectiveRange());
  }

  /**
   * Gets the rule.
   *
   * @return the rule, not null
   */
  public ExclusionRule rule() {
    return rule;
  }

  /**
   * Gets the anchor date.
   *
   * @return the date, or empty for a year-round window
   */
  public Optional<LocalDate> anchorDate() {
    return Optional.ofNullable(anchorDate);
  }

  /**
   * Gets the dates the law itself forbids.
   *
   * @return the range, not null
   */
  public LocalDateRange legalRange() {
    return legalRange;
  }

  /**
   * Gets the dates blocked: the legal range with the pre-window days before it.
   *
   * @return the range, not null
   */
  public LocalDateRange blockedRange() {
    return blockedRange;
  }

  /**
   * Gets the last blocked date, the last date of the legal range.
   *
   * @return the date, {@link LocalDate#MAX} for a year-round window without an end, not null
   */
  public LocalDate end() {
    return blockedRange.getEndInclusive();
  }

  /**
   * Checks whether a date is blocked.
   *
   * @param date  the date, not null
   * @return true if the date is in the blocked range
   */
  public boolean contains(LocalDate date) {
    checkNotNull(date, "date");
    return blockedRange.contains(date);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ExclusionWindow
        && ((ExclusionWindow) o).rule.equals(rule)
        && Objects.equals(((ExclusionWindow) o).anchorDate, anchorDate)
        && ((ExclusionWindow) o).blockedRange.equals(blockedRange);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, anchorDate, blockedRange);
  }

  /**
   * Outputs the window, such as {@code CA birthday window 2024-09-02..2025-01-30 (legal
   * 2024-11-01..2025-01-30, anchor 2024-12-01)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    if (anchorDate == null) {
      // A year-round window covers the rule's effective dates, usually every date.
      return rule.label() + " window" + (blockedRange.isUnboundedStart() && blockedRange.isUnboundedEnd()
          ? "" : " " + describe(blockedRange));
    }
    return rule.label() + ' ' + describe(blockedRange) + " (legal " + describe(legalRange) + ", anchor "
        + anchorDate + ')';
  }

  /** Writes a closed range as {@code start..end}, or {@code from start} or {@code until end}. */
  static String describe(LocalDateRange range) {
    if (range.isUnboundedStart()) {
      return range.isUnboundedEnd() ? "every date" : "until " + range.getEndInclusive();
    }
    return range.isUnboundedEnd() ? "from " + range.getStart() : range.getStart() + ".." + range.getEndInclusive();
  }
}
