package org.sendtime.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A value of a policy document that has been checked against its {@link Shape}: a scalar read
 * into its Java type, a list or a mapping, with where it was written.
 *
 * <p>A list or mapping holds only the parts that were valid; {@link #complete()} says whether
 * any part was left out, so that nothing is built of a value with an error inside it.
 */
abstract class Value {
  private final YamlDocument document;
  private final Node node;
  private final String path;
  private final boolean complete;

  private Value(YamlDocument document, Node node, String path, boolean complete) {
    this.document = document;
    this.node = node;
    this.path = path;
    this.complete = complete;
  }

  YamlDocument document() {
    return document;
  }

  Node node() {
    return node;
  }

  /** The key path, such as {@code blackouts[2].until}. */
  String path() {
    return path;
  }

  Position position() {
    return document.position(node);
  }

  /** Whether every part of the value was valid. */
  boolean complete() {
    return complete;
  }

  PolicyProblem error(String message) {
    return position().error(path, message);
  }

  /** A scalar read into its Java type. */
  static final class Scalar extends Value {
    private final Object value;

    Scalar(YamlDocument document, ScalarNode node, String path, Object value) {
      super(document, node, path, true);
      this.value = value;
    }

    <T> T as(Class<T> type) {
      return type.cast(value);
    }

    /** The position of a character of the scalar's text. */
    Position position(int offset) {
      return document().position((ScalarNode) node(), offset);
    }
  }

  /** A list of the valid items. */
  static final class ListOf extends Value {
    private final ImmutableList<Value> items;

    ListOf(YamlDocument document, Node node, String path, ImmutableList<Value> items, boolean complete) {
      super(document, node, path, complete);
      this.items = items;
    }

    ImmutableList<Value> items() {
      return items;
    }

    <T> ImmutableList<T> scalars(Class<T> type) {
      return items.stream().map(v -> ((Scalar) v).as(type)).collect(ImmutableList.toImmutableList());
    }
  }

  /** A mapping of the valid values of its keys. */
  static final class Mapping extends Value {
    private final ImmutableMap<String, Value> values;
    private final boolean formed;

    Mapping(YamlDocument document, Node node, String path, ImmutableMap<String, Value> values, boolean complete,
        boolean formed) {
      super(document, node, path, complete);
      this.values = values;
      this.formed = formed;
    }

    /**
     * Whether the mapping can be built from its valid values, though an optional one may have
     * been left out: its required keys are given and valid, and so is the one key given of each
     * group of keys of which exactly one or at most one is needed. Each key is checked on its
     * own, so a mapping that is formed but not {@linkplain #complete() complete} is built to
     * report what the core finds wrong with it too.
     */
    boolean formed() {
      return formed;
    }

    /** The keys of the valid values, in the order written. */
    ImmutableSet<String> keys() {
      return values.keySet();
    }

    Optional<Value> value(String key) {
      return Optional.ofNullable(values.get(key));
    }

    Optional<Scalar> scalar(String key) {
      return value(key).map(Scalar.class::cast);
    }

    <T> Optional<T> get(String key, Class<T> type) {
      return scalar(key).map(s -> s.as(type));
    }

    Optional<Mapping> mapping(String key) {
      return value(key).map(Mapping.class::cast);
    }

    Optional<ListOf> list(String key) {
      return value(key).map(ListOf.class::cast);
    }
  }
}
