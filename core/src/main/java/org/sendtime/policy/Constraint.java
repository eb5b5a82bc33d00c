package org.sendtime.policy;

import java.time.ZonedDateTime;

/**
 * A rule of a {@link SendPolicy} that judges instants: each says of an instant that it is
 * allowed, that the send must move to a later instant, or that the send must not happen.
 *
 * <p>The built-in rules (quiet hours, business hours, weekends, holidays, blackouts) are set on
 * {@link SendPolicy.Builder}; this interface lets a host add its own, such as "not while the
 * contact's store is closed for renovation".
 *
 * <p>The engine applies every constraint to a fixed point: it moves the send until no
 * constraint moves it further, and then asks each constraint whether it suppresses the send at
 * that instant. For the result not to depend on the order in which constraints are listed, an
 * implementation must keep to these rules:
 * <ul>
 *   <li>a move goes to the <em>earliest</em> instant after the one judged that this constraint
 *       allows, never further;
 *   <li>judging is a pure function of the instant and the contact: no clock, no randomness, no
 *       state that changes between calls;
 *   <li>implementations are thread-safe, since one policy serves many threads.
 * </ul>
 *
 * <pre>
 * Constraint noFridays = new Constraint() {
 *   public String name() { return "no Fridays"; }
 *   public Verdict judge(ZonedDateTime at, Contact contact) {
 *     return at.getDayOfWeek() != DayOfWeek.FRIDAY
 *         ? Verdict.allow()
 *         : Verdict.moveTo(at.toLocalDate().plusDays(1).atStartOfDay(at.getZone()).toInstant(),
 *             "no sends on Fridays");
 *   }
 * };
 * </pre>
 */
public interface Constraint {

  /**
   * Gets the constraint's name, shown in decision traces.
   *
   * @return the name, not blank
   */
  String name();

  /**
   * Judges an instant for a contact.
   *
   * @param at  the instant, in the zone whose wall clock the policy judges local rules on for
   *     this contact, not null
   * @param contact  the contact, not null
   * @return the verdict, not null; a move must be to a later instant
   */
  Verdict judge(ZonedDateTime at, Contact contact);
}
