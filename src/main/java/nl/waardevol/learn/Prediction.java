package nl.waardevol.learn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.waardevol.stance.Stance;

/**
 * What the models decided for one passage.
 *
 * @param codes the codes, in codebook order
 * @param stance the passage's stance
 * @param codeStances each code's stance
 * @param confidence how sure the least sure of the passage's decisions was (its lenses, its stance,
 *     each code given and that code's stance): from near 0.25 (four stances alike) to 1
 * @param decisions every decision with its probability, for {@code explain}
 */
public record Prediction(
    List<String> codes,
    Stance stance,
    Map<String, Stance> codeStances,
    double confidence,
    List<Decision> decisions) {
  public Prediction {
    codes = List.copyOf(codes);
    codeStances = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(codeStances));
    decisions = List.copyOf(decisions);
  }
}
