package nl.waardevol.learn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a model file records about itself: the codebook it was trained for, what it was trained on,
 * its cross-validated figures and the confidence the report counts from.
 *
 * @param lensOfCode every code of the codebook, in codebook order, with its lens
 * @param trainingPassages how many coded passages it learned from (besides the codebook's examples)
 * @param trainingHash the first 12 hex digits of the SHA-256 of those passages and their labels
 * @param sources the names of the inputs it was trained on
 * @param untrained the codes with too few examples for a model of their own: the rules decide them
 * @param figures cross-validated figures by name (e.g. {@code lens.houding.f1}), empty without
 *     cross-validation
 * @param minConfidence the confidence from which the report counts a passage as valued
 */
public record ModelInfo(
    String codebookId,
    String codebookVersion,
    String codebookHash,
    String language,
    Map<String, String> lensOfCode,
    int trainingPassages,
    String trainingHash,
    List<String> sources,
    List<String> untrained,
    Map<String, Double> figures,
    double minConfidence) {
  public ModelInfo {
    lensOfCode = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lensOfCode));
    sources = List.copyOf(sources);
    untrained = List.copyOf(untrained);
    figures = java.util.Collections.unmodifiableMap(new TreeMap<>(figures));
  }

  /** The lens ids in codebook order. */
  public List<String> lenses() {
    return lensOfCode.values().stream().distinct().toList();
  }

  /** As the report's methods paragraph names the model's codebook: "wio-nl 1.2 (sha256 ...)". */
  public String codebook() {
    return codebookId + " " + codebookVersion + " (sha256 " + codebookHash + ")";
  }

  public ModelInfo withFigures(Map<String, Double> figures, double minConfidence) {
    return new ModelInfo(
        codebookId,
        codebookVersion,
        codebookHash,
        language,
        lensOfCode,
        trainingPassages,
        trainingHash,
        sources,
        untrained,
        figures,
        minConfidence);
  }
}
