package nl.waardevol.redact;

/**
 * A text with its identifiers replaced.
 *
 * @param words how many words the original text had
 * @param removed how many of them were replaced (or were placeholders already)
 */
public record Redaction(String text, int words, int removed) {
  /** A text of which fewer than half the words remain says too little, or too much, to quote. */
  public boolean quotable() {
    return (words - removed) * 2 >= words;
  }
}
