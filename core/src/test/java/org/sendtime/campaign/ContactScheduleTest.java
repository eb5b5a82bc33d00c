package org.sendtime.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendtime.policy.Contact;
import org.threeten.extra.LocalDateRange;

class ContactScheduleTest {

  private static final LocalDateRange Y2025 = LocalDateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
  private static final CampaignPlan PLAN = CampaignPlan.builder(SeedRules.POLICY)
      .suppression(SuppressionPolicy.of(SeedRules.TABLE))
      .email(AnniversaryEmail.birthday())
      .email(AnniversaryEmail.annualEnrolment())
      .build();

  private static ContactSchedule schedule(String state, LocalDateRange range) {
    return PLAN.schedule(CampaignContact.of(Contact.of("c1", SeedRules.CHICAGO)).withJurisdiction(state)
        .withDate("birthday", LocalDate.of(1950, 12, 1)), range, SeedRules.AS_OF);
  }

  @Test
  void toString_explains() {
    assertThat(schedule("CA", Y2025)).hasToString(String.join("\n",
        "c1 2025-01-01..2025-12-31",
        "  window CA birthday window 2024-09-02..2025-01-30 (legal 2024-11-01..2025-01-30, anchor 2024-12-01)",
        "  window CA birthday window 2025-09-02..2026-01-30 (legal 2025-11-01..2026-01-30, anchor 2025-12-01)",
        "  2025-09-15 annual_enrolment (priority 3) suppressed by CA birthday window: 2025-09-15 is in the CA birthday "
            + "window 2025-09-02..2026-01-30 (legal 2025-11-01..2026-01-30, anchor 2025-12-01) [c1/annual_enrolment/2025-09-15]",
        "  2025-11-17 birthday (priority 5) suppressed by CA birthday window: 2025-11-17 is in the CA birthday "
            + "window 2025-09-02..2026-01-30 (legal 2025-11-01..2026-01-30, anchor 2025-12-01) [c1/birthday/2025-11-17]",
        "  2026-01-31 post_window (priority 8) scheduled 2026-01-31T08:30-06:00[America/Chicago] "
            + "[c1/post_window/2026-01-31]"));
  }

  @Test
  void accessors() {
    ContactSchedule s = schedule("CA", Y2025);
    assertThat(s.contactId()).isEqualTo("c1");
    assertThat(s.range()).isEqualTo(Y2025);
    assertThat(s.emails()).extracting(PlannedEmail::kind)
        .containsExactly(EmailKind.ANNUAL_ENROLMENT, EmailKind.BIRTHDAY, EmailKind.POST_WINDOW);
    assertThat(s.windows()).hasSize(2);
    // an empty range plans nothing
    ContactSchedule empty = schedule("CA", LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)));
    assertThat(empty.emails()).isEmpty();
    assertThat(empty.windows()).isEmpty();
    assertThat(empty).hasToString("c1 empty range at 2025-01-01");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(schedule("CA", Y2025), schedule("CA", Y2025))
        .addEqualityGroup(schedule("TX", Y2025))
        .testEquals();
  }
}
