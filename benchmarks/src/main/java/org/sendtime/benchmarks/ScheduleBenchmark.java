package org.sendtime.benchmarks;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.text.ParseException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sendtime.recurrence.Anniversary;
import org.sendtime.recurrence.CronDialect;
import org.sendtime.recurrence.CronExpression;
import org.sendtime.recurrence.CronSchedule;
import org.sendtime.recurrence.RecurrenceSet;

/**
 * Measures sendtime against every peer library on the same schedules and the same inputs, in
 * one run: Quartz's and Spring's {@code CronExpression}, cron-utils' {@code ExecutionTime},
 * lib-recur's {@code RecurrenceRule} and ical4j's {@code Recur}, and a hand-written
 * {@code java.time} loop as the practical limit.
 *
 * <p>Every schedule is read in {@code America/New_York}, whose clocks go from 02:00 to 03:00 on
 * 2026-03-08. There are five cases, each a nested state; a benchmark method is named after its
 * case and its library:
 * <ul>
 *   <li>{@link Weekdays}: the next 100 fire times of "weekdays at 09:00" after
 *       {@link #FROM} (Sunday 2026-03-01 12:00), which cross the March change.
 *   <li>{@link LastWeekday}: the next 24 fire times of "the last weekday of the month at
 *       10:30" (Quartz's {@code LW}) after {@link #FROM}.
 *   <li>{@link Quarters}: the next 1,000 fire times of "every 15 minutes" after {@link #FROM},
 *       about ten days that cross the March change.
 *   <li>{@link LeapDay}: the next occurrence of a yearly anniversary of 1992-02-29 at 09:00,
 *       February 28 in common years, after one query instant in 2026-2035.
 *   <li>{@link Since1990}: the next occurrence of "weekdays at 09:00" from a rule that starts on
 *       1990-01-01, after one query instant in 2026. The cron libraries, which have no start,
 *       answer the same queries for {@code 0 9 * * 1-5}.
 * </ul>
 * A library that cannot express a case's schedule is left out of that case: the cron libraries
 * cannot say "February 28 in common years". The three "next N" cases also have a hand-written
 * {@code java.time} loop ({@code …HandLoop}), the practical limit for code that produces a
 * {@code ZonedDateTime} per fire time.
 *
 * <p>Each case's setup parses every schedule once, computes the fire times (or the answers to
 * all queries) with every library exactly as the benchmark methods do, and fails the trial if
 * any of them differs from sendtime's, so that a score never stands for a wrong answer. The
 * "next N" methods store each fire time in a preallocated {@link Results} sink, which the
 * benchmark returns; the query methods return their library's answer.
 *
 * <p>Each library is used its own fastest idiomatic way: Quartz
 * {@code getNextValidTimeAfter(Date)} with its time zone set; Spring {@code next(ZonedDateTime)};
 * cron-utils {@code nextExecution(ZonedDateTime)}; lib-recur a rule iterator from the start and
 * {@code nextMillis()} (after {@code fastForward} past the query, for one query); ical4j
 * {@code getDates(seed, from, to, count)} for the next N and {@code getNextDate(seed, after)}
 * for one query. The RRULE libraries start the "next N" cases at the first fire time, and
 * lib-recur starts {@link Quarters} in UTC (see there). sendtime is used the way a user would:
 * {@code occurrencesAfter(from).limit(n)} for the next N (the {@code …SendtimeNext} methods call
 * {@code next(after)} in a loop instead, the {@code …SendtimeRecurrenceSet} methods stream the
 * RRULE), {@link Anniversary#next(Instant)} and {@link RecurrenceSet#next(Instant)} for one
 * query.
 *
 * <p>Run it from the reactor root:
 * <pre>
 * ./mvnw -B install -DskipTests -pl core -am
 * ./mvnw -B -pl benchmarks package
 * java -jar benchmarks/target/benchmarks.jar 'ScheduleBenchmark|NextOccurrenceBenchmark' -prof gc -rf json -rff /tmp/jmh-schedule.json
 * </pre>
 * and one case as {@code java -jar benchmarks/target/benchmarks.jar 'ScheduleBenchmark.lastWeekday'}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScheduleBenchmark {
  static final String ZONE_ID = "America/New_York";
  static final ZoneId ZONE = ZoneId.of(ZONE_ID);
  /** The instant the "next N" cases start after: Sunday 2026-03-01 12:00 in New York. */
  static final ZonedDateTime FROM = ZonedDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZONE);
  /** The number of precomputed queries of the query cases; a power of two. */
  static final int QUERIES = 1024;
  private static final long SEED = 20260101L;
  private static final DateTimeFormatter ICAL_LOCAL =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

  /**
   * A preallocated sink for the fire times of one benchmark call, the same for every library:
   * storing an object costs the same whatever produced it, and the stores cannot be optimised
   * away because the sink is returned.
   */
  public static final class Results implements Consumer<Object> {
    final Object[] values;
    final long[] millis;
    int size;

    Results(int capacity) {
      values = new Object[capacity];
      millis = new long[capacity];
    }

    Results reset() {
      size = 0;
      return this;
    }

    @Override
    public void accept(Object value) {
      values[size++] = value;
    }

    void acceptMillis(long value) {
      millis[size++] = value;
    }

    /** The stored fire times as instants, for verification only. */
    List<Instant> instants() {
      List<Instant> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        Object v = values[i];
        list.add(v == null ? Instant.ofEpochMilli(millis[i])
            : v instanceof Date ? ((Date) v).toInstant()
            : ((ZonedDateTime) v).toInstant());
      }
      return list;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The next N fire times after a fixed instant

  /**
   * A "next N fire times" case: one schedule in every library's syntax, and the first
   * occurrence as the {@code DTSTART} of the RRULE libraries.
   */
  public abstract static class NextN {
    final int count;
    private final String sendtimeCron;
    private final CronDialect sendtimeDialect;
    private final String quartzCron;
    private final String springCron;
    private final String cronUtilsCron;
    private final CronType cronUtilsType;
    private final String rrule;
    private final String dtstart;

    CronSchedule sendtime;
    RecurrenceSet sendtimeSet;
    Instant from;
    org.quartz.CronExpression quartz;
    Date quartzFrom;
    org.springframework.scheduling.support.CronExpression spring;
    ExecutionTime cronUtils;
    org.dmfs.rfc5545.recur.RecurrenceRule libRecur;
    DateTime libRecurStart;
    Recur<ZonedDateTime> ical4j;
    ZonedDateTime ical4jSeed;
    ZonedDateTime ical4jEnd;
    Results results;
    List<Instant> expected;

    NextN(int count, String sendtimeCron, CronDialect sendtimeDialect, String quartzCron,
        String springCron, String cronUtilsCron, CronType cronUtilsType, String rrule,
        String dtstart) {
      this.count = count;
      this.sendtimeCron = sendtimeCron;
      this.sendtimeDialect = sendtimeDialect;
      this.quartzCron = quartzCron;
      this.springCron = springCron;
      this.cronUtilsCron = cronUtilsCron;
      this.cronUtilsType = cronUtilsType;
      this.rrule = rrule;
      this.dtstart = dtstart;
    }

    /**
     * Parses the schedule in every library and checks that each gives sendtime's fire times.
     *
     * @throws ParseException if Quartz rejects its expression
     * @throws InvalidRecurrenceRuleException if lib-recur rejects the rule
     * @throws IllegalStateException if a library's fire times differ from sendtime's
     */
    @Setup
    public void setUp() throws ParseException, InvalidRecurrenceRuleException {
      sendtime = CronExpression.parse(sendtimeCron, sendtimeDialect).atZone(ZONE);
      sendtimeSet = RecurrenceSet.parse("DTSTART;TZID=" + ZONE_ID + ":" + dtstart + "\nRRULE:" + rrule);
      from = FROM.toInstant();
      quartz = new org.quartz.CronExpression(quartzCron);
      quartz.setTimeZone(TimeZone.getTimeZone(ZONE));
      quartzFrom = Date.from(from);
      spring = org.springframework.scheduling.support.CronExpression.parse(springCron);
      cronUtils = ExecutionTime.forCron(
          new CronParser(CronDefinitionBuilder.instanceDefinitionFor(cronUtilsType)).parse(cronUtilsCron));
      libRecur = new org.dmfs.rfc5545.recur.RecurrenceRule(rrule);
      libRecurStart = libRecurStart(dtstart);
      ical4j = new Recur<>(rrule);
      ical4jSeed = LocalDateTime.parse(dtstart, ICAL_LOCAL).atZone(ZONE);
      ical4jEnd = FROM.plusYears(10);
      results = new Results(count);

      Arrays.fill(results.values, null);
      expected = sendtime().instants();
      if (expected.size() != count) {
        throw new IllegalStateException(getClass().getSimpleName() + ": sendtime gave "
            + expected.size() + " fire times, not " + count);
      }
      List<String> disagreements = new ArrayList<>();
      check(disagreements, "sendtime next(after)", this::sendtimeNext);
      check(disagreements, "sendtime epochSecondsAfter", this::sendtimeEpoch);
      check(disagreements, "sendtime RecurrenceSet", this::sendtimeRecurrenceSet);
      check(disagreements, "Quartz", this::quartz);
      check(disagreements, "Spring", this::spring);
      check(disagreements, "cron-utils", this::cronUtils);
      check(disagreements, "lib-recur", this::libRecur);
      check(disagreements, "ical4j", this::ical4j);
      if (hasHandLoop()) {
        check(disagreements, "hand loop", this::handLoop);
      }
      if (!disagreements.isEmpty()) {
        throw new IllegalStateException(getClass().getSimpleName() + ": " + disagreements);
      }
    }

    private void check(List<String> disagreements, String library, Supplier<Results> run) {
      Arrays.fill(results.values, null);
      List<Instant> actual = run.get().instants();
      if (actual.equals(expected)) {
        return;
      }
      for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
        if (!actual.get(i).equals(expected.get(i))) {
          disagreements.add(library + ": fire time " + (i + 1) + " is " + actual.get(i).atZone(ZONE)
              + ", sendtime: " + expected.get(i).atZone(ZONE));
          return;
        }
      }
      disagreements.add(library + ": " + actual.size() + " fire times, sendtime: " + expected.size());
    }

    final Results sendtime() {
      Results r = results.reset();
      sendtime.occurrencesAfter(from).limit(count).forEach(r);
      return r;
    }

    final Results sendtimeEpoch() {
      Results r = results.reset();
      PrimitiveIterator.OfLong it = sendtime.epochSecondsAfter(from).iterator();
      for (int i = 0; i < count; i++) {
        r.acceptMillis(it.nextLong() * 1000);
      }
      return r;
    }

    final Results sendtimeNext() {
      Results r = results.reset();
      Instant t = from;
      for (int i = 0; i < count; i++) {
        ZonedDateTime z = sendtime.next(t).orElseThrow();
        r.accept(z);
        t = z.toInstant();
      }
      return r;
    }

    final Results sendtimeRecurrenceSet() {
      Results r = results.reset();
      sendtimeSet.occurrencesAfter(from).limit(count).forEach(r);
      return r;
    }

    final Results quartz() {
      Results r = results.reset();
      Date d = quartzFrom;
      for (int i = 0; i < count; i++) {
        d = quartz.getNextValidTimeAfter(d);
        r.accept(d);
      }
      return r;
    }

    final Results spring() {
      Results r = results.reset();
      ZonedDateTime z = FROM;
      for (int i = 0; i < count; i++) {
        z = spring.next(z);
        r.accept(z);
      }
      return r;
    }

    final Results cronUtils() {
      Results r = results.reset();
      ZonedDateTime z = FROM;
      for (int i = 0; i < count; i++) {
        z = cronUtils.nextExecution(z).orElseThrow();
        r.accept(z);
      }
      return r;
    }

    final Results libRecur() {
      Results r = results.reset();
      RecurrenceRuleIterator it = libRecur.iterator(libRecurStart);
      for (int i = 0; i < count; i++) {
        r.acceptMillis(it.nextMillis());
      }
      return r;
    }

    final Results ical4j() {
      Results r = results.reset();
      for (ZonedDateTime z : ical4j.getDates(ical4jSeed, FROM, ical4jEnd, count)) {
        r.accept(z);
      }
      return r;
    }

    /** The start of lib-recur's iterator: the case's DTSTART in New York. */
    DateTime libRecurStart(String dtstart) {
      return DateTime.parse(TimeZone.getTimeZone(ZONE), dtstart);
    }

    /** Whether this case has a hand-written java.time loop. */
    boolean hasHandLoop() {
      return false;
    }

    /** The hand-written java.time loop of this case. */
    Results handLoop() {
      throw new UnsupportedOperationException(getClass().getSimpleName() + " has no hand loop");
    }
  }

  /** Weekdays at 09:00 (Monday 2026-03-02 to Friday 2026-07-17), across the March change. */
  @State(Scope.Thread)
  public static class Weekdays extends NextN {
    private static final LocalTime NINE = LocalTime.of(9, 0);

    /** Creates the case. */
    public Weekdays() {
      super(100, "0 9 * * 1-5", CronDialect.UNIX, "0 0 9 ? * MON-FRI", "0 0 9 * * MON-FRI",
          "0 9 * * 1-5", CronType.UNIX, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "20260302T090000");
    }

    @Override
    boolean hasHandLoop() {
      return true;
    }

    @Override
    Results handLoop() {
      Results r = results.reset();
      LocalDate d = FROM.toLocalDate();
      while (r.size < count) {
        DayOfWeek w = d.getDayOfWeek();
        if (w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY) {
          ZonedDateTime z = ZonedDateTime.of(d, NINE, ZONE);
          if (z.isAfter(FROM)) {
            r.accept(z);
          }
        }
        d = d.plusDays(1);
      }
      return r;
    }
  }

  /** The last weekday of the month at 10:30 (March 2026 to February 2028). */
  @State(Scope.Thread)
  public static class LastWeekday extends NextN {
    private static final LocalTime TEN_THIRTY = LocalTime.of(10, 30);

    /** Creates the case. */
    public LastWeekday() {
      super(24, "0 30 10 LW * ?", CronDialect.QUARTZ, "0 30 10 LW * ?", "0 30 10 LW * *",
          "0 30 10 LW * ? *", CronType.QUARTZ, "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
          "20260331T103000");
    }

    @Override
    boolean hasHandLoop() {
      return true;
    }

    @Override
    Results handLoop() {
      Results r = results.reset();
      YearMonth m = YearMonth.from(FROM);
      while (r.size < count) {
        LocalDate last = m.atEndOfMonth();
        DayOfWeek w = last.getDayOfWeek();
        if (w == DayOfWeek.SATURDAY) {
          last = last.minusDays(1);
        } else if (w == DayOfWeek.SUNDAY) {
          last = last.minusDays(2);
        }
        ZonedDateTime z = ZonedDateTime.of(last, TEN_THIRTY, ZONE);
        if (z.isAfter(FROM)) {
          r.accept(z);
        }
        m = m.plusMonths(1);
      }
      return r;
    }
  }

  /** Every 15 minutes (2026-03-01 12:15 to 2026-03-11 23:00), across the March change. */
  @State(Scope.Thread)
  public static class Quarters extends NextN {
    /** Creates the case. */
    public Quarters() {
      super(1000, "*/15 * * * *", CronDialect.UNIX, "0 0/15 * * * ?", "0 */15 * * * *",
          "*/15 * * * *", CronType.UNIX, "FREQ=MINUTELY;INTERVAL=15", "20260301T121500");
    }

    /**
     * lib-recur iterates from the same start given in UTC, 17:15Z. From the New York start it
     * resolves the four local times of the gap, 02:00-02:45 on 2026-03-08, to 03:00-03:45 EDT,
     * the instants of the next four fire times, and so returns each of those instants twice. In
     * UTC, fifteen elapsed minutes are the same fire times as every quarter of the New York wall
     * clock (its offsets are whole hours), and lib-recur agrees with every other library.
     */
    @Override
    boolean hasHandLoop() {
      return true;
    }

    /**
     * Steps fifteen minutes of elapsed time and reads each instant in the zone: New York's
     * offsets are whole hours, so these are the quarters of its wall clock, and the loop is
     * little more than the cost of making each {@code ZonedDateTime}.
     */
    @Override
    Results handLoop() {
      Results r = results.reset();
      long second = Math.floorDiv(from.getEpochSecond(), 900) * 900;
      while (r.size < count) {
        second += 900;
        r.accept(ZonedDateTime.ofInstant(Instant.ofEpochSecond(second), ZONE));
      }
      return r;
    }

    @Override
    DateTime libRecurStart(String dtstart) {
      return new DateTime(
          DateTime.UTC, LocalDateTime.parse(dtstart, ICAL_LOCAL).atZone(ZONE).toInstant().toEpochMilli());
    }
  }

  /**
   * sendtime: {@code occurrencesAfter(from).limit(100)} of {@code 0 9 * * 1-5}.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results weekdaysSendtime(Weekdays s) {
    return s.sendtime();
  }

  /**
   * sendtime: {@code epochSecondsAfter(from)} of {@code 0 9 * * 1-5}, the primitive stream for loops that
   * need only instants (lib-recur's {@code nextMillis()} is its counterpart).
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results weekdaysSendtimeEpoch(Weekdays s) {
    return s.sendtimeEpoch();
  }

  /**
   * sendtime: {@code next(after)} 100 times.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results weekdaysSendtimeNext(Weekdays s) {
    return s.sendtimeNext();
  }

  /**
   * sendtime: {@code RecurrenceSet.occurrencesAfter(from).limit(100)} of the RRULE.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results weekdaysSendtimeRecurrenceSet(Weekdays s) {
    return s.sendtimeRecurrenceSet();
  }

  /**
   * Quartz.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results weekdaysQuartz(Weekdays s) {
    return s.quartz();
  }

  /**
   * Spring.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results weekdaysSpring(Weekdays s) {
    return s.spring();
  }

  /**
   * cron-utils.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results weekdaysCronUtils(Weekdays s) {
    return s.cronUtils();
  }

  /**
   * lib-recur.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results weekdaysLibRecur(Weekdays s) {
    return s.libRecur();
  }

  /**
   * ical4j.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results weekdaysIcal4j(Weekdays s) {
    return s.ical4j();
  }

  /**
   * A hand-written java.time loop.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results weekdaysHandLoop(Weekdays s) {
    return s.handLoop();
  }

  /**
   * sendtime: {@code occurrencesAfter(from).limit(24)} of {@code 0 30 10 LW * ?} (Quartz).
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results lastWeekdaySendtime(LastWeekday s) {
    return s.sendtime();
  }

  /**
   * sendtime: {@code epochSecondsAfter(from)} of {@code 0 30 10 LW * ?}, the primitive stream for loops that
   * need only instants (lib-recur's {@code nextMillis()} is its counterpart).
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results lastWeekdaySendtimeEpoch(LastWeekday s) {
    return s.sendtimeEpoch();
  }

  /**
   * sendtime: {@code next(after)} 24 times.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results lastWeekdaySendtimeNext(LastWeekday s) {
    return s.sendtimeNext();
  }

  /**
   * sendtime: {@code RecurrenceSet.occurrencesAfter(from).limit(24)} of the RRULE.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results lastWeekdaySendtimeRecurrenceSet(LastWeekday s) {
    return s.sendtimeRecurrenceSet();
  }

  /**
   * Quartz.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results lastWeekdayQuartz(LastWeekday s) {
    return s.quartz();
  }

  /**
   * Spring.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results lastWeekdaySpring(LastWeekday s) {
    return s.spring();
  }

  /**
   * cron-utils (Quartz definition).
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results lastWeekdayCronUtils(LastWeekday s) {
    return s.cronUtils();
  }

  /**
   * lib-recur.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results lastWeekdayLibRecur(LastWeekday s) {
    return s.libRecur();
  }

  /**
   * ical4j.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results lastWeekdayIcal4j(LastWeekday s) {
    return s.ical4j();
  }

  /**
   * A hand-written java.time loop.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results lastWeekdayHandLoop(LastWeekday s) {
    return s.handLoop();
  }

  /**
   * sendtime: {@code occurrencesAfter(from).limit(1000)} of {@code *}{@code /15 * * * *}.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results quartersSendtime(Quarters s) {
    return s.sendtime();
  }

  /**
   * sendtime: {@code epochSecondsAfter(from)} every 15 minutes, the primitive stream for loops that
   * need only instants (lib-recur's {@code nextMillis()} is its counterpart).
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results quartersSendtimeEpoch(Quarters s) {
    return s.sendtimeEpoch();
  }

  /**
   * sendtime: {@code next(after)} 1,000 times.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results quartersSendtimeNext(Quarters s) {
    return s.sendtimeNext();
  }

  /**
   * sendtime: {@code RecurrenceSet.occurrencesAfter(from).limit(1000)} of the RRULE.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results quartersSendtimeRecurrenceSet(Quarters s) {
    return s.sendtimeRecurrenceSet();
  }

  /**
   * Quartz.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results quartersQuartz(Quarters s) {
    return s.quartz();
  }

  /**
   * Spring.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results quartersSpring(Quarters s) {
    return s.spring();
  }

  /**
   * cron-utils.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results quartersCronUtils(Quarters s) {
    return s.cronUtils();
  }

  /**
   * lib-recur.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results quartersLibRecur(Quarters s) {
    return s.libRecur();
  }

  /**
   * ical4j.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results quartersIcal4j(Quarters s) {
    return s.ical4j();
  }

  /**
   * A hand-written java.time loop: epoch seconds in steps of 900, each read in the zone.
   *
   * @param s  the case
   * @return the fire times
   */
  @Benchmark
  public Results quartersHandLoop(Quarters s) {
    return s.handLoop();
  }

  // ---------------------------------------------------------------------------------------------
  // One next(after) per call, over precomputed queries

  /** Draws whole-second query instants in [from, to); every eighth is the answer to the one before. */
  static Instant[] queries(Instant from, Instant to, UnaryOperator<Instant> next) {
    Random random = new Random(SEED);
    long a = from.getEpochSecond();
    long b = to.getEpochSecond();
    Instant[] queries = new Instant[QUERIES];
    for (int i = 0; i < QUERIES; i++) {
      queries[i] = i % 8 == 7
          ? next.apply(queries[i - 1])
          : Instant.ofEpochSecond(a + (long) (random.nextDouble() * (b - a)));
    }
    return queries;
  }

  /**
   * A yearly anniversary of 1992-02-29 at 09:00, on February 28 in common years, queried in
   * 2026-2035. Only sendtime and the RRULE libraries (with RFC 7529 {@code SKIP=BACKWARD}) can
   * say "February 28 in common years".
   */
  @State(Scope.Thread)
  public static class LeapDay {
    static final String RRULE = "RSCALE=GREGORIAN;FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;SKIP=BACKWARD";
    static final String DTSTART = "19920229T090000";

    Anniversary anniversary;
    RecurrenceSet sendtimeSet;
    org.dmfs.rfc5545.recur.RecurrenceRule libRecur;
    DateTime libRecurStart;
    Recur<ZonedDateTime> ical4j;
    ZonedDateTime ical4jSeed;
    Instant[] instants;
    /** One second after each query, in epoch milliseconds (lib-recur's fast-forward target). */
    long[] millis;
    ZonedDateTime[] zoned;
    int index;

    /**
     * Parses the rule in every library, draws the queries and checks every answer.
     *
     * @throws InvalidRecurrenceRuleException if lib-recur rejects the rule
     * @throws IllegalStateException if a library's answer differs from sendtime's
     */
    @Setup
    public void setUp() throws InvalidRecurrenceRuleException {
      anniversary = Anniversary.yearlyFrom(LocalDate.of(1992, 2, 29)).at(LocalTime.of(9, 0)).withZone(ZONE);
      sendtimeSet = RecurrenceSet.parse("DTSTART;TZID=" + ZONE_ID + ":" + DTSTART + "\nRRULE:" + RRULE);
      libRecur = new org.dmfs.rfc5545.recur.RecurrenceRule(RRULE);
      libRecurStart = DateTime.parse(TimeZone.getTimeZone(ZONE), DTSTART);
      ical4j = new Recur<>(RRULE);
      ical4jSeed = LocalDateTime.parse(DTSTART, ICAL_LOCAL).atZone(ZONE);
      instants = queries(ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZONE).toInstant(),
          ZonedDateTime.of(2036, 1, 1, 0, 0, 0, 0, ZONE).toInstant(),
          q -> anniversary.next(q).orElseThrow().toInstant());
      millis = new long[QUERIES];
      zoned = new ZonedDateTime[QUERIES];
      for (int i = 0; i < QUERIES; i++) {
        millis[i] = instants[i].toEpochMilli() + 1000;
        zoned[i] = instants[i].atZone(ZONE);
      }
      List<String> disagreements = new ArrayList<>();
      for (int i = 0; i < QUERIES; i++) {
        index = i;
        Instant expected = anniversary().orElseThrow().toInstant();
        index = i;
        agree(disagreements, "sendtime RecurrenceSet", instants[i], expected,
            sendtimeRecurrenceSet().map(ZonedDateTime::toInstant).orElse(null));
        index = i;
        agree(disagreements, "lib-recur", instants[i], expected, Instant.ofEpochMilli(libRecur()));
        index = i;
        ZonedDateTime z = ical4j();
        agree(disagreements, "ical4j", instants[i], expected, z == null ? null : z.toInstant());
      }
      index = 0;
      failOn(disagreements, "LeapDay");
    }

    Optional<ZonedDateTime> anniversary() {
      int i = index;
      index = (i + 1) & (QUERIES - 1);
      return anniversary.next(instants[i]);
    }

    Optional<ZonedDateTime> sendtimeRecurrenceSet() {
      int i = index;
      index = (i + 1) & (QUERIES - 1);
      return sendtimeSet.next(instants[i]);
    }

    long libRecur() {
      int i = index;
      index = (i + 1) & (QUERIES - 1);
      RecurrenceRuleIterator it = libRecur.iterator(libRecurStart);
      it.fastForward(millis[i]);
      return it.nextMillis();
    }

    ZonedDateTime ical4j() {
      int i = index;
      index = (i + 1) & (QUERIES - 1);
      return ical4j.getNextDate(ical4jSeed, zoned[i]);
    }
  }

  /**
   * Weekdays at 09:00 from a rule that starts on Monday 1990-01-01, queried in 2026. The cron
   * libraries have no start; they answer the same queries for {@code 0 9 * * 1-5}.
   */
  @State(Scope.Thread)
  public static class Since1990 {
    static final String RRULE = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR";
    static final String DTSTART = "19900101T090000";

    RecurrenceSet sendtimeSet;
    CronSchedule sendtimeCron;
    org.quartz.CronExpression quartz;
    org.springframework.scheduling.support.CronExpression spring;
    ExecutionTime cronUtils;
    org.dmfs.rfc5545.recur.RecurrenceRule libRecur;
    DateTime libRecurStart;
    Recur<ZonedDateTime> ical4j;
    ZonedDateTime ical4jSeed;
    Instant[] instants;
    Date[] dates;
    long[] millis;
    ZonedDateTime[] zoned;
    int index;

    /**
     * Parses the schedule in every library, draws the queries and checks every answer.
     *
     * @throws ParseException if Quartz rejects its expression
     * @throws InvalidRecurrenceRuleException if lib-recur rejects the rule
     * @throws IllegalStateException if a library's answer differs from sendtime's
     */
    @Setup
    public void setUp() throws ParseException, InvalidRecurrenceRuleException {
      sendtimeSet = RecurrenceSet.parse("DTSTART;TZID=" + ZONE_ID + ":" + DTSTART + "\nRRULE:" + RRULE);
      sendtimeCron = CronExpression.parse("0 9 * * 1-5", CronDialect.UNIX).atZone(ZONE);
      quartz = new org.quartz.CronExpression("0 0 9 ? * MON-FRI");
      quartz.setTimeZone(TimeZone.getTimeZone(ZONE));
      spring = org.springframework.scheduling.support.CronExpression.parse("0 0 9 * * MON-FRI");
      cronUtils = ExecutionTime.forCron(
          new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX)).parse("0 9 * * 1-5"));
      libRecur = new org.dmfs.rfc5545.recur.RecurrenceRule(RRULE);
      libRecurStart = DateTime.parse(TimeZone.getTimeZone(ZONE), DTSTART);
      ical4j = new Recur<>(RRULE);
      ical4jSeed = LocalDateTime.parse(DTSTART, ICAL_LOCAL).atZone(ZONE);
      instants = queries(ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZONE).toInstant(),
          ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, ZONE).toInstant(),
          q -> sendtimeSet.next(q).orElseThrow().toInstant());
      dates = new Date[QUERIES];
      millis = new long[QUERIES];
      zoned = new ZonedDateTime[QUERIES];
      for (int i = 0; i < QUERIES; i++) {
        dates[i] = Date.from(instants[i]);
        millis[i] = instants[i].toEpochMilli() + 1000;
        zoned[i] = instants[i].atZone(ZONE);
      }
      List<String> disagreements = new ArrayList<>();
      for (int i = 0; i < QUERIES; i++) {
        index = i;
        Instant expected = sendtimeRecurrenceSet().orElseThrow().toInstant();
        Instant q = instants[i];
        index = i;
        agree(disagreements, "sendtime CronSchedule", q, expected,
            sendtimeCron().map(ZonedDateTime::toInstant).orElse(null));
        index = i;
        Date d = quartz();
        agree(disagreements, "Quartz", q, expected, d == null ? null : d.toInstant());
        index = i;
        ZonedDateTime z = spring();
        agree(disagreements, "Spring", q, expected, z == null ? null : z.toInstant());
        index = i;
        agree(disagreements, "cron-utils", q, expected,
            cronUtils().map(ZonedDateTime::toInstant).orElse(null));
        index = i;
        agree(disagreements, "lib-recur", q, expected, Instant.ofEpochMilli(libRecur()));
        index = i;
        z = ical4j();
        agree(disagreements, "ical4j", q, expected, z == null ? null : z.toInstant());
      }
      index = 0;
      failOn(disagreements, "Since1990");
    }

    Optional<ZonedDateTime> sendtimeRecurrenceSet() {
      int i = index;
      index = (i + 1) & (QUERIES - 1);
      return sendtimeSet.next(instants[i]);
    }

    Optional<ZonedDateTime> sendtimeCron() {
      int i = index;
      index = (i + 1) & (QUERIES - 1);
      return sendtimeCron.next(instants[i]);
    }

    Date quartz() {
      int i = index;
      index = (i + 1) & (QUERIES - 1);
      return quartz.getNextValidTimeAfter(dates[i]);
    }

    ZonedDateTime spring() {
      int i = index;
      index = (i + 1) & (QUERIES - 1);
      return spring.next(zoned[i]);
    }

    Optional<ZonedDateTime> cronUtils() {
      int i = index;
      index = (i + 1) & (QUERIES - 1);
      return cronUtils.nextExecution(zoned[i]);
    }

    long libRecur() {
      int i = index;
      index = (i + 1) & (QUERIES - 1);
      RecurrenceRuleIterator it = libRecur.iterator(libRecurStart);
      it.fastForward(millis[i]);
      return it.nextMillis();
    }

    ZonedDateTime ical4j() {
      int i = index;
      index = (i + 1) & (QUERIES - 1);
      return ical4j.getNextDate(ical4jSeed, zoned[i]);
    }
  }

  private static void agree(List<String> disagreements, String library, Instant query,
      Instant expected, Instant actual) {
    if (!expected.equals(actual)) {
      disagreements.add(library + ": next(" + query.atZone(ZONE) + ") = "
          + (actual == null ? null : actual.atZone(ZONE)) + ", sendtime: " + expected.atZone(ZONE));
    }
  }

  private static void failOn(List<String> disagreements, String name) {
    if (!disagreements.isEmpty()) {
      throw new IllegalStateException(name + ": " + disagreements.size() + " disagreements, first "
          + disagreements.subList(0, Math.min(10, disagreements.size())));
    }
  }

  /**
   * sendtime: {@code Anniversary.next(after)}.
   *
   * @param s  the case
   * @return the next occurrence
   */
  @Benchmark
  public Optional<ZonedDateTime> leapDaySendtime(LeapDay s) {
    return s.anniversary();
  }

  /**
   * sendtime: {@code RecurrenceSet.next(after)} of the RSCALE/SKIP rule.
   *
   * @param s  the case
   * @return the next occurrence
   */
  @Benchmark
  public Optional<ZonedDateTime> leapDaySendtimeRecurrenceSet(LeapDay s) {
    return s.sendtimeRecurrenceSet();
  }

  /**
   * lib-recur.
   *
   * @param s  the case
   * @return the next occurrence in epoch milliseconds
   */
  @Benchmark
  public long leapDayLibRecur(LeapDay s) {
    return s.libRecur();
  }

  /**
   * ical4j.
   *
   * @param s  the case
   * @return the next occurrence
   */
  @Benchmark
  public ZonedDateTime leapDayIcal4j(LeapDay s) {
    return s.ical4j();
  }

  /**
   * sendtime: {@code RecurrenceSet.next(after)} of the rule that starts in 1990.
   *
   * @param s  the case
   * @return the next occurrence
   */
  @Benchmark
  public Optional<ZonedDateTime> since1990Sendtime(Since1990 s) {
    return s.sendtimeRecurrenceSet();
  }

  /**
   * sendtime: {@code CronSchedule.next(after)} of {@code 0 9 * * 1-5}.
   *
   * @param s  the case
   * @return the next occurrence
   */
  @Benchmark
  public Optional<ZonedDateTime> since1990SendtimeCron(Since1990 s) {
    return s.sendtimeCron();
  }

  /**
   * Quartz.
   *
   * @param s  the case
   * @return the next occurrence
   */
  @Benchmark
  public Date since1990Quartz(Since1990 s) {
    return s.quartz();
  }

  /**
   * Spring.
   *
   * @param s  the case
   * @return the next occurrence
   */
  @Benchmark
  public ZonedDateTime since1990Spring(Since1990 s) {
    return s.spring();
  }

  /**
   * cron-utils.
   *
   * @param s  the case
   * @return the next occurrence
   */
  @Benchmark
  public Optional<ZonedDateTime> since1990CronUtils(Since1990 s) {
    return s.cronUtils();
  }

  /**
   * lib-recur.
   *
   * @param s  the case
   * @return the next occurrence in epoch milliseconds
   */
  @Benchmark
  public long since1990LibRecur(Since1990 s) {
    return s.libRecur();
  }

  /**
   * ical4j.
   *
   * @param s  the case
   * @return the next occurrence
   */
  @Benchmark
  public ZonedDateTime since1990Ical4j(Since1990 s) {
    return s.ical4j();
  }
}
