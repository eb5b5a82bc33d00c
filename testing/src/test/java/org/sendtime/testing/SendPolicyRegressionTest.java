package org.sendtime.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtime.calendar.Blackout;
import org.sendtime.calendar.BlackoutAction;
import org.sendtime.calendar.BlackoutDates;
import org.sendtime.policy.Constraint;
import org.sendtime.policy.Contact;
import org.sendtime.policy.CoordinatedSend;
import org.sendtime.policy.Decision;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;
import org.sendtime.policy.Verdict;
import org.sendtime.policy.ZoneStrategy;
import org.sendtime.time.LocalWindow;
import org.sendtime.time.WeeklyHours;

/**
 * The smallest examples of what {@link SendPolicyProperties} once found the engine getting
 * wrong, each against the law it broke, kept so that they stay fixed.
 */
class SendPolicyRegressionTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Contact CONTACT = Contact.of("c1");

  /**
   * Quiet hours 21:00-02:30 end inside the spring-forward gap of 2026-03-08 (02:00 to 03:00 do
   * not exist). At 03:00 EDT the wall clock is outside quiet hours, and the policy itself
   * schedules a send wanted then at once; yet a send wanted the evening before is moved an hour
   * further, to 03:30 EDT. The result is not the earliest allowed instant, and a later candidate
   * gets an earlier send.
   */
  @Test
  void decide_quietHoursEndingInAGap_movesToTheEarliestAllowedInstant() {
    SendPolicy policy = SendPolicy.builder(NEW_YORK).quietHours(LocalWindow.parse("21:00-02:30")).build();
    Instant threeAm = ZonedDateTime.parse("2026-03-08T03:00-04:00[America/New_York]").toInstant();
    Instant eveningBefore = ZonedDateTime.parse("2026-03-07T23:00-05:00[America/New_York]").toInstant();

    assertThat(at(policy.decide(CONTACT, threeAm))).as("wanted at 03:00 EDT").isEqualTo(threeAm);
    assertThat(at(policy.decide(CONTACT, eveningBefore))).as("wanted at 23:00 EST the day before").isEqualTo(threeAm);
  }

  /**
   * Business hours run from Saturday 22:00 to Sunday 01:30. On 2026-11-01 New York's clocks go
   * back from 02:00 EDT to 01:00 EST, so 01:00 to 01:30 on Sunday comes round again. A send
   * wanted at 01:45 EDT is moved to the next Saturday, although the wall clock reads 01:00
   * Sunday, inside business hours, fifteen minutes later, and a send wanted then goes at once.
   */
  @Test
  void decide_businessHoursOpenAgainAfterClocksGoBack_movesToTheRepeatedOpening() {
    SendPolicy policy = SendPolicy.builder(NEW_YORK).businessHours(WeeklyHours.parse("SAT 22:00-01:30")).build();
    Instant repeatedOneAm = Instant.parse("2026-11-01T06:00:00Z");
    Instant quarterToTwo = Instant.parse("2026-11-01T05:45:00Z");

    assertThat(at(policy.decide(CONTACT, repeatedOneAm))).as("wanted at 01:00 EST").isEqualTo(repeatedOneAm);
    assertThat(at(policy.decide(CONTACT, quarterToTwo))).as("wanted at 01:45 EDT").isEqualTo(repeatedOneAm);
  }

  /**
   * A blackout that skips sends on 2026-06-10 ends at midnight UTC, after which the one contact
   * of the audience is allowed for the rest of the seven-day span. The coordinated send should
   * go at that midnight with the contact in window; the engine records every minute of the
   * blackout day as a start and never the first allowed minute after it, so it answers the
   * launch with nobody in window.
   */
  @Test
  void coordinate_allowedStretchAfterASkippingBlackout_isFound() {
    SendPolicy policy = SendPolicy.builder(ZoneOffset.UTC)
        .zoneStrategy(ZoneStrategy.COORDINATED)
        .blackout(Blackout.of("audit", BlackoutDates.on(LocalDate.of(2026, 6, 10))).withAction(BlackoutAction.SKIP))
        .build();
    List<Contact> audience = List.of(Contact.of("c1", ZoneOffset.UTC));

    CoordinatedSend send = policy.coordinate(audience, Schedule.immediate(), Instant.parse("2026-06-10T12:00:00Z"));

    assertThat(send.inWindow()).as("%s", send).isEqualTo(1);
    assertThat(send.at()).as("%s", send).isEqualTo(Instant.parse("2026-06-11T00:00:00Z"));
  }

  /**
   * Two constraints that share a name could be told apart only by the order they were added,
   * so a policy refuses the second: no order of adding rules can change a decision.
   */
  @Test
  void constraintsSharingAName_areRefused() {
    Constraint closed = suppressing("house rules", "the shop is closed");
    Constraint moving = suppressing("house rules", "the shop is moving");

    assertThatThrownBy(() -> SendPolicy.builder(ZoneOffset.UTC).constraint(closed).constraint(moving))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Duplicate constraint name 'house rules'");
  }

  private static Constraint suppressing(String name, String reason) {
    return new Constraint() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Verdict judge(ZonedDateTime at, Contact contact) {
        return Verdict.suppress(reason);
      }
    };
  }

  private static Instant at(Decision d) {
    assertThat(d).isInstanceOf(Decision.Scheduled.class);
    return ((Decision.Scheduled) d).at();
  }
}
