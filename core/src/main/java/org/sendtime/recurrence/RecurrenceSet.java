package org.sendtime.recurrence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Iterators;
import com.google.common.collect.PeekingIterator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 5545 recurrence set (§3.8.5): a start ({@code DTSTART}), any number of recurrence rules
 * ({@code RRULE}), extra dates ({@code RDATE}) and excluded dates ({@code EXDATE}).
 *
 * <p>A set is either <em>zoned</em> (its start has a time zone, or is in UTC) and yields
 * {@link ZonedDateTime}s, or <em>floating</em> (its start is a local date-time or a date) and
 * yields {@link LocalDateTime}s; {@link #withZone(ZoneId)} reads a floating set in a zone.
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li>Occurrences come in strictly increasing order and never repeat an instant.
 *   <li>Time zones follow RFC 5545 §3.3.5: a local time that falls in a gap (spring forward) is
 *       moved forward by the length of the gap; a local time that happens twice (fall back) means
 *       its first, earlier-offset instance. A rule therefore fires once for each local time it
 *       produces.
 *   <li>Nonexistent dates are skipped, not clamped, as RFC 5545 requires ({@code BYMONTHDAY=31}
 *       skips short months), unless the rule says otherwise with RFC 7529's {@code SKIP}.
 *   <li>{@code COUNT} bounds each rule's own expansion; {@code EXDATE} removes occurrences
 *       afterwards, so an excluded occurrence still uses up a count (§3.8.5).
 *   <li><b>The start</b> anchors the rules (their period alignment and the values of rule parts
 *       they leave out) and is an occurrence only when a rule produces it, or when the set has no
 *       rule at all. RFC 5545 leaves the result undefined when the start does not match its rule;
 *       sendtime does not add such a start, so {@code DTSTART} on a Wednesday with
 *       {@code FREQ=WEEKLY;BYDAY=MO} starts on the following Monday. Add the start as an
 *       {@code RDATE} to have it too.
 *   <li>A DATE {@code EXDATE} removes every occurrence on that local date. {@code RDATE} and
 *       {@code EXDATE} values given in another zone or in UTC are compared as instants.
 *   <li>A UTC {@code UNTIL} on a floating set is compared with the local date-times as if they
 *       were UTC.
 *   <li>Years after 9999, which iCalendar cannot write, are never produced.
 * </ul>
 *
 * <p>{@link #next(Instant)} and the streams seek directly to the period that holds the instant
 * instead of walking from the start; only a rule with {@code COUNT} is walked once, and the
 * position where its count ends is cached.
 *
 * <p>{@link #toString()} prints canonical iCalendar content lines that {@link #parse} reads back
 * to an equal set. This class is immutable and thread-safe.
 */
public final class RecurrenceSet implements Recurrence {
  private static final DateTimeFormatter LOCAL_FORMAT =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
  private static final DateTimeFormatter DATE_FORMAT =
      DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
  private static final long TWO_DAYS = 2 * 86_400;

  private final LocalDateTime start;
  private final @Nullable ZoneId zone;
  private final boolean allDay;
  private final ImmutableList<RecurrenceRule> rules;
  private final ImmutableSortedSet<LocalDateTime> localRdates;
  private final ImmutableSortedSet<Instant> instantRdates;
  private final ImmutableSortedSet<LocalDateTime> localExdates;
  private final ImmutableSortedSet<Instant> instantExdates;
  private final ImmutableSortedSet<LocalDate> dateExdates;
  private final ImmutableList<RuleExpander> expanders;
  /** The last stretch of one offset met by a query; see {@link OffsetStretch}. */
  private volatile @Nullable OffsetStretch stretch;

  private RecurrenceSet(Builder b) {
    this.start = b.start;
    this.zone = b.zone;
    this.allDay = b.allDay();
    this.rules = ImmutableList.copyOf(b.rules);
    ImmutableSortedSet.Builder<LocalDateTime> lr = ImmutableSortedSet.naturalOrder();
    ImmutableSortedSet.Builder<Instant> ir = ImmutableSortedSet.naturalOrder();
    for (Temporal t : b.rdates) {
      if (t instanceof Instant) {
        ir.add((Instant) t);
      } else if (zone != null) {
        ir.add(resolve(asLocal(t), zone).toInstant());
      } else {
        lr.add(asLocal(t));
      }
    }
    ImmutableSortedSet.Builder<LocalDateTime> le = ImmutableSortedSet.naturalOrder();
    ImmutableSortedSet.Builder<Instant> ie = ImmutableSortedSet.naturalOrder();
    ImmutableSortedSet.Builder<LocalDate> de = ImmutableSortedSet.naturalOrder();
    for (Temporal t : b.exdates) {
      if (t instanceof LocalDate && !allDay) {
        de.add((LocalDate) t);
      } else if (t instanceof Instant) {
        ie.add((Instant) t);
      } else if (zone != null) {
        ie.add(resolve(asLocal(t), zone).toInstant());
      } else {
        le.add(asLocal(t));
      }
    }
    this.localRdates = lr.build();
    this.instantRdates = ir.build();
    this.localExdates = le.build();
    this.instantExdates = ie.build();
    this.dateExdates = de.build();
    ImmutableList.Builder<RuleExpander> ex = ImmutableList.builder();
    for (RecurrenceRule r : rules) {
      ex.add(expander(r));
    }
    this.expanders = ex.build();
  }

  private static LocalDateTime asLocal(Temporal t) {
    return t instanceof LocalDate ? ((LocalDate) t).atStartOfDay() : (LocalDateTime) t;
  }

  private RuleExpander expander(RecurrenceRule rule) {
    Temporal until = rule.until().orElse(null);
    if (until == null) {
      return new RuleExpander(rule, start, t -> true, RuleExpander.MAX);
    }
    if (until instanceof LocalDate) {
      LocalDate d = (LocalDate) until;
      return new RuleExpander(rule, start, t -> !t.toLocalDate().isAfter(d), d.atTime(23, 59, 59));
    }
    if (until instanceof LocalDateTime) {
      LocalDateTime u = (LocalDateTime) until;
      return new RuleExpander(rule, start, t -> !t.isAfter(u), u);
    }
    Instant u = (Instant) until;
    if (zone == null) {
      LocalDateTime asUtc = LocalDateTime.ofInstant(u, ZoneOffset.UTC);
      return new RuleExpander(rule, start, t -> !t.isAfter(asUtc), asUtc);
    }
    ZoneId z = zone;
    // Offsets change by at most a day (Pacific/Apia, 2011), so two days bound the local stop.
    LocalDateTime stop = LocalDateTime.ofInstant(u, z).plusDays(2);
    return new RuleExpander(rule, start, t -> !resolve(t, z).toInstant().isAfter(u), stop);
  }

  /**
   * Resolves a local date-time in a zone by RFC 5545 §3.3.5: a gap moves it forward by the
   * length of the gap, an overlap takes the earlier offset.
   */
  static ZonedDateTime resolve(LocalDateTime local, ZoneId zone) {
    return ZonedDateTime.of(local, zone);
  }

  // ---------------------------------------------------------------------------------------------
  // Factories

  /**
   * Obtains a recurrence set by parsing iCalendar content lines.
   *
   * <p>The text holds a {@code DTSTART} line and any number of {@code RRULE}, {@code RDATE} and
   * {@code EXDATE} lines, for example:
   * <pre>
   * DTSTART;TZID=America/New_York:19970902T090000
   * RRULE:FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13
   * EXDATE;TZID=America/New_York:19970902T090000
   * </pre>
   * Lines may be folded as RFC 5545 §3.1 describes; a line holding only a rule
   * ({@code FREQ=...}) is read as an {@code RRULE}. {@code TZID} takes IANA zone ids.
   *
   * @param text  the content lines, not null
   * @return the parsed set, not null
   * @throws InvalidRuleException if the text is invalid; the exception gives the line and column
   */
  public static RecurrenceSet parse(CharSequence text) {
    checkNotNull(text, "text");
    return ICalendarParser.parse(text.toString(), null, null);
  }

  /**
   * Obtains a recurrence set by parsing iCalendar content lines that may leave out
   * {@code DTSTART}, in which case the given start and zone are used.
   *
   * <p>This serves input such as a bare {@code FREQ=DAILY;COUNT=10} with the start given apart.
   * A {@code DTSTART} in the text takes precedence.
   *
   * @param text  the content lines or rule, not null
   * @param defaultStart  the start to use when the text has no {@code DTSTART}, not null
   * @param defaultZone  the zone of the default start, null for a floating start
   * @return the parsed set, not null
   * @throws InvalidRuleException if the text is invalid; the exception gives the line and column
   */
  public static RecurrenceSet parse(
      CharSequence text, LocalDateTime defaultStart, @Nullable ZoneId defaultZone) {
    checkNotNull(text, "text");
    checkNotNull(defaultStart, "defaultStart");
    return ICalendarParser.parse(text.toString(), defaultStart, defaultZone);
  }

  /**
   * Obtains a zoned set of one rule.
   *
   * @param rule  the rule, not null
   * @param start  the start, whose zone and local date-time anchor the rule, not null
   * @return the set, not null
   * @throws IllegalArgumentException if the rule does not fit the start
   */
  public static RecurrenceSet of(RecurrenceRule rule, ZonedDateTime start) {
    checkNotNull(start, "start");
    return builder(start.toLocalDateTime()).zone(start.getZone()).rule(rule).build();
  }

  /**
   * Obtains a floating set of one rule.
   *
   * @param rule  the rule, not null
   * @param start  the local start, not null
   * @return the set, not null
   * @throws IllegalArgumentException if the rule does not fit the start
   */
  public static RecurrenceSet of(RecurrenceRule rule, LocalDateTime start) {
    return builder(start).rule(rule).build();
  }

  /**
   * Obtains a builder for a set starting at a local date-time; add {@link Builder#zone} for a
   * zoned set.
   *
   * @param start  the start, not null; fractions of a second are dropped
   * @return a new builder, not null
   */
  public static Builder builder(LocalDateTime start) {
    return new Builder(checkNotNull(start, "start").truncatedTo(ChronoUnit.SECONDS), false);
  }

  /**
   * Obtains a builder for an all-day set starting on a date ({@code DTSTART;VALUE=DATE}).
   *
   * <p>Given a zone, the set is no longer all-day: it becomes a zoned set whose occurrences are
   * at local midnight, since iCalendar has no zoned dates.
   *
   * @param start  the first date, not null
   * @return a new builder, not null
   */
  public static Builder builder(LocalDate start) {
    return new Builder(checkNotNull(start, "start").atStartOfDay(), true);
  }

  // ---------------------------------------------------------------------------------------------
  // Accessors

  /**
   * Gets the start as a local date-time; for an all-day set, midnight of the first date.
   *
   * @return the start, not null
   */
  public LocalDateTime start() {
    return start;
  }

  /**
   * Gets the zone of the start.
   *
   * @return the zone, or empty for a floating set
   */
  @Override
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /**
   * Checks whether this set is floating: its occurrences are local date-times in no zone.
   *
   * @return true if the start has no zone
   */
  public boolean isFloating() {
    return zone == null;
  }

  /**
   * Checks whether this set is all-day: its start and occurrences are dates.
   *
   * @return true if the start is a DATE value
   */
  public boolean isAllDay() {
    return allDay;
  }

  /**
   * Gets the rules.
   *
   * @return the rules, possibly empty, not null
   */
  public ImmutableList<RecurrenceRule> rules() {
    return rules;
  }

  /**
   * Returns a copy of this set read in a zone: the start and the local values keep their
   * local date-times. Values already given as instants keep their instants.
   *
   * @param zone  the zone, not null
   * @return the zoned set, not null
   */
  @Override
  public RecurrenceSet withZone(ZoneId zone) {
    checkNotNull(zone, "zone");
    if (zone.equals(this.zone)) {
      return this;
    }
    Builder b = allDay ? builder(start.toLocalDate()) : builder(start);
    b.zone(zone);
    rules.forEach(b::rule);
    localRdates.forEach(t -> b.rdates.add(allDay ? t.toLocalDate() : t));
    instantRdates.forEach(b.rdates::add);
    localExdates.forEach(t -> b.exdates.add(allDay ? t.toLocalDate() : t));
    instantExdates.forEach(b.exdates::add);
    b.exdates.addAll(dateExdates);
    return b.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Zoned queries

  /**
   * Finds the first occurrence strictly after an instant.
   *
   * @param after  the instant, exclusive, not null
   * @return the next occurrence in this set's zone, or empty if there is none
   * @throws IllegalStateException if this set is floating
   */
  @Override
  public Optional<ZonedDateTime> next(Instant after) {
    checkNotNull(after, "after");
    if (zone != null && expanders.size() == 1 && instantRdates.isEmpty() && instantExdates.isEmpty()
        && dateExdates.isEmpty()) {
      // One rule and nothing else: the first local occurrence outside a gap that resolves after
      // the instant is the answer, since such occurrences resolve in increasing order.
      Iterator<LocalDateTime> it = expanders.get(0).iterator(earliestLocal(after, zone));
      while (it.hasNext()) {
        LocalDateTime local = it.next();
        ZonedDateTime z = ZonedDateTime.ofLocal(local, zone, null);
        if (!z.toLocalDateTime().equals(local)) {
          break; // in a gap: the general path below keeps gap times in order
        }
        if (z.toInstant().isAfter(after)) {
          return Optional.of(z);
        }
      }
    }
    Iterator<ZonedDateTime> it = zonedIterator(after);
    return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
  }

  /**
   * Streams the occurrences strictly after an instant, in increasing order. The stream is lazy
   * and may be infinite.
   *
   * @param after  the instant, exclusive, not null
   * @return the occurrences in this set's zone, not null
   * @throws IllegalStateException if this set is floating
   */
  @Override
  public Stream<ZonedDateTime> occurrencesAfter(Instant after) {
    return stream(zonedIterator(checkNotNull(after, "after")));
  }

  /**
   * Streams every occurrence from the start, in increasing order. The stream is lazy and may be
   * infinite.
   *
   * @return the occurrences in this set's zone, not null
   * @throws IllegalStateException if this set is floating
   */
  public Stream<ZonedDateTime> occurrences() {
    checkState(zone != null, "This recurrence set is floating; use localOccurrences() or withZone(zone)");
    return stream(zonedIterator(null));
  }

  // ---------------------------------------------------------------------------------------------
  // Floating queries

  /**
   * Finds the first occurrence of a floating set strictly after a local date-time.
   *
   * @param after  the local date-time, exclusive, not null
   * @return the next occurrence, or empty if there is none
   * @throws IllegalStateException if this set is zoned
   */
  public Optional<LocalDateTime> nextLocal(LocalDateTime after) {
    Iterator<LocalDateTime> it = localIterator(checkNotNull(after, "after"));
    return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
  }

  /**
   * Streams the occurrences of a floating set strictly after a local date-time.
   *
   * @param after  the local date-time, exclusive, not null
   * @return the occurrences, not null
   * @throws IllegalStateException if this set is zoned
   */
  public Stream<LocalDateTime> localOccurrencesAfter(LocalDateTime after) {
    return stream(localIterator(checkNotNull(after, "after")));
  }

  /**
   * Streams every occurrence of a floating set from the start.
   *
   * @return the occurrences, not null
   * @throws IllegalStateException if this set is zoned
   */
  public Stream<LocalDateTime> localOccurrences() {
    return stream(localIterator(null));
  }

  private static <T> Stream<T> stream(Iterator<T> it) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            it, Spliterator.ORDERED | Spliterator.DISTINCT | Spliterator.NONNULL | Spliterator.SORTED),
        false);
  }

  /** The local date-times that the rules produce (and the start, without rules), merged. */
  private Iterator<LocalDateTime> ruleLocals(LocalDateTime fromInclusive) {
    if (expanders.isEmpty()) {
      return fromInclusive.isAfter(start)
          ? Collections.emptyIterator()
          : Iterators.singletonIterator(start);
    }
    if (expanders.size() == 1) {
      return expanders.get(0).iterator(fromInclusive);
    }
    List<Iterator<LocalDateTime>> its = new ArrayList<>();
    for (RuleExpander e : expanders) {
      its.add(e.iterator(fromInclusive));
    }
    return distinct(Iterators.mergeSorted(its, Comparable::compareTo));
  }

  private static <T extends Comparable<? super T>> Iterator<T> distinct(Iterator<T> sorted) {
    PeekingIterator<T> p = Iterators.peekingIterator(sorted);
    return new Iterator<T>() {
      @Override
      public boolean hasNext() {
        return p.hasNext();
      }

      @Override
      public T next() {
        T t = p.next();
        while (p.hasNext() && p.peek().compareTo(t) == 0) {
          p.next();
        }
        return t;
      }
    };
  }

  private Iterator<LocalDateTime> localIterator(@Nullable LocalDateTime after) {
    checkState(zone == null, "This recurrence set has zone %s; use next(Instant) and occurrences()", zone);
    LocalDateTime from = after == null ? LocalDateTime.MIN : after;
    Iterator<LocalDateTime> rdates = localRdates.tailSet(from, after == null).iterator();
    Iterator<LocalDateTime> merged = distinct(Iterators.mergeSorted(
        List.of(ruleLocals(after == null ? start : after), rdates), Comparable::compareTo));
    Predicate<LocalDateTime> keep = t -> (after == null || t.isAfter(after))
        && !localExdates.contains(t)
        && !dateExdates.contains(t.toLocalDate());
    return Iterators.filter(merged, keep::test);
  }

  private Iterator<ZonedDateTime> zonedIterator(@Nullable Instant after) {
    checkState(zone != null, "This recurrence set is floating; use nextLocal(LocalDateTime) or withZone(zone)");
    ZoneId z = zone;
    LocalDateTime from = after == null ? start : earliestLocal(after, z);
    Iterator<ZonedDateTime> fromRules = new GapOrderingIterator(ruleLocals(from), z);
    Iterator<ZonedDateTime> merged = instantRdates.isEmpty()
        ? fromRules
        : Iterators.mergeSorted(
            List.of(fromRules, Iterators.transform(
                (after == null ? instantRdates : instantRdates.tailSet(after, false)).iterator(),
                i -> i.atZone(z))),
            (a, b) -> a.toInstant().compareTo(b.toInstant()));
    return new Iterator<ZonedDateTime>() {
      private @Nullable ZonedDateTime pending;
      private @Nullable Instant last = after;

      @Override
      public boolean hasNext() {
        while (pending == null && merged.hasNext()) {
          ZonedDateTime c = merged.next();
          Instant i = c.toInstant();
          if ((last == null || i.isAfter(last))
              && (instantExdates.isEmpty() || !instantExdates.contains(i))
              && (dateExdates.isEmpty() || !dateExdates.contains(c.toLocalDate()))) {
            pending = c;
            last = i;
          } else if (last == null || i.isAfter(last)) {
            last = i;
          }
        }
        return pending != null;
      }

      @Override
      public ZonedDateTime next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ZonedDateTime c = pending;
        pending = null;
        return c;
      }
    };
  }

  /**
   * The earliest local date-time whose resolved instant can be after {@code after}: the local
   * time of {@code after} at the smallest offset in force within two days of it.
   */
  private LocalDateTime earliestLocal(Instant after, ZoneId zone) {
    long a = after.getEpochSecond();
    OffsetStretch s = stretch;
    if (s == null || a - TWO_DAYS < s.from || a + TWO_DAYS >= s.until) {
      ZoneRules rules = zone.getRules();
      ZoneOffsetTransition previous = rules.previousTransition(after.plusSeconds(1));
      ZoneOffsetTransition next = rules.nextTransition(after);
      s = new OffsetStretch(
          previous == null ? Long.MIN_VALUE : previous.toEpochSecond(),
          next == null ? Long.MAX_VALUE : next.toEpochSecond(),
          previous == null ? rules.getOffset(after) : previous.getOffsetAfter());
      stretch = s;
    }
    ZoneOffset min = s.offset;
    if (a - TWO_DAYS < s.from || a + TWO_DAYS >= s.until) {
      // A transition within two days: take the smallest offset around it.
      ZoneRules rules = zone.getRules();
      Instant from = after.minusSeconds(TWO_DAYS);
      Instant to = after.plusSeconds(TWO_DAYS);
      min = rules.getOffset(from);
      ZoneOffsetTransition t = rules.nextTransition(from);
      while (t != null && t.getInstant().isBefore(to)) {
        if (t.getOffsetAfter().getTotalSeconds() < min.getTotalSeconds()) {
          min = t.getOffsetAfter();
        }
        t = rules.nextTransition(t.getInstant());
      }
    }
    LocalDateTime local = LocalDateTime.ofEpochSecond(a, 0, min);
    return local.isBefore(RuleExpander.MAX) ? local : RuleExpander.MAX;
  }

  /**
   * A stretch of time with one offset in the set's zone, between two transitions. The set keeps
   * the last one it met, so that queries within it need no zone look-up; a cache only, written
   * without locking since any stretch it holds is true.
   */
  private static final class OffsetStretch {
    final long from;
    final long until;
    final ZoneOffset offset;

    OffsetStretch(long from, long until, ZoneOffset offset) {
      this.from = from;
      this.until = until;
      this.offset = offset;
    }
  }

  /**
   * Resolves increasing local date-times to instants in increasing order. Local times outside
   * gaps resolve in increasing order; a local time in a gap resolves to at most the gap's length
   * later than its neighbours, so it waits until a later instant is seen.
   */
  private static final class GapOrderingIterator implements Iterator<ZonedDateTime> {
    private final Iterator<LocalDateTime> source;
    private final ZoneId zone;
    private final PriorityQueue<ZonedDateTime> inGap =
        new PriorityQueue<>(4, (a, b) -> a.toInstant().compareTo(b.toInstant()));
    private final ArrayDeque<ZonedDateTime> ready = new ArrayDeque<>(4);

    GapOrderingIterator(Iterator<LocalDateTime> source, ZoneId zone) {
      this.source = source;
      this.zone = zone;
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty()) {
        if (!source.hasNext()) {
          if (inGap.isEmpty()) {
            return false;
          }
          ready.add(inGap.poll());
          continue;
        }
        LocalDateTime local = source.next();
        ZonedDateTime z = resolve(local, zone);
        if (!z.toLocalDateTime().equals(local)) {
          // Moved forward out of a gap: wait until a later instant is seen.
          inGap.add(z);
          continue;
        }
        while (!inGap.isEmpty() && !inGap.peek().toInstant().isAfter(z.toInstant())) {
          ready.add(inGap.poll());
        }
        ready.add(z);
      }
      return true;
    }

    @Override
    public ZonedDateTime next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.poll();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Text

  /**
   * Returns a short English description, such as
   * {@code "every month on the last weekday at 09:00, from 2026-01-30 in Europe/Paris"}.
   *
   * @return the description, not null
   */
  @Override
  public String describe() {
    StringBuilder sb = new StringBuilder();
    for (RecurrenceRule r : rules) {
      if (sb.length() > 0) {
        sb.append("; and ");
      }
      sb.append(RuleDescriber.describe(r, allDay ? null : start));
    }
    if (rules.isEmpty()) {
      sb.append("once");
    }
    sb.append(", from ").append(allDay ? start.toLocalDate() : start.toString());
    if (zone != null) {
      sb.append(" in ").append(zone.getId());
    }
    int extra = localRdates.size() + instantRdates.size();
    if (extra > 0) {
      sb.append(", plus ").append(extra).append(extra == 1 ? " extra date" : " extra dates");
    }
    int excluded = localExdates.size() + instantExdates.size() + dateExdates.size();
    if (excluded > 0) {
      sb.append(", except ").append(excluded).append(excluded == 1 ? " date" : " dates");
    }
    return sb.toString();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof RecurrenceSet)) {
      return false;
    }
    RecurrenceSet o = (RecurrenceSet) obj;
    return start.equals(o.start)
        && Objects.equals(zone, o.zone)
        && allDay == o.allDay
        && rules.equals(o.rules)
        && localRdates.equals(o.localRdates)
        && instantRdates.equals(o.instantRdates)
        && localExdates.equals(o.localExdates)
        && instantExdates.equals(o.instantExdates)
        && dateExdates.equals(o.dateExdates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, zone, allDay, rules, localRdates, instantRdates, localExdates,
        instantExdates, dateExdates);
  }

  /**
   * Outputs canonical iCalendar content lines, separated by {@code \n}: {@code DTSTART}, then
   * each {@code RRULE}, then {@code RDATE} and {@code EXDATE}. Values given as instants are
   * written in UTC.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("DTSTART");
    if (allDay) {
      sb.append(";VALUE=DATE:").append(DATE_FORMAT.format(start));
    } else if (zone instanceof ZoneOffset && zone.equals(ZoneOffset.UTC)) {
      sb.append(':').append(LOCAL_FORMAT.format(start)).append('Z');
    } else if (zone != null) {
      sb.append(";TZID=").append(zone.getId()).append(':').append(LOCAL_FORMAT.format(start));
    } else {
      sb.append(':').append(LOCAL_FORMAT.format(start));
    }
    for (RecurrenceRule r : rules) {
      sb.append("\nRRULE:").append(r);
    }
    appendDates(sb, "RDATE", localRdates, instantRdates, ImmutableSortedSet.of());
    appendDates(sb, "EXDATE", localExdates, instantExdates, dateExdates);
    return sb.toString();
  }

  private void appendDates(
      StringBuilder sb,
      String name,
      ImmutableSortedSet<LocalDateTime> locals,
      ImmutableSortedSet<Instant> instants,
      ImmutableSortedSet<LocalDate> dates) {
    if (!locals.isEmpty()) {
      sb.append('\n').append(name);
      if (allDay) {
        sb.append(";VALUE=DATE:");
        locals.forEach(t -> sb.append(DATE_FORMAT.format(t)).append(','));
      } else {
        sb.append(':');
        locals.forEach(t -> sb.append(LOCAL_FORMAT.format(t)).append(','));
      }
      sb.setLength(sb.length() - 1);
    }
    if (!instants.isEmpty()) {
      sb.append('\n').append(name).append(':');
      instants.forEach(i -> sb.append(LOCAL_FORMAT.format(LocalDateTime.ofInstant(i, ZoneOffset.UTC)))
          .append("Z,"));
      sb.setLength(sb.length() - 1);
    }
    if (!dates.isEmpty()) {
      sb.append('\n').append(name).append(";VALUE=DATE:");
      dates.forEach(d -> sb.append(DATE_FORMAT.format(d)).append(','));
      sb.setLength(sb.length() - 1);
    }
  }

  /**
   * A builder of {@link RecurrenceSet}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private final LocalDateTime start;
    private final boolean allDay;
    private @Nullable ZoneId zone;
    private final List<RecurrenceRule> rules = new ArrayList<>();
    private final List<Temporal> rdates = new ArrayList<>();
    private final List<Temporal> exdates = new ArrayList<>();

    private Builder(LocalDateTime start, boolean allDay) {
      this.start = start;
      this.allDay = allDay;
    }

    /** Whether the set being built is all-day: a DATE start read in no zone. */
    private boolean allDay() {
      return allDay && zone == null;
    }

    /**
     * Sets the zone of the start, making the set zoned.
     *
     * @param zone  the zone, not null
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = checkNotNull(zone, "zone");
      return this;
    }

    /**
     * Adds a rule.
     *
     * @param rule  the rule, not null
     * @return this builder
     */
    public Builder rule(RecurrenceRule rule) {
      rules.add(checkNotNull(rule, "rule"));
      return this;
    }

    /**
     * Adds an extra occurrence ({@code RDATE}) as a local date-time in the set's zone.
     *
     * @param value  the occurrence, not null
     * @return this builder
     */
    public Builder rdate(LocalDateTime value) {
      rdates.add(checkNotNull(value, "value").truncatedTo(ChronoUnit.SECONDS));
      return this;
    }

    /**
     * Adds an extra occurrence ({@code RDATE}) as an instant.
     *
     * @param value  the occurrence, not null
     * @return this builder
     */
    public Builder rdate(Instant value) {
      rdates.add(checkNotNull(value, "value").truncatedTo(ChronoUnit.SECONDS));
      return this;
    }

    /**
     * Adds an extra occurrence ({@code RDATE}) on a date, at midnight.
     *
     * @param value  the date, not null
     * @return this builder
     */
    public Builder rdate(LocalDate value) {
      rdates.add(checkNotNull(value, "value"));
      return this;
    }

    /**
     * Excludes an occurrence ({@code EXDATE}) given as a local date-time in the set's zone.
     *
     * @param value  the excluded occurrence, not null
     * @return this builder
     */
    public Builder exdate(LocalDateTime value) {
      exdates.add(checkNotNull(value, "value").truncatedTo(ChronoUnit.SECONDS));
      return this;
    }

    /**
     * Excludes an occurrence ({@code EXDATE}) given as an instant.
     *
     * @param value  the excluded occurrence, not null
     * @return this builder
     */
    public Builder exdate(Instant value) {
      exdates.add(checkNotNull(value, "value").truncatedTo(ChronoUnit.SECONDS));
      return this;
    }

    /**
     * Excludes every occurrence on a local date ({@code EXDATE;VALUE=DATE}).
     *
     * @param value  the excluded date, not null
     * @return this builder
     */
    public Builder exdate(LocalDate value) {
      exdates.add(checkNotNull(value, "value"));
      return this;
    }

    /**
     * Validates and builds the set.
     *
     * @return the set, not null
     * @throws IllegalArgumentException if a rule does not fit the start, for example a time of
     *     day in a rule of an all-day set, or an instant in a floating set
     */
    public RecurrenceSet build() {
      for (RecurrenceRule r : rules) {
        if (allDay) {
          // A DATE start allows no time of day, also when the set is then read in a zone.
          checkArgument(!r.frequency().isSubDaily(),
              "FREQ=%s needs a start with a time of day, not a DATE start", r.frequency());
          checkArgument(r.byHour().isEmpty() && r.byMinute().isEmpty() && r.bySecond().isEmpty(),
              "BYHOUR, BYMINUTE and BYSECOND are not allowed with a DATE start (RFC 5545 §3.3.10)");
        }
      }
      if (zone == null) {
        for (Temporal t : rdates) {
          checkArgument(!(t instanceof Instant),
              "RDATE %s is an instant, but the set is floating; give it as a local date-time", t);
        }
        for (Temporal t : exdates) {
          checkArgument(!(t instanceof Instant),
              "EXDATE %s is an instant, but the set is floating; give it as a local date-time", t);
        }
      }
      if (allDay()) {
        for (Temporal t : rdates) {
          checkArgument(t instanceof LocalDate,
              "RDATE %s has a time of day, but the set is all-day; give it as a date", t);
        }
        for (Temporal t : exdates) {
          checkArgument(t instanceof LocalDate,
              "EXDATE %s has a time of day, but the set is all-day; give it as a date", t);
        }
      }
      return new RecurrenceSet(this);
    }
  }
}
