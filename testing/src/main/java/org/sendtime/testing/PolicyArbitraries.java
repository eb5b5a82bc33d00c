package org.sendtime.testing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.jspecify.annotations.Nullable;
import org.sendtime.calendar.Blackout;
import org.sendtime.calendar.BlackoutAction;
import org.sendtime.calendar.BlackoutDates;
import org.sendtime.calendar.BlackoutScope;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.calendar.HolidayRule;
import org.sendtime.calendar.ObservedShift;
import org.sendtime.calendar.Weekend;
import org.sendtime.optimize.Engagement;
import org.sendtime.optimize.SendTimeOptimizer;
import org.sendtime.policy.BlackoutDatesIn;
import org.sendtime.policy.Contact;
import org.sendtime.policy.DeliverBy;
import org.sendtime.policy.LateSends;
import org.sendtime.policy.Schedule;
import org.sendtime.policy.SendPolicy;
import org.sendtime.policy.ZoneStrategy;
import org.sendtime.recurrence.CronDialect;
import org.sendtime.recurrence.Recurrence;
import org.sendtime.recurrence.RecurrenceRule;
import org.sendtime.recurrence.RecurrenceSet;
import org.sendtime.time.DstPolicy;
import org.sendtime.time.LocalWindow;
import org.sendtime.time.WeeklyHours;

/**
 * jqwik arbitraries for send policies and what they judge: quiet hours, business hours,
 * weekends, holiday calendars, blackouts, whole {@link SendPolicy policies}, contacts, audiences,
 * instants and schedules.
 *
 * <p>They are made for property tests of a host's own policies and constraints, stating laws
 * such as "a scheduled send is never in quiet hours":
 * <pre>
 * {@literal @}Property
 * void neverInQuietHours({@literal @}ForAll("policies") SendPolicy policy,
 *     {@literal @}ForAll("contacts") Contact contact, {@literal @}ForAll("instants") Instant at) {
 *   Decision d = policy.decide(contact, at);
 *   if (d instanceof Decision.Scheduled &amp;&amp; policy.quietHours().isPresent()) {
 *     LocalTime local = ((Decision.Scheduled) d).atZone().toLocalTime();
 *     assertThat(policy.quietHours().get().contains(local)).isFalse();
 *   }
 * }
 *
 * {@literal @}Provide
 * Arbitrary&lt;SendPolicy&gt; policies() {
 *   return PolicyArbitraries.sendPolicies();
 * }
 * </pre>
 *
 * <p>Contacts, blackout scopes and policies share two small pools, so that scopes often apply:
 * the locations {@code US-NY}, {@code US-CA}, {@code DE-BY} and {@code store-12}, and the
 * campaigns {@code welcome}, {@code spring-sale} and {@code renewal}. Zones come from {@link
 * SendtimeArbitraries#zones()}, which favours zones with odd daylight-saving rules.
 *
 * <p>As with {@link SendtimeArbitraries}, every value is drawn from the jqwik random source
 * only, so a run is reproduced by its seed, and nothing depends on the JVM's default zone or
 * locale.
 *
 * <p>This class is a static utility. The arbitraries it returns are immutable and may be shared.
 */
public final class PolicyArbitraries {
  /** The locations that contacts live in and that location scopes list. */
  private static final List<String> LOCATIONS = List.of("US-NY", "US-CA", "DE-BY", "store-12");
  /** The campaigns that policies are bound to and that campaign scopes list. */
  private static final List<String> CAMPAIGNS = List.of("welcome", "spring-sale", "renewal");
  /** The names of generated blackouts; few, so that lists of blackouts must choose distinct ones. */
  private static final List<String> BLACKOUT_NAMES = List.of(
      "audit", "freeze", "inventory", "migration", "quarter close", "election", "maintenance",
      "strike");
  /** The first instant of {@link #policyInstants()}: 1970-01-01T00:00Z. */
  private static final long FIRST_SECOND = 0;
  /** The first instant after {@link #policyInstants()}: 2100-01-01T00:00Z. */
  private static final long END_SECOND = LocalDate.of(2100, 1, 1).toEpochDay() * 86_400;
  /** The most a schedule made by {@link #schedulesNear} wants its send away from the instant given. */
  private static final long NEAR_SECONDS = 3 * 86_400;

  private PolicyArbitraries() {}

  // -------------------------------------------------------------------------------------------
  // Wall-clock rules

