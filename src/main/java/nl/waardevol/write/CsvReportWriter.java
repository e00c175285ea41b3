package nl.waardevol.write;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.waardevol.aggregate.CodeResult;
import nl.waardevol.aggregate.Group;
import nl.waardevol.aggregate.Report;
import nl.waardevol.aggregate.ToCheck;
import nl.waardevol.code.CodeStances;
import nl.waardevol.text.SpreadsheetSafe;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report as a tidy long table: the {@code --by} columns, then lens, code, label, documents,
 * passages, valence and few_documents (true where the count rests on fewer than three documents);
 * one row per group, code and valence. When a confidence threshold applied, the passages to check
 * follow as rows of valence {@code to_check} with five more columns: per group one row with their
 * counts, then one row per passage and code, least sure first.
 */
final class CsvReportWriter {
  /** The valence of the rows of passages to check, which no count of the report includes. */
  private static final String TO_CHECK = "to_check";

  /**
   * The columns a report with a confidence threshold adds: the stance the model gave the code, and
   * the passage to check.
   */
  private static final List<String> TO_CHECK_COLUMNS =
      List.of("stance", "doc_id", "passage", "confidence", "excerpt");

  private final Report report;
  private final ReportText text;
  private final Writer out;

  CsvReportWriter(Report report, ReportText text, Writer out) {
    this.report = report;
    this.text = text;
    this.out = out;
  }

  void write() throws IOException {
    boolean toCheck = report.certainty().applies();
    List<String> header = new ArrayList<>(report.by());
    header.addAll(
        List.of("lens", "code", "label", "documents", "passages", "valence", "few_documents"));
    if (toCheck) {
      header.addAll(TO_CHECK_COLUMNS);
    }
    CSVPrinter printer =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    for (Group group : report.groups()) {
      for (CodeResult result : group.codes()) {
        List<String> row = new ArrayList<>(group.key());
        row.add(result.lensId());
        row.add(result.codeId());
        row.add(label(result.codeId()));
        row.add(Integer.toString(result.count().documents()));
        row.add(Integer.toString(result.count().passages()));
        row.add(result.valence().id());
        row.add(Boolean.toString(result.count().fewDocuments()));
        if (toCheck) {
          row.addAll(Collections.nCopies(TO_CHECK_COLUMNS.size(), ""));
        }
        print(printer, row);
      }
    }
    if (toCheck) {
      toCheck(printer);
    }
    printer.flush();
  }

  /**
   * The passages below the threshold: per group their counts, then each passage once per code the
   * model gave it, with that code's stance, its confidence and an excerpt (empty where it may not
   * be quoted).
   */
  private void toCheck(CSVPrinter printer) throws IOException {
    ToCheck check = report.toCheck();
    for (ToCheck.GroupCount group : check.groups()) {
      List<String> row = new ArrayList<>(group.key());
      row.addAll(List.of("", "", ""));
      row.add(Integer.toString(group.count().documents()));
      row.add(Integer.toString(group.count().passages()));
      row.add(TO_CHECK);
      row.add(Boolean.toString(group.count().fewDocuments()));
      row.addAll(Collections.nCopies(TO_CHECK_COLUMNS.size(), ""));
      print(printer, row);
    }
    for (ToCheck.Passage passage : check.passages()) {
      for (String code : passage.codes()) {
        List<String> row = new ArrayList<>(passage.key());
        row.add(report.codebook().code(code).map(c -> c.categoryId()).orElse(""));
        row.add(code);
        row.add(label(code));
        row.addAll(List.of("", "", TO_CHECK, ""));
        row.add(CodeStances.name(passage.stances().of(code)));
        row.add(passage.docId());
        row.add(Integer.toString(passage.passage()));
        row.add(CsvCodedTableWriter.confidence(passage.confidence()));
        row.add(passage.excerpt());
        print(printer, row);
      }
    }
  }

  private String label(String codeId) {
    return report.codebook().code(codeId).map(code -> code.label(text.language())).orElse(codeId);
  }

  private static void print(CSVPrinter printer, List<String> row) throws IOException {
    for (String cell : row) {
      printer.print(SpreadsheetSafe.cell(cell));
    }
    printer.println();
  }
}
