package nl.waardevol.write;

import java.io.IOException;
import nl.waardevol.aggregate.Report;

/** The formats of {@code waardevol report}. */
public enum ReportFormat {
  MD,
  CSV,
  JSON,
  HTML,
  DOCX;

  /** Whether the format is bytes rather than text, and so must go to a file. */
  public boolean binary() {
    return this == DOCX;
  }

  public void write(Report report, ReportText text, Output out) throws IOException {
    switch (this) {
      case MD -> new ReportOutline(report, text, new MarkdownReportSink(out.writer())).write();
      case CSV -> new CsvReportWriter(report, text, out.writer()).write();
      case JSON -> new JsonReportWriter(report, text, out.writer()).write();
      case HTML ->
          new ReportOutline(report, text, new HtmlReportSink(out.writer(), text.language()))
              .write();
      case DOCX -> DocxReportSink.write(report, text, out.stream());
    }
  }
}
