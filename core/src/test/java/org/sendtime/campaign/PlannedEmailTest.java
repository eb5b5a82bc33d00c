package org.sendtime.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtime.policy.Contact;
import org.threeten.extra.LocalDateRange;

class PlannedEmailTest {

  private static final LocalDateRange Y2025 = LocalDateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

  private static List<PlannedEmail> emails(String state) {
    CampaignContact c = CampaignContact.of(Contact.of("c1", SeedRules.CHICAGO)).withJurisdiction(state)
        .withDate("birthday", LocalDate.of(1950, 12, 1));
    return CampaignPlan.builder(SeedRules.POLICY).suppression(SuppressionPolicy.of(SeedRules.TABLE))
        .email(AnniversaryEmail.birthday()).followUps(FollowUps.defaults()).build()
        .schedule(c, Y2025, SeedRules.AS_OF).emails();
  }

  @Test
  void scheduled() {
    List<PlannedEmail> tx = emails("TX");
    PlannedEmail e = tx.get(0);
    assertThat(e.id()).isEqualTo("c1/birthday/2025-11-17");
    assertThat(e.kind()).isEqualTo(EmailKind.BIRTHDAY);
    assertThat(e.campaign()).isEmpty();
    assertThat(e.tier()).isEmpty();
    assertThat(e.dueDate()).isEqualTo(LocalDate.of(2025, 11, 17));
    assertThat(e.priority()).isEqualTo(5);
    assertThat(e.isScheduled()).isTrue();
    assertThat(e.scheduledAt()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("2025-11-17T08:30-06:00[America/Chicago]"));
    assertThat(e.decision()).isPresent();
    assertThat(e.suppressedBy()).isEmpty();
    assertThat(e.reason()).isEmpty();
    assertThat(e.window()).isEmpty();
    assertThat(e.parentId()).isEmpty();
    assertThat(e).hasToString(
        "2025-11-17 birthday (priority 5) scheduled 2025-11-17T08:30-06:00[America/Chicago] [c1/birthday/2025-11-17]");
    PlannedEmail f = tx.get(1);
    assertThat(f.id()).isEqualTo("c1/birthday/2025-11-17/follow_up");
    assertThat(f.tier()).contains("no_engagement");
    assertThat(f.parentId()).contains(e.id());
    assertThat(f.toString()).contains("follow_up tier no_engagement");
  }

  @Test
  void suppressed() {
    PlannedEmail e = emails("CA").get(0);
    assertThat(e.isScheduled()).isFalse();
    assertThat(e.scheduledAt()).isEmpty();
    assertThat(e.decision()).isEmpty();
    assertThat(e.suppressedBy()).contains("CA birthday window");
    assertThat(e.reason()).contains("2025-11-17 is in the CA birthday window 2025-09-02..2026-01-30 "
        + "(legal 2025-11-01..2026-01-30, anchor 2025-12-01)");
    assertThat(e.window()).isPresent();
    assertThat(e.toString()).startsWith("2025-11-17 birthday (priority 5) suppressed by CA birthday window: 2025-11-17 is in");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(emails("TX").get(0), emails("TX").get(0))
        .addEqualityGroup(emails("TX").get(1))
        .addEqualityGroup(emails("CA").get(0))
        .testEquals();
  }
}
