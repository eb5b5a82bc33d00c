package org.sendtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import org.sendtime.recurrence.CronDialect;
import org.sendtime.recurrence.CronExpression;
import org.sendtime.recurrence.CronSchedule;
import org.sendtime.time.DstPolicy;

/**
 * Cron schedules keep the laws of {@link CronSchedule} and {@link DstPolicy}: fire times
 * strictly increase, each is a match of the expression or a match moved out of a gap as the
 * policy says, a window holds exactly the fire times of {@link CronBruteForce}, seeking agrees
 * with streaming, and the text round-trips.
 */
class CronProperties {
  private static final Instant FIRST = Instant.parse("1970-01-01T00:00:00Z");
  private static final Instant LAST = Instant.parse("2101-01-01T00:00:00Z");

  /** A schedule and the instant after which its fire times are taken, near a transition or not. */
  record Run(CronSchedule schedule, Instant after, boolean atEdge) {
    ZoneId zone() {
      return schedule.zone().orElseThrow();
    }

    @Override
    public String toString() {
      return schedule + " after " + after.atZone(zone()) + (atEdge ? " (near a transition)" : "");
    }
  }

  /** Where {@code x} is put relative to a streamed fire time. */
  enum Probe {
    /** Exactly on the fire time. */
    ON,
    /** A few seconds to a few days around it. */
    NEAR,
    /** Within two hours of the offset transition nearest to it. */
    DST_EDGE
  }

  @Property(tries = 1000)
  void fireTimes_strictlyIncreasing(@ForAll("runs") Run run) {
    List<ZonedDateTime> fires = run.schedule().occurrencesAfter(run.after())
        .limit(Fixtures.TAKE)
        .collect(Collectors.toList());
    List<Instant> instants = fires.stream().map(ZonedDateTime::toInstant).collect(Collectors.toList());
    assertThat(Fixtures.strictlyIncreasing(instants)).as("%s of%n%s", fires, run).isTrue();
    assertThat(instants).as("%s of%n%s", fires, run).allSatisfy(i -> assertThat(i).isAfter(run.after()));
    assertThat(fires).allSatisfy(f -> assertThat(f.getZone()).isEqualTo(run.zone()));
  }

  /**
   * Each fire time is a wall-clock match of the expression (for a fixed hour in an overlap, its
   * first instance) or, for a fixed hour, a match in a gap moved as the policy documents:
   * forward by the length of the gap, or to the transition.
   */
  @Property(tries = 1000)
  void fireTimes_matchOrAreMovedOutOfAGap(@ForAll("runs") Run run) {
    CronSchedule schedule = run.schedule();
    CronExpression expression = schedule.expression();
    CronBruteForce reference = CronBruteForce.of(expression);
    ZoneRules rules = run.zone().getRules();
    List<ZonedDateTime> fires = schedule.occurrencesAfter(run.after())
        .limit(Fixtures.TAKE)
        .collect(Collectors.toList());
    for (ZonedDateTime fire : fires) {
      LocalDateTime wallClock = fire.toLocalDateTime();
      ZoneOffsetTransition at = rules.getTransition(wallClock);
      if (expression.matches(wallClock)) {
        assertThat(reference.matches(wallClock)).as("the reference matches %s of%n%s", fire, run).isTrue();
        if (reference.hourFixed() && at != null && at.isOverlap()) {
          assertThat(fire.getOffset()).as("%s is the second pass of a fixed hour, of%n%s", fire, run)
              .isEqualTo(at.getOffsetBefore());
        }
        continue;
      }
      assertThat(reference.hourFixed() && schedule.policy() != DstPolicy.SKIP)
          .as("%s does not match and cannot be moved, of%n%s", fire, run)
          .isTrue();
      ZoneOffsetTransition gap = rules.previousTransition(fire.toInstant().plusSeconds(1));
      assertThat(gap != null && gap.isGap()).as("%s is not after a gap, of%n%s", fire, run).isTrue();
      if (schedule.policy() == DstPolicy.SHIFT_FORWARD) {
        LocalDateTime moved = wallClock.minus(gap.getDuration());
        assertThat(!moved.isBefore(gap.getDateTimeBefore()) && moved.isBefore(gap.getDateTimeAfter())
                && expression.matches(moved) && reference.matches(moved))
            .as("%s is not a match in the gap moved forward by %s, of%n%s", fire, gap.getDuration(), run)
            .isTrue();
      } else {
        assertThat(fire.toInstant()).as("%s is not at the transition, of%n%s", fire, run)
            .isEqualTo(gap.getInstant());
        assertThat(reference.between(gap.getDateTimeBefore(), gap.getDateTimeAfter()))
            .as("matches in the gap before %s, of%n%s", fire, run)
            .isNotEmpty()
            .allSatisfy(t -> assertThat(expression.matches(t)).isTrue());
      }
    }
  }

