package nl.waardevol.aggregate;

import java.util.Optional;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.learn.ModelInfo;

/**
 * How the passages were coded and how sure a decision must be to count: a passage whose confidence
 * lies below {@code minConfidence} is not counted as valued, hindered or wished, but listed to be
 * checked.
 *
 * @param model what the learned model that coded beside the rules recorded about itself; empty when
 *     the rules alone coded
 * @param minConfidence the confidence from which a passage counts; NaN when no threshold applies
 */
public record Certainty(Optional<ModelInfo> model, double minConfidence) {
  public static final Certainty RULES = new Certainty(Optional.empty(), Double.NaN);

  /** Whether a threshold applies, so that the report has passages to check. */
  public boolean applies() {
    return !Double.isNaN(minConfidence);
  }

  /**
   * Whether the passage's decisions are too unsure to count; one without confidence (coded by the
   * rules alone or by a human) never is. The confidence is taken to two decimals, as the coded
   * table writes it, so that a report from transcripts and one from their coded table count alike.
   */
  boolean doubts(CodedPassage passage) {
    double confidence = passage.confidence();
    return !Double.isNaN(confidence) && Math.round(confidence * 100) / 100.0 < minConfidence;
  }
}
