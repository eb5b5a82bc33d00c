package org.sendtime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.sendtime.rules.PolicyProblem.Severity;

/** Tests {@link PolicyProblem}: its value semantics, null checks, order and text. */
class PolicyProblemTest {
  private static final PolicyProblem ZONE =
      PolicyProblem.of(Severity.ERROR, "renewals.yaml", 3, 7, "zone", "expected an IANA zone id");

  @Test
  void nulls_areRejectedByEveryPublicMethod() {
    NullPointerTester tester = new NullPointerTester().setDefault(Severity.class, Severity.ERROR)
        .setDefault(String.class, "text").setDefault(int.class, 1);
    tester.testAllPublicStaticMethods(PolicyProblem.class);
    tester.testAllPublicInstanceMethods(ZONE);
  }

  @Test
  void equals_comparesEveryField() {
    new EqualsTester()
        .addEqualityGroup(ZONE, PolicyProblem.of(Severity.ERROR, "renewals.yaml", 3, 7, "zone", "expected an IANA zone id"))
        .addEqualityGroup(PolicyProblem.of(Severity.WARNING, "renewals.yaml", 3, 7, "zone", "expected an IANA zone id"))
        .addEqualityGroup(PolicyProblem.of(Severity.ERROR, "base.yaml", 3, 7, "zone", "expected an IANA zone id"))
        .addEqualityGroup(PolicyProblem.of(Severity.ERROR, "renewals.yaml", 4, 7, "zone", "expected an IANA zone id"))
        .addEqualityGroup(PolicyProblem.of(Severity.ERROR, "renewals.yaml", 3, 8, "zone", "expected an IANA zone id"))
        .addEqualityGroup(PolicyProblem.of(Severity.ERROR, "renewals.yaml", 3, 7, "", "expected an IANA zone id"))
        .addEqualityGroup(PolicyProblem.of(Severity.ERROR, "renewals.yaml", 3, 7, "zone", "unknown zone"))
        .testEquals();
  }

  @Test
  void of_badPositionOrMessage() {
    assertThatThrownBy(() -> PolicyProblem.of(Severity.ERROR, "p.yaml", 0, 1, "", "m"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line");
    assertThatThrownBy(() -> PolicyProblem.of(Severity.ERROR, "p.yaml", 1, 0, "", "m"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column");
    assertThatThrownBy(() -> PolicyProblem.of(Severity.ERROR, "p.yaml", 1, 1, "", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("message");
  }

  @Test
  void toString_isTheCompilerForm() {
    assertThat(ZONE).hasToString("renewals.yaml:3:7: error: zone: expected an IANA zone id");
    assertThat(PolicyProblem.of(Severity.WARNING, "p.yaml", 1, 1, "", "empty"))
        .hasToString("p.yaml:1:1: warning: empty");
    assertThat(Severity.WARNING).hasToString("warning");
  }

  @Test
  void byPosition_ordersBySourceLineColumnThenErrorsFirst() {
    PolicyProblem warningSamePlace = PolicyProblem.of(Severity.WARNING, "renewals.yaml", 3, 7, "zone", "a");
    PolicyProblem later = PolicyProblem.of(Severity.ERROR, "renewals.yaml", 3, 9, "zone", "a");
    PolicyProblem otherFile = PolicyProblem.of(Severity.ERROR, "base.yaml", 9, 9, "zone", "a");
    assertThat(java.util.stream.Stream.of(later, warningSamePlace, ZONE, otherFile).sorted(PolicyProblem.BY_POSITION))
        .containsExactly(otherFile, ZONE, warningSamePlace, later);
    assertThat(ZONE.isError()).isTrue();
    assertThat(warningSamePlace.isError()).isFalse();
  }
}
