package org.sendtime.campaign;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.sendtime.policy.SendPolicy;
import org.sendtime.policy.ZoneStrategy;
import org.sendtime.window.ExclusionRule;
import org.sendtime.window.ExclusionWindows;
import org.sendtime.window.WindowAnchor;

/** The business table of seed 004 and a send policy that moves nothing, shared by the tests. */
final class SeedRules {

  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  /** Before every date the tests plan, so that nothing is late. */
  static final Instant AS_OF = Instant.parse("2020-01-01T00:00:00Z");

  static final ExclusionWindows TABLE = ExclusionWindows.of(List.of(
      ExclusionRule.anchored("CA", WindowAnchor.BIRTHDAY, 30, 60),
      ExclusionRule.anchored("ID", WindowAnchor.BIRTHDAY, 0, 63),
      ExclusionRule.anchored("KY", WindowAnchor.BIRTHDAY, 0, 60),
      ExclusionRule.anchored("MD", WindowAnchor.BIRTHDAY, 0, 30),
      ExclusionRule.anchored("NV", WindowAnchor.monthStartOf("birthday"), 0, 60),
      ExclusionRule.anchored("OK", WindowAnchor.BIRTHDAY, 0, 60),
      ExclusionRule.anchored("OR", WindowAnchor.BIRTHDAY, 0, 31),
      ExclusionRule.anchored("VA", WindowAnchor.BIRTHDAY, 0, 30),
      ExclusionRule.anchored("MO", WindowAnchor.EFFECTIVE_DATE, 30, 33),
      ExclusionRule.yearRound("CT"),
      ExclusionRule.yearRound("MA"),
      ExclusionRule.yearRound("NY"),
      ExclusionRule.yearRound("WA")));

  /** Sends at the wanted local time on every day, in each contact's own zone. */
  static final SendPolicy POLICY = SendPolicy.builder(CHICAGO)
      .zoneStrategy(ZoneStrategy.RECIPIENT_LOCAL)
      .fallbackZone(CHICAGO)
      .build();

  private SeedRules() {}
}
