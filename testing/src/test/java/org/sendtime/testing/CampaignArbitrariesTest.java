package org.sendtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import org.sendtime.campaign.CampaignContact;
import org.sendtime.campaign.CampaignPlan;
import org.sendtime.campaign.SuppressionPolicy;
import org.sendtime.window.ExclusionRule;
import org.sendtime.window.ExclusionWindows;
import org.threeten.extra.LocalDateRange;

/** The campaign arbitraries produce what their documentation promises. */
class CampaignArbitrariesTest {

  private static <T> List<T> sample(Arbitrary<T> arbitrary, int size) {
    return arbitrary.sampleStream().limit(size).collect(Collectors.toList());
  }

  @Example
  void contactDates_favourEdges() {
    List<LocalDate> dates = sample(CampaignArbitraries.contactDates(), 600);
    assertThat(dates).allMatch(d -> d.getYear() >= 1930 && d.getYear() <= 2029);
    assertThat(dates).filteredOn(d -> d.getMonth() == Month.FEBRUARY && d.getDayOfMonth() == 29).hasSizeGreaterThan(40);
    assertThat(dates).filteredOn(d -> d.getDayOfYear() == 1 || d.getDayOfYear() == d.lengthOfYear())
        .hasSizeGreaterThan(40);
    assertThat(dates).filteredOn(d -> d.getDayOfMonth() == d.lengthOfMonth()).hasSizeGreaterThan(100);
  }

  @Example
  void exclusionWindowTables_validAndVaried() {
    List<ExclusionWindows> tables = sample(CampaignArbitraries.exclusionWindowTables(), 200);
    List<ExclusionRule> rules = tables.stream().flatMap(t -> t.rules().stream()).toList();
    assertThat(rules).extracting(ExclusionRule::jurisdiction).doesNotContain("ZZ");
    assertThat(rules).anyMatch(ExclusionRule::isYearRound);
    assertThat(rules).anyMatch(r -> r.anchor().map(a -> a.isMonthStart()).orElse(false));
    assertThat(rules).anyMatch(r -> r.effectiveUntil().isPresent());
    assertThat(rules).anyMatch(r -> r.anchor().map(a -> a.dateName().equals("effective_date")).orElse(false));
    // each table passed ExclusionWindows.of, which rejects overlapping versions
    assertThat(tables).allMatch(t -> ExclusionWindows.of(t.rules()).equals(t));
  }

  @Example
  void suppressionPolicies_varied() {
    List<SuppressionPolicy> s = sample(CampaignArbitraries.suppressionPolicies(), 200);
    assertThat(s).anyMatch(SuppressionPolicy::isStrictJurisdictions).anyMatch(p -> !p.isStrictJurisdictions());
    assertThat(s).anyMatch(p -> !p.postWindow().isEnabled());
    assertThat(s).allMatch(p -> p.preWindowDays() >= 0 && p.preWindowDays() <= 90);
  }

  @Example
  void campaignContacts_sharePools() {
    List<CampaignContact> contacts = sample(CampaignArbitraries.campaignContacts(), 300);
    assertThat(contacts).allMatch(c -> c.id().matches("c[0-9]"));
    assertThat(contacts).anyMatch(c -> c.jurisdiction().isEmpty()).anyMatch(c -> c.date("birthday").isEmpty());
    assertThat(contacts).anyMatch(c -> !c.engagement().isEmpty());
    ExclusionWindows table = ExclusionWindows.of(List.of(ExclusionRule.yearRound("NY")));
    assertThat(sample(CampaignArbitraries.campaignContacts(table), 300))
        .filteredOn(c -> c.jurisdiction().equals(java.util.Optional.of("NY"))).hasSizeGreaterThan(150);
  }

  @Example
  void campaignPlans_build() {
    List<CampaignPlan> plans = sample(CampaignArbitraries.campaignPlans(), 100);
    assertThat(plans).anyMatch(p -> !p.campaigns().isEmpty()).anyMatch(p -> p.followUps().isEnabled());
    assertThat(plans).allMatch(p -> p.emails().size() <= 3);
    SuppressionPolicy none = SuppressionPolicy.none();
    assertThat(sample(CampaignArbitraries.campaignPlans(none), 20)).allMatch(p -> p.suppression().equals(none));
  }

  @Example
  void planRangesAndInstants_bounded() {
    List<LocalDateRange> ranges = sample(CampaignArbitraries.planRanges(), 300);
    assertThat(ranges).allMatch(r -> !r.isEmpty() && r.lengthInDays() <= 400
        && r.getStart().getYear() >= 2024 && r.getStart().getYear() <= 2029);
    assertThat(sample(CampaignArbitraries.planInstants(), 300)).allMatch(
        i -> !i.isBefore(Instant.parse("2023-01-01T00:00:00Z")) && i.isBefore(Instant.parse("2031-01-01T00:00:00Z")));
    assertThat(sample(CampaignArbitraries.jurisdictions(), 300)).contains("ZZ", "CA", "NY");
  }
}
