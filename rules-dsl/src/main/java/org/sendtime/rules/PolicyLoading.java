package org.sendtime.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.io.ByteStreams;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.policy.Constraint;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One run of the loader: reads a policy and the policies it extends, merges their top-level
 * keys, checks the result as one document and builds it, collecting every problem with the
 * source it came from.
 *
 * <p>This class is mutable and not thread-safe: each load has its own instance.
 */
final class PolicyLoading {
  /** The packs on the class path under {@link #PACKS}, each {@code <name>.yaml}. */
  static final ImmutableSortedSet<String> BUILT_IN_PACKS = ImmutableSortedSet.of("us-business-days",
      "us-medigap-windows");
  static final String PACKS = "org/sendtime/rules/packs/";
  private static final String VERSION = "version";
  private static final String EXTENDS = "extends";

  private final ImmutableMap<String, HolidayCalendar> calendars;
  private final ImmutableMap<String, Constraint> constraints;
  private final int maxCodePoints;
  private final int maxAliases;
  private final @Nullable Path baseDirectory;
  private final List<PolicyProblem> problems = new ArrayList<>();
  /** The directory that extended files must be in, absolute; null for a policy given as text. */
  private @Nullable Path base;
  /** The same directory with its links resolved, to which the real paths of extended files are compared. */
  private @Nullable Path realBase;
  /** Every exclusion_windows entry read, in the order they apply; they merge by jurisdiction. */
  private final List<ShapeReader.Entry> windowLayers = new ArrayList<>();

  /**
   * Creates a run of the loader.
   *
   * @param baseDirectory  the directory extended files must be in, or null for the directory of
   *     the file loaded
   */
  PolicyLoading(ImmutableMap<String, HolidayCalendar> calendars, ImmutableMap<String, Constraint> constraints,
      int maxCodePoints, int maxAliases, @Nullable Path baseDirectory) {
    this.calendars = calendars;
    this.constraints = constraints;
    this.maxCodePoints = maxCodePoints;
    this.maxAliases = maxAliases;
    this.baseDirectory = baseDirectory;
  }

  /** Where a policy text comes from: a file, a built-in pack, or a text given by name. */
  record Source(String name, String identity, @Nullable Path file) {
    static Source ofFile(Path file) {
      return new Source(file.toString(), file.toAbsolutePath().normalize().toString(), file);
    }

    static Source ofPack(String pack) {
      return new Source(pack, "pack " + pack, null);
    }

    static Source ofText(String name) {
      return new Source(name, "text " + name, null);
    }
  }

  /** Loads a policy file. */
  PolicyReport file(Path file) {
    Source source = Source.ofFile(file);
    String text = readFile(source, Position.start(source.name()), "");
    if (text == null) {
      return report(Optional.empty());
    }
    Path dir = baseDirectory != null ? baseDirectory : file.toAbsolutePath().normalize().getParent();
    try {
      realBase = dir == null ? null : dir.toRealPath();
      base = dir;
    } catch (IOException e) {
      problems.add(Position.start(source.name()).error("", "cannot read the base directory " + dir
          + " of extended files: " + reason(e)));
      return report(Optional.empty());
    }
    return text(source, text);
  }

  /** Loads a policy text. */
  PolicyReport text(Source source, String text) {
    Optional<YamlDocument> main = YamlDocument.read(source.name(), text, maxCodePoints, maxAliases, true, problems);
    if (main.isEmpty()) {
      return report(Optional.empty());
    }
    YamlDocument document = main.get();
    PathIndex paths = new PathIndex(document.position(document.root()));
    ShapeReader reader = new ShapeReader(problems, paths);
    try {
      Optional<Map<String, ShapeReader.Entry>> entries = entries(reader, source, document, new ArrayList<>());
      if (entries.isEmpty()) {
        return report(Optional.empty());
      }
      Value.Mapping top = reader.mapping(PolicyFormat.POLICY, document, document.root(),
          ImmutableList.copyOf(entries.get().values()), "", 0, true);
      Optional<Policy> policy = new PolicyReader(calendars, constraints, problems).read(top);
      policy = new WindowsReader(problems).read(top, windowLayers, paths, policy);
      if (policy.isPresent() && !hasErrors()) {
        problems.addAll(PolicyLoader.semanticProblems(policy.get(), paths));
      }
      return report(policy);
    } catch (ShapeReader.TooLarge e) {
      problems.add(e.problem());
      return report(Optional.empty());
    }
  }

  private boolean hasErrors() {
    return problems.stream().anyMatch(PolicyProblem::isError);
  }

  private PolicyReport report(Optional<Policy> policy) {
    return PolicyReport.of(problems, hasErrors() ? Optional.empty() : policy);
  }

