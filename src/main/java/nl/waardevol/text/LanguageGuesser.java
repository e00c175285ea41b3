package nl.waardevol.text;

import java.util.Set;

/**
 * Tells Dutch from English by their commonest words. Transcripts here are one or the other, and a
 * stop-word count settles that without a statistical model to load at start-up.
 */
public final class LanguageGuesser {
  private static final int SAMPLE = 2000;
  private static final Set<String> DUTCH =
      Set.of(
          "de", "het", "een", "en", "van", "ik", "je", "niet", "dat", "op", "te", "met", "voor",
          "zijn", "er", "maar", "ook", "als", "dan", "wat", "nog", "wel", "die", "naar", "bij",
          "heel", "echt", "gewoon", "hij", "zij", "ze", "we", "wij", "heeft", "hebben");
  private static final Set<String> ENGLISH =
      Set.of(
          "the", "and", "of", "to", "a", "it", "that", "i", "you", "for", "with", "on", "not",
          "but", "they", "have", "be", "this", "at", "my", "he", "she", "what", "there", "were",
          "really", "just", "very", "has", "had", "because", "school");

  private LanguageGuesser() {}

  /**
   * One of the commonest Dutch or English words (lower case), which no name is: {@code wat}, {@code
   * the}.
   */
  public static boolean isFunctionWord(String lower) {
    return DUTCH.contains(lower) || ENGLISH.contains(lower);
  }

  /** "nl" or "en"; {@code fallback} when the text gives no sign of either. */
  public static String guess(String text, String fallback) {
    Tokens tokens = Tokens.of(text.length() > SAMPLE * 8 ? text.substring(0, SAMPLE * 8) : text);
    int dutch = 0;
    int english = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.text(i);
      if (DUTCH.contains(token)) {
        dutch++;
      }
      if (ENGLISH.contains(token)) {
        english++;
      }
    }
    if (dutch == english) {
      return fallback;
    }
    return dutch > english ? "nl" : "en";
  }
}
