package nl.waardevol.write;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** The report as Markdown, with headings a project team can paste into its interim report. */
final class MarkdownReportSink implements ReportSink {
  private final Writer out;

  /** Whether code items are open, to be closed by a blank line before what follows. */
  private boolean inList;

  MarkdownReportSink(Writer out) {
    this.out = out;
  }

  @Override
  public void heading(int level, String text, boolean newPage) throws IOException {
    block("#".repeat(level) + " " + Markdown.escape(text));
  }

  @Override
  public void paragraph(String text) throws IOException {
    block(Markdown.escape(text));
  }

  @Override
  public void note(String text) throws IOException {
    block("_" + Markdown.escape(text) + "_");
  }

  @Override
  public void bullets(List<String> items) throws IOException {
    for (String item : items) {
      line("- " + Markdown.escape(item));
    }
    line("");
  }

  @Override
  public void code(String label, String counts, List<QuoteLine> quotes) throws IOException {
    write("- **" + Markdown.escape(label) + "**: " + Markdown.escape(counts));
    for (QuoteLine quote : quotes) {
      write(
          "  - “" + Markdown.escape(quote.text()) + "” (" + Markdown.escape(quote.source()) + ")");
    }
    inList = true;
  }

  @Override
  public void table(Table table) throws IOException {
    closeList();
    row(table.header().stream().map(Markdown::escape).toList());
    List<String> align = new ArrayList<>();
    for (int i = 0; i < table.header().size(); i++) {
      align.add(i < table.labelColumns() ? "---" : "---:");
    }
    row(align);
    for (List<Table.Cell> cells : table.rows()) {
      row(cells.stream().map(cell -> Markdown.escape(cell.text())).toList());
    }
    line("");
  }

  @Override
  public void chart(BarChart chart) throws IOException {
    table(chart.data());
  }

  @Override
  public void finish() throws IOException {
    closeList();
    out.flush();
  }

  private void row(List<String> cells) throws IOException {
    write("| " + String.join(" | ", cells) + " |");
  }

  private void block(String text) throws IOException {
    line(text);
    line("");
  }

  /** A line that is not a code item. */
  private void line(String line) throws IOException {
    closeList();
    write(line);
  }

  private void closeList() throws IOException {
    if (inList) {
      inList = false;
      write("");
    }
  }

  private void write(String line) throws IOException {
    out.write(line);
    out.write('\n');
  }
}
