package org.sendtime.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendtime.time.DstPolicy;

/**
 * Runs the cron conformance files under {@code conformance/}, one per dialect: each case gives
 * an expression, a zone, an instant and the fire times expected after it, or the keyword and
 * position of the error expected.
 */
class CronConformanceTest {

  /** One case of a conformance file. */
  record Case(String file, CronDialect dialect, String name, String cron, String zone,
      DstPolicy policy, String after, List<String> expected, String error, int position) {
    @Override
    public String toString() {
      return file + ": " + name;
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(CronDialect.values())
        .flatMap(d -> read(d).stream())
        .map(Arguments::of);
  }

  static List<Case> read(CronDialect dialect) {
    String file = "cron-" + dialect.name().toLowerCase(Locale.ROOT) + ".txt";
    String text;
    try (InputStream in = CronConformanceTest.class.getResourceAsStream("/conformance/" + file)) {
      assertThat(in).as(file).isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Case> cases = new ArrayList<>();
    for (String block : text.split("\\n\\s*\\n")) {
      String name = null;
      String cron = null;
      String zone = "UTC";
      DstPolicy policy = DstPolicy.SHIFT_FORWARD;
      String after = null;
      List<String> expected = new ArrayList<>();
      String error = null;
      int position = -1;
      boolean inExpect = false;
      for (String raw : block.split("\\n")) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        String key = colon > 0 ? line.substring(0, colon) : "";
        String value = colon > 0 ? line.substring(colon + 1).strip() : line;
        inExpect = inExpect && !key.matches("[A-Z]+");
        switch (inExpect ? "EXPECT" : key) {
          case "NAME":
            name = value;
            break;
          case "CRON":
            cron = raw.substring(raw.indexOf(':') + 1).strip();
            break;
          case "ZONE":
            zone = value;
            break;
          case "POLICY":
            policy = DstPolicy.valueOf(value);
            break;
          case "AFTER":
            after = value;
            break;
          case "EXPECT":
            String values = inExpect ? line : value;
            inExpect = true;
            for (String v : values.split("\\s+")) {
              if (!v.isEmpty() && !v.equals("NONE")) {
                expected.add(v);
              }
            }
            break;
          case "ERROR":
            error = value;
            break;
          case "POSITION":
            position = Integer.parseInt(value);
            break;
          default:
            throw new IllegalArgumentException(file + ": unknown line in case " + name + ": " + line);
        }
      }
      if (name != null) {
        assertThat(cron).as("%s: CRON of %s", file, name).isNotNull();
        assertThat(error != null || after != null).as("%s: AFTER or ERROR of %s", file, name).isTrue();
        cases.add(new Case(file, dialect, name, cron, zone, policy, after, expected, error,
            position));
      }
    }
    assertThat(cases).as("cases in %s", file).isNotEmpty();
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void fireTimes_matchTheData(Case c) {
    if (c.error() != null) {
      InvalidRuleException e = catchThrowableOfType(InvalidRuleException.class,
          () -> CronExpression.parse(c.cron(), c.dialect()));
      assertThat(e).as("%s should be rejected", c.cron()).isNotNull();
      assertThat(e.getMessage()).contains(c.error());
      if (c.position() >= 0) {
        assertThat(e.position()).as(e.getMessage()).isEqualTo(c.position());
      }
      return;
    }
    CronSchedule schedule = CronExpression.parse(c.cron(), c.dialect())
        .atZone(ZoneId.of(c.zone()), c.policy());
    List<String> actual = schedule.occurrencesAfter(Instant.parse(c.after()))
        .limit(c.expected().isEmpty() ? 1 : c.expected().size())
        .map(z -> z.toOffsetDateTime().toString())
        .collect(Collectors.toList());
    assertThat(actual).as(schedule.toString()).containsExactlyElementsOf(c.expected());
  }
}
