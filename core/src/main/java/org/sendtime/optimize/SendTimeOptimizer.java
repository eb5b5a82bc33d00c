package org.sendtime.optimize;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Learns when to send to a contact from the contact's opens and clicks.
 *
 * <p>The optimizer is a pure function of its settings, the engagements, the contact's zone and
 * an as-of instant; it never reads a clock. {@link #recommend} works in five steps.
 *
 * <ol>
 *   <li><b>Filter.</b> Engagements after the as-of instant are ignored (they have not happened
 *       yet as far as the question is concerned), and so are engagements whose kind weighs zero.
 *       The rest are the <em>data points</em>. With fewer than {@link #minDataPoints()} of them,
 *       the result is a {@linkplain SendTimeRecommendation#isFallback() fallback} at
 *       {@link #fallbackTime()}, with no day and confidence 0.
 *   <li><b>Profile.</b> Each data point adds its weight to one of the 168 hours of the week, the
 *       local day of week and hour of its instant in the contact's zone (so an open at 19:15
 *       local time counts for 19:00 in winter and in summer alike). Its weight is the weight of
 *       its kind (by default 1.0 for an open and 2.0 for a click) times the recency factor
 *       {@code 2^(-age / halfLife)}, where {@code age} is the time from the engagement to the
 *       as-of instant: an engagement one half-life old counts half as much as one at the as-of
 *       instant. This is {@link #profile}.
 *   <li><b>Shrink.</b> With {@code w[h]} the profile's weight of hour {@code h}, {@code W} their
 *       sum, {@code prior[h]} the normalized {@linkplain #prior() prior} and {@code k} the
 *       {@linkplain #priorStrength() prior strength}, the posterior of each hour is
 *       {@code posterior[h] = (w[h] + k * prior[h]) / (W + k)}. The prior acts as {@code k}
 *       pseudo engagements spread as the population's are, so a contact with little data looks
 *       like the population and one with much data looks like itself. The posterior adds up to
 *       one.
 *   <li><b>Choose.</b> The recommended time is the top of the hour of day with the largest
 *       posterior mass, summed over the seven days; ties go to the earliest hour. The day of
 *       week is then the day with the largest posterior at that hour (ties go to the earliest
 *       day, Monday first), but it is given only when the data support it: when there are at
 *       least three times {@link #minDataPoints()} data points <em>and</em> that day's posterior
 *       at that hour is at least twice the mean of the other six days' posterior at the same
 *       hour.
 *   <li><b>Confidence.</b> With {@code s} the posterior mass of the chosen hour of day, the
 *       confidence is {@code (s - 1/24) / (1 - 1/24)}: 0 when the chosen hour is no more likely
 *       than under a uniform spread, 1 when it holds all of the posterior. It concerns the time of
 *       day, not the day of week. Because the prior holds {@code k} pseudo engagements, a few
 *       consistent data points give a modest confidence and more consistent data points a
 *       higher one; old engagements weigh less and so raise it less. With a prior strength of
 *       zero the data are trusted at once.
 * </ol>
 *
 * <p>Results do not depend on the order of the engagements: they are summed in a fixed order
 * (by instant, then kind), and the recency factor is computed with {@link StrictMath}, so the
 * same input gives the same result, bit for bit, on every JVM.
 *
 * <p>The defaults are a half-life of 90 days, weights OPEN 1.0 and CLICK 2.0, a
 * {@linkplain HourOfWeekProfile#uniform() uniform} prior (a neutral choice: a business-hours
 * shape would suit some audiences and mislead others, and a host that knows its population can
 * {@linkplain HourOfWeekProfile#aggregate(Iterable) aggregate} one), a prior strength of 5, a
 * minimum of 5 data points and a fallback time of 10:00, a mid-morning hour that is inside
 * business hours in most places. Settings are changed with the {@code with} methods, each of
 * which returns a new optimizer.
 *
 * <pre>
 * SendTimeOptimizer optimizer = SendTimeOptimizer.ofDefaults()
 *     .withHalfLife(Duration.ofDays(60))
 *     .withPrior(populationPrior);
 * SendTimeRecommendation r = optimizer.recommend(engagements, ZoneId.of("America/Chicago"), asOf);
 * ZonedDateTime candidate = r.nextAfter(asOf, ZoneId.of("America/Chicago"));
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SendTimeOptimizer {

  /** The factor of the minimum data points needed before a day of week is given. */
  private static final int DAY_DATA_POINTS_FACTOR = 3;
  /** How many times the other days' mean the chosen day must reach to be given. */
  private static final double DAY_RATIO = 2.0;
  private static final double UNIFORM_HOUR_SHARE = 1.0 / 24;
  /** The greatest weight {@link #withWeight} accepts for a kind of engagement. */
  public static final double MAX_KIND_WEIGHT = 1_000_000;

  private static final SendTimeOptimizer DEFAULTS = new SendTimeOptimizer(
      Duration.ofDays(90),
      Maps.immutableEnumMap(Map.of(Engagement.Kind.OPEN, 1.0, Engagement.Kind.CLICK, 2.0)),
      HourOfWeekProfile.uniform(),
      5.0,
      5,
      LocalTime.of(10, 0));

  private final Duration halfLife;
  private final ImmutableMap<Engagement.Kind, Double> weights;
  private final HourOfWeekProfile prior;
  private final double priorStrength;
  private final int minDataPoints;
  private final LocalTime fallbackTime;
  private final HourOfWeekProfile normalizedPrior;

  private SendTimeOptimizer(
      Duration halfLife, ImmutableMap<Engagement.Kind, Double> weights, HourOfWeekProfile prior,
      double priorStrength, int minDataPoints, LocalTime fallbackTime) {
    this.halfLife = halfLife;
    this.weights = weights;
    this.prior = prior;
    this.priorStrength = priorStrength;
    this.minDataPoints = minDataPoints;
    this.fallbackTime = fallbackTime;
    this.normalizedPrior = prior.normalized();
  }

  /**
   * Obtains an optimizer with the default settings that the class documentation lists.
   *
   * @return the optimizer, not null
   */
  public static SendTimeOptimizer ofDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with a recency half-life: an engagement this old counts half as much as one
   * at the as-of instant.
   *
   * @param halfLife  the half-life, positive, not null
   * @return the changed optimizer, not null
   * @throws IllegalArgumentException if the half-life is zero or negative
   */
  public SendTimeOptimizer withHalfLife(Duration halfLife) {
    checkNotNull(halfLife, "halfLife");
    checkArgument(!halfLife.isNegative() && !halfLife.isZero(),
        "Invalid value for halfLife (valid values > PT0S): %s", halfLife);
    return new SendTimeOptimizer(halfLife, weights, prior, priorStrength, minDataPoints, fallbackTime);
  }

  /**
   * Returns a copy in which engagements of a kind weigh a given amount.
   *
   * <p>A weight of zero ignores the kind altogether; its engagements are not data points. That
   * suits, for example, a host whose opens are inflated by mail-privacy prefetching.
   *
   * <p>Only the ratio between the kinds' weights matters to the recommended time; the bound of
   * one million keeps every sum of weights finite.
   *
   * @param kind  the kind of engagement, not null
   * @param weight  the weight of one engagement of that kind, from 0 to 1,000,000
   * @return the changed optimizer, not null
   * @throws IllegalArgumentException if the weight is out of range or NaN
   */
  public SendTimeOptimizer withWeight(Engagement.Kind kind, double weight) {
    checkNotNull(kind, "kind");
    checkArgument(weight >= 0 && weight <= MAX_KIND_WEIGHT,
        "Invalid value for weight of %s (valid values 0 - 1000000): %s", kind, weight);
    EnumMap<Engagement.Kind, Double> changed = new EnumMap<>(weights);
    changed.put(kind, weight + 0.0);
    return new SendTimeOptimizer(
        halfLife, Maps.immutableEnumMap(changed), prior, priorStrength, minDataPoints, fallbackTime);
  }

  /**
   * Returns a copy that shrinks toward a population prior; only its proportions matter.
   *
   * @param prior  the prior, with a positive total weight, not null
   * @return the changed optimizer, not null
   * @throws IllegalArgumentException if every weight of the prior is zero
   */
  public SendTimeOptimizer withPrior(HourOfWeekProfile prior) {
    checkNotNull(prior, "prior");
    checkArgument(prior.total() > 0, "Invalid value for prior (valid values have a positive total weight): %s", prior);
    return new SendTimeOptimizer(halfLife, weights, prior, priorStrength, minDataPoints, fallbackTime);
  }

  /**
   * Returns a copy with a prior strength: how many engagements the prior is worth.
   *
   * @param priorStrength  the strength, finite and zero or more; zero disables shrinkage
   * @return the changed optimizer, not null
   * @throws IllegalArgumentException if the strength is negative, infinite or NaN
   */
  public SendTimeOptimizer withPriorStrength(double priorStrength) {
    checkArgument(Double.isFinite(priorStrength) && priorStrength >= 0,
        "Invalid value for priorStrength (valid values finite and >= 0): %s", priorStrength);
    return new SendTimeOptimizer(halfLife, weights, prior, priorStrength + 0.0, minDataPoints, fallbackTime);
  }

  /**
   * Returns a copy that needs a number of data points before it learns; with fewer it falls
   * back to {@link #fallbackTime()}.
   *
   * @param minDataPoints  the minimum number of data points, one or more
   * @return the changed optimizer, not null
   * @throws IllegalArgumentException if the minimum is less than one
   */
  public SendTimeOptimizer withMinDataPoints(int minDataPoints) {
    checkArgument(minDataPoints >= 1, "Invalid value for minDataPoints (valid values >= 1): %s", minDataPoints);
    return new SendTimeOptimizer(halfLife, weights, prior, priorStrength, minDataPoints, fallbackTime);
  }

  /**
   * Returns a copy that recommends a local time when there are too few data points.
   *
   * @param fallbackTime  the local time of day, not null
   * @return the changed optimizer, not null
   */
  public SendTimeOptimizer withFallbackTime(LocalTime fallbackTime) {
    checkNotNull(fallbackTime, "fallbackTime");
    return new SendTimeOptimizer(halfLife, weights, prior, priorStrength, minDataPoints, fallbackTime);
  }

  /**
   * Gets the recency half-life.
   *
   * @return the half-life, positive, not null
   */
  public Duration halfLife() {
    return halfLife;
  }

  /**
   * Gets the weight of one engagement of a kind.
   *
   * @param kind  the kind of engagement, not null
   * @return the weight, finite and zero or more
   */
  public double weight(Engagement.Kind kind) {
    checkNotNull(kind, "kind");
    return weights.get(kind);
  }

  /**
   * Gets the population prior, as it was given.
   *
   * @return the prior, not null
   */
  public HourOfWeekProfile prior() {
    return prior;
  }

  /**
   * Gets the prior strength, in engagements.
   *
   * @return the strength, finite and zero or more
   */
  public double priorStrength() {
    return priorStrength;
  }

  /**
   * Gets the minimum number of data points needed to learn.
   *
   * @return the minimum, one or more
   */
  public int minDataPoints() {
    return minDataPoints;
  }

  /**
   * Gets the local time recommended when there are too few data points.
   *
   * @return the fallback time, not null
   */
  public LocalTime fallbackTime() {
    return fallbackTime;
  }

  /**
   * Obtains a contact's recency-weighted engagement profile, before shrinkage: the weight each
   * hour of the week (local to the contact's zone) received, as the class documentation
   * describes.
   *
   * <p>The profiles of many contacts can be {@linkplain HourOfWeekProfile#aggregate(Iterable)
   * aggregated} into a population prior.
   *
   * @param events  the contact's engagements, in any order, not null, no null elements
   * @param contactZone  the contact's zone, not null
   * @param asOf  the instant to measure ages from; later engagements are ignored, not null
   * @return the profile, all zero if there are no data points, not null
   */
  public HourOfWeekProfile profile(Iterable<Engagement> events, ZoneId contactZone, Instant asOf) {
    return tally(events, contactZone, asOf).profile;
  }

  /**
   * Recommends when to send to a contact, as the class documentation describes.
   *
   * @param events  the contact's engagements, in any order, not null, no null elements
   * @param contactZone  the contact's zone, in which days and hours are read, not null
   * @param asOf  the instant to measure ages from; later engagements are ignored, not null
   * @return the recommendation, not null
   */
  public SendTimeRecommendation recommend(Iterable<Engagement> events, ZoneId contactZone, Instant asOf) {
    Tally tally = tally(events, contactZone, asOf);
    int n = tally.dataPoints;
    if (n < minDataPoints) {
      return SendTimeRecommendation.fallback(fallbackTime, n, String.format(Locale.ROOT,
          "fallback to %s: %d data points, fewer than the minimum of %d", fallbackTime, n, minDataPoints));
    }
    double denominator = tally.profile.total() + priorStrength;
    if (!(denominator > 0)) {
      return SendTimeRecommendation.fallback(fallbackTime, n, String.format(Locale.ROOT,
          "fallback to %s: %d data points, but all too old to weigh anything and no prior", fallbackTime, n));
    }
    // The posterior is numerator / denominator with one denominator for all hours, so choices
    // compare numerators and shares divide once, which keeps a share of all the weight at 1.
    double[] numerator = new double[HourOfWeekProfile.HOURS_PER_WEEK];
    for (int i = 0; i < numerator.length; i++) {
      numerator[i] = tally.profile.weightAt(i) + priorStrength * normalizedPrior.weightAt(i);
    }

    int bestHour = 0;
    double bestHourSum = -1;
    for (int hour = 0; hour < 24; hour++) {
      double sum = 0;
      for (int day = 0; day < 7; day++) {
        sum += numerator[day * 24 + hour];
      }
      if (sum > bestHourSum) {
        bestHour = hour;
        bestHourSum = sum;
      }
    }
    double bestShare = bestHourSum / denominator;

    int bestDay = 0;
    for (int day = 1; day < 7; day++) {
      if (numerator[day * 24 + bestHour] > numerator[bestDay * 24 + bestHour]) {
        bestDay = day;
      }
    }
    double others = 0;
    for (int day = 0; day < 7; day++) {
      if (day != bestDay) {
        others += numerator[day * 24 + bestHour];
      }
    }
    double othersMean = others / 6;
    double ratio = othersMean == 0 ? Double.POSITIVE_INFINITY : numerator[bestDay * 24 + bestHour] / othersMean;
    long neededForDay = (long) DAY_DATA_POINTS_FACTOR * minDataPoints;
    boolean dayGiven = n >= neededForDay && ratio >= DAY_RATIO;

    double confidence = (bestShare - UNIFORM_HOUR_SHARE) / (1 - UNIFORM_HOUR_SHARE);
    confidence = Math.min(1.0, Math.max(0.0, confidence));
    LocalTime time = LocalTime.of(bestHour, 0);
    DayOfWeek day = DayOfWeek.of(bestDay + 1);
    String reason = String.format(Locale.ROOT,
        "learned from %d data points: %s holds %.1f%% of the posterior; %s at %s holds %s times the mean of"
            + " the other days at that hour, so %s (a day needs %d data points and a ratio of at least %.1f)",
        n, time, bestShare * 100, day, time, formatRatio(ratio),
        dayGiven ? "the day is " + day : "no day is given", neededForDay, DAY_RATIO);
    return SendTimeRecommendation.learned(dayGiven ? day : null, time, confidence, n, reason);
  }

  private static String formatRatio(double ratio) {
    return Double.isInfinite(ratio) ? "infinitely many" : String.format(Locale.ROOT, "%.2f", ratio);
  }

  private Tally tally(Iterable<Engagement> events, ZoneId contactZone, Instant asOf) {
    checkNotNull(events, "events");
    checkNotNull(contactZone, "contactZone");
    checkNotNull(asOf, "asOf");
    List<Engagement> counted = new ArrayList<>();
    int index = 0;
    for (Engagement e : events) {
      checkNotNull(e, "events[%s]", index);
      index++;
      if (!e.at().isAfter(asOf) && weights.get(e.kind()) > 0) {
        counted.add(e);
      }
    }
    // Floating-point sums depend on order; a fixed order makes the result independent of the
    // caller's. Engagements equal in this order are equal, so the order is total.
    counted.sort(Engagement.CANONICAL_ORDER);
    double halfLifeSeconds = seconds(halfLife);
    double[] profile = new double[HourOfWeekProfile.HOURS_PER_WEEK];
    for (Engagement e : counted) {
      double age = seconds(Duration.between(e.at(), asOf));
      double weight = weights.get(e.kind()) * StrictMath.pow(2.0, -age / halfLifeSeconds);
      LocalDateTime local = LocalDateTime.ofInstant(e.at(), contactZone);
      profile[HourOfWeekProfile.index(local.getDayOfWeek(), local.getHour())] += weight;
    }
    return new Tally(HourOfWeekProfile.ofOwned(profile), counted.size());
  }

  private static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }

  /** A contact's weighted profile and its number of data points. */
  private static final class Tally {
    final HourOfWeekProfile profile;
    final int dataPoints;

    Tally(HourOfWeekProfile profile, int dataPoints) {
      this.profile = profile;
      this.dataPoints = dataPoints;
    }
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof SendTimeOptimizer)) {
      return false;
    }
    SendTimeOptimizer o = (SendTimeOptimizer) obj;
    return halfLife.equals(o.halfLife) && weights.equals(o.weights) && prior.equals(o.prior)
        && Double.compare(priorStrength, o.priorStrength) == 0 && minDataPoints == o.minDataPoints
        && fallbackTime.equals(o.fallbackTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(halfLife, weights, prior, priorStrength, minDataPoints, fallbackTime);
  }

  /** Outputs every setting. */
  @Override
  public String toString() {
    return "SendTimeOptimizer[halfLife=" + halfLife + ", weights=" + weights + ", prior=" + prior
        + ", priorStrength=" + priorStrength + ", minDataPoints=" + minDataPoints + ", fallbackTime="
        + fallbackTime + "]";
  }
}
