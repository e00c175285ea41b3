package nl.waardevol.write;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import nl.waardevol.text.SpreadsheetSafe;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The key of a pseudonymised set: per document, each placeholder and the original it replaced. It
 * identifies everyone, so it is written only on request and kept apart from the shared set.
 */
public final class PseudonymKeyWriter {
  private PseudonymKeyWriter() {}

  /** {@code keys}: document id to its placeholders and originals, each in the order to write. */
  public static void write(Map<String, Map<String, String>> keys, Writer out) throws IOException {
    CSVPrinter printer =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader("doc_id", "placeholder", "original").get());
    for (Map.Entry<String, Map<String, String>> document : keys.entrySet()) {
      for (Map.Entry<String, String> entry : document.getValue().entrySet()) {
        printer.printRecord(
            SpreadsheetSafe.cell(document.getKey()),
            SpreadsheetSafe.cell(entry.getKey()),
            SpreadsheetSafe.cell(entry.getValue()));
      }
    }
    printer.flush();
  }
}
