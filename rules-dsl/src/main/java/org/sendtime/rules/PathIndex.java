package org.sendtime.rules;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each key path of a loaded policy was written, so that a problem found in the built
 * policy, which knows only its key path, can point into the file.
 *
 * <p>This class is mutable while a policy is read, and not thread-safe.
 */
final class PathIndex {
  private final Map<String, Position> positions = new HashMap<>();
  private final Position root;

  PathIndex(Position root) {
    this.root = root;
  }

  void put(String path, Position position) {
    positions.putIfAbsent(path, position);
  }

  /**
   * Finds the position of a path, or of its nearest written ancestor: {@code blackouts[2].until}
   * falls back to {@code blackouts[2]}, then to {@code blackouts}, then to the document.
   */
  Position find(String path) {
    String p = path;
    while (!p.isEmpty()) {
      Position position = positions.get(p);
      if (position != null) {
        return position;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
    return root;
  }
}
