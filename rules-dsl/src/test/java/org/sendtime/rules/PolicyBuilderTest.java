package org.sendtime.rules;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendtime.rules.PolicyDsl.US_FEDERAL;
import static org.sendtime.rules.PolicyDsl.immediate;
import static org.sendtime.rules.PolicyDsl.monthly;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtime.calendar.Holiday;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.calendar.Weekend;
import org.sendtime.optimize.Engagement;
import org.sendtime.optimize.HourOfWeekProfile;
import org.sendtime.optimize.SendTimeOptimizer;
import org.sendtime.policy.BlackoutDatesIn;
import org.sendtime.policy.DeliverBy;
import org.sendtime.policy.LateSends;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;
import org.sendtime.policy.ZoneStrategy;
import org.sendtime.time.DstPolicy;
import org.sendtime.time.LocalWindow;
import org.sendtime.time.WeeklyHours;

class PolicyBuilderTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @Test
  void build_equalsTheCorePolicy() {
    Policy built = Policy.named("renewals").zone("America/Chicago")
        .recipientLocal()
        .fallbackZone("America/New_York")
        .quietHours("21:00", "08:00")
        .businessHours(MONDAY, FRIDAY, "09:00", "17:00")
        .weekend(SATURDAY, SUNDAY)
        .holidays(US_FEDERAL)
        .blackout(monthly("Billing", 1, 3))
        .blackoutDatesIn(BlackoutDatesIn.ORGANIZATION)
        .constraint(RulesArbitraries.HOST_CONSTRAINTS.get(0))
        .horizon("60d")
        .deliverWithin("36h")
        .deliverByAnchor(2)
        .lateSends("2h", LateSends.Action.SKIP)
        .dstPolicy(DstPolicy.SKIP)
        .campaign("promo")
        .coordinationSpan("12h")
        .description("Renewal reminders")
        .schedule(immediate(), "2026-01-01")
        .optimizerHalfLife("30d")
        .build();

    SendPolicy expected = SendPolicy.builder(CHICAGO).name("renewals")
        .zoneStrategy(ZoneStrategy.RECIPIENT_LOCAL)
        .fallbackZone(ZoneId.of("America/New_York"))
        .quietHours(LocalWindow.parse("21:00-08:00"))
        .businessHours(WeeklyHours.parse("MON-FRI 09:00-17:00"))
        .weekend(Weekend.SATURDAY_SUNDAY)
        .holidays(US_FEDERAL)
        .blackout(monthly("Billing", 1, 3).toBlackout())
        .blackoutDatesIn(BlackoutDatesIn.ORGANIZATION)
        .constraint(RulesArbitraries.HOST_CONSTRAINTS.get(0))
        .horizon(Duration.ofDays(60))
        .deliverBy(DeliverBy.within(Duration.ofHours(36)))
        .deliverBy(DeliverBy.byAnchor(2))
        .lateSends(LateSends.sendNowWithin(Duration.ofHours(2)).otherwise(LateSends.Action.SKIP))
        .dstPolicy(DstPolicy.SKIP)
        .campaign("promo")
        .coordinationSpan(Duration.ofHours(12))
        .build();
    assertThat(built).isEqualTo(Policy.of(expected).withDescription("Renewal reminders")
        .withSchedule(PolicySchedule.of(Schedule.immediate().withAnchor(LocalDate.of(2026, 1, 1))))
        .withOptimizer(SendTimeOptimizer.ofDefaults().withHalfLife(Duration.ofDays(30))));
  }

  @Test
  void javaTimeOverloads_equalTheTextOnes() {
    Policy text = Policy.named("p").zone("UTC").fallbackZone("Europe/Paris").quietHours("22:00", "07:00")
        .horizon("10d").deliverWithin("1h").lateSends("5m", LateSends.Action.NEXT_DAY).coordinationSpan("1d")
        .schedule(immediate(), "2026-01-01").optimizerHalfLife("1d").optimizerFallbackTime("09:30").build();
    Policy javaTime = Policy.named("p").zone(ZoneId.of("UTC")).fallbackZone(ZoneId.of("Europe/Paris"))
        .quietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)).horizon(Duration.ofDays(10))
        .deliverWithin(Duration.ofHours(1)).lateSends(Duration.ofMinutes(5), LateSends.Action.NEXT_DAY)
        .coordinationSpan(Duration.ofDays(1)).schedule(immediate(), LocalDate.of(2026, 1, 1))
        .optimizerHalfLife(Duration.ofDays(1)).optimizerFallbackTime(LocalTime.of(9, 30)).build();

    assertThat(javaTime).isEqualTo(text);
  }

  @Test
  void zoneStrategies() {
    assertThat(Policy.named("p").zone("UTC").coordinated().build().sendPolicy().zoneStrategy())
        .isEqualTo(ZoneStrategy.COORDINATED);
    assertThat(Policy.named("p").zone("UTC").coordinated().single().build().sendPolicy().zoneStrategy())
        .isEqualTo(ZoneStrategy.SINGLE);
  }

  @Test
  void businessDays_makeTheOtherDaysTheWeekend() {
    assertThat(Policy.named("p").zone("UTC").businessDays(MONDAY, FRIDAY).build().sendPolicy().weekend())
        .isEqualTo(Weekend.SATURDAY_SUNDAY);
    assertThat(Policy.named("p").zone("UTC").businessDays(SUNDAY, THURSDAY).build().sendPolicy().weekend())
        .isEqualTo(Weekend.FRIDAY_SATURDAY);
    assertThat(Policy.named("p").zone("UTC").businessDays(MONDAY, SUNDAY).build().sendPolicy().weekend())
        .isEqualTo(Weekend.NONE);
  }

  @Test
  void optimizerSettings_startFromTheDefaults() {
    double[] weights = new double[HourOfWeekProfile.HOURS_PER_WEEK];
    weights[10] = 1;
    Policy policy = Policy.named("p").zone("UTC").optimizerWeight(Engagement.Kind.CLICK, 5)
        .optimizerPrior(HourOfWeekProfile.of(weights)).optimizerPriorStrength(1.5).optimizerMinDataPoints(2).build();

    assertThat(policy.optimizer()).contains(SendTimeOptimizer.ofDefaults().withWeight(Engagement.Kind.CLICK, 5)
        .withPrior(HourOfWeekProfile.of(weights)).withPriorStrength(1.5).withMinDataPoints(2));
    assertThat(Policy.named("p").zone("UTC").optimizerMinDataPoints(2).optimizer(SendTimeOptimizer.ofDefaults())
        .build().optimizer()).contains(SendTimeOptimizer.ofDefaults());
  }

  @Test
  void build_isRepeatableAndLeavesDefaults() {
    PolicyBuilder builder = Policy.named("p").zone("UTC");

    Policy first = builder.build();

    assertThat(builder.build()).isEqualTo(first);
    assertThat(first.description()).isEmpty();
    assertThat(first.schedule()).isEmpty();
    assertThat(first.optimizer()).isEmpty();
    assertThat(first.sendPolicy()).isEqualTo(SendPolicy.builder(ZoneId.of("UTC")).name("p").build());
  }

  @Test
  void named_blank() {
    assertThatThrownBy(() -> Policy.named(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
  }

  @Test
  void zone_unknown() {
    assertThatThrownBy(() -> Policy.named("p").zone("America/Chicgo")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zone").hasMessageContaining("\"America/Chicgo\"")
        .hasMessageContaining("did you mean 'America/Chicago'?");
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").fallbackZone("nowhere"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fallbackZone");
  }

  @Test
  void quietHours_badTimes() {
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").quietHours("9pm", "08:00"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quietHours start")
        .hasMessageContaining("\"9pm\"");
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").quietHours("21:00", "24:00"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quietHours end");
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").quietHours("08:00", "08:00"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quietHours")
        .hasMessageContaining("zero length");
  }

  @Test
  void businessHours_badText() {
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").businessHours("weekdays 9 to 5"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("businessHours");
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").businessHours(MONDAY, FRIDAY, "09:00", "5pm"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("businessHours end");
  }

  @Test
  void weekend_everyDay() {
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").weekend(DayOfWeek.values()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weekend");
  }

  @Test
  void durations_badTextAndFractions() {
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").horizon("P2W"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("horizon")
        .hasMessageContaining("14d, 36h or 90m");
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").horizon("0s"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("horizon")
        .hasMessageContaining("from 1s to 36525d").hasMessageContaining("): 0s");
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").deliverWithin("soon"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deliverWithin");
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").lateSends(Duration.ofMillis(10), LateSends.Action.SKIP))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole seconds");
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").coordinationSpan("32d"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coordinationSpan")
        .hasMessageContaining("from 1m to 31d");
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").optimizerHalfLife("0s"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("halfLife");
  }

  @Test
  void deliverByAnchor_outOfRange() {
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").deliverByAnchor(4000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("anchor");
  }

  @Test
  void blackout_duplicateName() {
    PolicyBuilder builder = Policy.named("p").zone("UTC").blackout(monthly("Billing", 1, 3));

    assertThatThrownBy(() -> builder.blackout(monthly("Billing", 5, 6)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Billing");
  }

  @Test
  void campaignAndDescription_blank() {
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").campaign(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("campaign");
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").description("  "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("description");
  }

  @Test
  void schedule_badAnchor() {
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").schedule(immediate(), "01/02/2026"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schedule anchor");
  }

  @Test
  void optimizerSettings_outOfRange() {
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").optimizerWeight(Engagement.Kind.OPEN, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight");
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").optimizerPriorStrength(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("priorStrength");
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").optimizerMinDataPoints(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minDataPoints");
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").optimizerFallbackTime(LocalTime.of(9, 0, 0, 5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fallbackTime");
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").optimizerPrior(
        HourOfWeekProfile.of(new double[HourOfWeekProfile.HOURS_PER_WEEK])))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prior");
  }

  @Test
  void build_rejectsSettingsThatNeverSend() {
    PolicyBuilder builder = Policy.named("p").zone("UTC").quietHours("00:00", "23:00")
        .businessHours(MONDAY, FRIDAY, "08:00", "17:00");

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid policy 'p': business_hours: ");
  }

  @Test
  void build_keepsWarnings() {
    Policy policy = Policy.named("p").zone("UTC").recipientLocal().build();

    assertThat(PolicyChecks.check(policy)).isNotEmpty()
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(PolicyProblem.Severity.WARNING));
  }

  @Test
  void zones_offsetsAreRejected() {
    assertThatThrownBy(() -> Policy.named("p").zone("+05:00")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for zone: expected an IANA zone id such as America/Chicago, got \"+05:00\"");
    assertThatThrownBy(() -> Policy.named("p").zone(ZoneOffset.ofHours(5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"+05:00\"");
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").fallbackZone(ZoneId.of("GMT+5")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fallbackZone")
        .hasMessageContaining("\"GMT+05:00\"");
    assertThat(Policy.named("p").zone(ZoneId.of("UTC")).build().sendPolicy().zone().getId()).isEqualTo("UTC");
  }

  @Test
  void lateSendsAndOptimizer_fractionsOfASecond() {
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").lateSends(LateSends.sendNowWithin(Duration.ofMillis(1500))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lateSends sendNowWithin")
        .hasMessageContaining("1.5s");
    assertThatThrownBy(() -> Policy.named("p").zone("UTC")
        .optimizer(SendTimeOptimizer.ofDefaults().withHalfLife(Duration.ofMillis(90_500))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("optimizer halfLife")
        .hasMessageContaining("1m30.5s");
    assertThatThrownBy(() -> Policy.named("p").zone("UTC")
        .optimizer(SendTimeOptimizer.ofDefaults().withFallbackTime(LocalTime.of(9, 0, 0, 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("optimizer fallbackTime");
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").horizon(Duration.ofMillis(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("horizon").hasMessageContaining("0.001s");
  }

  @Test
  void holidays_hostCalendarNamedLikeABuiltInOne() {
    HolidayCalendar impostor = new HolidayCalendar() {
      @Override
      public String name() {
        return "us-federal";
      }

      @Override
      public List<Holiday> holidays(int year) {
        return List.of();
      }
    };
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").holidays(impostor))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holidays").hasMessageContaining("'us-federal'");
    assertThatThrownBy(() -> Policy.named("p").zone("UTC").holidays(PolicyDsl.union("both", US_FEDERAL, impostor)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'us-federal'");
    // A calendar of rules prints its rules, so its name may be any.
    assertThat(Policy.named("p").zone("UTC")
        .holidays(PolicyDsl.calendar("none", PolicyDsl.fixedHoliday("Founders Day", "03-15"))).build().toYaml())
        .contains("name: none\n  rules:\n");
  }
}
