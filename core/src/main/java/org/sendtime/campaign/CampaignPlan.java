package org.sendtime.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.sendtime.policy.Decision;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;
import org.sendtime.time.LocalWindow;
import org.sendtime.window.ContactWindows;
import org.sendtime.window.ExclusionWindow;
import org.sendtime.window.JurisdictionHours;
import org.threeten.extra.LocalDateRange;

/**
 * The yearly emails and campaigns of a contact base, with the exclusion windows, send policy
 * and follow-ups that decide when each may go out; {@link #schedule} plans one contact.
 *
 * <p>Planning is a pure function of the plan, the contact, the range of due dates and the
 * instant the plan is made: every (contact, anniversary email, year) due in the range, and
 * every campaign due in the range that targets the contact while active, ends as exactly one
 * {@link PlannedEmail}, scheduled or suppressed. An email is judged in this order:
 * <ol>
 *   <li>its due date: the anniversary in that year less the email's days before (February 29
 *       in a common year as the email's leap-day policy says), or the campaign's send date;
 *   <li>a contact without the date the email follows: suppressed by {@code missing date}, with
 *       reason {@code no birthday on file}; such an email is planned once per range, due on its
 *       first day;
 *   <li>for an email the windows check (a kind {@link SuppressionPolicy#blocks blocked}, of a
 *       campaign type that respects windows): under strict jurisdictions, a contact without a
 *       jurisdiction or in an unknown one is suppressed by {@code unknown jurisdiction}; a due
 *       date in a window whose rule is in force that day is suppressed by that rule (such as
 *       {@code CA birthday window});
 *   <li>the send policy decides the due date at the email's send time on the contact's wall
 *       clock, launched at the planning instant, with the jurisdiction's quiet hours where
 *       {@link JurisdictionHours} set them; a due date already past is handled as the policy's
 *       late sends say; the schedule's anchor, which deliver-by deadlines may be relative to, is
 *       the anniversary, the campaign's event date, the post-window email's own date, or a
 *       follow-up's parent's anchor;
 *   <li>if the policy moved the email to another local date, that date is checked against the
 *       windows again.
 * </ol>
 * An email suppressed by the window of an anchored rule gets a {@link EmailKind#POST_WINDOW}
 * email, dated the window's last day plus {@link PostWindowEmail#daysAfter()}: one per window
 * (windows ending the same day share one), planned even when that date is after the range, not
 * checked against windows unless post-window emails are blocked, and never for year-round
 * rules. Each scheduled anniversary, post-window or campaign email (of a type that enables
 * them) gets a {@link EmailKind#FOLLOW_UP} when follow-ups are enabled: its local send date
 * plus the delay, in the tier the contact's engagement with that email selects, judged as its
 * parent is and with its parent's priority.
 *
 * <pre>
 * CampaignPlan plan = CampaignPlan.builder(policy)
 *     .suppression(SuppressionPolicy.of(table))
 *     .email(AnniversaryEmail.birthday())
 *     .email(AnniversaryEmail.effectiveDate())
 *     .email(AnniversaryEmail.annualEnrolment())
 *     .followUps(FollowUps.defaults())
 *     .build();
 * ContactSchedule s = plan.schedule(contact,
 *     LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), asOf);
 * </pre>
 *
 * <p>The per-jurisdiction send policies are built once, with the plan. This class is immutable
 * and thread-safe.
 */
public final class CampaignPlan {

  /** By due date, then kind, then id; ids are formatted only for ties. */
  private static final Comparator<PlannedEmail> ORDER = (a, b) -> {
    int c = a.dueDate().compareTo(b.dueDate());
    if (c == 0 && a.kind() != b.kind()) {
      c = a.kind().compareTo(b.kind());
    }
    return c != 0 ? c : a.id().compareTo(b.id());
  };

  /**
   * The days after the range whose windows are resolved with the range's, enough for the send
   * policy to move an email due at the range's end past weekends and holidays.
   */
  private static final int MOVE_DAYS = 31;

  private final SendPolicy policy;
  private final SuppressionPolicy suppression;
  private final ImmutableList<AnniversaryEmail> emails;
  private final ImmutableMap<String, CampaignType> campaignTypes;
  private final ImmutableList<CampaignInstance> campaigns;
  private final FollowUps followUps;
  private final JurisdictionHours jurisdictionHours;
  private final SendPolicy defaultPolicy;
  private final ImmutableMap<String, SendPolicy> policies;

