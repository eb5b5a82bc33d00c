package org.sendtime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Mutates valid policies at random and checks that the loader always answers: a report, a
 * policy or a {@link PolicyException}, never another exception, and never a hang.
 *
 * <p>Besides breaking the text, the mutations swap in values that are well formed but that the
 * core rejects only once it builds them, such as a cron expression that never fires or a
 * validity that ends before it starts. The seeds are the policies below and the example
 * policies of the project.
 */
class PolicyLoaderFuzzTest {
  /** Only a guard against hangs, not a measure of speed. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(10);

  private static final Path EXAMPLES = Path.of("../examples/policies");

  private static final List<String> OWN_SEEDS = List.of(
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

  private static final List<String> SEEDS = seeds();

  /**
   * Values that the shapes accept and the core rejects when it builds them, by key. Top-level
   * keys replace the whole key; others replace the first value of the key in a seed.
   */
  private static final Map<String, List<String>> LATE_REJECTED = Map.ofEntries(
      Map.entry("schedule", List.of(
          "{cron: {expression: \"0 0 30 2 *\", zone: America/Chicago}}",
          "{cron: {expression: \"0 0 31 4 *\"}}",
          "{rrule: \"DTSTART;TZID=America/Chicago:20260105T090000\\nRRULE:FREQ=WEEKLY;UNTIL=20250101T000000Z\"}",
          "{rrule: \"DTSTART:20260105T090000\\nRRULE:FREQ=DAILY;COUNT=1\\nEXDATE:20260105T090000\"}",
          "{pattern: {every: daily, start: 2026-06-01T09:00, end: 2026-01-01}}",
          "{pattern: {every: weekly, start: 2026-06-01T09:00, day_of_month: 15}}",
          "{pattern: {every: monthly, start: 2026-06-01T09:00, days: [MON]}}",
          "{anniversary: {yearly: \"02-29\", first_date: 2026-03-01, leap_day: skip}}",
          "{at: 2026-12-01T14:00:00.5Z}",
          "{at: +1000000000-12-31T23:59:59Z}",
          "{immediate: true, anchor: -999999999-01-01}")),
      Map.entry("blackouts", List.of(
          "[{name: B, yearly: {first: \"12-24\", last: \"01-02\"}, from: 2030-01-01, until: 2025-12-31}]",
          "[{name: B, between: {first: 2027-01-02, last: 2026-12-24}}]",
          "[{name: B, monthly: {first_day: 16, last_day: 15}}]",
          "[{name: B, quarterly: {first_day: 1, last_day: 92}}]",
          "[{name: B, on: 2026-12-25, from: 2026-01-01}]",
          "[{name: B, on: 2026-12-25}, {name: B, on: 2026-12-26}]",
          "[{name: B, on: +999999999-12-31}, {name: C, on: -999999999-01-01}]")),
      Map.entry("holidays", List.of(
          "{name: H, rules: [{name: A, date: \"01-01\", from_year: 2030, until_year: 2020}]}",
          "{name: H, rules: [{name: A, date: \"01-01\"}, {name: A, date: \"01-02\"}]}",
          "{name: H, rules: []}",
          "{name: H, union: []}",
          "[us-federal, us-federal]")),
      Map.entry("weekend", List.of("[MON, TUE, WED, THU, FRI, SAT, SUN]", "[SAT, SAT]")),
      Map.entry("horizon", List.of("0s", "36526d", "99999999w")),
      Map.entry("coordination_span", List.of("0s", "59s", "32d")),
      Map.entry("deliver_by", List.of("[{days_after_anchor: 3661}]", "[{within: 9999999w}]")),
      Map.entry("late_sends", List.of("{send_now_within: 9999999w, otherwise: skip}")),
      Map.entry("optimizer", List.of("{half_life: 0s}", "{weights: {open: -1, click: 1000001}}",
          "{prior: [" + String.join(", ", Collections.nCopies(168, "0")) + "]}",
          "{prior_strength: -1, min_data_points: 0}", "{half_life: 9999999w}")),
      Map.entry("until", List.of("1900-01-01", "-0001-12-31")),
      Map.entry("from", List.of("2999-01-01", "+10000-01-01")),
      Map.entry("end", List.of("1900-01-01")),
      Map.entry("start", List.of("1900-01-01T00:00", "+999999999-12-31T23:59")),
      Map.entry("first", List.of("2999-01-01", "\"02-29\"")),
      Map.entry("expression", List.of("\"0 0 30 2 *\"", "\"0 0 0 31 2 ?\"")),
      Map.entry("at", List.of("2026-12-01T14:00:00.5Z", "\"23:59:59\"")),
      Map.entry("interval", List.of("2147483647")),
      Map.entry("occurrences", List.of("2147483647")),
      Map.entry("first_date", List.of("+999999999-12-31")),
      Map.entry("day_of_month", List.of("31")),
      Map.entry("within", List.of("9999999w", "0s")),
      Map.entry("zone", List.of("Etc/GMT+5", "UTC")));

