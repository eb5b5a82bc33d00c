package org.sendtime.window;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JurisdictionsTest {

  @Test
  void us_fiftyStatesAndDc() {
    assertThat(Jurisdictions.US).hasSize(51).contains("CA", "DC", "NY", "WY").doesNotContain("PR", "GU");
    assertThat(Jurisdictions.US).allMatch(c -> c.matches("[A-Z]{2}"));
  }
}
