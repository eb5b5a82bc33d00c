package org.sendtime.recurrence;

import com.google.common.collect.ImmutableList;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/** Parses the text of a recurrence rule, reporting every problem with its position. */
final class RuleParser {
  private static final ImmutableList<String> PARTS = ImmutableList.of(
      "FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY",
      "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST", "RSCALE", "SKIP");

  private final String input;
  private final int offset;
  private final int end;

  private RuleParser(String input, int offset, int end) {
    this.input = input;
    this.offset = offset;
    this.end = end;
  }

  static RecurrenceRule parseRule(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = text.length();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (text.regionMatches(true, start, "RRULE:", 0, 6)) {
      start += 6;
    }
    return parseRule(text, start, end);
  }

  /** Parses the rule in {@code input[start, end)}, reporting positions relative to the whole input. */
  static RecurrenceRule parseRule(String input, int start, int end) {
    return new RuleParser(input, start, end).parse();
  }

  private InvalidRuleException error(String problem, int position) {
    return new InvalidRuleException(problem, input, position);
  }

  private RecurrenceRule parse() {
    if (offset >= end) {
      throw error("Empty recurrence rule (expected e.g. FREQ=DAILY;COUNT=10)", offset);
    }
    Map<String, int[]> parts = new LinkedHashMap<>();
    Frequency frequency = null;
    // First pass: find FREQ, since the builder is created from it.
    int pos = offset;
    while (pos <= end) {
      int semi = input.indexOf(';', pos);
      int partEnd = semi < 0 || semi > end ? end : semi;
      if (partEnd == pos) {
        if (partEnd == end) {
          break;
        }
        throw error("Empty rule part (expected NAME=VALUE between ';')", pos);
      }
      int eq = input.indexOf('=', pos);
      if (eq < 0 || eq >= partEnd) {
        throw error("Rule part without '=' (expected NAME=VALUE)", pos);
      }
      String name = input.substring(pos, eq).trim().toUpperCase(Locale.ROOT);
      if (!PARTS.contains(name)) {
        throw error("Unknown rule part '" + input.substring(pos, eq) + "'" + suggestion(name)
            + " (expected one of " + String.join(", ", PARTS) + ")", pos);
      }
      if (parts.containsKey(name)) {
        throw error(name + " is given more than once", pos);
      }
      parts.put(name, new int[] {pos, eq + 1, partEnd});
      if (name.equals("FREQ")) {
        frequency = parseFrequency(eq + 1, partEnd);
      }
      pos = partEnd + 1;
    }
    if (frequency == null) {
      throw error("Missing FREQ (expected e.g. FREQ=DAILY)", offset);
    }
    RecurrenceRule.Builder b = RecurrenceRule.builder(frequency);
    for (Map.Entry<String, int[]> e : parts.entrySet()) {
      int from = e.getValue()[1];
      int to = e.getValue()[2];
      switch (e.getKey()) {
        case "FREQ":
          break;
        case "UNTIL":
          setUntil(b, from, to);
          break;
        case "COUNT":
          b.count(parseInt("COUNT", from, to, 1, Integer.MAX_VALUE, false));
          break;
        case "INTERVAL":
          b.interval(parseInt("INTERVAL", from, to, 1, Integer.MAX_VALUE, false));
          break;
        case "BYSECOND":
          parseInts("BYSECOND", from, to, 0, 60, false, b::bySecond);
          break;
        case "BYMINUTE":
          parseInts("BYMINUTE", from, to, 0, 59, false, b::byMinute);
          break;
        case "BYHOUR":
          parseInts("BYHOUR", from, to, 0, 23, false, b::byHour);
          break;
        case "BYMONTHDAY":
          parseInts("BYMONTHDAY", from, to, 1, 31, true, b::byMonthDay);
          break;
        case "BYYEARDAY":
          parseInts("BYYEARDAY", from, to, 1, 366, true, b::byYearDay);
          break;
        case "BYWEEKNO":
          parseInts("BYWEEKNO", from, to, 1, 53, true, b::byWeekNo);
          break;
        case "BYMONTH":
          parseInts("BYMONTH", from, to, 1, 12, false, b::byMonth);
          break;
        case "BYSETPOS":
          parseInts("BYSETPOS", from, to, 1, 366, true, b::bySetPos);
          break;
        case "BYDAY":
          parseByDay(b, from, to);
          break;
        case "WKST":
          b.weekStart(parseWeekStart(from, to));
          break;
        case "RSCALE":
          String scale = input.substring(from, to).trim();
          if (!scale.equalsIgnoreCase("GREGORIAN")) {
            throw error("Unsupported RSCALE '" + scale + "' (expected GREGORIAN)", from);
          }
          b.rscaleGregorian();
          break;
        case "SKIP":
          b.skip(parseSkip(from, to));
          break;
        default:
          throw new AssertionError(e.getKey());
      }
    }
    // SKIP implies nothing by itself in the text: RFC 7529 requires RSCALE to be written.
    if (parts.containsKey("SKIP") && !parts.containsKey("RSCALE")) {
      throw error("SKIP needs RSCALE=GREGORIAN (RFC 7529 §3.1)", parts.get("SKIP")[0]);
    }
    try {
      return b.build();
    } catch (RuleProblem p) {
      int[] where = parts.get(p.part());
      throw error(p.getMessage(), where == null ? offset : where[0]);
    }
  }

