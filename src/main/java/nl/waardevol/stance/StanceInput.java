package nl.waardevol.stance;

import java.util.List;
import java.util.Map;

/**
 * A passage as the stance rules read it: its text and tokens, what the coder found in it, and what
 * the interviewer's question asked.
 *
 * @param tokens the passage's tokens, in order
 * @param evaluations evaluative terms with their polarity after negation
 * @param markers the marker terms found
 * @param evidence per code id, the tokens of the include terms that gave it
 * @param asked what a plain answer to the interviewer's question means: appreciative for "what
 *     helped", deficit for "what was hard", wish for "what would you wish", else neutral
 */
public record StanceInput(
    String text,
    List<Token> tokens,
    List<Evaluation> evaluations,
    List<Found> markers,
    Map<String, List<Integer>> evidence,
    Stance asked) {
  public StanceInput {
    tokens = List.copyOf(tokens);
    evaluations = List.copyOf(evaluations);
    markers = List.copyOf(markers);
    evidence = Map.copyOf(evidence);
  }

  /** One token: lower-case text, character offsets, its sentence and comma-clause. */
  public record Token(String text, int start, int end, int sentence, int clause) {}

  /**
   * An evaluative term at tokens {@code from} to {@code to} (exclusive).
   *
   * @param weight what it counts, with its sign after negation: ±1 for a codebook term, less for an
   *     adjective of the Pattern lexicon
   * @param negator the token of the negator that flipped it, -1 for none
   * @param why the term and its negation, for {@code explain}
   */
  public record Evaluation(int from, int to, double weight, int negator, String why) {}

  /** A marker term found at tokens {@code from} to {@code to} (exclusive). */
  public record Found(Marker marker, int from, int to, String term) {}
}
