package org.sendtime.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendtime.policy.Contact;
import org.sendtime.recurrence.LeapDayPolicy;
import org.sendtime.window.ExclusionWindow;
import org.threeten.extra.LocalDateRange;

/**
 * Seed 004's business table, state by state: the window around each year's anniversary, and
 * every email due in the calendar year with its outcome (S scheduled on its due date, X
 * suppressed by the state's window). The expected values were computed independently of the
 * library.
 */
class SeedRulesTest {

  @ParameterizedTest(name = "{0} {1} {2} in {3}")
  @CsvSource(delimiter = '|', value = {
      // state | date name | date | year | blocked window around that year's anniversary | emails due in the year
      // CA 30/60: the seed's own example, shifted to 2025
      "CA | birthday       | 1950-12-01 | 2025 | 2025-09-02..2026-01-30 | annual_enrolment 2025-09-15 X; birthday 2025-11-17 X; post_window 2026-01-31 S",
      "CA | birthday       | 1950-12-01 | 2026 | 2026-09-02..2027-01-30 | annual_enrolment 2026-09-15 X; birthday 2026-11-17 X; post_window 2027-01-31 S",
      "CA | birthday       | 1950-12-01 | 2028 | 2028-09-02..2029-01-30 | annual_enrolment 2028-09-15 X; birthday 2028-11-17 X; post_window 2029-01-31 S",
      // Dec 31: the window runs to March 1 of the next year (February 28 days)
      "CA | birthday       | 1950-12-31 | 2025 | 2025-10-02..2026-03-01 | annual_enrolment 2025-09-15 S; birthday 2025-12-17 X; post_window 2026-03-02 S",
      "CA | birthday       | 1950-12-31 | 2026 | 2026-10-02..2027-03-01 | annual_enrolment 2026-09-15 S; birthday 2026-12-17 X; post_window 2027-03-02 S",
      "CA | birthday       | 1950-12-31 | 2028 | 2028-10-02..2029-03-01 | annual_enrolment 2028-09-15 S; birthday 2028-12-17 X; post_window 2029-03-02 S",
      // Jan 1: the Dec 18 email is in next year's window (the reference code sent it)
      "CA | birthday       | 1951-01-01 | 2025 | 2024-10-03..2025-03-02 | annual_enrolment 2025-09-15 S; birthday 2025-12-18 X; post_window 2026-03-03 S",
      "CA | birthday       | 1951-01-01 | 2026 | 2025-10-03..2026-03-02 | annual_enrolment 2026-09-15 S; birthday 2026-12-18 X; post_window 2027-03-03 S",
      "CA | birthday       | 1951-01-01 | 2028 | 2027-10-03..2028-03-01 | annual_enrolment 2028-09-15 S; birthday 2028-12-18 X; post_window 2029-03-03 S",
      // Feb 29: Feb 28 in common years, the leap day in 2028
      "CA | birthday       | 1952-02-29 | 2025 | 2024-11-30..2025-04-29 | birthday 2025-02-14 X; post_window 2025-04-30 S; annual_enrolment 2025-09-15 S",
      "CA | birthday       | 1952-02-29 | 2026 | 2025-11-30..2026-04-29 | birthday 2026-02-14 X; post_window 2026-04-30 S; annual_enrolment 2026-09-15 S",
      "CA | birthday       | 1952-02-29 | 2028 | 2027-12-01..2028-04-29 | birthday 2028-02-15 X; post_window 2028-04-30 S; annual_enrolment 2028-09-15 S",
      // Jan 31, a month end: the window ends a day earlier in a leap year
      "CA | birthday       | 1950-01-31 | 2025 | 2024-11-02..2025-04-01 | birthday 2025-01-17 X; post_window 2025-04-02 S; annual_enrolment 2025-09-15 S",
      "CA | birthday       | 1950-01-31 | 2026 | 2025-11-02..2026-04-01 | birthday 2026-01-17 X; post_window 2026-04-02 S; annual_enrolment 2026-09-15 S",
      "CA | birthday       | 1950-01-31 | 2028 | 2027-11-02..2028-03-31 | birthday 2028-01-17 X; post_window 2028-04-01 S; annual_enrolment 2028-09-15 S",
      // ID 0/63, Jan 1 and Dec 31
      "ID | birthday       | 1950-01-01 | 2025 | 2024-11-02..2025-03-05 | annual_enrolment 2025-09-15 S; birthday 2025-12-18 X; post_window 2026-03-06 S",
      "ID | birthday       | 1950-01-01 | 2026 | 2025-11-02..2026-03-05 | annual_enrolment 2026-09-15 S; birthday 2026-12-18 X; post_window 2027-03-06 S",
      "ID | birthday       | 1950-01-01 | 2028 | 2027-11-02..2028-03-04 | annual_enrolment 2028-09-15 S; birthday 2028-12-18 X; post_window 2029-03-06 S",
      "ID | birthday       | 1950-12-31 | 2025 | 2025-11-01..2026-03-04 | annual_enrolment 2025-09-15 S; birthday 2025-12-17 X; post_window 2026-03-05 S",
      "ID | birthday       | 1950-12-31 | 2026 | 2026-11-01..2027-03-04 | annual_enrolment 2026-09-15 S; birthday 2026-12-17 X; post_window 2027-03-05 S",
      "ID | birthday       | 1950-12-31 | 2028 | 2028-11-01..2029-03-04 | annual_enrolment 2028-09-15 S; birthday 2028-12-17 X; post_window 2029-03-05 S",
      // KY 0/60, Feb 29
      "KY | birthday       | 1952-02-29 | 2025 | 2024-12-30..2025-04-29 | birthday 2025-02-14 X; post_window 2025-04-30 S; annual_enrolment 2025-09-15 S",
      "KY | birthday       | 1952-02-29 | 2026 | 2025-12-30..2026-04-29 | birthday 2026-02-14 X; post_window 2026-04-30 S; annual_enrolment 2026-09-15 S",
      "KY | birthday       | 1952-02-29 | 2028 | 2027-12-31..2028-04-29 | birthday 2028-02-15 X; post_window 2028-04-30 S; annual_enrolment 2028-09-15 S",
      // MD 0/30, month ends
      "MD | birthday       | 1950-01-31 | 2025 | 2024-12-02..2025-03-02 | birthday 2025-01-17 X; post_window 2025-03-03 S; annual_enrolment 2025-09-15 S",
      "MD | birthday       | 1950-01-31 | 2026 | 2025-12-02..2026-03-02 | birthday 2026-01-17 X; post_window 2026-03-03 S; annual_enrolment 2026-09-15 S",
      "MD | birthday       | 1950-01-31 | 2028 | 2027-12-02..2028-03-01 | birthday 2028-01-17 X; post_window 2028-03-02 S; annual_enrolment 2028-09-15 S",
      "MD | birthday       | 1950-04-30 | 2025 | 2025-03-01..2025-05-30 | birthday 2025-04-16 X; post_window 2025-05-31 S; annual_enrolment 2025-09-15 S",
      "MD | birthday       | 1950-04-30 | 2026 | 2026-03-01..2026-05-30 | birthday 2026-04-16 X; post_window 2026-05-31 S; annual_enrolment 2026-09-15 S",
      "MD | birthday       | 1950-04-30 | 2028 | 2028-03-01..2028-05-30 | birthday 2028-04-16 X; post_window 2028-05-31 S; annual_enrolment 2028-09-15 S",
      // NV 0/60 from the first day of the birth month
      "NV | birthday       | 1952-02-29 | 2025 | 2024-12-03..2025-04-02 | birthday 2025-02-14 X; post_window 2025-04-03 S; annual_enrolment 2025-09-15 S",
      "NV | birthday       | 1952-02-29 | 2026 | 2025-12-03..2026-04-02 | birthday 2026-02-14 X; post_window 2026-04-03 S; annual_enrolment 2026-09-15 S",
      "NV | birthday       | 1952-02-29 | 2028 | 2027-12-03..2028-04-01 | birthday 2028-02-15 X; post_window 2028-04-02 S; annual_enrolment 2028-09-15 S",
      "NV | birthday       | 1950-12-31 | 2025 | 2025-10-02..2026-01-30 | annual_enrolment 2025-09-15 S; birthday 2025-12-17 X; post_window 2026-01-31 S",
      "NV | birthday       | 1950-12-31 | 2026 | 2026-10-02..2027-01-30 | annual_enrolment 2026-09-15 S; birthday 2026-12-17 X; post_window 2027-01-31 S",
      "NV | birthday       | 1950-12-31 | 2028 | 2028-10-02..2029-01-30 | annual_enrolment 2028-09-15 S; birthday 2028-12-17 X; post_window 2029-01-31 S",
      "NV | birthday       | 1950-01-15 | 2025 | 2024-11-02..2025-03-02 | birthday 2025-01-01 X; post_window 2025-03-03 S; annual_enrolment 2025-09-15 S",
      "NV | birthday       | 1950-01-15 | 2026 | 2025-11-02..2026-03-02 | birthday 2026-01-01 X; post_window 2026-03-03 S; annual_enrolment 2026-09-15 S",
      "NV | birthday       | 1950-01-15 | 2028 | 2027-11-02..2028-03-01 | birthday 2028-01-01 X; post_window 2028-03-02 S; annual_enrolment 2028-09-15 S",
      // OK 0/60: a Dec 20 birthday's window runs into February
      "OK | birthday       | 1950-12-20 | 2025 | 2025-10-21..2026-02-18 | annual_enrolment 2025-09-15 S; birthday 2025-12-06 X; post_window 2026-02-19 S",
      "OK | birthday       | 1950-12-20 | 2026 | 2026-10-21..2027-02-18 | annual_enrolment 2026-09-15 S; birthday 2026-12-06 X; post_window 2027-02-19 S",
      "OK | birthday       | 1950-12-20 | 2028 | 2028-10-21..2029-02-18 | annual_enrolment 2028-09-15 S; birthday 2028-12-06 X; post_window 2029-02-19 S",
      // OR 0/31: a Jan 5 birthday's window starts in the previous November
      "OR | birthday       | 1950-01-05 | 2025 | 2024-11-06..2025-02-05 | annual_enrolment 2025-09-15 S; birthday 2025-12-22 X; post_window 2026-02-06 S",
      "OR | birthday       | 1950-01-05 | 2026 | 2025-11-06..2026-02-05 | annual_enrolment 2026-09-15 S; birthday 2026-12-22 X; post_window 2027-02-06 S",
      "OR | birthday       | 1950-01-05 | 2028 | 2027-11-06..2028-02-05 | annual_enrolment 2028-09-15 S; birthday 2028-12-22 X; post_window 2029-02-06 S",
      // VA 0/30, Mar 31
      "VA | birthday       | 1950-03-31 | 2025 | 2025-01-30..2025-04-30 | birthday 2025-03-17 X; post_window 2025-05-01 S; annual_enrolment 2025-09-15 S",
      "VA | birthday       | 1950-03-31 | 2026 | 2026-01-30..2026-04-30 | birthday 2026-03-17 X; post_window 2026-05-01 S; annual_enrolment 2026-09-15 S",
      "VA | birthday       | 1950-03-31 | 2028 | 2028-01-31..2028-04-30 | birthday 2028-03-17 X; post_window 2028-05-01 S; annual_enrolment 2028-09-15 S",
      // MO 30/33 on the effective date: Jan 31, Feb 29, Dec 31
      "MO | effective_date | 2020-01-31 | 2025 | 2024-11-02..2025-03-05 | effective_date 2025-01-01 X; post_window 2025-03-06 S; annual_enrolment 2025-09-15 S",
      "MO | effective_date | 2020-01-31 | 2026 | 2025-11-02..2026-03-05 | effective_date 2026-01-01 X; post_window 2026-03-06 S; annual_enrolment 2026-09-15 S",
      "MO | effective_date | 2020-01-31 | 2028 | 2027-11-02..2028-03-04 | effective_date 2028-01-01 X; post_window 2028-03-05 S; annual_enrolment 2028-09-15 S",
      "MO | effective_date | 2020-02-29 | 2025 | 2024-11-30..2025-04-02 | effective_date 2025-01-29 X; post_window 2025-04-03 S; annual_enrolment 2025-09-15 S",
      "MO | effective_date | 2020-02-29 | 2026 | 2025-11-30..2026-04-02 | effective_date 2026-01-29 X; post_window 2026-04-03 S; annual_enrolment 2026-09-15 S",
      "MO | effective_date | 2020-02-29 | 2028 | 2027-12-01..2028-04-02 | effective_date 2028-01-30 X; post_window 2028-04-03 S; annual_enrolment 2028-09-15 S",
      "MO | effective_date | 2019-12-31 | 2025 | 2025-10-02..2026-02-02 | annual_enrolment 2025-09-15 S; effective_date 2025-12-01 X; post_window 2026-02-03 S",
      "MO | effective_date | 2019-12-31 | 2026 | 2026-10-02..2027-02-02 | annual_enrolment 2026-09-15 S; effective_date 2026-12-01 X; post_window 2027-02-03 S",
      "MO | effective_date | 2019-12-31 | 2028 | 2028-10-02..2029-02-02 | annual_enrolment 2028-09-15 S; effective_date 2028-12-01 X; post_window 2029-02-03 S",
      // MO's window is on the effective date: a birthday alone has none
      "MO | birthday       | 1950-09-20 | 2025 | none                   | birthday 2025-09-06 S; annual_enrolment 2025-09-15 S",
      "MO | birthday       | 1950-09-20 | 2026 | none                   | birthday 2026-09-06 S; annual_enrolment 2026-09-15 S",
      "MO | birthday       | 1950-09-20 | 2028 | none                   | birthday 2028-09-06 S; annual_enrolment 2028-09-15 S",
      // year-round states block everything and have no post-window email
      "CT | birthday       | 1950-06-01 | 2025 | year-round             | birthday 2025-05-18 X; annual_enrolment 2025-09-15 X",
      "CT | birthday       | 1950-06-01 | 2026 | year-round             | birthday 2026-05-18 X; annual_enrolment 2026-09-15 X",
      "CT | birthday       | 1950-06-01 | 2028 | year-round             | birthday 2028-05-18 X; annual_enrolment 2028-09-15 X",
      "MA | birthday       | 1950-12-31 | 2025 | year-round             | annual_enrolment 2025-09-15 X; birthday 2025-12-17 X",
      "MA | birthday       | 1950-12-31 | 2026 | year-round             | annual_enrolment 2026-09-15 X; birthday 2026-12-17 X",
      "MA | birthday       | 1950-12-31 | 2028 | year-round             | annual_enrolment 2028-09-15 X; birthday 2028-12-17 X",
      "NY | birthday       | 1952-02-29 | 2025 | year-round             | birthday 2025-02-14 X; annual_enrolment 2025-09-15 X",
      "NY | birthday       | 1952-02-29 | 2026 | year-round             | birthday 2026-02-14 X; annual_enrolment 2026-09-15 X",
      "NY | birthday       | 1952-02-29 | 2028 | year-round             | birthday 2028-02-15 X; annual_enrolment 2028-09-15 X",
      "WA | birthday       | 1950-01-01 | 2025 | year-round             | annual_enrolment 2025-09-15 X; birthday 2025-12-18 X",
      "WA | birthday       | 1950-01-01 | 2026 | year-round             | annual_enrolment 2026-09-15 X; birthday 2026-12-18 X",
      "WA | birthday       | 1950-01-01 | 2028 | year-round             | annual_enrolment 2028-09-15 X; birthday 2028-12-18 X",
      // every other state: no window
      "TX | birthday       | 1950-09-20 | 2025 | none                   | birthday 2025-09-06 S; annual_enrolment 2025-09-15 S",
      "TX | birthday       | 1950-09-20 | 2026 | none                   | birthday 2026-09-06 S; annual_enrolment 2026-09-15 S",
      "TX | birthday       | 1950-09-20 | 2028 | none                   | birthday 2028-09-06 S; annual_enrolment 2028-09-15 S",
  })
  void schedule_seedTable(String state, String dateName, LocalDate date, int year, String window, String emails) {
    AnniversaryEmail anniversary =
        dateName.equals("birthday") ? AnniversaryEmail.birthday() : AnniversaryEmail.effectiveDate();
    CampaignPlan plan = CampaignPlan.builder(SeedRules.POLICY)
        .suppression(SuppressionPolicy.of(SeedRules.TABLE))
        .email(anniversary)
        .email(AnniversaryEmail.annualEnrolment())
        .build();
    CampaignContact contact = CampaignContact.of(Contact.of("c1", SeedRules.CHICAGO))
        .withJurisdiction(state)
        .withDate(dateName, date);
    LocalDateRange range = LocalDateRange.ofClosed(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));

    ContactSchedule schedule = plan.schedule(contact, range, SeedRules.AS_OF);

    String actual = schedule.emails().stream()
        .map(e -> e.kind() + " " + e.dueDate() + " " + outcome(e))
        .collect(Collectors.joining("; "));
    assertThat(actual).isEqualTo(emails);
    for (PlannedEmail e : schedule.emails()) {
      if (e.isScheduled()) {
        assertThat(e.scheduledAt().orElseThrow().toLocalDate()).isEqualTo(e.dueDate());
      } else {
        assertThat(e.suppressedBy()).contains(e.window().orElseThrow().rule().label());
      }
    }
    LocalDate anniversaryDay = anniversary.anniversaryIn(date, year);
    String found = SeedRules.TABLE
        .blocking(state, contact.dates(), anniversaryDay, 60, LeapDayPolicy.FEB_28)
        .map(w -> w.rule().isYearRound() ? "year-round" : range(w))
        .orElse("none");
    assertThat(found).isEqualTo(window);
  }

  private static String outcome(PlannedEmail e) {
    return e.isScheduled() ? "S" : "X";
  }

  private static String range(ExclusionWindow w) {
    return w.blockedRange().getStart() + ".." + w.end();
  }
}