  private CampaignPlan(Builder b) {
    this.policy = b.policy;
    this.suppression = b.suppression;
    this.emails = ImmutableList.copyOf(b.emails.values());
    this.campaignTypes = ImmutableMap.copyOf(b.campaignTypes);
    this.campaigns = ImmutableList.copyOf(b.campaigns.values());
    this.followUps = b.followUps;
    this.jurisdictionHours = b.jurisdictionHours;
    this.defaultPolicy = jurisdictionHours.defaultQuietHours()
        .map(w -> policy.toBuilder().quietHours(w).build())
        .orElse(policy);
    ImmutableMap.Builder<String, SendPolicy> p = ImmutableMap.builder();
    for (Map.Entry<String, LocalWindow> e : jurisdictionHours.overrides().entrySet()) {
      p.put(e.getKey(), policy.toBuilder().quietHours(e.getValue()).build());
    }
    this.policies = p.build();
  }

  /**
   * Creates a builder of a plan whose sends a policy decides.
   *
   * @param policy  the send policy, not null
   * @return a new builder, not null
   */
  public static Builder builder(SendPolicy policy) {
    return new Builder(checkNotNull(policy, "policy"));
  }

  /**
   * Plans the emails of one contact due in a range of dates.
   *
   * @param contact  the contact, not null
   * @param range  the range of due dates, bounded, not null
   * @param asOf  the instant the plan is made, which nothing is scheduled before, not null
   * @return the contact's schedule, not null
   * @throws IllegalArgumentException if the range is unbounded
   */
  public ContactSchedule schedule(CampaignContact contact, LocalDateRange range, Instant asOf) {
    checkNotNull(contact, "contact");
    checkNotNull(range, "range");
    checkNotNull(asOf, "asOf");
    checkArgument(!range.isUnboundedStart() && !range.isUnboundedEnd(), "Range must be bounded: %s", range);
    Run run = new Run(contact, asOf);
    if (!range.isEmpty()) {
      run.plan(range);
    }
    run.out.sort(ORDER);
    String j = contact.jurisdictionOrNull();
    return new ContactSchedule(contact.id(), range, ImmutableList.copyOf(run.out), () -> j == null || range.isEmpty()
        ? ImmutableList.of()
        : suppression.windows().windowsOverlapping(
            j, contact.dates(), range, suppression.preWindowDays(), suppression.leapDayPolicy()));
  }

  /** The state of planning one contact. */
  private final class Run {
    final CampaignContact contact;
    final String id;
    final @Nullable String jurisdiction;
    final Instant asOf;
    final SendPolicy policy;
    final ZoneId zone;
    final ZoneRules zoneRules;
    final @Nullable String strictProblem;
    /** The contact's windows, resolved when planning starts; null without a jurisdiction. */
    @Nullable ContactWindows windows;
    // Sized for the usual handful of emails and their follow-ups, so that it rarely grows.
    final List<PlannedEmail> out = new ArrayList<>(16);
    /**
     * Post-window emails to plan, by due date: the earliest email the window suppressed, with
     * the window as the window it follows; made by the first window that suppresses an email.
     */
    @Nullable TreeMap<LocalDate, PlannedEmail.Draft> postWindows;

    Run(CampaignContact contact, Instant asOf) {
      this.contact = contact;
      this.id = contact.id();
      this.jurisdiction = contact.jurisdictionOrNull();
      this.asOf = asOf;
      SendPolicy p = jurisdiction == null || policies.isEmpty() ? null : policies.get(jurisdiction);
      this.policy = p == null ? defaultPolicy : p;
      this.zone = contact.contact().zone().or(policy::fallbackZone).orElse(policy.zone());
      this.zoneRules = zone.getRules();
      if (!suppression.isStrictJurisdictions()) {
        this.strictProblem = null;
      } else if (jurisdiction == null) {
        this.strictProblem = "no jurisdiction on file";
      } else if (!suppression.isKnown(jurisdiction)) {
        this.strictProblem = "unknown jurisdiction '" + jurisdiction + "'";
      } else {
        this.strictProblem = null;
      }
    }

