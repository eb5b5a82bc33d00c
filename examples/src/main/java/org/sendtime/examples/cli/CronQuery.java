package org.sendtime.examples.cli;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sendtime.recurrence.CronDialect;
import org.sendtime.recurrence.CronExpression;
import org.sendtime.recurrence.CronSchedule;
import org.sendtime.recurrence.InvalidRuleException;
import org.sendtime.time.DstPolicy;

/**
 * One question "when does this cron expression fire?", as the command line and JSON lines ask
 * it, answered as ISO-8601 text: offset date-times in a zone, local date-times without one.
 *
 * @param expression  the cron expression, not null
 * @param dialect  the dialect, not null
 * @param zone  the zone whose wall clock the expression reads, null for local fire times
 * @param policy  what a fire time in a daylight-saving gap does, not null
 * @param after  fire times strictly after this: an {@link Instant}, or a {@link LocalDateTime}
 *     in the zone, not null
 * @param limit  the most fire times to give, at least one; null for {@value #DEFAULT_LIMIT}
 * @param names  how messages name the inputs, not null
 */
record CronQuery(
    String expression,
    CronDialect dialect,
    @Nullable ZoneId zone,
    DstPolicy policy,
    Temporal after,
    @Nullable Integer limit,
    OccurrenceQuery.Names names) {

  /** How many fire times are given when no limit is: every cron expression is unbounded. */
  static final int DEFAULT_LIMIT = OccurrenceQuery.DEFAULT_LIMIT;

  /**
   * Reads a dialect name, ignoring case.
   *
   * @param text  the name: unix, quartz or spring
   * @param name  how messages name the input
   * @return the dialect, not null
   * @throws InputException if the name is not a dialect
   */
  static CronDialect dialect(String text, String name) {
    try {
      return CronDialect.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InputException("Invalid value for " + name + ": '" + text
          + "' (expected unix, quartz or spring)");
    }
  }

  /**
   * Reads a daylight-saving policy name, ignoring case and accepting '-' for '_'.
   *
   * @param text  the name: shift-forward, skip or at-transition
   * @param name  how messages name the input
   * @return the policy, not null
   * @throws InputException if the name is not a policy
   */
  static DstPolicy policy(String text, String name) {
    try {
      return DstPolicy.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new InputException("Invalid value for " + name + ": '" + text
          + "' (expected shift-forward, skip or at-transition)");
    }
  }

  /**
   * Computes the fire times. The expression is read and checked at once; the stream is lazy.
   *
   * @return the fire times as ISO-8601 text, in increasing order, not null
   * @throws InvalidRuleException if the expression is invalid
   * @throws InputException if the inputs contradict each other
   */
  Stream<String> occurrences() {
    CronExpression cron = CronExpression.parse(expression, dialect);
    int n = limit == null ? DEFAULT_LIMIT : limit;
    if (zone == null) {
      if (after instanceof Instant) {
        throw new InputException(names.after() + " " + after + " is an instant, but without "
            + names.zone() + " the fire times are local; give a local date-time or a zone");
      }
      return Stream.iterate(cron.nextLocal((LocalDateTime) after), o -> o.isPresent(),
              o -> cron.nextLocal(o.get()))
          .limit(n)
          .map(o -> o.get().toString());
    }
    CronSchedule schedule = cron.atZone(zone, policy);
    Instant from = after instanceof Instant
        ? (Instant) after
        : ((LocalDateTime) after).atZone(zone).toInstant();
    return schedule.occurrencesAfter(from).limit(n).map(z -> z.toOffsetDateTime().toString());
  }
}
