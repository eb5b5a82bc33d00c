package org.sendtime.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests {@link OccurrenceQuery}; its answers are tested through {@link OccurrencesCommandTest}. */
class OccurrenceQueryTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // a bare rule
      "`FREQ=DAILY`                                   | false",
      // an RRULE line
      "`RRULE:FREQ=DAILY`                             | false",
      // DTSTART with parameters, after the rule
      "`RRULE:FREQ=DAILY\nDTSTART;TZID=UTC:20260101T000000` | true",
      // lower case, indented, with a CR LF line end
      "`  dtstart:20260101T000000\r\nRRULE:FREQ=DAILY` | true",
      // a name that only starts like DTSTART
      "`DTSTARTX:20260101T000000`                     | false",
      // DTSTART folded over two lines
      "`DTST\n ART:20260101T000000`                   | true",
      // DTSTART only as a value, not a property name
      "`RDATE:20260101T000000\nX-NOTE:DTSTART:1`      | false"})
  void hasDtstart(String text, boolean expected) {
    assertThat(OccurrenceQuery.hasDtstart(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // the two characters backslash and n become a line feed
      "`DTSTART:20260101T000000\\nRRULE:FREQ=DAILY` | `DTSTART:20260101T000000\nRRULE:FREQ=DAILY`",
      // real line feeds stay
      "`DTSTART:20260101T000000\nRRULE:FREQ=DAILY`  | `DTSTART:20260101T000000\nRRULE:FREQ=DAILY`"})
  void unescapeNewlines(String text, String expected) {
    assertThat(OccurrenceQuery.unescapeNewlines(text)).isEqualTo(expected);
  }
}
