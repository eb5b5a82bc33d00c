package org.sendtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every policy of {@code src/test/resources/invalid} and compares the problems found, one
 * a line in {@code toString()} form with the file name as source, with its {@code .expected}
 * file.
 *
 * <p>After a deliberate change of messages, regenerate the expected files with
 * {@code ./mvnw -o -pl rules-dsl test -Dtest=InvalidPolicyCorpusTest -Dsendtime.updateCorpus=true}
 * and review the difference before committing it.
 */
class InvalidPolicyCorpusTest {
  private static final Path SOURCES = Path.of("src/test/resources/invalid");

  /** The corpus as committed, so that updating and comparing use the same files. */
  static Stream<Path> corpus() throws IOException {
    try (Stream<Path> files = Files.list(SOURCES)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void check_reportsExactlyTheExpectedProblems(Path file) throws IOException {
    PolicyReport report = PolicyLoader.standard().check(file);
    String found = report.problems().stream()
        .map(p -> p.toString().replace(p.source(), Path.of(p.source()).getFileName().toString()))
        .collect(Collectors.joining("\n", "", "\n"));
    String name = file.getFileName().toString().replaceAll("\\.yaml$", ".expected");
    Path expected = file.resolveSibling(name);
    if (Boolean.getBoolean("sendtime.updateCorpus")) {
      Files.writeString(expected, found, StandardCharsets.UTF_8);
    }
    assertThat(report.isValid()).as("%s is invalid", file.getFileName()).isFalse();
    assertThat(found).as("problems of %s", file.getFileName())
        .isEqualTo(Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : "");
  }

  @Test
  void corpus_everyPolicyHasItsExpectedProblems() throws IOException {
    List<String> lacking = corpus()
        .filter(f -> !Files.exists(f.resolveSibling(f.getFileName().toString().replaceAll("\\.yaml$", ".expected"))))
        .map(f -> f.getFileName().toString())
        .toList();
    assertThat(lacking).as("policies without an .expected file").isEmpty();
  }

  @Test
  void check_documentOverTheSizeLimit() {
    String text = "version: 1\nname: big\nzone: UTC\ndescription: " + "x".repeat(PolicyLoader.DEFAULT_MAX_CODE_POINTS);
    assertThat(PolicyLoader.standard().check("big.yaml", text).problems()).extracting(PolicyProblem::toString)
        .containsExactly("big.yaml:1:1: error: the policy is too large: " + text.length()
            + " characters, more than the limit of 1000000");
  }
}
