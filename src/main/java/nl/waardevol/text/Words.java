package nl.waardevol.text;

/** Counts words as a reader would: runs of characters between white space. */
public final class Words {
  private Words() {}

  public static int count(CharSequence text) {
    return count(text, 0, text.length());
  }

  /** The words in {@code text[from..to)}. */
  public static int count(CharSequence text, int from, int to) {
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
