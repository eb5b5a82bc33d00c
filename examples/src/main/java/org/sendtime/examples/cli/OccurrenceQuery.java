package org.sendtime.examples.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sendtime.recurrence.InvalidRuleException;
import org.sendtime.recurrence.RecurrenceSet;

/**
 * One question "which occurrences does this rule have?", as the command line and JSON lines ask
 * it, answered as ISO-8601 text.
 *
 * <p>Answers are {@code OffsetDateTime} text ({@code 1997-09-02T09:00-04:00}) for a zoned rule,
 * local date-times for a floating rule and dates for an all-day rule.
 *
 * @param text  the rule, or iCalendar content lines, not null
 * @param start  the start if the text has no {@code DTSTART}: a {@link LocalDateTime}, or a
 *     {@link LocalDate} for an all-day rule; null to start at {@code after}
 * @param zone  the zone of the rule, null for the zone of its {@code DTSTART} or a floating rule
 * @param after  only occurrences strictly after this, an {@link Instant} or a
 *     {@link LocalDateTime} in the rule's zone; null for all from the start
 * @param limit  the most occurrences to give, at least one; null for all of a bounded rule and
 *     {@value #DEFAULT_LIMIT} of an unbounded one
 * @param rdates  extra occurrences, each an {@link Instant}, {@link LocalDateTime} or
 *     {@link LocalDate}, not null
 * @param exdates  excluded occurrences, each an {@link Instant}, {@link LocalDateTime} or
 *     {@link LocalDate}, not null
 * @param names  how messages name the inputs, not null
 */