  /**
   * Within a window, the fire times are exactly those of {@link CronBruteForce}: every minute
   * (and matching second) of the wall clock tried, resolved by the documented rules. The window
   * is two to three days long (one to three hours when several seconds of a minute match) and
   * starts a little before a fire time, or a little before a transition of the zone.
   */
  @Property(tries = 1000)
  void window_equalsBruteForce(
      @ForAll("windowRuns") Run run,
      @ForAll @DoubleRange(min = 0, max = 1) double lead,
      @ForAll @DoubleRange(min = 0, max = 1) double stretch) {
    CronSchedule schedule = run.schedule();
    CronBruteForce reference = CronBruteForce.of(schedule.expression());
    Duration length = reference.secondsPerMinute() > 1
        ? Duration.ofMinutes(60 + (long) (120 * stretch))
        : Duration.ofMinutes(2 * 1440 + (long) (1440 * stretch));
    Instant anchor = run.atEdge()
        ? run.after()
        : schedule.next(run.after()).map(ZonedDateTime::toInstant).orElse(run.after());
    Instant after = anchor.minusSeconds((long) (length.getSeconds() * lead / 2));
    Instant end = after.plus(length);

    CronBruteForce.Window expected = reference.window(run.zone(), schedule.policy(), after, end);
    List<Instant> actual = schedule.occurrencesAfter(after)
        .map(ZonedDateTime::toInstant)
        .takeWhile(i -> i.isBefore(end))
        .collect(Collectors.toList());
    assertThat(actual)
        .as("fire times in (%s, %s) of%n%s", after.atZone(run.zone()), end.atZone(run.zone()), schedule)
        .containsExactlyElementsOf(expected.fireTimes());

    Statistics.label("window").collect(expected.fireTimes().isEmpty() ? "empty" : "with fire times");
    Statistics.label("window").coverage(c -> c.check("with fire times").percentage(p -> p >= 45));
    String dst = expected.inGaps() > 0
        ? (reference.hourFixed() ? "fixed hour in a gap" : "any hour in a gap")
        : expected.inOverlaps() > 0 ? "in an overlap" : "no change";
    Statistics.label("daylight saving").collect(dst);
    Statistics.label("daylight saving").coverage(c -> {
      c.check("fixed hour in a gap").percentage(p -> p >= 5);
      c.check("in an overlap").percentage(p -> p >= 5);
    });
  }

  @Property(tries = 1000)
  void next_isFirstStreamedFireTimeAfter(
      @ForAll("runs") Run run,
      @ForAll @IntRange(min = 0, max = Fixtures.TAKE - 1) int index,
      @ForAll Probe probe,
      @ForAll @LongRange(min = -3 * 86_400, max = 3 * 86_400) long nudge) {
    CronSchedule schedule = run.schedule();
    List<ZonedDateTime> stream = schedule.occurrencesAfter(run.after())
        .limit(Fixtures.TAKE)
        .collect(Collectors.toList());
    Instant x = stream.isEmpty()
        ? run.after().plusSeconds(Math.abs(nudge))
        : probe(run, stream.get(index % stream.size()), probe, nudge);
    // Before the run's start the stream says nothing; past its last element, nothing either.
    if (x.isBefore(run.after())) {
      x = run.after();
    }
    if (stream.size() == Fixtures.TAKE && !x.isBefore(stream.get(stream.size() - 1).toInstant())) {
      x = stream.get(stream.size() - 1).toInstant().minusSeconds(1);
    }
    Instant after = x;
    List<ZonedDateTime> expected =
        stream.stream().filter(f -> f.toInstant().isAfter(after)).collect(Collectors.toList());
    assertThat(schedule.next(after)).as("next(%s) of%n%s", after.atZone(run.zone()), run)
        .isEqualTo(expected.stream().findFirst());
    assertThat(schedule.occurrencesAfter(after).limit(expected.size()).collect(Collectors.toList()))
        .as("occurrencesAfter(%s) of%n%s", after.atZone(run.zone()), run)
        .isEqualTo(expected);
  }

  @Property(tries = 1000)
  void parse_toStringRoundTrips(@ForAll("expressions") CronExpression expression) {
    CronExpression again = CronExpression.parse(expression.toString(), expression.dialect());
    assertThat(again).isEqualTo(expression);
    assertThat(again.hashCode()).isEqualTo(expression.hashCode());
    assertThat(again.toString()).isEqualTo(expression.toString());
  }

