package org.sendtime.recurrence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes the English description of a {@link CronExpression}. */
final class CronDescriber {
  private static final String[] WEEKDAYS =
      {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final String[] MONTHS = {"", "January", "February", "March", "April", "May",
      "June", "July", "August", "September", "October", "November", "December"};
  private static final String[] NTH = {"", "first", "second", "third", "fourth", "fifth"};
  private static final int MAX_LISTED_TIMES = 4;

  private CronDescriber() {}

  static String describe(CronExpression e) {
    int[] s = values(e.secondBits(), 60);
    int[] m = values(e.minuteBits(), 60);
    int[] h = values(e.hourBits(), 24);
    CronDays days = e.days();
    boolean allDays = days.domAll && days.dowAll;
    StringBuilder sb = new StringBuilder();
    boolean atTimes = s.length == 1 && m.length == 1 && h.length <= MAX_LISTED_TIMES;
    if (atTimes) {
      List<String> times = new ArrayList<>();
      for (int hour : h) {
        times.add(time(hour, m[0], s[0]));
      }
      sb.append("at ").append(RuleDescriber.join(times, "and"));
      if (allDays) {
        sb.append(" every day");
      }
    } else {
      sb.append(times(s, m, h));
    }
    sb.append(days(days));
    int[] months = values(e.monthBits(), 13);
    if (months.length < 12) {
      if (isRange(months) && months.length >= 3) {
        sb.append(", ").append(MONTHS[months[0]]).append(" through ")
            .append(MONTHS[months[months.length - 1]]);
      } else {
        List<String> names = new ArrayList<>();
        for (int month : months) {
          names.add(MONTHS[month]);
        }
        sb.append(" in ").append(RuleDescriber.join(names, "and"));
      }
    }
    long[] years = e.yearBits();
    if (years != null) {
      List<Integer> list = new ArrayList<>();
      for (int w = 0; w < years.length; w++) {
        for (long bits = years[w]; bits != 0; bits &= bits - 1) {
          list.add(1970 + w * 64 + Long.numberOfTrailingZeros(bits));
        }
      }
      int first = list.get(0);
      int last = list.get(list.size() - 1);
      if (list.size() >= 3 && last - first + 1 == list.size()) {
        sb.append(", ").append(first).append(" through ").append(last);
      } else {
        List<String> names = new ArrayList<>();
        list.forEach(y -> names.add(y.toString()));
        sb.append(" in ").append(RuleDescriber.join(names, "and"));
      }
    }
    return sb.toString();
  }

  private static String times(int[] s, int[] m, int[] h) {
    List<String> parts = new ArrayList<>();
    boolean everyMinute = m.length == 60;
    if (m.length == 1 && s.length == 1 && s[0] == 0) {
      // Once an hour.
      int minute = m[0];
      int step = step(h, 24);
      if (h.length == 24 || step > 1 && h[0] == 0) {
        String every = h.length == 24 ? "every hour" : "every " + step + " hours";
        return minute == 0 ? every : every + " at minute " + minute;
      }
      if (isRange(h)) {
        return "every hour from " + time(h[0], minute, 0) + " through "
            + time(h[h.length - 1], minute, 0);
      }
      return "at minute " + minute + " of hours " + RuleDescriber.join(numbers(h), "and");
    }
    if (!(s.length == 1 && s[0] == 0)) {
      parts.add(unit(s, 60, "second"));
    }
    if (!(everyMinute && !(s.length == 1 && s[0] == 0))) {
      parts.add(unit(m, 60, "minute"));
    }
    if (h.length < 24) {
      if (isRange(h)) {
        parts.add("from " + time(h[0], m[0], s[0]) + " through "
            + time(h[h.length - 1], m[m.length - 1], s[s.length - 1]));
      } else {
        parts.add("during hour" + (h.length == 1 ? " " : "s ") + RuleDescriber.join(numbers(h), "and"));
      }
    }
    return String.join(", ", parts).replace(", from ", " from ");
  }

  /** Describes the values of a field with values 0 to size - 1. */
  private static String unit(int[] v, int size, String unit) {
    if (v.length == size) {
      return "every " + unit;
    }
    int step = step(v, size);
    if (step > 1) {
      String every = "every " + step + " " + unit + "s";
      return v[0] == 0 ? every : every + " from " + unit + " " + v[0];
    }
    if (v.length == 1) {
      return "at " + unit + " " + v[0];
    }
    if (isRange(v)) {
      return "every " + unit + " from " + v[0] + " through " + v[v.length - 1];
    }
    return "at " + unit + "s " + RuleDescriber.join(numbers(v), "and");
  }

  /** The step of values that run from their first to the end of the field by a step, or 0. */
  private static int step(int[] v, int size) {
    if (v.length < 2) {
      return 0;
    }
    int step = v[1] - v[0];
    for (int i = 2; i < v.length; i++) {
      if (v[i] - v[i - 1] != step) {
        return 0;
      }
    }
    return v[v.length - 1] + step >= size ? step : 0;
  }

  private static String days(CronDays d) {
    if (d.domAll && d.dowAll) {
      return "";
    }
    String dom = d.domAll ? null : daysOfMonth(d);
    String dow = d.dowAll ? null : weekdays(d);
    if (dom == null) {
      return dow.startsWith("the ") || dow.contains(" and ") || !dow.contains(" through ")
          ? " on " + dow
          : ", " + dow;
    }
    if (dow == null) {
      return " on " + dom;
    }
    return d.either ? " on " + dom + " and on " + dow : " on " + dom + ", if it is " + dow;
  }

  private static String daysOfMonth(CronDays d) {
    List<String> parts = new ArrayList<>();
    int[] plain = values(d.domPlain, 32);
    if (plain.length >= 3 && isRange(plain)) {
      parts.add("the " + RuleDescriber.ordinal(plain[0]) + " through the " + RuleDescriber.ordinal(plain[plain.length - 1]));
    } else {
      for (int day : plain) {
        parts.add((parts.isEmpty() ? "the " : "") + RuleDescriber.ordinal(day));
      }
    }
    for (int n : values(d.lastOffsets, 32)) {
      parts.add(n == 0 ? "the last day" : "the " + before(n) + " the last day");
    }
    for (int day : values(d.nearestDays, 32)) {
      parts.add("the weekday nearest the " + RuleDescriber.ordinal(day));
    }
    for (int n : values(d.nearestLastOffsets, 32)) {
      parts.add(n == 0 ? "the last weekday"
          : "the weekday nearest the " + before(n) + " the last day");
    }
    return RuleDescriber.join(parts, "and") + " of the month";
  }

  private static String weekdays(CronDays d) {
    List<String> parts = new ArrayList<>();
    int[] plain = values(d.dowPlain, 7);
    if (plain.length >= 3 && isRange(plain)) {
      parts.add(WEEKDAYS[plain[0]] + " through " + WEEKDAYS[plain[plain.length - 1]]);
    } else {
      for (int w : plain) {
        parts.add(WEEKDAYS[w]);
      }
    }
    boolean ofMonth = false;
    for (int w = 0; w < 7; w++) {
      for (int n : values(d.nth(w), 6)) {
        parts.add("the " + NTH[n] + " " + WEEKDAYS[w]);
        ofMonth = true;
      }
    }
    for (int w : values(d.dowLast, 7)) {
      parts.add("the last " + WEEKDAYS[w]);
      ofMonth = true;
    }
    return RuleDescriber.join(parts, "and") + (ofMonth ? " of the month" : "");
  }

  /** "day before" or "3rd day before". */
  private static String before(int n) {
    return n == 1 ? "day before" : RuleDescriber.ordinal(n) + " day before";
  }

  private static String time(int h, int m, int s) {
    return s == 0
        ? String.format(Locale.ROOT, "%02d:%02d", h, m)
        : String.format(Locale.ROOT, "%02d:%02d:%02d", h, m, s);
  }

  private static boolean isRange(int[] v) {
    return v.length > 1 && v[v.length - 1] - v[0] + 1 == v.length;
  }

  private static int[] values(long bits, int size) {
    int[] v = new int[Long.bitCount(bits & (size >= 64 ? -1L : (1L << size) - 1))];
    int i = 0;
    for (long b = bits; b != 0 && i < v.length; b &= b - 1) {
      v[i++] = Long.numberOfTrailingZeros(b);
    }
    return v;
  }

  private static List<String> numbers(int[] v) {
    List<String> list = new ArrayList<>();
    for (int x : v) {
      list.add(Integer.toString(x));
    }
    return list;
  }

}
