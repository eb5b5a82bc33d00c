package org.sendtime.examples.holidays;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DateTimeException;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.sendtime.calendar.Holiday;
import org.sendtime.calendar.HolidayCalendar;

/**
 * The public holidays of a country, or of a region of it, as the jollyday library knows them: an
 * adapter that plugs jollyday's country calendars into a {@link
 * org.sendtime.policy.SendPolicy}.
 *
 * <pre>
 * SendPolicy policy = SendPolicy.builder(ZoneId.of("Europe/Berlin"))
 *     .businessHours(WeeklyHours.parse("MON-FRI 09:00-17:00"))
 *     .holidays(new JollydayHolidayCalendar("DE", "BY"))   // Germany, and Bavaria's own days
 *     .build();
 * </pre>
 *
 * <p>Only public holidays are listed: jollyday's bank holidays and observances are working days
 * for most recipients. Holidays are named by jollyday's English descriptions ("German Unity
 * Day"), whatever the default locale. jollyday lists a holiday under the year of its actual date;
 * this calendar lists it, as {@link HolidayCalendar} asks, under the year of its observed date,
 * so that a New Year's Day observed on the Friday before is a holiday of the old year.
 *
 * <p>The calendar answers the years from 1 to 9999, with one exception: jollyday computes
 * holidays of the Islamic calendar with java.time's Hijrah chronology, which covers only about
 * the years 1882 to 2174, so for a country with such holidays (Saudi Arabia, Egypt and others)
 * {@link #holidays(int)} throws {@link IllegalArgumentException} for the years outside that
 * range, where the {@link HolidayCalendar} contract asks for an answer.
 *
 * <p>Two calendars of the same country and regions are equal. This class is thread-safe: calls
 * into jollyday, which does not promise to be thread-safe, are made one at a time, and each
 * year's list is kept once computed.
 */
public final class JollydayHolidayCalendar implements HolidayCalendar {

  /** The years that a calendar answers, as the {@link HolidayCalendar} contract asks. */
  private static final int MIN_YEAR = 1;
  private static final int MAX_YEAR = 9999;
  /** The order of every calendar's lists: date, then name, then actual date. */
  private static final Comparator<Holiday> ORDER = Comparator.comparing(Holiday::date)
      .thenComparing(Holiday::name)
      .thenComparing(Holiday::actualDate);

  private final String country;
  private final List<String> regions;
  /** The country and regions, such as {@code DE-BY}. */
  private final String code;
  private final HolidayManager manager;
  /** The regions as jollyday spells them, in lower case. */
  private final String[] path;
  private final Object lock = new Object();
  private final Map<Integer, List<Holiday>> years = new ConcurrentHashMap<>();

  /**
   * Creates the calendar of a country, or of a region of it.
   *
   * <p>Codes are case-insensitive. A country is an ISO 3166 code, such as {@code "DE"}, or
   * another of jollyday's calendars, such as {@code "NYSE"}. Regions, from the largest to the
   * smallest, are jollyday's codes within the country, such as {@code "BY"} for Bavaria in
   * Germany; a region's calendar holds the country's holidays and its own.
   *
   * @param country  the code of the country, not null
   * @param regions  the codes of the region and the regions it is in, largest first, not null
   * @throws IllegalArgumentException if jollyday knows no such country or region
   */
  public JollydayHolidayCalendar(String country, String... regions) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(regions, "regions");
    this.country = country.toUpperCase(Locale.ROOT);
    if (!HolidayManager.getSupportedCalendarCodes().contains(this.country)) {
      throw new IllegalArgumentException("Unknown jollyday calendar '" + country
          + "' (valid values: " + String.join(", ", new TreeSet<>(HolidayManager.getSupportedCalendarCodes()))
          + ")");
    }
    this.manager = HolidayManager.getInstance(
        ManagerParameters.create(this.country.toLowerCase(Locale.ROOT)));
    List<String> upper = new ArrayList<>();
    this.path = new String[regions.length];
    CalendarHierarchy level = manager.getCalendarHierarchy();
    String where = this.country;
    for (int i = 0; i < regions.length; i++) {
      String region = Objects.requireNonNull(regions[i], "region");
      CalendarHierarchy child = level.getChildren().get(region.toLowerCase(Locale.ROOT));
      if (child == null) {
        throw new IllegalArgumentException("Unknown region '" + region + "' of " + where
            + (level.getChildren().isEmpty()
                ? " (it has no regions)"
                : " (valid values: " + codes(level) + ")"));
      }
      upper.add(region.toUpperCase(Locale.ROOT));
      path[i] = region.toLowerCase(Locale.ROOT);
      where = where + "-" + region.toUpperCase(Locale.ROOT);
      level = child;
    }
    this.regions = List.copyOf(upper);
    this.code = where;
  }

  private static String codes(CalendarHierarchy level) {
    TreeSet<String> codes = new TreeSet<>();
    for (String code : level.getChildren().keySet()) {
      codes.add(code.toUpperCase(Locale.ROOT));
    }
    return String.join(", ", codes);
  }

  /**
   * Gets the calendar's name, such as {@code "jollyday DE"} or {@code "jollyday DE-BY"}.
   *
   * @return the name, not null
   */
  @Override
  public String name() {
    return "jollyday " + code;
  }

  /**
   * Gets the public holidays observed in a year.
   *
   * @param year  the year of the observed dates, from 1 to 9999
   * @return the holidays, sorted by observed date and then name, unmodifiable, not null
   * @throws IllegalArgumentException if the year is out of range, or if jollyday cannot compute
   *     the year, as it cannot for Islamic holidays far from the present
   */
  @Override
  public List<Holiday> holidays(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "Invalid value for year (valid values " + MIN_YEAR + " - " + MAX_YEAR + "): " + year);
    }
    return years.computeIfAbsent(year, this::compute);
  }

  private List<Holiday> compute(int year) {
    TreeSet<Holiday> observed = new TreeSet<>(ORDER);
    synchronized (lock) {
      // A holiday observed in this year may fall in the year before or after it.
      for (int y = Math.max(MIN_YEAR, year - 1); y <= Math.min(MAX_YEAR, year + 1); y++) {
        Set<de.focus_shift.jollyday.core.Holiday> holidays;
        try {
          holidays = manager.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY, path);
        } catch (DateTimeException e) {
          throw new IllegalArgumentException("jollyday cannot compute the holidays of " + code
              + " observed in " + year + ": " + e.getMessage(), e);
        }
        for (de.focus_shift.jollyday.core.Holiday h : holidays) {
          if (h.getDate().getYear() == year) {
            observed.add(Holiday.of(englishName(h), h.getActualDate(), h.getDate()));
          }
        }
      }
    }
    return List.copyOf(observed);
  }

  /** The English description; the root locale, unlike English, never falls back to the default. */
  private static String englishName(de.focus_shift.jollyday.core.Holiday h) {
    String description = h.getDescription(Locale.ROOT);
    return description == null || description.isBlank() ? h.getPropertiesKey() : description;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof JollydayHolidayCalendar)) {
      return false;
    }
    JollydayHolidayCalendar o = (JollydayHolidayCalendar) obj;
    return country.equals(o.country) && regions.equals(o.regions);
  }

  @Override
  public int hashCode() {
    return country.hashCode() * 31 + regions.hashCode();
  }

  @Override
  public String toString() {
    return "JollydayHolidayCalendar[" + code + "]";
  }
}
