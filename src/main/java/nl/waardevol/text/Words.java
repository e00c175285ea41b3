package nl.waardevol.text;

/** Counts words as a reader would: runs of characters between white space. */
public final class Words {
  private Words() {}

  public static int count(CharSequence text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
