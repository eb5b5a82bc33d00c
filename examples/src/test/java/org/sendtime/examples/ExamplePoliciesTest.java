package org.sendtime.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendtime.calendar.Blackout;
import org.sendtime.calendar.BlackoutAction;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.calendar.Weekend;
import org.sendtime.policy.Contact;
import org.sendtime.policy.Decision;
import org.sendtime.policy.DeliverBy;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;
import org.sendtime.policy.ZoneStrategy;
import org.sendtime.rules.Policy;
import org.sendtime.rules.PolicyLoader;
import org.sendtime.rules.PolicyProblem;
import org.sendtime.rules.PolicyReport;
import org.sendtime.time.DstPolicy;
import org.sendtime.time.LocalWindow;

/** Tests {@link ExamplePolicies}: the names, the settings, and a decision of each policy. */
class ExamplePoliciesTest {
  /** The directory of the example files, from the module's base directory where tests run. */
  private static final Path POLICIES = Path.of("policies");

  @Test
  void names_inListOrder() {
    assertThat(ExamplePolicies.names())
        .containsExactly("retail-us", "global-newsletter", "birthday", "single-zone-office",
            "campaign-service", "triggered-email", "drip-weekly-digest", "timezone-batches", "store-blackouts",
            "optimized-send-time", "medicare-supplement");
  }

