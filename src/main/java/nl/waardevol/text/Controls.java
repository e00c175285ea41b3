package nl.waardevol.text;

/**
 * Neutralises the characters of a transcript that would act on a terminal or reorder what a reader
 * sees, instead of showing: ANSI escape sequences (which can recolour, move the cursor or hide
 * lines when a table is printed) and the bidirectional overrides and isolates (which make a cell
 * read differently from what it holds, as in "Trojan Source"). Each becomes one visible character,
 * so that character offsets into the text stay the same.
 */
public final class Controls {
  private static final char REPLACEMENT = '\uFFFD';

  private Controls() {}

  /** The text with every such character replaced; the same string when it has none. */
  public static String neutralise(String text) {
    int first = firstUnsafe(text);
    if (first < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = first; i < chars.length; i++) {
      chars[i] = safe(chars[i]);
    }
    return new String(chars);
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (safe(c) != c) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A control character as its visible picture (U+241B for an escape), white-space controls as a
   * space, C1 controls and bidirectional formatting as U+FFFD; anything else as it is.
   */
  private static char safe(char c) {
    if (c == '\t' || c == '\n') {
      return c;
    }
    if (c < 0x20) {
      return Character.isWhitespace(c) ? ' ' : (char) (0x2400 + c);
    }
    if (c == 0x7F) {
      return '\u2421';
    }
    if ((c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
      return REPLACEMENT;
    }
    return c;
  }
}