  /**
   * Obtains an arbitrary of daily windows of wall-clock time, as quiet hours or opening hours.
   *
   * <p>About half of the windows are at night and cross midnight, such as {@code 21:00-08:00};
   * a quarter are daytime windows such as {@code 09:00-17:00}; the rest are windows that start
   * or end at midnight or at the times at which clocks change (00:30 to 03:00), and windows from
   * any second of the day to any other. Every window has a length from one second to one second
   * short of a day.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalWindow> localWindows() {
    return SendtimeArbitraries.weighted(
        Tuple.of(4, nightWindows()),
        Tuple.of(2, dayWindows()),
        Tuple.of(1, edgeWindows()),
        Tuple.of(1, secondWindows()));
  }

  /**
   * Obtains an arbitrary of business hours.
   *
   * <p>Half of the values are one window on a run of days, such as {@code MON-FRI 09:00-17:00}
   * or {@code SUN-THU 08:00-16:00}; a quarter are one to three entries of days and windows, or
   * weekdays with a lunch break and a short Saturday; the rest have a window that crosses midnight, such as
   * {@code FRI 22:00-02:00}, or are open nearly around the clock. Runs of days may wrap the
   * week. The hours are never empty.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<WeeklyHours> weeklyHours() {
    Arbitrary<DayOfWeek> days = Arbitraries.of(DayOfWeek.class);
    Arbitrary<WeeklyHours> office = Combinators.combine(days, Arbitraries.integers().between(0, 6), dayWindows())
        .as((first, length, window) -> WeeklyHours.of(first, first.plus(length), window));
    Arbitrary<Tuple2<DayOfWeek, LocalWindow>> entry = Combinators.combine(days, SendtimeArbitraries.weighted(
            Tuple.of(3, dayWindows()), Tuple.of(1, localWindows())))
        .as(Tuple::of);
    Arbitrary<WeeklyHours> entries = entry.list().ofMinSize(1).ofMaxSize(3).map(list -> {
      WeeklyHours.Builder b = WeeklyHours.builder();
      list.forEach(e -> b.add(e.get1(), e.get2()));
      return b.build();
    });
    Arbitrary<WeeklyHours> lunch = Combinators.combine(
            Arbitraries.integers().between(7, 10), Arbitraries.integers().between(12, 13),
            Arbitraries.integers().between(16, 19))
        .as((open, noon, close) -> WeeklyHours.builder()
            .add(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalWindow.of(LocalTime.of(open, 0), LocalTime.of(noon, 0)))
            .add(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalWindow.of(LocalTime.of(noon + 1, 0), LocalTime.of(close, 0)))
            .add(DayOfWeek.SATURDAY, LocalWindow.of(LocalTime.of(10, 0), LocalTime.of(14, 0)))
            .build());
    Arbitrary<WeeklyHours> overnight = Combinators.combine(days, Arbitraries.integers().between(0, 6), nightWindows())
        .as((first, length, window) -> WeeklyHours.of(first, first.plus(length), window));
    Arbitrary<WeeklyHours> aroundTheClock = Arbitraries.of(
        WeeklyHours.parse("MON-SUN 00:00-23:00"),
        WeeklyHours.parse("MON-SUN 06:00-05:00"),
        WeeklyHours.parse("MON-FRI 00:00-23:59:59"));
    return SendtimeArbitraries.weighted(
        Tuple.of(8, office), Tuple.of(2, entries), Tuple.of(2, lunch), Tuple.of(3, overnight),
        Tuple.of(1, aroundTheClock));
  }

  /**
   * Obtains an arbitrary of weekends: {@link Weekend#SATURDAY_SUNDAY}, {@link
   * Weekend#FRIDAY_SATURDAY} and {@link Weekend#NONE} most of the time, and otherwise one to
   * four days of the week drawn at random.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Weekend> weekends() {
    Arbitrary<Weekend> random = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(4).map(Weekend::of);
    return SendtimeArbitraries.weighted(
        Tuple.of(3, Arbitraries.just(Weekend.SATURDAY_SUNDAY)),
        Tuple.of(2, Arbitraries.just(Weekend.FRIDAY_SATURDAY)),
        Tuple.of(3, Arbitraries.just(Weekend.NONE)),
        Tuple.of(2, random));
  }

  // -------------------------------------------------------------------------------------------
  // Holidays

  /**
   * Obtains an arbitrary of holiday rules of every kind: fixed dates (February 29, January 1
   * and December 31 among them), the first to fifth or last weekday of a month, and days from
   * Easter between 80 before and 250 after (Good Friday, Easter Monday, Ascension and Whit
   * Monday often). One rule in four is observed on another day when it falls on a weekend, by
   * one of the {@link ObservedShift}s, and two in five hold only from a year, until a year, or
   * both, between 1970 and 2100.
   *
   * <p>A rule's name says what it is, such as {@code "fixed DECEMBER 25"}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<HolidayRule> holidayRules() {
    Arbitrary<HolidayRule> fixed = Arbitraries.of(Month.class).flatMap(month -> SendtimeArbitraries.weighted(
            Tuple.of(4, Arbitraries.integers().between(1, month.maxLength())),
            Tuple.of(1, Arbitraries.of(1, month.maxLength())))
        .map(day -> HolidayRule.fixed("fixed " + month + " " + day, month, day)));
    Arbitrary<HolidayRule> nth = Combinators.combine(
            SendtimeArbitraries.weighted(Tuple.of(6, Arbitraries.integers().between(1, 4)), Tuple.of(1, Arbitraries.just(5))),
            Arbitraries.of(DayOfWeek.class), Arbitraries.of(Month.class))
        .as((n, day, month) -> HolidayRule.nthWeekday("weekday " + n + " " + day + " " + month, n, day, month));
    Arbitrary<HolidayRule> last = Combinators.combine(Arbitraries.of(DayOfWeek.class), Arbitraries.of(Month.class))
        .as((day, month) -> HolidayRule.lastWeekday("last " + day + " " + month, day, month));
    Arbitrary<HolidayRule> easter = SendtimeArbitraries.weighted(
            Tuple.of(2, Arbitraries.of(-2, -1, 0, 1, 39, 49, 50, 60)),
            Tuple.of(1, Arbitraries.integers().between(-80, 250)))
        .map(offset -> HolidayRule.easter("Easter " + offset, offset));
    Arbitrary<HolidayRule> rules = Arbitraries.oneOf(fixed, nth, last, easter);
    Arbitrary<ObservedShift> shifts = SendtimeArbitraries.weighted(
        Tuple.of(6, Arbitraries.just(ObservedShift.NONE)), Tuple.of(3, Arbitraries.of(ObservedShift.class)));
    Arbitrary<int[]> years = SendtimeArbitraries.weighted(
        Tuple.of(6, Arbitraries.just(new int[0])),
        Tuple.of(2, Arbitraries.integers().between(1970, 2100).list().ofSize(2)
            .map(y -> new int[] {Math.min(y.get(0), y.get(1)), Math.max(y.get(0), y.get(1))})),
        Tuple.of(1, Arbitraries.integers().between(1970, 2100).map(y -> new int[] {y, 0})),
        Tuple.of(1, Arbitraries.integers().between(1970, 2100).map(y -> new int[] {0, y})));
    return Combinators.combine(rules, shifts, years).as((rule, shift, range) -> {
      HolidayRule r = rule.withObserved(shift);
      if (range.length == 2 && range[0] != 0) {
        r = r.from(range[0]);
      }
      if (range.length == 2 && range[1] != 0) {
        r = r.until(range[1]);
      }
      return r;
    });
  }

  /**
   * Obtains an arbitrary of holiday calendars: {@link HolidayCalendar#usFederal()}, calendars of
   * one to six rules from {@link #holidayRules()}, their union with the US federal calendar, and
   * now and then {@link HolidayCalendar#none()}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<HolidayCalendar> holidayCalendars() {
    Arbitrary<HolidayCalendar> ruled = holidayRules().list().ofMinSize(1).ofMaxSize(6)
        .map(rules -> HolidayCalendar.of("generated", rules));
    return SendtimeArbitraries.weighted(
        Tuple.of(3, Arbitraries.just(HolidayCalendar.usFederal())),
        Tuple.of(4, ruled),
        Tuple.of(2, ruled.map(c -> HolidayCalendar.union("US federal and generated",
            List.of(HolidayCalendar.usFederal(), c)))),
        Tuple.of(1, Arbitraries.just(HolidayCalendar.none())));
  }

  // -------------------------------------------------------------------------------------------
  // Blackouts

  /**
   * Obtains an arbitrary of blackout dates of every kind: a single date, a range of up to six
   * weeks, a yearly range (some across the year end, some from or to February 29), a
   * quarterly or monthly range by day numbers (some running into the next period, some past the
   * end of short months), and the last days of every quarter or month. One recurring value in
   * five is bounded by {@link BlackoutDates#from} and {@link BlackoutDates#until} dates between
   * 1970 and 2100.
   *
   * <p>Fixed dates lie between 1970 and 2100, with extra weight on month ends and leap days.
   * No value covers every date, and recurring ranges are short enough to leave most days free.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<BlackoutDates> blackoutDates() {
    Arbitrary<LocalDate> dates = SendtimeArbitraries.localDateTimes(1970, 2099).map(LocalDateTime::toLocalDate);
    Arbitrary<BlackoutDates> on = dates.map(BlackoutDates::on);
    Arbitrary<BlackoutDates> between = Combinators.combine(dates, Arbitraries.integers().between(0, 42))
        .as((first, days) -> BlackoutDates.between(first, first.plusDays(days)));
    Arbitrary<MonthDay> monthDays = SendtimeArbitraries.weighted(
        Tuple.of(4, Arbitraries.integers().between(1, 366).map(PolicyArbitraries::monthDayOfLeapYear)),
        Tuple.of(2, Arbitraries.integers().between(335, 366).map(PolicyArbitraries::monthDayOfLeapYear)),
        Tuple.of(1, Arbitraries.just(MonthDay.of(2, 29))));
    Arbitrary<BlackoutDates> yearly = Combinators.combine(monthDays, Arbitraries.integers().between(0, 45))
        .as((first, days) -> BlackoutDates.yearly(first,
            monthDayOfLeapYear(Math.floorMod(first.atYear(2000).getDayOfYear() - 1 + days, 366) + 1)));
    Arbitrary<BlackoutDates> quarterly = Combinators.combine(
            Arbitraries.integers().between(1, 92), Arbitraries.integers().between(1, 20))
        .as((first, days) -> BlackoutDates.quarterly(first, wrap(first + days - 1, 92)));
    Arbitrary<BlackoutDates> lastOfQuarter =
        Arbitraries.integers().between(1, 15).map(BlackoutDates::lastDaysOfQuarter);
    Arbitrary<BlackoutDates> monthly = Combinators.combine(
            SendtimeArbitraries.weighted(
                Tuple.of(3, Arbitraries.integers().between(1, 31)),
                Tuple.of(1, Arbitraries.integers().between(28, 31))),
            Arbitraries.integers().between(1, 12))
        .as((first, days) -> BlackoutDates.monthly(first, wrap(first + days - 1, 31)));
    Arbitrary<BlackoutDates> lastOfMonth = Arbitraries.integers().between(1, 7).map(BlackoutDates::lastDaysOfMonth);
    Arbitrary<BlackoutDates> recurring = SendtimeArbitraries.weighted(
        Tuple.of(3, yearly), Tuple.of(2, quarterly), Tuple.of(1, lastOfQuarter), Tuple.of(2, monthly),
        Tuple.of(1, lastOfMonth));
    Arbitrary<BlackoutDates> bounded = Combinators.combine(recurring, dates, Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, 3000))
        .as((d, from, which, days) -> which == 0
            ? d.from(from)
            : which == 1 ? d.until(from) : d.from(from).until(from.plusDays(days)));
    return SendtimeArbitraries.weighted(
        Tuple.of(2, on), Tuple.of(2, between), Tuple.of(8, recurring), Tuple.of(2, bounded));
  }

  /**
   * Obtains an arbitrary of blackout scopes: {@link BlackoutScope#all()} half of the time, and
   * otherwise one or two campaigns of {@link #campaignIds()} or one or two locations of {@link
   * #locations()}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<BlackoutScope> blackoutScopes() {
    return SendtimeArbitraries.weighted(
        Tuple.of(4, Arbitraries.just(BlackoutScope.all())),
        Tuple.of(2, campaignIds().set().ofMinSize(1).ofMaxSize(2).map(BlackoutScope::campaigns)),
        Tuple.of(2, locations().set().ofMinSize(1).ofMaxSize(2).map(BlackoutScope::locations)));
  }

  /**
   * Obtains an arbitrary of blackouts: dates of {@link #blackoutDates()}, a scope of {@link
   * #blackoutScopes()}, and the action {@link BlackoutAction#DELAY} three times in four, {@link
   * BlackoutAction#SKIP} otherwise.
   *
   * <p>Names come from a pool of eight ({@code "audit"}, {@code "freeze"}, ...), so a list of
   * blackouts for one policy, which must have distinct names, is drawn with
   * {@code blackouts().list().uniqueElements(Blackout::name)}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Blackout> blackouts() {
    Arbitrary<BlackoutAction> actions = SendtimeArbitraries.weighted(
        Tuple.of(3, Arbitraries.just(BlackoutAction.DELAY)), Tuple.of(1, Arbitraries.just(BlackoutAction.SKIP)));
    return Combinators.combine(Arbitraries.of(BLACKOUT_NAMES), blackoutDates(), blackoutScopes(), actions)
        .as((name, dates, scope, action) -> Blackout.of(name, dates).withScope(scope).withAction(action));
  }

  /**
   * Obtains an arbitrary of the campaign ids that policies are bound to and that campaign scopes
   * list: {@code welcome}, {@code spring-sale} and {@code renewal}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<String> campaignIds() {
    return Arbitraries.of(CAMPAIGNS);
  }

  /**
   * Obtains an arbitrary of the locations that contacts live in and that location scopes list:
   * {@code US-NY}, {@code US-CA}, {@code DE-BY} and {@code store-12}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<String> locations() {
    return Arbitraries.of(LOCATIONS);
  }

  // -------------------------------------------------------------------------------------------
  // Policies

  /**
   * Obtains an arbitrary of send policies that use every setting.
   *
   * <p>Each policy has a zone of {@link SendtimeArbitraries#zones()} and a random {@link
   * ZoneStrategy}; two in three declare a fallback zone. Each of the following is set on its
   * own, so that every combination comes up: quiet hours (one policy in two, mostly at night),
   * business hours of {@link #weeklyHours()} (one in three), a weekend of {@link #weekends()},
   * holidays of {@link #holidayCalendars()} (one in three), up to three blackouts of {@link
   * #blackouts()} with dates read in either {@link BlackoutDatesIn}, a campaign of {@link
   * #campaignIds()} (one in three), a deliver-by deadline within up to three days of the
   * candidate or relative to the schedule's anchor (one in five), a late-send tolerance of up to
   * twelve hours beyond which late sends move to the next day or are suppressed (one in three),
   * a {@link DstPolicy}, and a horizon of one to sixty days (one in four) instead of the default
   * year.
   *
   * <p>Quiet hours are drawn mostly at night and business hours mostly by day, so most
   * policies allow some time each week and most decisions are scheduled; some policies allow
   * no time at all (quiet hours over the whole of the business hours, say), and their sends are
   * suppressed. Policies hold no {@link org.sendtime.policy.Constraint}s.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<SendPolicy> sendPolicies() {
    Arbitrary<List<Blackout>> blackoutLists = SendtimeArbitraries.weighted(
        Tuple.of(3, Arbitraries.just(List.<Blackout>of())),
        Tuple.of(4, blackouts().list().ofMinSize(1).ofMaxSize(3).uniqueElements(Blackout::name)));
    Arbitrary<List<DeliverBy>> deadlines = Arbitraries.oneOf(
        Arbitraries.longs().between(0, 72 * 3600).map(s -> List.of(DeliverBy.within(Duration.ofSeconds(s)))),
        Arbitraries.integers().between(-2, 30).map(d -> List.of(DeliverBy.byAnchor(d))),
        Combinators.combine(Arbitraries.integers().between(1, 72), Arbitraries.integers().between(0, 10))
            .as((h, d) -> List.of(DeliverBy.within(Duration.ofHours(h)), DeliverBy.byAnchor(d))));
    Arbitrary<LateSends> lateSends = Combinators.combine(
            Arbitraries.longs().between(0, 12 * 3600), Arbitraries.of(LateSends.Action.class))
        .as((s, action) -> LateSends.sendNowWithin(Duration.ofSeconds(s)).otherwise(action));
    return Builders.withBuilder(PolicyDraft::new)
        .use(SendtimeArbitraries.zones()).inSetter((d, v) -> d.zone = v)
        .use(Arbitraries.of(ZoneStrategy.class)).inSetter((d, v) -> d.strategy = v)
        .use(SendtimeArbitraries.zones()).withProbability(0.67).inSetter((d, v) -> d.fallbackZone = v)
        .use(quietWindows()).withProbability(0.5).inSetter((d, v) -> d.quietHours = v)
        .use(weeklyHours()).withProbability(0.35).inSetter((d, v) -> d.businessHours = v)
        .use(weekends()).inSetter((d, v) -> d.weekend = v)
        .use(holidayCalendars()).withProbability(0.35).inSetter((d, v) -> d.holidays = v)
        .use(blackoutLists).inSetter((d, v) -> d.blackouts = v)
        .use(Arbitraries.of(BlackoutDatesIn.class)).inSetter((d, v) -> d.blackoutDatesIn = v)
        .use(campaignIds()).withProbability(0.33).inSetter((d, v) -> d.campaign = v)
        .use(deadlines).withProbability(0.2).inSetter((d, v) -> d.deliverBy = v)
        .use(lateSends).withProbability(0.33).inSetter((d, v) -> d.lateSends = v)
        .use(Arbitraries.of(DstPolicy.class)).inSetter((d, v) -> d.dstPolicy = v)
        .use(Arbitraries.longs().between(1, 60).map(Duration::ofDays)).withProbability(0.25)
        .inSetter((d, v) -> d.horizon = v)
        .build(PolicyDraft::build)
        .withoutEdgeCases();
  }

  // -------------------------------------------------------------------------------------------
  // Contacts

  /**
   * Obtains an arbitrary of contacts: an id {@code c0} to {@code c999}, a zone of {@link
   * SendtimeArbitraries#zones()} five times in six (none otherwise, for the policy's fallback
   * zone), and a location of {@link #locations()} one time in two.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Contact> contacts() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 999),
            SendtimeArbitraries.zones().injectNull(1.0 / 6),
            locations().injectNull(0.5))
        .as((n, zone, location) -> contact("c" + n, zone, location));
  }

  /**
   * Obtains an arbitrary of audiences: up to twenty contacts with distinct ids {@code c1},
   * {@code c2}, ..., in that order. The contacts of one audience share one to four zones of
   * {@link SendtimeArbitraries#zones()}, so that several contacts fall in each time-zone
   * batch; one in six has no zone, and one in two has a location of {@link #locations()}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<List<Contact>> audiences() {
    return SendtimeArbitraries.zones().list().ofMinSize(1).ofMaxSize(4).flatMap(zones -> {
      Arbitrary<Tuple2<@Nullable ZoneId, @Nullable String>> member = Combinators.combine(
              Arbitraries.of(zones).injectNull(1.0 / 6), locations().injectNull(0.5))
          .as(Tuple::of);
      return member.list().ofMaxSize(20).map(members -> {
        List<Contact> audience = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
          audience.add(contact("c" + (i + 1), members.get(i).get1(), members.get(i).get2()));
        }
        return audience;
      });
    }).withoutEdgeCases();
  }

  // -------------------------------------------------------------------------------------------
  // Instants and schedules

  /**
   * Obtains an arbitrary of instants from 1970 to 2099, to the second.
   *
   * <p>Three values in ten are spread evenly over the range; three are at and near offset
   * transitions, from {@link SendtimeArbitraries#dstEdgeInstants()}; the rest are within two
   * hours of the end of a month, a quarter or a year, on the wall clock of a zone of {@link
   * SendtimeArbitraries#zones()}, and often exactly at midnight or a second before.
   *
   * @return the arbitrary, from 1970-01-01T00:00:00Z inclusive to 2100-01-01T00:00:00Z
   *     exclusive, not null
   */
  public static Arbitrary<Instant> policyInstants() {
    Arbitrary<Instant> edges = SendtimeArbitraries.dstEdgeInstants()
        .map(ZonedDateTime::toInstant)
        .filter(PolicyArbitraries::inRange);
    return SendtimeArbitraries.weighted(
        Tuple.of(3, uniformInstants()),
        Tuple.of(3, edges),
        Tuple.of(4, Combinators.combine(SendtimeArbitraries.zones(), periodMonths(), periodEndSeconds())
            .as(PolicyArbitraries::periodEnd)
            .filter(PolicyArbitraries::inRange)))
        .withoutEdgeCases();
  }

