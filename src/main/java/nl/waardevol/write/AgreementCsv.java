package nl.waardevol.write;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import nl.waardevol.agree.Agreement;
import nl.waardevol.agree.ContingencyTable;
import nl.waardevol.agree.PassageKey;
import nl.waardevol.text.SpreadsheetSafe;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One long table, four decimals, a measure that is not defined an empty cell (which R and pandas
 * read as missing). {@code scope} says what a row is: {@code overall} (multi-valued alpha, counts
 * and precision, recall and F1 pooled over all labels, the share of identical sets as agreement),
 * {@code label} (one code or category), {@code only_human} or {@code only_auto} (a passage in one
 * file only, not compared).
 */
final class AgreementCsv {
  private static final List<String> HEADER =
      List.of(
          "level",
          "scope",
          "id",
          "parent",
          "doc_id",
          "passage",
          "passages",
          "both",
          "only_human",
          "only_auto",
          "neither",
          "precision",
          "recall",
          "f1",
          "kappa",
          "alpha",
          "agreement");

  private AgreementCsv() {}

  static void write(Agreement agreement, AgreementWriter.Context context, Writer out)
      throws IOException {
    CSVPrinter printer =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
    String level = context.level().id();
    ContingencyTable pooled = agreement.pooled();
    printer.printRecord(
        counts(
            level,
            "overall",
            "",
            "",
            agreement.compared(),
            pooled,
            OptionalDouble.empty(),
            agreement.alpha(),
            agreement.identicalShare()));
    for (Agreement.LabelAgreement row : agreement.labels()) {
      ContingencyTable t = row.table();
      printer.printRecord(
          counts(
              level,
              "label",
              SpreadsheetSafe.cell(row.label().id()),
              SpreadsheetSafe.cell(row.label().parent()),
              agreement.compared(),
              t,
              t.kappa(),
              t.alpha(),
              t.agreement()));
    }
    unmatched(printer, level, "only_human", agreement.onlyHuman());
    unmatched(printer, level, "only_auto", agreement.onlyAuto());
    printer.flush();
  }

  private static List<Object> counts(
      String level,
      String scope,
      String id,
      String parent,
      int passages,
      ContingencyTable t,
      OptionalDouble kappa,
      OptionalDouble alpha,
      OptionalDouble agreement) {
    return Arrays.asList(
        level,
        scope,
        id,
        parent,
        "",
        "",
        passages,
        t.both(),
        t.onlyHuman(),
        t.onlyAuto(),
        t.neither(),
        number(t.precision()),
        number(t.recall()),
        number(t.f1()),
        number(kappa),
        number(alpha),
        number(agreement));
  }

  private static void unmatched(
      CSVPrinter printer, String level, String scope, List<PassageKey> keys) throws IOException {
    for (PassageKey key : keys) {
      Object[] row = new Object[HEADER.size()];
      Arrays.fill(row, "");
      row[0] = level;
      row[1] = scope;
      row[4] = SpreadsheetSafe.cell(key.docId());
      row[5] = key.passage();
      printer.printRecord(row);
    }
  }

  private static String number(OptionalDouble value) {
    return value.isPresent()
        ? String.format(java.util.Locale.ROOT, "%.4f", value.getAsDouble())
        : "";
  }
}
