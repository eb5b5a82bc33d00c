package org.sendtime.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sendtime.examples.ExamplePolicies;
import org.sendtime.policy.Decision;
import org.sendtime.campaign.ContactSchedule;
import org.sendtime.rules.Policy;
import org.sendtime.rules.PolicyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sendtime explain}: what a policy decides for a contact, and why. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = SendtimeCommand.Version.class,
    description = {
        "Explains what a policy decides for one contact: the instant the send may go out, or the"
            + " rule that suppresses it, and each rule that moved it on the way.",
        "The send is wanted at --at, an instant, or at --local, a wall-clock time that the"
            + " policy reads in the contact's zone or in its own; with neither, on the policy's"
            + " own schedule, launched at --launch. The policy is a YAML file or one of the"
            + " examples that --list-policies lists.",
        "By default the decision is printed on the wall clock of the zone it was judged in."
            + " With --json it is one JSON object, instants in UTC, with the members decision"
            + " (scheduled or suppressed), contact, candidate, at (when scheduled), zone, rule and"
            + " reason (when suppressed), and trace: the steps, each with rule, from, to (null for"
            + " the step that suppressed the send) and why."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:A decision, whether scheduled or suppressed.",
        "1:With --jsonl, some line had an error; each is reported on its output line.",
        "2:Usage or input error, reported on standard error.",
        "3:Internal error."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  sendtime explain --policy retail-us --at 2026-12-24T15:00:00Z \\",
        "      --contact '{\"id\":\"c1\",\"zone\":\"America/Chicago\",\"location\":\"store-12\"}'",
        "  sendtime explain --policy birthday --json --local 2026-12-26T10:00 \\",
        "      --launch 2026-12-20T00:00:00Z \\",
        "      --contact '{\"id\":\"c2\",\"zone\":\"Europe/Paris\",\"anchor\":\"2026-12-26\"}'",
        "  sendtime explain --policy retail-us --campaign promo --jsonl sends.jsonl",
        "  sendtime explain --policy medicare-supplement --year 2026 --launch 2026-01-01T00:00:00Z \\",
        "      --contact '{\"id\":\"m1\",\"zone\":\"America/Los_Angeles\",\"jurisdiction\":\"CA\",\\",
        "      \"dates\":{\"birthday\":\"1950-12-01\",\"effective_date\":\"2019-03-31\"}}'",
        "  sendtime explain --list-policies"})
final class ExplainCommand implements Callable<Integer> {
  /** The width that {@code --list-policies} wraps its lines at. */
  private static final int LIST_WIDTH = 100;

  private final InputStream stdin;
  private final Clock clock;
  private final PolicyLoader loader;

  @Spec
  @Nullable CommandSpec spec;

  @Option(
      names = "--policy",
      paramLabel = "FILE|NAME",
      description = {
          "The policy: a YAML policy file (renewals.yaml), or the name of an example that"
              + " --list-policies lists (retail-us)."})
  @Nullable String policy;

