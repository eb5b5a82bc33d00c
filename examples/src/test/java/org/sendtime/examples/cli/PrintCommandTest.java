package org.sendtime.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtime.examples.cli.CliRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendtime.examples.ExamplePolicies;
import org.sendtime.rules.PolicyLoader;

/** Tests {@code sendtime print}, run in process. */
class PrintCommandTest {

  @Test
  void print_yaml_isCanonical_andReadsBackEqual(@TempDir Path dir) throws IOException {
    // Keys out of order, a default spelled out and a comment: the canonical form drops all three.
    Path file = Files.writeString(dir.resolve("renewals.yaml"), String.join("\n",
        "# renewal reminders",
        "name: renewals",
        "version: 1",
        "quiet_hours: \"21:00-08:00\"",
        "zone_strategy: single",
        "zone: America/Chicago",
        ""), UTF_8);

    CliRun r = run("print", file.toString());

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines()).containsExactly(
        "version: 1",
        "name: renewals",
        "zone: America/Chicago",
        "quiet_hours: \"21:00-08:00\"");
    assertThat(PolicyLoader.standard().load("printed", r.out())).isEqualTo(PolicyLoader.standard().load(file));
  }

  @Test
  void print_java_ofAnExample() {
    CliRun r = run("print", "--as", "java", "single-zone-office");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(ExamplePolicies.get("single-zone-office").toJava())
        .contains("Policy.named(\"single-zone-office\")", ".zone(\"Europe/Berlin\")", ".build()");
  }

  @Test
  void print_as_isCaseInsensitive_andDefaultsToYaml() {
    assertThat(run("print", "--as", "YAML", "birthday").out()).isEqualTo(run("print", "birthday").out())
        .isEqualTo(ExamplePolicies.get("birthday").toYaml());
  }

  @Test
  void print_badForm_exitTwo() {
    CliRun r = run("print", "--as", "json", "birthday");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(CliRun.lines("sendtime: Invalid value for --as: 'json' (valid values: yaml, java)"));
  }

  @Test
  void print_invalidPolicy_eachProblemOnItsLine_exitTwo(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("bad.yaml"),
        "version: 1\nname: x\nzone: UTC\nquiet_hours: 9pm\nweekend: [SUNDAY]\n", UTF_8);

    CliRun r = run("print", file.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith(file + ":"));
    assertThat(r.err()).contains(":4:14: error: quiet_hours:", ":5:11: error: weekend[0]:");
  }
}
