package org.sendtime.window;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sendtime.recurrence.LeapDayPolicy;

/**
 * The exclusion windows of one contact, resolved once for a span of dates so that judging a
 * date of the span takes a few comparisons: the windows are kept as epoch-day intervals, and an
 * {@link ExclusionWindow} is made only for a window that blocks a date.
 *
 * <p>Obtained from {@link ExclusionWindows#forContact}. A date outside the span is judged too,
 * by {@link ExclusionWindows#blocking}; {@link #blockingOrNull(LocalDate)} answers as that
 * method does for every date.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContactWindows {

  private final ExclusionWindows table;
  private final String jurisdiction;
  private final Map<String, LocalDate> contactDates;
  private final int preWindowDays;
  private final LeapDayPolicy leap;
  /** The first and last epoch days whose windows the intervals hold. */
  private final long first;
  private final long last;
  /** Per interval, in rule order then by anchor: its rule, blocked days and rule's effective days. */
  private final ExclusionRule[] rules;
  private final long[] starts;
  private final long[] ends;
  private final long[] inForceFrom;
  private final long[] inForceUntil;
  /** The anchor's epoch day, for an anchored rule's interval. */
  private final long[] anchors;
  /**
   * The window of each interval: a year-round rule's from the start, an anchored rule's made
   * when it first blocks a date. Racy but benign: every thread makes an equal immutable window.
   */
  private final @Nullable ExclusionWindow[] windows;

  ContactWindows(ExclusionWindows table, String jurisdiction, Map<String, LocalDate> contactDates, int preWindowDays,
      LeapDayPolicy leap, long first, long last, ExclusionRule[] rules, long[] starts, long[] ends, long[] anchors,
      long[] inForceFrom, long[] inForceUntil, @Nullable ExclusionWindow[] yearRound) {
    this.table = table;
    this.jurisdiction = jurisdiction;
    this.contactDates = contactDates;
    this.preWindowDays = preWindowDays;
    this.leap = leap;
    this.first = first;
    this.last = last;
    this.rules = rules;
    this.starts = starts;
    this.ends = ends;
    this.anchors = anchors;
    this.inForceFrom = inForceFrom;
    this.inForceUntil = inForceUntil;
    this.windows = yearRound;
  }

  /**
   * Finds the window that blocks a date for the contact, as {@link ExclusionWindows#blocking}
   * does: of the windows of rules in force on that date whose blocked range contains it, the
   * one ending last, then the one whose rule comes first.
   *
   * @param date  the date to judge, not null
   * @return the blocking window, or null if the date is free
   */
  public @Nullable ExclusionWindow blockingOrNull(LocalDate date) {
    long day = date.toEpochDay();
    if (day < first || day > last) {
      return table.blocking(jurisdiction, contactDates, date, preWindowDays, leap).orElse(null);
    }
    int best = -1;
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] <= day && day <= ends[i] && inForceFrom[i] <= day && day <= inForceUntil[i]
          && (best < 0 || ends[i] > ends[best])) {
        best = i;
      }
    }
    if (best < 0) {
      return null;
    }
    ExclusionWindow w = windows[best];
    if (w == null) {
      w = ExclusionWindow.of(rules[best], LocalDate.ofEpochDay(anchors[best]), preWindowDays);
      windows[best] = w;
    }
    return w;
  }

  /**
   * Outputs the jurisdiction, the span and the number of intervals, such as {@code
   * ContactWindows[CA, 2026-01-01..2026-12-31, 3 intervals]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "ContactWindows[" + jurisdiction + ", " + LocalDate.ofEpochDay(first) + ".." + LocalDate.ofEpochDay(last)
        + ", " + starts.length + " intervals]";
  }
}
