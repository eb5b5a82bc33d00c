package org.sendtime.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtime.examples.cli.CliRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@code sendtime validate}, run in process. */
class ValidateCommandTest {
  private static final String VALID = String.join("\n",
      "version: 1",
      "name: renewals",
      "zone: America/Chicago",
      "quiet_hours: \"21:00-08:00\"",
      "");

  @Test
  void validate_validFiles_exitZeroAndNoOutput(@TempDir Path dir) throws IOException {
    Path a = write(dir, "a.yaml", VALID);
    Path b = write(dir, "b.yaml", VALID.replace("renewals", "reminders"));

    CliRun r = run("validate", a.toString(), b.toString());

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(CliRun.lines("sendtime: 2 files checked: 0 errors, 0 warnings; valid"));
  }

  @Test
  void validate_errors_reportedAsFileLineColumn_exitOne(@TempDir Path dir) throws IOException {
    Path good = write(dir, "good.yaml", VALID);
    Path bad = write(dir, "bad.yaml", String.join("\n",
        "version: 1",
        "name: renewals",
        "zone: America/Chicgo",
        "quiethours: \"21:00-08:00\"",
        "horizon: P2W",
        ""));

    CliRun r = run("validate", good.toString(), bad.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.outLines()).containsExactly(
        bad + ":3:7: error: zone: expected an IANA zone id such as America/Chicago, got \"America/Chicgo\";"
            + " did you mean 'America/Chicago'?",
        bad + ":4:1: error: quiethours: unknown key 'quiethours'; did you mean 'quiet_hours'?",
        bad + ":5:10: error: horizon: expected a duration such as 14d, 36h or 90m (units w, d, h, m, s,"
            + " largest first), got \"P2W\"");
    assertThat(r.err()).isEqualTo(CliRun.lines("sendtime: 2 files checked: 3 errors, 0 warnings; 1 file failed"));
  }

  @Test
  void validate_warnings_passUnlessStrict(@TempDir Path dir) throws IOException {
    // Contacts without a zone have no wall clock to be read in: a warning.
    Path file = write(dir, "local.yaml", VALID + "zone_strategy: recipient_local\n");

    CliRun lenient = run("validate", file.toString());
    CliRun strict = run("validate", "--strict", file.toString());

    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.outLines()).singleElement().asString()
        .startsWith(file + ":5:16: warning: zone_strategy: sends to contacts without a zone are suppressed");
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out()).isEqualTo(lenient.out());
    assertThat(strict.err()).endsWith("1 file failed" + System.lineSeparator());
  }

  @Test
  void validate_missingFile_usageErrorExitTwo(@TempDir Path dir) {
    CliRun r = run("validate", dir.resolve("absent.yaml").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("sendtime: Cannot read policy file").contains("absent.yaml", "no such file");
  }

  @Test
  void validate_noFile_usageErrorExitTwo() {
    CliRun r = run("validate");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("sendtime: Missing required parameter: 'FILE'");
  }

  @Test
  void validate_exampleFiles_allValid() throws IOException {
    try (var files = Files.list(Path.of("policies"))) {
      String[] args = files.map(Path::toString).filter(f -> f.endsWith(".yaml")).sorted()
          .toArray(String[]::new);
      String[] withCommand = new String[args.length + 1];
      withCommand[0] = "validate";
      System.arraycopy(args, 0, withCommand, 1, args.length);

      CliRun r = run(withCommand);

      assertThat(r.exitCode()).isZero();
      assertThat(r.outLines()).allSatisfy(l -> assertThat(l).contains(": warning: "));
    }
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, UTF_8);
  }
}
