package org.sendtime.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sendtime.recurrence.CronDialect;
import org.sendtime.recurrence.CronExpression;
import org.sendtime.recurrence.CronSchedule;
import org.sendtime.recurrence.Frequency;
import org.sendtime.recurrence.RecurrenceRule;
import org.sendtime.recurrence.RecurrenceSet;
import org.sendtime.recurrence.WeekdayNum;
import org.sendtime.time.DstPolicy;

/** The arbitraries produce what their documentation promises. */
class SendtimeArbitrariesTest {
  private static final Set<String> ODD_ZONES = Set.of(
      "Pacific/Apia", "Australia/Lord_Howe", "America/Sao_Paulo", "Europe/London",
      "America/New_York", "Pacific/Chatham", "Asia/Kathmandu", "America/St_Johns",
      "Africa/Casablanca", "Antarctica/Troll");

  // --- zones

  @Property(tries = 1000)
  void zones_areRegionIdsOfTheDatabase(@ForAll("zones") ZoneId zone) {
    assertThat(ZoneId.getAvailableZoneIds()).contains(zone.getId());
  }

  @Example
  void zones_weighOddZones() {
    List<ZoneId> sample = SendtimeArbitraries.zones().sampleStream().limit(3000).collect(Collectors.toList());
    long odd = sample.stream().filter(z -> ODD_ZONES.contains(z.getId())).count();
    // About a third by weight, against under 2% for a uniform draw from ~600 zones.
    assertThat(odd).isBetween(600L, 1400L);
    assertThat(sample.stream().map(ZoneId::getId).collect(Collectors.toSet())).containsAll(ODD_ZONES);
  }

  // --- dates and times

  @Property(tries = 1000)
  void localDateTimes_from1900To2100WholeSeconds(@ForAll("localDateTimes") LocalDateTime t) {
    assertThat(t.getYear()).isBetween(1900, 2100);
    assertThat(t.getNano()).isZero();
  }

  @Example
  void localDateTimes_coverEdgesOfTheRange() {
    List<LocalDateTime> sample = SendtimeArbitraries.localDateTimes(2000, 2003)
        .sampleStream().limit(3000).collect(Collectors.toList());
    assertThat(sample).allSatisfy(t -> assertThat(t.getYear()).isBetween(2000, 2003));
    assertThat(sample).anySatisfy(t -> assertThat(t.toLocalDate()).isEqualTo(LocalDate.of(2000, 2, 29)));
    assertThat(sample).anySatisfy(t -> assertThat(t.toLocalDate().getDayOfMonth()).isEqualTo(31));
    assertThat(sample).anySatisfy(t -> assertThat(t.toLocalTime().toSecondOfDay()).isEqualTo(86_399));
    assertThat(sample).anySatisfy(t -> assertThat(t.getSecond()).isNotZero());
  }