  @Test
  void names_listEveryFileOfThePoliciesDirectory() throws IOException {
    try (Stream<Path> files = Files.list(POLICIES)) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
              .map(f -> f.substring(0, f.length() - ".yaml".length())))
          .containsExactlyInAnyOrderElementsOf(ExamplePolicies.names());
    }
  }

  /** The warnings each example draws on purpose, as its comments explain; no other example has any. */
  private static final Map<String, List<String>> EXPECTED_WARNINGS = Map.of(
      "birthday", List.of("zone_strategy"),
      "global-newsletter", List.of("deliver_by[0]"));

  @ParameterizedTest
  @MethodSource("org.sendtime.examples.ExamplePolicies#names")
  void file_isValid_withOnlyTheWarningsItExplains(String name) {
    PolicyReport report = PolicyLoader.standard().check(POLICIES.resolve(name + ".yaml"));
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).extracting(PolicyProblem::path)
        .containsExactlyElementsOf(EXPECTED_WARNINGS.getOrDefault(name, List.of()));
    assertThat(report.policy()).isPresent();
  }

  @ParameterizedTest
  @MethodSource("org.sendtime.examples.ExamplePolicies#names")
  void print_readsBackEqual(String name) {
    Policy p = ExamplePolicies.get(name);
    assertThat(PolicyLoader.standard().load(name + ".yaml", p.toYaml())).isEqualTo(p);
  }

  @ParameterizedTest
  @MethodSource("org.sendtime.examples.ExamplePolicies#names")
  void get_policyHasItsName_andADescription(String name) {
    assertThat(ExamplePolicies.get(name).name()).isEqualTo(name);
    assertThat(ExamplePolicies.get(name)).isSameAs(ExamplePolicies.get(name));
    assertThat(ExamplePolicies.description(name)).isNotBlank().doesNotContain("\n");
  }

  @Test
  void get_unknownName_listsTheNames() {
    assertThatThrownBy(() -> ExamplePolicies.get("retail"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Unknown policy 'retail' (valid values: retail-us, global-newsletter,");
    assertThatThrownBy(() -> ExamplePolicies.description("none"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown policy 'none'");
  }

  @Test
  void retailUs_settings() {
    SendPolicy p = ExamplePolicies.get("retail-us").sendPolicy();

    assertThat(p.zone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(p.zoneStrategy()).isEqualTo(ZoneStrategy.RECIPIENT_LOCAL);
    assertThat(p.fallbackZone()).contains(ZoneId.of("America/New_York"));
    assertThat(p.quietHours()).contains(LocalWindow.parse("21:00-08:00"));
    assertThat(p.businessHours()).hasValueSatisfying(h -> {
      assertThat(h.isOpen(DayOfWeek.FRIDAY, LocalTime.of(16, 59))).isTrue();
      assertThat(h.isOpen(DayOfWeek.SATURDAY, LocalTime.of(10, 0))).isTrue();
      assertThat(h.isOpen(DayOfWeek.SATURDAY, LocalTime.of(14, 0))).isFalse();
      assertThat(h.isOpen(DayOfWeek.SUNDAY, LocalTime.of(12, 0))).isFalse();
    });
    assertThat(p.weekend()).isEqualTo(Weekend.NONE);
    assertThat(p.holidays()).contains(HolidayCalendar.usFederal());
    assertThat(p.blackouts()).extracting(Blackout::name, Blackout::action).containsExactly(
        org.assertj.core.groups.Tuple.tuple("year-end", BlackoutAction.DELAY),
        org.assertj.core.groups.Tuple.tuple("quarter-close", BlackoutAction.SKIP),
        org.assertj.core.groups.Tuple.tuple("store-inventory", BlackoutAction.DELAY));
    Blackout quarterClose = p.blackouts().get(1);
    assertThat(quarterClose.appliesTo("promo", null)).isTrue();
    assertThat(quarterClose.appliesTo(null, null)).isFalse();
    assertThat(quarterClose.covers(LocalDate.of(2026, 6, 28))).isTrue();
    Blackout inventory = p.blackouts().get(2);
    assertThat(inventory.appliesTo(null, "store-31")).isTrue();
    assertThat(inventory.appliesTo(null, "store-13")).isFalse();
  }

  @Test
  void globalNewsletter_fridayNightSend_droppedAfter48Hours() {
    SendPolicy p = ExamplePolicies.get("global-newsletter").sendPolicy();

    // Friday 21:00 in London is quiet, and the weekend follows: Monday 08:00 is 59 hours on.
    Decision d = p.decide(Contact.of("n1", ZoneId.of("Europe/London")),
        Schedule.atLocal(LocalDateTime.parse("2026-03-06T21:00")), Instant.parse("2026-03-01T00:00:00Z"));

    assertThat(p.deliverBy()).containsExactly(DeliverBy.within(Duration.ofHours(48)));
    assertThat(d).isInstanceOfSatisfying(Decision.Suppressed.class,
        s -> assertThat(s.rule()).isEqualTo("deliver-by"));
  }

  @Test
  void globalNewsletter_contactWithoutZone_readInLondon() {
    Decision d = ExamplePolicies.get("global-newsletter").sendPolicy().decide(Contact.of("n2"),
        Schedule.atLocal(LocalDateTime.parse("2026-03-04T09:00")), Instant.parse("2026-03-01T00:00:00Z"));

    assertThat(d).isInstanceOfSatisfying(Decision.Scheduled.class, s -> assertThat(s.atZone())
        .hasToString("2026-03-04T09:00Z[Europe/London]"));
  }

  @Test
  void birthday_eveningSendOnTheDay_scheduledNextMorningOnlyIfStillTheBirthday() {
    SendPolicy p = ExamplePolicies.get("birthday").sendPolicy();
    Contact tokyo = Contact.of("b1", ZoneId.of("Asia/Tokyo"));

    // 22:00 on a Tuesday birthday is quiet until 09:00 on Wednesday, after the birthday.
    Decision late = p.decide(tokyo, Schedule.atLocal(LocalDateTime.parse("2026-03-03T22:00"))
        .withAnchor(LocalDate.of(2026, 3, 3)), Instant.parse("2026-03-01T00:00:00Z"));
    // 07:00 on it waits until 09:00 the same day.
    Decision early = p.decide(tokyo, Schedule.atLocal(LocalDateTime.parse("2026-03-03T07:00"))
        .withAnchor(LocalDate.of(2026, 3, 3)), Instant.parse("2026-03-01T00:00:00Z"));

    assertThat(p.fallbackZone()).isEmpty();
    assertThat(p.deliverBy()).containsExactly(DeliverBy.byAnchor(0));
    assertThat(late).isInstanceOfSatisfying(Decision.Suppressed.class,
        s -> assertThat(s.rule()).isEqualTo("deliver-by"));
    assertThat(early).isInstanceOfSatisfying(Decision.Scheduled.class, s -> assertThat(s.atZone())
        .hasToString("2026-03-03T09:00+09:00[Asia/Tokyo]"));
  }

  @Test
  void singleZoneOffice_readsEveryContactOnBerlinTime() {
    SendPolicy p = ExamplePolicies.get("single-zone-office").sendPolicy();

    // A contact in New York is sent to at 09:00 in Berlin.
    Decision d = p.decide(Contact.of("o1", ZoneId.of("America/New_York")),
        Schedule.atLocal(LocalDateTime.parse("2026-03-04T08:00")), Instant.parse("2026-03-01T00:00:00Z"));

    assertThat(p.zoneStrategy()).isEqualTo(ZoneStrategy.SINGLE);
    assertThat(p.dstPolicy()).isEqualTo(DstPolicy.SKIP);
    assertThat(d).isInstanceOfSatisfying(Decision.Scheduled.class, s -> assertThat(s.atZone())
        .hasToString("2026-03-04T09:00+01:00[Europe/Berlin]"));
  }
}