  private static Instant probe(Run run, ZonedDateTime fire, Probe probe, long nudge) {
    Instant t = fire.toInstant();
    switch (probe) {
      case ON:
        return t;
      case NEAR:
        return t.plusSeconds(nudge);
      default:
        ZoneRules rules = run.zone().getRules();
        ZoneOffsetTransition after = rules.nextTransition(t);
        ZoneOffsetTransition before = rules.previousTransition(t.plusSeconds(1));
        ZoneOffsetTransition nearest = after == null ? before
            : before == null ? after
            : Duration.between(before.getInstant(), t)
                .compareTo(Duration.between(t, after.getInstant())) <= 0
                ? before : after;
        // Up to two hours either side of the transition, scaled from the nudge.
        return nearest == null ? t.plusSeconds(nudge) : nearest.getInstant().plusSeconds(nudge / 36);
    }
  }

  @Provide
  Arbitrary<Run> runs() {
    return runs(1, 1);
  }

  /**
   * Runs for windows: one in three from anywhere, one near a transition, and one near a
   * transition with the expression's hour field moved onto the hour the transition skips or
   * repeats, where fixed hours meet the policies.
   */
  @Provide
  Arbitrary<Run> windowRuns() {
    Arbitrary<String> hourForms = Arbitraries.of("%d", "%d", "%d-%d", "%d,%d", "*/1");
    Arbitrary<Run> onTheHour = Combinators.combine(
            SendtimeArbitraries.cronSchedules(), SendtimeArbitraries.dstEdgeInstants(), hourForms,
            Arbitraries.integers().between(0, 23), Arbitraries.of(false, true))
        .as((s, edge, form, other, everyDay) -> {
          // The edge is within two hours of a transition.
          ZoneOffsetTransition t =
              edge.getZone().getRules().previousTransition(edge.toInstant().plusSeconds(7201));
          int hour = t == null
              ? edge.getHour()
              : (t.isGap() ? t.getDateTimeBefore() : t.getDateTimeAfter()).getHour();
          String field = form.equals("%d-%d")
              ? String.format(Locale.ROOT, form, Math.min(hour, other), Math.max(hour, other))
              : String.format(Locale.ROOT, form, hour, other);
          CronSchedule moved = withFields(s.expression(), field, everyDay)
              .atZone(edge.getZone(), s.policy());
          return new Run(moved, edge.toInstant(), true);
        });
    return Arbitraries.oneOf(runs(1, 1), runs(0, 1), onTheHour);
  }

  /**
   * The expression with another hour field and, if {@code everyDay}, every day of every month;
   * a macro stays as it is.
   */
  private static CronExpression withFields(CronExpression e, String hourField, boolean everyDay) {
    String[] fields = e.toString().trim().split("\\s+");
    if (fields.length < 5) {
      return e;
    }
    int hour = e.dialect() == CronDialect.UNIX ? 1 : 2;
    fields[hour] = hourField;
    if (everyDay) {
      fields[hour + 1] = "*";
      fields[hour + 2] = "*";
      fields[hour + 3] = e.dialect() == CronDialect.QUARTZ ? "?" : "*";
    }
    return CronExpression.parse(String.join(" ", fields), e.dialect());
  }

  /** Runs from anywhere in 1970 to 2100 and runs near transitions, in the given proportions. */
  private static Arbitrary<Run> runs(int anywhereWeight, int atEdgeWeight) {
    Arbitrary<CronSchedule> schedules = SendtimeArbitraries.cronSchedules();
    Arbitrary<Instant> instants = Arbitraries.longs()
        .between(FIRST.getEpochSecond(), LAST.getEpochSecond() - 1)
        .withDistribution(RandomDistribution.uniform())
        .map(Instant::ofEpochSecond);
    Arbitrary<Run> anywhere = Combinators.combine(schedules, instants)
        .as((s, i) -> new Run(s, i, false));
    Arbitrary<Run> atEdges = Combinators.combine(schedules, SendtimeArbitraries.dstEdgeInstants())
        .as((s, e) -> new Run(s.withZone(e.getZone()), e.toInstant(), true));
    if (anywhereWeight == 0) {
      return atEdges;
    }
    return Arbitraries.frequencyOf(Tuple.of(anywhereWeight, anywhere), Tuple.of(atEdgeWeight, atEdges));
  }

  @Provide
  Arbitrary<CronExpression> expressions() {
    return Arbitraries.oneOf(
        SendtimeArbitraries.cronExpressions(CronDialect.UNIX),
        SendtimeArbitraries.cronExpressions(CronDialect.QUARTZ),
        SendtimeArbitraries.cronExpressions(CronDialect.SPRING));
  }
}