    void plan(LocalDateRange range) {
      LocalDate first = range.getStart();
      LocalDate last = range.getEndInclusive();
      if (jurisdiction != null) {
        windows = suppression.windows().forContact(jurisdiction, contact.dates(),
            LocalDateRange.ofClosed(first, last.plusDays(MOVE_DAYS)), suppression.preWindowDays(),
            suppression.leapDayPolicy());
      }
      for (AnniversaryEmail e : emails) {
        String dateName = e.anchorDateNameOrNull();
        LocalDate original = null;
        if (dateName != null) {
          original = contact.dates().get(dateName);
          if (original == null) {
            PlannedEmail.Draft d = new PlannedEmail.Draft(
                PlannedEmail.Id.of(id, e.kind(), first, null), e.kind(), null, null, first, e.priority(), null, null,
                first);
            out.add(d.suppressed("missing date", "no " + dateName + " on file", null));
            continue;
          }
        }
        int lastYear = last.plusDays(e.daysBefore()).getYear();
        for (int y = first.getYear(); y <= lastYear; y++) {
          if (original != null && y <= original.getYear()) {
            continue;
          }
          LocalDate anniversary = e.anniversaryIn(original, y);
          LocalDate due = anniversary.minusDays(e.daysBefore());
          if (due.isBefore(first) || due.isAfter(last)) {
            continue;
          }
          PlannedEmail.Draft d = new PlannedEmail.Draft(
              PlannedEmail.Id.of(id, e.kind(), due, null), e.kind(), null, null, due, e.priority(), null, null,
              anniversary);
          judge(d, e.sendTime(), true, true, true);
        }
      }
      for (CampaignInstance c : campaigns) {
        LocalDate due = c.sendDate();
        if (!c.targets(id) || due.isBefore(first) || due.isAfter(last) || !c.isActiveOn(due)) {
          continue;
        }
        CampaignType t = c.type();
        PlannedEmail.Draft d = new PlannedEmail.Draft(
            PlannedEmail.Id.of(id, EmailKind.CAMPAIGN, due, c.name()), EmailKind.CAMPAIGN, c.name(), null, due,
            t.priority(), null, null, c.eventDate());
        judge(d, t.sendTime(), t.respectsWindows(), t.enablesFollowUps(), true);
      }
      if (postWindows == null) {
        return;
      }
      PostWindowEmail pw = suppression.postWindow();
      for (Map.Entry<LocalDate, PlannedEmail.Draft> e : postWindows.entrySet()) {
        LocalDate due = e.getKey();
        PlannedEmail.Draft cause = e.getValue();
        PlannedEmail.Draft d = new PlannedEmail.Draft(
            PlannedEmail.Id.of(id, EmailKind.POST_WINDOW, due, null), EmailKind.POST_WINDOW, null, null, due,
            pw.priority(),
            cause.id, cause.followed, due);
        judge(d, pw.sendTime(), true, true, false);
      }
    }

    /**
     * Judges an email and adds it, with its follow-up if it was scheduled and may have one.
     *
     * @param respectsWindows  whether windows apply to it at all
     * @param followUpAllowed  whether a scheduled email gets a follow-up
     * @param leadsToPostWindow  whether a window's suppression calls for a post-window email
     */
    void judge(PlannedEmail.Draft d, LocalTime time, boolean respectsWindows, boolean followUpAllowed,
        boolean leadsToPostWindow) {
      PlannedEmail p = outcome(d, time, respectsWindows, leadsToPostWindow);
      out.add(p);
      if (followUpAllowed) {
        followUp(d, p, time, respectsWindows);
      }
    }

    private void followUp(PlannedEmail.Draft parent, PlannedEmail p, LocalTime time, boolean respectsWindows) {
      if (!followUps.isEnabled() || !p.isScheduled()) {
        return;
      }
      LocalDate due = p.scheduledAt().orElseThrow().toLocalDate().plusDays(followUps.delayDays());
      String tier = followUps.tierFor(contact.signalsFor(parent.id.toString())).name();
      PlannedEmail.Draft d = new PlannedEmail.Draft(
          PlannedEmail.Id.followUpOf(parent.id), EmailKind.FOLLOW_UP, parent.campaign, tier, due, parent.priority,
          parent.id, null, parent.anchor);
      judge(d, time, respectsWindows, false, !parent.kind.equals(EmailKind.POST_WINDOW));
    }

