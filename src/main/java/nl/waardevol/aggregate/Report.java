package nl.waardevol.aggregate;

import java.util.List;
import java.util.Map;
import nl.waardevol.codebook.Codebook;

/**
 * Everything a report shows, computed once so that Markdown, CSV and JSON tell the same numbers.
 *
 * @param by the metadata keys that form the groups
 * @param quotePrivacy whether identifiers in the quotes were replaced by placeholders
 * @param threadThreshold how many regions a code must be valued in to be a common thread
 * @param hinders deficit passages per code over the whole corpus, lenses in codebook order
 * @param hindersByLens deficit passages per lens id, in codebook order
 */
public record Report(
    Codebook codebook,
    List<String> by,
    int quotesPerCode,
    QuotePrivacy quotePrivacy,
    Corpus corpus,
    List<Group> groups,
    int threadThreshold,
    List<CommonThread> commonThreads,
    List<CodeResult> hinders,
    Map<String, Count> hindersByLens) {
  public Report {
    by = List.copyOf(by);
    groups = List.copyOf(groups);
    commonThreads = List.copyOf(commonThreads);
    hinders = List.copyOf(hinders);
    hindersByLens =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(hindersByLens));
  }
}
