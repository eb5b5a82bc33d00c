package org.sendtime.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableListMultimap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares {@link HolidayCalendar#usFederal()} with the observed federal holidays of
 * {@code conformance/us-federal-holidays.txt}, one whole year at a time.
 */
class UsFederalConformanceTest {
  private static final int FIRST_YEAR = 2015;
  private static final int LAST_YEAR = 2030;
  private static final ImmutableListMultimap<Integer, Holiday> EXPECTED = read();

  private static ImmutableListMultimap<Integer, Holiday> read() {
    String text;
    try (InputStream in = UsFederalConformanceTest.class.getResourceAsStream("/conformance/us-federal-holidays.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImmutableListMultimap.Builder<Integer, Holiday> b = ImmutableListMultimap.builder();
    for (String line : text.split("\n")) {
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split(" ", 3);
      LocalDate observed = LocalDate.parse(parts[0]);
      b.put(observed.getYear(), Holiday.of(parts[2], LocalDate.parse(parts[1]), observed));
    }
    return b.build();
  }

  static IntStream years() {
    return IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void holidays_exactlyTheFilesYear(int year) {
    assertThat(HolidayCalendar.usFederal().holidays(year)).containsExactlyElementsOf(EXPECTED.get(year));
  }

  @Test
  void file_coversEveryYearAndNothingElse() {
    assertThat(EXPECTED.keySet()).containsExactlyElementsOf(years().boxed()::iterator);
    assertThat(EXPECTED.size()).isEqualTo(170);
  }
}
