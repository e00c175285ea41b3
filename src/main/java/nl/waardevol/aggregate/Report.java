package nl.waardevol.aggregate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.waardevol.codebook.Codebook;

/**
 * Everything a report shows, computed once so that every format tells the same numbers.
 *
 * @param toolVersion the waardevol version that made the report, for its method section
 * @param by the metadata keys that form the groups
 * @param quotePrivacy whether identifiers in the quotes were replaced by placeholders
 * @param sample the documents per region, role and kind
 * @param summary the themes valued in most regions and the strongest differences between roles
 * @param threadThreshold how many regions a code must be valued in to be a common thread
 * @param valued appreciative passages per code over the whole corpus, lenses in codebook order
 * @param roles per role its most valued codes, roles in report order
 * @param hinders deficit passages per code over the whole corpus, lenses in codebook order
 * @param hindersByLens deficit passages per lens id, in codebook order
 * @param certainty the model that coded, if any, and the confidence from which passages counted
 * @param toCheck the passages below that confidence, which were not counted as valued, hindered or
 *     wished
 * @param comparison what changed since an earlier report, when one was given
 */
public record Report(
    String toolVersion,
    Codebook codebook,
    List<String> by,
    int quotesPerCode,
    QuotePrivacy quotePrivacy,
    Corpus corpus,
    Sample sample,
    Summary summary,
    List<Group> groups,
    int threadThreshold,
    List<CommonThread> commonThreads,
    List<CodeResult> valued,
    List<RoleValues> roles,
    List<CodeResult> hinders,
    Map<String, Count> hindersByLens,
    Certainty certainty,
    ToCheck toCheck,
    Optional<Comparison> comparison) {
  public Report {
    by = List.copyOf(by);
    groups = List.copyOf(groups);
    commonThreads = List.copyOf(commonThreads);
    valued = List.copyOf(valued);
    roles = List.copyOf(roles);
    hinders = List.copyOf(hinders);
    hindersByLens =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(hindersByLens));
  }

  /** This report read against an earlier one. */
  public Report withComparison(Comparison with) {
    return new Report(
        toolVersion,
        codebook,
        by,
        quotesPerCode,
        quotePrivacy,
        corpus,
        sample,
        summary,
        groups,
        threadThreshold,
        commonThreads,
        valued,
        roles,
        hinders,
        hindersByLens,
        certainty,
        toCheck,
        Optional.of(with));
  }

  /** Per code its passages per stance over the whole corpus, for the overall stacked bars. */
  public List<StanceCounts> stances() {
    List<CodeResult> all = new java.util.ArrayList<>(valued);
    all.addAll(hinders);
    return StanceCounts.of(Aggregator.rankWithinLens(all, codebook));
  }
}
