package org.sendtime.benchmarks;

import static org.sendtime.benchmarks.DecisionWorkload.CONTACTS;
import static org.sendtime.benchmarks.DecisionWorkload.SUPPRESSED;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sendtime.policy.Contact;
import org.sendtime.policy.Decision;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;

/**
 * Measures the policy engine: {@link SendPolicy#decide(Contact, Schedule, Instant)} for a
 * million contacts in thirty zones, against two hand-written loops that apply the same rules to
 * the same contacts, one in idiomatic {@code java.time} ({@link JavaTimeDecisions}) and one on
 * epoch seconds without allocating ({@link EpochSecondDecisions}).
 *
 * <p>The workload and the two policies are described in {@link DecisionWorkload}: {@code
 * policy=FULL} is recipient-local with quiet hours, business hours, US federal holidays and
 * three blackouts; {@code policy=SIMPLE} is recipient-local with quiet hours and weekends. The
 * decisions are not explained.
 *
 * <p>Each benchmark call decides for {@value #BATCH} consecutive contacts and counts as that
 * many operations, so the scores are per decision; successive calls walk through all the
 * contacts, round and round, so that every measurement iteration decides for several million
 * different contacts. Every decision (sendtime's {@link Decision}, the loops' epoch seconds) goes
 * to a {@link Blackhole}. Each implementation reads the contact the way its API asks for:
 * sendtime a {@link Contact} and a {@link Schedule}, the {@code java.time} loop a {@link ZoneId}
 * and a {@link LocalDateTime}, the epoch-second loop a zone number and a local second.
 *
 * <p>Each fork runs with a fixed, pre-touched heap ({@code -Xms4g -Xmx4g -XX:+AlwaysPreTouch}).
 * With the default heap the young generation keeps growing into memory the process has never
 * touched, so every allocation-heavy loop also pays the kernel's page faults: in a profile of
 * sendtime a fifth of the samples were page faults under its 40-byte decision, and the {@code
 * java.time} loop, which allocates ten times as much, ran about ten times slower than on a
 * pre-touched heap. A service deciding all day runs on a heap it has long touched.
 *
 * <p>The setup draws the workload, decides for every contact with all three, and fails the trial
 * if any two disagree (see {@link #verify}), so that no score stands for a wrong answer. {@link
 * DecisionCheck} runs the same check and reports what the decisions did.
 *
 * <p>Run it from the reactor root:
 * <pre>
 * ./mvnw -q -o -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar DecisionBenchmark -prof gc
 * </pre>
 * and one policy as {@code java -jar benchmarks/target/benchmarks.jar DecisionBenchmark -p policy=FULL}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class DecisionBenchmark {
  /** The decisions per benchmark call; divides {@link DecisionWorkload#CONTACTS}. */
  static final int BATCH = 1_000;

  /** The policy: {@code FULL} or {@code SIMPLE}. */
  @Param({"FULL", "SIMPLE"})
  public String policy;

  private boolean full;
  private SendPolicy sendtime;
  private Instant launch;
  private Contact[] contacts;
  private Schedule[] schedules;
  private ZoneId[] zones;
  private LocalDateTime[] wanted;
  private byte[] zoneIndex;
  private long[] wantedLocal;
  private JavaTimeDecisions javaTime;
  private EpochSecondDecisions epochSeconds;
  private int next;

  /**
   * Draws the workload, builds the policy in all three forms and checks that they agree on every
   * contact.
   *
   * @throws IllegalStateException if any two implementations disagree on any contact
   */
  @Setup
  public void setUp() {
    DecisionWorkload w = new DecisionWorkload(DecisionWorkload.Policy.valueOf(policy));
    full = w.policy == DecisionWorkload.Policy.FULL;
    sendtime = w.sendPolicy();
    launch = DecisionWorkload.LAUNCH;
    contacts = w.contacts;
    schedules = w.schedules;
    zones = w.zones;
    wanted = w.wanted;
    zoneIndex = w.zoneIndex;
    wantedLocal = w.wantedLocal;
    javaTime = new JavaTimeDecisions();
    epochSeconds = new EpochSecondDecisions();
    Verification v = verify(w, sendtime, javaTime, epochSeconds);
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
   * Decides with sendtime.
   *
   * @param bh  the sink of the decisions
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void sendtime(Blackhole bh) {
    int from = batch();
    SendPolicy p = sendtime;
    Instant l = launch;
    for (int i = from; i < from + BATCH; i++) {
      bh.consume(p.decide(contacts[i], schedules[i], l));
    }
  }

  /**
   * Decides with the idiomatic {@code java.time} loop.
   *
   * @param bh  the sink of the decisions
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void javaTimeLoop(Blackhole bh) {
    int from = batch();
    JavaTimeDecisions d = javaTime;
    if (full) {
      for (int i = from; i < from + BATCH; i++) {
        bh.consume(d.decideFull(zones[i], wanted[i]));
      }
    } else {
      for (int i = from; i < from + BATCH; i++) {
        bh.consume(d.decideSimple(zones[i], wanted[i]));
      }
    }
  }

  /**
   * Decides with the allocation-free epoch-second loop.
   *
   * @param bh  the sink of the decisions
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void epochSecondLoop(Blackhole bh) {
    int from = batch();
    EpochSecondDecisions d = epochSeconds;
    if (full) {
      for (int i = from; i < from + BATCH; i++) {
        bh.consume(d.decideFull(zoneIndex[i], wantedLocal[i]));
      }
    } else {
      for (int i = from; i < from + BATCH; i++) {
        bh.consume(d.decideSimple(zoneIndex[i], wantedLocal[i]));
      }
    }
  }

  /** What {@link #verify} found. */
  static final class Verification {
    final DecisionWorkload.Policy policy;
    int scheduledAtCandidate;
    int moved;
    int suppressed;
    int mismatches;
    final List<String> examples = new ArrayList<>();

    Verification(DecisionWorkload.Policy policy) {
      this.policy = policy;
    }

    @Override
    public String toString() {
      return policy + ": " + CONTACTS + " contacts, " + scheduledAtCandidate + " sent when wanted, " + moved
          + " moved, " + suppressed + " suppressed; " + mismatches + " disagreements"
          + (examples.isEmpty() ? "" : ", for example:\n  " + String.join("\n  ", examples));
    }
  }

  /**
   * Decides for every contact of a workload with all three implementations and compares them:
   * sendtime's scheduled instant, or its suppression by the {@code SKIP} blackout, against each
   * loop's epoch second, or its {@link DecisionWorkload#SUPPRESSED}.
   *
   * @param w  the workload
   * @param policy  the workload's policy in sendtime
   * @param javaTime  the {@code java.time} loop
   * @param epochSeconds  the epoch-second loop
   * @return the counts of outcomes and disagreements, with up to 20 examples
   */
  static Verification verify(
      DecisionWorkload w, SendPolicy policy, JavaTimeDecisions javaTime, EpochSecondDecisions epochSeconds) {
    boolean full = w.policy == DecisionWorkload.Policy.FULL;
    Verification v = new Verification(w.policy);
    for (int i = 0; i < CONTACTS; i++) {
      Decision d = policy.decide(w.contacts[i], w.schedules[i], DecisionWorkload.LAUNCH);
      long engine;
      String engineText;
      if (d instanceof Decision.Scheduled) {
        Decision.Scheduled s = (Decision.Scheduled) d;
        engine = s.at().getEpochSecond();
        engineText = s.atZone().toOffsetDateTime().toString();
        if (s.at().equals(d.candidate())) {
          v.scheduledAtCandidate++;
        } else {
          v.moved++;
        }
      } else {
        Decision.Suppressed s = (Decision.Suppressed) d;
        engine = s.rule().equals("blackout black friday 2027") ? SUPPRESSED : SUPPRESSED + 1;
        engineText = "suppressed by " + s.rule() + ": " + s.reason();
        v.suppressed++;
      }
      long jt = full ? javaTime.decideFull(w.zones[i], w.wanted[i]) : javaTime.decideSimple(w.zones[i], w.wanted[i]);
      long es = full
          ? epochSeconds.decideFull(w.zoneIndex[i], w.wantedLocal[i])
          : epochSeconds.decideSimple(w.zoneIndex[i], w.wantedLocal[i]);
      if (engine != jt || engine != es) {
        v.mismatches++;
        if (v.examples.size() < 20) {
          v.examples.add(w.contacts[i].id() + " in " + w.zones[i] + ", wanted " + w.wanted[i] + " ("
              + w.wanted[i].getDayOfWeek() + "): sendtime " + engineText + "; java.time loop "
              + text(jt, w.zones[i]) + "; epoch-second loop " + text(es, w.zones[i]));
        }
      }
    }
    return v;
  }

  private static String text(long epochSecond, ZoneId zone) {
    return epochSecond == SUPPRESSED
        ? "suppressed"
        : Instant.ofEpochSecond(epochSecond).atZone(zone).toOffsetDateTime().toString();
  }
}
