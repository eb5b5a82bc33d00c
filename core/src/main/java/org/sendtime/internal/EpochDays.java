package org.sendtime.internal;

/**
 * Calendar arithmetic on epoch days (days from 1970-01-01) without allocating, for the policy
 * engine's hot path. Proleptic ISO calendar, as {@link java.time.LocalDate}.
 */
public final class EpochDays {

  /** Seconds in a day. */
  public static final long SECONDS_PER_DAY = 86_400;

  private EpochDays() {}

  /**
   * Gets the epoch day of a local second.
   *
   * @param localSecond  the local second
   * @return the epoch day
   */
  public static long dayOf(long localSecond) {
    return Math.floorDiv(localSecond, SECONDS_PER_DAY);
  }

  /**
   * Gets the second of the day of a local second.
   *
   * @param localSecond  the local second
   * @return the second of the day, from 0 to 86,399
   */
  public static int secondOfDay(long localSecond) {
    return (int) Math.floorMod(localSecond, SECONDS_PER_DAY);
  }

  /**
   * Gets the ISO day of the week of an epoch day, Monday 1 to Sunday 7.
   *
   * @param epochDay  the epoch day
   * @return the day-of-week value, from 1 to 7
   */
  public static int dayOfWeek(long epochDay) {
    // 1970-01-01 was a Thursday.
    return Math.floorMod(epochDay + 3, 7) + 1;
  }

  /**
   * Gets the year of an epoch day.
   *
   * @param epochDay  the epoch day
   * @return the proleptic year
   */
  public static int yearOf(long epochDay) {
    // Days from 0000-03-01, in 400-year eras of 146,097 days; the year starts in March here.
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long year = yoe + era * 400 + (mp >= 10 ? 1 : 0);
    return (int) year;
  }
}
