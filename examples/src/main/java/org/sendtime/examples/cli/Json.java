package org.sendtime.examples.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.JsonSchema;

/**
 * Reads and writes the JSON of JSON lines.
 *
 * <p>JSON is read with snakeyaml-engine, as YAML 1.2 with its JSON schema, and the YAML that is
 * not JSON is then rejected: block style, single-quoted or unquoted strings, anchors, tags and
 * numbers that JSON cannot write ({@code 1.}, {@code .inf}). A few YAML spellings inside valid
 * shapes are still accepted: a trailing comma, a {@code #} comment, YAML-only escapes in strings.
 *
 * <p>Values are read as: {@link String}; {@link Literal} for numbers, {@code true},
 * {@code false} and {@code null}, kept as written so that they can be echoed unchanged;
 * {@link List} for arrays; {@link Map} for objects, in their order.
 */
final class Json {
  private static final LoadSettings SETTINGS = LoadSettings.builder()
      .setSchema(new JsonSchema())
      .setLabel("JSON line")
      .build();
  /** RFC 8259's number. */
  private static final Pattern NUMBER =
      Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /**
   * A JSON number, {@code true}, {@code false} or {@code null}, as written.
   *
   * @param text  the JSON text, not null
   */
  record Literal(String text) {
    static final Literal NULL = new Literal("null");

    boolean isNull() {
      return text.equals("null");
    }
  }

  private Json() {}

  /**
   * Reads one JSON object.
   *
   * @param line  the text of the object, not null
   * @return the members in their order, not null
   * @throws InputException if the line is not one JSON object, or has a key twice
   */
  static Map<String, Object> parseObject(String line) {
    Node node;
    try {
      node = new Compose(SETTINGS).composeString(line)
          .orElseThrow(() -> new InputException("invalid JSON: nothing to read"));
    } catch (MarkedYamlEngineException e) {
      String column = e.getProblemMark().map(m -> " at column " + (m.getColumn() + 1)).orElse("");
      throw new InputException(
          "invalid JSON" + column + ": " + SendtimeCommand.oneLine(e.getProblem()));
    } catch (YamlEngineException e) {
      throw new InputException("invalid JSON: " + SendtimeCommand.oneLine(e.getMessage()));
    }
    if (!(node instanceof MappingNode) || ((MappingNode) node).getFlowStyle() != FlowStyle.FLOW) {
      throw new InputException("invalid JSON: expected an object, {...}");
    }
    return object((MappingNode) node);
  }

  /**
   * Reads one JSON object given as the value of an option.
   *
   * @param text  the text of the object, not null
   * @param option  the option, for messages, not null
   * @return the members in their order, not null
   * @throws InputException if the text is not one JSON object, or has a key twice
   */
  static Map<String, Object> parseObject(String text, String option) {
    try {
      return parseObject(text);
    } catch (InputException e) {
      throw new InputException("Invalid value for " + option + ": " + e.getMessage());
    }
  }

  private static Object value(Node node) {
    if (node.getAnchor().isPresent()) {
      throw notJson(node, "anchors and aliases are YAML, not JSON");
    }
    if (node instanceof ScalarNode) {
      return scalar((ScalarNode) node);
    }
    if (node instanceof SequenceNode && ((SequenceNode) node).getFlowStyle() == FlowStyle.FLOW) {
      List<Object> list = new ArrayList<>();
      for (Node n : ((SequenceNode) node).getValue()) {
        list.add(value(n));
      }
      return Collections.unmodifiableList(list);
    }
    if (node instanceof MappingNode && ((MappingNode) node).getFlowStyle() == FlowStyle.FLOW) {
      return object((MappingNode) node);
    }
    throw notJson(node, "YAML block style is not JSON");
  }

  private static Map<String, Object> object(MappingNode node) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (NodeTuple t : node.getValue()) {
      Node k = t.getKeyNode();
      if (!(k instanceof ScalarNode)
          || ((ScalarNode) k).getScalarStyle() != ScalarStyle.DOUBLE_QUOTED
          || !k.getTag().equals(Tag.STR)) {
        throw notJson(k, "object keys must be strings in double quotes");
      }
      String key = ((ScalarNode) k).getValue();
      if (map.put(key, value(t.getValueNode())) != null) {
        throw notJson(k, "the key \"" + key + "\" is given twice");
      }
    }
    return Collections.unmodifiableMap(map);
  }

  private static Object scalar(ScalarNode node) {
    Tag tag = node.getTag();
    String value = node.getValue();
    if (node.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED && tag.equals(Tag.STR)) {
      return value;
    }
    if (node.getScalarStyle() == ScalarStyle.PLAIN) {
      if (tag.equals(Tag.NULL) || tag.equals(Tag.BOOL)) {
        return new Literal(value);
      }
      if ((tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) && NUMBER.matcher(value).matches()) {
        return new Literal(value);
      }
    }
    throw notJson(node, "'" + value + "' is not a JSON value (strings need double quotes)");
  }

  private static InputException notJson(Node node, String problem) {
    String column = node.getStartMark().map(m -> " at column " + (m.getColumn() + 1)).orElse("");
    return new InputException("invalid JSON" + column + ": " + problem);
  }

  /**
   * Writes a JSON string. Quotes and backslashes are escaped, and every character outside
   * printable ASCII is written as a {@code \}{@code uXXXX} escape, so that the output is the
   * same in any console encoding.
   *
   * @param sb  the builder to append to, not null
   * @param s  the string, not null
   * @return the builder
   */
  static StringBuilder appendString(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        sb.append("\\u")
            .append(HEX[(c >> 12) & 0xf])
            .append(HEX[(c >> 8) & 0xf])
            .append(HEX[(c >> 4) & 0xf])
            .append(HEX[c & 0xf]);
      } else {
        sb.append(c);
      }
    }
    return sb.append('"');
  }

  /**
   * Writes a JSON string.
   *
   * @param s  the string, not null
   * @return the JSON text, not null
   */
  static String string(String s) {
    return appendString(new StringBuilder(s.length() + 2), s).toString();
  }
}
