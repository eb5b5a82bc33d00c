package org.sendtime.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class EmailKindTest {

  @Test
  void of_constants() {
    assertThat(List.of(EmailKind.BIRTHDAY, EmailKind.EFFECTIVE_DATE, EmailKind.ANNUAL_ENROLMENT, EmailKind.POST_WINDOW,
        EmailKind.CAMPAIGN, EmailKind.FOLLOW_UP)).extracting(EmailKind::name)
        .containsExactly("birthday", "effective_date", "annual_enrolment", "post_window", "campaign", "follow_up");
    assertThat(EmailKind.of("birthday")).isEqualTo(EmailKind.BIRTHDAY).hasToString("birthday");
  }

  @Test
  void compareTo_byName() {
    assertThat(new TreeSet<>(List.of(EmailKind.POST_WINDOW, EmailKind.BIRTHDAY, EmailKind.CAMPAIGN)))
        .containsExactly(EmailKind.BIRTHDAY, EmailKind.CAMPAIGN, EmailKind.POST_WINDOW);
  }

  @Test
  void of_notSnakeCase() {
    assertThatThrownBy(() -> EmailKind.of("Birthday"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("snake_case");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(EmailKind.BIRTHDAY, EmailKind.of("birthday"))
        .addEqualityGroup(EmailKind.of("renewal"))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(EmailKind.class);
    new NullPointerTester().testAllPublicInstanceMethods(EmailKind.BIRTHDAY);
  }
}
