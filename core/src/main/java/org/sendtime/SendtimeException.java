package org.sendtime;

/**
 * The root of every exception that sendtime throws for a failure that is not a plain caller
 * mistake.
 *
 * <p>Caller mistakes (a null argument, a value out of range) are reported with
 * {@link IllegalArgumentException} or {@link IllegalStateException}, as in {@code java.time}.
 * Everything else, such as text that cannot be parsed, derives from this unchecked type, with a
 * subtype named for what failed. A business outcome, such as a send that falls in a blackout, is
 * a result and never an exception.
 */
public class SendtimeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Constructs an exception with a message.
   *
   * @param message  the message, not null
   */
  public SendtimeException(String message) {
    super(message);
  }

  /**
   * Constructs an exception with a message and a cause.
   *
   * @param message  the message, not null
   * @param cause  the cause, may be null
   */
  public SendtimeException(String message, Throwable cause) {
    super(message, cause);
  }
}
