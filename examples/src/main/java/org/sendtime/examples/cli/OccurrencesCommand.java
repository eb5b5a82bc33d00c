package org.sendtime.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sendtime.examples.cli.OccurrenceQuery.Names;
import org.sendtime.policy.Contact;
import org.sendtime.policy.Decision;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;
import org.sendtime.recurrence.Recurrence;
import org.sendtime.recurrence.CronDialect;
import org.sendtime.rules.Policy;
import org.sendtime.rules.PolicyLoader;
import org.sendtime.rules.PolicySchedule;
import org.sendtime.time.DstPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sendtime occurrences}: lists the occurrences of a recurrence rule, or of a policy's
 * schedule with the policy's decision for each.
 */
@Command(
    name = "occurrences",
    mixinStandardHelpOptions = true,
    versionProvider = SendtimeCommand.Version.class,
    description = {
        "Lists the occurrences of a recurrence rule (RFC 5545), one per line: a date-time with its"
            + " offset for a zoned rule (1997-09-02T09:00-04:00), a local date-time for a floating"
            + " rule (no --zone, no TZID), a date for an all-day rule.",
        "Without --limit, a rule with COUNT or UNTIL gives all its occurrences and any other rule"
            + " gives " + OccurrenceQuery.DEFAULT_LIMIT + ".",
        "A time in a daylight-saving gap moves forward by the gap; a repeated time means the"
            + " earlier one."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:Success.",
        "1:With --jsonl, some line had an error; each is reported on its output line.",
        "2:Usage or input error, reported on standard error.",
        "3:Internal error."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  sendtime occurrences --zone America/New_York --start 1997-09-02T09:00 \\",
        "      'FREQ=DAILY;COUNT=10'",
        "  sendtime occurrences --after 2026-03-01T00:00:00Z --limit 5 \\",
        "      --zone Europe/London 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=1;BYMINUTE=30'",
        "  sendtime occurrences \\",
        "      'DTSTART;TZID=Europe/Paris:20260105T090000\\nRRULE:FREQ=WEEKLY;COUNT=4'",
        "  sendtime occurrences --cron '0 9 * * 1-5' --zone America/New_York \\",
        "      --after 2026-03-06T00:00:00Z --limit 3",
        "  sendtime occurrences --policy examples/policies/drip-weekly-digest.yaml \\",
        "      --after 2026-12-20T00:00:00Z --limit 4",
        "  echo '{\"id\":1,\"rrule\":\"FREQ=DAILY;COUNT=2\",\"dtstart\":\"2026-03-01\"}' \\",
        "      | sendtime occurrences --jsonl -"})
