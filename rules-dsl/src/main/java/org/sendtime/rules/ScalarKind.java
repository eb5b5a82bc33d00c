package org.sendtime.rules;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.zone.ZoneRulesProvider;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sendtime.time.LocalWindow;
import org.sendtime.time.WeeklyHours;

/**
 * The kinds of scalar in a policy: what YAML type each is written as, what it looks like, the
 * pattern the schema gives it, and how its text reads. This is the one place where the text
 * forms of times, dates, month-days, instants, zones and durations are read, by the loader and
 * by the Java DSL alike, with the format's own messages.
 */
enum ScalarKind {
  STRING("text", "string", null),
  INT("an integer", "integer", null),
  NUMBER("a number such as 1.5", "number", null),
  BOOL("true or false", "boolean", null),
  TIME("a time such as \"09:00\"", "string", "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"),
  DATE("a date such as 2026-12-31", "string", "^" + Patterns.DATE + "$"),
  MONTH_DAY("a month-day such as \"12-24\"", "string", "^" + Patterns.MONTH_DAY + "$"),
  LOCAL_DATE_TIME("a local date-time such as 2026-12-01T09:00", "string",
      "^" + Patterns.DATE + "T" + Patterns.TIME + "$"),
  INSTANT("an instant such as 2026-12-01T14:00:00Z or 2026-12-01T09:00:00-05:00", "string",
      "^" + Patterns.INSTANT_YEAR + Patterns.MONTH_DAY_PART + "T" + Patterns.TIME_WITH_SECONDS
          + "(Z|[+-](0[0-9]|1[0-7]):[0-5][0-9]|[+-]18:00)$"),
  ZONE("an IANA zone id such as America/Chicago", "string", null),
  DURATION(Durations.EXPECTED, "string", "^(?!$)" + Durations.FORM + "$"),
  WINDOW("a window such as \"21:00-08:00\"", "string",
      "^ *[0-9]{2}:[0-9]{2}(:[0-9]{2})? *- *[0-9]{2}:[0-9]{2}(:[0-9]{2})? *$"),
  WEEKLY_HOURS("weekly hours such as \"MON-FRI 09:00-17:00; SAT 10:00-14:00\"", "string", null),
  ENUM("a name", "string", null),
  DAY("a day such as MON or SAT", "string", null),
  MONTH("a month such as JAN or DEC", "string", null);

