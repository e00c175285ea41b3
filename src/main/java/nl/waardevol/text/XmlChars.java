package nl.waardevol.text;

/**
 * The characters XML 1.0 can hold: most control characters (U+0001, an escape U+001B) cannot be
 * written at all, and a file with them is no XML that CI systems or QDA packages can read.
 */
public final class XmlChars {
  private XmlChars() {}

  /** The text without the characters XML 1.0 cannot hold. */
  public static String clean(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().filter(XmlChars::allowed).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  private static boolean allowed(int c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || c >= 0x10000;
  }
}
