package org.sendtime.rules;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.sendtime.rules.Shape.Requirement;

/**
 * The JSON Schema (draft 2020-12) of the policy format, for editors that complete and check
 * policy files as they are typed.
 *
 * <p>The schema is generated from the same description of the format that the
 * {@link PolicyLoader} reads by, so the two accept the same keys. It is also shipped as the
 * resource {@code org/sendtime/rules/policy.schema.json}; with the YAML language server, a
 * policy file can point at a copy of it:
 * <pre>
 * # yaml-language-server: $schema=policy.schema.json
 * version: 1
 * </pre>
 *
 * <p>The schema checks forms, not meanings: a date such as 2026-02-30 or a zone that does not
 * exist passes the schema and is reported by the loader.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicySchema {
  private static final String JSON = Json.write(schema());

  private PolicySchema() {
  }

  /**
   * Gets the JSON Schema of the policy format.
   *
   * @return the schema as JSON text, pretty-printed, ending with a newline, not null
   */
  public static String jsonSchema() {
    return JSON;
  }

  private static Map<String, Object> schema() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("title", "sendtime policy, format version " + PolicyFormat.VERSION);
    root.putAll(of(PolicyFormat.POLICY));
    root.put("anyOf", List.of(Map.of("required", List.of("extends")),
        Map.of("required", PolicyFormat.POLICY.fields().values().stream()
            .filter(f -> f.requirement() == Requirement.REQUIRED_AFTER_MERGE).map(Shape.Field::name).toList())));
    Map<String, Object> definitions = new LinkedHashMap<>();
    PolicyFormat.definitions().forEach((name, shape) -> definitions.put(name, of(shape)));
    root.put("$defs", definitions);
    return root;
  }

  private static Map<String, Object> of(Shape shape) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("description", shape.description());
    if (shape instanceof Shape.Ref ref) {
      s.put("$ref", "#/$defs/" + ref.name());
    } else if (shape instanceof Shape.Choice choice) {
      s.put("oneOf", choice.alternatives().stream().map(PolicySchema::of).toList());
    } else if (shape instanceof Shape.Scalar scalar) {
      scalar(scalar, s);
    } else if (shape instanceof Shape.ListOf list) {
      s.put("type", "array");
      s.put("items", of(list.element()));
      if (list.minItems() > 0) {
        s.put("minItems", list.minItems());
      }
      if (list.maxItems() != Integer.MAX_VALUE) {
        s.put("maxItems", list.maxItems());
      }
    } else if (shape instanceof Shape.MapOf mapOf) {
      s.put("type", "object");
      s.put("propertyNames", Map.of("pattern", mapOf.keyPattern().pattern()));
      s.put("additionalProperties", of(mapOf.value()));
    } else {
      mapping((Shape.Mapping) shape, s);
    }
    return s;
  }

  private static void scalar(Shape.Scalar scalar, Map<String, Object> s) {
    ScalarKind kind = scalar.kind();
    s.put("type", kind.jsonType());
    if (kind == ScalarKind.BOOL && !scalar.allowed().isEmpty()) {
      s.put("const", Boolean.valueOf(scalar.allowed().get(0)));
    } else if (kind == ScalarKind.ENUM) {
      s.put("enum", scalar.allowed());
    } else if (kind == ScalarKind.DAY) {
      s.put("enum", bothCases(Arrays.stream(DayOfWeek.values()).map(Names::of)));
    } else if (kind == ScalarKind.MONTH) {
      s.put("enum", bothCases(Arrays.stream(Month.values()).map(Names::of)));
    }
    if (kind.pattern() != null) {
      s.put("pattern", kind.pattern());
    }
    if (scalar.min() != null && scalar.min().equals(scalar.max())) {
      s.put("const", scalar.min());
      return;
    }
    if (kind == ScalarKind.NUMBER && Double.isFinite(scalar.numberMin())) {
      s.put("minimum", number(scalar.numberMin()));
    }
    if (kind == ScalarKind.NUMBER && Double.isFinite(scalar.numberMax())) {
      s.put("maximum", number(scalar.numberMax()));
    }
    if (scalar.min() != null) {
      s.put("minimum", scalar.min());
    }
    if (scalar.max() != null && scalar.max() != Integer.MAX_VALUE) {
      s.put("maximum", scalar.max());
    }
  }

  /** A bound as JSON writes it: without a fraction when it is whole. */
  private static Number number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Number) Long.valueOf((long) d) : (Number) Double.valueOf(d);
  }

  private static List<String> bothCases(Stream<String> names) {
    List<String> upper = names.toList();
    List<String> all = new ArrayList<>(upper);
    upper.forEach(n -> all.add(n.toLowerCase(Locale.ROOT)));
    return all;
  }

  private static void mapping(Shape.Mapping mapping, Map<String, Object> s) {
    s.put("type", "object");
    Map<String, Object> properties = new LinkedHashMap<>();
    for (Shape.Field field : mapping.fields().values()) {
      Map<String, Object> property = of(field.shape());
      property.put("description", field.description());
      properties.put(field.name(), property);
    }
    s.put("properties", properties);
    List<String> required = mapping.fields().values().stream()
        .filter(f -> f.requirement() == Requirement.REQUIRED || f.requirement() == Requirement.EVERY_FILE)
        .map(Shape.Field::name).toList();
    if (!required.isEmpty()) {
      s.put("required", required);
    }
    s.put("additionalProperties", false);
    List<Object> rules = new ArrayList<>();
    for (Shape.Group group : mapping.groups()) {
      if (group.exactlyOne()) {
        rules.add(Map.of("oneOf", group.keys().stream().map(k -> Map.of("required", List.of(k))).toList()));
      } else {
        List<Object> pairs = new ArrayList<>();
        for (int i = 0; i < group.keys().size(); i++) {
          for (int j = i + 1; j < group.keys().size(); j++) {
            pairs.add(Map.of("required", List.of(group.keys().get(i), group.keys().get(j))));
          }
        }
        rules.add(Map.of("not", pairs.size() == 1 ? pairs.get(0) : Map.of("anyOf", pairs)));
      }
    }
    if (rules.size() == 1) {
      s.putAll(castMap(rules.get(0)));
    } else if (!rules.isEmpty()) {
      s.put("allOf", rules);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object map) {
    return (Map<String, Object>) map;
  }

  /** A writer of the JSON values the schema is made of: maps, lists, text, numbers and booleans. */
  private static final class Json {
    private Json() {
    }

    static String write(Object value) {
      StringBuilder sb = new StringBuilder();
      write(value, sb, "");
      return sb.append('\n').toString();
    }

    private static void write(Object value, StringBuilder sb, String indent) {
      if (value instanceof Map<?, ?> map) {
        String inner = indent + "  ";
        sb.append('{');
        String separator = "\n";
        for (Map.Entry<?, ?> e : map.entrySet()) {
          sb.append(separator).append(inner);
          string(String.valueOf(e.getKey()), sb);
          sb.append(": ");
          write(e.getValue(), sb, inner);
          separator = ",\n";
        }
        sb.append('\n').append(indent).append('}');
      } else if (value instanceof List<?> list) {
        boolean flat = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
        String inner = indent + "  ";
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
          sb.append(i == 0 ? "" : ",").append(flat ? (i == 0 ? "" : " ") : "\n" + inner);
          write(list.get(i), sb, inner);
        }
        sb.append(flat ? "" : "\n" + indent).append(']');
      } else if (value instanceof String text) {
        string(text, sb);
      } else {
        sb.append(value);
      }
    }

    private static void string(String text, StringBuilder sb) {
      sb.append('"');
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          default -> {
            if (c < 0x20) {
              sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
              sb.append(c);
            }
          }
        }
      }
      sb.append('"');
    }
  }
}
