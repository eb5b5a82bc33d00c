package org.sendtime.testing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.jspecify.annotations.Nullable;
import org.sendtime.recurrence.CronDialect;
import org.sendtime.recurrence.CronExpression;
import org.sendtime.recurrence.CronSchedule;
import org.sendtime.recurrence.Frequency;
import org.sendtime.recurrence.RecurrenceRule;
import org.sendtime.recurrence.RecurrenceSet;
import org.sendtime.recurrence.Skip;
import org.sendtime.recurrence.WeekdayNum;
import org.sendtime.time.DstPolicy;

/**
 * jqwik arbitraries for the dates, times, zones and recurrences that scheduling code gets wrong:
 * daylight-saving transitions, February 29, month ends, zones with odd rules, RFC 5545
 * recurrence rules and sets, and cron expressions and schedules.
 *
 * <p>Use them from a {@code @Provide} method:
 * <pre>
 * {@literal @}Property
 * void nextIsAfter({@literal @}ForAll("sets") RecurrenceSet set, {@literal @}ForAll("edges") ZonedDateTime after) {
 *   set.withZone(after.getZone()).next(after.toInstant())
 *       .ifPresent(next -&gt; assertThat(next.toInstant()).isAfter(after.toInstant()));
 * }
 *
 * {@literal @}Provide
 * Arbitrary&lt;RecurrenceSet&gt; sets() {
 *   return SendtimeArbitraries.recurrenceSets();
 * }
 *
 * {@literal @}Provide
 * Arbitrary&lt;ZonedDateTime&gt; edges() {
 *   return SendtimeArbitraries.dstEdgeInstants();
 * }
 * </pre>
 *
 * <p>Every arbitrary draws its values from the jqwik random source only, so a run is reproduced by
 * its seed. None depends on the JVM's default time zone or locale; the list of zones is that of
 * the JVM's time-zone database, sorted by id. Failing values shrink towards simple ones: dates
 * towards 1970-01-01, times towards midnight, zones towards the first id, rules towards fewer
 * parts.
 *
 * <p>This class is a static utility. The arbitraries it returns are immutable and may be shared.
 */
public final class SendtimeArbitraries {
  /** The first year of the default range. */
  private static final int FIRST_YEAR = 1900;
  /** The last year of the default range. */
  private static final int LAST_YEAR = 2100;

  /**
   * Zones whose rules have tripped up schedulers: a skipped day (Pacific/Apia, 2011), a
   * half-hour shift (Australia/Lord_Howe), midnight transitions (America/Sao_Paulo), the
   * reference zones of most tests (Europe/London, America/New_York), offsets with 45 or 30
   * minutes (Pacific/Chatham, Asia/Kathmandu, America/St_Johns), daylight saving suspended for
   * Ramadan (Africa/Casablanca) and a two-hour shift (Antarctica/Troll).
   */
  private static final List<String> ODD_ZONES = List.of(
      "Pacific/Apia", "Australia/Lord_Howe", "America/Sao_Paulo", "Europe/London",
      "America/New_York", "Pacific/Chatham", "Asia/Kathmandu", "America/St_Johns",
      "Africa/Casablanca", "Antarctica/Troll");

  private SendtimeArbitraries() {}

  // -------------------------------------------------------------------------------------------
  // Zones, dates and times

  /**
   * Obtains an arbitrary of time zones from the JVM's time-zone database.
   *
   * <p>The zones are those of {@link ZoneId#getAvailableZoneIds()}, sorted by id so that a seed
   * always picks the same zone on the same database. About one value in three is one of the
   * zones with odd rules: {@code Pacific/Apia}, {@code Australia/Lord_Howe},
   * {@code America/Sao_Paulo}, {@code Europe/London}, {@code America/New_York},
   * {@code Pacific/Chatham}, {@code Asia/Kathmandu}, {@code America/St_Johns},
   * {@code Africa/Casablanca} and {@code Antarctica/Troll}. Fixed offsets such as
   * {@code +05:30} are not produced.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ZoneId> zones() {
    List<ZoneId> all = ZoneId.getAvailableZoneIds().stream()
        .sorted()
        .map(ZoneId::of)
        .collect(Collectors.toList());
    List<ZoneId> odd = ODD_ZONES.stream()
        .filter(ZoneId.getAvailableZoneIds()::contains)
        .map(ZoneId::of)
        .collect(Collectors.toList());
    if (odd.isEmpty()) {
      return Arbitraries.of(all);
    }
    return weighted(Tuple.of(2, Arbitraries.of(all)), Tuple.of(1, Arbitraries.of(odd)));
  }

  /**
   * Obtains an arbitrary of local date-times from 1900 to 2100 inclusive.
   *
   * <p>This is {@code localDateTimes(1900, 2100)}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDateTime> localDateTimes() {
    return localDateTimes(FIRST_YEAR, LAST_YEAR);
  }

  /**
   * Obtains an arbitrary of local date-times within a range of years, to the second.
   *
   * <p>Dates are spread over the whole range, with extra weight on the last day of a month,
   * February 29 and January 1. Times are spread over the day, with extra weight on whole hours,
   * whole minutes, midnight and the last second of the day. Fractions of a second are always
   * zero, as in iCalendar.
   *
   * @param fromYear  the first year, inclusive, from 1 to 9999
   * @param toYear  the last year, inclusive, from {@code fromYear} to 9999
   * @return the arbitrary, not null
   * @throws IllegalArgumentException if a year is out of range or {@code toYear} is before
   *     {@code fromYear}
   */
  public static Arbitrary<LocalDateTime> localDateTimes(int fromYear, int toYear) {
    checkYear("fromYear", fromYear);
    checkYear("toYear", toYear);
    if (toYear < fromYear) {
      throw new IllegalArgumentException(
          "toYear must not be before fromYear: fromYear " + fromYear + ", toYear " + toYear);
    }
    return Combinators.combine(dates(fromYear, toYear), times()).as(LocalDateTime::of);
  }

