package org.sendtime.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.sendtime.recurrence.CronDialect.QUARTZ;
import static org.sendtime.recurrence.CronDialect.SPRING;
import static org.sendtime.recurrence.CronDialect.UNIX;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CronExpressionTest {
  private static final LocalDateTime NEW_YEAR = LocalDateTime.of(2026, 1, 1, 0, 0);

  private static List<String> next(String cron, CronDialect dialect, LocalDateTime after, int n) {
    CronExpression e = CronExpression.parse(cron, dialect);
    List<String> out = new ArrayList<>();
    LocalDateTime t = after;
    for (int i = 0; i < n; i++) {
      Optional<LocalDateTime> next = e.nextLocal(t);
      if (next.isEmpty()) {
        break;
      }
      t = next.get();
      assertThat(e.matches(t)).as("%s matches %s", cron, t).isTrue();
      out.add(t.toString());
    }
    return out;
  }

  // 2026-01-01 is a Thursday; 2026-02-01 and 2026-03-01 are Sundays.
  static Stream<Arguments> syntax() {
    return Stream.of(
        // UNIX: a range of weekdays
        Arguments.of(UNIX, "0 9 * * 1-5", "2026-01-01T09:00 2026-01-02T09:00 2026-01-05T09:00"),
        // UNIX: a step over the whole field
        Arguments.of(UNIX, "*/15 * * * *", "2026-01-01T00:15 2026-01-01T00:30 2026-01-01T00:45"),
        // UNIX: a step over a range
        Arguments.of(UNIX, "1-30/7 * * * *", "2026-01-01T00:01 2026-01-01T00:08 2026-01-01T00:15"),
        // UNIX: month names in any case
        Arguments.of(UNIX, "0 0 1 jan,JUL *", "2026-07-01T00:00 2027-01-01T00:00"),
        // UNIX: 7 is Sunday, like 0 and SUN
        Arguments.of(UNIX, "0 0 * * 7", "2026-01-04T00:00 2026-01-11T00:00"),
        Arguments.of(UNIX, "0 0 * * 0", "2026-01-04T00:00 2026-01-11T00:00"),
        Arguments.of(UNIX, "0 0 * * sun", "2026-01-04T00:00 2026-01-11T00:00"),
        // UNIX: a range up to 7 ends on Sunday
        Arguments.of(UNIX, "0 0 * * 5-7", "2026-01-02T00:00 2026-01-03T00:00 2026-01-04T00:00"),
        // UNIX: day-of-month and day-of-week both restricted: either matches
        Arguments.of(UNIX, "0 0 1 * MON", "2026-01-05T00:00 2026-01-12T00:00 2026-01-19T00:00"
            + " 2026-01-26T00:00 2026-02-01T00:00 2026-02-02T00:00"),
        // UNIX: a field that begins with * is unrestricted, so both must match
        Arguments.of(UNIX, "0 0 */2 * MON", "2026-01-05T00:00 2026-01-19T00:00 2026-02-09T00:00"),
        // UNIX: */2 in day-of-week counts from 0, Sunday
        Arguments.of(UNIX, "0 0 * * */2", "2026-01-03T00:00 2026-01-04T00:00 2026-01-06T00:00"),
        // UNIX: macros
        Arguments.of(UNIX, "@hourly", "2026-01-01T01:00 2026-01-01T02:00"),
        Arguments.of(UNIX, "@daily", "2026-01-02T00:00"),
        Arguments.of(UNIX, "@midnight", "2026-01-02T00:00"),
        Arguments.of(UNIX, "@weekly", "2026-01-04T00:00"),
        Arguments.of(UNIX, "@monthly", "2026-02-01T00:00"),
        Arguments.of(UNIX, "@yearly", "2027-01-01T00:00"),
        Arguments.of(UNIX, "@annually", "2027-01-01T00:00"),
        // QUARTZ: weekdays by name, seconds first
        Arguments.of(QUARTZ, "0 0 12 ? * MON-FRI",
            "2026-01-01T12:00 2026-01-02T12:00 2026-01-05T12:00"),
        // QUARTZ: start/step
        Arguments.of(QUARTZ, "0/15 * * * * ?",
            "2026-01-01T00:00:15 2026-01-01T00:00:30 2026-01-01T00:00:45"),
        Arguments.of(QUARTZ, "3/20 * * * * ?",
            "2026-01-01T00:00:03 2026-01-01T00:00:23 2026-01-01T00:00:43"),
        // QUARTZ: a step without a start starts at the field's first value
        Arguments.of(QUARTZ, "/20 * * * * ?",
            "2026-01-01T00:00:20 2026-01-01T00:00:40 2026-01-01T00:01"),
        // QUARTZ: the last day of the month
        Arguments.of(QUARTZ, "0 0 0 L * ?", "2026-01-31T00:00 2026-02-28T00:00 2026-03-31T00:00"),
        // QUARTZ: two days before the last day
        Arguments.of(QUARTZ, "0 0 0 L-2 * ?", "2026-01-29T00:00 2026-02-26T00:00 2026-03-29T00:00"),
        // QUARTZ: the last weekday (01-31 and 02-28 are Saturdays)
        Arguments.of(QUARTZ, "0 0 0 LW * ?", "2026-01-30T00:00 2026-02-27T00:00 2026-03-31T00:00"),
        // QUARTZ: the weekday nearest the 1st never leaves the month (02-01 is a Sunday)
        Arguments.of(QUARTZ, "0 0 0 1W * ?", "2026-02-02T00:00 2026-03-02T00:00 2026-04-01T00:00"),
        // QUARTZ: the weekday nearest the 15th
        Arguments.of(QUARTZ, "0 0 0 15W * ?", "2026-01-15T00:00 2026-02-16T00:00 2026-03-16T00:00"),
        // QUARTZ: the weekday nearest the 3rd day before the last (03-28 is a Saturday)
        Arguments.of(QUARTZ, "0 0 0 L-3W * ?",
            "2026-01-28T00:00 2026-02-25T00:00 2026-03-27T00:00"),
        // QUARTZ: the weekday nearest the 31st, in months that have one (05-31 is a Sunday)
        Arguments.of(QUARTZ, "0 0 0 31W * ?", "2026-01-30T00:00 2026-03-31T00:00 2026-05-29T00:00"),
        // QUARTZ: the third Friday (6 is Friday)
        Arguments.of(QUARTZ, "0 0 0 ? * 6#3", "2026-01-16T00:00 2026-02-20T00:00 2026-03-20T00:00"),
        // QUARTZ: the last Monday (2 is Monday)
        Arguments.of(QUARTZ, "0 0 0 ? * 2L", "2026-01-26T00:00 2026-02-23T00:00 2026-03-30T00:00"),
        Arguments.of(QUARTZ, "0 0 0 ? * MONL", "2026-01-26T00:00 2026-02-23T00:00"),
        // QUARTZ: a lone L in day-of-week is Saturday
        Arguments.of(QUARTZ, "0 0 0 ? * L", "2026-01-03T00:00 2026-01-10T00:00"),
        // QUARTZ: 1 is Sunday
        Arguments.of(QUARTZ, "0 0 0 ? * 1", "2026-01-04T00:00 2026-01-11T00:00"),
        // QUARTZ: */2 in day-of-week counts from 1, Sunday
        Arguments.of(QUARTZ, "0 0 0 ? * */2", "2026-01-03T00:00 2026-01-04T00:00 2026-01-06T00:00"),
        // QUARTZ: a reversed range wraps around
        Arguments.of(QUARTZ, "0 0 22-2 * * ?", "2026-01-01T01:00 2026-01-01T02:00 2026-01-01T22:00"),
        Arguments.of(QUARTZ, "0 0 0 ? * FRI-MON",
            "2026-01-02T00:00 2026-01-03T00:00 2026-01-04T00:00 2026-01-05T00:00 2026-01-09T00:00"),
        // QUARTZ: L listed with another day
        Arguments.of(QUARTZ, "0 0 0 L,15 * ?", "2026-01-15T00:00 2026-01-31T00:00 2026-02-15T00:00"),
        // QUARTZ: years
        Arguments.of(QUARTZ, "0 0 0 1 1 ? 2027/2", "2027-01-01T00:00 2029-01-01T00:00"),
        Arguments.of(QUARTZ, "0 0 0 1 1 ? 2027,2030-2031",
            "2027-01-01T00:00 2030-01-01T00:00 2031-01-01T00:00"),
        // QUARTZ: the last year is 2099
        Arguments.of(QUARTZ, "0 0 0 1 1 ? 2098/1", "2098-01-01T00:00 2099-01-01T00:00"),
        // SPRING: Friday the 13th: both must match
        Arguments.of(SPRING, "0 0 0 13 * FRI", "2026-02-13T00:00 2026-03-13T00:00 2026-11-13T00:00"),
        // SPRING: */2 in day-of-week counts from 1, Monday
        Arguments.of(SPRING, "0 0 0 * * */2",
            "2026-01-02T00:00 2026-01-04T00:00 2026-01-05T00:00 2026-01-07T00:00"),
        // SPRING: 0/2 counts from Sunday
        Arguments.of(SPRING, "0 0 0 * * 0/2", "2026-01-03T00:00 2026-01-04T00:00 2026-01-06T00:00"),
        // SPRING: a range that starts on Sunday
        Arguments.of(SPRING, "0 0 0 ? * SUN-TUE", "2026-01-04T00:00 2026-01-05T00:00 2026-01-06T00:00"),
        Arguments.of(SPRING, "0 0 0 ? * 7-1", "2026-01-04T00:00 2026-01-05T00:00 2026-01-11T00:00"),
        // SPRING: 0 and 7 are Sunday
        Arguments.of(SPRING, "0 0 0 * * 7", "2026-01-04T00:00"),
        Arguments.of(SPRING, "0 0 0 * * 0", "2026-01-04T00:00"),
        // SPRING: specials listed with other values
        Arguments.of(SPRING, "0 0 0 L,15 * ?", "2026-01-15T00:00 2026-01-31T00:00 2026-02-15T00:00"),
        Arguments.of(SPRING, "0 0 0 * * MON#1,FRI#3", "2026-01-05T00:00 2026-01-16T00:00 2026-02-02T00:00"),
        Arguments.of(SPRING, "0 0 0 * * 5L", "2026-01-30T00:00 2026-02-27T00:00 2026-03-27T00:00"),
        Arguments.of(SPRING, "0 0 0 LW * *", "2026-01-30T00:00 2026-02-27T00:00 2026-03-31T00:00"),
        Arguments.of(SPRING, "0 0 0 L-1 * *", "2026-01-30T00:00 2026-02-27T00:00"),
        Arguments.of(SPRING, "0 0 0 1W * *", "2026-02-02T00:00 2026-03-02T00:00"),
        // SPRING: macros have a seconds field of 0
        Arguments.of(SPRING, "@HOURLY", "2026-01-01T01:00 2026-01-01T02:00"),
        Arguments.of(SPRING, "@weekly", "2026-01-04T00:00"),
        // SPRING: every field with lists, ranges and steps
        Arguments.of(SPRING, "1,2 5-10/5 4 */10 JAN-MAR,NOV *",
            "2026-01-01T04:05:01 2026-01-01T04:05:02 2026-01-01T04:10:01"
                + " 2026-01-01T04:10:02 2026-01-11T04:05:01"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("syntax")
  void nextLocal_syntax(CronDialect dialect, String cron, String expected) {
    List<String> want = List.of(expected.split(" "));
    assertThat(next(cron, dialect, NEW_YEAR, want.size())).containsExactlyElementsOf(want);
  }

  @Test
  void nextLocal_strictlyAfterToTheSecond() {
    CronExpression e = CronExpression.parse("*/10 * * * * ?", QUARTZ);
    assertThat(e.nextLocal(LocalDateTime.of(2026, 1, 1, 0, 0, 10)))
        .contains(LocalDateTime.of(2026, 1, 1, 0, 0, 20));
    assertThat(e.nextLocal(LocalDateTime.of(2026, 1, 1, 0, 0, 9, 999_999_999)))
        .contains(LocalDateTime.of(2026, 1, 1, 0, 0, 10));
    assertThat(CronExpression.parse("* * * * *", UNIX).nextLocal(LocalDateTime.of(2026, 1, 1, 0, 0, 1)))
        .contains(LocalDateTime.of(2026, 1, 1, 0, 1));
  }

  @Test
  void nextLocal_acrossYearEndsAndLeapDays() {
    assertThat(next("59 59 23 31 12 ?", QUARTZ, LocalDateTime.of(2026, 12, 31, 23, 59, 59), 1))
        .containsExactly("2027-12-31T23:59:59");
    assertThat(next("0 0 29 2 *", UNIX, NEW_YEAR, 2))
        .containsExactly("2028-02-29T00:00", "2032-02-29T00:00");
    // 2100 is not a leap year
    assertThat(next("0 0 29 2 *", UNIX, LocalDateTime.of(2097, 1, 1, 0, 0), 1))
        .containsExactly("2104-02-29T00:00");
    // a Monday that is February 29th comes once in 28 years
    assertThat(next("0 0 0 29 2 MON", SPRING, NEW_YEAR, 1)).containsExactly("2044-02-29T00:00");
    assertThat(LocalDateTime.of(2044, 2, 29, 0, 0).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    // a year already past
    assertThat(next("0 0 0 1 1 ? 2020", QUARTZ, NEW_YEAR, 1)).isEmpty();
  }

  static Stream<Arguments> impossible() {
    return Stream.of(
        // February 30th
        Arguments.of(UNIX, "0 0 30 2 *"),
        // the 31st of the short months
        Arguments.of(UNIX, "0 0 31 4,6,9,11 *"),
        // April 31st
        Arguments.of(QUARTZ, "0 0 0 31 4 ?"),
        // no leap year from 2097 to 2099
        Arguments.of(QUARTZ, "0 0 0 29 2 ? 2097-2099"),
        Arguments.of(SPRING, "0 0 0 31 2 *"),
        // a fifth Monday in a February that is not a leap February starting on Monday
        Arguments.of(SPRING, "0 0 0 L-28 2 MON#5"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("impossible")
  void nextLocal_impossibleIsEmptyAndQuick(CronDialect dialect, String cron) {
    CronExpression e = CronExpression.parse(cron, dialect);
    long start = System.nanoTime();
    assertThat(e.nextLocal(NEW_YEAR)).isEmpty();
    assertThat(e.nextLocal(LocalDateTime.of(-999_999_999, 1, 1, 0, 0))).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void nextLocal_endOfTime() {
    CronExpression e = CronExpression.parse("0 0 * * *", UNIX);
    assertThat(e.nextLocal(LocalDateTime.MAX)).isEmpty();
    assertThat(e.nextLocal(LocalDateTime.MAX.minusDays(1).withHour(0)))
        .contains(LocalDateTime.MAX.withHour(0).withMinute(0).withSecond(0).withNano(0));
    assertThat(e.nextLocal(LocalDateTime.MIN)).contains(LocalDateTime.MIN.plusDays(1));
  }

  @Test
  void matches_fields() {
    CronExpression e = CronExpression.parse("0 30 10 LW * ?", QUARTZ);
    assertThat(e.matches(LocalDateTime.of(2026, 1, 30, 10, 30))).isTrue();
    assertThat(e.matches(LocalDateTime.of(2026, 1, 31, 10, 30))).isFalse();
    assertThat(e.matches(LocalDateTime.of(2026, 1, 30, 10, 30, 1))).isFalse();
    assertThat(e.matches(LocalDateTime.of(2026, 1, 30, 10, 30, 0, 1))).isFalse();
    CronExpression years = CronExpression.parse("0 0 0 1 1 ? 2030", QUARTZ);
    assertThat(years.matches(LocalDateTime.of(2030, 1, 1, 0, 0))).isTrue();
    assertThat(years.matches(LocalDateTime.of(2031, 1, 1, 0, 0))).isFalse();
  }

  @Test
  void equals_byDialectAndNormalizedFields() {
    new EqualsTester()
        // names and numbers
        .addEqualityGroup(CronExpression.parse("0 9 * * MON-FRI", UNIX),
            CronExpression.parse("0 9 * * 1-5", UNIX), CronExpression.parse(" 0 9 * * 1,2,3-5 ", UNIX),
            CronExpression.parse("0 09 * * mon,tue,wed,thu,fri", UNIX))
        // the same times in another dialect
        .addEqualityGroup(CronExpression.parse("0 0 9 * * MON-FRI", SPRING),
            CronExpression.parse("0 0 9 ? * 1-5", SPRING))
        .addEqualityGroup(CronExpression.parse("0 0 9 ? * MON-FRI", QUARTZ),
            CronExpression.parse("0 0 9 ? * 2-6", QUARTZ))
        // a macro and its fields; an hour field starting with * (DST: real intervals)
        .addEqualityGroup(CronExpression.parse("@hourly", UNIX), CronExpression.parse("0 * * * *", UNIX),
            CronExpression.parse("0 */1 * * *", UNIX))
        // 0, 7 and SUN
        .addEqualityGroup(CronExpression.parse("0 0 0 * * 0", SPRING),
            CronExpression.parse("0 0 0 * * 7", SPRING), CronExpression.parse("0 0 0 ? * SUN", SPRING))
        // ... differs from 0-23, which is fixed
        .addEqualityGroup(CronExpression.parse("0 0-23 * * *", UNIX))
        // Vixie's OR rule: Mondays only when day-of-month is *, every day when it is 1-31
        .addEqualityGroup(CronExpression.parse("0 0 * * MON", UNIX))
        .addEqualityGroup(CronExpression.parse("0 0 1-31 * MON", UNIX),
            CronExpression.parse("0 0 1-31 * *", UNIX), CronExpression.parse("0 0 * * *", UNIX),
            CronExpression.parse("@daily", UNIX), CronExpression.parse("@midnight", UNIX))
        .testEquals();
  }

  @Test
  void quartzYearField_everyYearStillEndsWith2099() {
    for (String text : List.of("0 0 0 1 1 ? 1970-2099", "0 0 0 1 1 ? */1", "0 0 0 1 1 ? *")) {
      CronExpression e = CronExpression.parse(text, QUARTZ);
      assertThat(e.nextLocal(LocalDateTime.of(2099, 6, 1, 0, 0))).as(text).isEmpty();
      assertThat(e.matches(LocalDateTime.of(1950, 1, 1, 0, 0))).as(text).isFalse();
      assertThat(e).as(text).isNotEqualTo(CronExpression.parse("0 0 0 1 1 ?", QUARTZ));
    }
    assertThat(CronExpression.parse("0 0 0 1 1 ?", QUARTZ).nextLocal(LocalDateTime.of(2099, 6, 1, 0, 0)))
        .contains(LocalDateTime.of(2100, 1, 1, 0, 0));
  }

  @Test
  void toString_isTheTextTrimmed() {
    assertThat(CronExpression.parse("  0 9 * * MON-FRI\t", UNIX).toString()).isEqualTo("0 9 * * MON-FRI");
    assertThat(CronExpression.parse("@Daily", SPRING).toString()).isEqualTo("@Daily");
    assertThat(CronExpression.parse("0 0 9 ? * 2-6 2030", QUARTZ).dialect()).isEqualTo(QUARTZ);
  }

  static Stream<Arguments> descriptions() {
    return Stream.of(
        // weekdays at a time
        Arguments.of(UNIX, "0 9 * * 1-5", "at 09:00, Monday through Friday"),
        // a step of minutes
        Arguments.of(UNIX, "*/15 * * * *", "every 15 minutes"),
        // a special day
        Arguments.of(QUARTZ, "0 30 10 LW * ?", "at 10:30 on the last weekday of the month"),
        Arguments.of(UNIX, "* * * * *", "every minute"),
        Arguments.of(QUARTZ, "0/15 * * * * ?", "every 15 seconds"),
        Arguments.of(UNIX, "0 * * * *", "every hour"),
        Arguments.of(UNIX, "30 */2 * * *", "every 2 hours at minute 30"),
        Arguments.of(UNIX, "0 9,17 * * *", "at 09:00 and 17:00 every day"),
        Arguments.of(SPRING, "0 0 9-17 * * *", "every hour from 09:00 through 17:00"),
        Arguments.of(UNIX, "*/15 9-17 * * 1-5",
            "every 15 minutes from 09:00 through 17:45, Monday through Friday"),
        Arguments.of(SPRING, "0 0 0 13 * FRI", "at 00:00 on the 13th of the month, if it is Friday"),
        // Vixie's OR rule
        Arguments.of(UNIX, "0 0 1 * MON", "at 00:00 on the 1st of the month and on Monday"),
        Arguments.of(QUARTZ, "0 0 12 ? * 6#3", "at 12:00 on the third Friday of the month"),
        Arguments.of(QUARTZ, "0 0 12 ? * 6L", "at 12:00 on the last Friday of the month"),
        Arguments.of(QUARTZ, "0 0 0 15W * ?", "at 00:00 on the weekday nearest the 15th of the month"),
        Arguments.of(QUARTZ, "0 0 0 L-3 * ?", "at 00:00 on the 3rd day before the last day of the month"),
        Arguments.of(SPRING, "0 0 8 1,15,L * *",
            "at 08:00 on the 1st, 15th and the last day of the month"),
        Arguments.of(UNIX, "0 12 * 6-8 *", "at 12:00 every day, June through August"),
        Arguments.of(UNIX, "0 0 1 1 *", "at 00:00 on the 1st of the month in January"),
        Arguments.of(QUARTZ, "0 0 9 ? * MON 2027-2029", "at 09:00 on Monday, 2027 through 2029"),
        Arguments.of(SPRING, "0 0 9 * * SAT,SUN", "at 09:00 on Saturday and Sunday"),
        Arguments.of(QUARTZ, "30 0 9 * * ?", "at 09:00:30 every day"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("descriptions")
  void describe_english(CronDialect dialect, String cron, String expected) {
    assertThat(CronExpression.parse(cron, dialect).describe()).isEqualTo(expected);
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        // UNIX: hour out of range
        Arguments.of(UNIX, "0 24 * * *", "Invalid value for hour (valid values 0 to 23): 24", 2),
        Arguments.of(UNIX, "60 * * * *", "minute", 0),
        Arguments.of(UNIX, "0 0 32 * *", "day-of-month", 4),
        Arguments.of(UNIX, "0 0 0 * *", "day-of-month", 4),
        Arguments.of(UNIX, "0 0 * 13 *", "month", 6),
        Arguments.of(UNIX, "0 0 * * 8", "valid values 0 to 7 or SUN to SAT", 8),
        // UNIX: unknown names
        Arguments.of(UNIX, "0 0 * FOO *", "month", 6),
        Arguments.of(UNIX, "0 0 * * MONDAY", "day-of-week", 8),
        Arguments.of(UNIX, "0 0 x * *", "day-of-month", 4),
        // UNIX: the position counts leading whitespace
        Arguments.of(UNIX, "  0 24 * * *", "hour", 4),
        // UNIX: wrong field counts
        Arguments.of(UNIX, "0 0 * * *  extra", "Expected 5 fields", 11),
        Arguments.of(UNIX, "0 0 * *", "found 4 fields", 7),
        Arguments.of(UNIX, "", "found 0 fields", 0),
        Arguments.of(UNIX, "0 0 0 * * *", "Expected 5 fields", 10),
        // UNIX: a reversed range
        Arguments.of(UNIX, "5-2 * * * *", "Invalid range for minute", 0),
        Arguments.of(UNIX, "0 0 * * SAT-SUN", "range", 8),
        // UNIX: steps
        Arguments.of(UNIX, "*/0 * * * *", "Invalid step for minute", 2),
        Arguments.of(UNIX, "5/15 * * * *", "step", 1),
        Arguments.of(UNIX, "0 9-17/ * * *", "Missing step", 7),
        // UNIX: Quartz's special characters
        Arguments.of(UNIX, "0 0 L * *", "UNIX", 4),
        Arguments.of(UNIX, "0 0 15W * *", "UNIX", 4),
        Arguments.of(UNIX, "0 0 * * 5#2", "UNIX", 8),
        Arguments.of(UNIX, "0 0 * * 5L", "UNIX", 8),
        Arguments.of(UNIX, "0 0 ? * *", "'?'", 4),
        // UNIX: macros
        Arguments.of(UNIX, "@reboot", "@reboot", 0),
        Arguments.of(UNIX, " @fortnightly", "Unknown macro", 1),
        // UNIX: lists
        Arguments.of(UNIX, "0 0 1,,2 * *", "Missing value for day-of-month", 6),
        Arguments.of(UNIX, "0 0 1, * *", "Missing value", 6),
        Arguments.of(UNIX, "0 0 -1 * *", "Missing value", 4),
        Arguments.of(UNIX, "0 0 1-2-3 * *", "Unexpected character", 7),
        // QUARTZ: hour out of range
        Arguments.of(QUARTZ, "0 0 24 * * ?", "Invalid value for hour (valid values 0 to 23): 24", 4),
        // QUARTZ: exactly one of day-of-month and day-of-week is ?
        Arguments.of(QUARTZ, "0 0 0 1 * 2", "'?'", 10),
        Arguments.of(QUARTZ, "0 0 0 * * *", "both a day-of-month and a day-of-week", 10),
        Arguments.of(QUARTZ, "0 0 0 ? * ?", "not both", 10),
        Arguments.of(QUARTZ, "0 ? * * * ?", "'?' is allowed only in day-of-month and day-of-week", 2),
        Arguments.of(QUARTZ, "0 0 0 ?5 * ?", "stand alone", 7),
        // QUARTZ: #
        Arguments.of(QUARTZ, "0 0 0 ? * 6#6", "valid values 1 to 5", 12),
        Arguments.of(QUARTZ, "0 0 0 ? * 6#0", "'#'", 12),
        Arguments.of(QUARTZ, "0 0 0 ? * 2,6#2", "stand alone", 12),
        Arguments.of(QUARTZ, "0 0 0 ? * 2,6L", "stand alone", 12),
        Arguments.of(QUARTZ, "0 0 0 1W,15 * ?", "stand alone", 6),
        Arguments.of(QUARTZ, "0 0 0 1-5W * ?", "Unexpected character in day-of-month", 9),
        // QUARTZ: day-of-week is 1 to 7
        Arguments.of(QUARTZ, "0 0 0 ? * 0", "valid values 1 to 7", 10),
        // QUARTZ: a step must be smaller than the number of values
        Arguments.of(QUARTZ, "0 0/60 * * * ?", "valid values 1 to 59", 4),
        Arguments.of(QUARTZ, "0 0/0 * * * ?", "step", 4),
        Arguments.of(QUARTZ, "0 0 0 L-31 * ?", "offset", 8),
        Arguments.of(QUARTZ, "0 0 0 LX * ?", "Unexpected character", 7),
        // QUARTZ: years
        Arguments.of(QUARTZ, "0 0 0 1 1 ? 1969", "Invalid value for year (valid values 1970 to 2099)", 12),
        Arguments.of(QUARTZ, "0 0 0 1 1 ? 2050-2040", "Invalid range for year", 12),
        Arguments.of(QUARTZ, "0 0 0 1 1 ? 2030 x", "Expected 6 or 7 fields", 17),
        Arguments.of(QUARTZ, "0 0 0 1 *", "found 5 fields", 9),
        Arguments.of(QUARTZ, "@daily", "QUARTZ", 0),
        // SPRING
        Arguments.of(SPRING, "0 0 0 * * 8", "day-of-week", 10),
        Arguments.of(SPRING, "0 0 0 L-0 * *", "offset", 8),
        Arguments.of(SPRING, "0 0 0 * * L", "Missing day-of-week before 'L'", 10),
        Arguments.of(SPRING, "0 0 0 * * 1#6", "'#'", 12),
        Arguments.of(SPRING, "0 0 0 L-3W * *", "QUARTZ", 6),
        Arguments.of(SPRING, "0 0 0 1 1 * 2020", "Expected 6 fields", 12),
        Arguments.of(SPRING, "0 0 0 * * 5-2", "Invalid range for day-of-week", 10),
        Arguments.of(SPRING, "0 0/0 * * * *", "Invalid step for minute (must be at least 1): 0", 4),
        Arguments.of(SPRING, "0 0 0 * * MON#", "Expected a number", 14),
        Arguments.of(SPRING, "@reboot", "@reboot", 0));
  }

  @ParameterizedTest(name = "{0} \"{1}\"")
  @MethodSource("errors")
  void parse_errorNamesFieldAndPosition(CronDialect dialect, String cron, String keyword,
      int position) {
    InvalidRuleException e = catchThrowableOfType(InvalidRuleException.class,
        () -> CronExpression.parse(cron, dialect));
    assertThat(e).as("%s %s", dialect, cron).isNotNull();
    assertThat(e.getMessage()).contains(keyword).contains("at position " + position);
    assertThat(e.position()).isEqualTo(position);
    assertThat(e.input()).isEqualTo(cron);
  }

  @Test
  void parse_errorMessageInFull() {
    InvalidRuleException e = catchThrowableOfType(InvalidRuleException.class,
        () -> CronExpression.parse("0 0 24 * * ?", QUARTZ));
    assertThat(e.getMessage()).isEqualTo(
        "Invalid value for hour (valid values 0 to 23): 24, at position 4 of \"0 0 24 * * ?\"");
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(CharSequence.class, "0 9 * * *")
        .setDefault(ZoneId.class, ZoneId.of("Europe/Paris"))
        .setDefault(LocalDateTime.class, NEW_YEAR)
        .setDefault(java.time.Instant.class, java.time.Instant.EPOCH);
    t.testAllPublicStaticMethods(CronExpression.class);
    CronExpression e = CronExpression.parse("0 9 * * *", UNIX);
    t.testAllPublicInstanceMethods(e);
    t.testAllPublicInstanceMethods(e.atZone(ZoneId.of("Europe/Paris")));
  }
}
