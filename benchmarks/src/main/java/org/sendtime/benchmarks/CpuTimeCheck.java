package org.sendtime.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A check of {@link ScheduleBenchmark}'s ratios that a busy machine disturbs less: the thread
 * CPU time per call of the calls that decide its targets, with the libraries of each case
 * measured in interleaved rounds.
 *
 * <p>JMH measures elapsed time, one benchmark after another; on a shared machine whose load
 * changes from minute to minute, two benchmarks of one case can run under different loads, and
 * their ratio moves with it. Here each case's calls take turns, a short round each, many times
 * over, and each round counts only the CPU time of the measuring thread; the median round of
 * each call is reported. The calls are those of the benchmark methods, on the same precomputed
 * inputs, after the same setup (which also checks every library's answers). This complements
 * the JMH run and does not replace it: it has no forks and no dead-code guard beyond storing
 * every result in a field.
 *
 * <p>Run it from the reactor root, after building the benchmarks jar:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.sendtime.benchmarks.CpuTimeCheck
 * </pre>
 */
public final class CpuTimeCheck {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final long ROUND_NANOS = 100_000_000L;
  private static final int WARMUP_ROUNDS = 20;
  private static final int ROUNDS = 30;

  /** Every result is stored here, so that no call can be optimised away. */
  static Object sink;

  private CpuTimeCheck() {}

  /** A named call. */
  private static final class Call {
    final String name;
    final Supplier<Object> body;
    final long[] nanosPerCall = new long[ROUNDS];

    Call(String name, Supplier<Object> body) {
      this.name = name;
      this.body = body;
    }
  }

  /**
   * Runs the check and prints one table per case.
   *
   * @param args  not used
   * @throws Exception if a setup fails
   */
  public static void main(String[] args) throws Exception {
    ScheduleBenchmark.Weekdays weekdays = new ScheduleBenchmark.Weekdays();
    weekdays.setUp();
    ScheduleBenchmark.LastWeekday lastWeekday = new ScheduleBenchmark.LastWeekday();
    lastWeekday.setUp();
    ScheduleBenchmark.Quarters quarters = new ScheduleBenchmark.Quarters();
    quarters.setUp();
    ScheduleBenchmark.LeapDay leapDay = new ScheduleBenchmark.LeapDay();
    leapDay.setUp();
    ScheduleBenchmark.Since1990 since1990 = new ScheduleBenchmark.Since1990();
    since1990.setUp();

    run("weekdays", List.of(
        new Call("sendtime", weekdays::sendtime),
        new Call("sendtime next", weekdays::sendtimeNext),
        new Call("sendtime RecurrenceSet", weekdays::sendtimeRecurrenceSet),
        new Call("lib-recur", weekdays::libRecur),
        new Call("Spring", weekdays::spring),
        new Call("hand loop", weekdays::handLoop)));
    run("lastWeekday", List.of(
        new Call("sendtime", lastWeekday::sendtime),
        new Call("sendtime next", lastWeekday::sendtimeNext),
        new Call("sendtime RecurrenceSet", lastWeekday::sendtimeRecurrenceSet),
        new Call("lib-recur", lastWeekday::libRecur),
        new Call("Spring", lastWeekday::spring),
        new Call("hand loop", lastWeekday::handLoop)));
    run("quarters", List.of(
        new Call("sendtime", quarters::sendtime),
        new Call("sendtime next", quarters::sendtimeNext),
        new Call("sendtime RecurrenceSet", quarters::sendtimeRecurrenceSet),
        new Call("lib-recur", quarters::libRecur),
        new Call("ical4j", quarters::ical4j),
        new Call("hand loop", quarters::handLoop)));
    run("leapDay", List.of(
        new Call("sendtime", leapDay::anniversary),
        new Call("sendtime RecurrenceSet", leapDay::sendtimeRecurrenceSet),
        new Call("lib-recur", () -> leapDay.libRecur()),
        new Call("ical4j", leapDay::ical4j)));
    run("since1990", List.of(
        new Call("sendtime", since1990::sendtimeRecurrenceSet),
        new Call("sendtime CronSchedule", since1990::sendtimeCron),
        new Call("Quartz", since1990::quartz),
        new Call("Spring", since1990::spring),
        new Call("lib-recur", () -> since1990.libRecur())));
  }

  private static void run(String name, List<Call> calls) {
    for (int round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
      for (Call call : calls) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wallEnd = System.nanoTime() + ROUND_NANOS;
        long n = 0;
        do {
          sink = call.body.get();
          n++;
        } while (System.nanoTime() < wallEnd);
        long used = THREADS.getCurrentThreadCpuTime() - cpu;
        if (round >= 0) {
          call.nanosPerCall[round] = used / n;
        }
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("## " + name + " (median of " + ROUNDS + " interleaved rounds, thread CPU ns per call)");
    for (Call call : calls) {
      long[] sorted = call.nanosPerCall.clone();
      Arrays.sort(sorted);
      lines.add(String.format(Locale.ROOT, "%-24s %,12d  (quartiles %,d - %,d)", call.name,
          sorted[ROUNDS / 2], sorted[ROUNDS / 4], sorted[3 * ROUNDS / 4]));
    }
    lines.forEach(System.out::println);
  }
}