  /**
   * Obtains an arbitrary of leap days, February 29, from 1904 to 2096.
   *
   * <p>Each of the 49 leap years between 1900 and 2100 is equally likely; 1900 and 2100 are not
   * leap years and 2000 is.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDate> leapDays() {
    return leapDays(FIRST_YEAR, LAST_YEAR);
  }

  /**
   * Obtains an arbitrary of month ends from January 1900 to December 2100: the 28th or 29th of
   * February, the 30th of April, June, September and November, and the 31st of the other months.
   *
   * <p>Februaries are drawn more often than their share, so that both February 28 in common
   * years and February 29 in leap years come up in short runs.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDate> monthEnds() {
    return monthEnds(FIRST_YEAR, LAST_YEAR);
  }

  // -------------------------------------------------------------------------------------------
  // Daylight saving

  /**
   * Obtains an arbitrary of instants at and near the offset transitions of a zone, from 1900 to
   * 2100, each returned in that zone.
   *
   * <p>The transitions are those of {@link ZoneRules#nextTransition(Instant)}: daylight-saving
   * changes in both directions and every other change of offset, such as the end of local mean
   * time or Samoa's move across the date line. Each value is a transition's instant, one second
   * before it, or up to two hours before or after it, to the second. The returned
   * {@link ZonedDateTime} has the zone and the offset in force at its instant, so
   * {@link ZonedDateTime#toLocalDateTime()} gives the wall-clock time a person in that zone saw.
   *
   * @param zone  the zone, not null
   * @return the arbitrary, not null
   * @throws IllegalArgumentException if the zone has no offset transition between 1900 and 2100,
   *     as with {@code UTC} or {@code Etc/GMT+5}
   */
  public static Arbitrary<ZonedDateTime> dstTransitions(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    List<Instant> transitions = transitions(zone.getRules());
    if (transitions.isEmpty()) {
      throw new IllegalArgumentException(
          "Zone " + zone.getId() + " has no offset transition between " + FIRST_YEAR + " and "
              + LAST_YEAR + " (use a zone with daylight saving, such as Europe/London)");
    }
    return Combinators.combine(Arbitraries.of(transitions), edgeOffsets())
        .as((t, s) -> ZonedDateTime.ofInstant(t.plusSeconds(s), zone));
  }

