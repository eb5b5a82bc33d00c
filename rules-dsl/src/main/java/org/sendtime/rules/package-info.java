/**
 * Policies as rule authors write them: YAML documents and a fluent Java DSL that build the same
 * core objects, print in either form, and report every mistake with its file, line, column and
 * key path.
 *
 * <p>A policy file, format version 1, names its zone and the rules it keeps:
 * <pre>
 * version: 1
 * extends: us-business-days          # a built-in pack, or a file next to this one
 * name: renewals
 * zone: America/Chicago
 * quiet_hours: "21:00-08:00"
 * blackouts:
 *   - name: Year-end freeze
 *     yearly: {first: "12-24", last: "01-02"}
 * schedule:
 *   cron: {expression: "0 9 * * MON-FRI", zone: America/Chicago}
 * </pre>
 *
 * <p>{@link org.sendtime.rules.PolicyLoader} reads it; a mistake is reported with where it is
 * and what was expected, every mistake of the file at once:
 * <pre>
 * try {
 *   Policy policy = PolicyLoader.standard().load(Path.of("renewals.yaml"));
 *   SendPolicy rules = policy.sendPolicy();
 * } catch (PolicyException e) {
 *   e.problems().forEach(System.err::println);
 *   // renewals.yaml:5:1: error: quiethours: unknown key 'quiethours'; did you mean 'quiet_hours'?
 * }
 * </pre>
 *
 * <p>{@link org.sendtime.rules.PolicyLoader#check(java.nio.file.Path)} returns the same
 * problems as a {@link org.sendtime.rules.PolicyReport} instead of throwing, and
 * {@link org.sendtime.rules.PolicySchema#jsonSchema()} gives the JSON Schema that lets an
 * editor complete and check policy files.
 *
 * <p>The same policy in Java starts from {@link org.sendtime.rules.Policy#named(String)}, with
 * the factories of {@link org.sendtime.rules.PolicyDsl} imported statically:
 * <pre>
 * Policy policy = Policy.named("renewals")
 *     .zone("America/Chicago")
 *     .quietHours("21:00", "08:00")
 *     .blackout(yearly("Year-end freeze", "12-24", "01-02"))
 *     .schedule(cron("0 9 * * MON-FRI", CronDialect.UNIX, "America/Chicago"))
 *     .build();
 * </pre>
 * {@link org.sendtime.rules.Policy#toYaml()} prints any policy as canonical YAML and
 * {@link org.sendtime.rules.Policy#toJava()} as this Java; both read back to an equal policy.
 */
@NullMarked
package org.sendtime.rules;

import org.jspecify.annotations.NullMarked;
