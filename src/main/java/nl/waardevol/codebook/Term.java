package nl.waardevol.codebook;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * One codebook term as the researcher wrote it: a sequence of words and prefixes matched on
 * consecutive tokens, or a regular expression over the passage text.
 *
 * @param source the term exactly as written in the codebook, shown in {@code matched}
 * @param words the lower-cased words of a token term; empty for a regular expression
 * @param regex the compiled pattern of a {@code re:} term (RE2/J, linear time); null for a token
 *     term
 * @param line the codebook line it was written on, for messages; 0 when not from a file
 */
public record Term(String source, List<Word> words, Pattern regex, int line) {
  public Term {
    words = List.copyOf(words);
  }

  /** One lower-case word of a term and how it is compared with a token. */
  public record Word(String text, Kind kind) {
    public boolean prefix() {
      return kind == Kind.PREFIX;
    }
  }

  /** How a term word is compared with a token. */
  public enum Kind {
    /** Both stemmed and equal: {@code samenwerking} finds {@code samenwerkingen}. */
    STEM,
    /** The token starts with it: {@code hoogbegaafd*}. */
    PREFIX,
    /** Exactly this form, no stemming: {@code =tekenen} does not find {@code teken}. */
    EXACT
  }

  /** Whether this is one word, not a phrase or expression. */
  public boolean isSingleWord() {
    return regex == null && words.size() == 1;
  }

  public boolean isRegex() {
    return regex != null;
  }
}
