package nl.waardevol.learn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.waardevol.stance.Stance;

/**
 * A passage as a human coded it: what the rules saw, and the codes and stances the human gave.
 *
 * @param group the document the passage is from: cross-validation keeps a document in one fold
 * @param codes the human's codes, in codebook order
 * @param stance the passage's stance, or null when the source holds none (a QDA project's codings)
 * @param codeStances each code's stance, empty when {@code stance} is null
 * @param weight how many times it counts in training (a team's corrections on top of a larger
 *     corpus count more than once)
 */
public record Example(
    String group,
    Observation observation,
    List<String> codes,
    Stance stance,
    Map<String, Stance> codeStances,
    int weight) {
  public Example {
    codes = List.copyOf(codes);
    codeStances = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(codeStances));
  }

  /** The same passage, counted {@code times} in training. */
  public Example weighted(int times) {
    return new Example(group, observation, codes, stance, codeStances, times);
  }

  /** The group of the codebook's example sentences, which teach codes but are no passages. */
  public static final String CODEBOOK_GROUP = "codebook:";

  public boolean fromCodebook() {
    return group.startsWith(CODEBOOK_GROUP);
  }

  public boolean hasStance() {
    return stance != null;
  }
}
