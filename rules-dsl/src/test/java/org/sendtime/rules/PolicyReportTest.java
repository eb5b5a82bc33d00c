package org.sendtime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendtime.policy.SendPolicy;

class PolicyReportTest {
  private static final Policy POLICY = Policy.of(SendPolicy.builder(ZoneId.of("UTC")).name("p").build());
  private static final PolicyProblem ERROR_AT_3 =
      PolicyProblem.of(PolicyProblem.Severity.ERROR, "p.yaml", 3, 1, "zone", "unknown zone 'x'");
  private static final PolicyProblem WARNING_AT_2 =
      PolicyProblem.of(PolicyProblem.Severity.WARNING, "p.yaml", 2, 5, "horizon", "a long horizon");

  @Test
  void of_sortsProblemsByPosition() {
    PolicyReport report = PolicyReport.of(List.of(ERROR_AT_3, WARNING_AT_2), Optional.empty());
    assertThat(report.problems()).containsExactly(WARNING_AT_2, ERROR_AT_3);
    assertThat(report.errors()).containsExactly(ERROR_AT_3);
    assertThat(report.warnings()).containsExactly(WARNING_AT_2);
    assertThat(report.isValid()).isFalse();
    assertThat(report.policy()).isEmpty();
  }

  @Test
  void of_validWithWarnings() {
    PolicyReport report = PolicyReport.of(List.of(WARNING_AT_2), Optional.of(POLICY));
    assertThat(report.isValid()).isTrue();
    assertThat(report.policy()).contains(POLICY);
    assertThat(report.errors()).isEmpty();
  }

  @Test
  void of_policyWithErrors() {
    assertThatThrownBy(() -> PolicyReport.of(List.of(ERROR_AT_3), Optional.of(POLICY)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("if and only if");
  }

  @Test
  void of_noPolicyWithoutErrors() {
    assertThatThrownBy(() -> PolicyReport.of(List.of(WARNING_AT_2), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("if and only if");
  }

  @Test
  void toString_listsProblemsOneALine() {
    assertThat(PolicyReport.of(List.of(ERROR_AT_3, WARNING_AT_2), Optional.empty())).hasToString(
        "p.yaml:2:5: warning: horizon: a long horizon\np.yaml:3:1: error: zone: unknown zone 'x'");
    assertThat(PolicyReport.of(List.of(), Optional.of(POLICY)).toString()).startsWith("valid: Policy[");
  }

  @Test
  void equals_byProblemsAndPolicy() {
    PolicyReport a = PolicyReport.of(List.of(WARNING_AT_2), Optional.of(POLICY));
    assertThat(a).isEqualTo(PolicyReport.of(List.of(WARNING_AT_2), Optional.of(POLICY)))
        .hasSameHashCodeAs(PolicyReport.of(List.of(WARNING_AT_2), Optional.of(POLICY)))
        .isNotEqualTo(PolicyReport.of(List.of(), Optional.of(POLICY)))
        .isNotEqualTo(PolicyReport.of(List.of(ERROR_AT_3), Optional.empty()));
  }

  @Test
  void check_reportsThroughTheLoader() {
    PolicyReport report = PolicyLoader.standard().check("p.yaml", "version: 1\nname: p\nzone: UTC\n");
    assertThat(report.isValid()).isTrue();
    assertThat(report.problems()).isEmpty();
    assertThat(report.policy()).contains(POLICY);
  }
}
