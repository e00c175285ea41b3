package nl.waardevol.write;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The report as one self-contained HTML page: styles and charts inline, no script, nothing fetched,
 * so it opens offline in any browser and prints to PDF with a page per group.
 */
final class HtmlReportSink implements ReportSink {
  private static final String STYLE =
      """
      :root { color-scheme: light; }
      body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; line-height: 1.45;
        color: #1a1a1a; background: #fff; max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem;
        overflow-wrap: break-word; }
      h1 { font-size: 1.7rem; } h2 { font-size: 1.35rem; margin-top: 2.2rem;
        border-bottom: 2px solid #0072B2; } h3 { font-size: 1.1rem; }
      table { border-collapse: collapse; margin: 0.6rem 0 1.2rem; max-width: 100%; }
      caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
      th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; vertical-align: top; }
      th { background: #eee; text-align: left; }
      td.n { text-align: right; white-space: nowrap; }
      td.hot { color: #fff; }
      figure { margin: 1rem 0; }
      figure svg { width: 100%; height: auto; display: block; }
      figcaption { font-size: 0.9rem; color: #333; }
      blockquote { margin: 0.3rem 0 0.3rem 1.5rem; padding-left: 0.8rem;
        border-left: 3px solid #0072B2; font-style: italic; }
      blockquote cite { font-style: normal; font-size: 0.85rem; color: #444; }
      .note { font-style: italic; color: #444; }
      .code { margin: 0.8rem 0 0.2rem; }
      @media print {
        body { max-width: none; padding: 0; font-size: 10pt; }
        h2.page { break-before: page; }
        h2, h3 { break-after: avoid; }
        table, figure, blockquote, tr { break-inside: avoid; }
        table { font-size: 8.5pt; }
        th, td { padding: 0.15rem 0.3rem; }
        th { hyphens: auto; overflow-wrap: anywhere; }
        a { color: inherit; text-decoration: none; }
      }
      @page { size: A4; margin: 18mm 15mm; }
      """;

  private final Writer out;
  private final String language;
  private int charts;
  private final Set<String> anchors = new HashSet<>();

  HtmlReportSink(Writer out, String language) {
    this.out = out;
    this.language = language;
  }

  @Override
  public void heading(int level, String text, boolean newPage) throws IOException {
    if (level == 1) {
      start(text);
    }
    String page = newPage ? " class=\"page\"" : "";
    String id = level == 2 ? " id=\"" + anchor(text) + "\"" : "";
    line("<h" + level + id + page + ">" + Html.escape(text) + "</h" + level + ">");
  }

  /** An id for a section, such as "rotterdam-ouders", so that a link can point to it. */
  private String anchor(String text) {
    String base =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    String id = base.isEmpty() ? "section" : base;
    for (int n = 2; !anchors.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private void start(String title) throws IOException {
    line("<!DOCTYPE html>");
    line("<html lang=\"" + language + "\">");
    line("<head>");
    line("<meta charset=\"utf-8\">");
    line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    line("<title>" + Html.escape(title) + "</title>");
    out.write("<style>\n" + STYLE + "</style>\n");
    line("</head>");
    line("<body>");
  }

  @Override
  public void paragraph(String text) throws IOException {
    line("<p>" + Html.escape(text) + "</p>");
  }

  @Override
  public void note(String text) throws IOException {
    line("<p class=\"note\">" + Html.escape(text) + "</p>");
  }

  @Override
  public void bullets(List<String> items) throws IOException {
    line("<ul>");
    for (String item : items) {
      line("<li>" + Html.escape(item) + "</li>");
    }
    line("</ul>");
  }

  @Override
  public void code(String label, String counts, List<QuoteLine> quotes) throws IOException {
    line(
        "<p class=\"code\"><strong>"
            + Html.escape(label)
            + "</strong>: "
            + Html.escape(counts)
            + "</p>");
    for (QuoteLine quote : quotes) {
      line(
          "<blockquote><p>“"
              + Html.escape(quote.text())
              + "” <cite>("
              + Html.escape(quote.source())
              + ")</cite></p></blockquote>");
    }
  }

  @Override
  public void table(Table table) throws IOException {
    line("<table>");
    line("<caption>" + Html.escape(table.caption()) + "</caption>");
    StringBuilder header = new StringBuilder("<thead><tr>");
    for (String cell : table.header()) {
      header.append("<th scope=\"col\">").append(Html.escape(cell)).append("</th>");
    }
    line(header.append("</tr></thead>").toString());
    line("<tbody>");
    for (List<Table.Cell> row : table.rows()) {
      StringBuilder cells = new StringBuilder("<tr>");
      for (int i = 0; i < row.size(); i++) {
        cells.append(cell(row.get(i), i >= table.labelColumns()));
      }
      line(cells.append("</tr>").toString());
    }
    line("</tbody>");
    line("</table>");
  }

  private static String cell(Table.Cell cell, boolean number) {
    StringBuilder td = new StringBuilder("<td");
    String classes = number ? "n" : "";
    if (cell.heat() >= 0) {
      classes += Palette.whiteTextOn(cell.heat()) ? " hot" : "";
      td.append(" style=\"background:#").append(Palette.heat(cell.heat())).append('"');
    }
    if (!classes.isEmpty()) {
      td.append(" class=\"").append(classes.strip()).append('"');
    }
    return td.append('>').append(Html.escape(cell.text())).append("</td>").toString();
  }

  @Override
  public void chart(BarChart chart) throws IOException {
    charts++;
    String id = String.format(Locale.ROOT, "chart-%d", charts);
    line("<figure>");
    line(SvgChart.of(chart, id));
    line("<figcaption>" + Html.escape(chart.description()) + "</figcaption>");
    line("</figure>");
    table(chart.data());
  }

  @Override
  public void finish() throws IOException {
    line("</body>");
    line("</html>");
    out.flush();
  }

  private void line(String line) throws IOException {
    out.write(line);
    out.write('\n');
  }
}
