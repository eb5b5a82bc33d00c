package org.sendtime.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A calendar of {@link HolidayRule}s, answering the years from 1 to 9999.
 *
 * <p>Instances are obtained from {@link HolidayCalendar#of}, {@link HolidayCalendar#usFederal()}
 * and {@link HolidayCalendar#none()}; the class is public so that a calendar can be taken apart
 * into its rules, for example to print it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleBasedHolidayCalendar implements HolidayCalendar {
  static final int MIN_YEAR = 1;
  static final int MAX_YEAR = 9999;
  static final RuleBasedHolidayCalendar NONE = new RuleBasedHolidayCalendar("none", ImmutableList.of());

  private final String name;
  private final ImmutableList<HolidayRule> rules;

  private RuleBasedHolidayCalendar(String name, ImmutableList<HolidayRule> rules) {
    this.name = name;
    this.rules = rules;
  }

  static RuleBasedHolidayCalendar of(String name, Iterable<HolidayRule> rules) {
    checkName(name);
    checkNotNull(rules, "rules");
    return new RuleBasedHolidayCalendar(name, ImmutableList.copyOf(rules));
  }

  static void checkName(String name) {
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "Invalid value for name (valid values: text that is not blank): '%s'", name);
  }

  /**
   * Gets the rules of this calendar.
   *
   * @return the rules, in the order given, not null
   */
  public ImmutableList<HolidayRule> rules() {
    return rules;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Holiday> holidays(int year) {
    checkArgument(year >= MIN_YEAR && year <= MAX_YEAR,
        "Invalid value for year (valid values %s - %s): %s", MIN_YEAR, MAX_YEAR, year);
    List<Holiday> found = new ArrayList<>(rules.size() + 2);
    for (HolidayRule rule : rules) {
      addIfObservedIn(year, rule.inYear(year), found);
      if (rule.mayCrossYearEnd()) {
        addIfObservedIn(year, rule.inYear(year - 1), found);
        addIfObservedIn(year, rule.inYear(year + 1), found);
      }
    }
    return sortedDistinct(found);
  }

  private static void addIfObservedIn(int year, Optional<Holiday> holiday, List<Holiday> found) {
    if (holiday.isPresent() && holiday.get().date().getYear() == year) {
      found.add(holiday.get());
    }
  }

  /** Sorts in {@link Holiday#ORDER} and drops equal holidays, which the order puts side by side. */
  static ImmutableList<Holiday> sortedDistinct(List<Holiday> holidays) {
    holidays.sort(Holiday.ORDER);
    ImmutableList.Builder<Holiday> b = ImmutableList.builderWithExpectedSize(holidays.size());
    Holiday previous = null;
    for (Holiday h : holidays) {
      if (!h.equals(previous)) {
        b.add(h);
      }
      previous = h;
    }
    return b.build();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof RuleBasedHolidayCalendar)) {
      return false;
    }
    RuleBasedHolidayCalendar o = (RuleBasedHolidayCalendar) obj;
    return name.equals(o.name) && rules.equals(o.rules);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + rules.hashCode();
  }

  @Override
  public String toString() {
    return "HolidayCalendar[" + name + ", " + rules.size() + (rules.size() == 1 ? " rule]" : " rules]");
  }
}
