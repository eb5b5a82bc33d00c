package org.sendtime.testing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sendtime.recurrence.CronDialect;
import org.sendtime.recurrence.CronExpression;
import org.sendtime.time.DstPolicy;

/**
 * A slow, obviously-correct reference for a cron expression: it reads the text again from the
 * definitions of its dialect ({@link CronDialect}), decides whether a local date-time matches by
 * testing each field on its own, lists matches by trying every minute of a window, and resolves
 * them to instants by the daylight-saving rules of {@link DstPolicy}.
 *
 * <p>The reading of the dialects:
 * <ul>
 *   <li>{@code *} and {@code ?} are every value of the field, a step of {@code *} counts from
 *       the field's first value ({@code /n} is {@code *}{@code /n} in Quartz), {@code a/n} runs
 *       from a to the field's largest value, {@code a-b/n} from a to b. Day-of-week's {@code *} is
 *       0-7 in Unix and 1-7 in Quartz and Spring.
 *   <li>Day-of-week numbers: 0 and 7 are Sunday in Unix and Spring, 1 is Sunday and 7 Saturday
 *       in Quartz. Names are three letters, case-blind; in Spring {@code SUN} is 7, and a range
 *       from 7 to a smaller day starts at 0.
 *   <li>Quartz reverses ranges by wrapping, as its own {@code addToSet} does: a range
 *       {@code a-b} with a after b counts from a up to b plus the number of values, each taken
 *       modulo that number.
 *   <li>Day-of-month specials: {@code L} is the last day, {@code L-n} the day n days before it,
 *       {@code nW} the weekday (Monday to Friday) nearest day n without leaving the month (a
 *       Saturday the 1st gives Monday the 3rd, a Sunday that ends the month the Friday before,
 *       and a month without day n has none), {@code LW} the weekday nearest the last day and
 *       {@code L-nW} the weekday nearest n days before it. Day-of-week specials: {@code dL} is
 *       the last day d of the month, {@code d#n} the n-th, and Quartz's lone {@code L} Saturday.
 *   <li>Combining the day fields: Unix matches if either field does when both are restricted,
 *       a field being unrestricted when its text begins with {@code *} (whatever follows), and
 *       both must match otherwise; Quartz uses the field that is not {@code ?}; Spring needs
 *       both.
 *   <li>Quartz's year field takes 1970 to 2099, {@code *} included; without a year field every
 *       year matches.
 *   <li>The macros stand for their five fields (with a leading {@code 0} second in Spring).
 * </ul>
 *
 * <p>Resolving to instants, where the hour is <em>fixed</em> unless the hour field's text
 * begins with {@code *} (or {@code /} in Quartz): a local date-time with one offset is that
 * instant; in an overlap a fixed-hour match is its earlier instant and any other match both
 * instants; in a gap a non-fixed match is nothing, and a fixed-hour match is moved forward by
 * the length of the gap ({@code SHIFT_FORWARD}), dropped ({@code SKIP}) or put at the instant of
 * the transition ({@code AT_TRANSITION}). Equal instants fire once.
 */