  /**
   * Obtains an arbitrary of instants from 1970 to 2099, to the second, that favour the edges of
   * one zone's wall clock: its offset transitions and the ends of its months, quarters and
   * years.
   *
   * <p>This is the arbitrary to judge a policy in a known zone with. Three values in ten are
   * spread evenly over the range; four are at and near the zone's transitions, as {@link
   * SendtimeArbitraries#dstTransitions(ZoneId)} draws them (spread evenly instead when the zone
   * has none); the rest are near the ends of months, quarters and years on the zone's wall
   * clock.
   *
   * @param zone  the zone, not null
   * @return the arbitrary, from 1970-01-01T00:00:00Z inclusive to 2100-01-01T00:00:00Z
   *     exclusive, not null
   */
  public static Arbitrary<Instant> policyInstants(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    ZoneOffsetTransition first = zone.getRules().nextTransition(Instant.ofEpochSecond(FIRST_SECOND));
    Arbitrary<Instant> edges = first == null || !inRange(first.getInstant())
        ? uniformInstants()
        : SendtimeArbitraries.dstTransitions(zone).map(ZonedDateTime::toInstant).filter(PolicyArbitraries::inRange);
    return SendtimeArbitraries.weighted(Tuple.of(3, uniformInstants()), Tuple.of(4, edges), Tuple.of(3, periodEnds(zone)))
        .withoutEdgeCases();
  }

