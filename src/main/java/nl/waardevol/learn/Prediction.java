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
 * @param decisions every decision with its probability, for {@code explain}
 * @param weakest the least sure of the decisions the report counts on (the passage's lenses, its
 *     stance, each given code's stance), or null when the rules took all of them
 */
public record Prediction(
    List<String> codes,
    Stance stance,
    Map<String, Stance> codeStances,
    List<Decision> decisions,
    Decision weakest) {
  public Prediction {
    codes = List.copyOf(codes);
    codeStances = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(codeStances));
    decisions = List.copyOf(decisions);
  }

  /**
   * How sure the model was of the passage's row: the probability of its weakest decision, from near
   * 0.25 (four stances alike) to 1.
   */
  public double confidence() {
    return weakest == null ? 1 : weakest.probability();
  }
}