  /**
   * Reads the top-level keys of a document with those of the policies it extends, its own
   * replacing theirs; {@code version} and {@code extends} are checked here, in each file.
   *
   * @param chain  the identities of the documents that extend this one, to find cycles
   * @return the keys, or empty if the document cannot be used at all
   */
  private Optional<Map<String, ShapeReader.Entry>> entries(ShapeReader r, Source source, YamlDocument document,
      List<Source> chain) {
    List<ShapeReader.Entry> own = r.entries(document, (MappingNode) document.root(), "");
    Map<String, ShapeReader.Entry> byKey = own.stream()
        .collect(Collectors.toMap(ShapeReader.Entry::key, e -> e, (a, b) -> a, LinkedHashMap::new));
    if (!versionOk(document, byKey.get(VERSION))) {
      return Optional.empty();
    }
    Map<String, ShapeReader.Entry> merged = new LinkedHashMap<>();
    ShapeReader.Entry extendsEntry = byKey.get(EXTENDS);
    if (extendsEntry != null) {
      List<Source> path = new ArrayList<>(chain);
      path.add(source);
      Value value = r.read(PolicyFormat.POLICY.fields().get(EXTENDS).shape(), document, extendsEntry.value(),
          EXTENDS, 1);
      List<Value> refs = value instanceof Value.ListOf list ? list.items()
          : value == null ? List.of() : List.of(value);
      for (Value ref : refs) {
        parent(r, source, (Value.Scalar) ref, path)
            .ifPresent(entries -> entries.values().forEach(e -> replace(r, merged, e)));
      }
    }
    for (ShapeReader.Entry e : own) {
      if (!e.key().equals(VERSION) && !e.key().equals(EXTENDS)) {
        if (e.key().equals(WindowsFormat.EXCLUSION_WINDOWS)) {
          // Rules merge by jurisdiction, so every file's table is read and none is replaced.
          windowLayers.add(e);
          merged.remove(e.key());
          merged.put(e.key(), e);
        } else {
          replace(r, merged, e);
        }
      }
    }
    return Optional.of(merged);
  }

  /**
   * Puts an entry in place of the entry of its key, checking the replaced one on its own, so
   * that a mistake in a file is reported even where a policy that extends it replaces the key.
   */
  private static void replace(ShapeReader r, Map<String, ShapeReader.Entry> merged, ShapeReader.Entry e) {
    ShapeReader.Entry replaced = merged.remove(e.key());
    if (replaced != null) {
      r.check(PolicyFormat.POLICY, replaced);
    }
    merged.put(e.key(), e);
  }

  /**
   * Checks the version of one file.
   *
   * @return whether the file can be read: false only for another format version, whose keys
   *     this library does not know
   */
  private boolean versionOk(YamlDocument document, ShapeReader.@Nullable Entry entry) {
    if (entry == null) {
      problems.add(document.position(document.root()).error("",
          "missing required key 'version' in a policy; expected the format version, " + PolicyFormat.VERSION));
      return true;
    }
    if (entry.value() instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
      if (scalar.getValue().equals(String.valueOf(PolicyFormat.VERSION))) {
        return true;
      }
      problems.add(document.position(scalar).error(VERSION, "unsupported version " + scalar.getValue()
          + "; this library reads version " + PolicyFormat.VERSION));
      return false;
    }
    problems.add(document.position(entry.value()).error(VERSION, "expected the format version "
        + PolicyFormat.VERSION + ", got " + Describe.node(entry.value())));
    return true;
  }

  /** Reads the keys of an extended policy, a built-in pack or a file next to the extending one. */
  private Optional<Map<String, ShapeReader.Entry>> parent(ShapeReader r, Source child, Value.Scalar ref,
      List<Source> chain) {
    String name = ref.as(String.class);
    Source source;
    String text;
    if (isPackName(name)) {
      source = Source.ofPack(name);
      if (cycle(source, ref, chain)) {
        return Optional.empty();
      }
      text = readPack(name, ref);
    } else {
      Path file = child.file();
      Path dir = base;
      Path realDir = realBase;
      if (file == null || dir == null || realDir == null) {
        problems.add(ref.error("'" + name + "' names a file, which only a policy loaded from a file can extend; "
            + "built-in packs: " + String.join(", ", BUILT_IN_PACKS)));
        return Optional.empty();
      }
      Path parent = confined(file, name, dir, ref);
      if (parent == null) {
        return Optional.empty();
      }
      source = Source.ofFile(parent);
      if (cycle(source, ref, chain)) {
        return Optional.empty();
      }
      text = readExtended(source, realDir, ref);
    }
    if (text == null) {
      return Optional.empty();
    }
    // An extended file may be anything the base directory holds: its content is never quoted.
    Optional<YamlDocument> document = YamlDocument.read(source.name(), text, maxCodePoints, maxAliases, false,
        problems);
    return document.flatMap(d -> entries(r, source, d, chain));
  }

