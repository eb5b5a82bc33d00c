package org.sendtime.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threeten.extra.LocalDateRange;

class ExclusionRuleTest {

  private static final ExclusionRule CA = ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, 30, 60);

  @ParameterizedTest(name = "{0}..{1} in force on {2}: {3}")
  @CsvSource(delimiter = '|', value = {
      // from       | until      | date       | in force
      "            |            | 1900-01-01 | true",   // unbounded both ways
      "2025-01-01 |            | 2024-12-31 | false",  // the day before it takes effect
      "2025-01-01 |            | 2025-01-01 | true",   // its first day, inclusive
      "           | 2025-06-30 | 2025-06-30 | true",   // its last day, inclusive
      "           | 2025-06-30 | 2025-07-01 | false",  // the day after
      "2025-01-01 | 2025-01-01 | 2025-01-01 | true",   // a single day
  })
  void isInForceOn(LocalDate from, LocalDate until, LocalDate date, boolean expected) {
    ExclusionRule r = CA;
    if (from != null) {
      r = r.withEffectiveFrom(from);
    }
    if (until != null) {
      r = r.withEffectiveUntil(until);
    }
    assertThat(r.isInForceOn(date)).isEqualTo(expected);
    assertThat(r.effectiveRange().contains(date)).isEqualTo(expected);
  }

  @Test
  void accessors() {
    ExclusionRule r = CA.withEffectiveFrom(LocalDate.of(2020, 1, 1)).withSource("Cal. Ins. Code § 10192.11")
        .withNote("check");
    assertThat(r.jurisdiction()).isEqualTo("CA");
    assertThat(r.kind()).isEqualTo(ExclusionRule.Kind.ANCHORED);
    assertThat(r.isYearRound()).isFalse();
    assertThat(r.anchor()).contains(WindowAnchor.BIRTHDAY);
    assertThat(r.daysBefore()).isEqualTo(30);
    assertThat(r.daysAfter()).isEqualTo(60);
    assertThat(r.effectiveFrom()).contains(LocalDate.of(2020, 1, 1));
    assertThat(r.effectiveUntil()).isEmpty();
    assertThat(r.source()).contains("Cal. Ins. Code § 10192.11");
    assertThat(r.note()).contains("check");
    assertThat(r.label()).isEqualTo("CA birthday window");
    assertThat(r).hasToString("CA birthday -30/+60 from 2020-01-01");
    ExclusionRule ny = ExclusionRule.yearRound("NY");
    assertThat(ny.kind()).isEqualTo(ExclusionRule.Kind.YEAR_ROUND);
    assertThat(ny.anchor()).isEmpty();
    assertThat(ny.label()).isEqualTo("NY year-round");
    assertThat(ny.effectiveRange()).isEqualTo(LocalDateRange.ALL);
    assertThat(ny.withEffectiveUntil(LocalDate.of(2030, 12, 31))).hasToString("NY year-round until 2030-12-31");
  }

  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource({
      "-1, 60, daysBefore",   // negative before
      "30, -1, daysAfter",    // negative after
      "367, 0, daysBefore",   // more than a year before
      "0, 367, daysAfter",    // more than a year after
  })
  void anchored_badDays(int before, int after, String field) {
    assertThatThrownBy(() -> ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, before, after))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(field);
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> ExclusionRule.yearRound("ny"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jurisdiction");
    assertThatThrownBy(() -> CA.withEffectiveFrom(LocalDate.of(2025, 1, 1)).withEffectiveUntil(LocalDate.of(2024, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("effectiveUntil");
    assertThatThrownBy(() -> CA.withEffectiveUntil(LocalDate.of(2024, 12, 31)).withEffectiveFrom(LocalDate.of(2025, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("effectiveFrom");
    assertThatThrownBy(() -> CA.withSource(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source");
    assertThatThrownBy(() -> CA.withNote("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("note");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(CA, ExclusionRule.anchored("CA", WindowAnchor.of("birthday"), 30, 60))
        .addEqualityGroup(CA.withSource("x"))
        .addEqualityGroup(CA.withNote("x"))
        .addEqualityGroup(CA.withEffectiveFrom(LocalDate.of(2020, 1, 1)))
        .addEqualityGroup(CA.withEffectiveUntil(LocalDate.of(2020, 1, 1)))
        .addEqualityGroup(ExclusionRule.anchored("CA", WindowAnchor.monthStartOf("birthday"), 30, 60))
        .addEqualityGroup(ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, 30, 61))
        .addEqualityGroup(ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, 31, 60))
        .addEqualityGroup(ExclusionRule.yearRound("CA"))
        .testEquals();
    NullPointerTester t = new NullPointerTester().setDefault(WindowAnchor.class, WindowAnchor.BIRTHDAY)
        .setDefault(LocalDate.class, LocalDate.of(2025, 1, 1)).setDefault(String.class, "CA");
    t.testAllPublicStaticMethods(ExclusionRule.class);
    t.testAllPublicInstanceMethods(CA);
  }
}