    private PlannedEmail outcome(PlannedEmail.Draft d, LocalTime time, boolean respectsWindows,
        boolean leadsToPostWindow) {
      boolean checked = respectsWindows && suppression.blocks(d.kind);
      if (checked && strictProblem != null) {
        return d.suppressed("unknown jurisdiction", strictProblem, null);
      }
      if (checked) {
        ExclusionWindow w = blocking(d.dueDate);
        if (w != null) {
          return windowSuppressed(d, w, null, null, leadsToPostWindow);
        }
      }
      Decision decision =
          policy.decide(contact.contact(), Schedule.atLocal(d.dueDate.atTime(time)).withAnchor(d.anchor), asOf);
      if (!(decision instanceof Decision.Scheduled)) {
        Decision.Suppressed s = (Decision.Suppressed) decision;
        return d.suppressed(s.rule(), s.reason(), decision);
      }
      Instant at = ((Decision.Scheduled) decision).at();
      long second = at.getEpochSecond();
      if (checked) {
        long localDay = Math.floorDiv(second + zoneRules.getOffset(at).getTotalSeconds(), 86_400L);
        if (localDay != d.dueDate.toEpochDay()) {
          LocalDate date = LocalDate.ofEpochDay(localDay);
          ExclusionWindow w = blocking(date);
          if (w != null) {
            return windowSuppressed(d, w, date, decision, leadsToPostWindow);
          }
        }
      }
      return d.scheduled(second, zone, decision);
    }

    /**
     * Suppresses an email by a window, on its due date or on the date the send policy moved it
     * to, and notes the post-window email it calls for.
     */
    private PlannedEmail windowSuppressed(PlannedEmail.Draft d, ExclusionWindow w, @Nullable LocalDate movedTo,
        @Nullable Decision decision, boolean leadsToPostWindow) {
      PostWindowEmail pw = suppression.postWindow();
      if (leadsToPostWindow && pw.isEnabled() && !w.rule().isYearRound()) {
        LocalDate due = w.end().plusDays(pw.daysAfter());
        if (postWindows == null) {
          postWindows = new TreeMap<>();
        }
        PlannedEmail.Draft first = postWindows.get(due);
        if (first == null || d.dueDate.isBefore(first.dueDate)
            || d.dueDate.equals(first.dueDate) && d.id.toString().compareTo(first.id.toString()) < 0) {
          postWindows.put(due, new PlannedEmail.Draft(d.id, d.kind, null, null, d.dueDate, d.priority, null, w, d.anchor));
        }
      }
      return d.suppressedBy(w, movedTo, decision);
    }

    private @Nullable ExclusionWindow blocking(LocalDate date) {
      ContactWindows w = windows;
      return w == null ? null : w.blockingOrNull(date);
    }
  }

  /**
   * Gets the send policy.
   *
   * @return the policy, not null
   */
  public SendPolicy policy() {
    return policy;
  }

  /**
   * Gets the suppression policy.
   *
   * @return the policy, not null
   */
  public SuppressionPolicy suppression() {
    return suppression;
  }

  /**
   * Gets the anniversary emails, in the order added.
   *
   * @return the emails, not null
   */
  public ImmutableList<AnniversaryEmail> emails() {
    return emails;
  }

  /**
   * Gets the campaign types by name, in the order added.
   *
   * @return the types, not null
   */
  public ImmutableMap<String, CampaignType> campaignTypes() {
    return campaignTypes;
  }

  /**
   * Gets the campaigns, in the order added.
   *
   * @return the campaigns, not null
   */
  public ImmutableList<CampaignInstance> campaigns() {
    return campaigns;
  }

  /**
   * Gets the follow-up setting.
   *
   * @return the setting, not null
   */
  public FollowUps followUps() {
    return followUps;
  }

