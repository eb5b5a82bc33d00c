package org.sendtime.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the conformance data files under {@code conformance/}: every example of RFC 5545
 * §3.8.5.3 and the Gregorian cases of RFC 7529, each with the occurrences the standard lists.
 */
class ConformanceTest {

  /** One case of a conformance file. */
  record Case(String file, String name, String ical, List<String> expected, boolean complete) {
    @Override
    public String toString() {
      return file + ": " + name;
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of("rfc5545-examples.txt", "rfc7529-examples.txt")
        .flatMap(f -> read(f).stream())
        .map(Arguments::of);
  }

  static List<Case> read(String file) {
    String text;
    try (InputStream in = ConformanceTest.class.getResourceAsStream("/conformance/" + file)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Case> cases = new ArrayList<>();
    for (String block : text.split("\\n\\s*\\n")) {
      String name = null;
      StringBuilder ical = new StringBuilder();
      List<String> expected = new ArrayList<>();
      boolean complete = false;
      for (String line : block.split("\\n")) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("NAME:")) {
          name = line.substring(5).strip();
        } else if (line.startsWith("EXPECT:")) {
          for (String v : line.substring(7).strip().split("\\s+")) {
            if (!v.isEmpty()) {
              expected.add(v);
            }
          }
        } else if (line.startsWith("COMPLETE:")) {
          complete = Boolean.parseBoolean(line.substring(9).strip());
        } else {
          ical.append(line).append('\n');
        }
      }
      if (name != null) {
        cases.add(new Case(file, name, ical.toString(), expected, complete));
      }
    }
    assertThat(cases).as("cases in %s", file).isNotEmpty();
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void occurrences_matchTheStandard(Case c) {
    RecurrenceSet set = RecurrenceSet.parse(c.ical());
    int limit = c.complete() ? c.expected().size() + 5 : c.expected().size();
    Stream<LocalDateTime> locals = set.isFloating()
        ? set.localOccurrences()
        : set.occurrences().map(z -> z.toLocalDateTime());
    List<String> actual = locals.limit(limit)
        .map(t -> set.isAllDay() ? LocalDate.from(t).toString() : format(t))
        .collect(Collectors.toList());
    assertThat(actual).as(c.ical()).containsExactlyElementsOf(c.expected());
  }

  private static String format(LocalDateTime t) {
    String s = t.toString();
    return t.getSecond() == 0 && s.length() > 16 ? s.substring(0, 16) : s;
  }
}
