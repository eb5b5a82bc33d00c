package org.sendtime.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/** Checks of the snake_case names that policies use for dates, email kinds and tiers. */
public final class Names {

  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  private static final Pattern JURISDICTION = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

  private Names() {}

  /**
   * Checks that a jurisdiction code is upper-case letters and digits, in parts joined by
   * hyphens, such as {@code CA} or {@code US-CA}.
   *
   * @param code  the code to check, not null
   * @return the code, not null
   * @throws IllegalArgumentException if the code is malformed, naming it
   */
  public static String jurisdiction(String code) {
    checkNotNull(code, "jurisdiction");
    checkArgument(
        JURISDICTION.matcher(code).matches(),
        "Invalid jurisdiction '%s': expected an upper-case code such as CA or US-CA",
        code);
    return code;
  }

  /**
   * Checks that a name is snake_case: lower-case letters and digits in words joined by single
   * underscores, starting with a letter, such as {@code birthday} or {@code effective_date}.
   *
   * @param name  the name to check, not null
   * @param what  what the name names, for the message, not null
   * @return the name, not null
   * @throws IllegalArgumentException if the name is not snake_case, naming it
   */
  public static String snakeCase(String name, String what) {
    checkNotNull(name, what);
    checkArgument(
        SNAKE_CASE.matcher(name).matches(),
        "Invalid %s '%s': expected snake_case, such as birthday or effective_date",
        what,
        name);
    return name;
  }
}
