package org.sendtime.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecurrenceSetTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static List<String> first(String ical, int n) {
    RecurrenceSet set = RecurrenceSet.parse(ical);
    return set.occurrences().limit(n).map(z -> z.toOffsetDateTime().toString()).collect(Collectors.toList());
  }

  private static List<String> after(String ical, String instant, int n) {
    RecurrenceSet set = RecurrenceSet.parse(ical);
    return set.occurrencesAfter(Instant.parse(instant)).limit(n)
        .map(z -> z.toOffsetDateTime().toString()).collect(Collectors.toList());
  }

  // ----- named DST edge cases ----------------------------------------------------------------

  @Test
  void next_apia_dayThatDidNotExist() {
    // Samoa skipped 2011-12-30: the whole day is a 24-hour gap, so 09:00 that day moves forward
    // by the gap onto 2011-12-31T09:00, which the rule also produces; it appears once.
    assertThat(first("DTSTART;TZID=Pacific/Apia:20111228T090000\nRRULE:FREQ=DAILY", 5)).containsExactly(
        "2011-12-28T09:00-10:00", "2011-12-29T09:00-10:00", "2011-12-31T09:00+14:00",
        "2012-01-01T09:00+14:00", "2012-01-02T09:00+14:00");
  }

  @Test
  void next_lordHowe_thirtyMinuteShift() {
    // Spring forward 2026-10-04 02:00 -> 02:30 (+10:30 -> +11:00): 02:15 moves forward 30 minutes.
    assertThat(after("DTSTART;TZID=Australia/Lord_Howe:20260101T021500\nRRULE:FREQ=DAILY",
        "2026-10-02T00:00:00Z", 3)).containsExactly(
        "2026-10-03T02:15+10:30", "2026-10-04T02:45+11:00", "2026-10-05T02:15+11:00");
    // Fall back 2026-04-05 02:00 -> 01:30: 01:45 happens twice and means its first instance.
    assertThat(after("DTSTART;TZID=Australia/Lord_Howe:20260101T014500\nRRULE:FREQ=DAILY",
        "2026-04-03T00:00:00Z", 3)).containsExactly(
        "2026-04-04T01:45+11:00", "2026-04-05T01:45+11:00", "2026-04-06T01:45+10:30");
  }

  @Test
  void next_saoPaulo_midnightGap() {
    // Brazil's DST started at midnight: 2018-11-04 00:00 did not exist and became 01:00.
    assertThat(after("DTSTART;TZID=America/Sao_Paulo:20180101T000000\nRRULE:FREQ=DAILY",
        "2018-11-03T12:00:00Z", 3)).containsExactly(
        "2018-11-04T01:00-02:00", "2018-11-05T00:00-02:00", "2018-11-06T00:00-02:00");
    // An all-day rule read in that zone starts that day at 01:00 too.
    RecurrenceSet allDay = RecurrenceSet.parse("DTSTART;VALUE=DATE:20181103\nRRULE:FREQ=DAILY;COUNT=2")
        .withZone(ZoneId.of("America/Sao_Paulo"));
    assertThat(allDay.occurrences().map(z -> z.toOffsetDateTime().toString()))
        .containsExactly("2018-11-03T00:00-03:00", "2018-11-04T01:00-02:00");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // start | after | expected three occurrences
      "DTSTART;TZID=Europe/London:20260101T013000 | 2026-03-28T00:00:00Z | 2026-03-28T01:30Z 2026-03-29T02:30+01:00 2026-03-30T01:30+01:00",
      "DTSTART;TZID=Europe/London:20260101T013000 | 2026-10-24T00:00:00Z | 2026-10-24T01:30+01:00 2026-10-25T01:30+01:00 2026-10-26T01:30Z",
      "DTSTART;TZID=America/New_York:20260101T023000 | 2026-03-07T00:00:00Z | 2026-03-07T02:30-05:00 2026-03-08T03:30-04:00 2026-03-09T02:30-04:00",
      "DTSTART;TZID=America/New_York:20260101T013000 | 2026-10-31T00:00:00Z | 2026-10-31T01:30-04:00 2026-11-01T01:30-04:00 2026-11-02T01:30-05:00",
  })
  void next_changeDays_dailyRule(String dtstart, String after, String expected) {
    assertThat(after(dtstart + "\nRRULE:FREQ=DAILY", after, 3)).containsExactly(expected.split(" "));
  }

  @Test
  void occurrences_hourlyThroughSpringGap_neverRepeatsAnInstant() {
    // 01:30, 02:30 (moves to 03:30) and 03:30 (the same instant) give two occurrences, not three.
    assertThat(first("DTSTART;TZID=America/New_York:20260308T003000\nRRULE:FREQ=HOURLY;COUNT=5", 5))
        .containsExactly("2026-03-08T00:30-05:00", "2026-03-08T01:30-05:00", "2026-03-08T03:30-04:00",
            "2026-03-08T04:30-04:00");
  }

  @Test
  void occurrences_minutelyThroughSpringGap_staysInOrder() {
    // Local 01:50..03:10 every 10 minutes: the gap times resolve after 03:00, and must not be
    // emitted before 03:00 and 03:10.
    assertThat(first("DTSTART;TZID=America/New_York:20260308T015000\nRRULE:FREQ=MINUTELY;INTERVAL=10;COUNT=9", 9))
        .containsExactly("2026-03-08T01:50-05:00", "2026-03-08T03:00-04:00", "2026-03-08T03:10-04:00",
            "2026-03-08T03:20-04:00", "2026-03-08T03:30-04:00", "2026-03-08T03:40-04:00",
            "2026-03-08T03:50-04:00");
  }

  @Test
  void occurrences_hourlyThroughAutumnOverlap_firstInstanceOnly() {
    // RFC 5545 §3.3.5: each local time means its first instance, so 01:00 fires once (EDT).
    assertThat(first("DTSTART;TZID=America/New_York:20261101T000000\nRRULE:FREQ=HOURLY;COUNT=4", 4))
        .containsExactly("2026-11-01T00:00-04:00", "2026-11-01T01:00-04:00", "2026-11-01T02:00-05:00",
            "2026-11-01T03:00-05:00");
  }

  @Test
  void until_utcAtGapEdge_isComparedAsInstants() {
    // UNTIL 07:30Z is 03:30 EDT, the instant the gap time 02:30 resolves to: included.
    assertThat(first("DTSTART;TZID=America/New_York:20260307T023000\nRRULE:FREQ=DAILY;UNTIL=20260308T073000Z", 5))
        .containsExactly("2026-03-07T02:30-05:00", "2026-03-08T03:30-04:00");
  }

  // ----- calendar edge cases -------------------------------------------------------------------

  @Test
  void yearly_feb29_leapYearsOnly_2100IsNotLeap() {
    RecurrenceSet set = RecurrenceSet.parse("DTSTART:20960229T090000\nRRULE:FREQ=YEARLY;COUNT=3");
    assertThat(set.localOccurrences()).containsExactly(
        LocalDateTime.parse("2096-02-29T09:00"), LocalDateTime.parse("2104-02-29T09:00"),
        LocalDateTime.parse("2108-02-29T09:00"));
  }

  @Test
  void yearly_feb29_skipBackward_feb28InCommonYears() {
    RecurrenceSet set = RecurrenceSet.parse(
        "DTSTART;VALUE=DATE:20960229\nRRULE:RSCALE=GREGORIAN;FREQ=YEARLY;SKIP=BACKWARD;COUNT=6");
    assertThat(set.localOccurrences().map(LocalDateTime::toLocalDate)).containsExactly(
        LocalDate.parse("2096-02-29"), LocalDate.parse("2097-02-28"), LocalDate.parse("2098-02-28"),
        LocalDate.parse("2099-02-28"), LocalDate.parse("2100-02-28"), LocalDate.parse("2101-02-28"));
  }

  @Test
  void monthly_31st_omitsShortMonths() {
    RecurrenceSet set = RecurrenceSet.parse("DTSTART;VALUE=DATE:20260131\nRRULE:FREQ=MONTHLY;COUNT=4");
    assertThat(set.localOccurrences().map(LocalDateTime::toLocalDate)).containsExactly(
        LocalDate.parse("2026-01-31"), LocalDate.parse("2026-03-31"), LocalDate.parse("2026-05-31"),
        LocalDate.parse("2026-07-31"));
  }

  @Test
  void weekNo53_dependsOnWeekStart() {
    // ISO weeks (WKST=MO): 2026 and 2032 have a week 53; with Sunday weeks, 2025 and 2031 do.
    assertThat(RecurrenceSet.parse("DTSTART;VALUE=DATE:20210101\nRRULE:FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO;COUNT=2")
        .localOccurrences().map(LocalDateTime::toLocalDate))
        .containsExactly(LocalDate.parse("2026-12-28"), LocalDate.parse("2032-12-27"));
    assertThat(RecurrenceSet.parse("DTSTART;VALUE=DATE:20210101\nRRULE:FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO;WKST=SU;COUNT=2")
        .localOccurrences().map(LocalDateTime::toLocalDate))
        .containsExactly(LocalDate.parse("2025-12-29"), LocalDate.parse("2031-12-29"));
  }

  @Test
  void weekNo53_daysInTheNextCalendarYear_belongToThatYearsPeriod() {
    // ISO week 53 of 2020 runs 2020-12-28..2021-01-03; its Friday is 2021-01-01.
    assertThat(RecurrenceSet.parse("DTSTART;VALUE=DATE:20200101\nRRULE:FREQ=YEARLY;BYWEEKNO=53;BYDAY=FR;COUNT=2")
        .localOccurrences().map(LocalDateTime::toLocalDate))
        .containsExactly(LocalDate.parse("2021-01-01"), LocalDate.parse("2027-01-01"));
  }

  @Test
  void impossibleRules_endQuicklyWithNothing() {
    assertThat(RecurrenceSet.parse("DTSTART:20260101T090000\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")
        .localOccurrences()).isEmpty();
    assertThat(RecurrenceSet.parse("DTSTART:20260101T090000\nRRULE:FREQ=MINUTELY;BYMONTH=4;BYMONTHDAY=31")
        .localOccurrences()).isEmpty();
    assertThat(RecurrenceSet.parse("DTSTART:20260101T090000\nRRULE:FREQ=DAILY;BYSECOND=60")
        .localOccurrences()).isEmpty();
    assertThat(RecurrenceSet.parse("DTSTART:20260101T000000\nRRULE:FREQ=HOURLY;INTERVAL=2;BYHOUR=1")
        .nextLocal(LocalDateTime.parse("2026-01-01T00:00"))).isEmpty();
  }

  // ----- the set: start, COUNT, EXDATE, RDATE ------------------------------------------------

  @Test
  void start_matchingTheRule_isTheFirstOccurrence() {
    assertThat(first("DTSTART;TZID=America/New_York:20260105T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=2", 2))
        .containsExactly("2026-01-05T09:00-05:00", "2026-01-12T09:00-05:00");
  }

  @Test
  void start_notMatchingTheRule_isNotAnOccurrence() {
    // 2026-01-07 is a Wednesday: the rule starts on the following Monday and COUNT counts from there.
    assertThat(first("DTSTART;TZID=America/New_York:20260107T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=2", 5))
        .containsExactly("2026-01-12T09:00-05:00", "2026-01-19T09:00-05:00");
    // Listing the start as an RDATE includes it.
    assertThat(first("DTSTART;TZID=America/New_York:20260107T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=2\n"
        + "RDATE;TZID=America/New_York:20260107T090000", 5))
        .containsExactly("2026-01-07T09:00-05:00", "2026-01-12T09:00-05:00", "2026-01-19T09:00-05:00");
  }

  @Test
  void exdate_stillUsesUpACount() {
    assertThat(first("DTSTART;TZID=America/New_York:20260101T090000\nRRULE:FREQ=DAILY;COUNT=4\n"
        + "EXDATE;TZID=America/New_York:20260102T090000", 10))
        .containsExactly("2026-01-01T09:00-05:00", "2026-01-03T09:00-05:00", "2026-01-04T09:00-05:00");
  }

  @Test
  void exdate_inUtcAndAsDate() {
    assertThat(first("DTSTART;TZID=America/New_York:20260101T090000\nRRULE:FREQ=DAILY;COUNT=4\n"
        + "EXDATE:20260102T140000Z\nEXDATE;VALUE=DATE:20260104", 10))
        .containsExactly("2026-01-01T09:00-05:00", "2026-01-03T09:00-05:00");
  }

  @Test
  void rdate_periodAndOtherZone_mergedInOrder() {
    assertThat(first("DTSTART;TZID=America/New_York:20260101T090000\nRRULE:FREQ=DAILY;COUNT=2\n"
        + "RDATE;VALUE=PERIOD:20260101T120000Z/PT1H\nRDATE;TZID=Europe/Paris:20260101T150000", 10))
        .containsExactly("2026-01-01T07:00-05:00", "2026-01-01T09:00-05:00", "2026-01-02T09:00-05:00");
  }

  @Test
  void rdate_only_startIsAnOccurrence() {
    assertThat(first("DTSTART;TZID=America/New_York:20260101T090000\nRDATE;TZID=America/New_York:20260301T090000", 10))
        .containsExactly("2026-01-01T09:00-05:00", "2026-03-01T09:00-05:00");
  }

  @Test
  void multipleRules_mergedWithoutDuplicates() {
    assertThat(first("DTSTART;TZID=America/New_York:20260105T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3\n"
        + "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=3", 10))
        .containsExactly("2026-01-05T09:00-05:00", "2026-01-07T09:00-05:00", "2026-01-12T09:00-05:00",
            "2026-01-19T09:00-05:00");
  }

  // ----- seeking -------------------------------------------------------------------------------

  @Test
  void next_dailyRuleFrom1990_answersFor2026() {
    RecurrenceSet set = RecurrenceSet.parse("DTSTART;TZID=America/New_York:19900101T090000\nRRULE:FREQ=DAILY");
    assertThat(set.next(Instant.parse("2026-07-04T12:00:00Z")))
        .contains(ZonedDateTime.of(LocalDateTime.parse("2026-07-04T09:00"), NEW_YORK));
    assertThat(set.next(Instant.parse("2026-07-04T12:59:59Z")))
        .contains(ZonedDateTime.of(LocalDateTime.parse("2026-07-04T09:00"), NEW_YORK));
    // Strictly after: an occurrence equal to the instant is not returned.
    assertThat(set.next(Instant.parse("2026-07-05T13:00:00Z")))
        .contains(ZonedDateTime.of(LocalDateTime.parse("2026-07-06T09:00"), NEW_YORK));
  }

  @Test
  void next_withCount_agreesWithTheStream() {
    RecurrenceSet set = RecurrenceSet.parse(
        "DTSTART;TZID=America/New_York:20200131T090000\nRRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=30");
    List<ZonedDateTime> all = set.occurrences().collect(Collectors.toList());
    assertThat(all).hasSize(30);
    for (ZonedDateTime z : all) {
      Instant just = z.toInstant().minusSeconds(1);
      assertThat(set.next(just)).contains(z);
    }
    assertThat(set.next(all.get(29).toInstant())).isEmpty();
  }

  @Test
  void next_beforeStart_returnsFirst() {
    RecurrenceSet set = RecurrenceSet.parse("DTSTART;TZID=America/New_York:20260101T090000\nRRULE:FREQ=DAILY");
    assertThat(set.next(Instant.parse("1970-01-01T00:00:00Z")).map(z -> z.toOffsetDateTime().toString()))
        .contains("2026-01-01T09:00-05:00");
  }

  @Test
  void next_nearYear9999_endsWithoutOverflow() {
    RecurrenceSet set = RecurrenceSet.parse("DTSTART:99991230T000000Z\nRRULE:FREQ=DAILY");
    assertThat(set.occurrences().map(z -> z.toLocalDate().toString()))
        .containsExactly("9999-12-30", "9999-12-31");
  }

  // ----- floating and all-day sets -------------------------------------------------------------

  @Test
  void floating_yieldsLocalDateTimes() {
    RecurrenceSet set = RecurrenceSet.parse("DTSTART:20260101T090000\nRRULE:FREQ=WEEKLY;BYDAY=FR");
    assertThat(set.isFloating()).isTrue();
    assertThat(set.nextLocal(LocalDateTime.parse("2026-01-02T09:00")))
        .contains(LocalDateTime.parse("2026-01-09T09:00"));
    assertThatThrownBy(() -> set.next(Instant.EPOCH))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("floating");
    assertThat(set.withZone(NEW_YORK).next(Instant.parse("2026-01-02T14:00:00Z")))
        .contains(ZonedDateTime.of(LocalDateTime.parse("2026-01-09T09:00"), NEW_YORK));
  }

  @Test
  void zoned_localQueries_fail() {
    RecurrenceSet set = RecurrenceSet.parse("DTSTART;TZID=America/New_York:20260101T090000\nRRULE:FREQ=DAILY");
    assertThatThrownBy(() -> set.nextLocal(LocalDateTime.MIN))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("America/New_York");
  }

  @Test
  void allDay_rejectsTimeParts() {
    assertThatThrownBy(() -> RecurrenceSet.parse("DTSTART;VALUE=DATE:20260101\nRRULE:FREQ=DAILY;BYHOUR=9"))
        .isInstanceOf(InvalidRuleException.class).hasMessageContaining("DATE start");
    assertThatThrownBy(() -> RecurrenceSet.parse("DTSTART;VALUE=DATE:20260101\nRRULE:FREQ=HOURLY"))
        .hasMessageContaining("FREQ=HOURLY needs a start with a time of day")
        .hasMessageContaining("line 2, column 1");
  }

  @Test
  void allDay_rejectsTimedExdates() {
    assertThatThrownBy(() -> RecurrenceSet.builder(LocalDate.of(2020, 1, 1))
        .rule(RecurrenceRule.parse("FREQ=DAILY")).exdate(LocalDateTime.of(2020, 1, 3, 10, 30)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EXDATE 2020-01-03T10:30 has a time of day");
  }

  @Test
  void subDailyRulesThatCanNeverFire_areEmptyAtOnce() {
    for (String rule : List.of("FREQ=MINUTELY;BYSECOND=60", "FREQ=MINUTELY;INTERVAL=2;BYMINUTE=1",
        "FREQ=SECONDLY;BYSECOND=60", "FREQ=SECONDLY;INTERVAL=2;BYSECOND=1",
        "FREQ=SECONDLY;BYMINUTE=5;BYSETPOS=2", "FREQ=HOURLY;BYMINUTE=5;BYSETPOS=2",
        "FREQ=HOURLY;INTERVAL=2;BYHOUR=10,12")) {
      RecurrenceSet set = RecurrenceSet.parse("DTSTART;TZID=Europe/Paris:20200101T090000\nRRULE:" + rule);
      assertThat(set.next(Instant.parse("2020-01-01T00:00:00Z"))).as(rule).isEmpty();
    }
    // Reachable ones still fire: odd hours from 09:00 every 2 hours.
    assertThat(RecurrenceSet.parse("DTSTART;TZID=Europe/Paris:20200101T090000\nRRULE:FREQ=HOURLY;INTERVAL=2;BYHOUR=11")
        .next(Instant.parse("2020-01-01T00:00:00Z")).map(z -> z.toLocalDateTime().toString())).contains("2020-01-01T11:00");
  }

  @Test
  void allDay_rejectsInstantExdates() {
    assertThatThrownBy(() -> RecurrenceSet.parse(
        "DTSTART;VALUE=DATE:20260301\nRRULE:FREQ=DAILY;COUNT=3\nEXDATE:20260302T000000Z"))
        .isInstanceOf(InvalidRuleException.class).hasMessageContaining("the set is floating");
  }

  @Test
  void allDay_inAZone_becomesZonedAtMidnightAndRoundTrips() {
    RecurrenceSet set = RecurrenceSet.parse("DTSTART;VALUE=DATE:20260301\nRRULE:FREQ=DAILY;COUNT=3\n"
        + "EXDATE;VALUE=DATE:20260302").withZone(NEW_YORK);
    assertThat(set.isAllDay()).isFalse();
    assertThat(set.toString()).isEqualTo("DTSTART;TZID=America/New_York:20260301T000000\n"
        + "RRULE:FREQ=DAILY;COUNT=3\nEXDATE;VALUE=DATE:20260302");
    assertThat(RecurrenceSet.parse(set.toString())).isEqualTo(set);
    assertThat(set.occurrences().map(z -> z.toOffsetDateTime().toString()))
        .containsExactly("2026-03-01T00:00-05:00", "2026-03-03T00:00-05:00");
  }

  // ----- parsing ---------------------------------------------------------------------------------

  @Test
  void parse_foldedLinesAndCrLf() {
    RecurrenceSet set = RecurrenceSet.parse(
        "DTSTART;TZID=America/New_York:19970902T090000\r\nRRULE:FREQ=DAILY;\r\n COUNT=3\r\n");
    assertThat(set.rules()).containsExactly(RecurrenceRule.parse("FREQ=DAILY;COUNT=3"));
  }

  @Test
  void parse_defaultStart_usedWithoutDtstart() {
    RecurrenceSet set = RecurrenceSet.parse("RRULE:FREQ=DAILY;COUNT=2",
        LocalDateTime.parse("1997-09-02T09:00"), NEW_YORK);
    assertThat(set.occurrences().map(z -> z.toOffsetDateTime().toString()))
        .containsExactly("1997-09-02T09:00-04:00", "1997-09-03T09:00-04:00");
    RecurrenceSet floating = RecurrenceSet.parse("FREQ=DAILY;COUNT=1", LocalDateTime.parse("1997-09-02T09:00"), null);
    assertThat(floating.isFloating()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // text (\n = newline) | line | column | keyword
      "DTSTART;TZID=Mars/Olympus:20260101T090000\\nRRULE:FREQ=DAILY | 1 | 14 | Unknown time zone 'Mars/Olympus'",
      "DTSTART:20260101T090000\\nRRULE:FREQ=DAILY;INTERVAL=0 | 2 | 27 | INTERVAL",
      "DTSTART:20260101T090000\\nRRULE:FREQ=DAILY\\nEXRULE:FREQ=WEEKLY | 3 | 1 | EXRULE is deprecated",
      "DTSTART:20260101T090000\\nSUMMARY:Standup | 2 | 1 | Unknown property 'SUMMARY'",
      "RRULE:FREQ=DAILY | 1 | 1 | Missing DTSTART",
      "DTSTART:2026-01-01\\nRRULE:FREQ=DAILY | 1 | 9 | expected a DATE such as 19970902",
      "DTSTART;TZID=America/New_York:20260101T090000Z\\nRRULE:FREQ=DAILY | 1 | 14 | TZID is not allowed with a UTC value",
      "DTSTART:20260101T090000\\nDTSTART:20260101T090000 | 2 | 1 | DTSTART is given more than once",
      "DTSTART:20260101T090000\\nEXDATE;VALUE=PERIOD:20260101T090000Z/PT1H | 2 | 21 | EXDATE cannot hold a PERIOD",
      "DTSTART:20260101T090000\\nRDATE:20260101T090000Z | 1 | 1 | is an instant, but the set is floating",
      "DTSTART;VALUE=DATE:20260101T090000\\nRRULE:FREQ=DAILY | 1 | 20 | VALUE=DATE",
  })
  void parse_invalid_pointsAtLineAndColumn(String text, int line, int column, String keyword) {
    assertThatThrownBy(() -> RecurrenceSet.parse(text.replace("\\n", "\n")))
        .isInstanceOfSatisfying(InvalidRuleException.class, e -> {
          assertThat(e.getMessage()).contains(keyword);
          if (text.contains("\\n")) {
            assertThat(e.getMessage()).contains("line " + line + ", column " + column);
          }
          assertThat(e.line()).isEqualTo(line);
          assertThat(e.column()).isEqualTo(column);
        });
  }

  @Test
  void toString_canonicalAndRoundTrips() {
    String text = "DTSTART;TZID=America/New_York:19970902T090000\n"
        + "RRULE:FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13\n"
        + "EXDATE;TZID=America/New_York:19970902T090000";
    RecurrenceSet set = RecurrenceSet.parse(text);
    assertThat(set.toString()).isEqualTo("DTSTART;TZID=America/New_York:19970902T090000\n"
        + "RRULE:FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13\n"
        + "EXDATE:19970902T130000Z");
    assertThat(RecurrenceSet.parse(set.toString())).isEqualTo(set).hasSameHashCodeAs(set);
    for (String s : List.of("DTSTART:19970902T090000Z\nRRULE:FREQ=DAILY",
        "DTSTART;VALUE=DATE:19970902\nRRULE:FREQ=YEARLY\nRDATE;VALUE=DATE:19971225\nEXDATE;VALUE=DATE:19980902",
        "DTSTART:19970902T090000\nRRULE:FREQ=DAILY\nRDATE:19971225T090000\nEXDATE:19970903T090000")) {
      assertThat(RecurrenceSet.parse(s).toString()).isEqualTo(s);
    }
  }

  @Test
  void describe_includesTheStartTime() {
    assertThat(RecurrenceSet.parse("DTSTART;TZID=America/New_York:20260130T090000\n"
        + "RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1").describe())
        .isEqualTo("every month on the last weekday at 09:00, from 2026-01-30T09:00 in America/New_York");
  }

  @Test
  void builder_rejectsInstantsInFloatingSets() {
    assertThatThrownBy(() -> RecurrenceSet.builder(LocalDateTime.parse("2026-01-01T09:00"))
        .exdate(Instant.EPOCH).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("floating");
  }

  @Test
  void of_zonedStart() {
    RecurrenceSet set = RecurrenceSet.of(RecurrenceRule.parse("FREQ=DAILY;COUNT=2"),
        ZonedDateTime.of(LocalDateTime.parse("2026-01-01T09:00"), NEW_YORK));
    assertThat(set.occurrences().map(z -> z.toInstant().plus(Duration.ZERO).toString()))
        .containsExactly("2026-01-01T14:00:00Z", "2026-01-02T14:00:00Z");
  }
}
