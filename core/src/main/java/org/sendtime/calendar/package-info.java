/**
 * Calendars of days: which dates a send may use and which it must avoid.
 *
 * <p><b>Weekends.</b> {@link org.sendtime.calendar.Weekend} says which days of the week are the
 * weekend ({@code SATURDAY,SUNDAY}, {@code FRIDAY,SATURDAY}, or none) and finds the next workday.
 *
 * <p><b>Holidays.</b> {@link HolidayCalendar} is the service-provider interface of a set of
 * holidays, so that a host can plug in the calendar of its country or its company.
 * {@link HolidayRule} describes one holiday: a fixed date, the nth or last weekday of a month or a
 * day relative to Easter, with the day it is observed on when it falls on a weekend and the years
 * it is valid for. {@link HolidayCalendar#usFederal()} gives the federal holidays of the United
 * States.
 *
 * <p><b>Blackouts.</b> A {@link org.sendtime.calendar.Blackout} is a named period in which an
 * organisation sends nothing. Its {@link org.sendtime.calendar.BlackoutDates} are one date, a
 * range, or a range that comes back every year (which may cross the year end), every quarter or
 * every month, optionally bounded to the dates it is valid for; every range includes both its
 * ends. Its {@link org.sendtime.calendar.BlackoutScope} says which sends it applies to (all, those
 * of listed campaigns, or those to contacts in listed locations), and its
 * {@link org.sendtime.calendar.BlackoutAction} what happens to them: delayed to the next allowed
 * date, or skipped with the blackout's name as the reason. The dates answer their questions
 * (covered? the run of covered dates around a date? the next date not covered?) by arithmetic,
 * not by walking day by day.
 *
 * <p>{@link org.sendtime.calendar.Blackouts} works over several blackouts: the blackouts that
 * apply to a send, the next date none of them covers, and a deadline extended by the blackout
 * days inside its span.
 *
 * <pre>
 * List&lt;Blackout&gt; blackouts = List.of(
 *     Blackout.of("year-end freeze", BlackoutDates.yearly(MonthDay.of(12, 24), MonthDay.of(1, 2))),
 *     Blackout.of("quarter close", BlackoutDates.lastDaysOfQuarter(5))
 *         .withScope(BlackoutScope.locations(List.of("US-NY"))));
 * List&lt;Blackout&gt; forSend = Blackouts.applicable(blackouts, "spring-sale", "US-NY");  // both
 * Blackouts.nextAvailableDate(LocalDate.of(2026, 3, 27), forSend).orElseThrow();   // 2026-04-01
 * Blackouts.extendDeadline(LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 31), forSend)
 *     .orElseThrow();                                                // 2027-01-10
 * Weekend.SATURDAY_SUNDAY.nextWorkday(LocalDate.of(2027, 1, 9));    // 2027-01-11
 * </pre>
 *
 * <p>Every type is immutable and thread-safe; arguments are never null unless a parameter says
 * so. Nothing here reads the clock, the default time zone or the default locale.
 */
@NullMarked
package org.sendtime.calendar;

import org.jspecify.annotations.NullMarked;
