package org.sendtime.benchmarks;

import static org.sendtime.benchmarks.CampaignWorkload.AS_OF;
import static org.sendtime.benchmarks.CampaignWorkload.CONTACTS;
import static org.sendtime.benchmarks.CampaignWorkload.RANGE;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sendtime.campaign.CampaignPlan;
import org.sendtime.campaign.ContactSchedule;
import org.sendtime.campaign.PlannedEmail;
import org.sendtime.policy.Contact;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;

/**
 * A check of {@link CampaignBenchmark}'s ratio that a busy machine disturbs less: the thread CPU
 * time per contact of sendtime and the hand-written baseline, measured in interleaved rounds, as
 * {@link DecisionCpuTimeCheck} does for the policy decisions.
 *
 * <p>A third row measures the floor under any plan built on the send policy: only the {@link
 * SendPolicy#decide} calls that sendtime's plan makes for the contact (one per email that
 * reaches the policy: not suppressed on its due date), with the schedules built beforehand.
 *
 * <p>Each round plans 50,000 consecutive contacts with each in turn (walking through the million
 * contacts, round after round) and counts only the CPU time of the measuring thread; after 20
 * warm-up rounds, the median of 40 rounds is reported, with the ratios, and the bytes sendtime's
 * plan allocates per contact. It complements the JMH run and does not replace it: one JVM, no
 * forks, and results are only summed into a field.
 *
 * <p>Run it from the reactor root, after building the benchmarks jar:
 * <pre>
 * java -Xms4g -Xmx4g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar org.sendtime.benchmarks.CampaignCpuTimeCheck
 * </pre>
 */
public final class CampaignCpuTimeCheck {
  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final int PER_ROUND = 50_000;
  private static final int WARMUP_ROUNDS = 20;
  private static final int ROUNDS = 40;

  /** Every result is summed here, so that no plan can be optimised away. */
  static long sink;

  private CampaignCpuTimeCheck() {}

  /**
   * Runs the check and prints the CPU time per contact of all three.
   *
   * @param args  not used
   */
  public static void main(String[] args) {
    CampaignWorkload w = new CampaignWorkload();
    CampaignPlan plan = CampaignWorkload.plan();
    EpochSecondCampaigns baseline = new EpochSecondCampaigns();
    CampaignBenchmark.Verification v = CampaignBenchmark.verify(w, plan, baseline);
    if (v.mismatches > 0) {
      throw new IllegalStateException(v.toString());
    }
    SendPolicy policy = plan.policy();
    Contact[] contacts = new Contact[CONTACTS];
    int[] firstDecision = new int[CONTACTS + 1];
    List<Schedule> decided = new ArrayList<>();
    for (int i = 0; i < CONTACTS; i++) {
      contacts[i] = w.contacts[i].contact();
      firstDecision[i] = decided.size();
      ContactSchedule s = plan.schedule(w.contacts[i], RANGE, AS_OF);
      for (PlannedEmail e : s.emails()) {
        if (e.decision().isPresent()) {
          decided.add(Schedule.atLocal(e.dueDate().atTime(CampaignWorkload.SEND_TIME)));
        }
      }
    }
    firstDecision[CONTACTS] = decided.size();
    Schedule[] schedules = decided.toArray(new Schedule[0]);
    long[] out = new long[EpochSecondCampaigns.MAX_EMAILS];
    double[] sendtime = new double[ROUNDS];
    double[] decisions = new double[ROUNDS];
    double[] hand = new double[ROUNDS];
    long[] allocated = new long[ROUNDS];
    long thread = Thread.currentThread().getId();
    int next = 0;
    for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
      int from = next;
      next = from + PER_ROUND == CONTACTS ? 0 : from + PER_ROUND;
      long bytes = THREADS.getThreadAllocatedBytes(thread);
      long start = THREADS.getCurrentThreadCpuTime();
      for (int i = from; i < from + PER_ROUND; i++) {
        sink += plan.schedule(w.contacts[i], RANGE, AS_OF).emails().size();
      }
      long middle = THREADS.getCurrentThreadCpuTime();
      long bytesAfter = THREADS.getThreadAllocatedBytes(thread);
      for (int i = from; i < from + PER_ROUND; i++) {
        for (int j = firstDecision[i]; j < firstDecision[i + 1]; j++) {
          sink += policy.decide(contacts[i], schedules[j], AS_OF).isScheduled() ? 1 : 0;
        }
      }
      long decidedAt = THREADS.getCurrentThreadCpuTime();
      for (int i = from; i < from + PER_ROUND; i++) {
        int n = baseline.plan(w.state[i], w.zone[i], w.birthday[i], w.effectiveDate[i], out);
        for (int k = 0; k < n; k++) {
          sink += out[k];
        }
      }
      long end = THREADS.getCurrentThreadCpuTime();
      if (round >= WARMUP_ROUNDS) {
        sendtime[round - WARMUP_ROUNDS] = (double) (middle - start) / PER_ROUND;
        decisions[round - WARMUP_ROUNDS] = (double) (decidedAt - middle) / PER_ROUND;
        hand[round - WARMUP_ROUNDS] = (double) (end - decidedAt) / PER_ROUND;
        allocated[round - WARMUP_ROUNDS] = (bytesAfter - bytes) / PER_ROUND;
      }
    }
    double s = median(sendtime);
    double d = median(decisions);
    double b = median(hand);
    long[] sorted = allocated.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT,
        "CPU ns per contact (median of %d rounds): sendtime %.1f (%,.0f contacts/s), its %.2f decisions alone %.1f,"
            + " baseline %.1f (%,.0f contacts/s); sendtime / baseline %.1f, decisions / baseline %.1f;"
            + " sendtime allocates %d B per contact%n",
        ROUNDS, s, 1e9 / s, (double) schedules.length / CONTACTS, d, b, 1e9 / b, s / b, d / b, sorted[ROUNDS / 2]);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }
}
