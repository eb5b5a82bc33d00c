/**
 * Country holiday calendars from the jollyday library, plugged into sendtime through its
 * {@link org.sendtime.calendar.HolidayCalendar} interface.
 *
 * <p>Core ships only the US federal calendar and rules to write others; a host that needs many
 * countries can adapt a library that knows them, as {@link
 * org.sendtime.examples.holidays.JollydayHolidayCalendar} does. {@link
 * org.sendtime.examples.holidays.CountryHolidaysExample} runs it:
 *
 * <pre>
 * SendPolicy office = SendPolicy.builder(ZoneId.of("Europe/Berlin"))
 *     .businessHours(WeeklyHours.parse("MON-FRI 09:00-17:00"))
 *     .holidays(new JollydayHolidayCalendar("DE"))
 *     .build();
 * </pre>
 */
@NullMarked
package org.sendtime.examples.holidays;

import org.jspecify.annotations.NullMarked;
