/**
 * Exclusion windows: periods in which the law of a contact's jurisdiction forbids marketing to
 * that contact, anchored on a date of the contact (a birthday, a policy's effective date) or
 * year-round.
 *
 * <p>An {@link org.sendtime.window.ExclusionRule} is one dated rule of a jurisdiction: "in
 * California, from 30 days before to 60 days after the birthday, since 2020". An {@link
 * org.sendtime.window.ExclusionWindows} table holds the rules of many jurisdictions and answers,
 * for a contact's dates and a day, which {@link org.sendtime.window.ExclusionWindow} blocks that
 * day, if any. Windows are counted from each year's anniversary (February 29 as a {@link
 * org.sendtime.recurrence.LeapDayPolicy} says; from the first day of the month for a {@link
 * org.sendtime.window.WindowAnchor#monthStartOf month-start} anchor), start a number of
 * <em>pre-window</em> days before the legal window, include both their ends, and may cross a year
 * end. A day is judged by the rules in force on that day. {@link
 * org.sendtime.window.JurisdictionHours} holds quiet hours by jurisdiction.
 *
 * <pre>
 * ExclusionWindows table = ExclusionWindows.of(List.of(
 *     ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, 30, 60),
 *     ExclusionRule.anchored("NV", WindowAnchor.monthStartOf("birthday"), 0, 60),
 *     ExclusionRule.anchored("MO", WindowAnchor.EFFECTIVE_DATE, 30, 33),
 *     ExclusionRule.yearRound("NY")));
 * Map&lt;String, LocalDate&gt; dates = Map.of("birthday", LocalDate.of(1955, 12, 1));
 * table.blocking("CA", dates, LocalDate.of(2024, 9, 2), 60, LeapDayPolicy.FEB_28);
 * // CA birthday window 2024-09-02..2025-01-30 (legal 2024-11-01..2025-01-30, anchor 2024-12-01)
 * table.blocking("CA", dates, LocalDate.of(2025, 1, 31), 60, LeapDayPolicy.FEB_28);   // empty
 * </pre>
 *
 * <p>Every type is immutable and thread-safe; arguments are never null unless a parameter says
 * so. Nothing here reads the clock, the default time zone or the default locale.
 */
@NullMarked
package org.sendtime.window;

import org.jspecify.annotations.NullMarked;
