package org.sendtime.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlackoutScopeTest {
  private static final BlackoutScope CAMPAIGNS = BlackoutScope.campaigns(List.of("welcome", "spring-sale"));
  private static final BlackoutScope LOCATIONS = BlackoutScope.locations(List.of("US-NY", "US-CA"));

  @ParameterizedTest(name = "{0}, {1}: all {2}, campaigns {3}, locations {4}")
  @CsvSource(nullValues = "null", value = {
      // campaign,   location, all,  campaigns, locations
      "welcome,      US-NY,    true, true,      true",   // listed campaign, listed location
      "welcome,      FR,       true, true,      false",  // listed campaign, other location
      "newsletter,   US-CA,    true, false,     true",   // other campaign, listed location
      "newsletter,   FR,       true, false,     false",  // neither listed
      "null,         US-NY,    true, false,     true",   // no campaign is no listed campaign
      "welcome,      null,     true, true,      false",  // no location is no listed location
      "null,         null,     true, false,     false",  // neither known
      "Welcome,      us-ny,    true, false,     false",  // ids compare exactly, case included
  })
  void appliesTo_table(@Nullable String campaign, @Nullable String location, boolean all, boolean campaigns,
      boolean locations) {
    assertThat(applies(BlackoutScope.all(), campaign, location)).isEqualTo(all);
    assertThat(applies(CAMPAIGNS, campaign, location)).isEqualTo(campaigns);
    assertThat(applies(LOCATIONS, campaign, location)).isEqualTo(locations);
  }

  private static boolean applies(BlackoutScope scope, @Nullable String campaign, @Nullable String location) {
    return scope.appliesToCampaign(campaign) && scope.appliesToLocation(location);
  }

  @Test
  void appliesTo_eachDimensionAlone() {
    // A campaign scope does not look at locations, nor a location scope at campaigns.
    assertThat(CAMPAIGNS.appliesToLocation(null)).isTrue();
    assertThat(CAMPAIGNS.appliesToCampaign(null)).isFalse();
    assertThat(LOCATIONS.appliesToCampaign(null)).isTrue();
    assertThat(LOCATIONS.appliesToLocation(null)).isFalse();
  }

  @Test
  void listed_sortedAndDeduplicated() {
    assertThat(BlackoutScope.campaigns(List.of("b", "a", "b")).listedCampaigns()).containsExactly("a", "b");
    assertThat(CAMPAIGNS.listedLocations()).isEmpty();
    assertThat(LOCATIONS.listedLocations()).containsExactly("US-CA", "US-NY");
    assertThat(BlackoutScope.all().listedCampaigns()).isEmpty();
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> BlackoutScope.campaigns(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("campaignIds: empty");
    assertThatThrownBy(() -> BlackoutScope.locations(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("locations: empty");
    assertThatThrownBy(() -> BlackoutScope.locations(List.of("US-NY", " ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> BlackoutScope.campaigns(Arrays.asList("welcome", null)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("campaignIds element");
  }

  @Test
  void toString_readable() {
    assertThat(BlackoutScope.all()).hasToString("all");
    assertThat(CAMPAIGNS).hasToString("campaigns [spring-sale, welcome]");
    assertThat(LOCATIONS).hasToString("locations [US-CA, US-NY]");
  }

  @Test
  void equals_byValue() {
    new EqualsTester()
        .addEqualityGroup(BlackoutScope.all(), BlackoutScope.all())
        .addEqualityGroup(CAMPAIGNS, BlackoutScope.campaigns(List.of("spring-sale", "welcome", "welcome")))
        .addEqualityGroup(BlackoutScope.locations(List.of("welcome", "spring-sale")))
        .addEqualityGroup(LOCATIONS)
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(BlackoutScope.class);
    tester.testAllPublicInstanceMethods(CAMPAIGNS);
  }
}