  /**
   * Obtains an arbitrary of instants at and near offset transitions, in zones drawn from
   * {@link #zones()}.
   *
   * <p>This draws a zone from {@link #zones()}, skipping zones that have no transition between
   * 1900 and 2100, and then an instant from {@link #dstTransitions(ZoneId)}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ZonedDateTime> dstEdgeInstants() {
    // A memo of each zone's transitions, private to this arbitrary.
    Map<ZoneId, List<Instant>> transitions = new ConcurrentHashMap<>();
    Arbitrary<ZoneId> zones = zones()
        .filter(z -> !transitions.computeIfAbsent(z, k -> transitions(k.getRules())).isEmpty());
    Arbitrary<Integer> indices = Arbitraries.integers().between(0, 1_000_000)
        .withDistribution(RandomDistribution.uniform());
    return Combinators.combine(zones, indices, edgeOffsets())
        .as((zone, index, seconds) -> {
          List<Instant> list = transitions.computeIfAbsent(zone, k -> transitions(k.getRules()));
          return ZonedDateTime.ofInstant(list.get(index % list.size()).plusSeconds(seconds), zone);
        });
  }

  // -------------------------------------------------------------------------------------------
  // Recurrence

  /**
   * Obtains an arbitrary of valid RFC 5545 recurrence rules over every frequency and rule part.
   *
   * <p>The rules respect the table of RFC 5545 §3.3.10, as {@link RecurrenceRule.Builder}
   * enforces it: {@code BYWEEKNO} only with {@code FREQ=YEARLY}, no {@code BYYEARDAY} with
   * {@code DAILY}, {@code WEEKLY} or {@code MONTHLY}, no {@code BYMONTHDAY} with {@code WEEKLY},
   * {@code BYDAY} ordinals only with {@code MONTHLY} or {@code YEARLY} and never next to
   * {@code BYWEEKNO}, {@code BYSETPOS} only next to another {@code BYxxx} part, and RFC 7529's
   * {@code SKIP} only with {@code RSCALE=GREGORIAN}. Sizes stay small: the interval is mostly 1
   * to 4, most {@code BYxxx} lists hold one to three values, about one rule in four has a
   * {@code COUNT} (mostly below 10) and one in five an {@code UNTIL} between 1900 and 2100, given
   * as a date, a local date-time or a UTC instant.
   *
   * <p>Most rules produce occurrences from most starts; a few, such as
   * {@code FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30}, produce none, as real input sometimes does.
   * So that each try stays fast, rules that a period-by-period search only finds empty after
   * centuries of short periods are avoided: a sub-daily interval that skips the values of the
   * frequency's own {@code BYxxx} part ({@code FREQ=HOURLY;INTERVAL=2;BYHOUR=10} from 09:00), a
   * sub-daily rule that only fires in leap seconds ({@code BYSECOND=60}), and a
   * {@code BYSETPOS} beyond the number of candidates in a sub-daily or daily period.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<RecurrenceRule> recurrenceRules() {
    Arbitrary<Temporal> untils = weighted(
        Tuple.of(1, localDateTimes().map(t -> (Temporal) t.toLocalDate())),
        Tuple.of(1, localDateTimes().map(t -> (Temporal) t)),
        Tuple.of(1, localDateTimes().map(t -> (Temporal) t.toInstant(ZoneOffset.UTC))));
    Arbitrary<End> ends = weighted(
        Tuple.of(11, Arbitraries.just(End.NONE)),
        Tuple.of(5, counts().map(n -> new End(n, 0, 0, null))),
        Tuple.of(4, untils.map(u -> new End(0, 0, 0, u))));
    // jqwik's edge cases, mixed in at every level of nesting, would crowd out the weights above.
    return Combinators.combine(ruleDrafts(false), ends)
        .as((draft, end) -> end.applyTo(draft, null).build())
        .withoutEdgeCases();
  }

  /**
   * Obtains an arbitrary of recurrence sets: one rule or two, a start from 1900 to 2100, and
   * sometimes extra ({@code RDATE}) and excluded ({@code EXDATE}) dates.
   *
   * <p>Most sets are zoned, in a zone of {@link #zones()}, and some of those start at a
   * daylight-saving transition, including at wall-clock times that the transition skips or
   * repeats. The others are floating (a local start without a zone), and a few are all-day (a
   * date start, with rules of a day or longer and no time of day). The rules are those of
   * {@link #recurrenceRules()}, except that an {@code UNTIL} is placed a few periods after the
   * start, in the form RFC 5545 requires for the start: a UTC instant for a zoned start, a local
   * date-time for a floating one, a date for an all-day one. Extra and excluded dates fall near
   * the start, the excluded ones mostly on occurrences of the first rule.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<RecurrenceSet> recurrenceSets() {
    Arbitrary<Anchor> zoned = Combinators.combine(zones(), localDateTimes())
        .as((zone, start) -> new Anchor(start, zone, false));
    Arbitrary<Anchor> atTransition = Combinators.combine(dstEdgeInstants(), Arbitraries.of(false, true))
        .as((edge, wallClockOfBefore) -> {
          ZoneRules rules = edge.getZone().getRules();
          // The wall-clock time of the offset before the transition, which is inside the gap (or
          // the overlap) when the edge is just after a transition.
          ZoneOffset earlier = rules.getOffset(edge.toInstant().minus(3, ChronoUnit.HOURS));
          LocalDateTime start = wallClockOfBefore
              ? LocalDateTime.ofInstant(edge.toInstant(), earlier)
              : edge.toLocalDateTime();
          return new Anchor(start, edge.getZone(), false);
        });
    Arbitrary<Anchor> floating = localDateTimes().map(start -> new Anchor(start, null, false));
    Arbitrary<Anchor> allDay = weighted(
            Tuple.of(3, localDateTimes().map(LocalDateTime::toLocalDate)),
            Tuple.of(1, leapDays()),
            Tuple.of(1, monthEnds()))
        .map(date -> new Anchor(date.atStartOfDay(), null, true));
    Arbitrary<Anchor> timed = weighted(Tuple.of(12, zoned), Tuple.of(3, atTransition), Tuple.of(4, floating));
    // jqwik's edge cases, mixed in at every level of nesting, would crowd out the weights above.
    return weighted(Tuple.of(19, setsAt(timed, false)), Tuple.of(2, setsAt(allDay, true)))
        .withoutEdgeCases();
  }

  // -------------------------------------------------------------------------------------------
  // Cron

  /**
   * Obtains an arbitrary of valid cron expressions of a dialect, parsed from random text.
   *
   * <p>Each expression is drawn as text, field by field, and parsed with
   * {@link CronExpression#parse(CharSequence, CronDialect)}, so {@link CronExpression#toString()}
   * gives the text drawn. A field is {@code *}, a step of {@code *} ({@code *}{@code /15}), one
   * part, or a list of two or three parts; a part is a value, a range ({@code 9-17}), a range
   * with a step ({@code 1-30/7}) or, outside {@link CronDialect#UNIX}, a value with a step
   * ({@code 5/20}), and a list sometimes starts with a step of {@code *}. Months and days of the
   * week are written as numbers or as names ({@code JAN}, {@code MON}), and about one day or
   * month field in five is in lower case. Hours 0 to 3, where most daylight-saving changes fall,
   * and minutes and seconds 0, 15, 30 and 45 are drawn more often than others. Fields are
   * separated by one space, and now and then by a tab or two spaces. By dialect:
   * <ul>
   *   <li>{@link CronDialect#UNIX}: five fields, without seconds; ranges are never reversed, and
   *       a step follows only {@code *} or a range. Some expressions restrict both day-of-month
   *       and day-of-week (a day then matches either), and some restrict one beside the other
   *       starting with {@code *}, such as {@code *}{@code /2} (both must then match). One
   *       expression in twenty is a macro such as {@code @daily}, sometimes in upper case.
   *   <li>{@link CronDialect#QUARTZ}: six fields, or seven with a year field (one in five) of
   *       years from 1970 to 2099; {@code ?} in exactly one of day-of-month and day-of-week, the
   *       other one alone choosing the days; steps of {@code *} also written {@code /n};
   *       reversed ranges, which wrap around ({@code 22-2}, {@code FRI-MON}); in day-of-month
   *       {@code L}, {@code L-n}, {@code nW}, {@code LW} and {@code L-nW}, with {@code L} and
   *       {@code L-n} sometimes after other days; in day-of-week {@code dL}, {@code d#n} and a
   *       lone {@code L}.
   *   <li>{@link CronDialect#SPRING}: six fields; day-of-week from 0 to 7, including ranges
   *       that start at Sunday ({@code SUN-WED}, {@code 7-3}); {@code ?} now and then in either
   *       day field; in day-of-month {@code L}, {@code L-n}, {@code nW} and {@code LW}, and in
   *       day-of-week {@code dL} and {@code d#n}, sometimes listed with other values. One
   *       expression in twenty is a macro.
   * </ul>
   * Most seconds fields are {@code 0}, and day-of-month, month and day-of-week are usually
   * unrestricted, so that about four expressions in five fire in every year. One in ten has a
   * day that comes once in four years or never (February 29th, February 30th, the 31st of a
   * short month); others fire rarely for other reasons, such as Friday the 13th in Spring, a
   * fifth Monday, or a Quartz year field in the past.
   *
   * @param dialect  the dialect of the expressions, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<CronExpression> cronExpressions(CronDialect dialect) {
    Objects.requireNonNull(dialect, "dialect");
    return CronText.of(dialect)
        .map(text -> CronExpression.parse(text, dialect))
        .withoutEdgeCases();
  }

  /**
   * Obtains an arbitrary of cron schedules: an expression of a random dialect read in a random
   * zone with a random daylight-saving policy.
   *
   * <p>The dialects are equally likely, and so are the policies of {@link DstPolicy}; the
   * expressions are those of {@link #cronExpressions(CronDialect)} and the zones those of
   * {@link #zones()}, which favours zones with odd daylight-saving rules. A schedule is never
   * floating.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<CronSchedule> cronSchedules() {
    Arbitrary<CronExpression> expressions = Arbitraries.oneOf(
        cronExpressions(CronDialect.UNIX),
        cronExpressions(CronDialect.QUARTZ),
        cronExpressions(CronDialect.SPRING));
    return Combinators.combine(expressions, zones(), Arbitraries.of(DstPolicy.class))
        .as(CronExpression::atZone)
        .withoutEdgeCases();
  }

  // -------------------------------------------------------------------------------------------
  // Implementation

  /** Where a set starts: its local start, its zone (null when floating) and whether all-day. */
  private record Anchor(LocalDateTime start, @Nullable ZoneId zone, boolean allDay) {}

