package org.sendtime.time;

/**
 * What a scheduled wall-clock time means when a daylight-saving change makes it nonexistent or
 * repeated.
 *
 * <p>A policy speaks of fire times whose hour is <em>fixed</em>: produced by an hour field that
 * does not start with {@code *}, such as {@code 2}, {@code 1-3} or {@code 9,17}. An expression
 * whose hour field starts with {@code *} (such as {@code *} or {@code *}{@code /2}) fires on
 * every wall-clock match under every policy, which through a change means real elapsed
 * intervals: {@code *}{@code /20 * * * *} fires at 01:40 and then at 03:00 on the New York
 * spring-forward day (the wall-clock times 02:00 to 02:40 do not exist, and twenty minutes pass),
 * fires in both passes of the repeated hour on the fall-back day (01:00, 01:20 and 01:40 in
 * daylight time, then again in standard time), and never fires twice at the same instant.
 *
 * <p>Whatever the policy, a fixed-hour fire time that falls in a repeated hour (an overlap)
 * fires once, at its first (earlier-offset) instance: a daily 01:30 fires at 01:30-04:00 on the
 * New York fall-back day, not again at 01:30-05:00.
 *
 * <p>The policies differ for a fixed-hour fire time that falls in a gap:
 * <ul>
 *   <li>{@link #SHIFT_FORWARD} moves it forward by the length of the gap;
 *   <li>{@link #SKIP} drops it;
 *   <li>{@link #AT_TRANSITION} fires it at the instant of the transition.
 * </ul>
 * Whichever the policy, no instant fires twice: when a moved fire time equals another fire time,
 * it fires once.
 */
public enum DstPolicy {

  /**
   * A fixed-hour fire time in a gap fires once, moved forward by the length of the gap, as RFC
   * 5545 §3.3.5 and {@code java.time} resolve a local time in a gap. This is the default.
   *
   * <p>For example, a daily 02:30 fires at 03:30-04:00 on the New York spring-forward day
   * (2026-03-08), and a daily 02:00 fires at 03:00-04:00. If the moved time equals another fire
   * time of the same expression ({@code 0 2,3 * * *} moves 02:00 onto 03:00), it fires once.
   */
  SHIFT_FORWARD,

  /**
   * A fixed-hour fire time in a gap does not fire at all: the next fire time is the next one
   * that exists on the wall clock. This is what Quartz, Spring and cron-utils do.
   *
   * <p>For example, a daily 02:30 does not fire on the New York spring-forward day (2026-03-08);
   * it next fires at 02:30-04:00 on 2026-03-09.
   */
  SKIP,

  /**
   * A fixed-hour fire time in a gap fires at the instant of the transition, as Vixie cron runs
   * the jobs whose time was skipped.
   *
   * <p>For example, a daily 02:30 fires at 03:00-04:00 on the New York spring-forward day
   * (2026-03-08), the first instant after the gap. Several fire times in one gap (such as
   * {@code 0,30 2 * * *}) fire once, together.
   */
  AT_TRANSITION
}
