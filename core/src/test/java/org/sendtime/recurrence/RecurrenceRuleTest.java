package org.sendtime.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecurrenceRuleTest {

  @Test
  void parse_allParts() {
    RecurrenceRule r = RecurrenceRule.parse(
        "RRULE:FREQ=YEARLY;INTERVAL=2;COUNT=7;BYSECOND=5;BYMINUTE=30;BYHOUR=9,17;BYDAY=-1FR,MO;"
            + "BYMONTHDAY=-1;BYMONTH=1,2;BYSETPOS=1,-1;WKST=SU");
    assertThat(r.frequency()).isEqualTo(Frequency.YEARLY);
    assertThat(r.interval()).isEqualTo(2);
    assertThat(r.count()).hasValue(7);
    assertThat(r.bySecond()).containsExactly(5);
    assertThat(r.byMinute()).containsExactly(30);
    assertThat(r.byHour()).containsExactly(9, 17);
    assertThat(r.byDay()).containsExactly(WeekdayNum.of(-1, DayOfWeek.FRIDAY), WeekdayNum.every(DayOfWeek.MONDAY));
    assertThat(r.byMonthDay()).containsExactly(-1);
    assertThat(r.byMonth()).containsExactly(1, 2);
    assertThat(r.bySetPos()).containsExactly(-1, 1);
    assertThat(r.weekStart()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(r.skip()).isEqualTo(Skip.OMIT);
  }

  @Test
  void parse_isCaseInsensitiveAndIgnoresPartOrder() {
    assertThat(RecurrenceRule.parse("byday=we,mo;freq=weekly"))
        .isEqualTo(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO,WE"));
  }

  @Test
  void defaults_weekStartMondayIntervalOne() {
    RecurrenceRule r = RecurrenceRule.parse("FREQ=DAILY");
    assertThat(r.weekStart()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(r.interval()).isEqualTo(1);
    assertThat(r.count()).isEmpty();
    assertThat(r.until()).isEmpty();
    assertThat(r.hasRscale()).isFalse();
  }

  @Test
  void until_threeForms() {
    assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=19971224").until()).contains(LocalDate.of(1997, 12, 24));
    assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=19971224T000000Z").until())
        .contains(Instant.parse("1997-12-24T00:00:00Z"));
    assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=19971224T090000").until())
        .contains(java.time.LocalDateTime.of(1997, 12, 24, 9, 0));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // canonical text is stable: defaults dropped, RSCALE first, parts in a fixed order
      "FREQ=DAILY;INTERVAL=1;WKST=MO | FREQ=DAILY",
      "WKST=SU;BYDAY=TU,MO;FREQ=WEEKLY;INTERVAL=2 | FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TU;WKST=SU",
      "FREQ=MONTHLY;SKIP=BACKWARD;RSCALE=GREGORIAN | RSCALE=GREGORIAN;FREQ=MONTHLY;SKIP=BACKWARD",
      "FREQ=MONTHLY;RSCALE=gregorian;SKIP=OMIT | RSCALE=GREGORIAN;FREQ=MONTHLY",
      "FREQ=YEARLY;BYDAY=+20MO | FREQ=YEARLY;BYDAY=20MO",
      "FREQ=DAILY;UNTIL=19971224T000000Z | FREQ=DAILY;UNTIL=19971224T000000Z",
      "FREQ=MONTHLY;BYMONTHDAY=+3,-1 | FREQ=MONTHLY;BYMONTHDAY=-1,3",
  })
  void toString_canonical(String input, String canonical) {
    RecurrenceRule r = RecurrenceRule.parse(input);
    assertThat(r.toString()).isEqualTo(canonical);
    assertThat(RecurrenceRule.parse(r.toString())).isEqualTo(r).hasSameHashCodeAs(r);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // text | position | keyword
      "FREQ=MONTHLY;BYMONTHDAY=32 | 24 | valid values -31 to -1 and 1 to 31",
      "FREQ=MONTHLY;BYMONTHDAY=0 | 24 | BYMONTHDAY",
      "FREQ=HOURLY;BYHOUR=24 | 19 | BYHOUR (valid values 0 to 23)",
      "FREQ=DAILY;BYDAYS=MO | 11 | did you mean BYDAY",
      "FREQ=DAILY;BYDAY=XX | 17 | expected MO, TU, WE, TH, FR, SA or SU",
      "FREQ=DAILY;BYDAY=1MO | 11 | only allowed with FREQ=MONTHLY or FREQ=YEARLY",
      "FREQ=FORTNIGHTLY | 5 | expected SECONDLY, MINUTELY",
      "BYDAY=MO | 0 | Missing FREQ",
      "FREQ=DAILY;COUNT=3;UNTIL=20260101 | 11 | COUNT and UNTIL",
      "FREQ=DAILY;BYWEEKNO=1 | 11 | BYWEEKNO is only allowed with FREQ=YEARLY",
      "FREQ=MONTHLY;BYYEARDAY=1 | 13 | BYYEARDAY is not allowed with FREQ=MONTHLY",
      "FREQ=WEEKLY;BYMONTHDAY=1 | 12 | BYMONTHDAY is not allowed with FREQ=WEEKLY",
      "FREQ=YEARLY;BYWEEKNO=1;BYDAY=1MO | 23 | not allowed together with BYWEEKNO",
      "FREQ=DAILY;BYSETPOS=1 | 11 | needs another BYxxx",
      "FREQ=MONTHLY;SKIP=FORWARD | 13 | SKIP needs RSCALE=GREGORIAN",
      "RSCALE=HEBREW;FREQ=YEARLY | 7 | Unsupported RSCALE",
      "FREQ=DAILY;INTERVAL=0 | 20 | INTERVAL (valid values 1 or more)",
      "FREQ=DAILY;COUNT=x | 17 | expected an integer",
      "FREQ=DAILY;UNTIL=2026-01-01 | 17 | expected a DATE such as 19970902",
      "FREQ=DAILY;UNTIL=20260230 | 17 | UNTIL",
      "FREQ=DAILY;FREQ=WEEKLY | 11 | FREQ is given more than once",
      "FREQ=DAILY;;COUNT=2 | 11 | Empty rule part",
      "FREQ=DAILY;COUNT | 11 | without '='",
      "FREQ=DAILY;BYHOUR=1,,2 | 20 | Empty value in BYHOUR",
      "FREQ=YEARLY;BYMONTH=5L | 20 | BYMONTH",
      "'' | 0 | Empty recurrence rule",
  })
  void parse_invalid(String text, int position, String keyword) {
    assertThatThrownBy(() -> RecurrenceRule.parse(text))
        .isInstanceOf(InvalidRuleException.class)
        .hasMessageContaining(keyword)
        .satisfies(e -> assertThat(((InvalidRuleException) e).position()).isEqualTo(position));
  }

  @Test
  void parse_invalid_messageNamesPositionAndInput() {
    assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=32"))
        .hasMessage("Invalid value for BYMONTHDAY (valid values -31 to -1 and 1 to 31): 32, "
            + "at position 24 of \"FREQ=MONTHLY;BYMONTHDAY=32\"");
  }

  @Test
  void parse_withPrefix_positionCountsThePrefix() {
    assertThatThrownBy(() -> RecurrenceRule.parse("RRULE:FREQ=DAILY;BYHOUR=99"))
        .isInstanceOfSatisfying(InvalidRuleException.class, e -> {
          assertThat(e.position()).isEqualTo(24);
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.column()).isEqualTo(25);
          assertThat(e.problem()).contains("BYHOUR");
        });
  }

  @Test
  void builder_validatesLikeTheParser() {
    assertThatThrownBy(() -> RecurrenceRule.builder(Frequency.WEEKLY).byMonthDay(1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BYMONTHDAY is not allowed with FREQ=WEEKLY");
    assertThatThrownBy(() -> RecurrenceRule.builder(Frequency.DAILY).interval(0).build())
        .hasMessageContaining("INTERVAL");
    assertThatThrownBy(() -> RecurrenceRule.builder(Frequency.DAILY).byHour(25).build())
        .hasMessageContaining("valid values 0 to 23): 25");
  }

  @Test
  void builder_skipImpliesRscale() {
    RecurrenceRule r = RecurrenceRule.builder(Frequency.MONTHLY).skip(Skip.BACKWARD).build();
    assertThat(r.hasRscale()).isTrue();
    assertThat(r.toString()).isEqualTo("RSCALE=GREGORIAN;FREQ=MONTHLY;SKIP=BACKWARD");
  }

  @Test
  void toBuilder_roundTrips() {
    RecurrenceRule r = RecurrenceRule.parse("FREQ=MONTHLY;COUNT=3;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;WKST=SU");
    assertThat(r.toBuilder().build()).isEqualTo(r);
    assertThat(r.toBuilder().interval(2).build().toString())
        .isEqualTo("FREQ=MONTHLY;COUNT=3;INTERVAL=2;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;WKST=SU");
  }

  @Test
  void equals_distinguishesParts() {
    assertThat(RecurrenceRule.parse("FREQ=DAILY")).isNotEqualTo(RecurrenceRule.parse("FREQ=DAILY;COUNT=1"));
    assertThat(RecurrenceRule.parse("FREQ=MONTHLY")).isNotEqualTo(RecurrenceRule.parse("RSCALE=GREGORIAN;FREQ=MONTHLY"));
    assertThat(RecurrenceRule.parse("FREQ=WEEKLY")).isNotEqualTo(RecurrenceRule.parse("FREQ=WEEKLY;WKST=SU"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 | every month on the last weekday",
      "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR | every other week on Monday, Wednesday and Friday",
      "FREQ=MONTHLY;BYDAY=-1FR | every month on the last Friday",
      "FREQ=YEARLY;BYMONTH=1;BYDAY=SU | every year in January on Sunday",
      "FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=FR | every month on the 13th day if it is Friday",
      "FREQ=DAILY;BYHOUR=9;BYMINUTE=0,30;COUNT=4 | every day at 09:00 and 09:30, 4 times",
      "FREQ=DAILY;UNTIL=19971224 | every day, until 1997-12-24",
      "FREQ=MONTHLY;BYMONTHDAY=1,-1 | every month on the 1st and last days",
      "FREQ=MONTHLY;BYDAY=TU,WE,TH;BYSETPOS=3 | every month on the 3rd Tuesday, Wednesday or Thursday",
      "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8 | every 4 years in November on the 2nd, 3rd, 4th, 5th, 6th, 7th and 8th days if it is Tuesday",
      "RSCALE=GREGORIAN;FREQ=MONTHLY;BYMONTHDAY=31;SKIP=BACKWARD | every month on the 31st day, or the month's last day when the day does not exist",
      "FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10 | every 20 minutes in hours 9 and 10",
  })
  void describe_english(String rule, String description) {
    assertThat(RecurrenceRule.parse(rule).describe()).isEqualTo(description);
  }
}
