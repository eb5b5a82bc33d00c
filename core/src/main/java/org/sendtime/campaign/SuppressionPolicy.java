package org.sendtime.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sendtime.internal.Names;
import org.sendtime.recurrence.LeapDayPolicy;
import org.sendtime.window.ExclusionWindows;
import org.sendtime.window.Jurisdictions;

/**
 * How a plan applies exclusion windows: the table of windows, the pre-window days that extend
 * each window backwards, the kinds of email the windows block, the email sent after a window,
 * and what to do with contacts in jurisdictions the table does not know.
 *
 * <p>The defaults: 60 pre-window days; every kind but {@link EmailKind#POST_WINDOW} blocked;
 * {@link PostWindowEmail#defaults()}; lenient jurisdictions (a contact in a jurisdiction the
 * table has no rules for has no windows); known jurisdictions the table's and {@link
 * Jurisdictions#US}; February 29 anchors on February 28 in common years.
 *
 * <pre>
 * SuppressionPolicy s = SuppressionPolicy.of(table)
 *     .withPreWindowDays(30)
 *     .withStrictJurisdictions(true);
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SuppressionPolicy {

  private static final SuppressionPolicy NONE = new SuppressionPolicy(
      ExclusionWindows.none(), 60, null, PostWindowEmail.defaults(), false, null, LeapDayPolicy.FEB_28);

  private final ExclusionWindows windows;
  private final int preWindowDays;
  private final @Nullable ImmutableSortedSet<EmailKind> blocking;
  private final PostWindowEmail postWindow;
  private final boolean strict;
  private final @Nullable ImmutableSortedSet<String> knownJurisdictions;
  private final LeapDayPolicy leapDayPolicy;
  private final ImmutableSortedSet<String> known;

  private SuppressionPolicy(
      ExclusionWindows windows,
      int preWindowDays,
      @Nullable ImmutableSortedSet<EmailKind> blocking,
      PostWindowEmail postWindow,
      boolean strict,
      @Nullable ImmutableSortedSet<String> knownJurisdictions,
      LeapDayPolicy leapDayPolicy) {
    this.windows = windows;
    this.preWindowDays = preWindowDays;
    this.blocking = blocking;
    this.postWindow = postWindow;
    this.strict = strict;
    this.knownJurisdictions = knownJurisdictions;
    this.leapDayPolicy = leapDayPolicy;
    this.known = knownJurisdictions != null
        ? knownJurisdictions
        : ImmutableSortedSet.<String>naturalOrder().addAll(windows.jurisdictions()).addAll(Jurisdictions.US).build();
  }

  /**
   * Obtains the defaults with a table of windows.
   *
   * @param windows  the table, not null
   * @return the policy, not null
   */
  public static SuppressionPolicy of(ExclusionWindows windows) {
    checkNotNull(windows, "windows");
    return NONE.with(windows, NONE.preWindowDays, null, NONE.postWindow, false, null, NONE.leapDayPolicy);
  }

  /**
   * Obtains the defaults without windows: nothing is suppressed for a jurisdiction.
   *
   * @return the policy, not null
   */
  public static SuppressionPolicy none() {
    return NONE;
  }

  private SuppressionPolicy with(
      ExclusionWindows windows,
      int preWindowDays,
      @Nullable ImmutableSortedSet<EmailKind> blocking,
      PostWindowEmail postWindow,
      boolean strict,
      @Nullable ImmutableSortedSet<String> knownJurisdictions,
      LeapDayPolicy leapDayPolicy) {
    return new SuppressionPolicy(windows, preWindowDays, blocking, postWindow, strict, knownJurisdictions, leapDayPolicy);
  }

  /**
   * Returns a copy whose windows start a number of days before their legal start.
   *
   * @param days  the days, from 0 to 366
   * @return the changed policy, not null
   * @throws IllegalArgumentException if the days are out of range
   */
  public SuppressionPolicy withPreWindowDays(int days) {
    checkArgument(days >= 0 && days <= 366, "Invalid value for preWindowDays (valid values 0 - 366): %s", days);
    return with(windows, days, blocking, postWindow, strict, knownJurisdictions, leapDayPolicy);
  }

  /**
   * Returns a copy whose windows block exactly the kinds given. Campaigns whose type does not
   * respect windows are never blocked.
   *
   * @param kinds  the kinds blocked, not null
   * @return the changed policy, not null
   */
  public SuppressionPolicy withBlocking(Iterable<EmailKind> kinds) {
    checkNotNull(kinds, "kinds");
    return with(windows, preWindowDays, ImmutableSortedSet.copyOf(kinds), postWindow, strict, knownJurisdictions,
        leapDayPolicy);
  }

  /**
   * Returns a copy with a post-window email setting.
   *
   * @param email  the setting, {@link PostWindowEmail#disabled()} for none, not null
   * @return the changed policy, not null
   */
  public SuppressionPolicy withPostWindow(PostWindowEmail email) {
    checkNotNull(email, "email");
    return with(windows, preWindowDays, blocking, email, strict, knownJurisdictions, leapDayPolicy);
  }

  /**
   * Returns a copy that is strict or lenient about jurisdictions. Strict: the window-checked
   * emails of a contact without a jurisdiction or in one not known are suppressed. Lenient
   * (the default): such a contact has no windows.
   *
   * @param strict  whether to be strict
   * @return the changed policy, not null
   */
  public SuppressionPolicy withStrictJurisdictions(boolean strict) {
    return with(windows, preWindowDays, blocking, postWindow, strict, knownJurisdictions, leapDayPolicy);
  }

  /**
   * Returns a copy that knows exactly the jurisdictions given, with the table's added.
   *
   * @param codes  the jurisdiction codes, not null
   * @return the changed policy, not null
   * @throws IllegalArgumentException if a code is malformed
   */
  public SuppressionPolicy withKnownJurisdictions(Iterable<String> codes) {
    checkNotNull(codes, "codes");
    ImmutableSortedSet.Builder<String> b = ImmutableSortedSet.naturalOrder();
    for (String c : codes) {
      b.add(Names.jurisdiction(c));
    }
    b.addAll(windows.jurisdictions());
    return with(windows, preWindowDays, blocking, postWindow, strict, b.build(), leapDayPolicy);
  }

  /**
   * Returns a copy whose February 29 anchors fall in common years where a leap-day policy says.
   *
   * @param policy  the policy, not null
   * @return the changed policy, not null
   */
  public SuppressionPolicy withLeapDayPolicy(LeapDayPolicy policy) {
    checkNotNull(policy, "policy");
    return with(windows, preWindowDays, blocking, postWindow, strict, knownJurisdictions, policy);
  }

  /**
   * Gets the table of windows.
   *
   * @return the table, not null
   */
  public ExclusionWindows windows() {
    return windows;
  }

  /**
   * Gets the days windows start before their legal start.
   *
   * @return the days, from 0 to 366
   */
  public int preWindowDays() {
    return preWindowDays;
  }

  /**
   * Gets the kinds blocked, when set explicitly.
   *
   * @return the kinds, or empty for the default, every kind but post-window
   */
  public Optional<ImmutableSortedSet<EmailKind>> blocking() {
    return Optional.ofNullable(blocking);
  }

  /**
   * Checks whether windows block a kind of email.
   *
   * @param kind  the kind, not null
   * @return true if blocked
   */
  public boolean blocks(EmailKind kind) {
    checkNotNull(kind, "kind");
    return blocking == null ? !kind.equals(EmailKind.POST_WINDOW) : blocking.contains(kind);
  }

  /**
   * Gets the post-window email setting.
   *
   * @return the setting, not null
   */
  public PostWindowEmail postWindow() {
    return postWindow;
  }

  /**
   * Checks whether unknown jurisdictions suppress emails.
   *
   * @return true if strict
   */
  public boolean isStrictJurisdictions() {
    return strict;
  }

  /**
   * Gets the jurisdictions known: those given, or {@link Jurisdictions#US}, with the table's.
   *
   * @return the codes, sorted, not null
   */
  public ImmutableSortedSet<String> knownJurisdictions() {
    return known;
  }

  /**
   * Checks whether a jurisdiction is known.
   *
   * @param jurisdiction  the code, not null
   * @return true if known
   */
  public boolean isKnown(String jurisdiction) {
    checkNotNull(jurisdiction, "jurisdiction");
    return known.contains(jurisdiction);
  }

  /**
   * Gets what February 29 anchors mean in common years.
   *
   * @return the policy, not null
   */
  public LeapDayPolicy leapDayPolicy() {
    return leapDayPolicy;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof SuppressionPolicy)) {
      return false;
    }
    SuppressionPolicy s = (SuppressionPolicy) o;
    return windows.equals(s.windows) && preWindowDays == s.preWindowDays && Objects.equals(blocking, s.blocking)
        && postWindow.equals(s.postWindow) && strict == s.strict && known.equals(s.known)
        && leapDayPolicy == s.leapDayPolicy;
  }

  @Override
  public int hashCode() {
    return Objects.hash(windows, preWindowDays, blocking, postWindow, strict, known, leapDayPolicy);
  }

  /**
   * Outputs the policy, such as {@code SuppressionPolicy[3 rules, pre-window 60 days, blocks
   * all but post_window, PostWindowEmail[...], lenient]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "SuppressionPolicy[" + windows.rules().size() + " rules, pre-window " + preWindowDays + " days, blocks "
        + (blocking == null ? "all but post_window" : blocking.toString()) + ", " + postWindow
        + (strict ? ", strict" : ", lenient") + (leapDayPolicy == LeapDayPolicy.FEB_28 ? "" : ", " + leapDayPolicy)
        + "]";
  }
}