  /** The parts of the patterns, which the enum constants cannot hold as their own constants. */
  private static final class Patterns {
    /** Years as {@link LocalDate#toString()} writes them: four digits, or a sign and more. */
    static final String YEAR = "([0-9]{4}|\\+[0-9]{5,9}|-[0-9]{4,9})";
    /** Years of instants, which reach one digit further. */
    static final String INSTANT_YEAR = "([0-9]{4}|\\+[0-9]{5,10}|-[0-9]{4,10})";
    static final String MONTH_DAY = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])";
    static final String MONTH_DAY_PART = "-" + MONTH_DAY;
    static final String DATE = YEAR + MONTH_DAY_PART;
    static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?";
    static final String TIME_WITH_SECONDS = "([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]";

    private Patterns() {
    }
  }

  /** The zone ids a policy may name: the region ids of the time-zone database, and UTC. */
  private static final ImmutableSet<String> ZONE_IDS = ImmutableSet.<String>builder()
      .addAll(ZoneRulesProvider.getAvailableZoneIds().stream().sorted().toList())
      .add("UTC")
      .build();
  private static final ImmutableList<String> ZONE_ID_LIST = ZONE_IDS.asList();
  private static final Pattern YEAR_MONTH = Pattern.compile("^([-+]?[0-9]+)-([0-9]{2})-([0-9]{2})");

  private final String expected;
  private final String jsonType;
  private final @Nullable String pattern;
  private final @Nullable Pattern compiled;

  ScalarKind(String expected, String jsonType, @Nullable String pattern) {
    this.expected = expected;
    this.jsonType = jsonType;
    this.pattern = pattern;
    this.compiled = pattern == null ? null : Pattern.compile(pattern);
  }

  String expected() {
    return expected;
  }

  String jsonType() {
    return jsonType;
  }

  @Nullable String pattern() {
    return pattern;
  }

  /**
   * Reads the text of a scalar of a text kind other than {@link #ENUM}.
   *
   * @throws IllegalArgumentException with the message of the problem, naming the value
   */
  Object read(String text) {
    return switch (this) {
      case STRING -> text;
      case TIME -> LocalTime.parse(matching(text));
      case DATE -> date(text, () -> LocalDate.parse(matching(text)));
      case MONTH_DAY -> date(text, () -> MonthDay.parse("--" + matching(text)));
      case LOCAL_DATE_TIME -> date(text, () -> LocalDateTime.parse(matching(text)));
      case INSTANT -> date(text, () -> Instant.parse(matching(text)));
      case ZONE -> zone(text);
      case DURATION -> Durations.parse(text);
      case WINDOW -> LocalWindow.parse(text);
      case WEEKLY_HOURS -> WeeklyHours.parse(text);
      case DAY -> Names.day(text);
      case MONTH -> Names.month(text);
      case INT, NUMBER, BOOL, ENUM -> throw new IllegalStateException(this + " is not read from text alone");
    };
  }

  private String matching(String text) {
    if (compiled != null && !compiled.matcher(text).matches()) {
      throw new IllegalArgumentException(mismatch(text));
    }
    return text;
  }

  /**
   * Reads a text that has the form of a date, which may still name a day that does not exist,
   * such as February 30; the message then says why in the format's words, not java.time's.
   */
  private Object date(String text, Supplier<Object> parse) {
    try {
      return parse.get();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(mismatch(text) + noSuchDay(text), e);
    }
  }

  private String noSuchDay(String text) {
    Matcher m = YEAR_MONTH.matcher(this == MONTH_DAY ? "2000-" + text : text);
    if (!m.find()) {
      return "";
    }
    long year = Long.parseLong(m.group(1));
    Month month = Month.of(Integer.parseInt(m.group(2)));
    int day = Integer.parseInt(m.group(3));
    String monthName = Ascii.toUpperCase(month.name().charAt(0)) + Ascii.toLowerCase(month.name().substring(1));
    if (this == MONTH_DAY) {
      return " (" + monthName + " has " + month.maxLength() + " days)";
    }
    if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
      return " (years go from " + Year.MIN_VALUE + " to " + Year.MAX_VALUE + ")";
    }
    int days = YearMonth.of((int) year, month).lengthOfMonth();
    return day > days ? " (" + monthName + " " + year + " has " + days + " days)" : "";
  }

  /**
   * Reads a zone id: an IANA region id such as {@code America/Chicago}, or {@code UTC}; not an
   * offset such as {@code +05:00} or {@code GMT+5}, whose wall clock ignores daylight saving.
   *
   * @throws IllegalArgumentException if the text is not such an id, with a suggestion for a near miss
   */
  static ZoneId zone(String text) {
    if (!ZONE_IDS.contains(text)) {
      // A text as short as "Z" is near too many ids for a suggestion to help.
      String hint = text.length() < 4 ? ""
          : Suggestions.nearest(text, ZONE_ID_LIST).map(z -> "; did you mean '" + z + "'?").orElse("");
      throw new IllegalArgumentException(ZONE.mismatch(text) + hint);
    }
    return ZoneId.of(text);
  }

  /** Whether a zone is one a policy may name: an IANA region, or UTC. */
  static boolean isPolicyZone(ZoneId zone) {
    return ZONE_IDS.contains(zone.getId());
  }

  String mismatch(String text) {
    return "expected " + expected + ", got " + Describe.text(text);
  }
}
