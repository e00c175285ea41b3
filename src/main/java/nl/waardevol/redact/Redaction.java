package nl.waardevol.redact;

import java.util.ArrayList;
import java.util.List;
import nl.waardevol.text.Words;

/**
 * A text with its identifiers replaced. It keeps where each replacement lies, so that a passage of
 * a document pseudonymised whole reads exactly as that stretch of the pseudonymised document.
 */
public final class Redaction {
  /**
   * One stretch of the original and what stands there now: a placeholder, or the placeholder that
   * was there already.
   */
  record Replacement(int start, int end, String text) {}

  private final String original;
  private final List<Replacement> replacements;
  private final String text;
  private final int removed;

  Redaction(String original, List<Replacement> replacements) {
    this.original = original;
    this.replacements = List.copyOf(replacements);
    StringBuilder out = new StringBuilder(original.length());
    int at = 0;
    int touched = 0;
    for (Replacement replacement : replacements) {
      out.append(original, at, replacement.start()).append(replacement.text());
      touched += wordsTouched(replacement, at);
      at = replacement.end();
    }
    this.text = out.append(original, at, original.length()).toString();
    this.removed = touched;
  }

  /** The text with its identifiers replaced. */
  public String text() {
    return text;
  }

  /** How many words the original text had. */
  public int words() {
    return Words.count(original, 0, original.length());
  }

  /** How many words of the original were replaced (or were placeholders already). */
  public int removed() {
    return removed;
  }

  /** A text of which fewer than half the words remain says too little, or too much, to quote. */
  public boolean quotable() {
    return (words() - removed) * 2 >= words();
  }

  /**
   * The stretch of the original from {@code start} to {@code end}, with the replacements that fall
   * in it; a replacement that reaches across either end stands whole in the stretch.
   */
  public Redaction part(int start, int end) {
    List<Replacement> inside = new ArrayList<>();
    for (Replacement replacement : replacements) {
      if (replacement.start() < end && start < replacement.end()) {
        inside.add(
            new Replacement(
                Math.max(start, replacement.start()) - start,
                Math.min(end, replacement.end()) - start,
                replacement.text()));
      }
    }
    return new Redaction(original.substring(start, end), inside);
  }

  @Override
  public String toString() {
    return text;
  }

  /** The words of the original that a replacement covers, wholly or partly. */
  private int wordsTouched(Replacement replacement, int previousEnd) {
    int start = replacement.start();
    while (start > previousEnd && !Character.isWhitespace(original.charAt(start - 1))) {
      start--;
    }
    return Words.count(original, start, replacement.end());
  }
}
