/**
 * Send policies: the rules that decide when a message may go out, and the decisions they make.
 *
 * <p>A {@link org.sendtime.policy.SendPolicy} composes a zone strategy, quiet hours, business
 * hours, a weekend, holidays, blackouts, deadlines and a host's own {@link
 * org.sendtime.policy.Constraint}s. Given a {@link org.sendtime.policy.Contact}, a {@link
 * org.sendtime.policy.Schedule} and the launch instant, it returns a {@link
 * org.sendtime.policy.Decision}: scheduled at the earliest instant at or after the candidate that
 * every rule allows, or suppressed with a reason. {@link
 * org.sendtime.policy.SendPolicy#explain} also records each step.
 *
 * <pre>
 * SendPolicy policy = SendPolicy.builder(ZoneId.of("America/New_York"))
 *     .zoneStrategy(ZoneStrategy.RECIPIENT_LOCAL)
 *     .fallbackZone(ZoneId.of("America/New_York"))
 *     .quietHours(LocalWindow.parse("21:00-08:00"))
 *     .weekend(Weekend.SATURDAY_SUNDAY)
 *     .blackout(Blackout.of("year-end", BlackoutDates.yearly(MonthDay.of(12, 24), MonthDay.of(1, 2)))
 *         .withAction(BlackoutAction.SKIP))
 *     .build();
 * Decision d = policy.explain(Contact.of("c1", ZoneId.of("Australia/Sydney")),
 *     Schedule.atLocal(LocalDateTime.parse("2026-12-18T09:00")), Instant.parse("2026-12-17T00:00:00Z"));
 * System.out.println(d);
 * </pre>
 *
 * <p>Every type is immutable and thread-safe; arguments are never null unless a parameter says
 * so. A send that cannot go out is a result, {@link org.sendtime.policy.Decision.Suppressed},
 * never an exception; exceptions mean a caller's mistake.
 */
@NullMarked
package org.sendtime.policy;

import org.jspecify.annotations.NullMarked;
