package nl.waardevol.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.code.TermSearch;

/** Keyword in context: every hit of a term with a few words either side. */
public final class Kwic {
  /**
   * One hit. {@code left} ends with a space and {@code right} starts with one where the text has
   * one there, so that "tafel," stays glued to its comma when the parts are joined.
   */
  public record Line(CodedPassage passage, String left, String match, String right) {}

  private final TermSearch search;
  private final int window;

  public Kwic(TermSearch search, int window) {
    this.search = search;
    this.window = window;
  }

  public List<Line> lines(CodedPassage passage) {
    List<Line> lines = new ArrayList<>();
    String text = passage.text();
    for (TermSearch.Span span : search.find(text)) {
      lines.add(
          new Line(
              passage,
              lastWords(text.substring(0, span.start())),
              text.substring(span.start(), span.end()),
              firstWords(text.substring(span.end()))));
    }
    return lines;
  }

  private String lastWords(String text) {
    String stripped = text.strip();
    if (stripped.isEmpty() || window == 0) {
      return "";
    }
    String[] words = stripped.split("\\s+");
    int from = Math.max(0, words.length - window);
    String space = Character.isWhitespace(text.charAt(text.length() - 1)) ? " " : "";
    return String.join(" ", Arrays.copyOfRange(words, from, words.length)) + space;
  }

  private String firstWords(String text) {
    String stripped = text.strip();
    if (stripped.isEmpty() || window == 0) {
      return "";
    }
    String[] words = stripped.split("\\s+");
    int taken = 0;
    int counted = 0;
    // Punctuation glued to the match (". Maar") is not a word of context.
    while (taken < words.length && (counted < window || !hasLetterOrDigit(words[taken]))) {
      if (hasLetterOrDigit(words[taken])) {
        counted++;
      }
      taken++;
    }
    String space = Character.isWhitespace(text.charAt(0)) ? " " : "";
    return space + String.join(" ", Arrays.copyOf(words, taken));
  }

  private static boolean hasLetterOrDigit(String word) {
    return word.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