  /**
   * Gets the quiet hours by jurisdiction.
   *
   * @return the setting, not null
   */
  public JurisdictionHours jurisdictionHours() {
    return jurisdictionHours;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof CampaignPlan)) {
      return false;
    }
    CampaignPlan p = (CampaignPlan) o;
    return policy.equals(p.policy) && suppression.equals(p.suppression) && emails.equals(p.emails)
        && campaignTypes.equals(p.campaignTypes) && campaigns.equals(p.campaigns) && followUps.equals(p.followUps)
        && jurisdictionHours.equals(p.jurisdictionHours);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy, suppression, emails, campaignTypes, campaigns, followUps, jurisdictionHours);
  }

  /**
   * Outputs the plan's settings.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "CampaignPlan[" + policy.name() + ", " + suppression + ", emails " + emails + ", campaigns "
        + campaigns.stream().map(CampaignInstance::name).collect(ImmutableList.toImmutableList()) + ", " + followUps
        + ", " + jurisdictionHours + "]";
  }

  /**
   * Builds a {@link CampaignPlan}. Every setting but the send policy has a default: no windows
   * ({@link SuppressionPolicy#none()}), no emails or campaigns, follow-ups {@link
   * FollowUps#disabled() disabled}, the policy's own quiet hours. Not thread-safe.
   */
  public static final class Builder {
    private final SendPolicy policy;
    private SuppressionPolicy suppression = SuppressionPolicy.none();
    private final Map<EmailKind, AnniversaryEmail> emails = new LinkedHashMap<>();
    private final Map<String, CampaignType> campaignTypes = new LinkedHashMap<>();
    private final Map<String, CampaignInstance> campaigns = new LinkedHashMap<>();
    private FollowUps followUps = FollowUps.disabled();
    private JurisdictionHours jurisdictionHours = JurisdictionHours.none();

    private Builder(SendPolicy policy) {
      this.policy = policy;
    }

    /**
     * Sets how exclusion windows apply.
     *
     * @param suppression  the suppression policy, not null
     * @return this builder, not null
     */
    public Builder suppression(SuppressionPolicy suppression) {
      this.suppression = checkNotNull(suppression, "suppression");
      return this;
    }

    /**
     * Adds an anniversary email.
     *
     * @param email  the email, of a kind not added before, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if an email of the same kind was added
     */
    public Builder email(AnniversaryEmail email) {
      checkNotNull(email, "email");
      checkArgument(!emails.containsKey(email.kind()), "Duplicate email kind '%s'", email.kind());
      emails.put(email.kind(), email);
      return this;
    }

    /**
     * Adds a campaign type, which campaigns of that type name must match.
     *
     * @param type  the type, of a name not added before, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if a type of the same name was added
     */
    public Builder campaignType(CampaignType type) {
      checkNotNull(type, "type");
      checkArgument(!campaignTypes.containsKey(type.name()), "Duplicate campaign type '%s'", type.name());
      campaignTypes.put(type.name(), type);
      return this;
    }

    /**
     * Adds a campaign; its type is added too unless a type of that name was.
     *
     * @param campaign  the campaign, of a name not added before, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if a campaign of the same name was added, or a different
     *     type of the same name
     */
    public Builder campaign(CampaignInstance campaign) {
      checkNotNull(campaign, "campaign");
      checkArgument(!campaigns.containsKey(campaign.name()), "Duplicate campaign name '%s'", campaign.name());
      CampaignType known = campaignTypes.get(campaign.type().name());
      checkArgument(known == null || known.equals(campaign.type()),
          "Campaign '%s' has type %s, but the plan's type of that name is %s", campaign.name(), campaign.type(), known);
      campaignTypes.putIfAbsent(campaign.type().name(), campaign.type());
      campaigns.put(campaign.name(), campaign);
      return this;
    }

    /**
     * Sets the follow-ups.
     *
     * @param followUps  the setting, not null
     * @return this builder, not null
     */
    public Builder followUps(FollowUps followUps) {
      this.followUps = checkNotNull(followUps, "followUps");
      return this;
    }

    /**
     * Sets quiet hours by jurisdiction, which replace the policy's for the contacts of those
     * jurisdictions.
     *
     * @param hours  the setting, not null
     * @return this builder, not null
     */
    public Builder jurisdictionHours(JurisdictionHours hours) {
      this.jurisdictionHours = checkNotNull(hours, "hours");
      return this;
    }

    /**
     * Builds the plan, and the send policy of each jurisdiction with its own quiet hours.
     *
     * @return the plan, not null
     */
    public CampaignPlan build() {
      return new CampaignPlan(this);
    }
  }
}
