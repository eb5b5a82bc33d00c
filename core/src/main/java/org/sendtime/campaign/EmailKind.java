package org.sendtime.campaign;

import org.jspecify.annotations.Nullable;
import org.sendtime.internal.Names;

/**
 * The kind of a planned email, named in snake_case: the anniversary kinds {@link #BIRTHDAY},
 * {@link #EFFECTIVE_DATE} and {@link #ANNUAL_ENROLMENT}, and the kinds the plan itself makes,
 * {@link #POST_WINDOW}, {@link #CAMPAIGN} and {@link #FOLLOW_UP}. A host may name its own
 * anniversary kinds with {@link #of(String)}.
 *
 * <p>Kinds are ordered by name. This class is immutable and thread-safe.
 */
public final class EmailKind implements Comparable<EmailKind> {

  /** The email before a contact's birthday. */
  public static final EmailKind BIRTHDAY = new EmailKind("birthday");
  /** The email before the anniversary of a contact's policy's effective date. */
  public static final EmailKind EFFECTIVE_DATE = new EmailKind("effective_date");
  /** The email of the annual enrolment period. */
  public static final EmailKind ANNUAL_ENROLMENT = new EmailKind("annual_enrolment");
  /** The email after an exclusion window that suppressed another. */
  public static final EmailKind POST_WINDOW = new EmailKind("post_window");
  /** An email of a campaign. */
  public static final EmailKind CAMPAIGN = new EmailKind("campaign");
  /** A follow-up of an email that was scheduled. */
  public static final EmailKind FOLLOW_UP = new EmailKind("follow_up");

  private final String name;

  private EmailKind(String name) {
    this.name = name;
  }

  /**
   * Obtains a kind by name.
   *
   * @param name  the name, snake_case, not null
   * @return the kind, not null
   * @throws IllegalArgumentException if the name is not snake_case
   */
  public static EmailKind of(String name) {
    return new EmailKind(Names.snakeCase(name, "email kind"));
  }

  /**
   * Gets the name.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Compares kinds by name.
   *
   * @param other  the other kind, not null
   * @return negative, zero or positive as this name sorts before, with or after the other
   */
  @Override
  public int compareTo(EmailKind other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EmailKind && ((EmailKind) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /**
   * Outputs the name.
   *
   * @return the name, not null
   */
  @Override
  public String toString() {
    return name;
  }
}
