package org.sendtime.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.jspecify.annotations.Nullable;
import org.sendtime.recurrence.CronDialect;

/**
 * The text of random cron expressions, drawn field by field, for
 * {@link SendtimeArbitraries#cronExpressions(CronDialect)}.
 *
 * <p>Every text is valid in its dialect by construction: values stay in the field's range, a
 * step is never larger than Quartz allows, ranges are reversed only where Quartz wraps them (and
 * Spring's {@code SUN-WED}), and special forms appear only in the fields, the dialects and the
 * list positions where {@link CronDialect} allows them. The weights keep most expressions firing
 * every year: day-of-month, month and day-of-week are usually {@code *}.
 */
final class CronText {
  private static final String[] MONTH_NAMES =
      {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  /** Sunday first, as Vixie cron numbers the days. */
  private static final String[] DAY_NAMES = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
  private static final List<String> MACROS =
      List.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");

  private CronText() {}

  /**
   * One field of a dialect: the values it takes ({@code min} to {@code max}), how a value is
   * drawn, its name if it has one, whether a reversed range wraps around (Quartz), whether a
   * step may follow a single value ({@code 5/15}, not in Vixie cron) and whether {@code /n}
   * stands for a step of {@code *} (Quartz).
   */
  private record Field(
      int min,
      int max,
      Arbitrary<Integer> values,
      IntFunction<@Nullable String> names,
      boolean wraps,
      boolean startStep,
      boolean slashStep) {}

  /** The texts of a dialect, macros included where the dialect has them. */
  static Arbitrary<String> of(CronDialect dialect) {
    boolean quartz = dialect == CronDialect.QUARTZ;
    boolean unix = dialect == CronDialect.UNIX;
    Field second = new Field(0, 59, sixtyValues(), v -> null, quartz, !unix, quartz);
    Field minute = new Field(0, 59, sixtyValues(), v -> null, quartz, !unix, quartz);
    // Extra weight on the hours that daylight-saving changes skip or repeat.
    Field hour = new Field(0, 23, SendtimeArbitraries.weighted(
            Tuple.of(1, Arbitraries.integers().between(0, 3)),
            Tuple.of(1, Arbitraries.integers().between(0, 23))),
        v -> null, quartz, !unix, quartz);
    Field dayOfMonth = new Field(1, 31, SendtimeArbitraries.weighted(
            Tuple.of(5, Arbitraries.integers().between(1, 28)),
            Tuple.of(1, Arbitraries.integers().between(29, 31))),
        v -> null, quartz, !unix, false);
    Field month = new Field(1, 12, Arbitraries.integers().between(1, 12),
        v -> MONTH_NAMES[v - 1], quartz, !unix, false);
    Field dayOfWeek = quartz
        ? new Field(1, 7, Arbitraries.integers().between(1, 7), v -> DAY_NAMES[v - 1], true, true,
            false)
        : new Field(0, 7, Arbitraries.integers().between(0, 7),
            unix ? v -> v == 7 ? null : DAY_NAMES[v] : v -> v == 0 ? null : DAY_NAMES[v % 7],
            false, !unix, false);

    Arbitrary<String> seconds = SendtimeArbitraries.weighted(
        Tuple.of(14, Arbitraries.just("0")), Tuple.of(6, plain(second, 1, 3, 4, 2)));
    Arbitrary<String> minutes = SendtimeArbitraries.weighted(
        Tuple.of(4, Arbitraries.just("0")), Tuple.of(16, plain(minute, 2, 3, 8, 3)));
    Arbitrary<String> hours = plain(hour, 3, 3, 10, 3);
    List<Tuple2<Integer, Arbitrary<String>>> doms = new ArrayList<>();
    doms.add(Tuple.of(12, Arbitraries.just("*")));
    doms.add(Tuple.of(6, plain(dayOfMonth, 0, 1, 4, 1)));
    if (!unix) {
      doms.add(Tuple.of(3, dayOfMonthSpecials(dayOfMonth, quartz)));
    }
    if (dialect == CronDialect.SPRING) {
      doms.add(Tuple.of(1, Arbitraries.just("?")));
    }
    Arbitrary<String> months = SendtimeArbitraries.weighted(
        Tuple.of(14, Arbitraries.just("*")), Tuple.of(6, plain(month, 0, 1, 4, 1)));
    List<Tuple2<Integer, Arbitrary<String>>> dows = new ArrayList<>();
    dows.add(Tuple.of(13, Arbitraries.just("*")));
    dows.add(Tuple.of(6, plain(dayOfWeek, 0, 1, 4, 1)));
    if (!unix) {
      dows.add(Tuple.of(2, dayOfWeekSpecials(dayOfWeek, quartz)));
    }
    if (dialect == CronDialect.SPRING) {
      dows.add(Tuple.of(1, Arbitraries.just("?")));
      // Spring reads a range that starts at Sunday as starting at 0: SUN-WED, 7-3.
      dows.add(Tuple.of(1, Combinators.combine(
              Arbitraries.integers().between(1, 6), Arbitraries.of(false, true))
          .as((end, named) -> (named ? "SUN-" + DAY_NAMES[end] : "7-" + end))));
    }
    Arbitrary<String> dom = lowerSome(Arbitraries.frequencyOf(doms));
    Arbitrary<String> dow = lowerSome(Arbitraries.frequencyOf(dows));
    // Day-of-month, month and day-of-week, with one draw in ten a day that rarely or never comes.
    Arbitrary<List<String>> days = SendtimeArbitraries.weighted(
        Tuple.of(9, Combinators.combine(dom, lowerSome(months), dow).as(List::of)),
        Tuple.of(1, rareDays()));

    // Fields are separated by one space, now and then by a tab or two spaces.
    Arbitrary<String> gaps = SendtimeArbitraries.weighted(
        Tuple.of(18, Arbitraries.just(" ")), Tuple.of(1, Arbitraries.just("\t")),
        Tuple.of(1, Arbitraries.just("  ")));
    Arbitrary<String> macros = Combinators
        .combine(Arbitraries.of(MACROS), Arbitraries.integers().between(0, 4))
        .as((m, k) -> k == 0 ? m.toUpperCase(Locale.ROOT) : m);
    switch (dialect) {
      case UNIX:
        return SendtimeArbitraries.weighted(
            Tuple.of(19, Combinators.combine(minutes, hours, days, gaps)
                .as((mi, h, d, gap) -> String.join(gap, mi, h, d.get(0), d.get(1), d.get(2)))),
            Tuple.of(1, macros));
      case SPRING:
        return SendtimeArbitraries.weighted(
            Tuple.of(19, Combinators.combine(seconds, minutes, hours, days, gaps)
                .as((s, mi, h, d, gap) -> String.join(gap, s, mi, h, d.get(0), d.get(1), d.get(2)))),
            Tuple.of(1, macros));
      default:
        Field year = new Field(1970, 2099, SendtimeArbitraries.weighted(
                Tuple.of(3, Arbitraries.integers().between(2000, 2099)),
                Tuple.of(1, Arbitraries.integers().between(1970, 2099))),
            v -> null, false, true, true);
        Arbitrary<String> years = SendtimeArbitraries.weighted(
            Tuple.of(16, Arbitraries.just("")),
            Tuple.of(1, Arbitraries.just("*")),
            Tuple.of(3, plain(year, 0, 1, 3, 1)));
        return Combinators.combine(
                seconds, minutes, hours, days, years, Arbitraries.of(false, true), gaps)
            .as((s, mi, h, d, y, q, gap) ->
                quartz(s, mi, h, d.get(0), d.get(1), d.get(2), y, q).replace(" ", gap));
    }
  }

  /**
   * Day-of-month, month and an unrestricted day-of-week that meet once in four years (February
   * 29th) or never (February 30th, the 31st of a short month).
   */
  private static Arbitrary<List<String>> rareDays() {
    return Arbitraries.of(
        List.of("29", "2", "*"),
        List.of("29", "FEB", "*"),
        List.of("30", "2", "*"),
        List.of("31", "FEB", "*"),
        List.of("31", "4", "*"),
        List.of("31", "4,6,9,11", "*"),
        List.of("30,31", "2", "*"));
  }

  /**
   * Joins Quartz fields, putting {@code ?} in exactly one day field: the unrestricted one, or,
   * when both or neither are restricted, the one {@code questionInDayOfWeek} names.
   */
  private static String quartz(String s, String mi, String h, String dom, String mo, String dow,
      String year, boolean questionInDayOfWeek) {
    boolean domAll = dom.equals("*");
    boolean dowAll = dow.equals("*");
    boolean inDayOfWeek = domAll == dowAll ? questionInDayOfWeek : dowAll;
    String text = String.join(" ", s, mi, h, inDayOfWeek ? dom : "?", mo, inDayOfWeek ? "?" : dow);
    return year.isEmpty() ? text : text + " " + year;
  }

  /**
   * A field of plain parts: {@code *}, a step of {@code *}, one part, or a list of parts, with
   * the given weights (a zero weight leaves the choice out). Quartz's {@code /n} joins the steps
   * of {@code *} where the field allows it.
   */
  private static Arbitrary<String> plain(Field f, int star, int starStep, int single, int list) {
    Arbitrary<String> items = item(f).list().ofMinSize(2).ofMaxSize(3).map(l -> String.join(",", l));
    // A list may start with a step of *, which Vixie cron then counts as unrestricted.
    Arbitrary<String> lists = SendtimeArbitraries.weighted(
        Tuple.of(4, items),
        Tuple.of(1, Combinators.combine(steps(f), item(f)).as((n, i) -> "*/" + n + "," + i)));
    List<Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
    add(choices, star, Arbitraries.just("*"));
    add(choices, starStep, steps(f).map(n -> "*/" + n));
    if (f.slashStep()) {
      add(choices, (starStep + 2) / 3, steps(f).map(n -> "/" + n));
    }
    add(choices, single, item(f));
    add(choices, list, lists);
    return Arbitraries.frequencyOf(choices);
  }

  /** A value, a range, a range with a step, or (outside Vixie cron) a value with a step. */
  private static Arbitrary<String> item(Field f) {
    List<Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
    choices.add(Tuple.of(6, value(f)));
    choices.add(Tuple.of(3, range(f)));
    choices.add(Tuple.of(2, Combinators.combine(range(f), steps(f)).as((r, n) -> r + "/" + n)));
    if (f.startStep()) {
      choices.add(Tuple.of(1, Combinators.combine(value(f), steps(f)).as((v, n) -> v + "/" + n)));
    }
    return Arbitraries.frequencyOf(choices);
  }

  private static Arbitrary<String> value(Field f) {
    return Combinators.combine(f.values(), Arbitraries.of(false, true))
        .as((v, named) -> text(f, v, named));
  }

  /** A range {@code a-b}; reversed only where the dialect wraps it around. */
  private static Arbitrary<String> range(Field f) {
    return Combinators.combine(f.values(), f.values(), Arbitraries.of(false, true))
        .as((a, b, named) -> {
          boolean keep = a <= b || f.wraps();
          return text(f, keep ? a : b, named) + "-" + text(f, keep ? b : a, named);
        });
  }

  /** Steps from 1 to the number of values less one, the most Quartz allows; mostly small. */
  private static Arbitrary<Integer> steps(Field f) {
    int most = f.max() - f.min();
    return SendtimeArbitraries.weighted(
        Tuple.of(6, Arbitraries.integers().between(2, Math.min(6, most))),
        Tuple.of(1, Arbitraries.just(1)),
        Tuple.of(3, Arbitraries.integers().between(1, most)));
  }

  private static String text(Field f, int value, boolean named) {
    String name = named ? f.names().apply(value) : null;
    return name == null ? Integer.toString(value) : name;
  }

  /**
   * {@code L}, {@code L-n}, {@code nW}, {@code LW} and, in Quartz, {@code L-nW}; in Quartz the
   * last two forms and {@code nW} stand alone while {@code L} and {@code L-n} may follow other
   * days, and in Spring any of them may be listed with other days.
   */
  private static Arbitrary<String> dayOfMonthSpecials(Field dayOfMonth, boolean quartz) {
    Arbitrary<Integer> offsets = SendtimeArbitraries.weighted(
        Tuple.of(4, Arbitraries.integers().between(1, 7)),
        Tuple.of(1, Arbitraries.integers().between(quartz ? 0 : 1, 30)));
    Arbitrary<String> last = SendtimeArbitraries.weighted(
        Tuple.of(2, Arbitraries.just("L")), Tuple.of(2, offsets.map(n -> "L-" + n)));
    Arbitrary<String> nearest = dayOfMonth.values().map(n -> n + "W");
    Arbitrary<String> lastWeekday = Arbitraries.just("LW");
    Arbitrary<String> listed;
    if (quartz) {
      listed = Combinators.combine(item(dayOfMonth), last).as((i, l) -> i + "," + l);
      return SendtimeArbitraries.weighted(
          Tuple.of(3, last),
          Tuple.of(2, nearest),
          Tuple.of(2, lastWeekday),
          Tuple.of(1, offsets.map(n -> "L-" + n + "W")),
          Tuple.of(1, listed));
    }
    Arbitrary<String> one = SendtimeArbitraries.weighted(Tuple.of(3, last), Tuple.of(2, nearest), Tuple.of(2, lastWeekday));
    listed = Combinators.combine(one, SendtimeArbitraries.weighted(Tuple.of(1, one), Tuple.of(2, item(dayOfMonth))))
        .as((a, b) -> a + "," + b);
    return SendtimeArbitraries.weighted(Tuple.of(4, one), Tuple.of(1, listed));
  }

  /**
   * {@code dL} and {@code d#n} and, in Quartz, a lone {@code L}; in Quartz they stand alone, in
   * Spring they may be listed with other days.
   */
  private static Arbitrary<String> dayOfWeekSpecials(Field dayOfWeek, boolean quartz) {
    Arbitrary<String> lastOf = value(dayOfWeek).map(d -> d + "L");
    Arbitrary<String> nth = Combinators.combine(value(dayOfWeek), SendtimeArbitraries.weighted(
            Tuple.of(4, Arbitraries.integers().between(1, 4)), Tuple.of(1, Arbitraries.just(5))))
        .as((d, n) -> d + "#" + n);
    if (quartz) {
      return SendtimeArbitraries.weighted(Tuple.of(3, lastOf), Tuple.of(3, nth), Tuple.of(1, Arbitraries.just("L")));
    }
    Arbitrary<String> one = SendtimeArbitraries.weighted(Tuple.of(1, lastOf), Tuple.of(1, nth));
    Arbitrary<String> listed = Combinators
        .combine(one, SendtimeArbitraries.weighted(Tuple.of(1, one), Tuple.of(2, item(dayOfWeek))))
        .as((a, b) -> a + "," + b);
    return SendtimeArbitraries.weighted(Tuple.of(4, one), Tuple.of(1, listed));
  }

  /** Seconds and minutes, with extra weight on the quarters of an hour. */
  private static Arbitrary<Integer> sixtyValues() {
    return SendtimeArbitraries.weighted(
        Tuple.of(1, Arbitraries.of(0, 15, 30, 45)), Tuple.of(3, Arbitraries.integers().between(0, 59)));
  }

  /** The field as drawn, or in lower case one time in five: names and letters are case-blind. */
  private static Arbitrary<String> lowerSome(Arbitrary<String> field) {
    return Combinators.combine(field, Arbitraries.integers().between(0, 4))
        .as((t, k) -> k == 0 ? t.toLowerCase(Locale.ROOT) : t);
  }

  private static void add(List<Tuple2<Integer, Arbitrary<String>>> choices, int weight,
      Arbitrary<String> choice) {
    if (weight > 0) {
      choices.add(Tuple.of(weight, choice));
    }
  }
}
