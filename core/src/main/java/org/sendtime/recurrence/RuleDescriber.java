package org.sendtime.recurrence;

import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Writes short English descriptions of recurrence rules. */
final class RuleDescriber {
  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

  private RuleDescriber() {}

  /**
   * Describes a rule; with a start, also the parts the rule takes from it (the time of day).
   */
  static String describe(RecurrenceRule r, @Nullable LocalDateTime start) {
    StringBuilder sb = new StringBuilder();
    sb.append(every(r.frequency(), r.interval()));
    if (!r.byMonth().isEmpty()) {
      sb.append(" in ").append(join(r.byMonth().stream()
          .map(m -> Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH))
          .collect(Collectors.toList()), "and"));
    }
    if (!r.byWeekNo().isEmpty()) {
      sb.append(r.byWeekNo().size() == 1 ? " in week " : " in weeks ")
          .append(join(numbers(r.byWeekNo(), false), "and"));
    }
    if (!r.byYearDay().isEmpty()) {
      sb.append(" on the ").append(join(numbers(r.byYearDay(), true), "and"))
          .append(r.byYearDay().size() == 1 ? " day of the year" : " days of the year");
    }
    String days = days(r);
    if (!r.byMonthDay().isEmpty()) {
      sb.append(" on the ").append(join(numbers(r.byMonthDay(), true), "and"))
          .append(r.byMonthDay().size() == 1 ? " day" : " days");
      if (!days.isEmpty()) {
        sb.append(" if it is ").append(days.replace("weekdays", "a weekday").replace("weekends", "a weekend day"));
      }
    } else if (!r.bySetPos().isEmpty() && !days.isEmpty() && r.byYearDay().isEmpty()
        && r.byDay().stream().noneMatch(WeekdayNum::hasOrdinal)) {
      String which = join(numbers(r.bySetPos(), true), "and");
      sb.append(" on the ").append(which).append(' ')
          .append(days.equals("weekdays") ? "weekday" : days.equals("weekends") ? "weekend day" : days.replace(" and ", " or "));
    } else if (!days.isEmpty()) {
      sb.append(" on ").append(days);
    }
    boolean setPosDescribed = !r.bySetPos().isEmpty() && r.byMonthDay().isEmpty() && !days.isEmpty()
        && r.byYearDay().isEmpty() && r.byDay().stream().noneMatch(WeekdayNum::hasOrdinal);
    sb.append(time(r, start));
    if (!r.bySetPos().isEmpty() && !setPosDescribed) {
      sb.append(", keeping the ").append(join(numbers(r.bySetPos(), true), "and"))
          .append(" of each ").append(unit(r.frequency()));
    }
    if (r.skip() == Skip.BACKWARD) {
      sb.append(", or the month's last day when the day does not exist");
    } else if (r.skip() == Skip.FORWARD) {
      sb.append(", or the next month's first day when the day does not exist");
    }
    r.count().ifPresent(c -> sb.append(c == 1 ? ", once" : ", " + c + " times"));
    r.until().ifPresent(u -> sb.append(", until ").append(until(u)));
    return sb.toString();
  }

  private static String until(Temporal u) {
    if (u instanceof Instant) {
      return u.toString();
    }
    if (u instanceof LocalDate) {
      return u.toString();
    }
    return ((LocalDateTime) u).toString();
  }

  private static String unit(Frequency f) {
    switch (f) {
      case SECONDLY:
        return "second";
      case MINUTELY:
        return "minute";
      case HOURLY:
        return "hour";
      case DAILY:
        return "day";
      case WEEKLY:
        return "week";
      case MONTHLY:
        return "month";
      default:
        return "year";
    }
  }

  private static String every(Frequency f, int interval) {
    String u = unit(f);
    if (interval == 1) {
      return "every " + u;
    }
    if (interval == 2) {
      return "every other " + u;
    }
    return "every " + interval + " " + u + "s";
  }

  private static String days(RecurrenceRule r) {
    if (r.byDay().isEmpty()) {
      return "";
    }
    boolean ordinals = r.byDay().stream().anyMatch(WeekdayNum::hasOrdinal);
    if (!ordinals) {
      EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
      r.byDay().forEach(w -> set.add(w.dayOfWeek()));
      if (set.equals(WEEKDAYS)) {
        return "weekdays";
      }
      if (set.equals(WEEKEND)) {
        return "weekends";
      }
      return join(set.stream().map(RuleDescriber::name).collect(Collectors.toList()), "and");
    }
    List<String> parts = new ArrayList<>();
    for (WeekdayNum w : r.byDay()) {
      parts.add(w.hasOrdinal() ? "the " + ordinal(w.ordinal()) + " " + name(w.dayOfWeek()) : name(w.dayOfWeek()));
    }
    return join(parts, "and");
  }

  private static String name(DayOfWeek d) {
    return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String time(RecurrenceRule r, @Nullable LocalDateTime start) {
    Frequency f = r.frequency();
    ImmutableSortedSet<Integer> hours = r.byHour();
    ImmutableSortedSet<Integer> minutes = r.byMinute();
    ImmutableSortedSet<Integer> seconds = r.bySecond();
    if (start != null) {
      if (hours.isEmpty() && f.compareTo(Frequency.DAILY) >= 0) {
        hours = ImmutableSortedSet.of(start.getHour());
      }
      if (minutes.isEmpty() && f.compareTo(Frequency.HOURLY) >= 0) {
        minutes = ImmutableSortedSet.of(start.getMinute());
      }
      if (seconds.isEmpty() && f.compareTo(Frequency.MINUTELY) >= 0) {
        seconds = ImmutableSortedSet.of(start.getSecond());
      }
    }
    if (!f.isSubDaily() && !hours.isEmpty() && !minutes.isEmpty() && hours.size() * minutes.size() <= 6) {
      List<String> times = new ArrayList<>();
      boolean withSeconds = seconds.size() > 1 || (seconds.size() == 1 && seconds.first() != 0);
      for (int h : hours) {
        for (int m : minutes) {
          String t = String.format(Locale.ROOT, "%02d:%02d", h, m);
          if (withSeconds) {
            t += ":" + seconds.stream().map(s -> String.format(Locale.ROOT, "%02d", s)).collect(Collectors.joining("/"));
          }
          times.add(t);
        }
      }
      return " at " + join(times, "and");
    }
    StringBuilder sb = new StringBuilder();
    if (!hours.isEmpty()) {
      sb.append(hours.size() == 1 ? " in hour " : " in hours ").append(join(numbers(hours, false), "and"));
    }
    if (!minutes.isEmpty()) {
      // Minutes that limit a minutely or secondly rule are "in", minutes of an hour are "at".
      boolean limits = f.compareTo(Frequency.HOURLY) < 0 && hours.isEmpty();
      sb.append(limits ? " in minute" : " at minute").append(minutes.size() == 1 ? " " : "s ")
          .append(join(numbers(minutes, false), "and"));
    }
    if (!seconds.isEmpty() && !(seconds.size() == 1 && seconds.first() == 0)) {
      sb.append(seconds.size() == 1 ? " at second " : " at seconds ").append(join(numbers(seconds, false), "and"));
    }
    return sb.toString();
  }

  private static List<String> numbers(Iterable<Integer> values, boolean ordinal) {
    List<String> out = new ArrayList<>();
    for (int v : values) {
      out.add(ordinal ? ordinal(v) : Integer.toString(v));
    }
    // Positive values first, then those counted from the end ("last"), nearest the end last.
    List<String> positive = new ArrayList<>();
    List<String> negative = new ArrayList<>();
    int i = 0;
    for (int v : values) {
      (v > 0 || !ordinal ? positive : negative).add(out.get(i++));
    }
    java.util.Collections.reverse(negative);
    positive.addAll(negative);
    return positive;
  }

  static String ordinal(int n) {
    if (n == -1) {
      return "last";
    }
    if (n < 0) {
      return ordinal(-n) + "-to-last";
    }
    int mod100 = n % 100;
    String suffix;
    if (mod100 >= 11 && mod100 <= 13) {
      suffix = "th";
    } else if (n % 10 == 1) {
      suffix = "st";
    } else if (n % 10 == 2) {
      suffix = "nd";
    } else if (n % 10 == 3) {
      suffix = "rd";
    } else {
      suffix = "th";
    }
    return n + suffix;
  }

  static String join(List<String> parts, String conjunction) {
    if (parts.size() <= 1) {
      return parts.isEmpty() ? "" : parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + conjunction + " " + parts.get(parts.size() - 1);
  }
}