  /**
   * Obtains an arbitrary of schedules around instants of {@link #policyInstants()}, as {@link
   * #schedulesNear(ZonedDateTime)} makes them, read in zones of {@link
   * SendtimeArbitraries#zones()}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Schedule> schedules() {
    return Combinators.combine(policyInstants(), SendtimeArbitraries.zones())
        .flatAs((instant, zone) -> schedulesNear(instant.atZone(zone)))
        .withoutEdgeCases();
  }

  /**
   * Obtains an arbitrary of schedules that want their send within three days of a date-time,
   * such as a campaign's launch.
   *
   * <p>About a fifth of the schedules are {@link Schedule#immediate()}. Another fifth are {@link
   * Schedule#at(Instant)} an instant within three days, often the instant itself or a second
   * or an hour away. Nearly two fifths are {@link Schedule#atLocal(LocalDateTime)} a wall-clock time
   * within three days of the date-time's own, often a whole hour away, and, when the zone's
   * clocks change within three days, often a time they skip or repeat or one just beside it.
   * Another fifth are {@link Schedule#recurring}: a floating daily, weekly or monthly rule at a
   * wall-clock time near the date-time's, or a cron
   * expression of any dialect, floating or in a zone of {@link SendtimeArbitraries#zones()},
   * that fires at least once. The rest are {@link Schedule#optimized}, learned from up to twelve
   * opens and clicks in the sixty days before the date-time (fewer than five fall back). One schedule in four carries an anchor date from five days before
   * to forty days after the date-time's date.
   *
   * @param around  the date-time, whose zone is the wall clock local times are drawn on, not
   *     null
   * @return the arbitrary, not null
   */
  public static Arbitrary<Schedule> schedulesNear(ZonedDateTime around) {
    Objects.requireNonNull(around, "around");
    ZonedDateTime base = around.withNano(0);
    Arbitrary<Long> offsets = SendtimeArbitraries.weighted(
        Tuple.of(2, Arbitraries.just(0L)),
        Tuple.of(2, Arbitraries.of(-1L, 1L, -3600L, 3600L, -86_400L, 86_400L)),
        Tuple.of(2, Arbitraries.longs().between(-NEAR_SECONDS / 3600, NEAR_SECONDS / 3600).map(h -> h * 3600)),
        Tuple.of(3, Arbitraries.longs().between(-NEAR_SECONDS, NEAR_SECONDS)));
    Arbitrary<Schedule> at = offsets.map(s -> Schedule.at(base.toInstant().plusSeconds(s)));
    LocalDateTime local = base.toLocalDateTime();
    List<LocalDateTime> edges = wallClockEdges(base.getZone().getRules(), base.toInstant());
    Arbitrary<LocalDateTime> locals = edges.isEmpty()
        ? offsets.map(local::plusSeconds)
        : SendtimeArbitraries.weighted(Tuple.of(3, offsets.map(local::plusSeconds)), Tuple.of(2, Arbitraries.of(edges)));
    Arbitrary<Schedule> atLocal = locals.map(Schedule::atLocal);
    Arbitrary<Schedule> recurring = SendtimeArbitraries.weighted(
            Tuple.of(2, locals.flatMap(PolicyArbitraries::dailyOrWeekly)),
            Tuple.of(1, CronRecurrences.ALL))
        .map(PolicyArbitraries::recurringOrEmpty)
        .filter(Optional::isPresent)
        .map(Optional::get);
    Arbitrary<Engagement> engagements = Combinators.combine(
            Arbitraries.longs().between(-60 * 86_400L, 0), Arbitraries.of(Engagement.Kind.values()))
        .as((s, kind) -> Engagement.of(base.toInstant().plusSeconds(s), kind));
    Arbitrary<Schedule> optimized = engagements.list().ofMaxSize(12)
        .map(events -> Schedule.optimized(
            SendTimeOptimizer.ofDefaults().recommend(events, base.getZone(), base.toInstant())));
    Arbitrary<Schedule> schedules = SendtimeArbitraries.weighted(
        Tuple.of(2, Arbitraries.just(Schedule.immediate())),
        Tuple.of(2, at),
        Tuple.of(4, atLocal),
        Tuple.of(2, recurring),
        Tuple.of(1, optimized));
    Arbitrary<@Nullable LocalDate> anchors = Arbitraries.integers().between(-5, 40)
        .map(d -> base.toLocalDate().plusDays(d))
        .injectNull(0.75);
    return Combinators.combine(schedules, anchors)
        .as((s, anchor) -> anchor == null ? s : s.withAnchor(anchor))
        .withoutEdgeCases();
  }

