package org.sendtime.window;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sendtime.recurrence.LeapDayPolicy;
import org.threeten.extra.LocalDateRange;

/**
 * A table of exclusion rules by jurisdiction, and the questions asked of it: is a contact's
 * date blocked, and by which window?
 *
 * <p>A jurisdiction may hold several rules, and several dated versions of a rule, as long as
 * no two versions of the same rule are in force on the same day: two rules of a jurisdiction
 * anchored on the same date name (or both year-round) must have disjoint effective dates. A
 * date is judged by the rules in force on that date only.
 *
 * <p>Windows that cross a year end are found: a date is checked against the windows around
 * every anniversary that could reach it, so a December 20 birthday's window with 60 days after
 * blocks February 18 of the next year, and a January 5 birthday's window with 60 pre-window
 * days blocks the previous November.
 *
 * <pre>
 * ExclusionWindows table = ExclusionWindows.of(List.of(
 *     ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, 30, 60),
 *     ExclusionRule.yearRound("NY")));
 * table.blocking("CA", Map.of("birthday", LocalDate.of(1950, 12, 1)), LocalDate.of(2025, 1, 15),
 *     60, LeapDayPolicy.FEB_28);
 * // the CA birthday window 2024-09-02..2025-01-30
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExclusionWindows {

  private static final ExclusionWindows NONE = new ExclusionWindows(ImmutableList.of());

  private final ImmutableList<ExclusionRule> rules;
  private final ImmutableMap<String, Entry[]> byJurisdiction;
  private final ImmutableMap<String, ImmutableList<ExclusionRule>> rulesByJurisdiction;

  /** A rule with its position in the table and, when year-round, its one window. */
  private static final class Entry {
    final ExclusionRule rule;
    final int order;
    final @Nullable ExclusionWindow yearRound;
    /** The first and last epoch days the rule is in force. */
    final long fromDay;
    final long untilDay;

    Entry(ExclusionRule rule, int order) {
      this.rule = rule;
      this.order = order;
      this.fromDay = rule.effectiveRange().getStart().toEpochDay();
      this.untilDay = rule.effectiveRange().getEndInclusive().toEpochDay();
      this.yearRound = rule.isYearRound() ? ExclusionWindow.yearRound(rule) : null;
    }
  }

  private ExclusionWindows(ImmutableList<ExclusionRule> rules) {
    this.rules = rules;
    Map<String, List<Entry>> entries = new LinkedHashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      ExclusionRule r = rules.get(i);
      entries.computeIfAbsent(r.jurisdiction(), k -> new ArrayList<>()).add(new Entry(r, i));
    }
    ImmutableMap.Builder<String, Entry[]> b = ImmutableMap.builder();
    ImmutableMap.Builder<String, ImmutableList<ExclusionRule>> rb = ImmutableMap.builder();
    for (Map.Entry<String, List<Entry>> e : entries.entrySet()) {
      b.put(e.getKey(), e.getValue().toArray(new Entry[0]));
      rb.put(e.getKey(), e.getValue().stream().map(x -> x.rule).collect(ImmutableList.toImmutableList()));
    }
    this.byJurisdiction = b.build();
    this.rulesByJurisdiction = rb.build();
  }

  /**
   * Obtains a table of rules.
   *
   * @param rules  the rules, in the order that breaks ties, not null
   * @return the table, not null
   * @throws IllegalArgumentException if two versions of a rule are in force on the same day,
   *     naming both, or a rule is given twice
   */
  public static ExclusionWindows of(Iterable<ExclusionRule> rules) {
    checkNotNull(rules, "rules");
    ImmutableList<ExclusionRule> list = ImmutableList.copyOf(rules);
    for (int i = 0; i < list.size(); i++) {
      ExclusionRule a = list.get(i);
      for (int j = 0; j < i; j++) {
        ExclusionRule b = list.get(j);
        checkArgument(
            !sameRule(a, b) || !a.effectiveRange().overlaps(b.effectiveRange()),
            "Overlapping versions of a rule: '%s' and '%s' are both in force on %s",
            b,
            a,
            a.effectiveRange().overlaps(b.effectiveRange())
                ? a.effectiveRange().intersection(b.effectiveRange()).getStart()
                : "");
      }
    }
    return list.isEmpty() ? NONE : new ExclusionWindows(list);
  }

  private static boolean sameRule(ExclusionRule a, ExclusionRule b) {
    if (!a.jurisdiction().equals(b.jurisdiction())) {
      return false;
    }
    WindowAnchor x = a.anchorOrNull();
    WindowAnchor y = b.anchorOrNull();
    return x == null ? y == null : y != null && x.dateName().equals(y.dateName());
  }

  /**
   * Obtains the empty table: no jurisdiction has a window.
   *
   * @return the empty table, not null
   */
  public static ExclusionWindows none() {
    return NONE;
  }

  /**
   * Gets the rules, in the order given.
   *
   * @return the rules, not null
   */
  public ImmutableList<ExclusionRule> rules() {
    return rules;
  }

  /**
   * Gets the jurisdictions that have rules.
   *
   * @return the codes, sorted, not null
   */
  public ImmutableSortedSet<String> jurisdictions() {
    return ImmutableSortedSet.copyOf(byJurisdiction.keySet());
  }

  /**
   * Gets the rules of a jurisdiction, in the order given.
   *
   * @param jurisdiction  the jurisdiction's code, not null
   * @return the rules, empty if it has none, not null
   */
  public ImmutableList<ExclusionRule> rulesOf(String jurisdiction) {
    checkNotNull(jurisdiction, "jurisdiction");
    ImmutableList<ExclusionRule> r = rulesByJurisdiction.get(jurisdiction);
    return r == null ? ImmutableList.of() : r;
  }

  /**
   * Finds the window that blocks a date for a contact: the window of a rule of the jurisdiction
   * in force on that date whose blocked range contains it. Where several do, the one ending
   * last wins, then the one whose rule comes first. An anchored rule whose date the contact
   * lacks has no window.
   *
   * @param jurisdiction  the contact's jurisdiction, not null
   * @param contactDates  the contact's dates by name, such as {@code birthday}, not null
   * @param date  the date to judge, not null
   * @param preWindowDays  the days each blocked range starts before its legal range, from 0 to 366
   * @param leap  what a February 29 anchor means in a common year, not null
   * @return the blocking window, or empty if the date is free
   * @throws IllegalArgumentException if the pre-window days are out of range
   */
  public Optional<ExclusionWindow> blocking(
      String jurisdiction, Map<String, LocalDate> contactDates, LocalDate date, int preWindowDays, LeapDayPolicy leap) {
    checkNotNull(jurisdiction, "jurisdiction");
    checkNotNull(contactDates, "contactDates");
    checkNotNull(date, "date");
    checkNotNull(leap, "leap");
    ExclusionRule.checkDays("preWindowDays", preWindowDays);
    Entry[] entries = byJurisdiction.get(jurisdiction);
    if (entries == null) {
      return Optional.empty();
    }
    ExclusionWindow best = null;
    long day = date.toEpochDay();
    for (Entry e : entries) {
      ExclusionRule r = e.rule;
      if (!r.isInForceOn(date)) {
        continue;
      }
      ExclusionWindow w = e.yearRound;
      if (w == null) {
        w = anchoredWindow(r, contactDates, day, preWindowDays, leap);
      }
      if (w != null && (best == null || w.end().isAfter(best.end()))) {
        best = w;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The latest-ending window of an anchored rule that contains a day, or null. */
  private static @Nullable ExclusionWindow anchoredWindow(
      ExclusionRule r, Map<String, LocalDate> dates, long day, int pre, LeapDayPolicy leap) {
    WindowAnchor anchor = r.anchorOrNull();
    LocalDate original = dates.get(anchor.dateName());
    if (original == null) {
      return null;
    }
    int before = r.daysBefore() + pre;
    int after = r.daysAfter();
    // An anchor in year y lies in year y, so only the years of [day - after, day + before]
    // can hold an anchor whose window reaches the day; the latest such anchor ends last.
    int lo = LocalDate.ofEpochDay(day - after).getYear();
    int hi = LocalDate.ofEpochDay(day + before).getYear();
    int month = original.getMonthValue();
    int dom = original.getDayOfMonth();
    for (int y = hi; y >= lo; y--) {
      LocalDate a = anchor.anchorIn(month, dom, y, leap);
      long ad = a.toEpochDay();
      if (ad - before <= day && day <= ad + after) {
        return ExclusionWindow.of(r, a, pre);
      }
    }
    return null;
  }

  /**
   * Resolves a contact's windows for a span of dates, for judging many dates of it quickly.
   *
   * @param jurisdiction  the contact's jurisdiction, not null
   * @param contactDates  the contact's dates by name, not null
   * @param span  the dates that will mostly be judged, bounded, not empty, not null
   * @param preWindowDays  the days each blocked range starts before its legal range, from 0 to 366
   * @param leap  what a February 29 anchor means in a common year, not null
   * @return the contact's windows, not null
   * @throws IllegalArgumentException if the span is unbounded or empty, or the pre-window days
   *     are out of range
   */
  public ContactWindows forContact(
      String jurisdiction, Map<String, LocalDate> contactDates, LocalDateRange span, int preWindowDays,
      LeapDayPolicy leap) {
    checkNotNull(jurisdiction, "jurisdiction");
    checkNotNull(contactDates, "contactDates");
    checkNotNull(span, "span");
    checkNotNull(leap, "leap");
    checkArgument(!span.isUnboundedStart() && !span.isUnboundedEnd() && !span.isEmpty(),
        "Span must be bounded and not empty: %s", span);
    ExclusionRule.checkDays("preWindowDays", preWindowDays);
    long first = span.getStart().toEpochDay();
    long last = span.getEndInclusive().toEpochDay();
    Entry[] entries = byJurisdiction.get(jurisdiction);
    if (entries == null) {
      entries = new Entry[0];
    }
    // Two passes, so that the intervals go straight into arrays of the right size.
    int n = 0;
    @Nullable LocalDate[] originals = new LocalDate[entries.length];
    for (int k = 0; k < entries.length; k++) {
      Entry e = entries[k];
      if (e.yearRound != null) {
        n++;
      } else {
        LocalDate original = contactDates.get(e.rule.anchorOrNull().dateName());
        if (original != null) {
          originals[k] = original;
          n += lastAnchorYear(e.rule, last, preWindowDays) - firstAnchorYear(e.rule, first) + 1;
        }
      }
    }
    ExclusionRule[] rules = new ExclusionRule[n];
    long[] starts = new long[n];
    long[] ends = new long[n];
    long[] anchors = new long[n];
    long[] inForceFrom = new long[n];
    long[] inForceUntil = new long[n];
    @Nullable ExclusionWindow[] yearRound = new ExclusionWindow[n];
    int i = 0;
    for (int k = 0; k < entries.length; k++) {
      Entry e = entries[k];
      ExclusionRule r = e.rule;
      if (e.yearRound != null) {
        rules[i] = r;
        starts[i] = e.fromDay;
        ends[i] = e.untilDay;
        inForceFrom[i] = e.fromDay;
        inForceUntil[i] = e.untilDay;
        yearRound[i] = e.yearRound;
        i++;
        continue;
      }
      WindowAnchor anchor = r.anchorOrNull();
      LocalDate original = originals[k];
      if (original == null) {
        continue;
      }
      int before = r.daysBefore() + preWindowDays;
      int after = r.daysAfter();
      int hi = lastAnchorYear(r, last, preWindowDays);
      for (int y = firstAnchorYear(r, first); y <= hi; y++) {
        long a = anchor.anchorIn(original.getMonthValue(), original.getDayOfMonth(), y, leap).toEpochDay();
        rules[i] = r;
        starts[i] = a - before;
        ends[i] = a + after;
        anchors[i] = a;
        inForceFrom[i] = e.fromDay;
        inForceUntil[i] = e.untilDay;
        i++;
      }
    }
    return new ContactWindows(this, jurisdiction, contactDates, preWindowDays, leap, first, last, rules, starts, ends,
        anchors, inForceFrom, inForceUntil, yearRound);
  }

  /** As in blocking: an anchor in year y lies in year y, so none before this year reaches the day. */
  private static int firstAnchorYear(ExclusionRule r, long first) {
    return LocalDate.ofEpochDay(first - r.daysAfter()).getYear();
  }

  private static int lastAnchorYear(ExclusionRule r, long last, int preWindowDays) {
    return LocalDate.ofEpochDay(last + r.daysBefore() + preWindowDays).getYear();
  }

  /**
   * Lists a contact's windows that block some date of a range while their rule is in force,
   * for explaining a schedule.
   *
   * @param jurisdiction  the contact's jurisdiction, not null
   * @param contactDates  the contact's dates by name, not null
   * @param range  the dates of interest, bounded, not null
   * @param preWindowDays  the days each blocked range starts before its legal range, from 0 to 366
   * @param leap  what a February 29 anchor means in a common year, not null
   * @return the windows, by start, then end, then rule order, not null
   * @throws IllegalArgumentException if the range is unbounded or the pre-window days are out of range
   */
  public ImmutableList<ExclusionWindow> windowsOverlapping(
      String jurisdiction,
      Map<String, LocalDate> contactDates,
      LocalDateRange range,
      int preWindowDays,
      LeapDayPolicy leap) {
    checkNotNull(jurisdiction, "jurisdiction");
    checkNotNull(contactDates, "contactDates");
    checkNotNull(range, "range");
    checkNotNull(leap, "leap");
    checkArgument(!range.isUnboundedStart() && !range.isUnboundedEnd(), "Range must be bounded: %s", range);
    ExclusionRule.checkDays("preWindowDays", preWindowDays);
    Entry[] entries = byJurisdiction.get(jurisdiction);
    if (entries == null || range.isEmpty()) {
      return ImmutableList.of();
    }
    List<ExclusionWindow> found = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (Entry e : entries) {
      ExclusionRule r = e.rule;
      if (e.yearRound != null) {
        if (inForceWithin(e.yearRound, range)) {
          found.add(e.yearRound);
          order.add(e.order);
        }
        continue;
      }
      LocalDate original = contactDates.get(r.anchorOrNull().dateName());
      if (original == null) {
        continue;
      }
      int lo = range.getStart().minusDays(r.daysAfter()).getYear();
      int hi = range.getEndInclusive().plusDays(r.daysBefore() + preWindowDays).getYear();
      for (int y = lo; y <= hi; y++) {
        LocalDate a = r.anchorOrNull().anchorIn(original.getMonthValue(), original.getDayOfMonth(), y, leap);
        ExclusionWindow w = ExclusionWindow.of(r, a, preWindowDays);
        if (inForceWithin(w, range)) {
          found.add(w);
          order.add(e.order);
        }
      }
    }
    Integer[] idx = new Integer[found.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, Comparator.<Integer, LocalDate>comparing(i -> found.get(i).blockedRange().getStart())
        .thenComparing(i -> found.get(i).end())
        .thenComparing(order::get));
    ImmutableList.Builder<ExclusionWindow> result = ImmutableList.builder();
    for (Integer i : idx) {
      result.add(found.get(i));
    }
    return result.build();
  }

  /** Whether a window blocks a date of the range on which its rule is in force. */
  private static boolean inForceWithin(ExclusionWindow w, LocalDateRange range) {
    LocalDateRange blocked = w.blockedRange();
    if (!blocked.overlaps(range)) {
      return false;
    }
    return blocked.intersection(range).overlaps(w.rule().effectiveRange());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ExclusionWindows && ((ExclusionWindows) o).rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  /**
   * Outputs the table, such as {@code ExclusionWindows[CA birthday -30/+60, NY year-round]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "ExclusionWindows" + rules;
  }
}
