package org.sendtime.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The form of one value of the policy format: a scalar of some {@link ScalarKind}, a list, a
 * mapping of known keys, or a choice among forms told apart by node type. The format is
 * described once, as data ({@link PolicyFormat}); the loader validates against it and the JSON
 * Schema is generated from it.
 */
abstract class Shape {
  private final String expected;
  private final String description;

  private Shape(String expected, String description) {
    this.expected = expected;
    this.description = description;
  }

  /** What a value of this shape looks like, for "expected ..., got ..." messages. */
  final String expected() {
    return expected;
  }

  /** What a value of this shape means, for the schema. */
  final String description() {
    return description;
  }

  static Scalar scalar(ScalarKind kind, String description) {
    return new Scalar(kind, kind.expected(), description, null, ImmutableList.of(), null, null);
  }

  static Scalar duration(Durations.Range range, String description) {
    return new Scalar(ScalarKind.DURATION, range.expected(), description, null, ImmutableList.of(), null, null,
        Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, range);
  }

  /** A finite number in a range, both bounds inclusive; {@code max} may be infinite for none. */
  static Scalar number(double min, double max, String description) {
    String expected = max == Double.POSITIVE_INFINITY ? "a number of " + plain(min) + " or more"
        : "a number from " + plain(min) + " to " + plain(max);
    return new Scalar(ScalarKind.NUMBER, expected, description, null, ImmutableList.of(), null, null, min, max, null);
  }

  private static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  static Scalar enumeration(Class<? extends Enum<?>> type, String description) {
    ImmutableList<String> values = Arrays.stream(type.getEnumConstants()).map(Names::of)
        .collect(ImmutableList.toImmutableList());
    return new Scalar(ScalarKind.ENUM, "one of " + String.join(", ", values), description, type, values, null, null);
  }

  static Scalar enumeration(Class<? extends Enum<?>> type, List<String> allowed, String description) {
    return new Scalar(ScalarKind.ENUM, "one of " + String.join(", ", allowed), description, type,
        ImmutableList.copyOf(allowed), null, null);
  }

  static Scalar integer(int min, int max, String description) {
    String expected = max == Integer.MAX_VALUE ? "an integer of " + min + " or more"
        : "an integer from " + min + " to " + max;
    return new Scalar(ScalarKind.INT, expected, description, null, ImmutableList.of(), min, max);
  }

  static Scalar onlyTrue(String description) {
    return new Scalar(ScalarKind.BOOL, "true", description, null, ImmutableList.of("true"), null, null);
  }

  static ListOf listOf(Shape element, String expected, String description) {
    return new ListOf(element, expected, description, 0, Integer.MAX_VALUE);
  }

  static ListOf listOf(Shape element, int minItems, int maxItems, String expected, String description) {
    return new ListOf(element, expected, description, minItems, maxItems);
  }

  static Mapping.Builder mapping(String noun, String expected, String description) {
    return new Mapping.Builder(noun, expected, description);
  }

  static Choice choice(String expected, String description, Shape... alternatives) {
    return new Choice(expected, description, ImmutableList.copyOf(alternatives));
  }

  static Ref ref(String name, String expected, String description) {
    return new Ref(name, expected, description);
  }

  static MapOf mapOf(String keyPattern, String keyExpected, Shape value, String expected, String description) {
    return new MapOf(Pattern.compile(keyPattern), keyExpected, value, expected, description);
  }

  /** A scalar value. */
  static final class Scalar extends Shape {
    private final ScalarKind kind;
    private final @Nullable Class<? extends Enum<?>> enumType;
    private final ImmutableList<String> allowed;
    private final @Nullable Integer min;
    private final @Nullable Integer max;
    private final double numberMin;
    private final double numberMax;
    private final Durations.@Nullable Range durations;

    private Scalar(ScalarKind kind, String expected, String description, @Nullable Class<? extends Enum<?>> enumType,
        ImmutableList<String> allowed, @Nullable Integer min, @Nullable Integer max) {
      this(kind, expected, description, enumType, allowed, min, max, Double.NEGATIVE_INFINITY,
          Double.POSITIVE_INFINITY, null);
    }

    private Scalar(ScalarKind kind, String expected, String description, @Nullable Class<? extends Enum<?>> enumType,
        ImmutableList<String> allowed, @Nullable Integer min, @Nullable Integer max, double numberMin,
        double numberMax, Durations.@Nullable Range durations) {
      super(expected, description);
      this.kind = kind;
      this.enumType = enumType;
      this.allowed = allowed;
      this.min = min;
      this.max = max;
      this.numberMin = numberMin;
      this.numberMax = numberMax;
      this.durations = durations;
    }

    /** The least number a {@link ScalarKind#NUMBER} may be; negative infinity if any. */
    double numberMin() {
      return numberMin;
    }

    /** The greatest number a {@link ScalarKind#NUMBER} may be; positive infinity if any. */
    double numberMax() {
      return numberMax;
    }

    /** The range of a {@link ScalarKind#DURATION}; null if any duration. */
    Durations.@Nullable Range durations() {
      return durations;
    }

