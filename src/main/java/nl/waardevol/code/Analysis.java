package nl.waardevol.code;

import java.util.List;
import nl.waardevol.learn.Prediction;
import nl.waardevol.stance.Stance;
import nl.waardevol.stance.StanceReader;

/**
 * What coding decided for one text.
 *
 * @param codes the ids of the codes given, in codebook order
 * @param categories the ids of their categories, in codebook order
 * @param matched the include terms that gave each code, as {@code code:term}
 * @param valence the passage's stance: that of its last clause with one
 * @param stances which codes are valued, hindered or wished
 * @param reading the clauses and how each got its stance (by the rules)
 * @param prediction what a learned model decided, or null when the rules alone coded
 */
public record Analysis(
    List<String> codes,
    List<String> categories,
    List<String> matched,
    Stance valence,
    CodeStances stances,
    StanceReader.Reading reading,
    Prediction prediction) {
  public Analysis {
    codes = List.copyOf(codes);
    categories = List.copyOf(categories);
    matched = List.copyOf(matched);
  }

  /** How sure the model was of what the row counts, from 0 to 1; NaN when the rules alone coded. */
  public double confidence() {
    return prediction == null ? Double.NaN : prediction.confidence();
  }
}