  @Option(
      names = "--contact",
      paramLabel = "JSON",
      description = {
          "The contact, a JSON object with an id (required), a zone (an IANA zone id; without"
              + " one, the policy's fallback zone applies), a location (as location-scoped"
              + " blackouts name it) and an anchor date (what the send is about, such as a"
              + " birthday, which a deliver-by deadline may count from). For example:",
          "  {\"id\":\"c1\",\"zone\":\"America/Chicago\"}"})
  @Nullable String contact;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = {
          "When the send is wanted, an instant in UTC or a date-time with an offset:",
          "  2026-12-24T15:00:00Z, 2026-12-24T09:00-06:00"})
  @Nullable String at;

  @Option(
      names = "--local",
      paramLabel = "DATE-TIME",
      description = {
          "When the send is wanted, a wall-clock time without an offset, read in the contact's"
              + " zone or the policy's, as the policy's zone strategy says:",
          "  2026-12-24T09:00"})
  @Nullable String local;

  @Option(
      names = "--launch",
      paramLabel = "INSTANT",
      description = {
          "When the campaign launches; nothing goes out before it, and a wanted time already past"
              + " then is a late send. Defaults to --at, or to the current time with --local."})
  @Nullable String launch;

  @Option(
      names = "--campaign",
      paramLabel = "ID",
      description = "The campaign the send belongs to, for blackouts scoped to campaigns (promo).")
  @Nullable String campaign;

  @Option(
      names = "--year",
      paramLabel = "YEAR",
      description = {
          "Plans the contact's emails due in a year instead, with a policy that has a campaign"
              + " plan (emails, campaigns, exclusion windows): every anniversary, campaign,"
              + " post-window and follow-up email, each scheduled or suppressed, and the windows"
              + " that applied. The contact may then give a jurisdiction, dates and engagement:",
          "  {\"id\":\"c1\",\"zone\":\"America/Los_Angeles\",\"jurisdiction\":\"CA\","
              + "\"dates\":{\"birthday\":\"1950-12-01\"}}",
          "Emails due before --launch (default: now) are late."})
  @Nullable String year;

  @Option(
      names = "--range",
      paramLabel = "FROM/UNTIL",
      description = "As --year, for the due dates from FROM up to UNTIL, exclusive: 2026-01-01/2026-07-01.")
  @Nullable String range;

  @Option(names = "--json", description = "Prints the decision as one JSON object.")
  boolean json;

  @Option(
      names = "--jsonl",
      paramLabel = "FILE",
      description = {
          "Explains a batch instead: each line of FILE (- for standard input) is a JSON object"
              + " with a contact (as --contact), at or local, and an optional launch (else --launch"
              + " applies). Each output line is the decision as --json prints it, with the line"
              + " number first, or the line number and an error. --policy and --campaign apply to"
              + " every line; blank lines are skipped. For example:",
          "  {\"contact\":{\"id\":\"c1\"},\"at\":\"2026-12-24T15:00:00Z\"}",
          "  {\"line\":1,\"decision\":\"scheduled\",...}",
          "  {\"line\":2,\"error\":\"...\"}"})
  @Nullable String jsonl;

  @Option(names = "--list-policies", description = "Lists the policies, with what each one does.")
  boolean listPolicies;

  /**
   * Creates the command.
   *
   * @param stdin  the standard input, read by {@code --jsonl -}
   * @param clock  the clock that gives the default of {@code --launch} for {@code --local}
   * @param loader  the loader of policy files
   */
  ExplainCommand(InputStream stdin, Clock clock, PolicyLoader loader) {
    this.stdin = stdin;
    this.clock = clock;
    this.loader = loader;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = Cli.spec(spec).commandLine().getOut();
    if (listPolicies) {
      if (policy != null || contact != null || at != null || local != null || launch != null
          || campaign != null || json || jsonl != null || year != null || range != null) {
        throw usage("--list-policies takes no other options");
      }
      listPolicies(out);
      return SendtimeCommand.EXIT_OK;
    }
    Policy p = policy();
    if (year != null || range != null) {
      return schedule(p, out);
    }
    if (launch != null) {
      // Checked here, so that a bad --launch fails the whole batch rather than each line.
      Values.instant(launch, "--launch");
    }
    if (jsonl != null) {
      if (contact != null || at != null || local != null) {
        throw usage("--jsonl takes no --contact, --at or --local; give them on each line");
      }
      ExplainBatch batch = new ExplainBatch(p, launch, clock);
      return JsonlInput.answer(jsonl, stdin, out, batch::answer)
          ? SendtimeCommand.EXIT_OK
          : SendtimeCommand.EXIT_SOME_FAILED;
    }
    if (contact == null) {
      throw usage("Missing --contact JSON, such as --contact '{\"id\":\"c1\",\"zone\":\"America/Chicago\"}'");
    }
    if (at != null && local != null) {
      throw usage("--at and --local are mutually exclusive: give the wanted instant or the wanted"
          + " wall-clock time, not both");
    }
    ExplainQuery query = ExplainQuery.read(
        Json.parseObject(contact, "--contact"), at, local, launch, ExplainQuery.Names.OPTIONS);
    Decision decision = query.explain(p, clock, ExplainQuery.Names.OPTIONS);
    if (json) {
      out.println(DecisionJson.json(decision));
    } else {
      decision.toString().lines().forEach(out::println);
    }
    out.flush();
    return SendtimeCommand.EXIT_OK;
  }

  private int schedule(Policy p, PrintWriter out) {
    if (year != null && range != null) {
      throw usage("--year and --range are mutually exclusive");
    }
    if (at != null || local != null || jsonl != null) {
      throw usage("--year and --range plan a contact's emails: they take no --at, --local or --jsonl");
    }
    if (contact == null) {
      throw usage("Missing --contact JSON, such as --contact '{\"id\":\"c1\",\"zone\":\"America/Chicago\","
          + "\"jurisdiction\":\"CA\",\"dates\":{\"birthday\":\"1950-12-01\"}}'");
    }
    ContactSchedule schedule = ScheduleQuery.schedule(p, Json.parseObject(contact, "--contact"),
        ScheduleQuery.range(year, range), launch == null ? clock.instant() : Values.instant(launch, "--launch"));
    if (json) {
      out.println(ScheduleJson.json(schedule));
    } else {
      schedule.toString().lines().forEach(out::println);
    }
    out.flush();
    return SendtimeCommand.EXIT_OK;
  }

  private Policy policy() {
    if (policy == null) {
      throw usage("Missing --policy FILE.yaml or NAME (valid names: " + String.join(", ", ExamplePolicies.names())
          + ")");
    }
    Policy p = Cli.policy(policy, "--policy", loader);
    return campaign == null ? p : p.withSendPolicy(p.sendPolicy().forCampaign(campaign));
  }

  private static void listPolicies(PrintWriter out) {
    int width = 0;
    for (String name : ExamplePolicies.names()) {
      width = Math.max(width, name.length());
    }
    String indent = " ".repeat(width + 2);
    for (String name : ExamplePolicies.names()) {
      StringBuilder line = new StringBuilder(name).append(" ".repeat(width + 2 - name.length()));
      boolean empty = true;
      // Descriptions are long: wrapped under their own column, to fit a terminal.
      for (String word : ExamplePolicies.description(name).split(" ")) {
        if (!empty && line.length() + 1 + word.length() > LIST_WIDTH) {
          out.println(line);
          line = new StringBuilder(indent);
          empty = true;
        }
        if (!empty) {
          line.append(' ');
        }
        line.append(word);
        empty = false;
      }
      out.println(line);
    }
    out.flush();
  }

  private ParameterException usage(String message) {
    return new ParameterException(Cli.spec(spec).commandLine(), message);
  }
}