  /**
   * How a rule ends: after {@code count} occurrences if positive, else at {@code until} if not
   * null, else {@code periods} periods and {@code seconds} seconds after the start if
   * {@code periods} is not zero, else never.
   */
  private record End(int count, int periods, int seconds, @Nullable Temporal until) {
    static final End NONE = new End(0, 0, 0, null);

    RecurrenceRule.Builder applyTo(RuleDraft d, @Nullable Anchor a) {
      RecurrenceRule.Builder b = d.toBuilder();
      if (count > 0) {
        return b.count(count);
      }
      Temporal u = until;
      if (u == null && a != null && periods != 0) {
        LocalDateTime local = a.start()
            .plus((long) periods * d.interval, unit(d.frequency))
            .plusSeconds(seconds);
        // RFC 5545 wants the UNTIL in the form of the start: a date, a local or a UTC date-time.
        ZoneId zone = a.zone();
        u = a.allDay() ? local.toLocalDate() : zone == null ? local : ZonedDateTime.of(local, zone).toInstant();
      }
      if (u instanceof Instant) {
        b.until((Instant) u);
      } else if (u instanceof LocalDate) {
        b.until((LocalDate) u);
      } else if (u instanceof LocalDateTime) {
        b.until((LocalDateTime) u);
      }
      return b;
    }
  }

