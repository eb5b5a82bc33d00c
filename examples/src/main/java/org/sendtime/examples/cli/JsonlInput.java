package org.sendtime.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the input of a {@code --jsonl} batch, a file or standard input, and answers it line by
 * line: one output line per input line, in order. A UTF-8 byte order mark is skipped and blank
 * lines are ignored; a bad line is answered with its error and never stops the batch.
 */
final class JsonlInput {

  /** Answers one input line. */
  @FunctionalInterface
  interface LineAnswerer {
    /**
     * Answers a line; every failure, even a bug, must be reported in the answer.
     *
     * @param line  the line, not blank
     * @param lineNumber  the number of the line, from 1, counting blank lines
     * @return the answer, not null
     */
    Answer answer(String line, int lineNumber);
  }

  /**
   * One output line, and whether it answers its input line without error.
   *
   * @param json  the output line, a JSON object, not null
   * @param ok  whether the input line was answered without error
   */
  record Answer(String json, boolean ok) {}

  private JsonlInput() {}

  /**
   * Answers every line of a file, or of standard input for {@code -}.
   *
   * @param file  the file name given to {@code --jsonl}, not null
   * @param stdin  the standard input, read but not closed, not null
   * @param out  where to write the answers, not null
   * @param answerer  what answers each line, not null
   * @return true if every line was answered without error
   * @throws InputException if the file cannot be opened or is not UTF-8 text
   * @throws IOException if the input cannot be read
   */
  static boolean answer(String file, InputStream stdin, PrintWriter out, LineAnswerer answerer)
      throws IOException {
    if (file.equals("-")) {
      // Standard input belongs to the caller: read it, but do not close it.
      BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
      return answer(in, out, answerer);
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new InputException("Cannot read --jsonl file '" + file + "': it is a directory");
    }
    BufferedReader in;
    try {
      in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException("Cannot read --jsonl file '" + file + "': no such file");
    } catch (IOException e) {
      throw new InputException("Cannot read --jsonl file '" + file + "': " + e);
    }
    try (in) {
      return answer(in, out, answerer);
    } catch (CharacterCodingException e) {
      throw new InputException("Cannot read --jsonl file '" + file + "': it is not UTF-8 text");
    }
  }

  /**
   * Answers every line of a reader.
   *
   * @param in  the JSON lines, not null
   * @param out  where to write the answers, not null
   * @param answerer  what answers each line, not null
   * @return true if every line was answered without error
   * @throws IOException if the input cannot be read
   */
  static boolean answer(BufferedReader in, PrintWriter out, LineAnswerer answerer) throws IOException {
    boolean allOk = true;
    int lineNumber = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      Answer answer = answerer.answer(line, lineNumber);
      allOk &= answer.ok();
      out.println(answer.json());
    }
    out.flush();
    return allOk;
  }

  /**
   * Describes a failure for an output line: the message of a user error, or a request to report
   * a bug.
   */
  static String errorMessage(RuntimeException e) {
    return SendtimeCommand.isUserError(e)
        ? SendtimeCommand.oneLine(e.getMessage())
        : "internal error, please report it: " + SendtimeCommand.oneLine(e.toString());
  }
}
