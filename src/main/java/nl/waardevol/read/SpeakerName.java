package nl.waardevol.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a speaker's name as meeting software or a typist writes it into a label that the segmenter
 * recognises at the start of a line: one to four words of letters, digits and {@code .'’-},
 * starting with a letter, at most 40 characters. "de Graaf, Sanne (Gemeente Emmen)" becomes "de
 * Graaf Sanne".
 */
public final class SpeakerName {
  private static final int MAX_WORDS = 4;
  private static final int MAX_LENGTH = 40;

  /** A pseudonymised name, {@code [NAAM-1]}, stays a label: a redacted copy's interviewer. */
  private static final String PLACEHOLDER_BODY = "\\p{Lu}[\\p{Lu}\\p{N}-]*";

  /** The regular expression of a placeholder word, for the segmenter's speaker labels too. */
  public static final String PLACEHOLDER = "\\[" + PLACEHOLDER_BODY + "\\]";

  private static final Pattern PLACEHOLDER_WORD = Pattern.compile(PLACEHOLDER);

  private static boolean isPlaceholder(String word) {
    return PLACEHOLDER_WORD.matcher(word).matches();
  }

  private SpeakerName() {}

  /** The label for this name; empty when no letter or digit is left. */
  public static String label(String name) {
    String cleaned =
        name.replaceAll("\\([^)]*\\)|\\[(?!" + PLACEHOLDER_BODY + "\\])[^\\]]*\\]|<[^>]*>", " ")
            .replaceAll("[^\\p{L}\\p{N}.'’\\-\\[\\] ]", " ")
            .strip();
    List<String> words = new ArrayList<>();
    for (String word : cleaned.split("\\s+")) {
      String trimmed =
          isPlaceholder(word) ? word : word.replaceAll("[\\[\\]]", "").replaceAll("^[.'’-]+", "");
      if (!trimmed.isEmpty()) {
        words.add(trimmed);
      }
    }
    if (words.isEmpty()) {
      return "";
    }
    if (!Character.isLetter(words.get(0).charAt(0)) && !isPlaceholder(words.get(0))) {
      words.add(0, "Spreker");
    }
    StringBuilder label = new StringBuilder(words.get(0));
    for (String word : words.subList(1, Math.min(words.size(), MAX_WORDS))) {
      if (label.length() + 1 + word.length() > MAX_LENGTH) {
        break;
      }
      label.append(' ').append(word);
    }
    return label.length() > MAX_LENGTH ? label.substring(0, MAX_LENGTH) : label.toString();
  }

  /** Whether a text is short and plain enough to be a speaker's name as it stands. */
  public static boolean isPlausible(String text) {
    String stripped = text.strip();
    return !stripped.isEmpty()
        && stripped.length() <= MAX_LENGTH
        && label(stripped).equals(stripped);
  }
}