  /**
   * An extra or excluded date: {@code periods} periods of the first rule (or {@code days} days)
   * after the start, at the start's time of day or at {@code time}, given as a local value, a
   * date ({@code form} 1) or an instant ({@code form} 2).
   */
  private record DateSpec(int periods, int days, @Nullable LocalTime time, int form) {
    Temporal on(Anchor a, RuleDraft first) {
      LocalDateTime local = days >= 0
          ? a.start().toLocalDate().plusDays(days).atTime(time == null ? a.start().toLocalTime() : time)
          : a.start().plus((long) periods * first.interval, unit(first.frequency));
      ZoneId zone = a.zone();
      if (a.allDay() || form == 1) {
        return local.toLocalDate();
      }
      if (form == 2 && zone != null) {
        return ZonedDateTime.of(local, zone).toInstant();
      }
      return local;
    }
  }

  private static Arbitrary<RecurrenceSet> setsAt(Arbitrary<Anchor> anchors, boolean allDay) {
    Arbitrary<End> ends = weighted(
        Tuple.of(11, Arbitraries.just(End.NONE)),
        Tuple.of(5, counts().map(n -> new End(n, 0, 0, null))),
        Tuple.of(4, Combinators.combine(
                weighted(
                    Tuple.of(12, Arbitraries.integers().between(1, 40)),
                    Tuple.of(1, Arbitraries.integers().between(-3, -1))),
                Arbitraries.integers().between(0, 3600))
            .as((k, seconds) -> new End(0, k, seconds, null))));
    Arbitrary<Tuple2<RuleDraft, End>> rule = Combinators.combine(ruleDrafts(allDay), ends).as(Tuple::of);
    Arbitrary<List<Tuple2<RuleDraft, End>>> rules = weighted(
        Tuple.of(6, rule.list().ofSize(1)), Tuple.of(1, rule.list().ofSize(2)));
    Arbitrary<DateSpec> rdate = Combinators.combine(
            Arbitraries.integers().between(0, 400),
            times().injectNull(0.5),
            Arbitraries.of(0, 0, 2))
        .as((days, time, form) -> new DateSpec(0, days, time, form));
    Arbitrary<DateSpec> exdate = Combinators.combine(
            Arbitraries.integers().between(0, 12), Arbitraries.of(0, 0, 0, 0, 0, 1, 2, 2))
        .as((k, form) -> new DateSpec(k, -1, null, form));
    Arbitrary<List<DateSpec>> rdates = weighted(
        Tuple.of(4, Arbitraries.just(List.<DateSpec>of())), Tuple.of(1, rdate.list().ofMinSize(1).ofMaxSize(3)));
    Arbitrary<List<DateSpec>> exdates = weighted(
        Tuple.of(3, Arbitraries.just(List.<DateSpec>of())), Tuple.of(1, exdate.list().ofMinSize(1).ofMaxSize(3)));
    return Combinators.combine(anchors, rules, rdates, exdates).as(SendtimeArbitraries::buildSet);
  }

