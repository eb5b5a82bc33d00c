/**
 * The {@code sendtime} command line: recurrence rules and policy decisions at the shell.
 *
 * <p>{@link org.sendtime.examples.cli.SendtimeCommand} is the entry point; each subcommand is one
 * class added in {@link org.sendtime.examples.cli.SendtimeCommand#newCommandLine}. For example:
 *
 * <pre>
 * sendtime occurrences --zone America/New_York --start 1997-09-02T09:00 --limit 3 'FREQ=DAILY'
 * 1997-09-02T09:00-04:00
 * 1997-09-03T09:00-04:00
 * 1997-09-04T09:00-04:00
 *
 * sendtime explain --policy retail-us --at 2026-12-24T15:00:00Z \
 *     --contact '{"id":"c1","zone":"America/Chicago"}'
 * scheduled 2027-01-04T09:00-06:00[America/Chicago] (2027-01-04T15:00:00Z) for c1
 *   candidate 2026-12-24T09:00-06:00
 *   ...
 * </pre>
 *
 * <p>Nothing here reads the default time zone or locale: zones come from the command line or the
 * rule, and every text is read and written in ISO-8601 or as UTF-8.
 */
@NullMarked
package org.sendtime.examples.cli;

import org.jspecify.annotations.NullMarked;