  // -------------------------------------------------------------------------------------------
  // Implementation

  /** The settings of a policy as drawn, before {@link #build()}. Mutable; one per draw. */
  private static final class PolicyDraft {
    ZoneId zone = ZoneOffset.UTC;
    ZoneStrategy strategy = ZoneStrategy.SINGLE;
    @Nullable ZoneId fallbackZone;
    @Nullable LocalWindow quietHours;
    @Nullable WeeklyHours businessHours;
    Weekend weekend = Weekend.NONE;
    @Nullable HolidayCalendar holidays;
    List<Blackout> blackouts = List.of();
    BlackoutDatesIn blackoutDatesIn = BlackoutDatesIn.CONTACT_LOCAL;
    @Nullable String campaign;
    List<DeliverBy> deliverBy = List.of();
    @Nullable LateSends lateSends;
    DstPolicy dstPolicy = DstPolicy.SHIFT_FORWARD;
    @Nullable Duration horizon;

    SendPolicy build() {
      SendPolicy.Builder b = SendPolicy.builder(zone)
          .name("generated")
          .zoneStrategy(strategy)
          .weekend(weekend)
          .blackouts(blackouts)
          .blackoutDatesIn(blackoutDatesIn)
          .dstPolicy(dstPolicy);
      if (fallbackZone != null) {
        b.fallbackZone(fallbackZone);
      }
      if (quietHours != null) {
        b.quietHours(quietHours);
      }
      if (businessHours != null) {
        b.businessHours(businessHours);
      }
      if (holidays != null) {
        b.holidays(holidays);
      }
      if (campaign != null) {
        b.campaign(campaign);
      }
      deliverBy.forEach(b::deliverBy);
      if (lateSends != null) {
        b.lateSends(lateSends);
      }
      if (horizon != null) {
        b.horizon(horizon);
      }
      return b.build();
    }
  }

