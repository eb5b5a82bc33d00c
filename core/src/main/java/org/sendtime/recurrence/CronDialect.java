package org.sendtime.recurrence;

/**
 * A dialect of cron expressions, each read exactly as its reference implementation reads it.
 *
 * <p>The dialects differ in their fields, their day-of-week numbers, their special characters
 * and the way day-of-month and day-of-week combine:
 * <table>
 *   <caption>Cron dialects</caption>
 *   <tr><th>dialect</th><th>fields</th><th>day-of-week</th><th>day-of-month and day-of-week</th></tr>
 *   <tr><td>{@link #UNIX}</td><td>minute hour day-of-month month day-of-week</td>
 *       <td>0-7, 0 and 7 are Sunday</td><td>either matches, when both are restricted</td></tr>
 *   <tr><td>{@link #QUARTZ}</td><td>second minute hour day-of-month month day-of-week [year]</td>
 *       <td>1-7, 1 is Sunday</td><td>exactly one of them is {@code ?}</td></tr>
 *   <tr><td>{@link #SPRING}</td><td>second minute hour day-of-month month day-of-week</td>
 *       <td>0-7, 0 and 7 are Sunday</td><td>both must match</td></tr>
 * </table>
 *
 * <p>In every dialect, month names ({@code JAN}-{@code DEC}) and day names
 * ({@code SUN}-{@code SAT}) are three letters and case-insensitive, a list is separated by
 * commas, a range is {@code a-b} and a step is {@code /n}.
 */
public enum CronDialect {

  /**
   * Vixie cron, the cron of most Unix systems: five fields, minute, hour, day-of-month, month
   * and day-of-week; fire times are on whole minutes.
   *
   * <p>A field is a list of {@code *}, numbers, names and ranges, each optionally followed by a
   * step ({@code *}{@code /15}, {@code 1-30/7}); a step needs {@code *} or a range before it.
   * Day-of-week 0 and 7 are both Sunday. A range must not be reversed. The macros
   * {@code @yearly}, {@code @annually}, {@code @monthly}, {@code @weekly}, {@code @daily},
   * {@code @midnight} and {@code @hourly} stand for their five fields; {@code @reboot} is not a
   * schedule and is rejected.
   *
   * <p>When both day-of-month and day-of-week are restricted, a day matches if <em>either</em>
   * matches: {@code 0 0 1 * MON} fires on the first of each month and on every Monday. As in
   * Vixie cron, a field that begins with {@code *} counts as unrestricted even with a step, so
   * {@code 0 0 *}{@code /2 * MON} fires on Mondays with an odd day of the month.
   */
  UNIX,

  /**
   * Quartz Scheduler's {@code CronExpression}: six or seven fields, second, minute, hour,
   * day-of-month, month, day-of-week and an optional year from 1970 to 2099.
   *
   * <p>Exactly one of day-of-month and day-of-week must be {@code ?}, and the other one alone
   * chooses the days. Day-of-week runs from 1 (Sunday) to 7 (Saturday). Beyond lists, ranges and
   * steps ({@code 0/15}, {@code 3/20}, {@code /5}, {@code MON-FRI/2}), day-of-month takes
   * {@code L} (the last day), {@code L-n} (n days before it), {@code nW} (the weekday nearest day
   * n, never leaving the month), {@code LW} (the last weekday) and {@code L-nW}; day-of-week
   * takes {@code L} (Saturday), {@code dL} (the last day d of the month) and {@code d#n} (the
   * n-th day d of the month, n from 1 to 5). As in Quartz, a reversed range wraps around
   * ({@code 22-2} in hours is 22, 23, 0, 1 and 2; {@code FRI-MON} is Friday to Monday), a step
   * must be smaller than the number of values of its field, {@code L} and {@code L-n} may be
   * listed with other days, and the other special forms stand alone in their field.
   */
  QUARTZ,

  /**
   * Spring Framework's {@code CronExpression}: six fields, second, minute, hour, day-of-month,
   * month and day-of-week.
   *
   * <p>Day-of-week runs from 0 to 7, where 0 and 7 are Sunday and a range that starts at Sunday
   * ({@code SUN-WED}, {@code 7-3}) starts at 0; {@code *} in day-of-week is 1-7, so
   * {@code *}{@code /2} is Monday, Wednesday, Friday and Sunday. {@code ?} means {@code *} in
   * day-of-month and day-of-week. Day-of-month takes {@code L}, {@code L-n}, {@code nW} and
   * {@code LW}; day-of-week takes {@code dL} and {@code d#n} (n from 1 to 5); all of them may be
   * listed with other values. A day must match both day-of-month and day-of-week:
   * {@code 0 0 0 13 * FRI} fires on Friday the 13th. The macros of {@link #UNIX} are accepted,
   * except {@code @reboot}.
   */
  SPRING
}
