/**
 * sendtime decides <em>when</em> a message may be sent.
 *
 * <p>This package holds only the root exception type; the domain lives in the sub-packages,
 * starting with {@link org.sendtime.recurrence}, which answers "when is the next occurrence of
 * this rule, in this time zone?".
 */
@NullMarked
package org.sendtime;

import org.jspecify.annotations.NullMarked;
