package org.sendtime.examples.holidays;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.sendtime.policy.Decision;

/** Tests {@link CountryHolidaysExample}. */
class CountryHolidaysExampleTest {

  @Test
  void run_christmasSend_waitsUntilMonday() {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);

    Decision d = CountryHolidaysExample.run(out);
    out.flush();

    assertThat(d.isScheduled()).isTrue();
    assertThat(((Decision.Scheduled) d).atZone()).hasToString("2026-12-28T09:00+01:00[Europe/Berlin]");
    assertThat(text.toString().lines()).startsWith(
            "German public holidays in 2026 (jollyday DE):",
            "  2026-01-01 New Year's Day")
        .contains(
            "  2026-10-03 German Unity Day",
            "  2026-12-25 1st Christmas day",
            "  2026-12-26 2nd Christmas day",
            "scheduled 2026-12-28T09:00+01:00[Europe/Berlin] (2026-12-28T08:00:00Z) for c1",
            "  holidays: 2026-12-25T10:00+01:00 -> 2026-12-27T00:00+01:00 (2026-12-25 is 1st"
                + " Christmas day (jollyday DE))");
  }
}