  private static String suggestion(String name) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String p : PARTS) {
      int d = distance(name, p);
      if (d < bestDistance) {
        bestDistance = d;
        best = p;
      }
    }
    return bestDistance <= 2 ? " (did you mean " + best + "?)" : "";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private Frequency parseFrequency(int from, int to) {
    String v = input.substring(from, to).trim().toUpperCase(Locale.ROOT);
    for (Frequency f : Frequency.values()) {
      if (f.name().equals(v)) {
        return f;
      }
    }
    throw error("Invalid value for FREQ (expected SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY): '"
        + input.substring(from, to) + "'", from);
  }

  private int parseInt(String part, int from, int to, int min, int max, boolean negativeToo) {
    String raw = input.substring(from, to).trim();
    String valid = negativeToo
        ? (-max) + " to " + (-min) + " and " + min + " to " + max
        : max == Integer.MAX_VALUE ? min + " or more" : min + " to " + max;
    if (!raw.matches("[+-]?[0-9]{1,10}")) {
      throw error("Invalid value for " + part + " (expected an integer, valid values " + valid + "): '" + raw + "'",
          from);
    }
    long v = Long.parseLong(raw.startsWith("+") ? raw.substring(1) : raw);
    boolean ok = (v >= min && v <= max) || (negativeToo && v <= -min && v >= -max);
    if (!ok) {
      throw error("Invalid value for " + part + " (valid values " + valid + "): " + raw, from);
    }
    return (int) v;
  }

  private void parseInts(
      String part, int from, int to, int min, int max, boolean negativeToo, IntConsumer sink) {
    int pos = from;
    while (true) {
      int comma = input.indexOf(',', pos);
      int elementEnd = comma < 0 || comma > to ? to : comma;
      if (elementEnd == pos) {
        throw error("Empty value in " + part + " (expected a comma-separated list of integers)", pos);
      }
      sink.accept(parseInt(part, pos, elementEnd, min, max, negativeToo));
      if (elementEnd == to) {
        return;
      }
      pos = elementEnd + 1;
    }
  }

  private void parseByDay(RecurrenceRule.Builder b, int from, int to) {
    int pos = from;
    while (true) {
      int comma = input.indexOf(',', pos);
      int elementEnd = comma < 0 || comma > to ? to : comma;
      String raw = input.substring(pos, elementEnd);
      try {
        b.byDay(WeekdayNum.parse(raw));
      } catch (IllegalArgumentException e) {
        throw error(e.getMessage(), pos);
      }
      if (elementEnd == to) {
        return;
      }
      pos = elementEnd + 1;
    }
  }

  private DayOfWeek parseWeekStart(int from, int to) {
    DayOfWeek d = WeekdayNum.dayOfWeekCode(input.substring(from, to).trim());
    if (d == null) {
      throw error("Invalid value for WKST (expected MO, TU, WE, TH, FR, SA or SU): '"
          + input.substring(from, to) + "'", from);
    }
    return d;
  }

  private Skip parseSkip(int from, int to) {
    String v = input.substring(from, to).trim().toUpperCase(Locale.ROOT);
    for (Skip s : Skip.values()) {
      if (s.name().equals(v)) {
        return s;
      }
    }
    throw error("Invalid value for SKIP (expected OMIT, BACKWARD or FORWARD): '" + input.substring(from, to) + "'",
        from);
  }

  private void setUntil(RecurrenceRule.Builder b, int from, int to) {
    Temporal t = parseDateOrDateTime(input, from, to, "UNTIL");
    if (t instanceof LocalDate) {
      b.until((LocalDate) t);
    } else if (t instanceof LocalDateTime) {
      b.until((LocalDateTime) t);
    } else {
      b.until((java.time.Instant) t);
    }
  }

  /**
   * Parses an RFC 5545 DATE ({@code 19970902}), local DATE-TIME ({@code 19970902T090000}) or UTC
   * DATE-TIME ({@code 19970902T090000Z}) in {@code input[from, to)}.
   *
   * @return a {@link LocalDate}, {@link LocalDateTime} or {@link java.time.Instant}
   */
  static Temporal parseDateOrDateTime(String input, int from, int to, String what) {
    String raw = input.substring(from, to).trim();
    Temporal t = tryParseDateOrDateTime(raw);
    if (t == null) {
      throw new InvalidRuleException("Invalid value for " + what
          + " (expected a DATE such as 19970902 or a DATE-TIME such as 19970902T090000 or 19970902T090000Z): '"
          + raw + "'", input, from);
    }
    return t;
  }

  static @Nullable Temporal tryParseDateOrDateTime(String raw) {
    try {
      if (raw.matches("[0-9]{8}")) {
        return date(raw);
      }
      if (raw.matches("[0-9]{8}T[0-9]{6}Z?")) {
        LocalDateTime ldt = LocalDateTime.of(date(raw), LocalTime.of(
            Integer.parseInt(raw.substring(9, 11)),
            Integer.parseInt(raw.substring(11, 13)),
            Integer.parseInt(raw.substring(13, 15))));
        return raw.endsWith("Z") ? ldt.toInstant(ZoneOffset.UTC) : ldt;
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  private static LocalDate date(String raw) {
    return LocalDate.of(
        Integer.parseInt(raw.substring(0, 4)),
        Integer.parseInt(raw.substring(4, 6)),
        Integer.parseInt(raw.substring(6, 8)));
  }
}
