package nl.waardevol.exchange;

/**
 * A source's text as a QDA package stored it, read the way waardevol reads transcripts (line
 * endings as {@code \n}), with the package's positions (Unicode code points into the stored text)
 * mapped onto code point offsets into the text as read, as passages count them.
 */
final class SourceText {
  private final String text;

  /** For each code point position of the stored text, the code point offset in {@link #text}. */
  private final int[] offsets;

  private SourceText(String text, int[] offsets) {
    this.text = text;
    this.offsets = offsets;
  }

  static SourceText of(String stored) {
    String raw = stored.startsWith("\uFEFF") ? stored.substring(1) : stored;
    int[] offsets = new int[raw.codePointCount(0, raw.length()) + 1];
    StringBuilder text = new StringBuilder(raw.length());
    int position = 0;
    int kept = 0;
    for (int i = 0; i < raw.length(); ) {
      int c = raw.codePointAt(i);
      offsets[position++] = kept;
      boolean crBeforeLf = c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n';
      if (c == '\r' && !crBeforeLf) {
        text.append('\n');
      } else if (!crBeforeLf) {
        text.appendCodePoint(c);
      }
      kept += crBeforeLf ? 0 : 1;
      i += Character.charCount(c);
    }
    offsets[position] = kept;
    return new SourceText(text.toString(), offsets);
  }

  String text() {
    return text;
  }

  /** Whether {@code [start, end)} in stored positions lies within the stored text. */
  boolean contains(long start, long end) {
    return 0 <= start && start <= end && end < offsets.length;
  }

  /** The code point offset in {@link #text} of a stored position, kept within the text. */
  int offset(long position) {
    return offsets[(int) Math.max(0, Math.min(position, offsets.length - 1))];
  }
}
