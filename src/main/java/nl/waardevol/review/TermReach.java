package nl.waardevol.review;

import java.util.Locale;
import java.util.stream.Collectors;
import nl.waardevol.codebook.Term;
import nl.waardevol.text.Stemmer;

/**
 * What a codebook term matches, as the coder compares it: a plain word by its stem, an {@code
 * =exact} word by its form, a wildcard by its prefix. Lint compares terms by this, not by how they
 * are written, so {@code samenwerking} and {@code samenwerkingen} are one term.
 *
 * @param kind how a single word is compared; null for a phrase or a regular expression
 * @param text the lower-case word or prefix as written (no {@code =} or {@code *})
 * @param stem the stem of {@code text}
 * @param key what it is compared by: the stem, the form, the prefix, or the whole phrase
 */
record TermReach(Term term, Term.Kind kind, String text, String stem, String key) {
  static TermReach of(Term term, Stemmer stemmer) {
    if (term.isRegex()) {
      return new TermReach(
          term, null, "", "", "re:" + term.regex().pattern().toLowerCase(Locale.ROOT));
    }
    if (!term.isSingleWord()) {
      // A phrase by its words as written: its inflections ('lacht weer', 'lachte weer') are
      // listed on purpose and cost nothing.
      String phrase =
          term.words().stream().map(TermReach::written).collect(Collectors.joining(" "));
      return new TermReach(term, null, "", "", phrase);
    }
    Term.Word word = term.words().get(0);
    return new TermReach(
        term, word.kind(), word.text(), stemmer.stem(word.text()), key(word, stemmer));
  }

  private static String key(Term.Word word, Stemmer stemmer) {
    return word.kind() == Term.Kind.STEM ? stemmer.stem(word.text()) : written(word);
  }

  private static String written(Term.Word word) {
    return switch (word.kind()) {
      case STEM -> word.text();
      case EXACT -> "=" + word.text();
      case PREFIX -> word.text() + "*";
    };
  }

  /** Whether every token this term matches, {@code other} matches too. */
  boolean coveredBy(TermReach other) {
    if (key.equals(other.key)) {
      return true;
    }
    if (kind == null || other.kind == null) {
      return false;
    }
    return switch (other.kind) {
      case PREFIX -> text.startsWith(other.text);
      case STEM -> kind == Term.Kind.EXACT && other.key.equals(stem);
      case EXACT -> false;
    };
  }

  /** Whether the two match exactly the same tokens: the same term written twice. */
  boolean sameAs(TermReach other) {
    return key.equals(other.key);
  }

  /** Whether this is a single word (not a wildcard) that {@code other}, a wildcard, matches. */
  boolean wordUnderWildcard(TermReach other) {
    return kind != Term.Kind.PREFIX && other.kind == Term.Kind.PREFIX && coveredBy(other);
  }

  /** How a message names the term that covers another: a wildcard or a term. */
  String noun() {
    return kind == Term.Kind.PREFIX ? "wildcard" : "term";
  }

  String source() {
    return term.source();
  }

  int line() {
    return term.line();
  }
}
