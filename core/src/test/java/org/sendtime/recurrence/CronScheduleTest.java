package org.sendtime.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendtime.time.DstPolicy;

class CronScheduleTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");
  private static final ZoneId APIA = ZoneId.of("Pacific/Apia");
  private static final DstPolicy SHIFT = DstPolicy.SHIFT_FORWARD;
  private static final DstPolicy SKIP = DstPolicy.SKIP;
  private static final DstPolicy AT = DstPolicy.AT_TRANSITION;

  private static List<String> fires(String cron, ZoneId zone, DstPolicy policy, String after,
      int count) {
    return CronExpression.parse(cron, CronDialect.UNIX).atZone(zone, policy)
        .occurrencesAfter(Instant.parse(after))
        .limit(count)
        .map(z -> z.toOffsetDateTime().toString())
        .collect(Collectors.toList());
  }

  static Stream<Arguments> changeDays() {
    return Stream.of(
        // New York, 2026-03-08: 02:00 EST becomes 03:00 EDT; a fixed 02:30 moves forward an hour
        Arguments.of("30 2 * * *", NEW_YORK, SHIFT, "2026-03-07T12:00:00Z",
            "2026-03-08T03:30-04:00 2026-03-09T02:30-04:00"),
        // ... is dropped under SKIP
        Arguments.of("30 2 * * *", NEW_YORK, SKIP, "2026-03-07T12:00:00Z",
            "2026-03-09T02:30-04:00 2026-03-10T02:30-04:00"),
        // ... fires at the transition under AT_TRANSITION
        Arguments.of("30 2 * * *", NEW_YORK, AT, "2026-03-07T12:00:00Z",
            "2026-03-08T03:00-04:00 2026-03-09T02:30-04:00"),
        // 02:00 moved forward equals the 03:00 fire time: it fires once
        Arguments.of("0 2,3 * * *", NEW_YORK, SHIFT, "2026-03-07T12:00:00Z",
            "2026-03-08T03:00-04:00 2026-03-09T02:00-04:00 2026-03-09T03:00-04:00"),
        // two fire times in the gap fire once, together, at the transition
        Arguments.of("0,30 2 * * *", NEW_YORK, AT, "2026-03-07T12:00:00Z",
            "2026-03-08T03:00-04:00 2026-03-09T02:00-04:00 2026-03-09T02:30-04:00"),
        // a fixed hour with a wildcard minute: every time of the gap moves forward
        Arguments.of("*/20 2 * * *", NEW_YORK, SHIFT, "2026-03-07T12:00:00Z",
            "2026-03-08T03:00-04:00 2026-03-08T03:20-04:00 2026-03-08T03:40-04:00"
                + " 2026-03-09T02:00-04:00"),
        // a wildcard hour runs on real time: twenty minutes from 01:40 EST is 03:00 EDT
        Arguments.of("*/20 * * * *", NEW_YORK, SHIFT, "2026-03-08T06:30:00Z",
            "2026-03-08T01:40-05:00 2026-03-08T03:00-04:00 2026-03-08T03:20-04:00"),
        // ... whatever the policy
        Arguments.of("*/20 * * * *", NEW_YORK, AT, "2026-03-08T06:30:00Z",
            "2026-03-08T01:40-05:00 2026-03-08T03:00-04:00 2026-03-08T03:20-04:00"),
        // New York, 2026-11-01: 02:00 EDT becomes 01:00 EST; a fixed 01:30 fires once, at EDT
        Arguments.of("30 1 * * *", NEW_YORK, SHIFT, "2026-10-31T12:00:00Z",
            "2026-11-01T01:30-04:00 2026-11-02T01:30-05:00"),
        Arguments.of("30 1 * * *", NEW_YORK, SKIP, "2026-10-31T12:00:00Z",
            "2026-11-01T01:30-04:00 2026-11-02T01:30-05:00"),
        Arguments.of("30 1 * * *", NEW_YORK, AT, "2026-10-31T12:00:00Z",
            "2026-11-01T01:30-04:00 2026-11-02T01:30-05:00"),
        // asked during the second pass, a fixed 01:30 does not fire again
        Arguments.of("30 1 * * *", NEW_YORK, SHIFT, "2026-11-01T06:10:00Z",
            "2026-11-02T01:30-05:00"),
        // a fixed hour with a wildcard minute: only the first pass
        Arguments.of("*/20 1 * * *", NEW_YORK, SHIFT, "2026-10-31T12:00:00Z",
            "2026-11-01T01:00-04:00 2026-11-01T01:20-04:00 2026-11-01T01:40-04:00"
                + " 2026-11-02T01:00-05:00"),
        // a wildcard hour fires in both passes of the repeated hour
        Arguments.of("*/20 * * * *", NEW_YORK, SHIFT, "2026-11-01T04:50:00Z",
            "2026-11-01T01:00-04:00 2026-11-01T01:20-04:00 2026-11-01T01:40-04:00"
                + " 2026-11-01T01:00-05:00 2026-11-01T01:20-05:00 2026-11-01T01:40-05:00"
                + " 2026-11-01T02:00-05:00"),
        // ... also when asked during the second pass
        Arguments.of("*/20 * * * *", NEW_YORK, SKIP, "2026-11-01T06:10:00Z",
            "2026-11-01T01:20-05:00 2026-11-01T01:40-05:00 2026-11-01T02:00-05:00"),
        // hourly: 01:00 twice, an hour apart
        Arguments.of("0 * * * *", NEW_YORK, SHIFT, "2026-11-01T04:30:00Z",
            "2026-11-01T01:00-04:00 2026-11-01T01:00-05:00 2026-11-01T02:00-05:00"),
        // London, 2026-03-29: 01:00 GMT becomes 02:00 BST
        Arguments.of("30 1 * * *", LONDON, SHIFT, "2026-03-28T12:00:00Z",
            "2026-03-29T02:30+01:00 2026-03-30T01:30+01:00"),
        Arguments.of("30 1 * * *", LONDON, SKIP, "2026-03-28T12:00:00Z",
            "2026-03-30T01:30+01:00"),
        Arguments.of("30 1 * * *", LONDON, AT, "2026-03-28T12:00:00Z",
            "2026-03-29T02:00+01:00 2026-03-30T01:30+01:00"),
        // London, 2026-10-25: 02:00 BST becomes 01:00 GMT
        Arguments.of("30 1 * * *", LONDON, SHIFT, "2026-10-24T12:00:00Z",
            "2026-10-25T01:30+01:00 2026-10-26T01:30Z"),
        Arguments.of("*/30 * * * *", LONDON, SHIFT, "2026-10-24T23:45:00Z",
            "2026-10-25T01:00+01:00 2026-10-25T01:30+01:00 2026-10-25T01:00Z 2026-10-25T01:30Z"
                + " 2026-10-25T02:00Z"),
        // Lord Howe, 2026-10-04: 02:00 +10:30 becomes 02:30 +11:00, a 30-minute gap
        Arguments.of("15 2 * * *", LORD_HOWE, SHIFT, "2026-10-03T00:00:00Z",
            "2026-10-04T02:45+11:00 2026-10-05T02:15+11:00"),
        Arguments.of("15 2 * * *", LORD_HOWE, SKIP, "2026-10-03T00:00:00Z",
            "2026-10-05T02:15+11:00"),
        Arguments.of("15 2 * * *", LORD_HOWE, AT, "2026-10-03T00:00:00Z",
            "2026-10-04T02:30+11:00 2026-10-05T02:15+11:00"),
        // 02:20 moves to 02:50, after the real 02:40: fire times stay in instant order
        Arguments.of("20,40 2 * * *", LORD_HOWE, SHIFT, "2026-10-03T00:00:00Z",
            "2026-10-04T02:40+11:00 2026-10-04T02:50+11:00 2026-10-05T02:20+11:00"),
        // hourly on real time: 02:00 does not exist, 03:00 is ninety minutes after 01:00
        Arguments.of("0 * * * *", LORD_HOWE, SHIFT, "2026-10-03T14:00:00Z",
            "2026-10-04T01:00+10:30 2026-10-04T03:00+11:00 2026-10-04T04:00+11:00"),
        // Lord Howe, 2026-04-05: 02:00 +11:00 becomes 01:30 +10:30, a 30-minute overlap
        Arguments.of("45 1 * * *", LORD_HOWE, SHIFT, "2026-04-04T00:00:00Z",
            "2026-04-05T01:45+11:00 2026-04-06T01:45+10:30"),
        Arguments.of("*/15 * * * *", LORD_HOWE, SKIP, "2026-04-04T14:10:00Z",
            "2026-04-05T01:15+11:00 2026-04-05T01:30+11:00 2026-04-05T01:45+11:00"
                + " 2026-04-05T01:30+10:30 2026-04-05T01:45+10:30 2026-04-05T02:00+10:30"),
        // Apia: 2011-12-30 did not exist; 09:00 moved a day forward equals 12-31 09:00
        Arguments.of("0 9 * * *", APIA, SHIFT, "2011-12-29T12:00:00Z",
            "2011-12-29T09:00-10:00 2011-12-31T09:00+14:00 2012-01-01T09:00+14:00"),
        Arguments.of("0 9 * * *", APIA, SKIP, "2011-12-29T12:00:00Z",
            "2011-12-29T09:00-10:00 2011-12-31T09:00+14:00 2012-01-01T09:00+14:00"),
        // ... under AT_TRANSITION it fires when the day begins
        Arguments.of("0 9 * * *", APIA, AT, "2011-12-29T12:00:00Z",
            "2011-12-29T09:00-10:00 2011-12-31T00:00+14:00 2011-12-31T09:00+14:00"),
        // a wildcard hour goes straight from 12-29 to 12-31
        Arguments.of("0 */6 * * *", APIA, SHIFT, "2011-12-29T12:00:00Z",
            "2011-12-29T06:00-10:00 2011-12-29T12:00-10:00 2011-12-29T18:00-10:00"
                + " 2011-12-31T00:00+14:00 2011-12-31T06:00+14:00"));
  }

  @ParameterizedTest(name = "{0} in {1} {2} after {3}")
  @MethodSource("changeDays")
  void occurrencesAfter_changeDays(String cron, ZoneId zone, DstPolicy policy, String after,
      String expected) {
    List<String> want = List.of(expected.split(" "));
    assertThat(fires(cron, zone, policy, after, want.size())).containsExactlyElementsOf(want);
  }

  /** The fire times that a plain reading of the wall clock gives, minute by minute. */
  private static List<Instant> bruteForce(CronExpression e, ZoneId zone, DstPolicy policy,
      Instant from, Instant to) {
    ZoneRules rules = zone.getRules();
    TreeSet<Instant> set = new TreeSet<>();
    LocalDateTime t = LocalDateTime.ofInstant(from, zone).minusDays(2);
    LocalDateTime end = LocalDateTime.ofInstant(to, zone).plusDays(2);
    boolean wildcard = e.toString().split("\\s+")[1].startsWith("*");
    for (; t.isBefore(end); t = t.plusMinutes(1)) {
      if (!e.matches(t)) {
        continue;
      }
      List<ZoneOffset> offsets = rules.getValidOffsets(t);
      if (offsets.size() == 1) {
        set.add(t.toInstant(offsets.get(0)));
      } else if (offsets.size() == 2) {
        set.add(t.toInstant(offsets.get(0)));
        if (wildcard) {
          set.add(t.toInstant(offsets.get(1)));
        }
      } else if (!wildcard && policy == DstPolicy.SHIFT_FORWARD) {
        set.add(ZonedDateTime.of(t, zone).toInstant());
      } else if (!wildcard && policy == DstPolicy.AT_TRANSITION) {
        set.add(rules.getTransition(t).getInstant());
      }
    }
    return new ArrayList<>(set.subSet(from, false, to, true));
  }

  @Test
  void epochSecondsAfter_equalsOccurrencesAcrossBothChanges() {
    for (String cron : List.of("*/15 * * * *", "30 2 * * *", "0 9 * * 1-5", "*/20 1 * * *")) {
      for (DstPolicy policy : DstPolicy.values()) {
        CronSchedule s = CronExpression.parse(cron, CronDialect.UNIX)
            .atZone(ZoneId.of("America/New_York"), policy);
        Instant from = Instant.parse("2026-03-07T00:00:00Z");
        assertThat(s.epochSecondsAfter(from).limit(300).boxed().collect(Collectors.toList()))
            .as("%s %s", cron, policy)
            .isEqualTo(s.occurrencesAfter(from).limit(300).map(z -> z.toEpochSecond()).collect(Collectors.toList()));
        Instant autumn = Instant.parse("2026-10-31T00:00:00Z");
        assertThat(s.epochSecondsAfter(autumn).limit(300).boxed().collect(Collectors.toList()))
            .as("%s %s", cron, policy)
            .isEqualTo(Stream.iterate(s.next(autumn), o -> o.isPresent(), o -> s.next(o.get().toInstant()))
                .limit(300).map(o -> o.get().toEpochSecond()).collect(Collectors.toList()));
      }
    }
    assertThatThrownBy(() -> CronExpression.parse("* * * * *", CronDialect.UNIX).floating()
        .epochSecondsAfter(Instant.EPOCH)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void occurrencesAfter_agreeWithTheWallClockAroundEveryChange() {
    List<String> crons = List.of("30 2 * * *", "0 2,3 * * *", "*/20 * * * *", "*/15 1-3 * * *",
        "0 * * * *", "45 1 * * *", "0,30 1,2 * * *", "*/7 */2 * * *", "20,40 2 * * *",
        "59 23 * * *", "0 0 * * *", "10 0-5 * * 0");
    List<ZoneId> zones = List.of(NEW_YORK, LONDON, LORD_HOWE, APIA, ZoneId.of("Pacific/Chatham"),
        ZoneId.of("Asia/Tehran"), ZoneId.of("America/Santiago"));
    int checked = 0;
    for (ZoneId zone : zones) {
      List<ZoneOffsetTransition> changes = new ArrayList<>();
      ZoneOffsetTransition tr = zone.getRules().nextTransition(Instant.parse("2011-06-01T00:00:00Z"));
      while (tr != null && tr.getInstant().isBefore(Instant.parse("2012-06-01T00:00:00Z"))) {
        changes.add(tr);
        tr = zone.getRules().nextTransition(tr.getInstant());
      }
      tr = zone.getRules().nextTransition(Instant.parse("2026-01-01T00:00:00Z"));
      while (tr != null && tr.getInstant().isBefore(Instant.parse("2027-01-01T00:00:00Z"))) {
        changes.add(tr);
        tr = zone.getRules().nextTransition(tr.getInstant());
      }
      for (ZoneOffsetTransition change : changes) {
        Instant from = change.getInstant().minus(Duration.ofHours(30));
        Instant to = change.getInstant().plus(Duration.ofHours(30));
        for (String cron : crons) {
          CronExpression e = CronExpression.parse(cron, CronDialect.UNIX);
          for (DstPolicy policy : DstPolicy.values()) {
            List<Instant> actual = e.atZone(zone, policy).occurrencesAfter(from)
                .map(ZonedDateTime::toInstant)
                .takeWhile(i -> !i.isAfter(to))
                .collect(Collectors.toList());
            assertThat(actual).as("%s in %s, %s, around %s", cron, zone, policy, change)
                .containsExactlyElementsOf(bruteForce(e, zone, policy, from, to));
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(500);
  }

  @Test
  void next_fromEverySecondOfAChangeNeverRepeatsAnInstant() {
    CronSchedule s = CronExpression.parse("*/20 * * * *", CronDialect.UNIX).atZone(NEW_YORK);
    Instant start = Instant.parse("2026-11-01T04:55:00Z");
    List<Instant> all = s.occurrencesAfter(start).limit(10).map(ZonedDateTime::toInstant)
        .collect(Collectors.toList());
    for (int i = 1; i < all.size(); i++) {
      assertThat(Duration.between(all.get(i - 1), all.get(i))).isEqualTo(Duration.ofMinutes(20));
    }
    for (Instant t = start; t.isBefore(all.get(8)); t = t.plusSeconds(97)) {
      Instant expected = t;
      Instant next = s.next(t).orElseThrow().toInstant();
      assertThat(next).isAfter(t)
          .isEqualTo(all.stream().filter(i -> i.isAfter(expected)).findFirst().orElseThrow());
    }
  }

  @Test
  void next_fixedOffsetAndUtc() {
    CronExpression e = CronExpression.parse("0 0 9 * * MON-FRI", CronDialect.SPRING);
    assertThat(e.atZone(ZoneOffset.ofHours(5)).next(Instant.parse("2026-01-02T04:00:00Z")))
        .contains(ZonedDateTime.parse("2026-01-05T09:00+05:00"));
    assertThat(e.atZone(ZoneOffset.UTC).next(Instant.parse("2026-01-02T08:59:59.999Z")))
        .contains(ZonedDateTime.parse("2026-01-02T09:00Z"));
  }

  @Test
  void next_strictlyAfterWithFractions() {
    CronSchedule s = CronExpression.parse("*/10 * * * * ?", CronDialect.QUARTZ).atZone(LONDON);
    assertThat(s.next(Instant.parse("2026-01-01T00:00:10Z")))
        .contains(ZonedDateTime.parse("2026-01-01T00:00:20Z[Europe/London]"));
    assertThat(s.next(Instant.parse("2026-01-01T00:00:09.5Z")))
        .contains(ZonedDateTime.parse("2026-01-01T00:00:10Z[Europe/London]"));
  }

  @Test
  void next_impossibleIsEmpty() {
    assertThat(CronExpression.parse("0 0 30 2 *", CronDialect.UNIX).atZone(NEW_YORK)
        .next(Instant.parse("2026-01-01T00:00:00Z"))).isEmpty();
    assertThat(CronExpression.parse("0 0 0 1 1 ? 2030", CronDialect.QUARTZ).atZone(APIA)
        .occurrencesAfter(Instant.parse("2026-01-01T00:00:00Z")).count()).isEqualTo(1);
  }

  @Test
  void next_farInTheFutureCrossesManyChanges() {
    CronSchedule s = CronExpression.parse("0 0 0 29 2 ? 2096", CronDialect.QUARTZ)
        .atZone(NEW_YORK);
    assertThat(s.next(Instant.parse("2026-01-01T00:00:00Z")))
        .contains(ZonedDateTime.parse("2096-02-29T00:00-05:00[America/New_York]"));
  }

  @Test
  void next_floatingIsRejected() {
    CronSchedule floating = CronExpression.parse("0 9 * * *", CronDialect.UNIX).floating();
    assertThat(floating.zone()).isEmpty();
    assertThatThrownBy(() -> floating.next(Instant.EPOCH))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("floating");
    assertThatThrownBy(() -> floating.occurrencesAfter(Instant.EPOCH))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("withZone");
    assertThat(floating.withZone(LONDON).next(Instant.parse("2026-07-01T00:00:00Z")))
        .contains(ZonedDateTime.parse("2026-07-01T09:00+01:00[Europe/London]"));
  }

  @Test
  void withZoneAndWithPolicy_keepTheRest() {
    CronExpression e = CronExpression.parse("30 2 * * *", CronDialect.UNIX);
    CronSchedule s = e.floating().withPolicy(SKIP).withZone(NEW_YORK);
    assertThat(s.expression()).isEqualTo(e);
    assertThat(s.policy()).isEqualTo(SKIP);
    assertThat(s.zone()).contains(NEW_YORK);
    assertThat(s.withZone(NEW_YORK)).isSameAs(s);
    assertThat(s.withPolicy(SKIP)).isSameAs(s);
    assertThat(e.atZone(NEW_YORK).policy()).isEqualTo(SHIFT);
  }

  @Test
  void describe_namesZoneAndPolicy() {
    CronExpression e = CronExpression.parse("0 9 * * 1-5", CronDialect.UNIX);
    assertThat(e.atZone(NEW_YORK).describe())
        .isEqualTo("at 09:00, Monday through Friday, in America/New_York");
    assertThat(e.atZone(NEW_YORK, SKIP).describe()).contains("skipping");
    assertThat(e.floating().describe()).isEqualTo("at 09:00, Monday through Friday");
  }

  @Test
  void equals_byExpressionZoneAndPolicy() {
    CronExpression e = CronExpression.parse("0 9 * * MON-FRI", CronDialect.UNIX);
    new EqualsTester()
        .addEqualityGroup(e.atZone(NEW_YORK),
            CronExpression.parse("0 9 * * 1-5", CronDialect.UNIX).atZone(NEW_YORK, SHIFT),
            e.floating().withZone(NEW_YORK))
        .addEqualityGroup(e.atZone(NEW_YORK, SKIP))
        .addEqualityGroup(e.atZone(LONDON))
        .addEqualityGroup(e.floating())
        .testEquals();
    assertThat(e.atZone(NEW_YORK, SKIP).toString())
        .isEqualTo("UNIX 0 9 * * MON-FRI in America/New_York, SKIP");
  }
}
