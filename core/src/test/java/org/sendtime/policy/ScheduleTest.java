package org.sendtime.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.sendtime.recurrence.CronDialect;
import org.sendtime.recurrence.CronExpression;
import org.sendtime.recurrence.RecurrenceSet;

class ScheduleTest {

  @Test
  void kindsAndAccessors() {
    assertThat(Schedule.immediate().kind()).isEqualTo(Schedule.Kind.IMMEDIATE);
    Schedule at = Schedule.at(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(at.instant()).contains(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(at.localDateTime()).isEmpty();
    Schedule local = Schedule.atLocal(LocalDateTime.parse("2026-01-01T09:00")).withAnchor(LocalDate.of(2026, 1, 15));
    assertThat(local.localDateTime()).contains(LocalDateTime.parse("2026-01-01T09:00"));
    assertThat(local.anchor()).contains(LocalDate.of(2026, 1, 15));
    assertThat(local).hasToString("at local 2026-01-01T09:00, anchored on 2026-01-15");
  }

  @Test
  void recurring_acceptsEveryKindThatFires() {
    Schedule cron = Schedule.recurring(CronExpression.parse("0 9 * * 1-5", CronDialect.UNIX).atZone(ZoneId.of("UTC")));
    assertThat(cron.recurrence()).isPresent();
    assertThat(Schedule.recurring(RecurrenceSet.parse("DTSTART:20260101T090000\nRRULE:FREQ=DAILY")).kind())
        .isEqualTo(Schedule.Kind.RECURRING);
  }

  @Test
  void fractionalSeconds_rejected() {
    assertThatThrownBy(() -> Schedule.at(Instant.parse("2026-01-01T00:00:00.5Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole seconds");
    assertThatThrownBy(() -> Schedule.atLocal(LocalDateTime.parse("2026-01-01T00:00:00.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole seconds");
  }

  @Test
  void valueContract() {
    new EqualsTester()
        .addEqualityGroup(Schedule.immediate(), Schedule.immediate())
        .addEqualityGroup(Schedule.at(Instant.EPOCH), Schedule.at(Instant.EPOCH))
        .addEqualityGroup(Schedule.at(Instant.EPOCH).withAnchor(LocalDate.EPOCH))
        .addEqualityGroup(Schedule.atLocal(LocalDateTime.parse("1970-01-01T00:00")))
        .testEquals();
  }
}
