package nl.waardevol.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.waardevol.stance.Stance;

/**
 * The learned models of one codebook: a binary model per lens and per code with enough examples, a
 * passage-stance model and a code-stance model; with {@link ModelInfo} about them. Where the
 * training data held one answer only (every passage appreciative, say), there is no model and the
 * rules decide.
 */
public final class Model {
  /** A code's probability from which it is given. */
  static final double CODE_THRESHOLD = 0.5;

  /** How a lens decision is made, in words, for {@code explain}. */
  public static String lensRule() {
    return LensMix.described(Neighbours.COUNT);
  }

  /** How many features {@code explain} shows per decision. */
  private static final int SHOWN_WEIGHTS = 5;

  /** The names of the parts: {@code lens:} or {@code code:} and an id, or one of the stances. */
  static final String LENS = "lens:";

  static final String CODE = "code:";
  static final String STANCE = "stance";
  static final String CODE_STANCE = "code-stance";

  /** The name of the decision on a code's stance, as explain shows it and confidence finds it. */
  static String codeStanceDecision(String code) {
    return STANCE + ":" + code;
  }

  static final String YES = "1";
  static final String NO = "0";

  private final ModelInfo info;
  private final Features features;
  private final Weights weights;
  private final Neighbours neighbours;
  private final List<Weights.Part> parts;
  private final Scorer scorer;

  /** The index of each part in {@link #weights} by its name. */
  private final Map<String, Integer> partIndex = new java.util.HashMap<>();

  /** Each lens's codes, in codebook order. */
  private final Map<String, List<String>> codesOfLens = new LinkedHashMap<>();

  /** {@code neighbours}: the training passages to compare with, or null to decide without. */
  Model(ModelInfo info, Weights weights, Neighbours neighbours) {
    this.info = info;
    this.features = new Features(info.lensOfCode());
    this.weights = weights;
    this.neighbours = neighbours;
    this.parts = List.copyOf(weights.parts().values());
    this.scorer = new Scorer(weights);
    weights.parts().keySet().forEach(name -> partIndex.put(name, partIndex.size()));
    info.lensOfCode()
        .forEach(
            (code, lens) -> codesOfLens.computeIfAbsent(lens, l -> new ArrayList<>()).add(code));
  }

  public ModelInfo info() {
    return info;
  }

  /** The same models, recording cross-validated figures and the confidence counted from. */
  public Model withFigures(Map<String, Double> figures, double minConfidence) {
    return new Model(info.withFigures(figures, minConfidence), weights, neighbours);
  }

  Weights weights() {
    return weights;
  }

  /** The training passages compared with, or null. */
  Neighbours neighbours() {
    return neighbours;
  }

  /** Decides a passage's codes and stances, and how sure it is. */
  public Prediction predict(Observation observation) {
    return predict(observation, false);
  }

  /** The same, with the features that weighed most for each decision, for {@code explain}. */
  public Prediction explain(Observation observation) {
    return predict(observation, true);
  }

  private Prediction predict(Observation observation, boolean weighed) {
    String[] context = features.of(observation);
    int[] ids = scorer.ids(context);
    double[] sums = scorer.sums(ids);
    int[] shown = weighed ? ids : null;
    Map<String, Double> codeYes = new LinkedHashMap<>();
    List<Decision> codeDecisions = new ArrayList<>();
    for (String code : info.lensOfCode().keySet()) {
      Integer part = partIndex.get(CODE + code);
      double yes =
          part != null ? scorer.yes(part, sums) : observation.ruleCodes().containsKey(code) ? 1 : 0;
      codeYes.put(code, yes);
      if (part != null) {
        codeDecisions.add(binary(CODE + code, part, context, shown, yes, CODE_THRESHOLD));
      }
    }
    double[] votes = neighbours == null ? null : neighbours.vote(ids);
    List<Decision> decisions = new ArrayList<>();
    Map<String, Double> lensYes = new LinkedHashMap<>();
    Map<String, Prediction.LensVote> lensVotes = new LinkedHashMap<>();
    List<String> lenses = info.lenses();
    for (int l = 0; l < lenses.size(); l++) {
      String lens = lenses.get(l);
      Integer part = partIndex.get(LENS + lens);
      double likeliestCode = strongestCode(codeYes, lens);
      double lensModel = part != null ? scorer.yes(part, sums) : likeliestCode;
      Double vote = votes == null ? null : votes[l];
      double yes = LensMix.yes(lensModel, likeliestCode, vote);
      if (vote != null) {
        lensVotes.put(lens, new Prediction.LensVote(lensModel, likeliestCode, vote));
      }
      lensYes.put(lens, yes);
      if (part != null) {
        decisions.add(binary(LENS + lens, part, context, shown, yes, LensMix.THRESHOLD));
      }
    }
    decisions.addAll(codeDecisions);
    List<String> chosen = choose(codeYes, lensYes);
    Stance passage = observation.ruleStance();
    Integer stance = partIndex.get(STANCE);
    if (stance != null) {
      double[] stances = scorer.probabilities(stance, sums);
      Decision decision = decision(STANCE, stance, context, shown, stances);
      passage = Stance.valueOf(decision.outcome().toUpperCase(Locale.ROOT));
      decisions.add(decision);
    }
    Integer codeStance = partIndex.get(CODE_STANCE);
    Map<String, Stance> codeStances = new LinkedHashMap<>();
    for (String code : chosen) {
      if (codeStance == null) {
        // Trained on one stance per code only: the rules' stance, or else the passage's.
        codeStances.put(code, observation.ruleCodes().getOrDefault(code, passage));
        continue;
      }
      String[] ofCode = features.ofCodeOnly(observation, code);
      int[] extra = scorer.ids(ofCode);
      double[] outcome = scorer.probabilities(codeStance, sums, extra);
      // Only explain shows weights; coding skips joining the passage's features with the code's.
      String[] named = weighed ? concat(context, ofCode) : null;
      int[] shownIds = weighed ? concat(ids, extra) : null;
      Decision decision = decision(codeStanceDecision(code), codeStance, named, shownIds, outcome);
      codeStances.put(code, Stance.valueOf(decision.outcome().toUpperCase(Locale.ROOT)));
      decisions.add(decision);
    }
    return Prediction.of(chosen, passage, codeStances, decisions, info.lensOfCode())
        .withLensVotes(lensVotes);
  }

