/**
 * Recurrence: when is the next occurrence of a rule, in a given time zone?
 *
 * <p>{@link org.sendtime.recurrence.RecurrenceRule} is an RFC 5545 {@code RRULE} (with RFC
 * 7529's {@code RSCALE=GREGORIAN} and {@code SKIP}); {@link org.sendtime.recurrence.RecurrenceSet}
 * anchors rules on a start and adds {@code RDATE} and {@code EXDATE}. Sets answer
 * {@code next(after)} by seeking, not by walking from their start, and follow RFC 5545 §3.3.5 at
 * daylight-saving changes: a time in a gap moves forward by the gap's length, a repeated time
 * means its first instance.
 *
 * <pre>
 * RecurrenceSet set = RecurrenceSet.parse(
 *     "DTSTART;TZID=America/New_York:20260130T090000\n"
 *         + "RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1");
 * set.next(Instant.parse("2026-03-01T00:00:00Z"));   // 2026-03-31T09:00-04:00[America/New_York]
 * set.describe();   // "every month on the last weekday at 09:00, from 2026-01-30T09:00 in America/New_York"
 * </pre>
 *
 * <p>{@link org.sendtime.recurrence.CronExpression} reads cron expressions of the Unix (Vixie),
 * Quartz and Spring dialects; {@link org.sendtime.recurrence.CronSchedule} reads one in a zone,
 * with a {@link org.sendtime.time.DstPolicy} for fire times in daylight-saving gaps.
 *
 * <pre>
 * CronExpression.parse("0 9 * * 1-5", CronDialect.UNIX)
 *     .atZone(ZoneId.of("America/New_York"))
 *     .next(Instant.parse("2026-03-06T15:00:00Z"));   // 2026-03-09T09:00-04:00[America/New_York]
 * </pre>
 *
 * <p>Every type is immutable and thread-safe; arguments are never null unless a parameter says
 * so.
 */
@NullMarked
package org.sendtime.recurrence;

import org.jspecify.annotations.NullMarked;
