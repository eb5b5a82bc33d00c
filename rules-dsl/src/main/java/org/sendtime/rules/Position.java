package org.sendtime.rules;

import org.snakeyaml.engine.v2.exceptions.Mark;

/** A place in a source: its name, and a line and column counted from 1. */
record Position(String source, int line, int column) {

  static Position start(String source) {
    return new Position(source, 1, 1);
  }

  static Position of(String source, Mark mark) {
    return new Position(source, mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** The position of a character of a text, counting lines as the YAML reader does. */
  static Position of(String source, CharSequence text, int index) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < index && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
      } else if (c != '\r' && !Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return new Position(source, line, column);
  }

  PolicyProblem error(String path, String message) {
    return PolicyProblem.of(PolicyProblem.Severity.ERROR, source, line, column, path, message);
  }

  PolicyProblem problem(PolicyProblem.Severity severity, String path, String message) {
    return PolicyProblem.of(severity, source, line, column, path, message);
  }
}