  @Example
  void localDateTimes_badRange() {
    assertThatThrownBy(() -> SendtimeArbitraries.localDateTimes(0, 2000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fromYear");
    assertThatThrownBy(() -> SendtimeArbitraries.localDateTimes(2000, 10_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("toYear");
    assertThatThrownBy(() -> SendtimeArbitraries.localDateTimes(2001, 2000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before");
  }

  @Property(tries = 1000)
  void leapDays_areFebruary29(@ForAll("leapDays") LocalDate d) {
    assertThat(d.getMonth()).isEqualTo(Month.FEBRUARY);
    assertThat(d.getDayOfMonth()).isEqualTo(29);
    assertThat(d.getYear()).isBetween(1904, 2096);
  }

  @Property(tries = 1000)
  void monthEnds_areLastDaysOfMonths(@ForAll("monthEnds") LocalDate d) {
    assertThat(d.getDayOfMonth()).isEqualTo(d.lengthOfMonth());
    assertThat(d.plusDays(1).getDayOfMonth()).isEqualTo(1);
    assertThat(d.getYear()).isBetween(1900, 2100);
  }

  @Example
  void monthEnds_includeBothFebruaryEnds() {
    List<LocalDate> sample = SendtimeArbitraries.monthEnds().sampleStream().limit(2000).collect(Collectors.toList());
    assertThat(sample).anySatisfy(d -> assertThat(d).matches(x -> x.getMonthValue() == 2 && x.getDayOfMonth() == 28));
    assertThat(sample).anySatisfy(d -> assertThat(d).matches(x -> x.getMonthValue() == 2 && x.getDayOfMonth() == 29));
    assertThat(sample).anySatisfy(d -> assertThat(d.getDayOfMonth()).isEqualTo(30));
    assertThat(sample).anySatisfy(d -> assertThat(d.getDayOfMonth()).isEqualTo(31));
  }

  // --- daylight saving

  @Property(tries = 1000)
  void dstTransitions_withinTwoHoursOfATransitionOfTheZone(@ForAll("parisEdges") ZonedDateTime edge) {
    assertThat(edge.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertWithinTwoHoursOfTransition(edge);
  }

  @Property(tries = 1000)
  void dstEdgeInstants_withinTwoHoursOfATransition(@ForAll("edges") ZonedDateTime edge) {
    assertWithinTwoHoursOfTransition(edge);
    assertThat(edge).isEqualTo(edge.toInstant().atZone(edge.getZone()));
  }

  @Example
  void dstTransitions_hitTransitionsExactly() {
    ZoneRules rules = ZoneId.of("America/New_York").getRules();
    List<ZonedDateTime> sample = SendtimeArbitraries.dstTransitions(ZoneId.of("America/New_York"))
        .sampleStream().limit(500).collect(Collectors.toList());
    assertThat(sample).anySatisfy(e -> assertThat(rules.getTransition(e.toLocalDateTime())).isNotNull());
    assertThat(sample).anySatisfy(e -> assertThat(rules.isDaylightSavings(e.toInstant())).isTrue());
  }

  @Example
  void dstTransitions_zoneWithoutTransitions() {
    assertThatThrownBy(() -> SendtimeArbitraries.dstTransitions(ZoneId.of("Etc/GMT+5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Etc/GMT+5");
  }

  private static void assertWithinTwoHoursOfTransition(ZonedDateTime edge) {
    ZoneRules rules = edge.getZone().getRules();
    Instant at = edge.toInstant();
    ZoneOffsetTransition t = rules.nextTransition(at.minusSeconds(7201));
    assertThat(t).isNotNull();
    assertThat(t.getInstant()).isBetween(at.minusSeconds(7200), at.plusSeconds(7200));
    assertThat(edge.getYear()).isBetween(1899, 2101);
  }

  // --- recurrence

  @Property(tries = 1000)
  void recurrenceRules_validAndCanonical(@ForAll("rules") RecurrenceRule rule) {
    assertThat(RecurrenceRule.parse(rule.toString())).isEqualTo(rule);
    assertThat(rule.interval()).isBetween(1, 12);
    assertThat(rule.byDay().size() + rule.byMonth().size() + rule.byMonthDay().size()).isLessThanOrEqualTo(13);
    if (rule.bySetPos().size() > 0) {
      assertThat(rule.toString()).containsPattern("BY(SECOND|MINUTE|HOUR|DAY|MONTHDAY|YEARDAY|WEEKNO|MONTH)=");
    }
    if (!rule.byWeekNo().isEmpty()) {
      assertThat(rule.frequency()).isEqualTo(Frequency.YEARLY);
      assertThat(rule.byDay()).noneMatch(WeekdayNum::hasOrdinal);
    }
  }

  @Example
  void recurrenceRules_coverEveryFrequencyAndPart() {
    List<RecurrenceRule> sample = SendtimeArbitraries.recurrenceRules().sampleStream().limit(2000)
        .collect(Collectors.toList());
    assertThat(sample.stream().map(RecurrenceRule::frequency).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(Frequency.class));
    String text = sample.stream().map(RecurrenceRule::toString).collect(Collectors.joining("\n"));
    for (String part : List.of("COUNT=", "UNTIL=", "INTERVAL=", "BYSECOND=", "BYMINUTE=", "BYHOUR=",
        "BYDAY=", "BYMONTHDAY=", "BYYEARDAY=", "BYWEEKNO=", "BYMONTH=", "BYSETPOS=", "WKST=",
        "RSCALE=", "SKIP=", "-1")) {
      assertThat(text).contains(part);
    }
    assertThat(sample).anySatisfy(r -> assertThat(r.byDay()).anyMatch(WeekdayNum::hasOrdinal));
  }

  @Example
  void recurrenceRules_mostlyProduceOccurrences() {
    List<RecurrenceRule> sample = SendtimeArbitraries.recurrenceRules().sampleStream().limit(500)
        .filter(r -> r.until().isEmpty())
        .collect(Collectors.toList());
    long productive = sample.stream()
        .filter(r -> RecurrenceSet.of(r, LocalDateTime.of(2000, 1, 1, 9, 0)).nextLocal(LocalDateTime.of(2000, 1, 1, 0, 0))
            .isPresent())
        .count();
    assertThat(productive).isGreaterThan(sample.size() * 9L / 10);
  }

  @Property(tries = 1000)
  void recurrenceSets_startFrom1900To2100(@ForAll("sets") RecurrenceSet set) {
    assertThat(set.start().getYear()).isBetween(1899, 2101);
    assertThat(set.rules()).hasSizeBetween(1, 2);
    if (set.isAllDay()) {
      assertThat(set.isFloating()).isTrue();
      assertThat(set.rules()).noneMatch(r -> r.frequency().isSubDaily());
    }
  }

  @Example
  void recurrenceSets_mixZonedFloatingAllDayAndDates() {
    List<RecurrenceSet> sample = SendtimeArbitraries.recurrenceSets().sampleStream().limit(1000)
        .collect(Collectors.toList());
    assertThat(sample).anyMatch(RecurrenceSet::isAllDay);
    assertThat(sample).anyMatch(s -> s.isFloating() && !s.isAllDay());
    assertThat(sample.stream().filter(s -> !s.isFloating()).count()).isGreaterThan(500);
    assertThat(sample).anyMatch(s -> s.rules().size() == 2);
    assertThat(sample).anyMatch(s -> s.toString().contains("RDATE"));
    assertThat(sample).anyMatch(s -> s.toString().contains("EXDATE"));
    // Some start at a wall-clock time that a transition skips.
    assertThat(sample).anyMatch(s -> s.zone().isPresent()
        && s.zone().get().getRules().getValidOffsets(s.start()).isEmpty());
    assertThat(sample).anyMatch(s -> s.start().getDayOfWeek() == DayOfWeek.SUNDAY);
  }

  // --- cron

  @Property(tries = 1000)
  void cronExpressions_quartzHasExactlyOneQuestionMark(@ForAll("quartzExpressions") CronExpression e) {
    assertThat(e.dialect()).isEqualTo(CronDialect.QUARTZ);
    String[] fields = e.toString().split("\\s+");
    assertThat(fields).hasSizeBetween(6, 7);
    assertThat(fields[3].equals("?") ^ fields[5].equals("?")).as("%s", e).isTrue();
    assertThat(List.of(fields[0], fields[1], fields[2], fields[4])).noneMatch(f -> f.contains("?"));
    if (fields.length == 7) {
      assertThat(fields[6]).doesNotContain("?", "L", "W", "#");
    }
  }

  @Property(tries = 1000)
  void cronExpressions_unixFiveFieldsOrAMacroWithoutSpecials(@ForAll("unixExpressions") CronExpression e) {
    assertThat(e.dialect()).isEqualTo(CronDialect.UNIX);
    String text = e.toString();
    if (!text.startsWith("@")) {
      assertThat(text.split("\\s+")).hasSize(5);
      // Vixie cron has no '?', 'L', 'W' or '#' (of the names, only JUL and WED have those letters).
      assertThat(text.toUpperCase(Locale.ROOT).replace("JUL", "").replace("WED", ""))
          .doesNotContain("?", "#", "L", "W");
    }
  }

  @Property(tries = 1000)
  void cronExpressions_springSixFieldsOrAMacro(@ForAll("springExpressions") CronExpression e) {
    assertThat(e.dialect()).isEqualTo(CronDialect.SPRING);
    String text = e.toString();
    if (!text.startsWith("@")) {
      assertThat(text.split("\\s+")).hasSize(6);
    }
  }

  @Example
  void cronExpressions_coverEveryShape() {
    String unix = sampleText(CronDialect.UNIX);
    String quartz = sampleText(CronDialect.QUARTZ);
    String spring = sampleText(CronDialect.SPRING);
    String months = "(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)";
    String days = "(SUN|MON|TUE|WED|THU|FRI|SAT)";
    for (String shape : List.of(
        "\\*/\\d", "\\d-\\d", "\\d-\\d+/\\d", "\\d,\\d", months, days, "(?i)@daily|@hourly|@weekly")) {
      assertThat(unix).containsPattern(shape);
    }
    for (String shape : List.of("\\*/\\d", " /\\d", "\\d-\\d+/\\d", "\\d+/\\d", months, days, " L ",
        "L-\\d+ ", "\\dW ", " LW ", "L-\\d+W", "\\d#\\d", "\\dL ", " \\? ", " (19|20)\\d\\d ", "\\d,L")) {
      assertThat(quartz).containsPattern(shape);
    }
    for (String shape : List.of("\\*/\\d", "\\d+/\\d", months, days, "(SUN|7)-\\w", "L-\\d", "\\dW",
        "LW", "#", "L,|,L", " \\? ", "(?i)@\\w+")) {
      assertThat(spring).containsPattern(shape);
    }
    assertThat(quartz + unix + spring).containsPattern(months.toLowerCase(Locale.ROOT))
        .containsPattern(days.toLowerCase(Locale.ROOT));
    // Quartz wraps reversed ranges, such as 22-2 in hours.
    assertThat(SendtimeArbitraries.cronExpressions(CronDialect.QUARTZ).sampleStream().limit(2000)
            .map(e -> e.toString().split("\\s+")[2].split("-"))
            .filter(range -> range.length == 2 && range[0].matches("\\d+") && range[1].matches("\\d+")))
        .anyMatch(range -> Integer.parseInt(range[0]) > Integer.parseInt(range[1]));
    // Vixie's rule: both day fields restricted, and a day-of-month that starts with '*' beside a
    // restricted day-of-week.
    List<String[]> unixFields = SendtimeArbitraries.cronExpressions(CronDialect.UNIX)
        .sampleStream().limit(3000)
        .map(e -> e.toString().split("\\s+"))
        .filter(f -> f.length == 5)
        .collect(Collectors.toList());
    assertThat(unixFields).anyMatch(f -> !f[2].startsWith("*") && !f[4].startsWith("*"));
    assertThat(unixFields).anyMatch(f -> f[2].startsWith("*/") && !f[4].startsWith("*"));
  }

  @Example
  void cronExpressions_mostlyFireEveryYear() {
    for (CronDialect dialect : CronDialect.values()) {
      List<CronExpression> sample = SendtimeArbitraries.cronExpressions(dialect)
          .sampleStream().limit(1000)
          .collect(Collectors.toList());
      long everyYear = sample.stream()
          .filter(e -> IntStream.rangeClosed(2030, 2033).allMatch(y ->
              e.nextLocal(LocalDateTime.of(y - 1, 12, 31, 23, 59, 59))
                  .filter(t -> t.getYear() == y)
                  .isPresent()))
          .count();
      // About four in five, and some that fire rarely or never.
      assertThat(everyYear).as("%s", dialect).isBetween(700L, 970L);
    }
  }

  @Example
  void cronExpressions_nullDialect() {
    assertThatThrownBy(() -> SendtimeArbitraries.cronExpressions(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("dialect");
  }

  @Property(tries = 1000)
  void cronSchedules_zonedWithAPolicy(@ForAll("cronSchedules") CronSchedule schedule) {
    assertThat(schedule.zone()).isPresent();
    assertThat(ZoneId.getAvailableZoneIds()).contains(schedule.zone().get().getId());
    assertThat(CronExpression.parse(schedule.expression().toString(), schedule.expression().dialect()))
        .isEqualTo(schedule.expression());
  }

  @Example
  void cronSchedules_mixDialectsPoliciesAndOddZones() {
    List<CronSchedule> sample = SendtimeArbitraries.cronSchedules().sampleStream().limit(1500)
        .collect(Collectors.toList());
    assertThat(sample.stream().map(s -> s.expression().dialect()).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(CronDialect.class));
    assertThat(sample.stream().map(CronSchedule::policy).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(DstPolicy.class));
    assertThat(sample.stream().filter(s -> ODD_ZONES.contains(s.zone().orElseThrow().getId())).count())
        .isGreaterThan(300L);
  }

  private static String sampleText(CronDialect dialect) {
    return SendtimeArbitraries.cronExpressions(dialect).sampleStream().limit(2500)
        .map(e -> " " + e.toString().replaceAll("\\s+", " ") + " ")
        .collect(Collectors.joining("\n"));
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return SendtimeArbitraries.zones();
  }

  @Provide
  Arbitrary<LocalDateTime> localDateTimes() {
    return SendtimeArbitraries.localDateTimes();
  }

  @Provide
  Arbitrary<LocalDate> leapDays() {
    return SendtimeArbitraries.leapDays();
  }

  @Provide
  Arbitrary<LocalDate> monthEnds() {
    return SendtimeArbitraries.monthEnds();
  }

  @Provide
  Arbitrary<ZonedDateTime> parisEdges() {
    return SendtimeArbitraries.dstTransitions(ZoneId.of("Europe/Paris"));
  }

  @Provide
  Arbitrary<ZonedDateTime> edges() {
    return SendtimeArbitraries.dstEdgeInstants();
  }

  @Provide
  Arbitrary<RecurrenceRule> rules() {
    return SendtimeArbitraries.recurrenceRules();
  }

  @Provide
  Arbitrary<RecurrenceSet> sets() {
    return SendtimeArbitraries.recurrenceSets();
  }

  @Provide
  Arbitrary<CronExpression> unixExpressions() {
    return SendtimeArbitraries.cronExpressions(CronDialect.UNIX);
  }

  @Provide
  Arbitrary<CronExpression> quartzExpressions() {
    return SendtimeArbitraries.cronExpressions(CronDialect.QUARTZ);
  }

  @Provide
  Arbitrary<CronExpression> springExpressions() {
    return SendtimeArbitraries.cronExpressions(CronDialect.SPRING);
  }

  @Provide
  Arbitrary<CronSchedule> cronSchedules() {
    return SendtimeArbitraries.cronSchedules();
  }
}
