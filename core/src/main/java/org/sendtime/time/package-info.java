/**
 * Wall-clock primitives: what a local date-time means in a time zone.
 *
 * <p>{@link org.sendtime.time.DstPolicy} says what a fire time that falls in a daylight-saving
 * gap or overlap means. The default, {@link org.sendtime.time.DstPolicy#SHIFT_FORWARD}, follows
 * RFC 5545 §3.3.5 and java.time: a time in a gap moves forward by the length of the gap, a
 * repeated time means its first instance.
 *
 * <pre>
 * CronExpression.parse("30 2 * * *", CronDialect.UNIX)
 *     .atZone(ZoneId.of("America/New_York"), DstPolicy.SKIP)
 *     .next(Instant.parse("2026-03-08T00:00:00Z"));   // 2026-03-09T02:30-04:00[America/New_York]
 * </pre>
 *
 * <p>Every type is immutable and thread-safe; arguments are never null unless a parameter says
 * so.
 */
@NullMarked
package org.sendtime.time;

import org.jspecify.annotations.NullMarked;
