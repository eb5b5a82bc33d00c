package org.sendtime.rules;

import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** How messages show the values a policy gave: quoted, escaped and shortened text, or the kind of node. */
final class Describe {
  private static final int MAX_SHOWN = 60;

  private Describe() {
  }

  /** Shows a text in double quotes, with control characters escaped and long text cut short. */
  static String text(String text) {
    StringBuilder sb = new StringBuilder("\"");
    int shown = 0;
    for (int i = 0; i < text.length() && shown < MAX_SHOWN; i++, shown++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
            sb.append(String.format("\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    if (shown < text.length()) {
      sb.append("...");
    }
    return sb.append('"').toString();
  }

  /** Describes a node as a message shows what was given: a quoted text, a number, or "a list". */
  static String node(Node node) {
    if (node instanceof ScalarNode scalar) {
      Tag tag = scalar.getTag();
      if (tag.equals(Tag.NULL)) {
        return "an empty value";
      }
      if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.BOOL)) {
        return scalar.getValue();
      }
      return text(scalar.getValue());
    }
    return switch (node.getNodeType()) {
      case SEQUENCE -> "a list";
      case MAPPING -> "a mapping";
      default -> "a value";
    };
  }
}
