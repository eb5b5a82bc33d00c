package org.sendtime.window;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sendtime.internal.Names;
import org.threeten.extra.LocalDateRange;

/**
 * One dated rule of a jurisdiction that forbids marketing to a contact for a while: either
 * around a date of the contact ({@link Kind#ANCHORED}, such as California's birthday rule, 30
 * days before to 60 days after the birthday) or all year ({@link Kind#YEAR_ROUND}).
 *
 * <p>Laws change, so a rule carries the dates it is in force: {@link #isInForceOn(LocalDate)}
 * is true from its effective-from date to its effective-until date, both inclusive, and
 * unbounded where a date is absent. A send is judged by the rules in force on its own date.
 * A rule may carry its legal source and a note for the people who review it.
 *
 * <pre>
 * ExclusionRule ca = ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, 30, 60)
 *     .withEffectiveFrom(LocalDate.of(2020, 1, 1))
 *     .withSource("Cal. Ins. Code § 10192.11");
 * ExclusionRule ny = ExclusionRule.yearRound("NY");
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExclusionRule {

  /** The kinds of rule. */
  public enum Kind {
    /** No marketing at all while the rule is in force. */
    YEAR_ROUND,
    /** No marketing in a window around each anniversary of a contact's date. */
    ANCHORED
  }

  /** The most days a window may extend before or after its anchor. */
  static final int MAX_DAYS = 366;

  private final String jurisdiction;
  private final @Nullable WindowAnchor anchor;
  private final int daysBefore;
  private final int daysAfter;
  private final @Nullable LocalDate effectiveFrom;
  private final @Nullable LocalDate effectiveUntil;
  private final @Nullable String source;
  private final @Nullable String note;
  private final LocalDateRange effectiveRange;
  /** Kept because every window suppression names it. */
  private final String label;

  private ExclusionRule(
      String jurisdiction,
      @Nullable WindowAnchor anchor,
      int daysBefore,
      int daysAfter,
      @Nullable LocalDate effectiveFrom,
      @Nullable LocalDate effectiveUntil,
      @Nullable String source,
      @Nullable String note) {
    this.jurisdiction = jurisdiction;
    this.anchor = anchor;
    this.daysBefore = daysBefore;
    this.daysAfter = daysAfter;
    this.effectiveFrom = effectiveFrom;
    this.effectiveUntil = effectiveUntil;
    this.source = source;
    this.note = note;
    this.effectiveRange = LocalDateRange.ofClosed(
        effectiveFrom == null ? LocalDate.MIN : effectiveFrom,
        effectiveUntil == null ? LocalDate.MAX : effectiveUntil);
    this.label = anchor == null ? jurisdiction + " year-round" : jurisdiction + " " + anchor.dateName() + " window";
  }

  /**
   * Obtains a rule that forbids marketing in a jurisdiction all year.
   *
   * @param jurisdiction  the jurisdiction's code, such as {@code NY}, not null
   * @return the rule, in force at all times, not null
   * @throws IllegalArgumentException if the code is not upper-case letters, digits and hyphens
   */
  public static ExclusionRule yearRound(String jurisdiction) {
    return new ExclusionRule(Names.jurisdiction(jurisdiction), null, 0, 0, null, null, null, null);
  }

  /**
   * Obtains a rule that forbids marketing from a number of days before each anniversary of a
   * contact's date to a number of days after it, both ends inclusive.
   *
   * @param jurisdiction  the jurisdiction's code, such as {@code CA}, not null
   * @param anchor  the contact's date the window is counted from, not null
   * @param daysBefore  the days before the anchor, from 0 to 366
   * @param daysAfter  the days after the anchor, from 0 to 366
   * @return the rule, in force at all times, not null
   * @throws IllegalArgumentException if the code is malformed or a number of days is out of range
   */
  public static ExclusionRule anchored(String jurisdiction, WindowAnchor anchor, int daysBefore, int daysAfter) {
    Names.jurisdiction(jurisdiction);
    checkNotNull(anchor, "anchor");
    checkDays("daysBefore", daysBefore);
    checkDays("daysAfter", daysAfter);
    return new ExclusionRule(jurisdiction, anchor, daysBefore, daysAfter, null, null, null, null);
  }

  static void checkDays(String field, int days) {
    checkArgument(days >= 0 && days <= MAX_DAYS, "Invalid value for %s (valid values 0 - %s): %s", field, MAX_DAYS, days);
  }

  /**
   * Returns a copy in force from a date, inclusive.
   *
   * @param date  the first date the rule is in force, not null
   * @return the changed rule, not null
   * @throws IllegalArgumentException if the date is after the effective-until date
   */
  public ExclusionRule withEffectiveFrom(LocalDate date) {
    checkNotNull(date, "date");
    checkOrder(date, effectiveUntil);
    return new ExclusionRule(jurisdiction, anchor, daysBefore, daysAfter, date, effectiveUntil, source, note);
  }

  /**
   * Returns a copy in force until a date, inclusive.
   *
   * @param date  the last date the rule is in force, not null
   * @return the changed rule, not null
   * @throws IllegalArgumentException if the date is before the effective-from date
   */
  public ExclusionRule withEffectiveUntil(LocalDate date) {
    checkNotNull(date, "date");
    checkOrder(effectiveFrom, date);
    return new ExclusionRule(jurisdiction, anchor, daysBefore, daysAfter, effectiveFrom, date, source, note);
  }

  private void checkOrder(@Nullable LocalDate from, @Nullable LocalDate until) {
    checkArgument(
        from == null || until == null || !until.isBefore(from),
        "Rule %s: effectiveUntil %s must not be before effectiveFrom %s",
        label(),
        until,
        from);
  }

  /**
   * Returns a copy with the rule's legal source, such as a statute.
   *
   * @param source  the source, not blank
   * @return the changed rule, not null
   * @throws IllegalArgumentException if the source is blank
   */
  public ExclusionRule withSource(String source) {
    checkNotNull(source, "source");
    checkArgument(!source.isBlank(), "Rule source must not be blank");
    return new ExclusionRule(jurisdiction, anchor, daysBefore, daysAfter, effectiveFrom, effectiveUntil, source, note);
  }

  /**
   * Returns a copy with a note for reviewers, such as where sources disagree.
   *
   * @param note  the note, not blank
   * @return the changed rule, not null
   * @throws IllegalArgumentException if the note is blank
   */
  public ExclusionRule withNote(String note) {
    checkNotNull(note, "note");
    checkArgument(!note.isBlank(), "Rule note must not be blank");
    return new ExclusionRule(jurisdiction, anchor, daysBefore, daysAfter, effectiveFrom, effectiveUntil, source, note);
  }

  /**
   * Gets the jurisdiction's code.
   *
   * @return the code, not null
   */
  public String jurisdiction() {
    return jurisdiction;
  }

  /**
   * Gets the kind of rule.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return anchor == null ? Kind.YEAR_ROUND : Kind.ANCHORED;
  }

  /**
   * Checks whether the rule forbids marketing all year.
   *
   * @return true for {@link Kind#YEAR_ROUND}
   */
  public boolean isYearRound() {
    return anchor == null;
  }

  /**
   * Gets the contact's date the window is counted from.
   *
   * @return the anchor, or empty for a year-round rule
   */
  public Optional<WindowAnchor> anchor() {
    return Optional.ofNullable(anchor);
  }

  @Nullable WindowAnchor anchorOrNull() {
    return anchor;
  }

  /**
   * Gets the days the window starts before its anchor.
   *
   * @return the days, from 0 to 366; 0 for a year-round rule
   */
  public int daysBefore() {
    return daysBefore;
  }

  /**
   * Gets the days the window ends after its anchor.
   *
   * @return the days, from 0 to 366; 0 for a year-round rule
   */
  public int daysAfter() {
    return daysAfter;
  }

  /**
   * Gets the first date the rule is in force.
   *
   * @return the date, inclusive, or empty if in force since always
   */
  public Optional<LocalDate> effectiveFrom() {
    return Optional.ofNullable(effectiveFrom);
  }

  /**
   * Gets the last date the rule is in force.
   *
   * @return the date, inclusive, or empty if in force for ever
   */
  public Optional<LocalDate> effectiveUntil() {
    return Optional.ofNullable(effectiveUntil);
  }

  /**
   * Gets the dates the rule is in force, unbounded at an end without a date.
   *
   * @return the range, not null
   */
  public LocalDateRange effectiveRange() {
    return effectiveRange;
  }

  /**
   * Gets the legal source.
   *
   * @return the source, or empty if none was given
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Gets the note for reviewers.
   *
   * @return the note, or empty if none was given
   */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /**
   * Checks whether the rule is in force on a date.
   *
   * @param date  the date, not null
   * @return true if the date is within the effective dates, both inclusive
   */
  public boolean isInForceOn(LocalDate date) {
    checkNotNull(date, "date");
    return (effectiveFrom == null || !date.isBefore(effectiveFrom))
        && (effectiveUntil == null || !date.isAfter(effectiveUntil));
  }

  /**
   * Gets a short label naming the rule in suppression reasons, such as {@code "CA birthday
   * window"} or {@code "NY year-round"}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ExclusionRule)) {
      return false;
    }
    ExclusionRule r = (ExclusionRule) o;
    return jurisdiction.equals(r.jurisdiction)
        && Objects.equals(anchor, r.anchor)
        && daysBefore == r.daysBefore
        && daysAfter == r.daysAfter
        && Objects.equals(effectiveFrom, r.effectiveFrom)
        && Objects.equals(effectiveUntil, r.effectiveUntil)
        && Objects.equals(source, r.source)
        && Objects.equals(note, r.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(jurisdiction, anchor, daysBefore, daysAfter, effectiveFrom, effectiveUntil, source, note);
  }

  /**
   * Outputs the rule, such as {@code CA birthday -30/+60 from 2020-01-01} or
   * {@code NY year-round}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(jurisdiction);
    if (anchor == null) {
      sb.append(" year-round");
    } else {
      sb.append(' ').append(anchor).append(" -").append(daysBefore).append("/+").append(daysAfter);
    }
    if (effectiveFrom != null) {
      sb.append(" from ").append(effectiveFrom);
    }
    if (effectiveUntil != null) {
      sb.append(" until ").append(effectiveUntil);
    }
    return sb.toString();
  }
}
