package nl.waardevol.write;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.table.CodedColumns;
import nl.waardevol.text.SpreadsheetSafe;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The coded passage table as CSV (RFC 4180, comma, CRLF), safe to open in a spreadsheet. The header
 * goes out with the first row or at the finish, so a run that fails before either writes nothing to
 * standard output.
 */
final class CsvCodedTableWriter implements CodedTableWriter {
  private final Writer out;
  private final List<String> extraKeys;
  private CSVPrinter printer;

  CsvCodedTableWriter(Writer out, List<String> extraKeys) {
    this.out = out;
    this.extraKeys = List.copyOf(extraKeys);
  }

  private CSVPrinter printer() throws IOException {
    if (printer == null) {
      List<String> header = new ArrayList<>(CodedColumns.FIXED);
      header.addAll(extraKeys);
      header.add(CodedColumns.QUESTION);
      printer =
          new CSVPrinter(
              out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    }
    return printer;
  }

  @Override
  public void write(CodedPassage p) throws IOException {
    List<String> row = new ArrayList<>(CodedColumns.FIXED.size() + extraKeys.size());
    row.add(p.docId());
    row.add(p.metadata(CodedColumns.REGION));
    row.add(p.metadata(CodedColumns.ROLE));
    row.add(Integer.toString(p.passage()));
    row.add(p.speaker());
    row.add(Integer.toString(p.start()));
    row.add(Integer.toString(p.end()));
    row.add(p.language());
    row.add(p.valence().id());
    row.add(String.join(CodedColumns.LIST_SEPARATOR, p.categories()));
    row.add(String.join(CodedColumns.LIST_SEPARATOR, p.codes()));
    row.add(String.join(CodedColumns.LIST_SEPARATOR, p.stances().valued()));
    row.add(String.join(CodedColumns.LIST_SEPARATOR, p.stances().hindered()));
    row.add(String.join(CodedColumns.LIST_SEPARATOR, p.stances().wished()));
    row.add(confidence(p.confidence()));
    row.add(String.join(CodedColumns.LIST_SEPARATOR, p.matched()));
    row.add(p.text());
    for (String key : extraKeys) {
      row.add(p.metadata(key));
    }
    row.add(p.question());
    CSVPrinter rows = printer();
    for (String cell : row) {
      rows.print(SpreadsheetSafe.cell(cell));
    }
    rows.println();
  }

  @Override
  public void finish() throws IOException {
    printer().flush();
  }

  /** Two decimals, or empty when the rules alone coded the passage. */
  static String confidence(double confidence) {
    return Double.isNaN(confidence) ? "" : String.format(java.util.Locale.ROOT, "%.2f", confidence);
  }
}
