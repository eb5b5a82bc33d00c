package org.sendtime.rules;

import java.util.Locale;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * How text is shown in double quotes, in messages and in printed YAML alike: with the escapes of
 * a YAML double-quoted scalar, so that what a message shows can be pasted into a policy. Also
 * how messages describe the nodes a policy gave: a quoted, shortened text, or the kind of node.
 */
final class Describe {
  private static final int MAX_SHOWN = 60;

  private Describe() {
  }

  /** Shows a text in double quotes, escaped, and cut short when long. */
  static String text(String text) {
    return '"' + escaped(text, MAX_SHOWN) + '"';
  }

  /** Shows a text without quotes, escaped, and cut short to a number of characters. */
  static String excerpt(String text, int maxChars) {
    return escaped(text, maxChars);
  }

  /**
   * Escapes a text for a YAML double-quoted scalar: quotes, backslashes, line breaks, tabs, and
   * every character that YAML does not allow as is or that readers take for a line break, such
   * as U+2028, U+FFFE and an unpaired surrogate, as {@code \\uXXXX}. A YAML reader reads the
   * result back as the original text.
   *
   * @param maxChars  the most characters of the text to show; more are replaced by "..."
   */
  static String escaped(String text, int maxChars) {
    StringBuilder sb = new StringBuilder(Math.min(text.length(), maxChars) + 8);
    int i = 0;
    while (i < text.length() && i < maxChars) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        sb.append(c).append(text.charAt(i + 1));
        i += 2;
        continue;
      }
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (isShownAsIs(c)) {
            sb.append(c);
          } else {
            sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          }
        }
      }
      i++;
    }
    if (i < text.length()) {
      sb.append("...");
    }
    return sb.toString();
  }

  /**
   * Whether a character of the Basic Multilingual Plane may stand as is: YAML's printable
   * characters, less the C1 controls and the characters readers take for line breaks or a
   * byte-order mark. Surrogates of a pair are handled by the caller.
   */
  private static boolean isShownAsIs(char c) {
    return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xd7ff && c != '\u2028' && c != '\u2029')
        || (c >= 0xe000 && c <= 0xfffd && c != '\ufeff');
  }

  /** Describes a node as a message shows what was given: a quoted text, a number, or "a list". */
  static String node(Node node) {
    if (node instanceof ScalarNode scalar) {
      Tag tag = scalar.getTag();
      if (tag.equals(Tag.NULL)) {
        return "an empty value";
      }
      if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.BOOL)) {
        return excerpt(scalar.getValue(), MAX_SHOWN);
      }
      return text(scalar.getValue());
    }
    return kind(node);
  }

  /** Describes the kind of a node without its content: "a text", "a number", "a list". */
  static String kind(Node node) {
    if (node instanceof ScalarNode scalar) {
      Tag tag = scalar.getTag();
      return tag.equals(Tag.NULL) ? "an empty value"
          : tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) ? "a number"
          : tag.equals(Tag.BOOL) ? "a boolean"
          : "a text";
    }
    return switch (node.getNodeType()) {
      case SEQUENCE -> "a list";
      case MAPPING -> "a mapping";
      default -> "a value";
    };
  }
}
