package org.sendtime.benchmarks;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.model.Recur;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sendtime.recurrence.RecurrenceSet;

/**
 * Measures {@code next(after)}, the first occurrence strictly after an instant, of a rule that
 * started long before that instant, for sendtime and its peers lib-recur and ical4j in the same
 * run.
 *
 * <p>Each {@link Rule} is a {@code DTSTART} in {@code America/New_York} and one {@code RRULE}.
 * Setup parses it once per library and draws {@value #QUERIES} query instants, in whole seconds,
 * from a {@link Random} with a fixed seed over the rule's query years; every eighth query is
 * instead the answer to the query before it, an exact occurrence, so that "strictly after" is
 * exercised. Setup then checks that every library gives sendtime's answer to every query, and
 * fails the trial if one does not, so a score never stands for a wrong answer. Each benchmark call
 * answers one query, cycling through the array. Each library is used its own fastest idiomatic
 * way for a rule that starts long before the query:
 * <ul>
 *   <li>sendtime: {@link RecurrenceSet#next(Instant)}.
 *   <li>lib-recur 0.17: {@link org.dmfs.rfc5545.recur.RecurrenceRule#iterator(DateTime)}, then
 *       {@link RecurrenceRuleIterator#fastForward(long)} to one second after the query (it skips
 *       the instances before its argument, which it truncates to whole seconds) and {@link RecurrenceRuleIterator#nextMillis()}.
 *       The 0.17 composition API, {@code new FastForwarded(t, new OfRule(rule, start))}, makes
 *       exactly these calls.
 *   <li>ical4j 4: {@link Recur#getNextDate(java.time.temporal.Temporal, java.time.temporal.Temporal)}
 *       with the start as seed, on {@link ZonedDateTime}s; the query is converted to a
 *       {@code ZonedDateTime} in setup.
 * </ul>
 * Each benchmark returns the library's own answer type, which JMH consumes.
 *
 * <p>Run the whole comparison from the reactor root:
 * <pre>
 * ./mvnw -B install -DskipTests -pl core -am
 * ./mvnw -B -pl benchmarks package
 * java -jar benchmarks/target/benchmarks.jar -rf json -rff /tmp/jmh-recurrence.json
 * </pre>
 * and one rule, with a profiler, as
 * {@code java -jar benchmarks/target/benchmarks.jar NextOccurrence -p rule=DAILY_SINCE_1990 -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NextOccurrenceBenchmark {
  /** The number of precomputed queries; a power of two. */
  static final int QUERIES = 1024;

  private static final String ZONE = "America/New_York";
  private static final long SEED = 20260101L;

  /** The rules measured: a start in America/New_York, a rule and the years the queries fall in. */
  public enum Rule {
    /** Every day at 09:00 since 1990, queried in 2026: a long way from the start. */
    DAILY_SINCE_1990("19900101T090000", "FREQ=DAILY", 2026, 2027),
    /** The last weekday of each month, queried in 2026-2030. */
    LAST_WEEKDAY_OF_MONTH("20200131T090000", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", 2026, 2031),
    /** The third Tuesday, Wednesday or Thursday of each month (RFC 5545's example), queried in 2026-2030. */
    THIRD_TUE_WED_THU("19970904T090000", "FREQ=MONTHLY;BYDAY=TU,WE,TH;BYSETPOS=3", 2026, 2031);

    final String start;
    final String rrule;
    final int fromYear;
    final int toYearExclusive;

    Rule(String start, String rrule, int fromYear, int toYearExclusive) {
      this.start = start;
      this.rrule = rrule;
      this.fromYear = fromYear;
      this.toYearExclusive = toYearExclusive;
    }
  }

  @Param
  public Rule rule;

  private RecurrenceSet sendtimeSet;
  private Instant[] sendtimeQueries;
  private int sendtimeIndex;

  private org.dmfs.rfc5545.recur.RecurrenceRule libRecurRule;
  private DateTime libRecurStart;
  /**
   * One second after each query, in epoch milliseconds: lib-recur fast-forwards to the instances
   * at or after a time, which it truncates to whole seconds (iCalendar's precision).
   */
  private long[] libRecurQueries;
  private int libRecurIndex;

  private Recur<ZonedDateTime> ical4jRecur;
  private ZonedDateTime ical4jSeed;
  private ZonedDateTime[] ical4jQueries;
  private int ical4jIndex;

  /**
   * Parses the rule for each library, draws the queries and checks every library's answers
   * against sendtime's.
   *
   * @throws InvalidRecurrenceRuleException if lib-recur rejects the rule
   * @throws IllegalStateException if a library gives another answer than sendtime to a query
   */
  @Setup
  public void setUp() throws InvalidRecurrenceRuleException {
    ZoneId zone = ZoneId.of(ZONE);
    LocalDateTime start = LocalDateTime.parse(rule.start, DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT));

    sendtimeSet = RecurrenceSet.parse("DTSTART;TZID=" + ZONE + ":" + rule.start + "\nRRULE:" + rule.rrule);
    libRecurRule = new org.dmfs.rfc5545.recur.RecurrenceRule(rule.rrule);
    libRecurStart = DateTime.parse(TimeZone.getTimeZone(ZONE), rule.start);
    ical4jRecur = new Recur<>(rule.rrule);
    ical4jSeed = start.atZone(zone);

    sendtimeQueries = queries(zone);
    List<String> disagreements = new ArrayList<>();
    libRecurQueries = new long[QUERIES];
    ical4jQueries = new ZonedDateTime[QUERIES];
    for (int i = 0; i < QUERIES; i++) {
      Instant after = sendtimeQueries[i];
      Instant expected = sendtime(after);
      libRecurQueries[i] = after.toEpochMilli() + 1000;
      ical4jQueries[i] = after.atZone(zone);
      Instant libRecur = Instant.ofEpochMilli(libRecur(libRecurQueries[i]));
      if (!libRecur.equals(expected)) {
        disagreements.add("lib-recur: next(" + after + ") = " + libRecur + ", sendtime: " + expected);
      }
      ZonedDateTime ical4jNext = ical4j(ical4jQueries[i]);
      Instant ical4j = ical4jNext == null ? null : ical4jNext.toInstant();
      if (!expected.equals(ical4j)) {
        disagreements.add("ical4j: next(" + after + ") = " + ical4j + ", sendtime: " + expected);
      }
    }
    if (!disagreements.isEmpty()) {
      throw new IllegalStateException(rule + ": " + disagreements.size() + " disagreements, first "
          + disagreements.subList(0, Math.min(10, disagreements.size())));
    }
  }

  /** Draws the queries: random whole seconds in the rule's years, and every eighth an occurrence. */
  private Instant[] queries(ZoneId zone) {
    Random random = new Random(SEED);
    long from = LocalDateTime.of(rule.fromYear, 1, 1, 0, 0).atZone(zone).toEpochSecond();
    long to = LocalDateTime.of(rule.toYearExclusive, 1, 1, 0, 0).atZone(zone).toEpochSecond();
    Instant[] queries = new Instant[QUERIES];
    for (int i = 0; i < QUERIES; i++) {
      queries[i] = i % 8 == 7
          ? sendtime(queries[i - 1])
          : Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)));
    }
    return queries;
  }

  private Instant sendtime(Instant after) {
    return sendtimeSet.next(after)
        .orElseThrow(() -> new IllegalStateException(rule + ": sendtime has no occurrence after " + after))
        .toInstant();
  }

  private long libRecur(long atOrAfterMillis) {
    RecurrenceRuleIterator it = libRecurRule.iterator(libRecurStart);
    it.fastForward(atOrAfterMillis);
    return it.nextMillis();
  }

  private ZonedDateTime ical4j(ZonedDateTime after) {
    return ical4jRecur.getNextDate(ical4jSeed, after);
  }

  /**
   * sendtime: {@code RecurrenceSet.next(Instant)}.
   *
   * @return the next occurrence
   */
  @Benchmark
  public Optional<ZonedDateTime> sendtime() {
    int i = sendtimeIndex;
    sendtimeIndex = (i + 1) & (QUERIES - 1);
    return sendtimeSet.next(sendtimeQueries[i]);
  }

  /**
   * lib-recur: a rule iterator fast-forwarded past the query.
   *
   * @return the next occurrence in epoch milliseconds
   */
  @Benchmark
  public long libRecur() {
    int i = libRecurIndex;
    libRecurIndex = (i + 1) & (QUERIES - 1);
    return libRecur(libRecurQueries[i]);
  }

  /**
   * ical4j: {@code Recur.getNextDate(seed, after)}.
   *
   * @return the next occurrence
   */
  @Benchmark
  public ZonedDateTime ical4j() {
    int i = ical4jIndex;
    ical4jIndex = (i + 1) & (QUERIES - 1);
    return ical4j(ical4jQueries[i]);
  }
}
