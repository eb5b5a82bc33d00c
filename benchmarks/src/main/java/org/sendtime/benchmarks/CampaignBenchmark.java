package org.sendtime.benchmarks;

import static org.sendtime.benchmarks.CampaignWorkload.AS_OF;
import static org.sendtime.benchmarks.CampaignWorkload.CONTACTS;
import static org.sendtime.benchmarks.CampaignWorkload.RANGE;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sendtime.campaign.CampaignContact;
import org.sendtime.campaign.CampaignPlan;
import org.sendtime.campaign.ContactSchedule;
import org.sendtime.campaign.EmailKind;
import org.sendtime.campaign.PlannedEmail;

/**
 * Measures campaign planning: {@link CampaignPlan#schedule} of one year (2026) for a million
 * contacts in the fifty US states and DC, against a hand-written allocation-free loop that plans
 * the same emails for the same contacts ({@link EpochSecondCampaigns}).
 *
 * <p>The workload and the plan are described in {@link CampaignWorkload}: seed 004's windows,
 * its birthday, effective-date and annual-enrolment emails, two windows-respecting campaigns to
 * every contact, post-window emails, no follow-ups, and a recipient-local send policy with quiet
 * hours, weekends and US federal holidays. Schedules are not explained.
 *
 * <p>Each benchmark call plans {@value #BATCH} consecutive contacts and counts as that many
 * operations, so the scores are per contact; successive calls walk through all the contacts,
 * round and round. sendtime's {@link ContactSchedule}s go to a {@link Blackhole}; the baseline
 * writes each contact's emails as {@code long}s into one reused array, and the call returns a
 * checksum of them.
 *
 * <p>Each fork runs with a fixed, pre-touched heap ({@code -Xms4g -Xmx4g -XX:+AlwaysPreTouch}), as
 * {@link DecisionBenchmark} explains; the million contacts take about half a gigabyte of it. One
 * fork, three warm-up and five measurement iterations of one second: the benchmark shares a
 * two-core machine with other work.
 *
 * <p>The setup draws the workload, plans every contact with both, and fails the trial if they
 * disagree on any email (see {@link #verify}). {@link CampaignCheck} runs the same check on its
 * own and reports what the plans did.
 *
 * <p>Run it from the reactor root:
 * <pre>
 * ./mvnw -q -o -pl core,testing,rules-dsl,benchmarks package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar CampaignBenchmark -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class CampaignBenchmark {
  /** The contacts per benchmark call; divides {@link CampaignWorkload#CONTACTS}. */
  static final int BATCH = 1_000;

  private CampaignPlan plan;
  private CampaignContact[] contacts;
  private byte[] state;
  private byte[] zone;
  private int[] birthday;
  private int[] effectiveDate;
  private EpochSecondCampaigns baseline;
  private final long[] emails = new long[EpochSecondCampaigns.MAX_EMAILS];
  private int next;

  /**
   * Draws the workload, builds the plan in both forms and checks that they agree on every
   * contact.
   *
   * @throws IllegalStateException if the two disagree on any contact
   */
  @Setup
  public void setUp() {
    CampaignWorkload w = new CampaignWorkload();
    plan = CampaignWorkload.plan();
    contacts = w.contacts;
    state = w.state;
    zone = w.zone;
    birthday = w.birthday;
    effectiveDate = w.effectiveDate;
    baseline = new EpochSecondCampaigns();
    Verification v = verify(w, plan, baseline);
    if (v.mismatches > 0) {
      throw new IllegalStateException(v.toString());
    }
  }

  private int batch() {
    int from = next;
    next = from + BATCH == CONTACTS ? 0 : from + BATCH;
    return from;
  }

  /**
   * Plans with sendtime.
   *
   * @param bh  the sink of the schedules
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void sendtime(Blackhole bh) {
    int from = batch();
    CampaignPlan p = plan;
    for (int i = from; i < from + BATCH; i++) {
      bh.consume(p.schedule(contacts[i], RANGE, AS_OF));
    }
  }

  /**
   * Plans with the allocation-free epoch-second loop.
   *
   * @return a checksum of the emails planned
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long baseline() {
    int from = batch();
    EpochSecondCampaigns b = baseline;
    long[] out = emails;
    long sum = 0;
    for (int i = from; i < from + BATCH; i++) {
      int n = b.plan(state[i], zone[i], birthday[i], effectiveDate[i], out);
      for (int k = 0; k < n; k++) {
        sum = 31 * sum + out[k];
      }
    }
    return sum;
  }

  /** What {@link #verify} found. */
  static final class Verification {
    /** By kind code: emails scheduled, suppressed, and scheduled other than when due. */
    final int[] scheduled = new int[EpochSecondCampaigns.KINDS.length];
    final int[] suppressed = new int[EpochSecondCampaigns.KINDS.length];
    final int[] moved = new int[EpochSecondCampaigns.KINDS.length];
    int emails;
    int mismatches;
    final List<String> examples = new ArrayList<>();

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder()
          .append(CONTACTS).append(" contacts, ").append(emails).append(" emails (")
          .append(String.format("%.2f", (double) emails / CONTACTS)).append(" per contact):");
      for (int k = 0; k < EpochSecondCampaigns.KINDS.length; k++) {
        sb.append("\n  ").append(EpochSecondCampaigns.KINDS[k]).append(": ").append(scheduled[k])
            .append(" scheduled (").append(moved[k]).append(" moved), ").append(suppressed[k]).append(" suppressed");
      }
      sb.append("\n").append(mismatches).append(" disagreements");
      if (!examples.isEmpty()) {
        sb.append(", for example:\n  ").append(String.join("\n  ", examples));
      }
      return sb.toString();
    }
  }

  /**
   * Plans every contact of a workload with sendtime and with the baseline and compares their
   * emails: the same kinds due on the same dates, each scheduled at the same epoch second or
   * suppressed by both.
   *
   * @param w  the workload
   * @param plan  the workload's plan in sendtime
   * @param baseline  the baseline
   * @return the counts of outcomes and disagreements, with up to 20 examples
   */
  static Verification verify(CampaignWorkload w, CampaignPlan plan, EpochSecondCampaigns baseline) {
    Verification v = new Verification();
    long[] out = new long[EpochSecondCampaigns.MAX_EMAILS];
    for (int i = 0; i < CONTACTS; i++) {
      ContactSchedule s = plan.schedule(w.contacts[i], RANGE, AS_OF);
      long[] engine = new long[s.emails().size()];
      for (int k = 0; k < engine.length; k++) {
        PlannedEmail e = s.emails().get(k);
        int kind = kindCode(e.kind());
        long due = e.dueDate().toEpochDay();
        if (e.isScheduled()) {
          ZonedDateTime at = e.scheduledAt().orElseThrow();
          engine[k] = EpochSecondCampaigns.email(kind, due, at.toEpochSecond());
          v.scheduled[kind]++;
          if (!at.toLocalDateTime().equals(e.dueDate().atTime(CampaignWorkload.SEND_TIME))) {
            v.moved[kind]++;
          }
        } else {
          engine[k] = EpochSecondCampaigns.email(kind, due, EpochSecondCampaigns.SUPPRESSED);
          v.suppressed[kind]++;
        }
      }
      v.emails += engine.length;
      long[] hand = Arrays.copyOf(out, baseline.plan(w.state[i], w.zone[i], w.birthday[i], w.effectiveDate[i], out));
      Arrays.sort(engine);
      Arrays.sort(hand);
      if (!Arrays.equals(engine, hand)) {
        v.mismatches++;
        if (v.examples.size() < 20) {
          v.examples.add(example(w, i, s, hand));
        }
      }
    }
    return v;
  }

  private static String example(CampaignWorkload w, int i, ContactSchedule s, long[] hand) {
    ZoneId zone = DecisionWorkload.ZONES.get(w.zone[i]);
    StringBuilder sb = new StringBuilder(s.contactId()).append(" in ").append(CampaignWorkload.STATES.get(w.state[i]))
        .append(", ").append(zone).append(", birthday ").append(CampaignWorkload.unpack(w.birthday[i]))
        .append(", effective date ").append(CampaignWorkload.unpack(w.effectiveDate[i])).append("\n    sendtime:");
    for (PlannedEmail e : s.emails()) {
      sb.append("\n      ").append(e);
    }
    sb.append("\n    baseline:");
    for (long e : hand) {
      sb.append("\n      ").append(EpochSecondCampaigns.describe(e, zone));
    }
    return sb.toString();
  }

  private static int kindCode(EmailKind kind) {
    for (int k = 0; k < EpochSecondCampaigns.KINDS.length; k++) {
      if (EpochSecondCampaigns.KINDS[k].equals(kind.name())) {
        return k;
      }
    }
    throw new IllegalStateException("Unexpected kind " + kind);
  }
}
