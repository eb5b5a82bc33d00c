package org.sendtime.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EngagementTest {
  private static final Instant AT = Instant.parse("2026-03-03T01:15:00Z");

  @Test
  void of_keepsInstantAndKind() {
    Engagement e = Engagement.of(AT, Engagement.Kind.CLICK);
    assertThat(e.at()).isEqualTo(AT);
    assertThat(e.kind()).isEqualTo(Engagement.Kind.CLICK);
  }

  @Test
  void equals_byInstantAndKind() {
    new EqualsTester()
        .addEqualityGroup(Engagement.of(AT, Engagement.Kind.OPEN), Engagement.of(Instant.parse("2026-03-03T01:15:00Z"), Engagement.Kind.OPEN))
        .addEqualityGroup(Engagement.of(AT, Engagement.Kind.CLICK))
        .addEqualityGroup(Engagement.of(AT.plusNanos(1), Engagement.Kind.OPEN))
        .testEquals();
  }

  @Test
  void toString_kindAndInstant() {
    assertThat(Engagement.of(AT, Engagement.Kind.OPEN)).hasToString("OPEN at 2026-03-03T01:15:00Z");
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester t = new NullPointerTester().setDefault(Instant.class, AT);
    t.testAllPublicStaticMethods(Engagement.class);
    t.testAllPublicInstanceMethods(Engagement.of(AT, Engagement.Kind.OPEN));
  }
}
