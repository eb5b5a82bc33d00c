package org.sendtime.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * All the holidays of several calendars.
 *
 * <p>Instances are obtained from {@link HolidayCalendar#union}; the class is public so that a
 * union can be taken apart into its calendars, for example to print it.
 *
 * <p>This class is immutable, and thread-safe when its calendars are.
 */
public final class UnionHolidayCalendar implements HolidayCalendar {
  private final String name;
  private final ImmutableList<HolidayCalendar> calendars;

  private UnionHolidayCalendar(String name, ImmutableList<HolidayCalendar> calendars) {
    this.name = name;
    this.calendars = calendars;
  }

  static UnionHolidayCalendar of(String name, Iterable<HolidayCalendar> calendars) {
    RuleBasedHolidayCalendar.checkName(name);
    checkNotNull(calendars, "calendars");
    return new UnionHolidayCalendar(name, ImmutableList.copyOf(calendars));
  }

  /**
   * Gets the calendars of this union.
   *
   * @return the calendars, in the order given, not null
   */
  public ImmutableList<HolidayCalendar> calendars() {
    return calendars;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Holiday> holidays(int year) {
    List<Holiday> all = new ArrayList<>();
    for (HolidayCalendar calendar : calendars) {
      for (Holiday h : calendar.holidays(year)) {
        all.add(checkNotNull(h, "holiday of %s", calendar.name()));
      }
    }
    return RuleBasedHolidayCalendar.sortedDistinct(all);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof UnionHolidayCalendar)) {
      return false;
    }
    UnionHolidayCalendar o = (UnionHolidayCalendar) obj;
    return name.equals(o.name) && calendars.equals(o.calendars);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + calendars.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("HolidayCalendar[").append(name).append(", union of ");
    for (int i = 0; i < calendars.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(calendars.get(i).name());
    }
    return sb.append(']').toString();
  }
}