  /**
   * Resolves the file an extending file names, relative to the extending file, and checks that
   * it is in the base directory or below.
   *
   * @return the file, or null if the name is absolute or leads out of the base directory
   */
  private @Nullable Path confined(Path child, String name, Path dir, Value.Scalar ref) {
    Path relative;
    try {
      relative = Path.of(name);
    } catch (InvalidPathException e) {
      problems.add(ref.error("'" + name + "' is not a file name"));
      return null;
    }
    if (relative.isAbsolute() || relative.getRoot() != null || name.startsWith("/") || name.startsWith("\\")) {
      problems.add(ref.error("'" + name + "' is an absolute path; a policy extends files by a path relative to "
          + "it, in " + dir + " or below"));
      return null;
    }
    Path childDir = child.toAbsolutePath().normalize().getParent();
    Path resolved = (childDir == null ? relative : childDir.resolve(relative)).normalize();
    if (!inside(resolved, dir)) {
      problems.add(ref.error("'" + name + "' is outside " + dir + "; a policy extends only files in the directory "
          + "of the policy loaded, or below it"));
      return null;
    }
    return resolved;
  }

  /** Whether a path is in a directory or below; both absolute. */
  private static boolean inside(Path path, Path dir) {
    return path.startsWith(dir) && !path.equals(dir);
  }

  /** Reads an extended file: a regular file, really inside the base directory, not too large. */
  private @Nullable String readExtended(Source source, Path realDir, Value.Scalar ref) {
    Path file = Objects.requireNonNull(source.file(), "file");
    Path real;
    try {
      real = file.toRealPath();
    } catch (NoSuchFileException e) {
      problems.add(ref.error("cannot read " + source.name() + ": file not found"));
      return null;
    } catch (IOException e) {
      problems.add(ref.error("cannot read " + source.name() + ": " + reason(e)));
      return null;
    }
    // A link may lead out of the directory that the name stays in.
    if (!inside(real, realDir)) {
      problems.add(ref.error("cannot read " + source.name() + ": it links to a file outside " + realDir));
      return null;
    }
    if (!Files.isRegularFile(real)) {
      problems.add(ref.error("cannot read " + source.name() + ": not a regular file"));
      return null;
    }
    return readFile(source, ref.position(), ref.path());
  }

  private static boolean isPackName(String name) {
    return !name.contains("/") && !name.contains("\\") && !name.endsWith(".yaml") && !name.endsWith(".yml");
  }

  private boolean cycle(Source source, Value.Scalar ref, List<Source> chain) {
    for (int i = 0; i < chain.size(); i++) {
      if (chain.get(i).identity().equals(source.identity())) {
        String names = chain.subList(i, chain.size()).stream().map(Source::name).collect(Collectors.joining(" -> "));
        problems.add(ref.error("extends cycle: " + names + " -> " + source.name()));
        return true;
      }
    }
    return false;
  }

  private @Nullable String readPack(String name, Value.Scalar ref) {
    try (InputStream in = PolicyLoading.class.getClassLoader().getResourceAsStream(PACKS + name + ".yaml")) {
      if (in == null) {
        problems.add(ref.error("unknown pack '" + name + "'; " + Suggestions.hint(name, BUILT_IN_PACKS, "")));
        return null;
      }
      return YamlDocument.decode(name, ByteStreams.toByteArray(in), problems);
    } catch (IOException e) {
      problems.add(ref.error("cannot read pack '" + name + "': " + e.getMessage()));
      return null;
    }
  }

  /**
   * Reads a file, reporting a failure at the place that named it. It reads no more bytes than
   * the characters allowed can take, so that a device such as {@code /dev/zero} stops it too.
   */
  private @Nullable String readFile(Source source, Position at, String path) {
    Path file = Objects.requireNonNull(source.file(), "file");
    // A UTF-8 character takes at most four bytes; one byte more tells a file that is too large.
    long maxBytes = 4L * maxCodePoints;
    int limit = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(limit);
      if (bytes.length > maxBytes || (bytes.length == limit && in.read() >= 0)) {
        problems.add(at.error(path, "cannot read " + source.name() + ": the file is too large: more than "
            + maxBytes + " bytes, and a policy has at most " + maxCodePoints + " characters"));
        return null;
      }
      return YamlDocument.decode(source.name(), bytes, problems);
    } catch (NoSuchFileException e) {
      problems.add(at.error(path, "cannot read " + source.name() + ": file not found"));
    } catch (IOException e) {
      problems.add(at.error(path, "cannot read " + source.name() + ": " + reason(e)));
    }
    return null;
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
