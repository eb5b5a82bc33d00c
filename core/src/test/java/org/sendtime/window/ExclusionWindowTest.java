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

class ExclusionWindowTest {

  private static final ExclusionRule CA = ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, 30, 60);

  @ParameterizedTest(name = "{0}/{1} around {2}, pre {3}")
  @CsvSource(delimiter = '|', value = {
      // before | after | anchor     | pre | legal                  | blocked
      "30 | 60 | 2024-12-01 | 60 | 2024-11-01..2025-01-30 | 2024-09-02..2025-01-30",  // the seed's CA example
      "0  | 60 | 2025-12-20 | 60 | 2025-12-20..2026-02-18 | 2025-10-21..2026-02-18",  // runs into February
      "0  | 31 | 2026-01-05 | 60 | 2026-01-05..2026-02-05 | 2025-11-06..2026-02-05",  // starts the November before
      "0  | 0  | 2028-02-29 | 0  | 2028-02-29..2028-02-29 | 2028-02-29..2028-02-29",  // a single day
      "30 | 33 | 2028-01-31 | 60 | 2028-01-01..2028-03-04 | 2027-11-02..2028-03-04",  // MO, month end in a leap year
  })
  void of_ranges(int before, int after, LocalDate anchor, int pre, String legal, String blocked) {
    ExclusionRule rule = ExclusionRule.anchored("XX", WindowAnchor.BIRTHDAY, before, after);
    ExclusionWindow w = ExclusionWindow.of(rule, anchor, pre);
    assertThat(w.legalRange()).isEqualTo(range(legal));
    assertThat(w.blockedRange()).isEqualTo(range(blocked));
    assertThat(w.end()).isEqualTo(range(blocked).getEndInclusive());
    assertThat(w.anchorDate()).contains(anchor);
    assertThat(w.contains(range(blocked).getStart())).isTrue();
    assertThat(w.contains(range(blocked).getStart().minusDays(1))).isFalse();
    assertThat(w.contains(w.end())).isTrue();
    assertThat(w.contains(w.end().plusDays(1))).isFalse();
  }

  private static LocalDateRange range(String text) {
    String[] p = text.split("\\.\\.");
    return LocalDateRange.ofClosed(LocalDate.parse(p[0]), LocalDate.parse(p[1]));
  }

  @Test
  void yearRound() {
    ExclusionRule ny = ExclusionRule.yearRound("NY").withEffectiveFrom(LocalDate.of(2020, 1, 1));
    ExclusionWindow w = ExclusionWindow.yearRound(ny);
    assertThat(w.anchorDate()).isEmpty();
    assertThat(w.blockedRange().isUnboundedEnd()).isTrue();
    assertThat(w.legalRange()).isEqualTo(w.blockedRange());
    assertThat(w.end()).isEqualTo(LocalDate.MAX);
    assertThat(w.contains(LocalDate.of(2019, 12, 31))).isFalse();
    assertThat(w.contains(LocalDate.of(2999, 1, 1))).isTrue();
    assertThat(w).hasToString("NY year-round window from 2020-01-01");
    assertThat(ExclusionWindow.yearRound(ExclusionRule.yearRound("CT"))).hasToString("CT year-round window");
  }

  @Test
  void toString_readable() {
    assertThat(ExclusionWindow.of(CA, LocalDate.of(2024, 12, 1), 60)).hasToString(
        "CA birthday window 2024-09-02..2025-01-30 (legal 2024-11-01..2025-01-30, anchor 2024-12-01)");
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> ExclusionWindow.of(ExclusionRule.yearRound("NY"), LocalDate.of(2025, 1, 1), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year-round");
    assertThatThrownBy(() -> ExclusionWindow.yearRound(CA))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("anchored");
    assertThatThrownBy(() -> ExclusionWindow.of(CA, LocalDate.of(2025, 1, 1), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("preWindowDays");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(ExclusionWindow.of(CA, LocalDate.of(2024, 12, 1), 60),
            ExclusionWindow.of(CA, LocalDate.of(2024, 12, 1), 60))
        .addEqualityGroup(ExclusionWindow.of(CA, LocalDate.of(2024, 12, 1), 0))
        .addEqualityGroup(ExclusionWindow.of(CA, LocalDate.of(2025, 12, 1), 60))
        .addEqualityGroup(ExclusionWindow.yearRound(ExclusionRule.yearRound("NY")))
        .testEquals();
    NullPointerTester t = new NullPointerTester().setDefault(ExclusionRule.class, CA)
        .setDefault(LocalDate.class, LocalDate.of(2025, 1, 1));
    t.testAllPublicStaticMethods(ExclusionWindow.class);
    t.testAllPublicInstanceMethods(ExclusionWindow.of(CA, LocalDate.of(2024, 12, 1), 60));
  }
}
