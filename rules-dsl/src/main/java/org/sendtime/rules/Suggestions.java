package org.sendtime.rules;

import com.google.common.base.Ascii;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "Did you mean" hints: the known name nearest to a misspelt one, by the optimal-string-alignment
 * form of the Damerau-Levenshtein distance (an insertion, a deletion, a substitution or a swap of
 * neighbours each cost one), ignoring case.
 */
final class Suggestions {
  private Suggestions() {
  }

  /**
   * Finds the candidate nearest to a text, if it is near enough to be a likely misspelling: at
   * most one edit for short names, and at most a third of the name's length, up to three edits.
   * Ties go to the candidate first in iteration order.
   */
  static Optional<String> nearest(String text, Collection<String> candidates) {
    String lower = Ascii.toLowerCase(text);
    int budget = Math.min(3, Math.max(1, lower.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String c = Ascii.toLowerCase(candidate);
      if (Math.abs(c.length() - lower.length()) > budget) {
        continue;
      }
      int d = distance(lower, c);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= budget ? Optional.of(best) : Optional.empty();
  }

  /**
   * Gives the hint for an unknown name: {@code did you mean 'x'?} when one is near, otherwise
   * the list of the known names, or the given text when there are none.
   */
  static String hint(String text, Collection<String> candidates, String noneKnown) {
    if (candidates.isEmpty()) {
      return noneKnown;
    }
    return nearest(text, candidates)
        .map(s -> "did you mean '" + s + "'?")
        .orElseGet(() -> "expected one of " + candidates.stream().collect(Collectors.joining(", ")));
  }

  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
