package org.sendtime.recurrence;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The value-type contract of the public recurrence types: null-hostile, equal by value. */
class ValueContractTest {

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(RecurrenceRule.class, RecurrenceRule.parse("FREQ=DAILY"))
        .setDefault(LocalDateTime.class, LocalDateTime.of(2026, 1, 1, 9, 0))
        .setDefault(LocalDate.class, LocalDate.of(2026, 1, 1))
        .setDefault(Instant.class, Instant.EPOCH)
        .setDefault(ZoneId.class, ZoneId.of("Europe/Paris"))
        .setDefault(DayOfWeek.class, DayOfWeek.MONDAY)
        .setDefault(ZonedDateTime.class, ZonedDateTime.of(2026, 1, 1, 9, 0, 0, 0, ZoneId.of("Europe/Paris")))
        .setDefault(CharSequence.class, "FREQ=DAILY");
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester t = tester();
    t.testAllPublicStaticMethods(RecurrenceRule.class);
    t.testAllPublicInstanceMethods(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=-1FR"));
    t.testAllPublicInstanceMethods(RecurrenceRule.builder(Frequency.DAILY));
    t.testAllPublicStaticMethods(RecurrenceSet.class);
    RecurrenceSet zoned = RecurrenceSet.parse("DTSTART;TZID=Europe/Paris:20260101T090000\nRRULE:FREQ=DAILY");
    t.testAllPublicInstanceMethods(zoned);
    t.testAllPublicInstanceMethods(RecurrenceSet.builder(LocalDateTime.of(2026, 1, 1, 9, 0)));
    t.testAllPublicStaticMethods(WeekdayNum.class);
  }

  @Test
  void equals_byValue() {
    new EqualsTester()
        .addEqualityGroup(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO,WE"), RecurrenceRule.parse("freq=weekly;byday=we,mo"),
            RecurrenceRule.builder(Frequency.WEEKLY).byDay(DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY).build())
        .addEqualityGroup(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO,WE;WKST=SU"))
        .addEqualityGroup(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=2"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(WeekdayNum.parse("-1FR"), WeekdayNum.of(-1, DayOfWeek.FRIDAY))
        .addEqualityGroup(WeekdayNum.every(DayOfWeek.FRIDAY))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            RecurrenceSet.parse("DTSTART;TZID=Europe/Paris:20260101T090000\nRRULE:FREQ=DAILY\nEXDATE:20260102T080000Z"),
            RecurrenceSet.parse("DTSTART;TZID=Europe/Paris:20260101T090000\nRRULE:FREQ=DAILY\n"
                + "EXDATE;TZID=Europe/Paris:20260102T090000"))
        .addEqualityGroup(RecurrenceSet.parse("DTSTART:20260101T090000\nRRULE:FREQ=DAILY"))
        .addEqualityGroup(RecurrenceSet.parse("DTSTART;VALUE=DATE:20260101\nRRULE:FREQ=DAILY"))
        .testEquals();
  }
}