  /** The probability of the likeliest code of {@code lens}. */
  private double strongestCode(Map<String, Double> codeYes, String lens) {
    return codesOfLens.getOrDefault(lens, List.of()).stream()
        .mapToDouble(codeYes::get)
        .max()
        .orElse(0);
  }

  /**
   * The codes given: in each lens given, the codes whose probability reaches the threshold, or
   * where none does, the likeliest code of that lens. A lens is given when the lens and code models
   * and the nearest training passages together are sure enough of it, or the models alone for a
   * passage that shares no word with any training passage.
   */
  private List<String> choose(Map<String, Double> codeYes, Map<String, Double> lensYes) {
    List<String> chosen = new ArrayList<>();
    for (var lens : lensYes.entrySet()) {
      if (lens.getValue() < LensMix.THRESHOLD) {
        continue;
      }
      List<String> ofLens = codesOfLens.getOrDefault(lens.getKey(), List.of());
      List<String> sure =
          ofLens.stream().filter(code -> codeYes.get(code) >= CODE_THRESHOLD).toList();
      if (sure.isEmpty()) {
        ofLens.stream().max(java.util.Comparator.comparing(codeYes::get)).ifPresent(chosen::add);
      } else {
        chosen.addAll(sure);
      }
    }
    return info.lensOfCode().keySet().stream().filter(chosen::contains).toList();
  }

  /**
   * A yes/no decision with the probability of what it decided: a lens given from 0.4 is given with
   * the probability it has, not the larger one of the no it was not.
   */
  private Decision binary(
      String name, int part, String[] context, int[] shown, double yes, double threshold) {
    boolean given = yes >= threshold;
    int outcome = parts.get(part).outcome(given ? YES : NO);
    return new Decision(
        name, given ? "yes" : "no", given ? yes : 1 - yes, weighed(part, context, shown, outcome));
  }

  private Decision decision(
      String name, int part, String[] context, int[] shown, double[] outcomes) {
    int best = 0;
    for (int i = 1; i < outcomes.length; i++) {
      if (outcomes[i] > outcomes[best]) {
        best = i;
      }
    }
    return new Decision(
        name,
        parts.get(part).outcomes()[best].toLowerCase(Locale.ROOT),
        outcomes[best],
        weighed(part, context, shown, best));
  }

  /**
   * The features that add most to {@code outcome}'s score; none when no ids are given (coding,
   * which does not show them, skips this work).
   */
  private List<Decision.Weight> weighed(int part, String[] context, int[] shown, int outcome) {
    if (shown == null) {
      return List.of();
    }
    List<Decision.Weight> weighed = new ArrayList<>();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] < 0) {
        continue;
      }
      double weight = parts.get(part).of(shown[i])[outcome];
      if (weight > 0) {
        weighed.add(new Decision.Weight(context[i], weight));
      }
    }
    return weighed.stream()
        .sorted(
            Comparator.comparingDouble(Decision.Weight::weight)
                .reversed()
                .thenComparing(Decision.Weight::feature))
        .limit(SHOWN_WEIGHTS)
        .toList();
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  private static int[] concat(int[] first, int[] second) {
    int[] all = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