  private static Contact contact(String id, @Nullable ZoneId zone, @Nullable String location) {
    Contact c = Contact.of(id);
    if (zone != null) {
      c = c.withZone(zone);
    }
    return location == null ? c : c.withLocation(location);
  }

  /** Quiet hours as policies have them: mostly at night, so that days keep some open time. */
  private static Arbitrary<LocalWindow> quietWindows() {
    return SendtimeArbitraries.weighted(Tuple.of(6, nightWindows()), Tuple.of(2, edgeWindows()), Tuple.of(1, localWindows()));
  }

  /** Windows that start in the evening and end in the morning, such as 21:00-08:00. */
  private static Arbitrary<LocalWindow> nightWindows() {
    return Combinators.combine(
            Arbitraries.integers().between(18 * 4, 24 * 4 - 1), Arbitraries.integers().between(0, 9 * 4))
        .as((start, end) -> LocalWindow.of(quarterHour(start), quarterHour(end)));
  }

  /** Windows within a day, such as 09:00-17:00. */
  private static Arbitrary<LocalWindow> dayWindows() {
    return Combinators.combine(
            Arbitraries.integers().between(6 * 4, 12 * 4), Arbitraries.integers().between(4, 12 * 4))
        .as((start, length) -> LocalWindow.of(quarterHour(start), quarterHour(start + length)));
  }