  private static final Set<String> TOP_LEVEL = PolicyFormat.POLICY.fields().keySet();
  private static final List<String> LATE_KEYS = LATE_REJECTED.keySet().stream().sorted().toList();

  private static final String SPECIALS = "&*!{}[]:|>-#'\"%@`,?\t\n\r\u0000\u0007\u001b\u00a0\u2028\ufeff\ud800";

  private static List<String> seeds() {
    List<String> seeds = new ArrayList<>(OWN_SEEDS);
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        seeds.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return seeds;
  }

  @Test
  void seeds_areValidPolicies() {
    assertThat(SEEDS).hasSizeGreaterThan(OWN_SEEDS.size());
    for (String seed : SEEDS) {
      assertThat(PolicyLoader.standard().check("seed.yaml", seed).errors()).as(seed).isEmpty();
    }
  }

  @Provide
  Arbitrary<String> mutated() {
    Arbitrary<String> seed = Arbitraries.of(SEEDS);
    return Arbitraries.frequencyOf(Tuple.of(4, broken(seed)), Tuple.of(3, lateRejected(seed)));
  }

  /** Seeds with one value swapped for one the core rejects late, or two such values. */
  private static Arbitrary<String> lateRejected(Arbitrary<String> seed) {
    Arbitrary<Function<String, String>> swap = Arbitraries.of(LATE_KEYS)
        .flatMap(key -> Arbitraries.of(LATE_REJECTED.get(key)).map(value -> text -> swap(text, key, value)));
    return Combinators.combine(seed, swap.list().ofMinSize(1).ofMaxSize(2)).as((text, swaps) -> {
      String result = text;
      for (Function<String, String> f : swaps) {
        result = f.apply(result);
      }
      return result;
    });
  }

  private static Arbitrary<String> broken(Arbitrary<String> seed) {
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

  @Property(tries = 500)
  void check_reportsLateRejectionsAsProblems(@ForAll("lateRejectedOnly") String text) {
    PolicyReport report = assertTimeoutPreemptively(HANG_GUARD, () -> PolicyLoader.standard().check("fuzz.yaml", text));
    assertThat(report.isValid()).isEqualTo(report.errors().isEmpty());
  }

  @Provide
  Arbitrary<String> lateRejectedOnly() {
    return lateRejected(Arbitraries.of(SEEDS));
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

  /**
   * Sets a key to a value: a top-level key is replaced with its whole block, or added; another
   * key has the first value written for it replaced, in block or flow style.
   */
  static String swap(String text, String key, String value) {
    if (TOP_LEVEL.contains(key)) {
      List<String> kept = new ArrayList<>();
      boolean inBlock = false;
      for (String line : lines(text)) {
        if (line.startsWith(key + ":")) {
          inBlock = true;
          continue;
        }
        if (inBlock && (line.startsWith(" ") || line.startsWith("-") || line.isEmpty())) {
          continue;
        }
        inBlock = false;
        kept.add(line);
      }
      return String.join("\n", kept) + "\n" + key + ": " + value + "\n";
    }
    Matcher m = Pattern.compile("(?m)(^|[\\s{,])" + Pattern.quote(key) + ": ([^,}#\\n]*)").matcher(text);
    return m.find() ? text.substring(0, m.start(2)) + value + text.substring(m.end(2)) : text;
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
