package org.sendtime.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sendtime.internal.Names;
import org.sendtime.recurrence.LeapDayPolicy;

/**
 * An email that comes back every year, a number of days before an anniversary: of a contact's
 * date (the birthday, a policy's effective date) or of a fixed date (the annual enrolment
 * period).
 *
 * <p>The email of a year is due on that year's anniversary minus {@link #daysBefore()}, at
 * {@link #sendTime()} on the contact's wall clock. A February 29 date falls in common years on
 * the day the {@link LeapDayPolicy} says (February 28 by default). Only anniversaries after the
 * contact's date count: a policy taking effect on 2025-06-01 has its first anniversary on
 * 2026-06-01. Lower priorities win where a plan must choose.
 *
 * <pre>
 * AnniversaryEmail birthday = AnniversaryEmail.birthday().withDaysBefore(21).withPriority(4);
 * AnniversaryEmail renewal = AnniversaryEmail.of(EmailKind.of("renewal"), "renewal_date");
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AnniversaryEmail {

  private static final LocalTime DEFAULT_TIME = LocalTime.of(8, 30);
  /** The highest priority number allowed; lower numbers win. */
  static final int MAX_PRIORITY = 100;

  private final EmailKind kind;
  private final @Nullable String anchorDateName;
  private final @Nullable MonthDay fixedDate;
  private final int daysBefore;
  private final int priority;
  private final LocalTime sendTime;
  private final LeapDayPolicy leapDayPolicy;

  private AnniversaryEmail(
      EmailKind kind,
      @Nullable String anchorDateName,
      @Nullable MonthDay fixedDate,
      int daysBefore,
      int priority,
      LocalTime sendTime,
      LeapDayPolicy leapDayPolicy) {
    this.kind = kind;
    this.anchorDateName = anchorDateName;
    this.fixedDate = fixedDate;
    this.daysBefore = daysBefore;
    this.priority = priority;
    this.sendTime = sendTime;
    this.leapDayPolicy = leapDayPolicy;
  }

  /**
   * Obtains the birthday email: 14 days before the contact's {@code birthday}, priority 5.
   *
   * @return the email, not null
   */
  public static AnniversaryEmail birthday() {
    return of(EmailKind.BIRTHDAY, "birthday").withDaysBefore(14);
  }

  /**
   * Obtains the effective-date email: 30 days before the anniversary of the contact's
   * {@code effective_date}, priority 5.
   *
   * @return the email, not null
   */
  public static AnniversaryEmail effectiveDate() {
    return of(EmailKind.EFFECTIVE_DATE, "effective_date").withDaysBefore(30);
  }

  /**
   * Obtains the annual-enrolment email: on September 15 of every year, priority 3.
   *
   * <p>Medicare's annual enrolment period runs from October 15 to December 7; marketing of
   * Medicare Advantage and Part D plans for the next plan year may not start before October 1.
   * An email on September 15 must therefore not market next year's plans of those kinds.
   *
   * @return the email, not null
   */
  public static AnniversaryEmail annualEnrolment() {
    return fixed(EmailKind.ANNUAL_ENROLMENT, MonthDay.of(9, 15)).withPriority(3);
  }

  /**
   * Obtains an email on the anniversaries of a contact's date, on the day itself, priority 5.
   *
   * @param kind  the kind, not one the plan makes itself (post-window, campaign, follow-up), not null
   * @param anchorDateName  the name of the contact's date, snake_case, not null
   * @return the email, not null
   * @throws IllegalArgumentException if the kind is reserved or the name is not snake_case
   */
  public static AnniversaryEmail of(EmailKind kind, String anchorDateName) {
    checkKind(kind);
    Names.snakeCase(anchorDateName, "anchor date name");
    return new AnniversaryEmail(kind, anchorDateName, null, 0, 5, DEFAULT_TIME, LeapDayPolicy.FEB_28);
  }

  /**
   * Obtains an email on a fixed date of every year, priority 5.
   *
   * @param kind  the kind, not one the plan makes itself (post-window, campaign, follow-up), not null
   * @param date  the month and day, February 29 allowed, not null
   * @return the email, not null
   * @throws IllegalArgumentException if the kind is reserved
   */
  public static AnniversaryEmail fixed(EmailKind kind, MonthDay date) {
    checkKind(kind);
    checkNotNull(date, "date");
    return new AnniversaryEmail(kind, null, date, 0, 5, DEFAULT_TIME, LeapDayPolicy.FEB_28);
  }

  private static void checkKind(EmailKind kind) {
    checkNotNull(kind, "kind");
    checkArgument(
        !kind.equals(EmailKind.POST_WINDOW) && !kind.equals(EmailKind.CAMPAIGN) && !kind.equals(EmailKind.FOLLOW_UP),
        "Invalid anniversary email kind '%s': post_window, campaign and follow_up are made by the plan",
        kind);
  }

  static void checkPriority(int priority) {
    checkArgument(priority >= 0 && priority <= MAX_PRIORITY,
        "Invalid value for priority (valid values 0 - %s): %s", MAX_PRIORITY, priority);
  }

  /**
   * Returns a copy due a number of days before the anniversary.
   *
   * @param days  the days before, from 0 to 366
   * @return the changed email, not null
   * @throws IllegalArgumentException if the days are out of range
   */
  public AnniversaryEmail withDaysBefore(int days) {
    checkArgument(days >= 0 && days <= 366, "Invalid value for daysBefore (valid values 0 - 366): %s", days);
    return new AnniversaryEmail(kind, anchorDateName, fixedDate, days, priority, sendTime, leapDayPolicy);
  }

  /**
   * Returns a copy with a priority; lower numbers win.
   *
   * @param priority  the priority, from 0 to 100
   * @return the changed email, not null
   * @throws IllegalArgumentException if the priority is out of range
   */
  public AnniversaryEmail withPriority(int priority) {
    checkPriority(priority);
    return new AnniversaryEmail(kind, anchorDateName, fixedDate, daysBefore, priority, sendTime, leapDayPolicy);
  }

  /**
   * Returns a copy sent at a time of day on the contact's wall clock. The default is 08:30.
   *
   * @param time  the time, truncated to seconds, not null
   * @return the changed email, not null
   */
  public AnniversaryEmail withSendTime(LocalTime time) {
    checkNotNull(time, "time");
    return new AnniversaryEmail(
        kind, anchorDateName, fixedDate, daysBefore, priority, time.truncatedTo(ChronoUnit.SECONDS), leapDayPolicy);
  }

  /**
   * Returns a copy with a leap-day policy. The default is {@link LeapDayPolicy#FEB_28}.
   *
   * @param policy  what February 29 means in a common year, not null
   * @return the changed email, not null
   */
  public AnniversaryEmail withLeapDayPolicy(LeapDayPolicy policy) {
    checkNotNull(policy, "policy");
    return new AnniversaryEmail(kind, anchorDateName, fixedDate, daysBefore, priority, sendTime, policy);
  }

  /**
   * Gets the kind.
   *
   * @return the kind, not null
   */
  public EmailKind kind() {
    return kind;
  }

  /**
   * Gets the name of the contact's date whose anniversaries the email follows.
   *
   * @return the name, or empty for a fixed date
   */
  public Optional<String> anchorDateName() {
    return Optional.ofNullable(anchorDateName);
  }

  @Nullable String anchorDateNameOrNull() {
    return anchorDateName;
  }

  /**
   * Gets the fixed date of every year.
   *
   * @return the month and day, or empty for an email on a contact's date
   */
  public Optional<MonthDay> fixedDate() {
    return Optional.ofNullable(fixedDate);
  }

  /**
   * Gets the days the email is due before the anniversary.
   *
   * @return the days, from 0 to 366
   */
  public int daysBefore() {
    return daysBefore;
  }

  /**
   * Gets the priority; lower numbers win.
   *
   * @return the priority, from 0 to 100
   */
  public int priority() {
    return priority;
  }

  /**
   * Gets the time of day on the contact's wall clock.
   *
   * @return the time, not null
   */
  public LocalTime sendTime() {
    return sendTime;
  }

  /**
   * Gets what February 29 means in a common year.
   *
   * @return the policy, not null
   */
  public LeapDayPolicy leapDayPolicy() {
    return leapDayPolicy;
  }

  /**
   * Obtains the anniversary in a year: of the contact's date, or the fixed date.
   *
   * @param contactDate  the contact's date, ignored for a fixed date, null only for a fixed date
   * @param year  the year
   * @return the anniversary, not null
   */
  LocalDate anniversaryIn(@Nullable LocalDate contactDate, int year) {
    int month;
    int day;
    if (fixedDate != null) {
      month = fixedDate.getMonthValue();
      day = fixedDate.getDayOfMonth();
    } else {
      month = Objects.requireNonNull(contactDate).getMonthValue();
      day = contactDate.getDayOfMonth();
    }
    if (month == 2 && day == 29 && !Year.isLeap(year)) {
      return leapDayPolicy == LeapDayPolicy.FEB_28 ? LocalDate.of(year, 2, 28) : LocalDate.of(year, 3, 1);
    }
    return LocalDate.of(year, month, day);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof AnniversaryEmail)) {
      return false;
    }
    AnniversaryEmail e = (AnniversaryEmail) o;
    return kind.equals(e.kind)
        && Objects.equals(anchorDateName, e.anchorDateName)
        && Objects.equals(fixedDate, e.fixedDate)
        && daysBefore == e.daysBefore
        && priority == e.priority
        && sendTime.equals(e.sendTime)
        && leapDayPolicy == e.leapDayPolicy;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, anchorDateName, fixedDate, daysBefore, priority, sendTime, leapDayPolicy);
  }

  /**
   * Outputs the email, such as {@code AnniversaryEmail[birthday: 14 days before birthday at
   * 08:30, priority 5]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "AnniversaryEmail[" + kind + ": " + daysBefore + " days before "
        + (anchorDateName != null ? anchorDateName : String.valueOf(fixedDate)) + " at " + sendTime
        + ", priority " + priority + (leapDayPolicy == LeapDayPolicy.FEB_28 ? "" : ", " + leapDayPolicy) + "]";
  }
}
