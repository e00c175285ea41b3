package nl.waardevol.write;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.OptionalDouble;
import nl.waardevol.agree.Agreement;
import nl.waardevol.agree.ContingencyTable;
import nl.waardevol.code.SpreadsheetSafe;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per code (or category) with its counts and measures, four decimals; a measure that is
 * not defined is an empty cell, which R and pandas read as missing.
 */
final class AgreementCsv {
  private static final List<String> HEADER =
      List.of("level", "id", "parent", "both", "only_human", "only_auto", "neither", "precision", "recall", "f1", "kappa", "alpha", "agreement");

  private AgreementCsv() {}

  static void write(Agreement agreement, AgreementWriter.Context context, Writer out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
    for (Agreement.LabelAgreement row : agreement.labels()) {
      ContingencyTable t = row.table();
      printer.printRecord(
          context.level().id(),
          SpreadsheetSafe.cell(row.label().id()),
          SpreadsheetSafe.cell(row.label().parent()),
          t.both(),
          t.onlyHuman(),
          t.onlyAuto(),
          t.neither(),
          number(t.precision()),
          number(t.recall()),
          number(t.f1()),
          number(t.kappa()),
          number(t.alpha()),
          number(t.agreement()));
    }
    printer.flush();
  }

  private static String number(OptionalDouble value) {
    return value.isPresent() ? String.format(java.util.Locale.ROOT, "%.4f", value.getAsDouble()) : "";
  }
}
