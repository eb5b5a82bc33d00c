package org.sendtime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutates valid policies at random and checks that the loader always answers: a report, a
 * policy or a {@link PolicyException}, never another exception, and never a hang.
 */
class PolicyLoaderFuzzTest {
  /** Only a guard against hangs, not a measure of speed. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(10);

  private static final List<String> SEEDS = List.of(
      String.join("\n",
          "version: 1",
          "name: renewals",
          "description: Renewal reminders",
          "zone: America/Chicago",
          "zone_strategy: recipient_local",
          "quiet_hours: \"21:00-08:00\"",
          "business_hours: \"MON-FRI 09:00-17:00; SAT 10:00-14:00\"",
          "weekend: [SAT, SUN]",
          "holidays: {name: All, union: [us-federal, {name: Company, rules: [{name: F, date: \"03-15\"}]}]}",
          "blackouts:",
          "  - name: Year-end freeze",
          "    yearly: {first: \"12-24\", last: \"01-02\"}",
          "    from: 2025-01-01",
          "    action: skip",
          "  - {name: Close, last_days_of_quarter: 5, campaigns: [promo]}",
          "horizon: 30d",
          "deliver_by:",
          "  - within: 36h",
          "late_sends: {send_now_within: 2h, otherwise: skip}",
          "schedule:",
          "  rrule: |",
          "    DTSTART;TZID=America/New_York:20260105T090000",
          "    RRULE:FREQ=WEEKLY;BYDAY=MO",
          "optimizer: {half_life: 30d, weights: {open: 1.0, click: 3}, prior: uniform}",
          ""),
      String.join("\n",
          "version: 1",
          "extends: us-business-days",
          "name: &n promo",
          "campaign: *n",
          "schedule:",
          "  cron: {expression: \"0 9 * * MON-FRI\", zone: America/New_York}",
          "  anchor: 2026-01-01",
          "deliver_by: [{days_after_anchor: 3}]",
          ""),
      String.join("\n",
          "version: 1",
          "name: birthdays",
          "zone: Europe/Paris",
          "schedule:",
          "  anniversary: {yearly: \"02-29\", days_before: 14, at: \"09:00\", leap_day: feb_28}",
          "blackouts: [{name: Summer, monthly: {first_day: 1, last_day: 3}, until: 2030-12-31}]",
          ""));

  private static final String SPECIALS = "&*!{}[]:|>-#'\"%@`,?\t\n\r\u0000\u0007\u001b\u00a0\u2028\ufeff\ud800";

  @Provide
  Arbitrary<String> mutated() {
    Arbitrary<String> seed = Arbitraries.of(SEEDS);
    return Arbitraries.oneOf(
        Combinators.combine(seed, Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 40))
            .as(PolicyLoaderFuzzTest::swapLines),
        Combinators.combine(seed, Arbitraries.integers().between(0, 40)).as(PolicyLoaderFuzzTest::deleteLine),
        Combinators.combine(seed, Arbitraries.integers().between(0, 40)).as(PolicyLoaderFuzzTest::duplicateLine),
        Combinators.combine(seed, Arbitraries.integers().between(0, 2000),
                Arbitraries.strings().withChars(SPECIALS).ofMinLength(1).ofMaxLength(4))
            .as(PolicyLoaderFuzzTest::insert),
        Combinators.combine(seed, Arbitraries.integers().between(0, 2000),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(3))
            .as(PolicyLoaderFuzzTest::insert),
        Combinators.combine(seed, Arbitraries.integers().between(0, 2000)).as(PolicyLoaderFuzzTest::truncate),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(200).map(b -> new String(b, StandardCharsets.UTF_8)));
  }

  @Property(tries = 1000)
  void check_alwaysReturnsAReport(@ForAll("mutated") String text) {
    PolicyReport report = assertTimeoutPreemptively(HANG_GUARD, () -> PolicyLoader.standard().check("fuzz.yaml", text));
    assertThat(report.isValid()).isEqualTo(report.errors().isEmpty());
    assertThat(report.problems()).allSatisfy(p -> assertThat(p.source()).isEqualTo("fuzz.yaml"));
  }

  @Property(tries = 1000)
  void load_returnsAPolicyOrThrowsPolicyException(@ForAll("mutated") String text) {
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      try {
        assertThat(PolicyLoader.standard().load("fuzz.yaml", text)).isNotNull();
      } catch (PolicyException e) {
        assertThat(e.errors()).isNotEmpty();
      }
    });
  }

  private static List<String> lines(String text) {
    return new ArrayList<>(List.of(text.split("\n", -1)));
  }

  private static String swapLines(String text, int i, int j) {
    List<String> lines = lines(text);
    int a = i % lines.size();
    int b = j % lines.size();
    String t = lines.get(a);
    lines.set(a, lines.get(b));
    lines.set(b, t);
    return String.join("\n", lines);
  }

  private static String deleteLine(String text, int i) {
    List<String> lines = lines(text);
    lines.remove(i % lines.size());
    return String.join("\n", lines);
  }

  private static String duplicateLine(String text, int i) {
    List<String> lines = lines(text);
    int a = i % lines.size();
    lines.add(a, lines.get(a));
    return String.join("\n", lines);
  }

  private static String insert(String text, int at, String inserted) {
    int i = at % (text.length() + 1);
    return text.substring(0, i) + inserted + text.substring(i);
  }

  private static String truncate(String text, int at) {
    return text.substring(0, at % (text.length() + 1));
  }
}
