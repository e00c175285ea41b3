package nl.waardevol.write;

import java.util.List;

/**
 * A chart of horizontal bars, stacked by series, in one or more panels side by side: what the HTML
 * report draws as SVG and the Word report as a picture, from the same numbers.
 *
 * @param title the chart's heading, also its accessible name
 * @param description a sentence saying what the chart shows, its text alternative
 * @param series the stacked parts, in stacking order
 * @param panels each with its own bars
 * @param columns how many panels stand side by side before the next row of panels
 * @param data the chart's numbers as a table, shown beside it
 */
record BarChart(
    String title,
    String description,
    List<Series> series,
    List<Panel> panels,
    int columns,
    Table data) {
  BarChart {
    series = List.copyOf(series);
    panels = List.copyOf(panels);
  }

  /** A stacked part: its name and colour, RRGGBB from the {@link Palette}. */
  record Series(String name, String colour) {}

  /**
   * One panel.
   *
   * @param scale the value a full-width bar stands for
   */
  record Panel(String title, int scale, List<Bar> bars) {
    Panel {
      bars = List.copyOf(bars);
    }
  }

  /**
   * One bar.
   *
   * @param values one per series
   * @param text written after the bar, such as "5 · 2"
   */
  record Bar(String label, List<Integer> values, String text) {
    Bar {
      values = List.copyOf(values);
    }
  }
}
