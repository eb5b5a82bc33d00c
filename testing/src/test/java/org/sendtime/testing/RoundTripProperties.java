package org.sendtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.sendtime.recurrence.RecurrenceRule;
import org.sendtime.recurrence.RecurrenceSet;

/** The canonical text of rules and sets reads back to an equal value. */
class RoundTripProperties {

  @Property(tries = 1000)
  void rule_parseOfToString_isEqual(@ForAll("rules") RecurrenceRule rule) {
    RecurrenceRule parsed = RecurrenceRule.parse(rule.toString());
    assertThat(parsed).isEqualTo(rule);
    assertThat(parsed.hashCode()).isEqualTo(rule.hashCode());
    assertThat(parsed.toString()).isEqualTo(rule.toString());
    assertThat(RecurrenceRule.parse("RRULE:" + rule)).isEqualTo(rule);
  }

  @Property(tries = 1000)
  void set_parseOfToString_isEqual(@ForAll("sets") RecurrenceSet set) {
    RecurrenceSet parsed = RecurrenceSet.parse(set.toString());
    assertThat(parsed).isEqualTo(set);
    assertThat(parsed.hashCode()).isEqualTo(set.hashCode());
    assertThat(parsed.toString()).isEqualTo(set.toString());
  }

  /**
   * An all-day set given an excluded date-time instead of a date either refuses it or keeps its
   * meaning through the text.
   */
  @Property(tries = 1000)
  void allDaySet_timedExdate_rejectedOrRoundTrips(
      @ForAll("allDaySets") RecurrenceSet set, @ForAll @IntRange(min = 0, max = 86_399) int secondOfDay) {
    LocalDateTime excluded = set.start().plusDays(secondOfDay % 7).plusSeconds(secondOfDay);
    RecurrenceSet withExdate;
    try {
      withExdate = Fixtures.toBuilder(set).exdate(excluded).build();
    } catch (IllegalArgumentException rejected) {
      assertThat(rejected).hasMessageContaining("EXDATE");
      return;
    }
    assertThat(RecurrenceSet.parse(withExdate.toString())).as("%s", withExdate).isEqualTo(withExdate);
  }

  @Property(tries = 1000)
  void set_parseOfRuleWithDefaultStart_isEqual(@ForAll("sets") RecurrenceSet set) {
    RecurrenceRule rule = set.rules().get(0);
    RecurrenceSet expected = set.isAllDay()
        ? RecurrenceSet.builder(set.start()).rule(rule).build()
        : set.zone().map(z -> RecurrenceSet.builder(set.start()).zone(z).rule(rule).build())
            .orElseGet(() -> RecurrenceSet.of(rule, set.start()));
    assertThat(RecurrenceSet.parse(rule.toString(), set.start(), set.zone().orElse(null))).isEqualTo(expected);
  }

  @Property(tries = 1000)
  void describe_readsAnyRuleAndSet(@ForAll("sets") RecurrenceSet set) {
    assertThat(set.describe()).isNotBlank();
    for (RecurrenceRule rule : set.rules()) {
      assertThat(rule.describe()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<RecurrenceRule> rules() {
    return SendtimeArbitraries.recurrenceRules();
  }

  @Provide
  Arbitrary<RecurrenceSet> allDaySets() {
    return SendtimeArbitraries.recurrenceSets().filter(RecurrenceSet::isAllDay).map(Fixtures::rulesOnly);
  }

  @Provide
  Arbitrary<RecurrenceSet> sets() {
    return SendtimeArbitraries.recurrenceSets();
  }
}
