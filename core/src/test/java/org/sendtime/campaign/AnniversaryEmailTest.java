package org.sendtime.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendtime.recurrence.LeapDayPolicy;

class AnniversaryEmailTest {

  @Test
  void defaults() {
    AnniversaryEmail b = AnniversaryEmail.birthday();
    assertThat(b.kind()).isEqualTo(EmailKind.BIRTHDAY);
    assertThat(b.anchorDateName()).contains("birthday");
    assertThat(b.fixedDate()).isEmpty();
    assertThat(b.daysBefore()).isEqualTo(14);
    assertThat(b.priority()).isEqualTo(5);
    assertThat(b.sendTime()).isEqualTo(LocalTime.of(8, 30));
    assertThat(b.leapDayPolicy()).isEqualTo(LeapDayPolicy.FEB_28);
    assertThat(AnniversaryEmail.effectiveDate().daysBefore()).isEqualTo(30);
    assertThat(AnniversaryEmail.effectiveDate().anchorDateName()).contains("effective_date");
    AnniversaryEmail aep = AnniversaryEmail.annualEnrolment();
    assertThat(aep.fixedDate()).contains(MonthDay.of(9, 15));
    assertThat(aep.daysBefore()).isZero();
    assertThat(aep.priority()).isEqualTo(3);
    assertThat(b).hasToString("AnniversaryEmail[birthday: 14 days before birthday at 08:30, priority 5]");
  }

  @ParameterizedTest(name = "{0} in {1} ({2}) = {3}")
  @CsvSource({
      "1950-12-01, 2025, FEB_28, 2025-12-01",  // plain anniversary
      "1952-02-29, 2025, FEB_28, 2025-02-28",  // leap day in a common year
      "1952-02-29, 2025, MAR_1,  2025-03-01",  // the other reading
      "1952-02-29, 2028, MAR_1,  2028-02-29",  // leap year
      "2020-01-31, 2025, FEB_28, 2025-01-31",  // month end
  })
  void anniversaryIn(LocalDate date, int year, LeapDayPolicy leap, LocalDate expected) {
    assertThat(AnniversaryEmail.birthday().withLeapDayPolicy(leap).anniversaryIn(date, year)).isEqualTo(expected);
  }

  @Test
  void withers() {
    AnniversaryEmail e = AnniversaryEmail.of(EmailKind.of("renewal"), "renewal_date").withDaysBefore(21).withPriority(2)
        .withSendTime(LocalTime.of(9, 15, 30, 999)).withLeapDayPolicy(LeapDayPolicy.MAR_1);
    assertThat(e.daysBefore()).isEqualTo(21);
    assertThat(e.priority()).isEqualTo(2);
    assertThat(e.sendTime()).isEqualTo(LocalTime.of(9, 15, 30));
    assertThat(e.leapDayPolicy()).isEqualTo(LeapDayPolicy.MAR_1);
    assertThat(AnniversaryEmail.fixed(EmailKind.of("new_year"), MonthDay.of(1, 1)).anniversaryIn(null, 2026))
        .isEqualTo(LocalDate.of(2026, 1, 1));
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> AnniversaryEmail.birthday().withDaysBefore(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("daysBefore");
    assertThatThrownBy(() -> AnniversaryEmail.birthday().withPriority(101))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("priority");
    assertThatThrownBy(() -> AnniversaryEmail.of(EmailKind.POST_WINDOW, "birthday"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("made by the plan");
    assertThatThrownBy(() -> AnniversaryEmail.fixed(EmailKind.FOLLOW_UP, MonthDay.of(1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("made by the plan");
    assertThatThrownBy(() -> AnniversaryEmail.of(EmailKind.BIRTHDAY, "Birth Day"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("snake_case");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(AnniversaryEmail.birthday(), AnniversaryEmail.of(EmailKind.BIRTHDAY, "birthday").withDaysBefore(14))
        .addEqualityGroup(AnniversaryEmail.birthday().withPriority(4))
        .addEqualityGroup(AnniversaryEmail.birthday().withSendTime(LocalTime.NOON))
        .addEqualityGroup(AnniversaryEmail.birthday().withLeapDayPolicy(LeapDayPolicy.MAR_1))
        .addEqualityGroup(AnniversaryEmail.annualEnrolment())
        .testEquals();
    NullPointerTester t = new NullPointerTester().setDefault(EmailKind.class, EmailKind.of("renewal"))
        .setDefault(String.class, "renewal_date").setDefault(MonthDay.class, MonthDay.of(1, 1));
    t.testAllPublicStaticMethods(AnniversaryEmail.class);
    t.testAllPublicInstanceMethods(AnniversaryEmail.birthday());
  }
}
