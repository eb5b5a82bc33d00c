package org.sendtime.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlackoutTest {
  private static final BlackoutDates FREEZE_DATES = BlackoutDates.yearly(MonthDay.of(12, 24), MonthDay.of(1, 2));

  @Test
  void of_defaults() {
    Blackout freeze = Blackout.of("year-end freeze", FREEZE_DATES);
    assertThat(freeze.name()).isEqualTo("year-end freeze");
    assertThat(freeze.dates()).isEqualTo(FREEZE_DATES);
    assertThat(freeze.scope()).isEqualTo(BlackoutScope.all());
    assertThat(freeze.action()).isEqualTo(BlackoutAction.DELAY);
    assertThat(freeze).hasToString("year-end freeze: Dec 24 – Jan 2 every year, for all, DELAY");
  }

  @Test
  void seed_locationScopedSkip() {
    // A New York office closes for the last five days of every quarter; its contacts are skipped.
    Blackout close = Blackout.of("NY quarter close", BlackoutDates.lastDaysOfQuarter(5))
        .withScope(BlackoutScope.locations(List.of("US-NY")))
        .withAction(BlackoutAction.SKIP);
    assertThat(close.covers(LocalDate.of(2026, 3, 30))).isTrue();
    assertThat(close.covers(LocalDate.of(2026, 4, 1))).isFalse();
    assertThat(close.appliesTo("welcome", "US-NY")).isTrue();
    assertThat(close.appliesTo("welcome", "US-CA")).isFalse();
    assertThat(close.appliesTo("welcome", null)).isFalse();
    assertThat(close.action()).isEqualTo(BlackoutAction.SKIP);
    assertThat(close).hasToString("NY quarter close: the last 5 days of every quarter, for locations [US-NY], SKIP");
  }

  @Test
  void appliesTo_campaignScope() {
    Blackout launch = Blackout.of("launch", BlackoutDates.on(LocalDate.of(2026, 5, 1)))
        .withScope(BlackoutScope.campaigns(List.of("spring-sale")));
    assertThat(launch.appliesTo("spring-sale", null)).isTrue();
    assertThat(launch.appliesTo("spring-sale", "US-CA")).isTrue();
    assertThat(launch.appliesTo("welcome", "US-CA")).isFalse();
    assertThat(launch.appliesTo(null, "US-CA")).isFalse();
  }

  @Test
  void of_blankName() {
    assertThatThrownBy(() -> Blackout.of(" ", FREEZE_DATES))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
  }

  @Test
  void equals_byValue() {
    Blackout freeze = Blackout.of("freeze", FREEZE_DATES);
    new EqualsTester()
        .addEqualityGroup(freeze, Blackout.of("freeze", BlackoutDates.yearly(MonthDay.of(12, 24), MonthDay.of(1, 2))),
            freeze.withAction(BlackoutAction.DELAY).withScope(BlackoutScope.all()))
        .addEqualityGroup(Blackout.of("Freeze", FREEZE_DATES))
        .addEqualityGroup(Blackout.of("freeze", BlackoutDates.lastDaysOfMonth(2)))
        .addEqualityGroup(freeze.withAction(BlackoutAction.SKIP))
        .addEqualityGroup(freeze.withScope(BlackoutScope.locations(List.of("US-NY"))))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(LocalDate.class, LocalDate.of(2026, 1, 1))
        .setDefault(BlackoutDates.class, FREEZE_DATES)
        .setDefault(BlackoutScope.class, BlackoutScope.all());
    tester.testAllPublicStaticMethods(Blackout.class);
    tester.testAllPublicInstanceMethods(Blackout.of("freeze", FREEZE_DATES));
  }
}