  private static RecurrenceSet buildSet(
      Anchor a, List<Tuple2<RuleDraft, End>> rules, List<DateSpec> rdates, List<DateSpec> exdates) {
    RecurrenceSet.Builder b = a.allDay()
        ? RecurrenceSet.builder(a.start().toLocalDate())
        : RecurrenceSet.builder(a.start());
    ZoneId zone = a.zone();
    if (zone != null) {
      b.zone(zone);
    }
    for (Tuple2<RuleDraft, End> r : rules) {
      b.rule(r.get2().applyTo(r.get1(), a).build());
    }
    RuleDraft first = rules.get(0).get1();
    for (DateSpec spec : rdates) {
      Temporal t = spec.on(a, first);
      if (t instanceof Instant) {
        b.rdate((Instant) t);
      } else if (t instanceof LocalDate) {
        b.rdate((LocalDate) t);
      } else {
        b.rdate((LocalDateTime) t);
      }
    }
    for (DateSpec spec : exdates) {
      Temporal t = spec.on(a, first);
      if (t instanceof Instant) {
        b.exdate((Instant) t);
      } else if (t instanceof LocalDate) {
        b.exdate((LocalDate) t);
      } else {
        b.exdate((LocalDateTime) t);
      }
    }
    return b.build();
  }

  private static ChronoUnit unit(Frequency f) {
    switch (f) {
      case SECONDLY:
        return ChronoUnit.SECONDS;
      case MINUTELY:
        return ChronoUnit.MINUTES;
      case HOURLY:
        return ChronoUnit.HOURS;
      case DAILY:
        return ChronoUnit.DAYS;
      case WEEKLY:
        return ChronoUnit.WEEKS;
      case MONTHLY:
        return ChronoUnit.MONTHS;
      default:
        return ChronoUnit.YEARS;
    }
  }

  private static Arbitrary<Integer> counts() {
    return weighted(
        Tuple.of(4, Arbitraries.integers().between(1, 10)), Tuple.of(1, Arbitraries.integers().between(11, 40)));
  }

  /** Rule parts without an end; for an all-day start, only day-level frequencies and parts. */
  private static Arbitrary<RuleDraft> ruleDrafts(boolean allDay) {
    List<Tuple2<Integer, Frequency>> freqs = new ArrayList<>();
    freqs.add(Tuple.of(3, Frequency.YEARLY));
    freqs.add(Tuple.of(3, Frequency.MONTHLY));
    freqs.add(Tuple.of(3, Frequency.WEEKLY));
    freqs.add(Tuple.of(3, Frequency.DAILY));
    if (!allDay) {
      freqs.add(Tuple.of(2, Frequency.HOURLY));
      freqs.add(Tuple.of(1, Frequency.MINUTELY));
      freqs.add(Tuple.of(1, Frequency.SECONDLY));
    }
    return Arbitraries.frequencyOf(
        freqs.stream()
            .map(t -> Tuple.of(t.get1(), draftsOf(t.get2(), allDay)))
            .collect(Collectors.toList()));
  }

  private static Arbitrary<RuleDraft> draftsOf(Frequency f, boolean allDay) {
    boolean subDaily = f.isSubDaily();
    Builders.BuilderCombinator<RuleDraft> b = Builders.withBuilder(() -> new RuleDraft(f))
        .use(intervals()).inSetter((d, v) -> d.interval = v)
        .use(Arbitraries.of(DayOfWeek.class)).withProbability(0.25).inSetter((d, v) -> d.weekStart = v)
        .use(Arbitraries.of(Skip.class)).withProbability(0.08).inSetter((d, v) -> d.skip = v)
        .use(intSet(Arbitraries.integers().between(1, 12), 3))
        .withProbability(probability(f, 0.35, 0.2, 0.15, 0.15, 0.05))
        .inSetter((d, v) -> d.byMonth = v);
    if (f != Frequency.WEEKLY) {
      b = b.use(intSet(monthDayValues(), 3))
          .withProbability(probability(f, 0.3, 0.4, 0, 0.15, 0.05))
          .inSetter((d, v) -> d.byMonthDay = v);
    }
    if (f == Frequency.YEARLY || subDaily) {
      b = b.use(intSet(yearDayValues(), 2))
          .withProbability(subDaily ? 0.03 : 0.12)
          .inSetter((d, v) -> d.byYearDay = v);
    }
    if (f == Frequency.YEARLY) {
      b = b.use(intSet(weekNoValues(), 2)).withProbability(0.12).inSetter((d, v) -> d.byWeekNo = v);
    }
    boolean ordinals = f == Frequency.MONTHLY || f == Frequency.YEARLY;
    b = b.use(weekdays(ordinals, f == Frequency.YEARLY))
        .withProbability(probability(f, 0.4, 0.45, 0.6, 0.3, 0.12))
        .inSetter((d, v) -> d.byDay = v);
    if (!allDay) {
      b = b.use(intSet(Arbitraries.integers().between(0, 23), 3))
              .withProbability(subDaily ? 0.3 : 0.2)
              .inSetter((d, v) -> d.byHour = v)
          .use(intSet(minuteValues(), 3))
              .withProbability(subDaily ? 0.3 : 0.15)
              .inSetter((d, v) -> d.byMinute = v)
          .use(intSet(secondValues(), 2))
              .withProbability(subDaily ? 0.25 : 0.1)
              .inSetter((d, v) -> d.bySecond = v);
    }
    return b.use(intSet(setPosValues(), 2)).withProbability(0.15).inSetter((d, v) -> d.bySetPos = v)
        .build();
  }

