package org.sendtime.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link Json}. */
class JsonTest {

  @ParameterizedTest(name = "{1}")
  @MethodSource("escapes")
  void string_escapes(String value, String json) {
    assertThat(Json.string(value)).isEqualTo(json);
  }

  static Stream<Arguments> escapes() {
    return Stream.of(
        // plain ASCII is written as is
        Arguments.of("a b/c", "\"a b/c\""),
        // quote and backslash
        Arguments.of("say \"hi\" \\ bye", "\"say \\\"hi\\\" \\\\ bye\""),
        // control characters, line breaks too, as backslash-u escapes
        Arguments.of("\n\t\u0000\u001f", "\"\\u000a\\u0009\\u0000\\u001f\""),
        // DEL and everything outside ASCII; a surrogate pair as two escapes
        Arguments.of("\u007f\u00e9\ud83d\ude00", "\"\\u007f\\u00e9\\ud83d\\ude00\""),
        // the empty string
        Arguments.of("", "\"\""));
  }

  @Test
  void parseObject_keepsLiteralsAsWritten() {
    Map<String, Object> o = Json.parseObject(
        "{\"a\":4.50, \"b\":-1e3, \"c\":true, \"d\":null, \"e\":\"x\\ty\\u00e9\", \"f\":[\"1\",2]}");

    assertThat(o).containsExactly(
        Map.entry("a", new Json.Literal("4.50")),
        Map.entry("b", new Json.Literal("-1e3")),
        Map.entry("c", new Json.Literal("true")),
        Map.entry("d", new Json.Literal("null")),
        Map.entry("e", "x\ty\u00e9"),
        Map.entry("f", List.of("1", new Json.Literal("2"))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // cut short
      "`{\"a\":1`               | `invalid JSON at column 7: expected ',' or '}'`",
      // not an object
      "`[1]`                    | `expected an object`",
      // YAML block mapping
      "`a: 1`                   | `expected an object`",
      // unquoted string
      "`{\"a\":yes}`            | `'yes' is not a JSON value`",
      // single-quoted string
      "`{\"a\":'x'}`            | `'x' is not a JSON value`",
      // a number JSON cannot write
      "`{\"a\":1.}`             | `'1.' is not a JSON value`",
      // YAML's infinity
      "`{\"a\":.inf}`           | `'.inf' is not a JSON value`",
      // unquoted key
      "`{a:1}`                  | `object keys must be strings in double quotes`",
      // anchor and alias
      "`{\"a\":&x 1,\"b\":*x}`  | `anchors and aliases`",
      // explicit tag
      "`{\"a\":!!str 1}`        | `'1' is not a JSON value`",
      // a key twice
      "`{\"a\":1,\"a\":2}`      | `the key \"a\" is given twice`",
      // two values on one line
      "`{\"a\":1}{\"b\":2}`     | `invalid JSON at column 8`"})
  void parseObject_notJson(String line, String keyword) {
    assertThatThrownBy(() -> Json.parseObject(line))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("invalid JSON")
        .hasMessageContaining(keyword)
        .hasMessageNotContaining("\n");
  }

  @Test
  void parseObject_ofOption_namesTheOption() {
    assertThat(Json.parseObject("{\"id\":\"c1\"}", "--contact")).containsExactly(Map.entry("id", "c1"));
    assertThatThrownBy(() -> Json.parseObject("{\"id\":", "--contact"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("Invalid value for --contact: invalid JSON at column 7");
  }
}
