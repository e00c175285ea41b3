package nl.waardevol.write;

import java.util.List;

/**
 * A table of a report, as every format shows it: header, rows of cells, the first {@code
 * labelColumns} columns text and the rest numbers.
 *
 * @param caption what the table shows, for readers of the table alone (screen readers, Word)
 */
record Table(String caption, List<String> header, int labelColumns, List<List<Cell>> rows) {
  Table {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /**
   * One cell.
   *
   * @param heat how dark a heat table shades the cell, 0 to 1; negative for no shade
   */
  record Cell(String text, double heat) {
    static Cell of(String text) {
      return new Cell(text, -1);
    }
  }
}