  private static double probability(
      Frequency f, double yearly, double monthly, double weekly, double daily, double subDaily) {
    switch (f) {
      case YEARLY:
        return yearly;
      case MONTHLY:
        return monthly;
      case WEEKLY:
        return weekly;
      case DAILY:
        return daily;
      default:
        return subDaily;
    }
  }

  private static Arbitrary<Integer> intervals() {
    return weighted(
        Tuple.of(10, Arbitraries.just(1)),
        Tuple.of(4, Arbitraries.just(2)),
        Tuple.of(2, Arbitraries.just(3)),
        Tuple.of(2, Arbitraries.just(4)),
        Tuple.of(1, Arbitraries.integers().between(5, 12)));
  }

  private static Arbitrary<Integer> monthDayValues() {
    return weighted(
        Tuple.of(6, Arbitraries.integers().between(1, 28)),
        Tuple.of(2, Arbitraries.integers().between(29, 31)),
        Tuple.of(2, Arbitraries.integers().between(-3, -1)),
        Tuple.of(1, Arbitraries.integers().between(-31, -4)));
  }

  private static Arbitrary<Integer> yearDayValues() {
    return weighted(
        Tuple.of(5, Arbitraries.integers().between(1, 365)),
        Tuple.of(2, Arbitraries.integers().between(-31, -1)),
        Tuple.of(1, Arbitraries.of(366, -366, 59, 60, -306)),
        Tuple.of(1, Arbitraries.integers().between(-365, -32)));
  }

  private static Arbitrary<Integer> weekNoValues() {
    return weighted(
        Tuple.of(5, Arbitraries.integers().between(1, 52)),
        Tuple.of(2, Arbitraries.of(1, -1, -2)),
        Tuple.of(1, Arbitraries.of(53, -53)),
        Tuple.of(1, Arbitraries.integers().between(-52, -3)));
  }

  private static Arbitrary<Integer> minuteValues() {
    return weighted(
        Tuple.of(3, Arbitraries.of(0, 15, 30, 45)), Tuple.of(2, Arbitraries.integers().between(0, 59)));
  }

  private static Arbitrary<Integer> secondValues() {
    return weighted(
        Tuple.of(4, Arbitraries.just(0)),
        Tuple.of(3, Arbitraries.integers().between(0, 59)),
        Tuple.of(1, Arbitraries.just(60)));
  }

  private static Arbitrary<Integer> setPosValues() {
    return weighted(
        Tuple.of(4, Arbitraries.just(1)),
        Tuple.of(4, Arbitraries.just(-1)),
        Tuple.of(2, Arbitraries.of(2, -2)),
        Tuple.of(1, Arbitraries.integers().between(3, 5)),
        Tuple.of(1, Arbitraries.integers().between(-5, -3)));
  }