    ScalarKind kind() {
      return kind;
    }

    @Nullable Class<? extends Enum<?>> enumType() {
      return enumType;
    }

    /** The allowed texts of an enumeration, or the one allowed boolean; empty if any value of the kind. */
    ImmutableList<String> allowed() {
      return allowed;
    }

    @Nullable Integer min() {
      return min;
    }

    @Nullable Integer max() {
      return max;
    }
  }

  /** A list of values of one shape. */
  static final class ListOf extends Shape {
    private final Shape element;
    private final int minItems;
    private final int maxItems;

    private ListOf(Shape element, String expected, String description, int minItems, int maxItems) {
      super(expected, description);
      this.element = element;
      this.minItems = minItems;
      this.maxItems = maxItems;
    }

    Shape element() {
      return element;
    }

    int minItems() {
      return minItems;
    }

    int maxItems() {
      return maxItems;
    }
  }

  /** Whether a key must be present. */
  enum Requirement {
    OPTIONAL,
    /** Present in the mapping itself. */
    REQUIRED,
    /** Present in every file of a policy, whatever it extends; checked as each file is read. */
    EVERY_FILE,
    /** Present in the policy once its {@code extends} are merged; a file may inherit it. */
    REQUIRED_AFTER_MERGE
  }

  /** A key of a mapping and the shape of its value. */
  record Field(String name, Shape shape, Requirement requirement, String description) {
  }

  /** A rule on a group of keys of one mapping. */
  record Group(boolean exactlyOne, ImmutableList<String> keys) {
  }

  /** A mapping of known keys. */
  static final class Mapping extends Shape {
    private final String noun;
    private final ImmutableMap<String, Field> fields;
    private final ImmutableList<Group> groups;

    private Mapping(Builder b) {
      super(b.expected, b.description);
      this.noun = b.noun;
      this.fields = b.fields.buildOrThrow();
      this.groups = b.groups.build();
      for (Group g : groups) {
        checkArgument(fields.keySet().containsAll(g.keys()), "group %s names unknown keys", g);
      }
    }

    /** What the mapping is, with its article, such as "a blackout". */
    String noun() {
      return noun;
    }

    /** The keys, in canonical order. */
    ImmutableMap<String, Field> fields() {
      return fields;
    }

    ImmutableList<Group> groups() {
      return groups;
    }

    static final class Builder {
      private final String noun;
      private final String expected;
      private final String description;
      private final ImmutableMap.Builder<String, Field> fields = ImmutableMap.builder();
      private final ImmutableList.Builder<Group> groups = ImmutableList.builder();

      private Builder(String noun, String expected, String description) {
        this.noun = noun;
        this.expected = expected;
        this.description = description;
      }

      Builder required(String name, Shape shape, String description) {
        fields.put(name, new Field(name, shape, Requirement.REQUIRED, description));
        return this;
      }

      Builder requiredInEveryFile(String name, Shape shape, String description) {
        fields.put(name, new Field(name, shape, Requirement.EVERY_FILE, description));
        return this;
      }

      Builder requiredAfterMerge(String name, Shape shape, String description) {
        fields.put(name, new Field(name, shape, Requirement.REQUIRED_AFTER_MERGE, description));
        return this;
      }

      Builder optional(String name, Shape shape, String description) {
        fields.put(name, new Field(name, shape, Requirement.OPTIONAL, description));
        return this;
      }

      Builder exactlyOneOf(String... keys) {
        groups.add(new Group(true, ImmutableList.copyOf(keys)));
        return this;
      }

      Builder atMostOneOf(String... keys) {
        groups.add(new Group(false, ImmutableList.copyOf(keys)));
        return this;
      }

      Mapping build() {
        return new Mapping(this);
      }
    }
  }

  /** One of several shapes, each of a different node type: scalar, list or mapping. */
  static final class Choice extends Shape {
    private final ImmutableList<Shape> alternatives;

    private Choice(String expected, String description, ImmutableList<Shape> alternatives) {
      super(expected, description);
      this.alternatives = alternatives;
    }

    ImmutableList<Shape> alternatives() {
      return alternatives;
    }
  }

  /** A shape defined by name in {@link PolicyFormat#definitions()}, which lets shapes nest in themselves. */
  static final class Ref extends Shape {
    private final String name;

    private Ref(String name, String expected, String description) {
      super(expected, description);
      this.name = name;
    }

    String name() {
      return name;
    }
  }

  /** A mapping whose keys are chosen by the author, each matching a pattern, to values of one shape. */
  static final class MapOf extends Shape {
    private final Pattern keyPattern;
    private final String keyExpected;
    private final Shape value;

    private MapOf(Pattern keyPattern, String keyExpected, Shape value, String expected, String description) {
      super(expected, description);
      this.keyPattern = keyPattern;
      this.keyExpected = keyExpected;
      this.value = value;
    }

    Pattern keyPattern() {
      return keyPattern;
    }

    /** What a key looks like, for "expected ..., got ..." messages. */
    String keyExpected() {
      return keyExpected;
    }

    Shape value() {
      return value;
    }
  }
}
