package org.sendtime.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The days of the week that are the weekend, on which sends may be held back.
 *
 * <p>The weekend may be any set of days but not all seven, since no date would then be a
 * workday; it may be empty ({@link #NONE}) where every day is a workday.
 *
 * <p>The text form lists the days by their {@link DayOfWeek} names in week order from Monday,
 * separated by commas: {@code "SATURDAY,SUNDAY"}, {@code "FRIDAY,SATURDAY"}; the empty weekend
 * is {@code "NONE"}. {@link #parse(CharSequence)} reads it back, ignoring case and blanks around
 * the names and accepting the days in any order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Weekend {
  /** Saturday and Sunday, the weekend of most of the world. */
  public static final Weekend SATURDAY_SUNDAY = new Weekend(bit(DayOfWeek.SATURDAY) | bit(DayOfWeek.SUNDAY));
  /** Friday and Saturday, the weekend of several countries of the Middle East. */
  public static final Weekend FRIDAY_SATURDAY = new Weekend(bit(DayOfWeek.FRIDAY) | bit(DayOfWeek.SATURDAY));
  /** No weekend: every day is a workday. */
  public static final Weekend NONE = new Weekend(0);

  private static final int ALL_DAYS = (1 << 7) - 1;
  private static final String NONE_TEXT = "NONE";

  /** One bit per day, Monday in the lowest. */
  private final int days;

  private Weekend(int days) {
    this.days = days;
  }

  private static int bit(DayOfWeek day) {
    return 1 << day.ordinal();
  }

  /**
   * Obtains a weekend of the given days.
   *
   * @param days  the days of the weekend, not all seven, none for no weekend; repeats are
   *     ignored, not null
   * @return the weekend, not null
   * @throws IllegalArgumentException if all seven days are given
   */
  public static Weekend of(DayOfWeek... days) {
    checkNotNull(days, "days");
    return of(Arrays.asList(days));
  }

  /**
   * Obtains a weekend of the given days.
   *
   * @param days  the days of the weekend, not all seven, none for no weekend; repeats are
   *     ignored, not null
   * @return the weekend, not null
   * @throws IllegalArgumentException if all seven days are given
   */
  public static Weekend of(Iterable<DayOfWeek> days) {
    checkNotNull(days, "days");
    int bits = 0;
    for (DayOfWeek day : days) {
      bits |= bit(checkNotNull(day, "days element"));
    }
    checkArgument(bits != ALL_DAYS,
        "Invalid weekend: all seven days of the week; nothing would ever be allowed");
    return bits == 0 ? NONE : new Weekend(bits);
  }

  /**
   * Obtains a weekend from its text form, such as {@code "SATURDAY,SUNDAY"} or {@code "NONE"}.
   *
   * <p>Day names are the {@link DayOfWeek} names in any case and any order, separated by commas,
   * with optional blanks around them.
   *
   * @param text  the text to parse, not null
   * @return the weekend, not null
   * @throws IllegalArgumentException if the text is empty, names an unknown day, repeats a day
   *     or names all seven days
   */
  public static Weekend parse(CharSequence text) {
    checkNotNull(text, "text");
    String trimmed = text.toString().trim();
    if (trimmed.equalsIgnoreCase(NONE_TEXT)) {
      return NONE;
    }
    checkArgument(!trimmed.isEmpty(), "Invalid weekend: empty text; write NONE for no weekend");
    List<String> names = Splitter.on(',').trimResults().splitToList(trimmed);
    int bits = 0;
    for (String name : names) {
      DayOfWeek day = dayNamed(name, trimmed);
      checkArgument((bits & bit(day)) == 0, "Invalid weekend: %s is repeated in '%s'", day, trimmed);
      bits |= bit(day);
    }
    checkArgument(bits != ALL_DAYS,
        "Invalid weekend: '%s' names all seven days of the week; nothing would ever be allowed", trimmed);
    return new Weekend(bits);
  }

  private static DayOfWeek dayNamed(String name, String text) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().equals(name.toUpperCase(Locale.ROOT))) {
        return day;
      }
    }
    throw new IllegalArgumentException("Invalid weekend day (valid values MONDAY - SUNDAY, or NONE alone): '"
        + name + "' in '" + text + "'");
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether a day of the week is in this weekend.
   *
   * @param day  the day of the week, not null
   * @return true if the day is a weekend day
   */
  public boolean contains(DayOfWeek day) {
    checkNotNull(day, "day");
    return (days & bit(day)) != 0;
  }

  /**
   * Checks whether a date falls on this weekend.
   *
   * @param date  the date, not null
   * @return true if the date's day of the week is a weekend day
   */
  public boolean contains(LocalDate date) {
    checkNotNull(date, "date");
    return contains(date.getDayOfWeek());
  }

  /**
   * Gets the days of this weekend.
   *
   * @return the days in week order from Monday, empty for no weekend, not null
   */
  public ImmutableSortedSet<DayOfWeek> days() {
    ImmutableSortedSet.Builder<DayOfWeek> builder = ImmutableSortedSet.naturalOrder();
    for (DayOfWeek day : DayOfWeek.values()) {
      if (contains(day)) {
        builder.add(day);
      }
    }
    return builder.build();
  }

  /**
   * Finds the first date on or after a date that is not on this weekend.
   *
   * @param from  the date to start from, inclusive, not null
   * @return the date itself if it is a workday, else the first workday after it, not null
   * @throws java.time.DateTimeException if that workday would be after {@link LocalDate#MAX}
   */
  public LocalDate nextWorkday(LocalDate from) {
    checkNotNull(from, "from");
    DayOfWeek day = from.getDayOfWeek();
    int ahead = 0;
    // At most six steps: a weekend never holds all seven days.
    while (contains(day.plus(ahead))) {
      ahead++;
    }
    return ahead == 0 ? from : from.plusDays(ahead);
  }

  //-----------------------------------------------------------------------
  /**
   * Checks if this weekend is equal to another: of the same days.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Weekend && ((Weekend) obj).days == days;
  }

  /**
   * A hash code for this weekend.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return days;
  }

  /**
   * Outputs this weekend in its text form, such as {@code "SATURDAY,SUNDAY"} or {@code "NONE"}.
   *
   * @return the text form, which {@link #parse(CharSequence)} reads back, not null
   */
  @Override
  public String toString() {
    return days == 0 ? NONE_TEXT : Joiner.on(',').join(days());
  }
}
