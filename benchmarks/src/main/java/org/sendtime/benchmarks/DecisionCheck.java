package org.sendtime.benchmarks;

import java.util.Map;
import java.util.TreeMap;
import org.sendtime.policy.Decision;
import org.sendtime.policy.SendPolicy;
import org.sendtime.policy.TraceStep;

/**
 * The verification of {@link DecisionBenchmark}, run on its own: for each policy, decides for
 * every contact of the workload with sendtime and both hand-written loops, prints the outcomes
 * and any disagreement with examples, and exits with status 1 if there was one.
 *
 * <p>It also explains sendtime's decisions for the first 100,000 contacts and counts the rules
 * that moved or suppressed them, which says how much work a decision does.
 *
 * <p>Run it from the reactor root, after building the benchmarks jar:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.sendtime.benchmarks.DecisionCheck
 * </pre>
 */
public final class DecisionCheck {
  private static final int EXPLAINED = 100_000;

  private DecisionCheck() {}

  /**
   * Runs the check.
   *
   * @param args  not used
   */
  public static void main(String[] args) {
    boolean agree = true;
    for (DecisionWorkload.Policy p : DecisionWorkload.Policy.values()) {
      DecisionWorkload w = new DecisionWorkload(p);
      SendPolicy policy = w.sendPolicy();
      DecisionBenchmark.Verification v =
          DecisionBenchmark.verify(w, policy, new JavaTimeDecisions(), new EpochSecondDecisions());
      System.out.println(v);
      agree &= v.mismatches == 0;

      Map<String, Integer> byRule = new TreeMap<>();
      int steps = 0;
      for (int i = 0; i < EXPLAINED; i++) {
        Decision d = policy.explain(w.contacts[i], w.schedules[i], DecisionWorkload.LAUNCH);
        for (TraceStep s : d.trace()) {
          byRule.merge(s.rule(), 1, Integer::sum);
          steps++;
        }
      }
      System.out.printf("  explained %,d decisions: %,d steps (%.2f per decision), by rule %s%n",
          EXPLAINED, steps, (double) steps / EXPLAINED, byRule);
    }
    if (!agree) {
      System.exit(1);
    }
  }
}
