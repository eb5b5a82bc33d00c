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
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Checks the generated schema and its committed copies, and validates policies against it with
 * a JSON Schema validator: the example policies, printed policies, and the text forms on which
 * the loader and the schema must agree.
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

  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(PolicySchema.jsonSchema());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The problems the schema finds in a YAML text, read as YAML 1.2 core schema data as the loader reads it. */
  private static List<String> schemaProblems(String yaml) {
    Object data = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(yaml);
    return SCHEMA.validate(JSON.valueToTree(data)).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../examples/policies"))) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void jsonSchema_acceptsEveryExamplePolicy(Path file) throws IOException {
    assertThat(schemaProblems(Files.readString(file, StandardCharsets.UTF_8))).as(file.toString()).isEmpty();
  }

  @Property(tries = 100)
  void jsonSchema_acceptsEveryPrintedPolicy(@ForAll("policies") Policy policy) {
    String yaml = policy.toYaml();

    assertThat(schemaProblems(yaml)).as(yaml).isEmpty();
  }

  @Provide
  Arbitrary<Policy> policies() {
    return RulesArbitraries.policies();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # an instant in UTC
      2026-12-01T14:00:00Z        | true
      # an instant with an offset, which both read
      2026-12-01T09:00:00-05:00   | true
      # a year after 9999
      +10000-01-01T00:00:00Z      | true
      # no seconds
      2026-12-01T14:00Z           | false
      # a fraction of a second
      2026-12-01T14:00:00.5Z      | false
      # an offset without minutes
      2026-12-01T14:00:00+01      | false
      # no zone at all
      2026-12-01T14:00:00         | false
      """)
  void instants_schemaAndLoaderAgree(String instant, boolean valid) {
    String yaml = "version: 1\nname: p\nzone: UTC\nschedule: {at: " + instant + "}\n";

    assertThat(schemaProblems(yaml).isEmpty()).as("schema accepts %s", instant).isEqualTo(valid);
    assertThat(PolicyLoader.standard().check("p.yaml", yaml).isValid()).as("loader accepts %s", instant)
        .isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # a date of the text form
      2026-12-24          | true
      # years outside 0000-9999, signed as java.time writes them
      +10000-01-01        | true
      -0001-12-31         | true
      # a five-digit year without its sign
      10000-01-01         | false
      # a month that does not exist
      2026-13-01          | false
      """)
  void dates_schemaAndLoaderAgreeOnTheForm(String date, boolean valid) {
    String yaml = "version: 1\nname: p\nzone: UTC\nblackouts: [{name: b, on: " + date + "}]\n";

    assertThat(schemaProblems(yaml).isEmpty()).as("schema accepts %s", date).isEqualTo(valid);
    assertThat(PolicyLoader.standard().check("p.yaml", yaml).isValid()).as("loader accepts %s", date)
        .isEqualTo(valid);
  }

  @Test
  void jsonSchema_rejectsWhatTheLoaderRejectsForItsForm() {
    assertThat(schemaProblems("version: 1\nname: p\nzone: UTC\nquiet_hour: \"21:00-08:00\"\n")).isNotEmpty();
    assertThat(schemaProblems("version: 1\nname: p\nzone: UTC\nhorizon: P2W\n")).isNotEmpty();
    assertThat(schemaProblems("version: 2\nname: p\nzone: UTC\n")).isNotEmpty();
    assertThat(schemaProblems("version: 1\nname: p\n")).isNotEmpty();
    assertThat(schemaProblems("version: 1\nname: p\nzone: UTC\noptimizer: {weights: {open: -1}}\n"))
        .isNotEmpty();
  }
}
