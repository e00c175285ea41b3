package nl.waardevol.aggregate;

import nl.waardevol.code.Coder;
import nl.waardevol.code.Explanation;
import nl.waardevol.codebook.Codebook;

/**
 * Where a quote shows its code: the first include term of the code that matches in the text, found
 * with the codebook's own matching, so that a long passage is cut around the words that earned the
 * code rather than at its first forty words. Used for the few quotes a report keeps, on one thread,
 * so the coder is made only when a quote needs cutting.
 */
final class QuoteAnchor {
  private final Codebook codebook;
  private Coder coder;

  QuoteAnchor(Codebook codebook) {
    this.codebook = codebook;
  }

  /**
   * The character offset in {@code text} of the code's first matching include term, or 0 if none
   * matches.
   */
  int of(String text, String codeId) {
    if (coder == null) {
      coder = new Coder(codebook);
    }
    return coder.explain(text).matches().stream()
        .filter(match -> match.role() == Explanation.Role.INCLUDE && match.codeId().equals(codeId))
        .mapToInt(Explanation.TermMatch::start)
        .min()
        .orElse(0);
  }
}
