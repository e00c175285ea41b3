package nl.waardevol.write;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import nl.waardevol.aggregate.CodeResult;
import nl.waardevol.aggregate.Group;
import nl.waardevol.aggregate.Report;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.text.SpreadsheetSafe;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report as a tidy long table: the {@code --by} columns, then lens, code, label, documents,
 * passages, valence and few_documents (true where the count rests on fewer than three documents);
 * one row per group, code and valence.
 */
final class CsvReportWriter {
  private final Report report;
  private final ReportText text;
  private final Writer out;

  CsvReportWriter(Report report, ReportText text, Writer out) {
    this.report = report;
    this.text = text;
    this.out = out;
  }

  void write() throws IOException {
    List<String> header = new ArrayList<>(report.by());
    header.addAll(
        List.of("lens", "code", "label", "documents", "passages", "valence", "few_documents"));
    Codebook codebook = report.codebook();
    CSVPrinter printer =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    for (Group group : report.groups()) {
      for (CodeResult result : group.codes()) {
        List<String> row = new ArrayList<>(group.key());
        row.add(result.lensId());
        row.add(result.codeId());
        row.add(
            codebook
                .code(result.codeId())
                .map(code -> code.label(text.language()))
                .orElse(result.codeId()));
        row.add(Integer.toString(result.count().documents()));
        row.add(Integer.toString(result.count().passages()));
        row.add(result.valence().id());
        row.add(Boolean.toString(result.count().fewDocuments()));
        for (String cell : row) {
          printer.print(SpreadsheetSafe.cell(cell));
        }
        printer.println();
      }
    }
    printer.flush();
  }
}
