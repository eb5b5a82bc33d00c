package org.sendtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sendtime.recurrence.RecurrenceRule;
import org.sendtime.recurrence.RecurrenceSet;

/**
 * A rule that can never match ends its search quickly, as the engine documents ("an impossible
 * rule ... ends quickly instead of looping"), also when the rule is sub-daily.
 *
 * <p>{@link SendtimeArbitraries#recurrenceRules()} steers clear of these rules so that the
 * properties stay fast; this test holds them. The engine cannot be interrupted, so the rules run
 * in a child JVM that reports after a deadline and exits, instead of leaving runaway threads in
 * the test JVM.
 */
class TerminationTest {
  /** Each rule starts at 2020-01-01T09:00:00 in Europe/Paris. */
  private static final List<String> IMPOSSIBLE = List.of(
      // Only a leap second, which java.time never has.
      "FREQ=SECONDLY;BYSECOND=60",
      "FREQ=MINUTELY;BYSECOND=60",
      // An interval that never lands on the only allowed value: even seconds or minutes only.
      "FREQ=SECONDLY;INTERVAL=2;BYSECOND=1",
      "FREQ=MINUTELY;INTERVAL=2;BYMINUTE=1",
      // BYSETPOS beyond the single candidate of each period.
      "FREQ=SECONDLY;BYMINUTE=5;BYSETPOS=2");

  /** Generous: a conforming engine answers these in milliseconds. */
  private static final long DEADLINE_MILLIS = 10_000;

  @Test
  void next_impossibleSubDailyRule_endsQuickly() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        Probe.class.getName(), Long.toString(DEADLINE_MILLIS)));
    command.addAll(IMPOSSIBLE);
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (InputStream in = child.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } finally {
      if (!child.waitFor(DEADLINE_MILLIS * 3, TimeUnit.MILLISECONDS)) {
        child.destroyForcibly();
      }
    }
    List<String> unfinished = new ArrayList<>();
    for (String rule : IMPOSSIBLE) {
      if (!output.contains(rule + " -> Optional.empty")) {
        unfinished.add(rule);
      }
    }
    assertThat(unfinished)
        .as("rules whose next() from 2020-01-01T09:00 Europe/Paris did not answer empty within %s ms:%n%s",
            DEADLINE_MILLIS, output)
        .isEmpty();
  }

  /** Runs each rule's first {@code next()} in a daemon thread and reports what ended in time. */
  static final class Probe {
    private Probe() {}

    public static void main(String[] args) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Long.parseLong(args[0]));
      ZoneId zone = ZoneId.of("Europe/Paris");
      Map<String, Optional<?>> results = new ConcurrentHashMap<>();
      List<Thread> threads = new ArrayList<>();
      for (int i = 1; i < args.length; i++) {
        String rule = args[i];
        Thread t = new Thread(() -> {
          RecurrenceSet set = RecurrenceSet.builder(LocalDateTime.of(2020, 1, 1, 9, 0))
              .zone(zone)
              .rule(RecurrenceRule.parse(rule))
              .build();
          results.put(rule, set.next(Instant.parse("2020-01-01T00:00:00Z")));
        });
        t.setDaemon(true);
        t.start();
        threads.add(t);
      }
      for (Thread t : threads) {
        t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      }
      for (int i = 1; i < args.length; i++) {
        Optional<?> r = results.get(args[i]);
        System.out.println(args[i] + " -> " + (r == null ? "still searching after the deadline" : r));
      }
      System.out.flush();
      System.exit(0);
    }
  }
}