  /** Windows that start or end at midnight or at the times clocks change. */
  private static Arbitrary<LocalWindow> edgeWindows() {
    Arbitrary<LocalTime> changes = Arbitraries.of(
        LocalTime.of(0, 30), LocalTime.of(1, 0), LocalTime.of(1, 30), LocalTime.of(2, 0), LocalTime.of(2, 30),
        LocalTime.of(3, 0));
    Arbitrary<LocalTime> evenings = Arbitraries.integers().between(17, 23).map(h -> LocalTime.of(h, 0));
    return SendtimeArbitraries.weighted(
        Tuple.of(2, Combinators.combine(evenings, changes).as(LocalWindow::of)),
        Tuple.of(1, evenings.map(s -> LocalWindow.of(s, LocalTime.MIDNIGHT))),
        Tuple.of(1, changes.map(e -> LocalWindow.of(LocalTime.MIDNIGHT, e))),
        Tuple.of(1, Arbitraries.just(LocalWindow.of(LocalTime.of(23, 59, 59), LocalTime.of(6, 0)))));
  }

  /** Windows from any second of the day to any other. */
  private static Arbitrary<LocalWindow> secondWindows() {
    Arbitrary<Integer> seconds =
        Arbitraries.integers().between(0, 86_399).withDistribution(RandomDistribution.uniform());
    return Combinators.combine(seconds, seconds)
        .filter((start, end) -> !start.equals(end))
        .as((start, end) -> LocalWindow.of(LocalTime.ofSecondOfDay(start), LocalTime.ofSecondOfDay(end)));
  }

