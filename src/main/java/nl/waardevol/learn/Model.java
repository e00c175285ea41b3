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
  private final List<Weights.Part> parts;
  private final Scorer scorer;

  /** The index of each part in {@link #weights} by its name. */
  private final Map<String, Integer> partIndex = new java.util.HashMap<>();

  Model(ModelInfo info, Weights weights) {
    this.info = info;
    this.features = new Features(info.lensOfCode());
    this.weights = weights;
    this.parts = List.copyOf(weights.parts().values());
    this.scorer = new Scorer(weights);
    weights.parts().keySet().forEach(name -> partIndex.put(name, partIndex.size()));
  }

  public ModelInfo info() {
    return info;
  }

  /** The same models, recording cross-validated figures and the confidence counted from. */
  public Model withFigures(Map<String, Double> figures, double minConfidence) {
    return new Model(info.withFigures(figures, minConfidence), weights);
  }

  Weights weights() {
    return weights;
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
    List<Decision> decisions = new ArrayList<>();
    Map<String, Double> lensYes = new LinkedHashMap<>();
    for (String lens : info.lenses()) {
      Integer part = partIndex.get(LENS + lens);
      if (part != null) {
        double yes = scorer.yes(part, sums);
        lensYes.put(lens, yes);
        decisions.add(binary(LENS + lens, part, context, shown, yes));
      }
    }
    Map<String, Double> codeYes = new LinkedHashMap<>();
    for (String code : info.lensOfCode().keySet()) {
      Integer part = partIndex.get(CODE + code);
      double yes =
          part != null ? scorer.yes(part, sums) : observation.ruleCodes().containsKey(code) ? 1 : 0;
      codeYes.put(code, yes);
      if (part != null) {
        decisions.add(binary(CODE + code, part, context, shown, yes));
      }
    }
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
    return Prediction.of(chosen, passage, codeStances, decisions, info.lensOfCode());
  }

  /**
   * The codes given: each whose probability reaches the threshold; and where a lens model is sure
   * of its lens but no code of it is given, the likeliest code of that lens.
   */
  private List<String> choose(Map<String, Double> codeYes, Map<String, Double> lensYes) {
    List<String> chosen = new ArrayList<>();
    codeYes.forEach(
        (code, yes) -> {
          if (yes >= CODE_THRESHOLD) {
            chosen.add(code);
          }
        });
    for (var lens : lensYes.entrySet()) {
      boolean covered =
          chosen.stream().anyMatch(code -> info.lensOfCode().get(code).equals(lens.getKey()));
      if (lens.getValue() >= CODE_THRESHOLD && !covered) {
        codeYes.entrySet().stream()
            .filter(code -> info.lensOfCode().get(code.getKey()).equals(lens.getKey()))
            .max(Map.Entry.comparingByValue())
            .ifPresent(best -> chosen.add(best.getKey()));
      }
    }
    return info.lensOfCode().keySet().stream().filter(chosen::contains).toList();
  }

  private Decision binary(String name, int part, String[] context, int[] shown, double yes) {
    boolean given = yes >= CODE_THRESHOLD;
    int outcome = parts.get(part).outcome(given ? YES : NO);
    return new Decision(
        name, given ? "yes" : "no", Math.max(yes, 1 - yes), weighed(part, context, shown, outcome));
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