record OccurrenceQuery(
    String text,
    @Nullable Temporal start,
    @Nullable ZoneId zone,
    @Nullable Temporal after,
    @Nullable Integer limit,
    List<Temporal> rdates,
    List<Temporal> exdates,
    Names names) {

  /** How many occurrences of an unbounded rule are given when no limit is. */
  static final int DEFAULT_LIMIT = 10;

  private static final DateTimeFormatter ICAL_LOCAL =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
  private static final DateTimeFormatter ICAL_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);

  /**
   * How messages name the start, the zone and the search point: options on the command line,
   * fields in JSON lines.
   */
  record Names(String start, String zone, String after) {
    static final Names OPTIONS = new Names("--start", "--zone", "--after");
    static final Names JSON_FIELDS = new Names("dtstart", "zone", "after");
  }

  OccurrenceQuery {
    rdates = List.copyOf(rdates);
    exdates = List.copyOf(exdates);
  }

  /**
   * Reads the two-character sequence backslash-n as a line break, so that content lines fit in
   * one shell argument.
   */
  static String unescapeNewlines(String text) {
    return text.replace("\\n", "\n");
  }

  /**
   * Computes the occurrences. The rule is read and checked at once; the stream is lazy.
   *
   * @return the occurrences as ISO-8601 text, in increasing order, not null
   * @throws InputException if the inputs contradict each other or are missing
   * @throws InvalidRuleException if the rule is invalid; positions refer to {@link #text()}
   */
  Stream<String> occurrences() {
    RecurrenceSet parsed = recurrenceSet();
    // An all-day rule read in a zone has occurrences at midnight there; it still lists dates.
    boolean allDay = parsed.isAllDay();
    RecurrenceSet set = inZone(parsed);
    boolean bounded = set.rules().stream()
        .allMatch(r -> r.count().isPresent() || r.until().isPresent());
    Stream<String> all;
    Optional<ZoneId> setZone = set.zone();
    if (setZone.isPresent()) {
      Stream<ZonedDateTime> zoned = after == null
          ? set.occurrences()
          : set.occurrencesAfter(toInstant(after, setZone.get()));
      all = zoned.map(t -> allDay ? t.toLocalDate().toString() : t.toOffsetDateTime().toString());
    } else {
      if (after instanceof Instant) {
        throw new InputException(names.after() + " " + after + " is an instant, but the rule is "
            + "floating (no TZID and no " + names.zone() + "); give a local date-time");
      }
      Stream<LocalDateTime> local = after == null
          ? set.localOccurrences()
          : set.localOccurrencesAfter((LocalDateTime) after);
      all = local.map(t -> allDay ? t.toLocalDate().toString() : t.toString());
    }
    if (limit != null) {
      return all.limit(limit);
    }
    return bounded ? all : all.limit(DEFAULT_LIMIT);
  }

  private static Instant toInstant(Temporal after, ZoneId zone) {
    // A local time in a gap or an overlap resolves as java.time and RFC 5545 do: forward by the
    // gap, or the earlier offset.
    return after instanceof Instant ? (Instant) after : ((LocalDateTime) after).atZone(zone).toInstant();
  }

  /** Parses the set and reconciles it with the start and zone given apart. */
  private RecurrenceSet recurrenceSet() {
    boolean hasDtstart = hasDtstart(text);
    // Core takes a default start only as a LocalDateTime, so a date start is given as a line.
    String prefix = "";
    LocalDateTime defaultStart = null;
    if (!hasDtstart) {
      if (start instanceof LocalDate) {
        prefix = "DTSTART;VALUE=DATE:" + ICAL_DATE.format((LocalDate) start) + "\n";
      } else if (start != null) {
        defaultStart = (LocalDateTime) start;
      } else if (after instanceof LocalDateTime) {
        defaultStart = (LocalDateTime) after;
      } else if (after != null && zone != null) {
        defaultStart = LocalDateTime.ofInstant((Instant) after, zone);
      } else if (after != null) {
        throw new InputException(names.after() + " " + after + " is an instant, so it can start "
            + "a rule without DTSTART only with " + names.zone() + " (or give " + names.start() + ")");
      } else {
        throw new InputException(names.start() + " is required when the rule has no DTSTART");
      }
    }
    RecurrenceSet set;
    try {
      set = parse(prefix + text, defaultStart);
    } catch (InvalidRuleException e) {
      throw relocate(e, prefix.length());
    }
    if (!rdates.isEmpty() || !exdates.isEmpty()) {
      // Core cannot add dates to a parsed set, so they are added as lines and the whole parsed
      // again. The text alone parsed above, so an error now is a conflict with the added dates.
      String dates = dateLines("RDATE", rdates) + dateLines("EXDATE", exdates);
      try {
        set = parse(prefix + text + dates, defaultStart);
      } catch (InvalidRuleException e) {
        throw new InputException(e.problem());
      }
    }
    if (hasDtstart && start != null && !sameStart(set, start)) {
      throw new InputException(names.start() + " " + start + " differs from the rule's DTSTART "
          + (set.isAllDay() ? set.start().toLocalDate() : set.start()));
    }
    return set;
  }

  /** Reads a floating set in the zone given apart, checking that a zoned set agrees with it. */
  private RecurrenceSet inZone(RecurrenceSet set) {
    if (zone == null) {
      return set;
    }
    Optional<ZoneId> own = set.zone();
    if (own.isEmpty()) {
      return set.withZone(zone);
    }
    if (!own.get().getRules().equals(zone.getRules())) {
      throw new InputException(names.zone() + " " + zone.getId()
          + " differs from the zone of the rule's DTSTART, " + own.get().getId());
    }
    return set;
  }

  private RecurrenceSet parse(String content, @Nullable LocalDateTime defaultStart) {
    return defaultStart == null
        ? RecurrenceSet.parse(content)
        : RecurrenceSet.parse(content, defaultStart, zone);
  }

  private static boolean sameStart(RecurrenceSet set, Temporal start) {
    if (start instanceof LocalDate) {
      return set.isAllDay() && set.start().toLocalDate().equals(start);
    }
    return !set.isAllDay()
        && set.start().equals(((LocalDateTime) start).truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * Maps an error in the text given to core back to the user's text, which follows a start line
   * of {@code offset} characters. An error in the start line is a conflict between the start and
   * the rule, which the problem alone describes.
   */
  private RuntimeException relocate(InvalidRuleException e, int offset) {
    if (offset == 0) {
      return e;
    }
    int position = e.position() - offset;
    return position < 0
        ? new InputException(e.problem())
        : new InvalidRuleException(e.problem(), text, position);
  }

  /**
   * Checks whether the content lines hold a {@code DTSTART}, as core's parser reads them: lines
   * split at line feeds, a line starting with a space or tab continuing the one before.
   */
  static boolean hasDtstart(String text) {
    String unfolded = text.replaceAll("\r?\n[ \t]", "");
    for (String line : unfolded.split("\n", -1)) {
      String s = line.strip();
      if (s.regionMatches(true, 0, "DTSTART", 0, 7)) {
        String rest = s.substring(7).stripLeading();
        if (rest.startsWith(";") || rest.startsWith(":")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Writes extra or excluded occurrences as content lines, each starting with a line break. */
  private static String dateLines(String name, List<Temporal> values) {
    StringBuilder sb = new StringBuilder();
    for (Temporal t : values) {
      sb.append('\n').append(name);
      if (t instanceof LocalDate) {
        sb.append(";VALUE=DATE:").append(ICAL_DATE.format(t));
      } else if (t instanceof Instant) {
        sb.append(':').append(ICAL_LOCAL.format(((Instant) t).atOffset(ZoneOffset.UTC))).append('Z');
      } else {
        sb.append(':').append(ICAL_LOCAL.format(t));
      }
    }
    return sb.toString();
  }
}
