package nl.waardevol.write;

import java.io.IOException;
import java.util.List;

/**
 * What a report format does with the parts of a report; {@link ReportOutline} says which parts come
 * in which order, so that every format shows the same report. Text arrives unescaped.
 */
interface ReportSink {
  /**
   * A heading of level 1 to 3.
   *
   * @param newPage whether a printed report starts the heading on a new page
   */
  void heading(int level, String text, boolean newPage) throws IOException;

  void paragraph(String text) throws IOException;

  /** A remark beside the content, such as "no valued passages", in italics. */
  void note(String text) throws IOException;

  void bullets(List<String> items) throws IOException;

  /** A code with its counts and quotes, as a list item with the quotes beneath. */
  void code(String label, String counts, List<QuoteLine> quotes) throws IOException;

  void table(Table table) throws IOException;

  /** A chart and its numbers; formats without pictures show only the numbers, as a table. */
  void chart(BarChart chart) throws IOException;

  void finish() throws IOException;

  /** A quote and the document it comes from. */
  record QuoteLine(String text, String source) {}
}
