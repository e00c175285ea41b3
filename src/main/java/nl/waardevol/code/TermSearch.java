package nl.waardevol.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.waardevol.codebook.Term;
import nl.waardevol.text.Lemmatizer;

/** Finds one term in texts with exactly the matching the coder uses: stems, prefixes, phrases. */
public final class TermSearch {
  /** Where a match stands in the text, as character offsets. */
  public record Span(int start, int end) {}

  private final TermIndex index;
  private final Vocabulary vocabulary;

  public TermSearch(Term term, String language) {
    this(
        new TermIndex(
            List.of(
                TermIndex.compile(term, Explanation.Role.INCLUDE, 0, new Lemmatizer(language)))),
        new Lemmatizer(language));
  }

  /** Finds any of the terms of {@code index}. */
  TermSearch(TermIndex index, Lemmatizer lemmatizer) {
    this.index = index;
    this.vocabulary = new Vocabulary(lemmatizer, index, Set.of(), Set.of());
  }

  public List<Span> find(String text) {
    Scan tokens = Scan.of(text, vocabulary);
    List<Span> spans = new ArrayList<>();
    for (TermIndex.Hit hit : index.match(text, tokens)) {
      if (hit.from() < hit.to()) {
        spans.add(new Span(tokens.start(hit.from()), tokens.end(hit.to() - 1)));
      }
    }
    return spans;
  }
}
