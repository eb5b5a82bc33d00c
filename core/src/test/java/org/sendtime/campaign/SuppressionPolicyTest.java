package org.sendtime.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtime.recurrence.LeapDayPolicy;
import org.sendtime.window.ExclusionRule;
import org.sendtime.window.ExclusionWindows;

class SuppressionPolicyTest {

  @Test
  void defaults() {
    SuppressionPolicy s = SuppressionPolicy.of(SeedRules.TABLE);
    assertThat(s.windows()).isEqualTo(SeedRules.TABLE);
    assertThat(s.preWindowDays()).isEqualTo(60);
    assertThat(s.blocking()).isEmpty();
    // every kind but the post-window email, custom kinds too
    assertThat(s.blocks(EmailKind.BIRTHDAY)).isTrue();
    assertThat(s.blocks(EmailKind.FOLLOW_UP)).isTrue();
    assertThat(s.blocks(EmailKind.of("renewal"))).isTrue();
    assertThat(s.blocks(EmailKind.POST_WINDOW)).isFalse();
    assertThat(s.postWindow()).isEqualTo(PostWindowEmail.defaults());
    assertThat(s.isStrictJurisdictions()).isFalse();
    assertThat(s.isKnown("TX")).isTrue();
    assertThat(s.isKnown("PR")).isFalse();
    assertThat(s.leapDayPolicy()).isEqualTo(LeapDayPolicy.FEB_28);
    assertThat(SuppressionPolicy.none().windows()).isEqualTo(ExclusionWindows.none());
    assertThat(s.toString()).contains("13 rules", "pre-window 60 days", "all but post_window", "lenient");
  }

  @Test
  void withers() {
    SuppressionPolicy s = SuppressionPolicy.of(ExclusionWindows.of(List.of(ExclusionRule.yearRound("PR"))))
        .withPreWindowDays(0)
        .withBlocking(List.of(EmailKind.BIRTHDAY, EmailKind.POST_WINDOW))
        .withPostWindow(PostWindowEmail.disabled())
        .withStrictJurisdictions(true)
        .withKnownJurisdictions(List.of("CA", "US-CA"))
        .withLeapDayPolicy(LeapDayPolicy.MAR_1);
    assertThat(s.preWindowDays()).isZero();
    assertThat(s.blocking()).hasValueSatisfying(b -> assertThat(b).containsExactly(EmailKind.BIRTHDAY, EmailKind.POST_WINDOW));
    assertThat(s.blocks(EmailKind.POST_WINDOW)).isTrue();
    assertThat(s.blocks(EmailKind.CAMPAIGN)).isFalse();
    assertThat(s.postWindow().isEnabled()).isFalse();
    assertThat(s.isStrictJurisdictions()).isTrue();
    // the table's jurisdictions are always known
    assertThat(s.knownJurisdictions()).containsExactly("CA", "PR", "US-CA");
    assertThat(s.leapDayPolicy()).isEqualTo(LeapDayPolicy.MAR_1);
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> SuppressionPolicy.none().withPreWindowDays(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("preWindowDays");
    assertThatThrownBy(() -> SuppressionPolicy.none().withKnownJurisdictions(List.of("ca")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jurisdiction");
  }

  @Test
  void equalsAndNulls() {
    SuppressionPolicy s = SuppressionPolicy.of(SeedRules.TABLE);
    new EqualsTester()
        .addEqualityGroup(s, SuppressionPolicy.of(SeedRules.TABLE))
        .addEqualityGroup(SuppressionPolicy.none())
        .addEqualityGroup(s.withPreWindowDays(30))
        .addEqualityGroup(s.withBlocking(List.of(EmailKind.BIRTHDAY)))
        .addEqualityGroup(s.withPostWindow(PostWindowEmail.disabled()))
        .addEqualityGroup(s.withStrictJurisdictions(true))
        .addEqualityGroup(s.withKnownJurisdictions(List.of("CA")))
        .addEqualityGroup(s.withLeapDayPolicy(LeapDayPolicy.MAR_1))
        .testEquals();
    NullPointerTester t = new NullPointerTester().setDefault(ExclusionWindows.class, SeedRules.TABLE);
    t.testAllPublicStaticMethods(SuppressionPolicy.class);
    t.testAllPublicInstanceMethods(s);
  }
}
