package nl.waardevol.code;

import java.util.ArrayList;
import java.util.List;
import nl.waardevol.codebook.Term;
import nl.waardevol.text.Stemmer;
import nl.waardevol.text.Tokens;

/** Finds one term in texts with exactly the matching the coder uses: stems, prefixes, phrases. */
public final class TermSearch {
  /** Where a match stands in the text, as character offsets. */
  public record Span(int start, int end) {}

  private final TermIndex index;

  public TermSearch(Term term, String language) {
    Stemmer stemmer = new Stemmer(language);
    this.index = new TermIndex(stemmer, List.of(TermIndex.compile(term, Explanation.Role.INCLUDE, 0, stemmer)));
  }

  public List<Span> find(String text) {
    Tokens tokens = Tokens.of(text);
    List<Span> spans = new ArrayList<>();
    for (TermIndex.Hit hit : index.match(text, tokens)) {
      if (hit.from() < hit.to()) {
        spans.add(new Span(tokens.start(hit.from()), tokens.end(hit.to() - 1)));
      }
    }
    return spans;
  }
}
