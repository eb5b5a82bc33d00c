package org.sendtime.recurrence;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text of a cron expression in one {@link CronDialect}. Each error names the field,
 * what was expected and the value found, and points at the value's position in the text.
 *
 * <p>Instances are single-use and not thread-safe.
 */
final class CronParser {
  private static final String[] MONTH_NAMES =
      {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  /** Day names in the order of Vixie's and Spring's numbers, Sunday first. */
  private static final String[] DAY_NAMES = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
  private static final String[] MACROS = {
    "@yearly", "0 0 1 1 *",
    "@annually", "0 0 1 1 *",
    "@monthly", "0 0 1 * *",
    "@weekly", "0 0 * * 0",
    "@daily", "0 0 * * *",
    "@midnight", "0 0 * * *",
    "@hourly", "0 * * * *",
  };

  /** The kinds of field; their order is the order of a Quartz or Spring expression. */
  enum Kind {
    SECOND("second", 0, 59),
    MINUTE("minute", 0, 59),
    HOUR("hour", 0, 23),
    DAY_OF_MONTH("day-of-month", 1, 31),
    MONTH("month", 1, 12),
    DAY_OF_WEEK("day-of-week", 0, 7),
    YEAR("year", 1970, 2099);

    final String label;
    final int min;
    final int max;

    Kind(String label, int min, int max) {
      this.label = label;
      this.min = min;
      this.max = max;
    }
  }

  private final String input;
  private final CronDialect dialect;

  // Results of the day fields.
  private boolean domQuestion;
  private boolean dowQuestion;
  private int lastOffsets;
  private int nearestDays;
  private int nearestLastOffsets;
  private final int[] nth = new int[7];
  private int dowLast;
  private final long[] years = new long[3];
  private boolean yearsGiven;

  private CronParser(String input, CronDialect dialect) {
    this.input = input;
    this.dialect = dialect;
  }

  static CronExpression parse(String input, CronDialect dialect) {
    return new CronParser(input, dialect).parse();
  }

  private InvalidRuleException error(int position, String problem, Object... args) {
    return new InvalidRuleException(String.format(Locale.ROOT, problem, args), input, position);
  }

  private CronExpression parse() {
    int begin = 0;
    int end = input.length();
    while (begin < end && Character.isWhitespace(input.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(input.charAt(end - 1))) {
      end--;
    }
    String trimmed = input.substring(begin, end);
    if (trimmed.startsWith("@")) {
      return parseMacro(trimmed, begin);
    }
    Kind[] kinds = kinds();
    int[] starts = new int[8];
    int[] ends = new int[8];
    int count = 0;
    int i = begin;
    while (i < end) {
      int s = i;
      while (i < end && !Character.isWhitespace(input.charAt(i))) {
        i++;
      }
      if (count == kinds.length) {
        throw error(s, "Expected %s in %s cron, found more: %s", fieldList(), dialect,
            input.substring(s, end));
      }
      starts[count] = s;
      ends[count] = i;
      count++;
      while (i < end && Character.isWhitespace(input.charAt(i))) {
        i++;
      }
    }
    int required = dialect == CronDialect.UNIX ? 5 : 6;
    if (count < required) {
      throw error(end, "Expected %s in %s cron, found %d field%s", fieldList(), dialect, count,
          count == 1 ? "" : "s");
    }
    long[] masks = new long[7];
    for (int f = 0; f < count; f++) {
      masks[f] = parseField(kinds[f], starts[f], ends[f]);
    }
    int offset = dialect == CronDialect.UNIX ? 1 : 0;
    int dom = Kind.DAY_OF_MONTH.ordinal() - offset;
    int dow = Kind.DAY_OF_WEEK.ordinal() - offset;
    if (dialect == CronDialect.QUARTZ && domQuestion == dowQuestion) {
      throw error(starts[dow], domQuestion
          ? "Exactly one of day-of-month and day-of-week must be '?' in QUARTZ cron, not both"
          : "Exactly one of day-of-month and day-of-week must be '?' in QUARTZ cron: Quartz does"
              + " not support specifying both a day-of-month and a day-of-week");
    }
    char domFirst = input.charAt(starts[dom]);
    char dowFirst = input.charAt(starts[dow]);
    int domPlain = (int) masks[dom];
    int dowPlain = toWeekdays(masks[dow]);
    boolean domAll = domPlain == CronDays.lengthMask(31) && !hasDomSpecials();
    boolean dowAll = dowPlain == CronDays.ALL_WEEKDAYS;
    boolean either = dialect == CronDialect.UNIX && domFirst != '*' && dowFirst != '*';
    CronDays days = new CronDays(domAll, domPlain, lastOffsets, nearestDays, nearestLastOffsets,
        dowAll && nthAll() == 0 && dowLast == 0, dowPlain, nth, dowLast, either);
    char hourFirst = input.charAt(starts[Kind.HOUR.ordinal() - offset]);
    boolean hourWildcard = hourFirst == '*' || hourFirst == '/';
    return new CronExpression(trimmed, dialect,
        dialect == CronDialect.UNIX ? 1L : masks[0],
        masks[1 - offset],
        (int) masks[2 - offset],
        days,
        (int) masks[4 - offset],
        yearBits(),
        hourWildcard);
  }

  private int nthAll() {
    int all = 0;
    for (int n : nth) {
      all |= n;
    }
    return all;
  }

  private boolean hasDomSpecials() {
    return (lastOffsets | nearestDays | nearestLastOffsets) != 0;
  }

  private Kind[] kinds() {
    if (dialect == CronDialect.UNIX) {
      return new Kind[] {Kind.MINUTE, Kind.HOUR, Kind.DAY_OF_MONTH, Kind.MONTH, Kind.DAY_OF_WEEK};
    }
    if (dialect == CronDialect.SPRING) {
      return new Kind[] {Kind.SECOND, Kind.MINUTE, Kind.HOUR, Kind.DAY_OF_MONTH, Kind.MONTH,
          Kind.DAY_OF_WEEK};
    }
    return Kind.values();
  }

  private String fieldList() {
    switch (dialect) {
      case UNIX:
        return "5 fields (minute hour day-of-month month day-of-week)";
      case QUARTZ:
        return "6 or 7 fields (second minute hour day-of-month month day-of-week [year])";
      default:
        return "6 fields (second minute hour day-of-month month day-of-week)";
    }
  }

  private CronExpression parseMacro(String trimmed, int begin) {
    if (dialect == CronDialect.QUARTZ) {
      throw error(begin, "Macros such as %s are not supported in QUARTZ cron; write the fields",
          trimmed);
    }
    if (trimmed.equalsIgnoreCase("@reboot")) {
      throw error(begin, "@reboot is not a schedule: it runs when cron starts, at no time that"
          + " can be computed");
    }
    for (int m = 0; m < MACROS.length; m += 2) {
      if (MACROS[m].equalsIgnoreCase(trimmed)) {
        String fields = dialect == CronDialect.SPRING ? "0 " + MACROS[m + 1] : MACROS[m + 1];
        CronExpression e = new CronParser(fields, dialect).parse();
        return e.withText(trimmed);
      }
    }
    throw error(begin, "Unknown macro (expected @yearly, @annually, @monthly, @weekly, @daily,"
        + " @midnight or @hourly): %s", trimmed);
  }

  // -----------------------------------------------------------------------------------------
  // Fields

  /** The values of a field as bits, in the dialect's numbering. */
  private long parseField(Kind kind, int start, int end) {
    long mask = 0;
    int s = start;
    while (true) {
      int t = s;
      while (t < end && input.charAt(t) != ',') {
        t++;
      }
      if (t == s) {
        throw error(s, "Missing value for %s", kind.label);
      }
      mask |= parseItem(kind, s, t, start, end);
      if (t == end) {
        return mask;
      }
      s = t + 1;
      if (s == end) {
        throw error(s, "Missing value for %s after ','", kind.label);
      }
    }
  }

  private long parseItem(Kind kind, int s, int t, int fieldStart, int fieldEnd) {
    boolean alone = s == fieldStart && t == fieldEnd;
    char c = upper(input.charAt(s));
    if (c == '?') {
      if (dialect == CronDialect.UNIX) {
        throw error(s, "'?' is not allowed in UNIX cron; use '*' in %s", kind.label);
      }
      if (kind != Kind.DAY_OF_MONTH && kind != Kind.DAY_OF_WEEK) {
        throw error(s, "'?' is allowed only in day-of-month and day-of-week, not in %s",
            kind.label);
      }
      if (t != s + 1) {
        throw error(s + 1, "'?' must stand alone in %s", kind.label);
      }
      if (!alone) {
        throw error(s, "'?' must stand alone in %s, not in a list", kind.label);
      }
      if (kind == Kind.DAY_OF_MONTH) {
        domQuestion = true;
      } else {
        dowQuestion = true;
      }
      return range(kind, low(kind), high(kind), 1);
    }
    if (c == '*' || (c == '/' && dialect == CronDialect.QUARTZ)) {
      int p = c == '*' ? s + 1 : s;
      int step = 1;
      if (p < t) {
        if (input.charAt(p) != '/') {
          throw unexpected(kind, p);
        }
        step = readStep(kind, p + 1, t);
      }
      return range(kind, low(kind), high(kind), step);
    }
    if (kind == Kind.DAY_OF_MONTH && c == 'L') {
      return parseLast(s, t, alone);
    }
    if (kind == Kind.DAY_OF_WEEK && c == 'L' && t == s + 1) {
      if (dialect != CronDialect.QUARTZ) {
        throw error(s, "Missing day-of-week before 'L' (as in 5L for the last Friday)");
      }
      // In Quartz a lone L in day-of-week is its last day, Saturday.
      return 1L << 7;
    }
    int p = s;
    int first = readValue(kind, p, t);
    p = valueEnd;
    if (p < t && kind == Kind.DAY_OF_MONTH && upper(input.charAt(p)) == 'W') {
      special(kind, s, "W", alone, false);
      if (p + 1 < t) {
        throw error(p, "'W' must follow a single day, as in 15W, in day-of-month");
      }
      nearestDays |= 1 << first;
      return 0;
    }
    if (p < t && kind == Kind.DAY_OF_WEEK && upper(input.charAt(p)) == 'L') {
      special(kind, s, "L", alone, false);
      if (p + 1 < t) {
        throw unexpected(kind, p + 1);
      }
      dowLast |= 1 << weekday(first);
      return 0;
    }
    if (p < t && kind == Kind.DAY_OF_WEEK && input.charAt(p) == '#') {
      special(kind, s, "#", alone, false);
      int n = readNumber(p + 1, t);
      if (n < 1 || n > 5 || valueEnd != t) {
        throw error(p + 1, "Invalid occurrence after '#' in day-of-week (valid values 1 to 5): %s",
            input.substring(p + 1, t));
      }
      nth[weekday(first)] |= 1 << n;
      return 0;
    }
    int last = first;
    boolean isRange = false;
    if (p < t && input.charAt(p) == '-') {
      if (p + 1 == t) {
        throw error(p + 1, "Missing end of range in %s", kind.label);
      }
      last = readValue(kind, p + 1, t);
      p = valueEnd;
      isRange = true;
    }
    int step = 1;
    if (p < t && input.charAt(p) == '/') {
      if (!isRange) {
        if (dialect == CronDialect.UNIX) {
          throw error(p, "A step in UNIX cron needs '*' or a range before it, as in %d-%d%s,"
              + " in %s", first, high(kind), input.substring(p, t), kind.label);
        }
        last = high(kind);
      }
      step = readStep(kind, p + 1, t);
      p = t;
    }
    if (p < t) {
      throw unexpected(kind, p);
    }
    if (isRange && first > last) {
      if (dialect == CronDialect.SPRING && kind == Kind.DAY_OF_WEEK && first == 7) {
        // Spring: Sunday at the start of a range is 0, so SUN-WED is 0-3.
        first = 0;
      } else if (dialect == CronDialect.QUARTZ && kind != Kind.YEAR) {
        return wrapped(kind, first, last, step);
      } else {
        throw error(s, "Invalid range for %s (the start must not be after the end): %s",
            kind.label, input.substring(s, t));
      }
    }
    return range(kind, first, last, step);
  }

  /** {@code L}, {@code L-n}, {@code LW}, {@code L-nW} in day-of-month. */
  private long parseLast(int s, int t, boolean alone) {
    if (dialect == CronDialect.UNIX) {
      special(Kind.DAY_OF_MONTH, s, "L", alone, true);
    }
    int p = s + 1;
    int offset = 0;
    if (p < t && input.charAt(p) == '-') {
      int min = dialect == CronDialect.QUARTZ ? 0 : 1;
      offset = readNumber(p + 1, t);
      if (offset < min || offset > 30) {
        throw error(p + 1, "Invalid offset from the last day in day-of-month (valid values %d to"
            + " 30): %s", min, input.substring(p + 1, valueEnd == p + 1 ? t : valueEnd));
      }
      p = valueEnd;
    }
    boolean weekday = p < t && upper(input.charAt(p)) == 'W';
    if (weekday) {
      p++;
    }
    if (p < t) {
      throw unexpected(Kind.DAY_OF_MONTH, p);
    }
    if (weekday && offset != 0 && dialect != CronDialect.QUARTZ) {
      throw error(s, "'L-nW' is allowed only in QUARTZ cron: %s", input.substring(s, t));
    }
    special(Kind.DAY_OF_MONTH, s, weekday ? "W" : "L", alone, !weekday);
    if (weekday) {
      nearestLastOffsets |= 1 << offset;
    } else {
      lastOffsets |= 1 << offset;
    }
    return 0;
  }

  /**
   * Checks that a special form is allowed in this dialect, and alone in its field where the
   * dialect requires it.
   */
  private void special(Kind kind, int s, String what, boolean alone, boolean listableInQuartz) {
    if (dialect == CronDialect.UNIX) {
      throw error(s, "'%s' is not allowed in UNIX cron (Vixie cron has no L, W or #) in %s",
          what, kind.label);
    }
    if (dialect == CronDialect.QUARTZ && !alone && !listableInQuartz) {
      throw error(s, "'%s' must stand alone in %s in QUARTZ cron, not in a list", what,
          kind.label);
    }
  }

  private InvalidRuleException unexpected(Kind kind, int p) {
    return error(p, "Unexpected character in %s: '%s'", kind.label, input.charAt(p));
  }

  private int low(Kind kind) {
    if (kind == Kind.DAY_OF_WEEK) {
      return dialect == CronDialect.UNIX ? 0 : 1;
    }
    return kind.min;
  }

  private int high(Kind kind) {
    return kind.max;
  }

  private int minValue(Kind kind) {
    return kind == Kind.DAY_OF_WEEK && dialect == CronDialect.QUARTZ ? 1 : kind.min;
  }

  private long range(Kind kind, int first, int last, int step) {
    if (kind == Kind.YEAR) {
      // Years do not fit in one long; they are collected apart.
      yearsGiven = true;
      for (int y = first; y <= last; y += step) {
        int b = y - Kind.YEAR.min;
        years[b >> 6] |= 1L << b;
      }
      return 0;
    }
    long mask = 0;
    for (int v = first; v <= last; v += step) {
      mask |= 1L << v;
    }
    return mask;
  }

  /** A reversed Quartz range, which wraps around the end of the field. */
  private long wrapped(Kind kind, int first, int last, int step) {
    int low = low(kind);
    int span = high(kind) - low + 1;
    long mask = 0;
    for (int i = first; i <= last + span; i += step) {
      mask |= 1L << (low + Math.floorMod(i - low, span));
    }
    return mask;
  }

  /** The years as bits from 1970, or null if every year from 1970 to 2099 is allowed. */
  private long @Nullable [] yearBits() {
    // A year field, even one naming every year from 1970 to 2099, ends the fire times with 2099.
    return yearsGiven ? years.clone() : null;
  }

  // -----------------------------------------------------------------------------------------
  // Values

  private int valueEnd;

  /** Reads a number or a name at p and checks its range; sets {@link #valueEnd}. */
  private int readValue(Kind kind, int p, int t) {
    int q = p;
    char c = input.charAt(p);
    if (isLetter(c)) {
      while (q < t && isLetter(input.charAt(q))) {
        q++;
      }
      String word = input.substring(p, q).toUpperCase(Locale.ROOT);
      // A day name may carry Quartz's and Spring's L suffix, as in FRIL.
      if (kind == Kind.DAY_OF_WEEK && word.length() == 4 && word.endsWith("L")) {
        word = word.substring(0, 3);
        q--;
      }
      int v = lookup(kind, word);
      if (v < 0) {
        throw error(p, "Invalid value for %s (%s): %s", kind.label, validValues(kind),
            input.substring(p, q));
      }
      valueEnd = q;
      return v;
    }
    if (!isDigit(c)) {
      throw c == '-' || c == '/' || c == '#'
          ? error(p, "Missing value for %s before '%s'", kind.label, c)
          : unexpected(kind, p);
    }
    int v = readNumber(p, t);
    q = valueEnd;
    if (v < minValue(kind) || v > kind.max) {
      throw error(p, "Invalid value for %s (%s): %s", kind.label, validValues(kind),
          input.substring(p, q));
    }
    return v;
  }

  /** Reads digits at p; sets {@link #valueEnd}; returns at most 999,999,999. */
  private int readNumber(int p, int t) {
    int q = p;
    long v = 0;
    while (q < t && isDigit(input.charAt(q))) {
      v = Math.min(v * 10 + (input.charAt(q) - '0'), 999_999_999L);
      q++;
    }
    if (q == p) {
      throw p < t
          ? error(p, "Expected a number, found '%s'", input.charAt(p))
          : error(p, "Expected a number at the end of %s", input.substring(0, p).trim());
    }
    valueEnd = q;
    return (int) v;
  }

  private int readStep(Kind kind, int p, int t) {
    if (p == t) {
      throw error(p, "Missing step after '/' in %s", kind.label);
    }
    int step = readNumber(p, t);
    if (valueEnd != t) {
      throw unexpected(kind, valueEnd);
    }
    int most = dialect == CronDialect.QUARTZ && kind != Kind.YEAR
        ? high(kind) - low(kind)
        : 999_999_999;
    if (step < 1 || step > most) {
      throw most == 999_999_999
          ? error(p, "Invalid step for %s (must be at least 1): %s", kind.label,
              input.substring(p, t))
          : error(p, "Invalid step for %s (valid values 1 to %d): %s", kind.label, most,
              input.substring(p, t));
    }
    return step;
  }

  private int lookup(Kind kind, String word) {
    if (kind == Kind.MONTH) {
      for (int i = 0; i < 12; i++) {
        if (MONTH_NAMES[i].equals(word)) {
          return i + 1;
        }
      }
    } else if (kind == Kind.DAY_OF_WEEK) {
      for (int i = 0; i < 7; i++) {
        if (DAY_NAMES[i].equals(word)) {
          if (dialect == CronDialect.QUARTZ) {
            return i + 1;
          }
          return i == 0 && dialect == CronDialect.SPRING ? 7 : i;
        }
      }
    }
    return -1;
  }

  private String validValues(Kind kind) {
    int min = minValue(kind);
    String numbers = "valid values " + min + " to " + kind.max;
    if (kind == Kind.MONTH) {
      return numbers + " or JAN to DEC";
    }
    if (kind == Kind.DAY_OF_WEEK) {
      return numbers + " or SUN to SAT";
    }
    return numbers;
  }

  /** The ISO weekday bit (0 = Monday) of a day-of-week value in this dialect. */
  private int weekday(int value) {
    int iso = dialect == CronDialect.QUARTZ ? (value == 1 ? 7 : value - 1) : (value == 0 ? 7 : value);
    return iso - 1;
  }

  private int toWeekdays(long values) {
    int bits = 0;
    for (int v = 0; v <= 7; v++) {
      if ((values & (1L << v)) != 0) {
        bits |= 1 << weekday(v);
      }
    }
    return bits;
  }

  private static char upper(char c) {
    return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
