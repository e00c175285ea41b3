package nl.waardevol.write;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import nl.waardevol.code.CodedPassage;

/** Writes coded passages as a table, one row per passage, as they arrive. */
public interface CodedTableWriter {
  void write(CodedPassage passage) throws IOException;

  void finish() throws IOException;

  /** The table formats {@code waardevol code} writes. */
  enum Format {
    CSV,
    JSONL
  }

  /** {@code extraKeys}: metadata keys that become columns after {@code text}, in order. */
  static CodedTableWriter create(Format format, Writer out, List<String> extraKeys)
      throws IOException {
    return switch (format) {
      case CSV -> new CsvCodedTableWriter(out, extraKeys);
      case JSONL -> new JsonlCodedTableWriter(out, extraKeys);
    };
  }
}
