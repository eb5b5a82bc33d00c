/**
 * Runnable examples of sendtime, and the example policies that the {@code sendtime} command
 * line knows by name.
 *
 * <p>{@link org.sendtime.examples.ExamplePolicies} reads the YAML policies of
 * {@code examples/policies/}; {@code sendtime explain --list-policies} lists them. For example:
 *
 * <pre>
 * SendPolicy retail = ExamplePolicies.get("retail-us").sendPolicy();
 * Decision d = retail.explain(Contact.of("c1", ZoneId.of("America/Chicago")),
 *     Schedule.at(Instant.parse("2026-12-24T15:00:00Z")), Instant.parse("2026-12-24T15:00:00Z"));
 * // scheduled 2027-01-04T09:00-06:00[America/Chicago]: the year-end freeze, then a Sunday
 * </pre>
 */
@NullMarked
package org.sendtime.examples;

import org.jspecify.annotations.NullMarked;
