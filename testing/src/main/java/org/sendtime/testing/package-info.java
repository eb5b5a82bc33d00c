/**
 * jqwik arbitraries for property-testing code that schedules in time: zones with odd rules,
 * instants at daylight-saving transitions, leap days, month ends, RFC 5545 recurrence rules and
 * sets, cron expressions of the Unix, Quartz and Spring dialects with their schedules, and send
 * policies with the contacts and schedules they decide for.
 *
 * <p>{@link org.sendtime.testing.SendtimeArbitraries} holds the arbitraries of dates, zones and
 * recurrences; {@link org.sendtime.testing.PolicyArbitraries} those of send policies and what they
 * judge: quiet and business hours, weekends, holiday calendars, blackouts, whole policies,
 * contacts, audiences, instants and schedules. A property that a rule never fires twice at the
 * same instant, even across a change of clocks, reads:
 * <pre>
 * class MyRuleProperties {
 *   {@literal @}Property(tries = 1000)
 *   void neverTwiceAtOneInstant({@literal @}ForAll("edges") ZonedDateTime edge) {
 *     RecurrenceSet daily = RecurrenceSet.of(
 *         RecurrenceRule.parse("FREQ=HOURLY;COUNT=48"), edge.minusHours(24));
 *     List&lt;Instant&gt; instants =
 *         daily.occurrences().map(ZonedDateTime::toInstant).collect(Collectors.toList());
 *     assertThat(instants).doesNotHaveDuplicates().isSorted();
 *   }
 *
 *   {@literal @}Provide
 *   Arbitrary&lt;ZonedDateTime&gt; edges() {
 *     return SendtimeArbitraries.dstEdgeInstants();
 *   }
 * }
 * </pre>
 *
 * <p>Arguments are never null. The arbitraries depend only on jqwik's random source, never on the
 * JVM's default time zone or locale, so a failing run is reproduced from the seed jqwik reports.
 */
@NullMarked
package org.sendtime.testing;

import org.jspecify.annotations.NullMarked;
