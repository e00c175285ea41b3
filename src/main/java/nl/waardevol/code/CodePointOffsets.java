package nl.waardevol.code;

/**
 * Turns offsets into one text, counted in UTF-16 units as Java strings index, into offsets counted
 * in code points, as REFI-QDA, Python and R count: the coded table's {@code start} and {@code end}.
 * Ascending offsets, as a document's passages give, are converted in one pass over the text.
 */
final class CodePointOffsets {
  private final String text;
  private int units;
  private int codePoints;

  CodePointOffsets(String text) {
    this.text = text;
  }

  int of(int offset) {
    if (offset < units) {
      units = 0;
      codePoints = 0;
    }
    codePoints += text.codePointCount(units, offset);
    units = offset;
    return codePoints;
  }
}
