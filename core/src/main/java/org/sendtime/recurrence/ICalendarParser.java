package org.sendtime.recurrence;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses the iCalendar content lines of a recurrence set: {@code DTSTART}, {@code RRULE},
 * {@code RDATE} and {@code EXDATE}, with RFC 5545 §3.1 line folding.
 */
final class ICalendarParser {
  private final String input;
  /** The input with folds removed. */
  private final String text;
  /** For each character of {@link #text}, its position in {@link #input}. */
  private final int[] origin;

  private ICalendarParser(String input) {
    this.input = input;
    StringBuilder sb = new StringBuilder(input.length());
    int[] map = new int[input.length() + 1];
    int n = 0;
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
        continue;
      }
      if (c == '\n' && i + 1 < input.length()
          && (input.charAt(i + 1) == ' ' || input.charAt(i + 1) == '\t') && n > 0) {
        i++;
        continue;
      }
      map[n++] = i;
      sb.append(c);
    }
    map[n] = input.length();
    this.text = sb.toString();
    this.origin = map;
  }

  static RecurrenceSet parse(
      String input, @Nullable LocalDateTime defaultStart, @Nullable ZoneId defaultZone) {
    return new ICalendarParser(input).parse(defaultStart, defaultZone);
  }

  private InvalidRuleException error(String problem, int position) {
    return new InvalidRuleException(problem, input, origin[Math.min(position, text.length())]);
  }

  private RecurrenceSet parse(@Nullable LocalDateTime defaultStart, @Nullable ZoneId defaultZone) {
    Temporal startValue = null;
    ZoneId startZone = null;
    int startLine = 0;
    List<RecurrenceRule> rules = new ArrayList<>();
    List<Integer> rulePositions = new ArrayList<>();
    List<Temporal> rdates = new ArrayList<>();
    List<Temporal> exdates = new ArrayList<>();
    boolean sawContent = false;
    int pos = 0;
    while (pos <= text.length()) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? text.length() : nl;
      int from = pos;
      int to = lineEnd;
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      pos = lineEnd + 1;
      if (from == to) {
        continue;
      }
      sawContent = true;
      String upper = text.substring(from, to).toUpperCase(Locale.ROOT);
      if (upper.startsWith("FREQ=") || upper.startsWith("RSCALE=")) {
        rules.add(rule(from, to));
        rulePositions.add(from);
        continue;
      }
      ContentLine line = contentLine(from, to);
      switch (line.name) {
        case "DTSTART":
          if (startValue != null) {
            throw error("DTSTART is given more than once", from);
          }
          startLine = from;
          startValue = dtstart(line);
          startZone = line.zone;
          if (startValue instanceof Instant) {
            startZone = ZoneOffset.UTC;
            startValue = LocalDateTime.ofInstant((Instant) startValue, ZoneOffset.UTC);
          }
          break;
        case "RRULE":
          rules.add(rule(line.valueStart, to));
          rulePositions.add(from);
          break;
        case "RDATE":
          dates(line, rdates, true);
          break;
        case "EXDATE":
          dates(line, exdates, false);
          break;
        case "EXRULE":
          throw error("EXRULE is deprecated by RFC 5545 and not supported (use EXDATE)", from);
        default:
          throw error("Unknown property '" + line.rawName
              + "' (expected DTSTART, RRULE, RDATE or EXDATE)", from);
      }
    }
    if (!sawContent) {
      throw error("Empty recurrence (expected an RRULE, e.g. FREQ=DAILY;COUNT=10)", 0);
    }
    RecurrenceSet.Builder b;
    if (startValue == null) {
      if (defaultStart == null) {
        throw error("Missing DTSTART (expected e.g. DTSTART;TZID=America/New_York:19970902T090000)", 0);
      }
      b = RecurrenceSet.builder(defaultStart);
      if (defaultZone != null) {
        b.zone(defaultZone);
      }
    } else if (startValue instanceof LocalDate) {
      b = RecurrenceSet.builder((LocalDate) startValue);
    } else {
      b = RecurrenceSet.builder((LocalDateTime) startValue);
      if (startZone != null) {
        b.zone(startZone);
      }
    }
    rules.forEach(b::rule);
    for (Temporal t : rdates) {
      addTo(b, t, true);
    }
    for (Temporal t : exdates) {
      addTo(b, t, false);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage(), culprit(startValue, startZone, rules, rulePositions, startLine));
    }
  }

  /** The position of the first rule that does not fit the start on its own, or the start's. */
  private static int culprit(
      @Nullable Temporal startValue,
      @Nullable ZoneId startZone,
      List<RecurrenceRule> rules,
      List<Integer> rulePositions,
      int startLine) {
    if (startValue == null) {
      return startLine;
    }
    for (int i = 0; i < rules.size(); i++) {
      RecurrenceSet.Builder one = startValue instanceof LocalDate
          ? RecurrenceSet.builder((LocalDate) startValue)
          : RecurrenceSet.builder((LocalDateTime) startValue);
      if (startZone != null) {
        one.zone(startZone);
      }
      try {
        one.rule(rules.get(i)).build();
      } catch (IllegalArgumentException e) {
        return rulePositions.get(i);
      }
    }
    return startLine;
  }

  private static void addTo(RecurrenceSet.Builder b, Temporal t, boolean rdate) {
    if (t instanceof LocalDate) {
      if (rdate) {
        b.rdate((LocalDate) t);
      } else {
        b.exdate((LocalDate) t);
      }
    } else if (t instanceof Instant) {
      if (rdate) {
        b.rdate((Instant) t);
      } else {
        b.exdate((Instant) t);
      }
    } else if (rdate) {
      b.rdate((LocalDateTime) t);
    } else {
      b.exdate((LocalDateTime) t);
    }
  }

  private RecurrenceRule rule(int from, int to) {
    try {
      return RuleParser.parseRule(text, from, to);
    } catch (InvalidRuleException e) {
      throw error(e.problem(), e.position());
    }
  }

  /** One content line: its name, parameters and where its value starts. */
  private static final class ContentLine {
    String name = "";
    String rawName = "";
    int start;
    int valueStart;
    @Nullable String valueType;
    @Nullable ZoneId zone;
    int zonePosition;
  }

  private ContentLine contentLine(int from, int to) {
    ContentLine line = new ContentLine();
    line.start = from;
    int i = from;
    while (i < to && text.charAt(i) != ';' && text.charAt(i) != ':') {
      i++;
    }
    line.rawName = text.substring(from, i).trim();
    line.name = line.rawName.toUpperCase(Locale.ROOT);
    if (i >= to) {
      throw error("Content line without ':' (expected NAME[;PARAM=VALUE]:VALUE, e.g. RRULE:FREQ=DAILY)", from);
    }
    Map<String, String> params = new HashMap<>();
    while (text.charAt(i) == ';') {
      int paramStart = i + 1;
      int j = paramStart;
      boolean quoted = false;
      while (j < to && (quoted || (text.charAt(j) != ';' && text.charAt(j) != ':'))) {
        if (text.charAt(j) == '"') {
          quoted = !quoted;
        }
        j++;
      }
      if (j >= to) {
        throw error("Content line without ':' after its parameters", paramStart);
      }
      String param = text.substring(paramStart, j);
      int eq = param.indexOf('=');
      if (eq <= 0) {
        throw error("Invalid parameter '" + param + "' (expected NAME=VALUE, e.g. TZID=Europe/Paris)", paramStart);
      }
      String key = param.substring(0, eq).trim().toUpperCase(Locale.ROOT);
      String value = param.substring(eq + 1).trim();
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      params.put(key, value);
      if (key.equals("TZID")) {
        line.zonePosition = paramStart + eq + 1;
        try {
          line.zone = ZoneId.of(value);
        } catch (DateTimeException e) {
          throw error("Unknown time zone '" + value + "' in TZID (expected an IANA zone id such as America/New_York)",
              line.zonePosition);
        }
      } else if (key.equals("VALUE")) {
        String v = value.toUpperCase(Locale.ROOT);
        if (!v.equals("DATE") && !v.equals("DATE-TIME") && !v.equals("PERIOD")) {
          throw error("Invalid VALUE '" + value + "' (expected DATE, DATE-TIME or PERIOD)", paramStart + eq + 1);
        }
        line.valueType = v;
      }
      i = j;
    }
    line.valueStart = i + 1;
    return line;
  }

  private Temporal dtstart(ContentLine line) {
    int end = text.indexOf('\n', line.valueStart);
    end = end < 0 ? text.length() : end;
    while (end > line.valueStart && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if ("PERIOD".equals(line.valueType)) {
      throw error("DTSTART cannot be a PERIOD (expected DATE or DATE-TIME)", line.valueStart);
    }
    Temporal t = value(line, line.valueStart, end, "DTSTART");
    return t;
  }

  /** Parses one DATE or DATE-TIME value of a line, honouring its TZID and VALUE parameters. */
  private Temporal value(ContentLine line, int from, int to, String what) {
    Temporal t;
    try {
      t = RuleParser.parseDateOrDateTime(text, from, to, what);
    } catch (InvalidRuleException e) {
      throw error(e.problem(), from);
    }
    if ("DATE".equals(line.valueType) && !(t instanceof LocalDate)) {
      throw error("Invalid value for " + what + " with VALUE=DATE (expected a DATE such as 19970902)", from);
    }
    if ("DATE-TIME".equals(line.valueType) && t instanceof LocalDate) {
      throw error("Invalid value for " + what + " with VALUE=DATE-TIME (expected e.g. 19970902T090000)", from);
    }
    if (line.zone != null) {
      if (t instanceof Instant) {
        throw error("TZID is not allowed with a UTC value ending in Z (RFC 5545 §3.2.19)", line.zonePosition);
      }
      if (t instanceof LocalDate) {
        throw error("TZID is not allowed with a DATE value", line.zonePosition);
      }
      if (!what.equals("DTSTART")) {
        return RecurrenceSet.resolve((LocalDateTime) t, line.zone).toInstant();
      }
    }
    return t;
  }

  private void dates(ContentLine line, List<Temporal> out, boolean periodAllowed) {
    int end = text.indexOf('\n', line.valueStart);
    end = end < 0 ? text.length() : end;
    while (end > line.valueStart && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int pos = line.valueStart;
    while (true) {
      int comma = text.indexOf(',', pos);
      int elementEnd = comma < 0 || comma > end ? end : comma;
      int valueEnd = elementEnd;
      int slash = text.indexOf('/', pos);
      if (slash >= 0 && slash < elementEnd) {
        if (!periodAllowed) {
          throw error("EXDATE cannot hold a PERIOD (expected DATE or DATE-TIME values)", pos);
        }
        valueEnd = slash;
      } else if ("PERIOD".equals(line.valueType)) {
        throw error("Invalid PERIOD (expected start/end or start/duration, e.g. 19970101T180000Z/PT5H30M)", pos);
      }
      out.add(value(line, pos, valueEnd, line.name));
      if (elementEnd == end) {
        return;
      }
      pos = elementEnd + 1;
    }
  }
}
