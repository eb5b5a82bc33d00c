package org.sendtime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtime.rules.PolicyProblem.Severity;

/** Tests {@link PolicyException}: its problems, in order, and its message. */
class PolicyExceptionTest {
  private static final PolicyProblem ERROR = PolicyProblem.of(Severity.ERROR, "p.yaml", 5, 1, "horizon", "bad");
  private static final PolicyProblem WARNING = PolicyProblem.of(Severity.WARNING, "p.yaml", 2, 1, "zone", "odd");

  @Test
  void nulls_areRejectedByEveryPublicMethod() {
    NullPointerTester tester = new NullPointerTester().setDefault(Iterable.class, List.of(ERROR));
    tester.testAllPublicConstructors(PolicyException.class);
    tester.testAllPublicInstanceMethods(new PolicyException(List.of(ERROR)));
  }

  @Test
  void problems_inOrderOfPosition() {
    PolicyException e = new PolicyException(List.of(ERROR, WARNING));

    assertThat(e.problems()).containsExactly(WARNING, ERROR);
    assertThat(e.errors()).containsExactly(ERROR);
    assertThat(e).hasMessage("p.yaml:2:1: warning: zone: odd\np.yaml:5:1: error: horizon: bad");
  }

  @Test
  void constructor_withoutError() {
    assertThatThrownBy(() -> new PolicyException(List.of(WARNING))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one error");
  }
}
