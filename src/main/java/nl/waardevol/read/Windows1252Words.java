package nl.waardevol.read;

/**
 * Tells real Windows-1252 text from another code page read as Windows-1252. Bytes of ISO-8859-15,
 * cp850, cp1250 or KOI8-R decode without error, but into words no one types: a symbol between
 * letters ({@code fa‡ade}, {@code co”rdinator}, {@code Wroc³aw}), a symbol glued before a word
 * ({@code £ukasz}), a capital after a small letter ({@code crŠme}, {@code é×ÁÎ}), or a sign of
 * ISO-8859-15's currency ({@code ¤ 50}). Dutch and French text ({@code één}, {@code façade}, {@code
 * cœur}, {@code zo’n}, {@code „Ja”}, {@code € 50}, {@code ½ uur}) has none of these.
 */
final class Windows1252Words {
  /** Letters of Western text beyond ASCII: À-ÿ without × and ÷, and Š š Œ œ Ž ž Ÿ. */
  private static final String EXTRA_LETTERS = "ŠšŒœŽžŸ";

  /** Never typed in Western text; ¤ is ISO-8859-15's euro sign read as Windows-1252. */
  private static final String NEVER = "¤¦¨¸";

  /** May stand between two letters: apostrophes, a middle dot and dashes. */
  private static final String BETWEEN_LETTERS = "’‘´·–—";

  /** Never glued to the start of a word. */
  private static final String NOT_BEFORE_A_WORD = "‚¢£¥§¬¯±²³¶¹†‡‰ˆ˜ªºƒ";

  private Windows1252Words() {}

  /** The offset of the first implausible character, or -1 when the text reads as Windows-1252. */
  static int firstImplausible(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      boolean letterBefore = i > 0 && isLetter(text.charAt(i - 1));
      boolean wordStart =
          i == 0 || !isLetter(text.charAt(i - 1)) && !Character.isDigit(text.charAt(i - 1));
      boolean letterAfter = i + 1 < text.length() && isLetter(text.charAt(i + 1));
      boolean implausible =
          NEVER.indexOf(c) >= 0
              || !isLetter(c) && letterBefore && letterAfter && BETWEEN_LETTERS.indexOf(c) < 0
              || NOT_BEFORE_A_WORD.indexOf(c) >= 0 && wordStart && letterAfter
              || Character.isUpperCase(c)
                  && isLetter(c)
                  && letterBefore
                  && Character.isLowerCase(text.charAt(i - 1));
      if (implausible) {
        return i;
      }
    }
    return -1;
  }

  /** The word around an offset, for a message. */
  static String wordAt(String text, int offset) {
    int start = offset;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    int end = offset;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return text.substring(start, Math.min(end, start + 30));
  }

  private static boolean isLetter(char c) {
    return c < 0x80
        ? Character.isLetter(c)
        : c >= 'À' && c <= 'ÿ' && c != '×' && c != '÷' || EXTRA_LETTERS.indexOf(c) >= 0;
  }
}
