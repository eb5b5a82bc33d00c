package org.sendtime.examples.cli;

/**
 * Thrown when a value given on the command line or in a JSON line is invalid; the message says
 * which value, what was given and what was expected, on one line.
 */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}
