package org.sendtime.time;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Opening hours for each day of the week, such as business hours of Monday to Friday 09:00 to
 * 17:00 and Saturday 10:00 to 14:00.
 *
 * <p>Each day holds any number of {@link LocalWindow}s, read on the wall clock of the zone the
 * hours are applied in. A window that crosses midnight runs into the next day: {@code FRI
 * 22:00-02:00} is open from Friday 22:00 to Saturday 02:00. Windows that overlap or touch are
 * merged. Hours that are never open are rejected.
 *
 * <p>The text form lists days or day ranges with their windows, separated by semicolons:
 * <pre>
 * MON-FRI 09:00-17:00; SAT 10:00-14:00
 * MON,WED 08:00-12:00, 13:00-17:00
 * </pre>
 * {@link #toString()} writes it, grouping consecutive days with the same windows, and {@link
 * #parse(CharSequence)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WeeklyHours {

  private static final int WEEK = 7 * 86_400;

  private final ImmutableSortedMap<DayOfWeek, ImmutableList<LocalWindow>> days;
  /** Open stretches as seconds of the week from Monday 00:00, increasing, merged, none wrapping. */
  private final int[] starts;
  private final int[] ends;

  private WeeklyHours(Map<DayOfWeek, List<LocalWindow>> byDay) {
    ImmutableSortedMap.Builder<DayOfWeek, ImmutableList<LocalWindow>> b =
        ImmutableSortedMap.naturalOrder();
    RangeSet<Integer> open = TreeRangeSet.create();
    for (Map.Entry<DayOfWeek, List<LocalWindow>> e : byDay.entrySet()) {
      List<LocalWindow> sorted = new ArrayList<>(e.getValue());
      sorted.sort((x, y) -> Integer.compare(x.startSecondOfDay(), y.startSecondOfDay()));
      b.put(e.getKey(), ImmutableList.copyOf(sorted));
      int dayStart = (e.getKey().getValue() - 1) * 86_400;
      for (LocalWindow w : sorted) {
        int from = dayStart + w.startSecondOfDay();
        int to = from + w.lengthSeconds();
        if (to <= WEEK) {
          open.add(Range.closedOpen(from, to));
        } else {
          open.add(Range.closedOpen(from, WEEK));
          open.add(Range.closedOpen(0, to - WEEK));
        }
      }
    }
    this.days = b.build();
    List<Range<Integer>> ranges = new ArrayList<>(open.asRanges());
    starts = new int[ranges.size()];
    ends = new int[ranges.size()];
    for (int i = 0; i < ranges.size(); i++) {
      starts[i] = ranges.get(i).lowerEndpoint();
      ends[i] = ranges.get(i).upperEndpoint();
    }
  }

  /**
   * Creates a builder of weekly hours.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains hours with the same window on every day from {@code first} to {@code last}, such as
   * Monday to Friday 09:00 to 17:00.
   *
   * @param first  the first day, not null
   * @param last  the last day, inclusive, not null; may be before {@code first} to wrap the week
   * @param window  the window on each of those days, not null
   * @return the hours, not null
   */
  public static WeeklyHours of(DayOfWeek first, DayOfWeek last, LocalWindow window) {
    return builder().add(first, last, window).build();
  }

  /**
   * Obtains hours from text such as {@code MON-FRI 09:00-17:00; SAT 10:00-14:00}.
   *
   * @param text  the text, not null
   * @return the hours, not null
   * @throws IllegalArgumentException if the text is not weekly hours, naming the part at fault
   */
  public static WeeklyHours parse(CharSequence text) {
    checkNotNull(text, "text");
    Builder b = builder();
    for (String entry : text.toString().split(";")) {
      String e = entry.trim();
      checkArgument(!e.isEmpty(), "Invalid weekly hours '%s': an entry is empty", text);
      int space = e.indexOf(' ');
      checkArgument(
          space > 0,
          "Invalid weekly hours entry '%s': expected days then windows, such as MON-FRI 09:00-17:00",
          e);
      List<DayOfWeek> entryDays = parseDays(e.substring(0, space));
      for (String w : e.substring(space + 1).split(",")) {
        LocalWindow window = LocalWindow.parse(w);
        for (DayOfWeek d : entryDays) {
          b.add(d, window);
        }
      }
    }
    return b.build();
  }

  private static List<DayOfWeek> parseDays(String text) {
    List<DayOfWeek> result = new ArrayList<>();
    for (String part : text.split(",")) {
      int dash = part.indexOf('-');
      if (dash < 0) {
        result.add(day(part));
      } else {
        DayOfWeek first = day(part.substring(0, dash));
        DayOfWeek last = day(part.substring(dash + 1));
        for (DayOfWeek d = first; ; d = d.plus(1)) {
          result.add(d);
          if (d == last) {
            break;
          }
        }
      }
    }
    return result;
  }

  private static DayOfWeek day(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().startsWith(t) && t.length() >= 2) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "Invalid day '" + text + "': expected MON, TUE, WED, THU, FRI, SAT or SUN");
  }

  /**
   * Gets the windows that start on a day, in order of their start.
   *
   * @param day  the day, not null
   * @return the windows, empty if none starts on that day, not null
   */
  public ImmutableList<LocalWindow> windows(DayOfWeek day) {
    checkNotNull(day, "day");
    ImmutableList<LocalWindow> w = days.get(day);
    return w == null ? ImmutableList.of() : w;
  }

  /**
   * Checks whether the hours are open at a time on a day, including windows of the day before
   * that run past midnight.
   *
   * @param day  the day, not null
   * @param time  the time, not null
   * @return true if open
   */
  public boolean isOpen(DayOfWeek day, LocalTime time) {
    checkNotNull(day, "day");
    checkNotNull(time, "time");
    return secondsUntilOpen(day.getValue(), time.toSecondOfDay()) == 0;
  }

  /**
   * Counts the wall-clock seconds from a time of the week to the next moment the hours are
   * open: zero when they are open at that time.
   *
   * @param isoDayOfWeek  the day, Monday 1 to Sunday 7
   * @param secondOfDay  the second of the day, from 0 to 86,399
   * @return the seconds until open, from 0 to less than a week
   */
  public int secondsUntilOpen(int isoDayOfWeek, int secondOfDay) {
    int t = (isoDayOfWeek - 1) * 86_400 + secondOfDay;
    for (int i = 0; i < starts.length; i++) {
      if (t < ends[i]) {
        return t >= starts[i] ? 0 : starts[i] - t;
      }
    }
    return WEEK - t + starts[0];
  }

  /**
   * Counts the wall-clock seconds from a time of the week, at which the hours are open, to the
   * moment they close.
   *
   * @param isoDayOfWeek  the day, Monday 1 to Sunday 7
   * @param secondOfDay  the second of the day, from 0 to 86,399
   * @return the seconds until closed, zero if closed at that time; a week if never closed
   */
  public int secondsUntilClosed(int isoDayOfWeek, int secondOfDay) {
    int t = (isoDayOfWeek - 1) * 86_400 + secondOfDay;
    for (int i = 0; i < starts.length; i++) {
      if (t >= starts[i] && t < ends[i]) {
        int until = ends[i] - t;
        if (ends[i] == WEEK && starts[0] == 0) {
          until += ends[0];
        }
        return Math.min(until, WEEK);
      }
    }
    return 0;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof WeeklyHours && ((WeeklyHours) o).days.equals(days);
  }

  @Override
  public int hashCode() {
    return days.hashCode();
  }

  /**
   * Returns the hours as text, such as {@code MON-FRI 09:00-17:00; SAT 10:00-14:00}.
   *
   * @return the text that {@link #parse(CharSequence)} reads back, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    DayOfWeek[] all = DayOfWeek.values();
    int i = 0;
    while (i < 7) {
      ImmutableList<LocalWindow> w = windows(all[i]);
      int j = i;
      while (j + 1 < 7 && windows(all[j + 1]).equals(w)) {
        j++;
      }
      if (!w.isEmpty()) {
        if (sb.length() > 0) {
          sb.append("; ");
        }
        sb.append(abbreviation(all[i]));
        if (j > i) {
          sb.append('-').append(abbreviation(all[j]));
        }
        sb.append(' ');
        for (int k = 0; k < w.size(); k++) {
          sb.append(k == 0 ? "" : ", ").append(w.get(k));
        }
      }
      i = j + 1;
    }
    return sb.toString();
  }

  private static String abbreviation(DayOfWeek d) {
    return d.getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT);
  }

  /**
   * Builds {@link WeeklyHours}. Not thread-safe.
   */
  public static final class Builder {
    private final Map<DayOfWeek, List<LocalWindow>> byDay = new EnumMap<>(DayOfWeek.class);

    private Builder() {}

    /**
     * Adds a window on one day.
     *
     * @param day  the day, not null
     * @param window  the window, starting on that day, not null
     * @return this builder, not null
     */
    public Builder add(DayOfWeek day, LocalWindow window) {
      checkNotNull(day, "day");
      checkNotNull(window, "window");
      List<LocalWindow> list = byDay.computeIfAbsent(day, d -> new ArrayList<>());
      if (!list.contains(window)) {
        list.add(window);
      }
      return this;
    }

    /**
     * Adds a window on every day from {@code first} to {@code last}.
     *
     * @param first  the first day, not null
     * @param last  the last day, inclusive, not null; may be before {@code first} to wrap the
     *     week (SAT to MON is Saturday, Sunday and Monday)
     * @param window  the window, not null
     * @return this builder, not null
     */
    public Builder add(DayOfWeek first, DayOfWeek last, LocalWindow window) {
      checkNotNull(first, "first");
      checkNotNull(last, "last");
      for (DayOfWeek d = first; ; d = d.plus(1)) {
        add(d, window);
        if (d == last) {
          return this;
        }
      }
    }

    /**
     * Builds the hours.
     *
     * @return the hours, not null
     * @throws IllegalArgumentException if no window was added
     */
    public WeeklyHours build() {
      checkArgument(!byDay.isEmpty(), "Weekly hours are never open: add at least one window");
      return new WeeklyHours(byDay);
    }
  }
}
