package nl.waardevol.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.waardevol.codebook.Term;
import nl.waardevol.text.Lemmatizer;

/**
 * What a codebook term matches, as the coder compares it: a plain word by its lemma (or stem), an
 * {@code =exact} word by its form, a wildcard by its prefix. Lint compares terms by this, not by
 * how they are written, so {@code samenwerking} and {@code samenwerkingen} are one term.
 *
 * @param kind how a single word is compared; null for a phrase or a regular expression
 * @param text the lower-case word or prefix as written (no {@code =} or {@code *})
 * @param asToken what {@code text} would be compared by as a token of a passage
 * @param key what it is compared by: its lemmas, the form, the prefix, or the whole phrase
 */
record TermReach(Term term, Term.Kind kind, String text, Set<String> asToken, String key) {
  static TermReach of(Term term, Lemmatizer lemmatizer) {
    if (term.isRegex()) {
      return new TermReach(
          term, null, "", Set.of(), "re:" + term.regex().pattern().toLowerCase(Locale.ROOT));
    }
    if (!term.isSingleWord()) {
      // A phrase by its words as written: its inflections ('lacht weer', 'lachte weer') are
      // listed on purpose and cost nothing.
      String phrase =
          term.words().stream().map(TermReach::written).collect(Collectors.joining(" "));
      return new TermReach(term, null, "", Set.of(), phrase);
    }
    Term.Word word = term.words().get(0);
    return new TermReach(
        term,
        word.kind(),
        word.text(),
        Set.of(lemmatizer.tokenKeys(word.text())),
        key(word, lemmatizer));
  }

  private static String key(Term.Word word, Lemmatizer lemmatizer) {
    return word.kind() == Term.Kind.STEM
        ? String.join("|", lemmatizer.termKeys(word.text()))
        : written(word);
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
    if (sameAs(other)) {
      return true;
    }
    if (kind == null || other.kind == null) {
      return false;
    }
    return switch (other.kind) {
      case PREFIX -> text.startsWith(other.text);
      case STEM ->
          kind == Term.Kind.EXACT
              && Arrays.stream(other.key.split("\\|")).anyMatch(asToken::contains);
      case EXACT -> false;
    };
  }

  /** Whether the two match exactly the same tokens: the same term written twice. */
  boolean sameAs(TermReach other) {
    return key.equals(other.key) || sharesLemma(other);
  }

  /** Two plain words with a lemma in common ('fijne' and 'fijn'): a token of it matches both. */
  private boolean sharesLemma(TermReach other) {
    return kind == Term.Kind.STEM
        && other.kind == Term.Kind.STEM
        && Arrays.stream(key.split("\\|")).anyMatch(Set.of(other.key.split("\\|"))::contains);
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
