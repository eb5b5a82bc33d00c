/**
 * Send-time optimization: when is a contact most likely to engage?
 *
 * <p>{@link org.sendtime.optimize.SendTimeOptimizer} learns from a contact's
 * {@link org.sendtime.optimize.Engagement}s (opens and clicks). It builds the contact's
 * {@link org.sendtime.optimize.HourOfWeekProfile} in the contact's own zone, weighs recent
 * engagement more than old, shrinks the profile toward a population prior, and recommends a local
 * time of day, a day of week when the data support one, and a confidence. With too few data
 * points it falls back to a configured time. Everything is a pure function of its arguments: the
 * as-of instant is passed in, never read from a clock.
 *
 * <pre>
 * ZoneId chicago = ZoneId.of("America/Chicago");
 * List&lt;Engagement&gt; events = List.of(
 *     Engagement.of(Instant.parse("2026-02-03T01:12:00Z"), Engagement.Kind.OPEN),    // Mon 19:12
 *     Engagement.of(Instant.parse("2026-02-04T01:40:00Z"), Engagement.Kind.OPEN),    // Tue 19:40
 *     Engagement.of(Instant.parse("2026-02-05T01:05:00Z"), Engagement.Kind.CLICK),   // Wed 19:05
 *     Engagement.of(Instant.parse("2026-02-10T01:30:00Z"), Engagement.Kind.OPEN),    // Mon 19:30
 *     Engagement.of(Instant.parse("2026-02-12T01:55:00Z"), Engagement.Kind.OPEN));   // Wed 19:55
 * Instant asOf = Instant.parse("2026-02-15T00:00:00Z");
 * SendTimeRecommendation r = SendTimeOptimizer.ofDefaults().recommend(events, chicago, asOf);
 * r.time();           // 19:00
 * r.dayOfWeek();      // Optional.empty: 5 data points are too few for a day
 * r.confidence();     // about 0.53
 * r.nextAfter(asOf, chicago);   // 2026-02-14T19:00-06:00[America/Chicago]
 * </pre>
 *
 * <p>Every type is immutable and thread-safe; arguments are never null unless a parameter says
 * so.
 */
@NullMarked
package org.sendtime.optimize;

import org.jspecify.annotations.NullMarked;
