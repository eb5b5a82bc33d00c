package org.sendtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the generated schema and its committed copies.
 *
 * <p>After a change of the format, regenerate the copies with
 * {@code ./mvnw -o -pl rules-dsl test -Dtest=PolicySchemaTest -Dsendtime.updateSchema=true}.
 */
class PolicySchemaTest {
  private static final String REGENERATE = "the committed schema differs from the generated one; regenerate it with "
      + "./mvnw -o -pl rules-dsl test -Dtest=PolicySchemaTest -Dsendtime.updateSchema=true";
  private static final Path RESOURCE = Path.of("src/main/resources/org/sendtime/rules/policy.schema.json");
  private static final Path DOCS = Path.of("../docs/policy.schema.json");

  @ParameterizedTest
  @ValueSource(strings = {"src/main/resources/org/sendtime/rules/policy.schema.json", "../docs/policy.schema.json"})
  void jsonSchema_equalsTheCommittedCopy(String copy) throws IOException {
    Path file = Path.of(copy);
    if (Boolean.getBoolean("sendtime.updateSchema")) {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, PolicySchema.jsonSchema(), StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(file)).as(REGENERATE).isTrue();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(REGENERATE).isEqualTo(PolicySchema.jsonSchema());
  }

  @Test
  void jsonSchema_isShippedAsAResource() throws IOException {
    try (InputStream in = PolicySchema.class.getResourceAsStream("policy.schema.json")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(PolicySchema.jsonSchema());
    }
    assertThat(RESOURCE).exists();
    assertThat(DOCS).exists();
  }

  @Test
  void jsonSchema_declaresDraft2020AndClosedObjects() {
    String schema = PolicySchema.jsonSchema();
    assertThat(schema).startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",")
        .contains("\"additionalProperties\": false")
        .contains("\"$ref\": \"#/$defs/calendar\"")
        .endsWith("}\n");
  }

  @Test
  void jsonSchema_listsEveryTopLevelKeyTheLoaderReads() {
    String schema = PolicySchema.jsonSchema();
    for (String key : PolicyFormat.POLICY.fields().keySet()) {
      assertThat(schema).contains("\"" + key + "\": {");
    }
  }

  @Test
  void jsonSchema_acceptsNoTopLevelKeyTheLoaderRejects() {
    // Every top-level property of the schema is a key the loader knows: its unknown-key check
    // would otherwise report it.
    String properties = PolicySchema.jsonSchema().split("\"properties\": \\{", 2)[1].split("\"\\$defs\"", 2)[0];
    Matcher m = Pattern.compile("\n    \"([a-z_]+)\": \\{").matcher(properties);
    List<String> keys = new ArrayList<>();
    while (m.find()) {
      keys.add(m.group(1));
    }
    assertThat(keys).containsExactlyElementsOf(PolicyFormat.POLICY.fields().keySet());
  }

  @Test
  void jsonSchema_enumsPatternsAndExclusiveForms() {
    String schema = PolicySchema.jsonSchema();
    assertThat(schema)
        .contains("\"enum\": [\"single\", \"recipient_local\", \"coordinated\"]")
        .contains("\"enum\": [\"delay\", \"skip\"]")
        .contains("\"enum\": [\"MON\", \"TUE\", \"WED\", \"THU\", \"FRI\", \"SAT\", \"SUN\", \"mon\"")
        .contains("\"pattern\": \"" + ScalarKind.DURATION.pattern().replace("\\", "\\\\") + "\"")
        .contains("\"pattern\": \"" + ScalarKind.TIME.pattern() + "\"")
        .contains("\"pattern\": \"" + ScalarKind.MONTH_DAY.pattern() + "\"")
        .contains("\"const\": 1")
        .contains("\"required\": [\"campaigns\", \"locations\"]")
        .contains("\"required\": [\"version\"]")
        .contains("\"required\": [\"name\", \"zone\"]");
    assertThat(schema.replaceAll("\\s", "")).contains("\"oneOf\":[{\"required\":[\"on\"]},{\"required\":[\"between\"]},");
  }

  @Test
  void durationPattern_agreesWithTheLoader() {
    Pattern pattern = Pattern.compile(ScalarKind.DURATION.pattern());
    for (String text : List.of("14d", "36h", "90m", "1h30m", "2w", "45s", "1w2d3h4m5s")) {
      assertThat(pattern.matcher(text).matches()).as(text).isTrue();
      assertThat(Durations.parse(text)).isNotNull();
    }
    for (String text : List.of("", "P2W", "1h 30m", "30m1h", "1y")) {
      assertThat(pattern.matcher(text).matches()).as(text).isFalse();
    }
  }
}
