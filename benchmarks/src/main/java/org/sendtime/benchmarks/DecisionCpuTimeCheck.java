package org.sendtime.benchmarks;

import static org.sendtime.benchmarks.DecisionWorkload.CONTACTS;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sendtime.policy.SendPolicy;

/**
 * A check of {@link DecisionBenchmark}'s ratios that a busy machine disturbs less: the thread
 * CPU time per decision of sendtime and the two hand-written loops, measured in interleaved
 * rounds, as {@link CpuTimeCheck} does for the schedules.
 *
 * <p>Each round decides for 200,000 consecutive contacts with each implementation in turn
 * (walking through the million contacts, round after round) and counts only the CPU time of the
 * measuring thread; after 20 warm-up rounds, the median of 40 rounds is reported, with the
 * ratios. It complements the JMH run and does not replace it: one JVM, no forks, and results
 * are only summed into a field.
 *
 * <p>Run it from the reactor root, after building the benchmarks jar:
 * <pre>
 * java -Xms4g -Xmx4g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar org.sendtime.benchmarks.DecisionCpuTimeCheck
 * </pre>
 */
public final class DecisionCpuTimeCheck {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int PER_ROUND = 200_000;
  private static final int WARMUP_ROUNDS = 20;
  private static final int ROUNDS = 40;

  /** Every result is summed here, so that no decision can be optimised away. */
  static long sink;

  private DecisionCpuTimeCheck() {}

  /** One implementation, deciding for a range of contacts. */
  private interface Decider {
    long decide(int from, int to);
  }

  /**
   * Runs the check and prints one table per policy.
   *
   * @param args  the policies to check, {@code FULL} and {@code SIMPLE} if none
   */
  public static void main(String[] args) {
    List<String> policies = args.length == 0 ? List.of("FULL", "SIMPLE") : Arrays.asList(args);
    for (String name : policies) {
      DecisionWorkload w = new DecisionWorkload(DecisionWorkload.Policy.valueOf(name));
      boolean full = w.policy == DecisionWorkload.Policy.FULL;
      SendPolicy policy = w.sendPolicy();
      JavaTimeDecisions javaTime = new JavaTimeDecisions();
      EpochSecondDecisions epochSeconds = new EpochSecondDecisions();
      DecisionBenchmark.Verification v = DecisionBenchmark.verify(w, policy, javaTime, epochSeconds);
      if (v.mismatches > 0) {
        throw new IllegalStateException(v.toString());
      }
      Instant launch = DecisionWorkload.LAUNCH;
      Decider sendtime = (from, to) -> {
        long s = 0;
        for (int i = from; i < to; i++) {
          s += policy.decide(w.contacts[i], w.schedules[i], launch).isScheduled() ? 1 : 0;
        }
        return s;
      };
      Decider javaTimeLoop = (from, to) -> {
        long s = 0;
        for (int i = from; i < to; i++) {
          s += full ? javaTime.decideFull(w.zones[i], w.wanted[i]) : javaTime.decideSimple(w.zones[i], w.wanted[i]);
        }
        return s;
      };
      Decider epochSecondLoop = (from, to) -> {
        long s = 0;
        for (int i = from; i < to; i++) {
          s += full
              ? epochSeconds.decideFull(w.zoneIndex[i], w.wantedLocal[i])
              : epochSeconds.decideSimple(w.zoneIndex[i], w.wantedLocal[i]);
        }
        return s;
      };
      Decider[] deciders = {sendtime, javaTimeLoop, epochSecondLoop};
      double[][] nanos = new double[deciders.length][ROUNDS];
      int next = 0;
      for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
        int from = next;
        next = from + PER_ROUND == CONTACTS ? 0 : from + PER_ROUND;
        for (int k = 0; k < deciders.length; k++) {
          long start = THREADS.getCurrentThreadCpuTime();
          sink += deciders[k].decide(from, from + PER_ROUND);
          long cpu = THREADS.getCurrentThreadCpuTime() - start;
          if (round >= WARMUP_ROUNDS) {
            nanos[k][round - WARMUP_ROUNDS] = (double) cpu / PER_ROUND;
          }
        }
      }
      double s = median(nanos[0]);
      double j = median(nanos[1]);
      double e = median(nanos[2]);
      System.out.printf(Locale.ROOT,
          "%s: CPU ns per decision (median of %d rounds): sendtime %.1f, java.time loop %.1f, epoch-second loop %.1f;"
              + " java.time / sendtime %.2f, sendtime / epoch-second %.2f%n",
          name, ROUNDS, s, j, e, j / s, s / e);
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }
}
