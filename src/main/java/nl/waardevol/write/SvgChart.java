package nl.waardevol.write;

import java.util.Locale;

/**
 * A {@link ChartDrawing} as inline SVG, drawn by hand: a few rectangles and labels need no chart
 * library, and hand-written SVG stays small, readable and byte-for-byte the same from run to run.
 */
final class SvgChart {
  private SvgChart() {}

  /**
   * @param id unique in the page, to tie the chart to its title and description
   */
  static String of(BarChart chart, String id) {
    ChartDrawing drawing = ChartDrawing.of(chart);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(drawing.width())
        .append(' ')
        .append(drawing.height())
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-t ")
        .append(id)
        .append("-d\" font-family=\"")
        .append(ChartDrawing.FONT)
        .append("\">\n<title id=\"")
        .append(id)
        .append("-t\">")
        .append(Html.escape(chart.title()))
        .append("</title>\n<desc id=\"")
        .append(id)
        .append("-d\">")
        .append(Html.escape(chart.description()))
        .append("</desc>\n");
    for (ChartDrawing.Shape shape : drawing.shapes()) {
      if (shape instanceof ChartDrawing.Box box) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#%s\"/>\n",
                box.x(),
                box.y(),
                box.width(),
                box.height(),
                box.fill()));
      } else if (shape instanceof ChartDrawing.Label label) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"%d\"%s>%s</text>\n",
                label.x(),
                label.y(),
                label.size(),
                label.bold() ? " font-weight=\"bold\"" : "",
                Html.escape(label.text())));
      }
    }
    return svg.append("</svg>").toString();
  }
}
