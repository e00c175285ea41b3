package nl.waardevol.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.waardevol.code.Explanation;
import nl.waardevol.codebook.Codebook;

/**
 * Checks a codebook's terms against a corpus: terms that never match, terms that match too much.
 */
public final class CorpusLint {
  private CorpusLint() {}

  /** {@code threshold}: the share of all passages above which an include term is too generic. */
  public static List<Finding> check(
      Codebook codebook, CorpusStatistics statistics, double threshold) {
    List<Finding> findings = new ArrayList<>();
    int total = statistics.passages();
    for (CorpusStatistics.TermStats term : statistics.terms()) {
      TermKey key = term.term();
      if (term.passages() == 0) {
        findings.add(
            CodebookLint.warning(
                    codebook,
                    key.line(),
                    key.describe()
                        + " never matches any of the "
                        + total
                        + " passages of the corpus")
                .inGroup("terms that never match any of the " + total + " passages"));
      } else if (key.role() == Explanation.Role.INCLUDE
          && total > 0
          && term.passages() > threshold * total) {
        findings.add(
            CodebookLint.warning(
                    codebook,
                    key.line(),
                    String.format(
                        Locale.ROOT,
                        "%s matches %d of %d passages (%.0f%%, more than %.0f%%); too generic to mark a theme?",
                        key.describe(),
                        term.passages(),
                        total,
                        100.0 * term.passages() / total,
                        100.0 * threshold))
                .inGroup(
                    String.format(
                        Locale.ROOT,
                        "include terms that match more than %.0f%% of the passages",
                        100.0 * threshold)));
      }
    }
    return findings;
  }
}
