package org.sendtime.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HourOfWeekProfileTest {

  private static double[] weights(int index, double value) {
    double[] a = new double[168];
    a[index] = value;
    return a;
  }

  @ParameterizedTest
  @CsvSource({
      // day, hour, index
      "MONDAY, 0, 0",      // the week starts on Monday at midnight
      "MONDAY, 23, 23",
      "TUESDAY, 0, 24",
      "WEDNESDAY, 19, 67",
      "SUNDAY, 23, 167",   // the last hour of the week
  })
  void weight_indexIsDayTimes24PlusHour(DayOfWeek day, int hour, int index) {
    HourOfWeekProfile p = HourOfWeekProfile.of(weights(index, 3.5));
    assertThat(p.weight(day, hour)).isEqualTo(3.5);
    assertThat(p.total()).isEqualTo(3.5);
  }

  @Test
  void uniform_oneEveryHour() {
    HourOfWeekProfile u = HourOfWeekProfile.uniform();
    assertThat(u.toArray()).containsOnly(1.0).hasSize(168);
    assertThat(u.total()).isEqualTo(168.0);
    assertThat(u.normalized().weight(DayOfWeek.FRIDAY, 9)).isEqualTo(1.0 / 168);
  }

  @ParameterizedTest
  @CsvSource({
      // length
      "0",     // empty
      "24",    // one day only
      "167",   // one short
      "169",   // one too many
  })
  void of_wrongLength(int length) {
    assertThatThrownBy(() -> HourOfWeekProfile.of(new double[length]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("168")
        .hasMessageContaining(": " + length);
  }

  @ParameterizedTest
  @CsvSource({
      // bad weight
      "NaN",
      "Infinity",
      "-Infinity",
      "-1.0",
      "-4.9E-324",   // the smallest negative double
  })
  void of_badWeight(double bad) {
    assertThatThrownBy(() -> HourOfWeekProfile.of(weights(42, bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weights[42]")
        .hasMessageContaining("finite and >= 0")
        .hasMessageContaining(String.valueOf(bad));
  }

  @Test
  void of_allZeroIsAProfile() {
    HourOfWeekProfile zero = HourOfWeekProfile.of(new double[168]);
    assertThat(zero.total()).isZero();
    assertThat(zero.normalized()).isSameAs(zero);
    assertThat(zero).hasToString("HourOfWeekProfile[]");
  }

  @Test
  void of_copiesItsArgument() {
    double[] a = weights(5, 2.0);
    HourOfWeekProfile p = HourOfWeekProfile.of(a);
    a[5] = 7.0;
    assertThat(p.weight(DayOfWeek.MONDAY, 5)).isEqualTo(2.0);
    p.toArray()[5] = 9.0;
    assertThat(p.weight(DayOfWeek.MONDAY, 5)).isEqualTo(2.0);
  }

  @Test
  void of_negativeZeroEqualsZero() {
    assertThat(HourOfWeekProfile.of(weights(3, -0.0))).isEqualTo(HourOfWeekProfile.of(new double[168]));
  }

  @ParameterizedTest
  @CsvSource({
      // hour
      "-1",
      "24",
  })
  void weight_badHour(int hour) {
    assertThatThrownBy(() -> HourOfWeekProfile.uniform().weight(DayOfWeek.MONDAY, hour))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hour")
        .hasMessageContaining("0 - 23")
        .hasMessageContaining(String.valueOf(hour));
  }

  @Test
  void normalized_keepsProportionsAndSumsToOne() {
    double[] a = weights(0, 1.0);
    a[100] = 3.0;
    HourOfWeekProfile n = HourOfWeekProfile.of(a).normalized();
    assertThat(n.weight(DayOfWeek.MONDAY, 0)).isEqualTo(0.25);
    assertThat(n.weight(DayOfWeek.FRIDAY, 4)).isEqualTo(0.75);
    assertThat(n.total()).isEqualTo(1.0);
  }

  @Test
  void normalized_totalBeyondDoubleRange() {
    double[] a = new double[168];
    Arrays.fill(a, Double.MAX_VALUE);
    HourOfWeekProfile n = HourOfWeekProfile.of(a).normalized();
    assertThat(n.total()).isCloseTo(1.0, within(1e-12));
    assertThat(n.weight(DayOfWeek.SUNDAY, 23)).isEqualTo(1.0 / 168);
  }

  @Test
  void aggregate_sumsBucketByBucket() {
    HourOfWeekProfile a = HourOfWeekProfile.of(weights(10, 2.0));
    HourOfWeekProfile b = HourOfWeekProfile.of(weights(10, 1.0));
    HourOfWeekProfile c = HourOfWeekProfile.of(weights(11, 4.0));
    HourOfWeekProfile sum = HourOfWeekProfile.aggregate(List.of(a, b, c));
    assertThat(sum.weight(DayOfWeek.MONDAY, 10)).isEqualTo(3.0);
    assertThat(sum.weight(DayOfWeek.MONDAY, 11)).isEqualTo(4.0);
    assertThat(sum.total()).isEqualTo(7.0);
  }

  @Test
  void aggregate_normalizedCountsEachContactOnce() {
    // A heavy engager at 10:00 and a light one at 11:00 weigh the same once normalized; an
    // inactive contact adds nothing.
    HourOfWeekProfile heavy = HourOfWeekProfile.of(weights(10, 50.0));
    HourOfWeekProfile light = HourOfWeekProfile.of(weights(11, 1.0));
    HourOfWeekProfile inactive = HourOfWeekProfile.of(new double[168]);
    HourOfWeekProfile sum = HourOfWeekProfile.aggregate(
        List.of(heavy.normalized(), light.normalized(), inactive.normalized()));
    assertThat(sum.weight(DayOfWeek.MONDAY, 10)).isEqualTo(1.0);
    assertThat(sum.weight(DayOfWeek.MONDAY, 11)).isEqualTo(1.0);
    assertThat(sum.total()).isEqualTo(2.0);
  }

  @Test
  void aggregate_empty() {
    assertThat(HourOfWeekProfile.aggregate(List.of())).isEqualTo(HourOfWeekProfile.of(new double[168]));
  }

  @Test
  void aggregate_overflow() {
    HourOfWeekProfile big = HourOfWeekProfile.of(weights(7, Double.MAX_VALUE));
    assertThatThrownBy(() -> HourOfWeekProfile.aggregate(List.of(big, big)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weights[7]")
        .hasMessageContaining("finite")
        .hasMessageContaining("Infinity");
  }

  @Test
  void aggregate_nullElement() {
    assertThatThrownBy(() -> HourOfWeekProfile.aggregate(Arrays.asList(HourOfWeekProfile.uniform(), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("profiles[1]");
  }

  @Test
  void equals_byWeights() {
    new EqualsTester()
        .addEqualityGroup(HourOfWeekProfile.uniform(), HourOfWeekProfile.of(HourOfWeekProfile.uniform().toArray()))
        .addEqualityGroup(HourOfWeekProfile.uniform().normalized())
        .addEqualityGroup(HourOfWeekProfile.of(weights(0, 1.0)), HourOfWeekProfile.aggregate(List.of(HourOfWeekProfile.of(weights(0, 1.0)))))
        .addEqualityGroup(HourOfWeekProfile.of(weights(1, 1.0)))
        .testEquals();
  }

  @Test
  void toString_listsNonZeroHours() {
    double[] a = weights(HourOfWeekProfile.index(DayOfWeek.MONDAY, 19), 2.0);
    a[HourOfWeekProfile.index(DayOfWeek.TUESDAY, 7)] = 1.5;
    assertThat(HourOfWeekProfile.of(a)).hasToString("HourOfWeekProfile[MONDAY 19:00=2.0, TUESDAY 07:00=1.5]");
    assertThat(HourOfWeekProfile.uniform()).hasToString("HourOfWeekProfile[every hour=1.0]");
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(double[].class, new double[168])
        .setDefault(DayOfWeek.class, DayOfWeek.MONDAY);
    t.testAllPublicStaticMethods(HourOfWeekProfile.class);
    t.testAllPublicInstanceMethods(HourOfWeekProfile.uniform());
  }
}
