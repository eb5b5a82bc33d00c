package org.sendtime.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerdictTest {

  @Test
  void kinds() {
    assertThat(Verdict.allow().kind()).isEqualTo(Verdict.Kind.ALLOW);
    Verdict move = Verdict.moveTo(Instant.EPOCH, "closed");
    assertThat(move.moveTo()).contains(Instant.EPOCH);
    assertThat(move.reason()).isEqualTo("closed");
    assertThat(Verdict.suppress("gone").moveTo()).isEmpty();
    assertThat(move).hasToString("move to 1970-01-01T00:00:00Z: closed");
  }

  @Test
  void reasons_mustNotBeBlank() {
    assertThatThrownBy(() -> Verdict.moveTo(Instant.EPOCH, " ")).hasMessageContaining("reason");
    assertThatThrownBy(() -> Verdict.suppress("")).hasMessageContaining("reason");
  }

  @Test
  void valueContract() {
    new EqualsTester()
        .addEqualityGroup(Verdict.allow(), Verdict.allow())
        .addEqualityGroup(Verdict.moveTo(Instant.EPOCH, "a"), Verdict.moveTo(Instant.EPOCH, "a"))
        .addEqualityGroup(Verdict.moveTo(Instant.EPOCH, "b"))
        .addEqualityGroup(Verdict.suppress("a"))
        .testEquals();
  }
}
