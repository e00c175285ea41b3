package nl.waardevol.write;

import java.io.IOException;
import java.io.Writer;
import nl.waardevol.aggregate.Report;

/** The formats of {@code waardevol report}. */
public enum ReportFormat {
  MD,
  CSV,
  JSON;

  public void write(Report report, ReportText text, Writer out) throws IOException {
    switch (this) {
      case MD -> new MarkdownReportWriter(report, text, out).write();
      case CSV -> new CsvReportWriter(report, text, out).write();
      case JSON -> new JsonReportWriter(report, text, out).write();
    }
  }
}
