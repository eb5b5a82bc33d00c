package org.sendtime.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sendtime.rules.Shape.Requirement;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;

/**
 * Checks nodes against their {@link Shape} and reads them into {@link Value}s, collecting every
 * problem in one pass: an error in one value does not stop the reading of its siblings.
 *
 * <p>Aliases let a small document stand for a large tree, so the reader counts the nodes it
 * visits and the depth it reaches, and stops with one problem past either bound.
 *
 * <p>This class is mutable and not thread-safe: one instance reads one policy.
 */
final class ShapeReader {
  /** Far more nodes than any real policy has, and few enough to read at once. */
  static final int MAX_NODES = 100_000;
  private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
  private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");

  private final List<PolicyProblem> problems;
  private final PathIndex index;
  private int visited;
  private int failures;

  ShapeReader(List<PolicyProblem> problems, PathIndex index) {
    this.problems = problems;
    this.index = index;
  }

  /** Stops the reading of a document that expands too far. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient PolicyProblem problem;

    TooLarge(PolicyProblem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }

    PolicyProblem problem() {
      return problem;
    }
  }

  /** A key of a mapping as written, with the document it was written in. */
  record Entry(String key, ScalarNode keyNode, Node value, YamlDocument document) {
  }

  /** Lists the keys of a mapping node, reporting keys that are not text and keys given twice. */
  List<Entry> entries(YamlDocument document, MappingNode node, String path) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : node.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode key) || !(key.getTag().equals(Tag.STR) || key.getTag().equals(Tag.INT)
          || key.getTag().equals(Tag.BOOL) || key.getTag().equals(Tag.FLOAT))) {
        fail(document.position(keyNode).error(path, "expected a key such as name, got " + Describe.node(keyNode)));
        continue;
      }
      Entry first = entries.get(key.getValue());
      if (first != null) {
        fail(document.position(key).error(join(path, key.getValue()), "duplicate key '" + key.getValue()
            + "'; it is first given at line " + first.document().position(first.keyNode()).line()));
        continue;
      }
      entries.put(key.getValue(), new Entry(key.getValue(), key, tuple.getValueNode(), document));
    }
    return new ArrayList<>(entries.values());
  }

  /** Reads a value of a shape. */
  @Nullable Value read(Shape shape, YamlDocument document, Node node, String path, int depth) {
    if (++visited > MAX_NODES) {
      throw new TooLarge(document.position(node).error(path, "the policy expands to more than " + MAX_NODES
          + " values through aliases"));
    }
    if (depth > YamlDocument.MAX_DEPTH) {
      throw new TooLarge(document.position(node).error(path, "the policy nests deeper than "
          + YamlDocument.MAX_DEPTH + " levels, as a recursive alias does"));
    }
    if (!isCore(node.getTag())) {
      // Reported with its position when the document was read; it is not data.
      failures++;
      return null;
    }
    index.put(path, document.position(node));
    if (shape instanceof Shape.Ref ref) {
      return read(PolicyFormat.resolve(ref), document, node, path, depth + 1);
    }
    if (shape instanceof Shape.Choice choice) {
      for (Shape alternative : choice.alternatives()) {
        if (fits(alternative, node)) {
          return read(alternative, document, node, path, depth);
        }
      }
      return mismatch(shape, document, node, path);
    }
    if (shape instanceof Shape.Scalar scalar) {
      return node instanceof ScalarNode s ? scalar(scalar, document, s, path) : mismatch(shape, document, node, path);
    }
    if (shape instanceof Shape.ListOf list) {
      return node instanceof SequenceNode s ? list(list, document, s, path, depth) : mismatch(shape, document, node, path);
    }
    if (shape instanceof Shape.MapOf mapOf) {
      return node instanceof MappingNode m ? mapOf(mapOf, document, m, path, depth) : mismatch(shape, document, node, path);
    }
    Shape.Mapping mapping = (Shape.Mapping) shape;
    if (!(node instanceof MappingNode m)) {
      return mismatch(shape, document, node, path);
    }
    return mapping(mapping, document, node, entries(document, m, path), path, depth, false);
  }

  private static boolean isCore(Tag tag) {
    return tag.equals(Tag.STR) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.BOOL)
        || tag.equals(Tag.NULL) || tag.equals(Tag.SEQ) || tag.equals(Tag.MAP);
  }

  private static boolean fits(Shape shape, Node node) {
    if (shape instanceof Shape.Scalar) {
      return node instanceof ScalarNode && !node.getTag().equals(Tag.NULL);
    }
    if (shape instanceof Shape.ListOf) {
      return node instanceof SequenceNode;
    }
    return node instanceof MappingNode;
  }

  /**
   * Reads the entries of a mapping, which may come from several documents.
   *
   * @param merged  whether the mapping is a whole policy with its extends merged, where keys
   *     required after merging must be present
   */
  Value.Mapping mapping(Shape.Mapping shape, YamlDocument document, Node node, List<Entry> entries, String path,
      int depth, boolean merged) {
    int failuresBefore = failures;
    Map<String, Entry> present = new LinkedHashMap<>();
    Set<String> suggested = new HashSet<>();
    for (Entry e : entries) {
      if (shape.fields().containsKey(e.key())) {
        present.put(e.key(), e);
      } else {
        unknown(shape, e, path).ifPresent(suggested::add);
      }
    }
    Position where = document.position(node);
    int structureFailures = failures;
    for (Shape.Field field : shape.fields().values()) {
      boolean required = field.requirement() == Requirement.REQUIRED
          || (merged && field.requirement() == Requirement.REQUIRED_AFTER_MERGE);
      // A misspelt required key is reported once, as the misspelling.
      if (required && !present.containsKey(field.name()) && !suggested.contains(field.name())) {
        fail(where.error(path, "missing required key '" + field.name() + "' in " + shape.noun()
            + "; expected " + field.shape().expected()));
      }
    }
    for (Shape.Group group : shape.groups()) {
      List<Entry> given = present.values().stream().filter(e -> group.keys().contains(e.key())).toList();
      if (given.size() > 1 || (group.exactlyOne() && given.isEmpty())) {
        String rule = group.exactlyOne() ? "exactly one of " : "at most one of ";
        String got = given.isEmpty() ? "none" : and(given.stream().map(Entry::key).toList());
        Position at = given.size() > 1 ? given.get(1).document().position(given.get(1).keyNode()) : where;
        fail(at.error(path, shape.noun() + " needs " + rule + String.join(", ", group.keys()) + "; got " + got));
      }
    }
    boolean structureHolds = failures == structureFailures;
    ImmutableMap.Builder<String, Value> values = ImmutableMap.builder();
    for (Entry e : present.values()) {
      Value v = read(shape.fields().get(e.key()).shape(), e.document(), e.value(), join(path, e.key()), depth + 1);
      if (v != null) {
        values.put(e.key(), v);
      }
    }
    ImmutableMap<String, Value> read = values.buildOrThrow();
    return new Value.Mapping(document, node, path, read, failures == failuresBefore,
        structureHolds && essentialsValid(shape, present.keySet(), read, merged));
  }

  /**
   * Whether the keys a mapping cannot do without have valid values: its required keys, and the
   * key given of each group that needs exactly one.
   */
  private static boolean essentialsValid(Shape.Mapping shape, Set<String> present, Map<String, Value> read,
      boolean merged) {
    for (Shape.Field field : shape.fields().values()) {
      boolean required = field.requirement() == Requirement.REQUIRED
          || (merged && field.requirement() == Requirement.REQUIRED_AFTER_MERGE);
      if (required && !read.containsKey(field.name())) {
        return false;
      }
    }
    for (Shape.Group group : shape.groups()) {
      for (String key : group.keys()) {
        if (present.contains(key) && !read.containsKey(key)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Checks one entry of a mapping on its own, for its problems only: an entry that another
   * replaces, such as a key of an extended file that the extending file gives too.
   */
  void check(Shape.Mapping shape, Entry e) {
    Shape.Field field = shape.fields().get(e.key());
    if (field == null) {
      unknown(shape, e, "");
    } else {
      read(field.shape(), e.document(), e.value(), e.key(), 1);
    }
  }

  /** Reports an unknown key; returns the key it is likely a misspelling of. */
  private Optional<String> unknown(Shape.Mapping shape, Entry e, String path) {
    Optional<String> near = Suggestions.nearest(e.key(), shape.fields().keySet());
    fail(e.document().position(e.keyNode()).error(join(path, e.key()), "unknown key '" + e.key() + "'; "
        + near.map(k -> "did you mean '" + k + "'?")
            .orElseGet(() -> "expected one of " + String.join(", ", shape.fields().keySet()))));
    return near;
  }

  private Value mapOf(Shape.MapOf shape, YamlDocument document, MappingNode node, String path, int depth) {
    int failuresBefore = failures;
    ImmutableMap.Builder<String, Value> values = ImmutableMap.builder();
    for (Entry e : entries(document, node, path)) {
      if (!shape.keyPattern().matcher(e.key()).matches()) {
        fail(document.position(e.keyNode()).error(join(path, e.key()), "expected a key that is "
            + shape.keyExpected() + ", got " + Describe.text(e.key())));
        continue;
      }
      Value v = read(shape.value(), document, e.value(), join(path, e.key()), depth + 1);
      if (v != null) {
        values.put(e.key(), v);
      }
    }
    return new Value.Mapping(document, node, path, values.buildOrThrow(), failures == failuresBefore, true);
  }

  private @Nullable Value list(Shape.ListOf shape, YamlDocument document, SequenceNode node, String path, int depth) {
    int failuresBefore = failures;
    List<Node> nodes = node.getValue();
    if (nodes.size() < shape.minItems() || nodes.size() > shape.maxItems()) {
      String count = nodes.size() == 1 ? "1 item" : nodes.size() + " items";
      String wanted = shape.minItems() == shape.maxItems() ? "exactly " + shape.minItems()
          : nodes.size() < shape.minItems() ? "at least " + shape.minItems() : "at most " + shape.maxItems();
      fail(document.position(node).error(path, "expected " + shape.expected() + ", got " + count + " (" + wanted
          + " needed)"));
    }
    ImmutableList.Builder<Value> items = ImmutableList.builder();
    for (int i = 0; i < nodes.size(); i++) {
      Value v = read(shape.element(), document, nodes.get(i), path + "[" + i + "]", depth + 1);
      if (v != null) {
        items.add(v);
      }
    }
    return new Value.ListOf(document, node, path, items.build(), failures == failuresBefore);
  }

  private @Nullable Value scalar(Shape.Scalar shape, YamlDocument document, ScalarNode node, String path) {
    Tag tag = node.getTag();
    String text = node.getValue();
    ScalarKind kind = shape.kind();
    try {
      checkTag(node);
      Object value = switch (kind) {
        case INT -> integer(shape, node);
        case NUMBER -> number(shape, node);
        case BOOL -> bool(shape, node);
        default -> {
          if (!tag.equals(Tag.STR)) {
            boolean couldBeText = kind == ScalarKind.STRING && !tag.equals(Tag.NULL);
            throw new IllegalArgumentException("expected " + shape.expected() + ", got " + Describe.node(node)
                + (couldBeText ? "; quote it to make it text" : ""));
          }
          yield kind == ScalarKind.ENUM ? enumeration(shape, text) : inRange(shape, kind.read(text), text);
        }
      };
      return new Value.Scalar(document, node, path, value);
    } catch (IllegalArgumentException e) {
      return fail(document.position(node).error(path, String.valueOf(e.getMessage())));
    }
  }

  /** Checks a duration against the range of its shape. */
  private static Object inRange(Shape.Scalar shape, Object value, String text) {
    Durations.Range range = shape.durations();
    if (range != null && !range.contains((Duration) value)) {
      throw new IllegalArgumentException("expected " + shape.expected() + ", got " + text);
    }
    return value;
  }

  /**
   * Checks that a scalar tagged {@code !!bool}, {@code !!int}, {@code !!float} or {@code !!null}
   * is written as the core schema writes such values: a tag written in the policy, as in
   * {@code !!bool maybe}, does not make a value of any text.
   */
  private static void checkTag(ScalarNode node) {
    Tag tag = node.getTag();
    Pattern form = tag.equals(Tag.BOOL) ? CoreScalarResolver.BOOL
        : tag.equals(Tag.INT) ? CoreScalarResolver.INT
        : tag.equals(Tag.FLOAT) ? CoreScalarResolver.FLOAT
        : tag.equals(Tag.NULL) ? CoreScalarResolver.NULL
        : null;
    // An empty plain scalar is null; the pattern of the core schema leaves it out.
    boolean emptyNull = tag.equals(Tag.NULL) && node.getValue().isEmpty();
    if (form != null && !emptyNull && !form.matcher(node.getValue()).matches()) {
      String kind = tag.equals(Tag.BOOL) ? "a boolean" : tag.equals(Tag.NULL) ? "an empty value"
          : tag.equals(Tag.INT) ? "an integer" : "a number";
      throw new IllegalArgumentException(Describe.text(node.getValue()) + " is tagged !!"
          + tag.getValue().substring(tag.getValue().lastIndexOf(':') + 1) + " but is not " + kind
          + " of YAML; write the value without the tag");
    }
  }

  private static Integer integer(Shape.Scalar shape, ScalarNode node) {
    String text = node.getValue();
    if (!node.getTag().equals(Tag.INT)) {
      throw new IllegalArgumentException("expected " + shape.expected() + ", got " + Describe.node(node));
    }
    BigInteger value = bigInteger(text);
    if (value == null) {
      throw new IllegalArgumentException("expected " + shape.expected() + ", got " + Describe.node(node));
    }
    long min = shape.min() == null ? Integer.MIN_VALUE : shape.min();
    long max = shape.max() == null ? Integer.MAX_VALUE : shape.max();
    if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new IllegalArgumentException("expected " + shape.expected() + ", got " + text);
    }
    return value.intValue();
  }

  private static Double number(Shape.Scalar shape, ScalarNode node) {
    String text = node.getValue();
    if (node.getTag().equals(Tag.INT)) {
      BigInteger value = bigInteger(text);
      if (value != null) {
        return numberInRange(shape, value.doubleValue(), text);
      }
    } else if (node.getTag().equals(Tag.FLOAT)) {
      try {
        double d = Double.parseDouble(text);
        if (Double.isFinite(d)) {
          return numberInRange(shape, d, text);
        }
      } catch (NumberFormatException e) {
        // .inf and .nan are floats of YAML but not numbers of a policy; the message below says so.
      }
      throw new IllegalArgumentException("expected " + shape.expected() + ", got " + text
          + "; a number of a policy is finite");
    }
    throw new IllegalArgumentException("expected " + shape.expected() + ", got " + Describe.node(node));
  }

  private static Double numberInRange(Shape.Scalar shape, double d, String text) {
    if (d < shape.numberMin() || d > shape.numberMax()) {
      throw new IllegalArgumentException("expected " + shape.expected() + ", got " + text);
    }
    return d;
  }

  /** Reads an integer of the YAML core schema: decimal, 0o octal or 0x hexadecimal. */
  private static @Nullable BigInteger bigInteger(String text) {
    if (DECIMAL.matcher(text).matches()) {
      return new BigInteger(text.startsWith("+") ? text.substring(1) : text);
    }
    if (OCTAL.matcher(text).matches()) {
      return new BigInteger(text.substring(2), 8);
    }
    if (HEX.matcher(text).matches()) {
      return new BigInteger(text.substring(2), 16);
    }
    return null;
  }

  private static Boolean bool(Shape.Scalar shape, ScalarNode node) {
    if (!node.getTag().equals(Tag.BOOL)) {
      throw new IllegalArgumentException("expected " + shape.expected() + ", got " + Describe.node(node));
    }
    boolean value = node.getValue().equalsIgnoreCase("true");
    if (!shape.allowed().isEmpty() && !shape.allowed().contains(String.valueOf(value))) {
      throw new IllegalArgumentException("expected " + shape.expected() + ", got " + value
          + "; leave the key out instead");
    }
    return value;
  }

  private static Object enumeration(Shape.Scalar shape, String text) {
    Class<? extends Enum<?>> type = shape.enumType();
    if (type != null && shape.allowed().contains(text)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        if (Names.of(constant).equals(text)) {
          return constant;
        }
      }
    }
    String hint = Suggestions.nearest(text, shape.allowed()).map(s -> "; did you mean '" + s + "'?").orElse("");
    throw new IllegalArgumentException("expected " + shape.expected() + ", got " + Describe.text(text) + hint);
  }

  private @Nullable Value mismatch(Shape shape, YamlDocument document, Node node, String path) {
    return fail(document.position(node).error(path, "expected " + shape.expected() + ", got " + Describe.node(node)));
  }

  private @Nullable Value fail(PolicyProblem problem) {
    problems.add(problem);
    failures++;
    return null;
  }

  /** Lists names as prose: "a", "a and b", "a, b and c". */
  static String and(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
