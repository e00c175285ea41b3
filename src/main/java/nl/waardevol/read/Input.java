package nl.waardevol.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One input named on the command line or found in a directory.
 *
 * @param path the file, or null for standard input
 * @param display how messages name it
 */
public record Input(Path path, String display, Kind kind) {
  /**
   * Transcripts (any format, survey tables included) are segmented and coded; coded tables come
   * back from {@code waardevol code}; projects (.qdpx) from a QDA package, with human codings.
   */
  public enum Kind {
    TRANSCRIPT,
    CODED_CSV,
    CODED_JSONL,
    PROJECT
  }

  public boolean isStdin() {
    return path == null;
  }

  /** What it holds, from {@code stdin} or the file; a file that cannot be read is a problem. */
  public byte[] bytes(InputStream stdin) throws InputProblem {
    try {
      return isStdin() ? stdin.readAllBytes() : Files.readAllBytes(path);
    } catch (IOException e) {
      throw new InputProblem(
          display,
          0,
          "could not be read (" + e.getMessage() + "); check that the file exists and is readable");
    }
  }

  /**
   * By extension; a .csv or .tsv is a coded table when its header is the one {@code code} writes.
   */
  static Kind kindOf(Path path) {
    String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv") || lower.endsWith(".tsv")) {
      return CodedTableHeader.isCodedTable(path) ? Kind.CODED_CSV : Kind.TRANSCRIPT;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return Kind.CODED_JSONL;
    }
    if (lower.endsWith(".qdpx")) {
      return Kind.PROJECT;
    }
    return Kind.TRANSCRIPT;
  }
}