  private static LocalTime quarterHour(int quarters) {
    return LocalTime.of(quarters / 4 % 24, quarters % 4 * 15);
  }

  /** The month-day of a day of the year 2000, which has February 29. */
  private static MonthDay monthDayOfLeapYear(int dayOfYear) {
    return MonthDay.from(LocalDate.ofYearDay(2000, dayOfYear));
  }

  /** A day number past the end of a period counted again from the start of the next one. */
  private static int wrap(int day, int periodDays) {
    return day > periodDays ? day - periodDays : day;
  }

  private static boolean inRange(Instant instant) {
    long s = instant.getEpochSecond();
    return s >= FIRST_SECOND && s < END_SECOND;
  }

  private static Arbitrary<Instant> uniformInstants() {
    return Arbitraries.longs().between(FIRST_SECOND, END_SECOND - 1)
        .withDistribution(RandomDistribution.uniform())
        .map(Instant::ofEpochSecond);
  }

  /** Instants near the end of a month, quarter or year on a zone's wall clock, within the range. */
  private static Arbitrary<Instant> periodEnds(ZoneId zone) {
    return Combinators.combine(periodMonths(), periodEndSeconds())
        .as((m, s) -> periodEnd(zone, m, s))
        .filter(PolicyArbitraries::inRange);
  }

  /** Months counted from January 1970, favouring the last months of quarters and years. */
  private static Arbitrary<Integer> periodMonths() {
    Arbitrary<Integer> months = Arbitraries.integers().between(0, 130 * 12 - 1)
        .withDistribution(RandomDistribution.uniform());
    return SendtimeArbitraries.weighted(
        Tuple.of(2, months),
        Tuple.of(1, months.map(m -> m / 3 * 3 + 2)),
        Tuple.of(1, months.map(m -> m / 12 * 12 + 11)));
  }

  /** Seconds from the end of a period: often none or one, otherwise up to two hours. */
  private static Arbitrary<Long> periodEndSeconds() {
    return SendtimeArbitraries.weighted(
        Tuple.of(3, Arbitraries.of(0L, -1L, 1L)),
        Tuple.of(3, Arbitraries.longs().between(-2, 2).map(h -> h * 3600)),
        Tuple.of(4, Arbitraries.longs().between(-7200, 7200)));
  }

  /** The instant some seconds from the end of a month counted from January 1970, on a zone's clock. */
  private static Instant periodEnd(ZoneId zone, int month, long seconds) {
    LocalDate next = YearMonth.of(1970 + month / 12, month % 12 + 1).atEndOfMonth().plusDays(1);
    return ZonedDateTime.of(next.atStartOfDay(), zone).toInstant().plusSeconds(seconds);
  }

  /**
   * The wall-clock times around the transitions within three days of an instant: the last
   * second before, the first after, and the middle of each gap or overlap.
   */
  private static List<LocalDateTime> wallClockEdges(ZoneRules rules, Instant around) {
    List<LocalDateTime> edges = new ArrayList<>();
    ZoneOffsetTransition t = rules.nextTransition(around.minusSeconds(NEAR_SECONDS));
    while (t != null && t.getInstant().isBefore(around.plusSeconds(NEAR_SECONDS))) {
      LocalDateTime before = t.getDateTimeBefore();
      LocalDateTime after = t.getDateTimeAfter();
      LocalDateTime early = before.isBefore(after) ? before : after;
      LocalDateTime late = before.isBefore(after) ? after : before;
      edges.add(early.minusSeconds(1));
      edges.add(early);
      edges.add(early.plusSeconds(Duration.between(early, late).getSeconds() / 2));
      edges.add(late.minusSeconds(1));
      edges.add(late);
      t = rules.nextTransition(t.getInstant());
    }
    return edges.stream().map(e -> e.withNano(0)).distinct().collect(Collectors.toList());
  }

  /** A floating daily rule, or a weekly one on a few days, at a wall-clock time. */
  private static Arbitrary<Recurrence> dailyOrWeekly(LocalDateTime at) {
    LocalDateTime start = at.minusDays(7);
    return Arbitraries.of(
            "FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO,WE,FR", "FREQ=WEEKLY;BYDAY=SA,SU", "FREQ=DAILY;INTERVAL=2",
            "FREQ=MONTHLY;BYMONTHDAY=-1")
        .map(rule -> RecurrenceSet.builder(start).rule(RecurrenceRule.parse(rule)).build());
  }

  /**
   * Cron expressions of every dialect, floating or in a zone. Their generators take a while to
   * build, so one arbitrary serves every call.
   */
  private static final class CronRecurrences {
    static final Arbitrary<Recurrence> ALL = Arbitraries.oneOf(
        Arbitraries.oneOf(
                SendtimeArbitraries.cronExpressions(CronDialect.UNIX),
                SendtimeArbitraries.cronExpressions(CronDialect.QUARTZ),
                SendtimeArbitraries.cronExpressions(CronDialect.SPRING))
            .map(e -> (Recurrence) e.floating()),
        SendtimeArbitraries.cronSchedules().map(s -> (Recurrence) s));
  }

  /** A recurring schedule, or empty for a recurrence that never fires. */
  private static Optional<Schedule> recurringOrEmpty(Recurrence recurrence) {
    try {
      return Optional.of(Schedule.recurring(recurrence));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
