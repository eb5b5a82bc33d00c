/**
 * Helpers shared by sendtime's own packages. Nothing here is part of the supported API: types
 * are public only so that other packages of sendtime can use them, and may change in any
 * release.
 */
@NullMarked
package org.sendtime.internal;

import org.jspecify.annotations.NullMarked;