final class OccurrencesCommand implements Callable<Integer> {
  private final InputStream stdin;
  private final Clock clock;
  private final PolicyLoader loader;

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "RULE",
      description = {
          "A rule (FREQ=DAILY;COUNT=10), an RRULE: line, or iCalendar content lines (DTSTART,"
              + " RRULE, RDATE, EXDATE) separated by line breaks or by the two characters \\n."})
  @Nullable String rule;

  @Option(
      names = "--start",
      paramLabel = "DATE-TIME",
      description = {
          "The start when RULE has no DTSTART: a local date-time (1997-09-02T09:00), or a date"
              + " (1997-09-02) for an all-day rule. Defaults to --after, if given."})
  @Nullable String start;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description = {
          "The IANA time zone of the start (America/New_York). Without it and without a TZID,"
              + " the rule is floating."})
  @Nullable String zone;

  @Option(
      names = "--after",
      paramLabel = "TIME",
      description = {
          "Only occurrences strictly after this: an instant (2026-03-01T00:00:00Z), an offset"
              + " date-time (2026-03-01T09:00+01:00), or a local date-time or date in the rule's"
              + " zone."})
  @Nullable String after;

  @Option(names = "--limit", paramLabel = "N", description = "The most occurrences to list, at least 1.")
  @Nullable Integer limit;

  @Option(
      names = "--cron",
      paramLabel = "EXPR",
      description = {
          "A cron expression instead of RULE ('0 9 * * 1-5'); its fire times are listed strictly"
              + " after --after, or after the current time without it."})
  @Nullable String cron;

  @Option(
      names = "--dialect",
      paramLabel = "DIALECT",
      description = "The cron dialect: unix (5 fields, the default), quartz (6 or 7 fields) or spring (6 fields).")
  @Nullable String dialect;

  @Option(
      names = "--dst-policy",
      paramLabel = "POLICY",
      description = {
          "What a cron fire time in a daylight-saving gap does: shift-forward (by the gap, the"
              + " default), skip, or at-transition (as Vixie cron)."})
  @Nullable String dstPolicy;

  @Option(
      names = "--policy",
      paramLabel = "FILE|NAME",
      description = {
          "Lists the occurrences of a policy's recurring schedule instead of RULE, each followed"
              + " by what the policy decides for it: the instant the send goes out, or the rule"
              + " that suppresses it. The policy is a YAML file or the name of an example"
              + " (see 'sendtime explain --list-policies'). A floating schedule is read in --zone,"
              + " or else in the policy's zone; occurrences are listed after --after, or after the"
              + " current time without it."})
  @Nullable String policy;

  @Option(
      names = "--contact",
      paramLabel = "JSON",
      description = {
          "With --policy, the contact the policy decides for, as 'sendtime explain --contact'"
              + " takes it. Defaults to a contact in --zone, or in the policy's zone."})
  @Nullable String contact;

  @Option(
      names = "--jsonl",
      paramLabel = "FILE",
      description = {
          "Answers a batch instead: each line of FILE (- for standard input) is a JSON object"
              + " {\"id\":..., \"rrule\":..., \"dtstart\":..., \"zone\":..., \"exdate\":[...],"
              + " \"rdate\":[...], \"after\":..., \"limit\":N}, or {\"id\":..., \"cron\":..., \"dialect\":...,"
              + " \"zone\":..., \"after\":..., \"limit\":N}, rrule or cron required; each output"
              + " line is {\"id\":..., \"occurrences\":[...]} or {\"id\":..., \"error\":...}."
              + " Blank lines are skipped."})
  @Nullable String jsonl;

  /**
   * Creates the command.
   *
   * @param stdin  the standard input, read by {@code --jsonl -}
   * @param clock  the clock that gives the default of {@code --after} for {@code --cron} and
   *     {@code --policy}
   * @param loader  the loader of policy files
   */
  OccurrencesCommand(InputStream stdin, Clock clock, PolicyLoader loader) {
    this.stdin = stdin;
    this.clock = clock;
    this.loader = loader;
  }

  @Override
  public Integer call() throws IOException {
    if (jsonl != null) {
      if (rule != null || start != null || zone != null || after != null || limit != null
          || cron != null || dialect != null || dstPolicy != null || policy != null || contact != null) {
        throw usage("--jsonl takes no RULE and no --start, --zone, --after, --limit, --cron,"
            + " --dialect, --dst-policy, --policy or --contact; give them on each line");
      }
      return batch(jsonl);
    }
    if (limit != null && limit < 1) {
      throw new InputException("Invalid value for --limit: " + limit + " (expected at least 1)");
    }
    if (policy != null) {
      return policy(policy);
    }
    if (contact != null) {
      throw usage("--contact goes with --policy");
    }
    if (cron != null) {
      return cron(cron);
    }
    if (dialect != null || dstPolicy != null) {
      throw usage("--dialect and --dst-policy go with --cron");
    }
    if (rule == null) {
      throw usage("Missing RULE, such as 'FREQ=DAILY;COUNT=10' (or give --cron EXPR or --jsonl FILE)");
    }
    OccurrenceQuery query = new OccurrenceQuery(
        OccurrenceQuery.unescapeNewlines(rule),
        start == null ? null : Values.start(start, "--start"),
        zone == null ? null : Values.zone(zone, "--zone"),
        after == null ? null : Values.after(after, "--after"),
        limit,
        List.of(),
        List.of(),
        Names.OPTIONS);
    PrintWriter out = Cli.spec(spec).commandLine().getOut();
    query.occurrences().forEach(out::println);
    out.flush();
    return SendtimeCommand.EXIT_OK;
  }

  private int cron(String expression) {
    if (rule != null || start != null) {
      throw usage("--cron takes no RULE and no --start: a cron expression has no start");
    }
    ZoneId zoneId = zone == null ? null : Values.zone(zone, "--zone");
    Temporal from = after == null
        ? (zoneId == null ? LocalDateTime.now(clock) : clock.instant())
        : Values.after(after, "--after");
    CronQuery query = new CronQuery(
        expression,
        dialect == null ? CronDialect.UNIX : CronQuery.dialect(dialect, "--dialect"),
        zoneId,
        dstPolicy == null ? DstPolicy.SHIFT_FORWARD : CronQuery.policy(dstPolicy, "--dst-policy"),
        from,
        limit,
        Names.OPTIONS);
    PrintWriter out = Cli.spec(spec).commandLine().getOut();
    query.occurrences().forEach(out::println);
    out.flush();
    return SendtimeCommand.EXIT_OK;
  }

  private int policy(String name) {
    if (rule != null || cron != null || start != null || dialect != null || dstPolicy != null) {
      throw usage("--policy lists the policy's own schedule: it takes no RULE and no --cron, --start,"
          + " --dialect or --dst-policy");
    }
    Policy p = Cli.policy(name, "--policy", loader);
    Recurrence recurrence = p.schedule()
        .flatMap(PolicySchedule::schedule)
        .flatMap(Schedule::recurrence)
        .orElseThrow(() -> new InputException("Policy '" + p.name() + "' has no recurring schedule to list"
            + " (its schedule: " + p.schedule().map(Object::toString).orElse("none") + ")"));
    SendPolicy sendPolicy = p.sendPolicy();
    ZoneId zoneId = zone == null ? sendPolicy.zone() : Values.zone(zone, "--zone");
    Contact who = contact == null
        ? Contact.of("preview").withZone(zoneId)
        : ExplainQuery.contact(Json.parseObject(contact, "--contact"), ExplainQuery.Names.OPTIONS);
    Recurrence zoned = recurrence.zone().isPresent() ? recurrence : recurrence.withZone(zoneId);
    Instant from = after == null ? clock.instant() : afterInstant(after, zoned.zone().orElse(zoneId));
    PrintWriter out = Cli.spec(spec).commandLine().getOut();
    zoned.occurrencesAfter(from)
        .limit(limit == null ? OccurrenceQuery.DEFAULT_LIMIT : limit)
        .forEach(t -> out.println(t.toOffsetDateTime() + "  " + outcome(sendPolicy.decide(who, t.toInstant()))));
    out.flush();
    return SendtimeCommand.EXIT_OK;
  }

  private static Instant afterInstant(String text, ZoneId zoneId) {
    Temporal t = Values.after(text, "--after");
    // A local time in a gap or an overlap resolves as java.time does: forward by the gap, or the
    // earlier offset.
    return t instanceof Instant ? (Instant) t : ((LocalDateTime) t).atZone(zoneId).toInstant();
  }

  private static String outcome(Decision decision) {
    if (decision instanceof Decision.Scheduled) {
      return "sends " + ((Decision.Scheduled) decision).atZone().toOffsetDateTime();
    }
    Decision.Suppressed suppressed = (Decision.Suppressed) decision;
    return "suppressed by " + suppressed.rule() + ": " + suppressed.reason();
  }

  private int batch(String file) throws IOException {
    PrintWriter out = Cli.spec(spec).commandLine().getOut();
    return JsonlInput.answer(file, stdin, out, JsonlBatch::answer)
        ? SendtimeCommand.EXIT_OK
        : SendtimeCommand.EXIT_SOME_FAILED;
  }

  private ParameterException usage(String message) {
    return new ParameterException(Cli.spec(spec).commandLine(), message);
  }
}