  /** {@code BYDAY} values: plain days, weekdays, and (where allowed) days with ordinals. */
  private static Arbitrary<List<WeekdayNum>> weekdays(boolean ordinals, boolean yearly) {
    Arbitrary<List<WeekdayNum>> plain = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(3)
        .map(days -> days.stream().sorted().map(WeekdayNum::every).collect(Collectors.toList()));
    Arbitrary<List<WeekdayNum>> workdays = Arbitraries.just(
        List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY).stream()
            .map(WeekdayNum::every)
            .collect(Collectors.toList()));
    if (!ordinals) {
      return weighted(Tuple.of(4, plain), Tuple.of(1, workdays));
    }
    List<Tuple2<Integer, Arbitrary<Integer>>> ordinalChoices = new ArrayList<>();
    ordinalChoices.add(Tuple.of(5, Arbitraries.integers().between(1, 4)));
    ordinalChoices.add(Tuple.of(3, Arbitraries.integers().between(-2, -1)));
    ordinalChoices.add(Tuple.of(1, Arbitraries.of(5, -5, -3, -4)));
    if (yearly) {
      ordinalChoices.add(Tuple.of(1, Arbitraries.integers().between(6, 53)));
      ordinalChoices.add(Tuple.of(1, Arbitraries.integers().between(-53, -6)));
    }
    Arbitrary<WeekdayNum> withOrdinal = Combinators.combine(
            Arbitraries.frequencyOf(ordinalChoices), Arbitraries.of(DayOfWeek.class))
        .as(WeekdayNum::of);
    Arbitrary<List<WeekdayNum>> numbered = withOrdinal.set().ofMinSize(1).ofMaxSize(2)
        .map(days -> days.stream().sorted().collect(Collectors.toList()));
    return weighted(Tuple.of(4, plain), Tuple.of(1, workdays), Tuple.of(3, numbered));
  }

  private static Arbitrary<Set<Integer>> intSet(Arbitrary<Integer> values, int maxSize) {
    return values.set().ofMinSize(1).ofMaxSize(maxSize).map(TreeSet::new);
  }

  private static Arbitrary<LocalDate> dates(int fromYear, int toYear) {
    long first = LocalDate.of(fromYear, 1, 1).toEpochDay();
    long last = LocalDate.of(toYear, 12, 31).toEpochDay();
    List<Tuple2<Integer, Arbitrary<LocalDate>>> choices = new ArrayList<>();
    choices.add(Tuple.of(14, Arbitraries.longs().between(first, last)
        .withDistribution(RandomDistribution.uniform())
        .map(LocalDate::ofEpochDay)));
    choices.add(Tuple.of(2, monthEnds(fromYear, toYear)));
    choices.add(Tuple.of(1, Arbitraries.integers().between(fromYear, toYear).map(y -> LocalDate.of(y, 1, 1))));
    if (IntStream.rangeClosed(fromYear, toYear).anyMatch(Year::isLeap)) {
      choices.add(Tuple.of(1, leapDays(fromYear, toYear)));
    }
    return Arbitraries.frequencyOf(choices);
  }

  private static Arbitrary<LocalTime> times() {
    return weighted(
        Tuple.of(4, Arbitraries.integers().between(0, 23).map(h -> LocalTime.of(h, 0))),
        Tuple.of(3, Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60))),
        Tuple.of(3, Arbitraries.integers().between(0, 24 * 3600 - 1)
            .withDistribution(RandomDistribution.uniform())
            .map(LocalTime::ofSecondOfDay)),
        Tuple.of(1, Arbitraries.of(LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59))));
  }

  private static Arbitrary<LocalDate> leapDays(int fromYear, int toYear) {
    List<Integer> years = IntStream.rangeClosed(fromYear, toYear)
        .filter(Year::isLeap)
        .boxed()
        .collect(Collectors.toList());
    return Arbitraries.of(years).map(y -> LocalDate.of(y, Month.FEBRUARY, 29));
  }

  private static Arbitrary<LocalDate> monthEnds(int fromYear, int toYear) {
    Arbitrary<LocalDate> any = Arbitraries.integers().between(0, (toYear - fromYear + 1) * 12 - 1)
        .withDistribution(RandomDistribution.uniform())
        .map(i -> YearMonth.of(fromYear + i / 12, i % 12 + 1).atEndOfMonth());
    Arbitrary<LocalDate> februaries = Arbitraries.integers().between(fromYear, toYear)
        .map(y -> YearMonth.of(y, 2).atEndOfMonth());
    return weighted(Tuple.of(3, any), Tuple.of(1, februaries));
  }

  /** Seconds from a transition: on it, one second before or after, and up to two hours away. */
  private static Arbitrary<Long> edgeOffsets() {
    return weighted(
        Tuple.of(3, Arbitraries.just(0L)),
        Tuple.of(1, Arbitraries.of(-1L, 1L, -3600L, 3600L, -7200L, 7200L)),
        Tuple.of(6, Arbitraries.longs().between(-7200, 7200)));
  }

  private static List<Instant> transitions(ZoneRules rules) {
    List<Instant> out = new ArrayList<>();
    Instant last = lastInstant();
    ZoneOffsetTransition t = rules.nextTransition(firstInstant());
    while (t != null && !t.getInstant().isAfter(last)) {
      out.add(t.getInstant());
      t = rules.nextTransition(t.getInstant());
    }
    return out;
  }

  private static Instant firstInstant() {
    return LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  private static Instant lastInstant() {
    return LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  private static void checkYear(String name, int year) {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException(
          "Invalid value for " + name + " (valid values 1 - 9999): " + year);
    }
  }

  /** Chooses among arbitraries with weights; shared by the generators of this package. */
  @SafeVarargs
  static <T> Arbitrary<T> weighted(Tuple2<Integer, ? extends Arbitrary<T>>... choices) {
    List<Tuple2<Integer, ? extends Arbitrary<T>>> list = new ArrayList<>();
    for (Tuple2<Integer, ? extends Arbitrary<T>> choice : choices) {
      list.add(choice);
    }
    return Arbitraries.frequencyOf(list);
  }
}
