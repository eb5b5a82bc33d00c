/**
 * Policies as rule authors write them: YAML documents and a fluent Java DSL that build the same
 * core objects, print in either form, and report every mistake with its file, line, column and
 * key path.
 */
@NullMarked
package org.sendtime.rules;

import org.jspecify.annotations.NullMarked;
