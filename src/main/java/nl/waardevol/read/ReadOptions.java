package nl.waardevol.read;

import java.nio.charset.Charset;
import java.util.List;

/**
 * How to read inputs, from the command line.
 *
 * @param encoding the encoding of every text file, or null to detect it per file
 * @param textColumns the open-question columns of survey tables; empty to find them by their text
 * @param idColumn the respondent column of survey tables; null to look for a usual name
 */
public record ReadOptions(Charset encoding, List<String> textColumns, String idColumn) {
  public static final ReadOptions DEFAULTS = new ReadOptions(null, List.of(), null);

  public ReadOptions {
    textColumns = List.copyOf(textColumns);
  }
}
