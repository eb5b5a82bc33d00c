package org.sendtime.rules;

import com.google.common.collect.ImmutableSet;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * One YAML source composed into a node tree, safely: no object is ever constructed from a tag,
 * explicit tags other than the core schema's are errors, aliases to collections are limited,
 * nesting is bounded, and every failure of the YAML reader becomes a problem with a position.
 *
 * <p>This class is immutable; the node tree is not changed after reading.
 */
final class YamlDocument {
  /** Deeper nesting than any policy needs; it bounds the recursion of the composer. */
  static final int MAX_DEPTH = 64;
  private static final String CORE_PREFIX = "tag:yaml.org,2002:";
  private static final ImmutableSet<Tag> CORE_TAGS =
      ImmutableSet.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);
  /** The most characters of a message of the YAML reader that a problem repeats. */
  private static final int MAX_MESSAGE = 120;
  static final String EMPTY = "empty policy: expected a mapping with version, name and zone";

  private final String source;
  private final String[] lines;
  private final Node root;

  private YamlDocument(String source, String text, Node root) {
    this.source = source;
    this.lines = text.split("\r\n|\r|\n", -1);
    this.root = root;
  }

  /** The root node, a mapping unless {@link #read} reported otherwise. */
  Node root() {
    return root;
  }

  /**
   * Decodes the bytes of a file as UTF-8, strictly.
   *
   * @return the text, or null if the bytes are not UTF-8, with the problem added
   */
  static @Nullable String decode(String source, byte[] bytes, List<PolicyProblem> problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    if (result.isError()) {
      problems.add(Position.of(source, out, out.length()).error("",
          String.format(Locale.ROOT, "not UTF-8 text: invalid byte 0x%02X at offset %d; a policy is UTF-8 text",
              bytes[in.position()] & 0xff, in.position())));
      return null;
    }
    return out.toString();
  }

  /**
   * Reads a YAML text into a node tree.
   *
   * @param quoteContent  whether a message may show a value of a document that is not a policy
   *     at all; false for files that are read only because a policy names them
   * @return the document, or empty if it could not be read, with the problems added
   */
  static Optional<YamlDocument> read(String source, String text, int maxCodePoints, int maxAliases,
      boolean quoteContent, List<PolicyProblem> problems) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    long codePoints = body.codePoints().count();
    if (codePoints > maxCodePoints) {
      problems.add(Position.start(source).error("", "the policy is too large: " + codePoints
          + " characters, more than the limit of " + maxCodePoints));
      return Optional.empty();
    }
    if (!printable(source, body, problems)) {
      return Optional.empty();
    }
    LoadSettings settings = LoadSettings.builder()
        .setLabel(source)
        .setAllowDuplicateKeys(false)
        .setAllowRecursiveKeys(false)
        .setCodePointLimit(Math.max(maxCodePoints, 1))
        .setMaxAliasesForCollections(maxAliases)
        .setUseMarks(true)
        .setSchema(PlainCoreSchema.INSTANCE)
        .build();
    try {
      if (!scan(source, body, settings, maxAliases, problems)) {
        return Optional.empty();
      }
      Optional<Node> root = new Compose(settings).composeString(body);
      if (root.isEmpty() || isNull(root.get())) {
        problems.add(Position.start(source).error("", EMPTY));
        return Optional.empty();
      }
      YamlDocument document = new YamlDocument(source, body, root.get());
      if (!(root.get() instanceof MappingNode)) {
        problems.add(document.position(root.get()).error("", quoteContent
            ? "expected a mapping with version, name and zone, got " + Describe.node(root.get())
            : "not a policy: expected a mapping with version, name and zone, got " + Describe.kind(root.get())));
        return Optional.empty();
      }
      return Optional.of(document);
    } catch (YamlEngineException e) {
      problems.add(problem(source, e));
      return Optional.empty();
    }
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
  }

  /** Rejects the characters YAML does not allow, pointing at the first one. */
  private static boolean printable(String source, String text, List<PolicyProblem> problems) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7e) || c == 0x85
          || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
      if (!ok) {
        String what = Character.isSurrogate((char) c) ? "an unpaired UTF-16 surrogate"
            : c == 0xfffe || c == 0xffff ? "a non-character" : "a control character";
        problems.add(Position.of(source, text, i).error("",
            String.format(Locale.ROOT, "the character U+%04X (%s) is not allowed in a policy", c, what)));
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Runs through the events before composing, to stop what the composer should not see: too deep
   * nesting, alias bombs, undefined aliases and several documents; and to report every explicit
   * tag outside the core schema, since an event still tells an explicit tag from a resolved one.
   * A tag is not fatal: the tagged node is composed as plain data and left out of the policy.
   *
   * @return whether the text may be composed
   */
  private static boolean scan(String source, String text, LoadSettings settings, int maxAliases,
      List<PolicyProblem> problems) {
    Map<Anchor, Boolean> anchorIsCollection = new HashMap<>();
    int depth = 0;
    int collectionAliases = 0;
    int documents = 0;
    for (Event event : new Parse(settings).parseString(text)) {
      Position at = event.getStartMark().map(m -> Position.of(source, m)).orElse(Position.start(source));
      switch (event.getEventId()) {
        case DocumentStart -> {
          if (++documents > 1) {
            problems.add(at.error("", "a policy file holds one document; found a second one"));
            return false;
          }
        }
        case SequenceEnd, MappingEnd -> depth--;
        case Alias -> {
          Anchor anchor = ((AliasEvent) event).getAlias();
          Boolean collection = anchorIsCollection.get(anchor);
          if (collection == null) {
            problems.add(at.error("", "undefined alias *" + anchor.getValue()));
            return false;
          }
          if (collection && ++collectionAliases > maxAliases) {
            problems.add(at.error("", "too many aliases: more than " + maxAliases
                + " aliases of lists or mappings, as in an alias bomb"));
            return false;
          }
        }
        default -> {
        }
      }
      if (event instanceof NodeEvent nodeEvent && !(event instanceof AliasEvent)) {
        boolean collection = event instanceof CollectionStartEvent;
        nodeEvent.getAnchor().ifPresent(a -> anchorIsCollection.put(a, collection));
        Optional<String> tag = event instanceof ScalarEvent s ? s.getTag()
            : event instanceof CollectionStartEvent c ? c.getTag() : Optional.empty();
        if (tag.isPresent() && !CORE_TAGS.contains(new Tag(tag.get()))) {
          problems.add(at.error("", "tags are not allowed: " + shortTag(tag.get())
              + "; a policy holds plain values only"));
        }
        if (collection && ++depth > MAX_DEPTH) {
          problems.add(at.error("", "the policy nests lists and mappings deeper than " + MAX_DEPTH + " levels"));
          return false;
        }
      }
    }
    return true;
  }

  private static String shortTag(String tag) {
    return tag.startsWith(CORE_PREFIX) ? "!!" + tag.substring(CORE_PREFIX.length()) : tag;
  }

  /** Turns a failure of the YAML reader into a problem with its position and a cleaned message. */
  private static PolicyProblem problem(String source, YamlEngineException e) {
    if (e instanceof MarkedYamlEngineException marked) {
      Optional<Mark> mark = marked.getProblemMark().or(marked::getContextMark);
      Position at = mark.map(m -> Position.of(source, m)).orElse(Position.start(source));
      String problem = clean(marked.getProblem());
      String context = clean(marked.getContext());
      String message = context.isEmpty() ? problem : problem.isEmpty() ? context : problem + " (" + context + ")";
      return at.error("", "invalid YAML: " + (message.isEmpty() ? "cannot be read" : message));
    }
    return Position.start(source).error("", "invalid YAML: " + clean(e.getMessage()));
  }

  private static String clean(@Nullable String text) {
    if (text == null) {
      return "";
    }
    // The reader's own position and snippet are replaced by ours; what is left may quote a
    // token of the text, which is shown escaped and cut short.
    String firstLine = text.strip().split("\\R", 2)[0];
    return Describe.excerpt(firstLine.replaceAll("\\s+", " ").strip(), MAX_MESSAGE);
  }

  /** The position of a node. */
  Position position(Node node) {
    return node.getStartMark().map(m -> Position.of(source, m)).orElse(Position.start(source));
  }

  /**
   * The position of a character of a scalar's value: exact for single-line plain and quoted
   * scalars and for literal blocks, the scalar's start otherwise.
   */
  Position position(ScalarNode node, int offset) {
    Optional<Mark> start = node.getStartMark();
    if (start.isEmpty()) {
      return Position.start(source);
    }
    int line = start.get().getLine();
    int column = start.get().getColumn();
    String value = node.getValue();
    int off = Math.max(0, Math.min(offset, value.length()));
    ScalarStyle style = node.getScalarStyle();
    boolean singleLine = node.getEndMark().map(e -> e.getLine() == line).orElse(false);
    if (style == ScalarStyle.PLAIN && singleLine) {
      return new Position(source, line + 1, column + 1 + off);
    }
    if ((style == ScalarStyle.DOUBLE_QUOTED || style == ScalarStyle.SINGLE_QUOTED) && singleLine && line < lines.length) {
      int raw = rawColumn(lines[line], column + 1, off, style == ScalarStyle.DOUBLE_QUOTED);
      return raw < 0 ? position(node) : new Position(source, line + 1, raw + 1);
    }
    if (style == ScalarStyle.LITERAL) {
      int lineStart = value.lastIndexOf('\n', off - 1) + 1;
      int valueLine = (int) value.substring(0, lineStart).chars().filter(c -> c == '\n').count();
      int sourceLine = line + 1 + valueLine;
      int valueLineEnd = value.indexOf('\n', lineStart);
      String valueText = value.substring(lineStart, valueLineEnd < 0 ? value.length() : valueLineEnd);
      if (sourceLine < lines.length && !valueText.isEmpty()) {
        int indent = indentOf(lines[sourceLine]) - indentOf(valueText);
        if (indent >= 0 && lines[sourceLine].startsWith(valueText, indent)) {
          return new Position(source, sourceLine + 1, indent + 1 + off - lineStart);
        }
      }
    }
    return position(node);
  }

  /** The column in a source line of a character of a quoted scalar, skipping escapes; -1 if lost. */
  private static int rawColumn(String sourceLine, int contentStart, int offset, boolean doubleQuoted) {
    int raw = contentStart;
    for (int i = 0; i < offset; i++) {
      if (raw >= sourceLine.length()) {
        return -1;
      }
      char c = sourceLine.charAt(raw);
      if (doubleQuoted && c == '\\' && raw + 1 < sourceLine.length()) {
        raw += switch (sourceLine.charAt(raw + 1)) {
          case 'x' -> 4;
          case 'u' -> 6;
          case 'U' -> 10;
          default -> 2;
        };
      } else if (!doubleQuoted && c == '\'') {
        raw += 2;
      } else {
        raw++;
      }
    }
    return raw;
  }

  private static int indentOf(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /**
   * The core schema of YAML 1.2 without the reader's {@code ${VARIABLE}} resolution, so that a
   * plain scalar is never given a tag other than the core schema's.
   */
  private static final class PlainCoreSchema extends CoreSchema {
    static final Schema INSTANCE = new PlainCoreSchema();
    private final ScalarResolver resolver = new CoreScalarResolver(false);

    @Override
    public ScalarResolver getScalarResolver() {
      return (value, implicit) -> {
        Tag tag = resolver.resolve(value, implicit);
        return CORE_TAGS.contains(tag) ? tag : Tag.STR;
      };
    }
  }
}