final class CronBruteForce {
  private static final String[] MONTH_NAMES =
      {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  private static final String[] DAY_NAMES = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
  private static final Pattern LAST = Pattern.compile("L(?:-(\\d+))?(W?)");
  private static final Pattern NEAREST = Pattern.compile("(\\d+)W");
  private static final Pattern NTH = Pattern.compile("(\\w+)#(\\d+)");
  private static final Pattern LAST_OF = Pattern.compile("(\\w+)L");

  /** What a field is: its values for {@code *}, its largest value and its names. */
  private enum Kind {
    SECOND, MINUTE, HOUR, DAY_OF_MONTH, MONTH, DAY_OF_WEEK, YEAR
  }

  private final CronDialect dialect;
  private final boolean[] seconds = new boolean[60];
  private final boolean[] minutes = new boolean[60];
  private final boolean[] hours = new boolean[24];
  private final boolean[] months = new boolean[13];
  /** By year from 1970, or null for every year. */
  private final boolean @Nullable [] years;
  private final List<Predicate<LocalDate>> dayOfMonth = new ArrayList<>();
  private final List<Predicate<LocalDate>> dayOfWeek = new ArrayList<>();
  private final boolean either;
  private final boolean hourFixed;
  private int secondCount;

  private CronBruteForce(String text, CronDialect dialect) {
    this.dialect = dialect;
    String[] f = expand(text.trim(), dialect).split("\\s+");
    int o = dialect == CronDialect.UNIX ? 1 : 0;
    if (dialect == CronDialect.UNIX) {
      seconds[0] = true;
    } else {
      mark(f[0], Kind.SECOND, seconds, 0);
    }
    mark(f[1 - o], Kind.MINUTE, minutes, 0);
    mark(f[2 - o], Kind.HOUR, hours, 0);
    days(f[3 - o], true);
    mark(f[4 - o], Kind.MONTH, months, 0);
    days(f[5 - o], false);
    if (f.length == 7) {
      boolean[] y = new boolean[130];
      mark(f[6], Kind.YEAR, y, 1970);
      years = y;
    } else {
      years = null;
    }
    String hourText = f[2 - o];
    hourFixed = !(hourText.startsWith("*") || (dialect == CronDialect.QUARTZ && hourText.startsWith("/")));
    either = dialect == CronDialect.UNIX && !f[3 - o].startsWith("*") && !f[5 - o].startsWith("*");
    for (boolean s : seconds) {
      secondCount += s ? 1 : 0;
    }
  }

  /** A reference for an expression, read from its text. */
  static CronBruteForce of(CronExpression expression) {
    return new CronBruteForce(expression.toString(), expression.dialect());
  }

  /** Whether fire times have a fixed hour (the hour field does not begin with {@code *}). */
  boolean hourFixed() {
    return hourFixed;
  }

  /** How many seconds of a matching minute match. */
  int secondsPerMinute() {
    return secondCount;
  }

  /** Whether the expression matches a local date-time. */
  boolean matches(LocalDateTime t) {
    return t.getNano() == 0
        && seconds[t.getSecond()]
        && minutes[t.getMinute()]
        && hours[t.getHour()]
        && matches(t.toLocalDate());
  }

  /** Whether the expression matches a date, at some time of day. */
  boolean matches(LocalDate d) {
    if (!months[d.getMonthValue()]) {
      return false;
    }
    if (years != null && (d.getYear() < 1970 || d.getYear() > 2099 || !years[d.getYear() - 1970])) {
      return false;
    }
    boolean dom = dayOfMonth.stream().anyMatch(p -> p.test(d));
    boolean dow = dayOfWeek.stream().anyMatch(p -> p.test(d));
    return either ? dom || dow : dom && dow;
  }

  /** Every matching local date-time in {@code [from, to)}, found by trying every minute. */
  List<LocalDateTime> between(LocalDateTime from, LocalDateTime to) {
    List<LocalDateTime> out = new ArrayList<>();
    LocalDate day = null;
    boolean dayMatches = false;
    for (LocalDateTime m = from.truncatedTo(ChronoUnit.MINUTES); m.isBefore(to); m = m.plusMinutes(1)) {
      if (!m.toLocalDate().equals(day)) {
        day = m.toLocalDate();
        dayMatches = matches(day);
      }
      if (!dayMatches || !hours[m.getHour()] || !minutes[m.getMinute()]) {
        continue;
      }
      for (int s = 0; s < 60; s++) {
        LocalDateTime t = m.withSecond(s);
        if (seconds[s] && !t.isBefore(from) && t.isBefore(to)) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /**
   * The fire times strictly after {@code after} and before {@code end}, with the number of
   * matching local date-times (around the window) that fell in a gap or in an overlap.
   */
  record Window(List<Instant> fireTimes, int inGaps, int inOverlaps) {}

  /** The fire times of the expression read in a zone with a policy, within {@code (after, end)}. */
  Window window(ZoneId zone, DstPolicy policy, Instant after, Instant end) {
    ZoneRules rules = zone.getRules();
    // A local date-time resolves into the window only if it lies between the window's ends read
    // at the smallest and the largest offset around.
    Set<ZoneOffset> offsets = Fixtures.offsetsAround(after, end, zone);
    int min = offsets.stream().mapToInt(ZoneOffset::getTotalSeconds).min().orElseThrow();
    int max = offsets.stream().mapToInt(ZoneOffset::getTotalSeconds).max().orElseThrow();
    LocalDateTime from =
        LocalDateTime.ofEpochSecond(after.getEpochSecond(), 0, ZoneOffset.ofTotalSeconds(min));
    LocalDateTime to =
        LocalDateTime.ofEpochSecond(end.getEpochSecond(), 0, ZoneOffset.ofTotalSeconds(max))
            .plusSeconds(1);
    TreeSet<Instant> out = new TreeSet<>();
    int inGaps = 0;
    int inOverlaps = 0;
    for (LocalDateTime local : between(from, to)) {
      for (Instant i : resolve(local, rules, policy)) {
        if (i.isAfter(after) && i.isBefore(end)) {
          out.add(i);
        }
      }
      ZoneOffsetTransition t = rules.getTransition(local);
      if (t != null && t.isGap()) {
        inGaps++;
      } else if (t != null) {
        inOverlaps++;
      }
    }
    return new Window(List.copyOf(out), inGaps, inOverlaps);
  }

  /** The instants a matching local date-time fires at, by the rules of {@link DstPolicy}. */
  List<Instant> resolve(LocalDateTime local, ZoneRules rules, DstPolicy policy) {
    ZoneOffsetTransition t = rules.getTransition(local);
    if (t == null) {
      return List.of(local.toInstant(rules.getOffset(local)));
    }
    if (t.isOverlap()) {
      Instant first = local.toInstant(t.getOffsetBefore());
      Instant second = local.toInstant(t.getOffsetAfter());
      return hourFixed ? List.of(first) : List.of(first, second);
    }
    if (!hourFixed) {
      return List.of();
    }
    switch (policy) {
      case SHIFT_FORWARD:
        return List.of(local.plus(t.getDuration()).toInstant(t.getOffsetAfter()));
      case AT_TRANSITION:
        return List.of(t.getInstant());
      default:
        return List.of();
    }
  }

  // -------------------------------------------------------------------------------------------
  // Reading the text

  private static String expand(String text, CronDialect dialect) {
    if (!text.startsWith("@")) {
      return text;
    }
    String fields;
    switch (text.toLowerCase(Locale.ROOT)) {
      case "@yearly":
      case "@annually":
        fields = "0 0 1 1 *";
        break;
      case "@monthly":
        fields = "0 0 1 * *";
        break;
      case "@weekly":
        fields = "0 0 * * 0";
        break;
      case "@daily":
      case "@midnight":
        fields = "0 0 * * *";
        break;
      case "@hourly":
        fields = "0 * * * *";
        break;
      default:
        throw new IllegalArgumentException("Not a macro: " + text);
    }
    return dialect == CronDialect.SPRING ? "0 " + fields : fields;
  }

  /** Marks the values of a plain field (lists of values, ranges and steps) from {@code base}. */
  private void mark(String field, Kind kind, boolean[] into, int base) {
    for (String item : field.toUpperCase(Locale.ROOT).split(",")) {
      for (int v : values(item, kind)) {
        into[v - base] = true;
      }
    }
  }

  /** Reads day-of-month ({@code true}) or day-of-week, with their special forms. */
  private void days(String field, boolean ofMonth) {
    List<Predicate<LocalDate>> into = ofMonth ? dayOfMonth : dayOfWeek;
    for (String item : field.toUpperCase(Locale.ROOT).split(",")) {
      Matcher m;
      if (ofMonth && (m = LAST.matcher(item)).matches()) {
        int offset = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        boolean weekday = !m.group(2).isEmpty();
        into.add(d -> {
          int target = d.lengthOfMonth() - offset;
          return target >= 1 && d.getDayOfMonth() == (weekday ? nearestWeekday(d, target) : target);
        });
      } else if (ofMonth && (m = NEAREST.matcher(item)).matches()) {
        int target = Integer.parseInt(m.group(1));
        into.add(d -> target <= d.lengthOfMonth() && d.getDayOfMonth() == nearestWeekday(d, target));
      } else if (ofMonth) {
        List<Integer> values = values(item, Kind.DAY_OF_MONTH);
        into.add(d -> values.contains(d.getDayOfMonth()));
      } else if (item.equals("L") && dialect == CronDialect.QUARTZ) {
        into.add(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY);
      } else if ((m = NTH.matcher(item)).matches()) {
        DayOfWeek w = weekday(value(m.group(1), Kind.DAY_OF_WEEK));
        int n = Integer.parseInt(m.group(2));
        into.add(d -> d.getDayOfWeek() == w && (d.getDayOfMonth() - 1) / 7 + 1 == n);
      } else if ((m = LAST_OF.matcher(item)).matches()) {
        DayOfWeek w = weekday(value(m.group(1), Kind.DAY_OF_WEEK));
        into.add(d -> d.getDayOfWeek() == w && d.getDayOfMonth() + 7 > d.lengthOfMonth());
      } else {
        List<DayOfWeek> values = values(item, Kind.DAY_OF_WEEK).stream().map(this::weekday).toList();
        into.add(d -> values.contains(d.getDayOfWeek()));
      }
    }
  }

  /**
   * The weekday nearest a day of the month, without leaving the month: a Saturday gives the
   * Friday before (Monday the 3rd for the 1st), a Sunday the Monday after (the Friday before when
   * the Sunday is the last day).
   */
  private static int nearestWeekday(LocalDate inMonth, int day) {
    LocalDate target = inMonth.withDayOfMonth(day);
    int length = inMonth.lengthOfMonth();
    switch (target.getDayOfWeek()) {
      case SATURDAY:
        return day == 1 ? 3 : day - 1;
      case SUNDAY:
        return day == length ? day - 2 : day + 1;
      default:
        return day;
    }
  }

  /** The values of one plain item, in the dialect's numbering. */
  private List<Integer> values(String item, Kind kind) {
    int low = starLow(kind);
    int high = starHigh(kind);
    int step = 1;
    String range = item;
    int slash = item.indexOf('/');
    if (slash >= 0) {
      step = Integer.parseInt(item.substring(slash + 1));
      range = item.substring(0, slash);
    }
    int first;
    int last;
    if (range.equals("*") || range.equals("?") || range.isEmpty()) {
      first = low;
      last = high;
    } else {
      int dash = range.indexOf('-');
      if (dash >= 0) {
        first = value(range.substring(0, dash), kind);
        last = value(range.substring(dash + 1), kind);
      } else {
        first = value(range, kind);
        last = slash >= 0 ? largest(kind) : first;
      }
    }
    List<Integer> out = new ArrayList<>();
    if (first > last && dialect == CronDialect.SPRING && kind == Kind.DAY_OF_WEEK && first == 7) {
      first = 0;
    }
    if (first > last) {
      if (dialect != CronDialect.QUARTZ) {
        throw new IllegalArgumentException("Reversed range in " + dialect + ": " + item);
      }
      int span = high - low + 1;
      for (int i = first; i <= last + span; i += step) {
        out.add(low + Math.floorMod(i - low, span));
      }
      return out;
    }
    for (int v = first; v <= last; v += step) {
      out.add(v);
    }
    return out;
  }

  /** A number or a name. */
  private int value(String text, Kind kind) {
    if (Character.isDigit(text.charAt(0))) {
      return Integer.parseInt(text);
    }
    if (kind == Kind.MONTH) {
      return List.of(MONTH_NAMES).indexOf(text) + 1;
    }
    int sundayFirst = List.of(DAY_NAMES).indexOf(text);
    if (kind != Kind.DAY_OF_WEEK || sundayFirst < 0) {
      throw new IllegalArgumentException("Unknown name in " + kind + ": " + text);
    }
    switch (dialect) {
      case QUARTZ:
        return sundayFirst + 1;
      case SPRING:
        return sundayFirst == 0 ? 7 : sundayFirst;
      default:
        return sundayFirst;
    }
  }

  private DayOfWeek weekday(int value) {
    if (dialect == CronDialect.QUARTZ) {
      return value == 1 ? DayOfWeek.SUNDAY : DayOfWeek.of(value - 1);
    }
    return value == 0 || value == 7 ? DayOfWeek.SUNDAY : DayOfWeek.of(value);
  }

  /** The first value of {@code *}. */
  private int starLow(Kind kind) {
    switch (kind) {
      case DAY_OF_MONTH:
      case MONTH:
        return 1;
      case DAY_OF_WEEK:
        return dialect == CronDialect.UNIX ? 0 : 1;
      case YEAR:
        return 1970;
      default:
        return 0;
    }
  }

  /** The last value of {@code *}. */
  private static int starHigh(Kind kind) {
    return largest(kind);
  }

  /** The largest value of a field, where {@code a/n} ends. */
  private static int largest(Kind kind) {
    switch (kind) {
      case SECOND:
      case MINUTE:
        return 59;
      case HOUR:
        return 23;
      case DAY_OF_MONTH:
        return 31;
      case MONTH:
        return 12;
      case DAY_OF_WEEK:
        return 7;
      default:
        return 2099;
    }
  }
}
