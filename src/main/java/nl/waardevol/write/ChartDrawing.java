package nl.waardevol.write;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link BarChart} laid out once in pixels, so that the SVG of the HTML report and the picture of
 * the Word report are the same drawing. Labels sit above their bars and wrap, so no text runs out
 * of its panel however long a code's name.
 */
record ChartDrawing(int width, int height, List<Shape> shapes) {
  static final int WIDTH = 960;
  static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";
  private static final int PAD = 12;
  private static final int GAP = 24;
  private static final int LABEL_SIZE = 12;
  private static final int LINE = 16;
  private static final int BAR = 14;
  private static final int VALUE_ROOM = 56;

  /** A width of a character, generous, for wrapping before the fonts are known. */
  private static final double CHAR_WIDTH = 0.62;

  sealed interface Shape permits Box, Label {}

  record Box(int x, int y, int width, int height, String fill) implements Shape {}

  /** Text whose baseline starts at x, y. */
  record Label(int x, int y, String text, int size, boolean bold) implements Shape {}

  static ChartDrawing of(BarChart chart) {
    List<Shape> shapes = new ArrayList<>();
    int y = PAD + 18;
    shapes.add(new Label(PAD, y, chart.title(), 15, true));
    y += 10;
    if (chart.series().size() > 1) {
      y = legend(chart, shapes, y + 8);
    }
    int columns = Math.max(1, Math.min(chart.columns(), chart.panels().size()));
    int panelWidth = (WIDTH - 2 * PAD - (columns - 1) * GAP) / columns;
    int rowTop = y + 12;
    int bottom = rowTop;
    for (int i = 0; i < chart.panels().size(); i++) {
      if (i > 0 && i % columns == 0) {
        rowTop = bottom + GAP;
      }
      int x = PAD + (i % columns) * (panelWidth + GAP);
      bottom = Math.max(bottom, panel(chart, chart.panels().get(i), x, rowTop, panelWidth, shapes));
    }
    return new ChartDrawing(WIDTH, bottom + PAD, shapes);
  }

  private static int legend(BarChart chart, List<Shape> shapes, int y) {
    int x = PAD;
    for (BarChart.Series series : chart.series()) {
      shapes.add(new Box(x, y, 12, 12, series.colour()));
      shapes.add(new Label(x + 18, y + 11, series.name(), LABEL_SIZE, false));
      x += 18 + textWidth(series.name(), LABEL_SIZE) + 24;
    }
    return y + 14;
  }

  /** Draws one panel from {@code top}; returns where it ends. */
  private static int panel(
      BarChart chart, BarChart.Panel panel, int x, int top, int width, List<Shape> shapes) {
    int y = top;
    if (!panel.title().isEmpty()) {
      for (String line : wrap(panel.title(), width, 13)) {
        y += LINE;
        shapes.add(new Label(x, y, line, 13, true));
      }
      y += 6;
    }
    int barRoom = width - VALUE_ROOM;
    for (BarChart.Bar bar : panel.bars()) {
      for (String line : wrap(bar.label(), width, LABEL_SIZE)) {
        y += LINE;
        shapes.add(new Label(x, y, line, LABEL_SIZE, false));
      }
      y += 4;
      int at = x;
      for (int s = 0; s < bar.values().size(); s++) {
        int length =
            panel.scale() == 0
                ? 0
                : (int) Math.round((double) barRoom * bar.values().get(s) / panel.scale());
        if (length > 0) {
          shapes.add(new Box(at, y, length, BAR, chart.series().get(s).colour()));
          at += length;
        }
      }
      shapes.add(new Label(at + 6, y + BAR - 3, bar.text(), 11, false));
      y += BAR + 6;
    }
    return y;
  }

  /** Lines of at most the characters that fit in {@code width}, broken at spaces. */
  static List<String> wrap(String text, int width, int size) {
    int fits = Math.max(8, (int) (width / (size * CHAR_WIDTH)));
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > fits) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static int textWidth(String text, int size) {
    return (int) Math.ceil(text.length() * size * CHAR_WIDTH);
  }
}
