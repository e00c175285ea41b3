package nl.waardevol.learn;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.waardevol.stance.Stance;

/**
 * What the models decided for one passage.
 *
 * @param codes the codes, in codebook order
 * @param stance the passage's stance
 * @param codeStances each code's stance
 * @param decisions every decision with its probability, for {@code explain}
 * @param weakest the least sure of the lens and stance decisions, given or not, for {@code review};
 *     null when the rules took all of them
 * @param confidence how sure the model is of what the row counts, from 0 to 1 (see {@link #of})
 * @param confidenceFrom the decisions whose probabilities give the confidence (a lens and a code's
 *     stance, whose product it is, or the passage's stance), none when nothing lowered it
 * @param lensVotes what each lens decision weighed, empty when the model had no training passages
 *     like this one to ask (see {@link Neighbours})
 */
public record Prediction(
    List<String> codes,
    Stance stance,
    Map<String, Stance> codeStances,
    List<Decision> decisions,
    Decision weakest,
    double confidence,
    List<String> confidenceFrom,
    Map<String, LensVote> lensVotes) {
  public Prediction {
    codes = List.copyOf(codes);
    lensVotes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lensVotes));
    confidenceFrom = List.copyOf(confidenceFrom);
    codeStances = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(codeStances));
    decisions = List.copyOf(decisions);
  }

  /**
   * A prediction whose confidence is that of the least sure thing the row says: the passage's
   * stance, and for each code given, that its lens applies and that the code has its stance (the
   * product of the two probabilities, since the report's count of a lens's stance is right only
   * when both are). A lens the model did not give is left out, though {@code review} still asks
   * about it: nothing of it is counted, and the report would otherwise set a row aside for a lens
   * it rightly left out.
   */
  static Prediction of(
      List<String> codes,
      Stance stance,
      Map<String, Stance> codeStances,
      List<Decision> decisions,
      Map<String, String> lensOfCode) {
    Map<String, Decision> byModel =
        decisions.stream().collect(Collectors.toMap(Decision::model, Function.identity()));
    Decision passageStance = byModel.get(Model.STANCE);
    double confidence = probability(passageStance);
    List<String> from = passageStance == null ? List.of() : List.of(passageStance.model());
    for (String code : codes) {
      Decision lens = byModel.get(Model.LENS + lensOfCode.get(code));
      Decision codeStance = byModel.get(Model.codeStanceDecision(code));
      double both = yes(lens) * probability(codeStance);
      if (both < confidence) {
        confidence = both;
        from =
            java.util.stream.Stream.of(lens, codeStance)
                .filter(java.util.Objects::nonNull)
                .map(Decision::model)
                .toList();
      }
    }
    if (confidence == 1) {
      from = List.of();
    }
    Decision weakest =
        decisions.stream()
            .filter(decision -> decision.code().isEmpty())
            .min(Comparator.comparingDouble(Decision::probability))
            .orElse(null);
    return new Prediction(
        codes, stance, codeStances, decisions, weakest, confidence, from, Map.of());
  }

  /**
   * What a lens decision weighed: the lens model, the lens's likeliest code, and the lens's share
   * among the training passages most like this one.
   */
  public record LensVote(double lensModel, double likeliestCode, double neighbours) {}

  /** The same prediction, with what its lens decisions weighed. */
  Prediction withLensVotes(Map<String, LensVote> votes) {
    return new Prediction(
        codes, stance, codeStances, decisions, weakest, confidence, confidenceFrom, votes);
  }

  /**
   * The model's decision whether to give {@code code}, or empty where the rules alone decide it.
   */
  public java.util.Optional<Decision> codeDecision(String code) {
    return decisions.stream().filter(d -> d.code().filter(code::equals).isPresent()).findFirst();
  }

  private static double probability(Decision decision) {
    return decision == null ? 1 : decision.probability();
  }

  /** The probability that a lens applies, whichever way its model decided. */
  private static double yes(Decision lens) {
    if (lens == null) {
      return 1;
    }
    return lens.outcome().equals("yes") ? lens.probability() : 1 - lens.probability();
  }
}
