package org.sendtime.optimize;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Non-negative weights for the 168 hours of a week, such as how much a contact engaged on
 * Tuesdays between 19:00 and 20:00 local time.
 *
 * <p>The hours are indexed from Monday 00:00 to Sunday 23:00: the index of an hour is
 * {@code (dayOfWeek.getValue() - 1) * 24 + hour}, so Monday 00:00 is 0, Monday 23:00 is 23,
 * Tuesday 00:00 is 24 and Sunday 23:00 is 167. Days and hours are local to whatever zone the
 * profile was built in; the profile itself has no zone.
 *
 * <p>A profile serves two purposes. {@link SendTimeOptimizer#profile} builds one per contact
 * from engagements, and a population of them can be combined with {@link #aggregate(Iterable)}
 * into a prior for {@link SendTimeOptimizer#withPrior(HourOfWeekProfile)}. Only the proportions
 * of a prior matter, so a prior may be given in any unit.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HourOfWeekProfile {

  /** The number of hours in a week, and so of weights in a profile. */
  public static final int HOURS_PER_WEEK = 168;

  private static final HourOfWeekProfile UNIFORM = new HourOfWeekProfile(filled(1.0));

  private final double[] weights;

  /** Takes ownership of the array, which must be valid and never modified afterwards. */
  private HourOfWeekProfile(double[] weights) {
    this.weights = weights;
  }

  /**
   * Obtains the profile that weighs every hour of the week the same, 1.0 each.
   *
   * @return the uniform profile, not null
   */
  public static HourOfWeekProfile uniform() {
    return UNIFORM;
  }

  /**
   * Obtains a profile from 168 weights, indexed from Monday 00:00 to Sunday 23:00 as the class
   * documentation describes.
   *
   * <p>The array is copied. A profile may be all zero (a contact with no engagement), but such a
   * profile is rejected as a prior.
   *
   * @param weights  the 168 weights, each finite and zero or more, not null
   * @return the profile, not null
   * @throws IllegalArgumentException if the array does not have 168 elements, or a weight is
   *     negative, infinite or NaN
   */
  public static HourOfWeekProfile of(double[] weights) {
    checkNotNull(weights, "weights");
    checkArgument(weights.length == HOURS_PER_WEEK,
        "Invalid length for weights (valid length 168, one per hour of the week): %s", weights.length);
    double[] copy = new double[HOURS_PER_WEEK];
    for (int i = 0; i < HOURS_PER_WEEK; i++) {
      double w = weights[i];
      checkArgument(Double.isFinite(w) && w >= 0,
          "Invalid value for weights[%s] (valid values finite and >= 0): %s", i, Double.valueOf(w));
      // Adding zero turns -0.0 into 0.0, so that equal-looking profiles are equal.
      copy[i] = w + 0.0;
    }
    return new HourOfWeekProfile(copy);
  }

  /**
   * Obtains a profile from the weights an optimizer accumulated; the array must be valid and
   * is not copied.
   */
  static HourOfWeekProfile ofOwned(double[] weights) {
    return new HourOfWeekProfile(weights);
  }

  /**
   * Obtains the bucket-by-bucket sum of profiles, for example to build a population prior from
   * the profiles of many contacts.
   *
   * <p>A plain sum lets a contact who engaged often count more than one who engaged rarely. To
   * let every contact count once, aggregate their {@linkplain #normalized() normalized}
   * profiles instead; contacts with no engagement then add nothing. The sum is taken in the
   * iteration order of the profiles.
   *
   * @param profiles  the profiles to add up, not null, no null elements
   * @return the sum, all zero if there are no profiles, not null
   * @throws IllegalArgumentException if the sum of a bucket overflows to infinity
   */
  public static HourOfWeekProfile aggregate(Iterable<HourOfWeekProfile> profiles) {
    checkNotNull(profiles, "profiles");
    double[] sum = new double[HOURS_PER_WEEK];
    int count = 0;
    for (HourOfWeekProfile p : profiles) {
      checkNotNull(p, "profiles[%s]", count);
      for (int i = 0; i < HOURS_PER_WEEK; i++) {
        sum[i] += p.weights[i];
      }
      count++;
    }
    for (int i = 0; i < HOURS_PER_WEEK; i++) {
      checkArgument(Double.isFinite(sum[i]), "Invalid sum for weights[%s] (valid values finite): %s", i, Double.valueOf(sum[i]));
    }
    return new HourOfWeekProfile(sum);
  }

  /**
   * Gets the weight of one hour of the week.
   *
   * @param dayOfWeek  the day of the week, not null
   * @param hour  the hour of the day, from 0 to 23
   * @return the weight, finite and zero or more
   * @throws IllegalArgumentException if the hour is out of range
   */
  public double weight(DayOfWeek dayOfWeek, int hour) {
    checkNotNull(dayOfWeek, "dayOfWeek");
    checkArgument(hour >= 0 && hour <= 23, "Invalid value for hour (valid values 0 - 23): %s", hour);
    return weights[index(dayOfWeek, hour)];
  }

  /**
   * Gets the sum of the 168 weights.
   *
   * @return the total, zero or more; positive infinity only if the finite weights add up past
   *     the largest double
   */
  public double total() {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    return total;
  }

  /**
   * Returns a copy of the 168 weights, indexed as the class documentation describes.
   *
   * @return a new array, not null
   */
  public double[] toArray() {
    return weights.clone();
  }

  /**
   * Returns a profile with the same proportions whose weights add up to one.
   *
   * <p>An all-zero profile has no proportions and is returned unchanged, so that normalizing
   * the profiles of a population before {@linkplain #aggregate(Iterable) aggregating} them
   * skips contacts without engagement.
   *
   * @return the normalized profile, not null
   */
  public HourOfWeekProfile normalized() {
    double total = total();
    if (total == 0) {
      return this;
    }
    double[] result = new double[HOURS_PER_WEEK];
    if (Double.isInfinite(total)) {
      // Scale first so the total becomes finite; proportions are what matter.
      double max = 0;
      for (double w : weights) {
        max = Math.max(max, w);
      }
      for (int i = 0; i < HOURS_PER_WEEK; i++) {
        result[i] = weights[i] / max;
      }
      return new HourOfWeekProfile(result).normalized();
    }
    for (int i = 0; i < HOURS_PER_WEEK; i++) {
      result[i] = weights[i] / total;
    }
    return new HourOfWeekProfile(result);
  }

  /** Gets the weight at an index from 0 to 167, without checks. */
  double weightAt(int index) {
    return weights[index];
  }

  static int index(DayOfWeek dayOfWeek, int hour) {
    return (dayOfWeek.getValue() - 1) * 24 + hour;
  }

  private static double[] filled(double value) {
    double[] a = new double[HOURS_PER_WEEK];
    Arrays.fill(a, value);
    return a;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof HourOfWeekProfile && Arrays.equals(weights, ((HourOfWeekProfile) obj).weights);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights);
  }

  /**
   * Outputs the non-zero weights by day and hour, such as
   * {@code HourOfWeekProfile[MONDAY 19:00=2.0, TUESDAY 19:00=1.5]}; a profile whose weights are
   * all equal and positive is output as {@code HourOfWeekProfile[every hour=1.0]}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("HourOfWeekProfile[");
    double first = weights[0];
    boolean allEqual = first > 0;
    for (double w : weights) {
      allEqual &= w == first;
    }
    if (allEqual) {
      return sb.append("every hour=").append(first).append(']').toString();
    }
    String separator = "";
    for (int i = 0; i < HOURS_PER_WEEK; i++) {
      if (weights[i] != 0) {
        sb.append(separator).append(DayOfWeek.of(i / 24 + 1)).append(' ');
        int hour = i % 24;
        sb.append(hour < 10 ? "0" : "").append(hour).append(":00=").append(weights[i]);
        separator = ", ";
      }
    }
    return sb.append(']').toString();
  }
}
