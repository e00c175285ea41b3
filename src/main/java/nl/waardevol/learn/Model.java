package nl.waardevol.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.waardevol.stance.Stance;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

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

  /** The name of a code decision: {@code code:} and the code id. */
  private static final String CODE = "code:";

  static final String YES = "1";
  static final String NO = "0";

  private final ModelInfo info;
  private final Features features;
  private final Map<String, AbstractModel> lenses;
  private final Map<String, AbstractModel> codes;
  private final AbstractModel stance;
  private final AbstractModel codeStance;
  private final Scorer scorer;

  Model(
      ModelInfo info,
      Map<String, AbstractModel> lenses,
      Map<String, AbstractModel> codes,
      AbstractModel stance,
      AbstractModel codeStance) {
    this.info = info;
    this.features = new Features(info.lensOfCode());
    this.lenses = new LinkedHashMap<>(lenses);
    this.codes = new LinkedHashMap<>(codes);
    this.stance = stance;
    this.codeStance = codeStance;
    List<AbstractModel> parts = new ArrayList<>(lenses.values());
    parts.addAll(codes.values());
    if (stance != null) {
      parts.add(stance);
    }
    if (codeStance != null) {
      parts.add(codeStance);
    }
    this.scorer = new Scorer(parts);
  }

  public ModelInfo info() {
    return info;
  }

  /** The same models, recording cross-validated figures and the confidence counted from. */
  public Model withFigures(Map<String, Double> figures, double minConfidence) {
    return new Model(info.withFigures(figures, minConfidence), lenses, codes, stance, codeStance);
  }

  Map<String, AbstractModel> lensModels() {
    return lenses;
  }

  Map<String, AbstractModel> codeModels() {
    return codes;
  }

  AbstractModel stanceModel() {
    return stance;
  }

  AbstractModel codeStanceModel() {
    return codeStance;
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
    double[] sums = scorer.sums(scorer.ids(context));
    List<Decision> decisions = new ArrayList<>();
    Map<String, Double> lensYes = new LinkedHashMap<>();
    for (var lens : lenses.entrySet()) {
      double yes = scorer.yes(lens.getValue(), sums);
      lensYes.put(lens.getKey(), yes);
      decisions.add(
          binary("lens:" + lens.getKey(), lens.getValue(), weighed ? context : null, yes));
    }
    Map<String, Double> codeYes = new LinkedHashMap<>();
    for (String code : info.lensOfCode().keySet()) {
      AbstractModel model = codes.get(code);
      double yes =
          model != null
              ? scorer.yes(model, sums)
              : observation.ruleCodes().containsKey(code) ? 1 : 0;
      codeYes.put(code, yes);
      if (model != null) {
        decisions.add(binary(CODE + code, model, weighed ? context : null, yes));
      }
    }
    List<String> chosen = choose(codeYes, lensYes);
    Stance passage = observation.ruleStance();
    if (stance != null) {
      double[] stances = scorer.probabilities(stance, sums);
      passage = Stance.valueOf(stance.getBestOutcome(stances));
      decisions.add(decision("stance", stance, weighed ? context : null, stances));
    }
    Map<String, Stance> codeStances = new LinkedHashMap<>();
    for (String code : chosen) {
      if (codeStance == null) {
        // Trained on one stance per code only: the rules' stance, or else the passage's.
        codeStances.put(code, observation.ruleCodes().getOrDefault(code, passage));
        continue;
      }
      String[] ofCode = features.ofCodeOnly(observation, code);
      double[] outcome = scorer.probabilities(codeStance, sums, scorer.ids(ofCode));
      codeStances.put(code, Stance.valueOf(codeStance.getBestOutcome(outcome)));
      String[] shown = weighed ? features.ofCode(context, observation, code) : null;
      decisions.add(decision("stance:" + code, codeStance, shown, outcome));
    }
    return new Prediction(chosen, passage, codeStances, decisions, weakest(decisions));
  }

  /**
   * The least sure decision the report counts on: the lenses, the passage's stance, and the stance
   * of each code given. Which code of a lens it is does not count: the report's question is which
   * lenses were valued, and every passage would otherwise be as unsure as its likeliest missing
   * code.
   */
  private static Decision weakest(List<Decision> decisions) {
    return decisions.stream()
        .filter(decision -> !decision.model().startsWith(CODE))
        .min(Comparator.comparingDouble(Decision::probability))
        .orElse(null);
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

  private static Decision binary(String name, AbstractModel model, String[] context, double yes) {
    String outcome = yes >= CODE_THRESHOLD ? YES : NO;
    return new Decision(
        name,
        outcome.equals(YES) ? "yes" : "no",
        Math.max(yes, 1 - yes),
        weights(model, context, model.getIndex(outcome)));
  }

  private static Decision decision(
      String name, AbstractModel model, String[] context, double[] outcomes) {
    String best = model.getBestOutcome(outcomes);
    int index = model.getIndex(best);
    return new Decision(
        name,
        best.toLowerCase(java.util.Locale.ROOT),
        outcomes[index],
        weights(model, context, index));
  }

  /**
   * The features of {@code context} that add most to {@code outcome}'s score; none when no context
   * is given (coding, which does not show them, skips this work).
   */
  private static List<Decision.Weight> weights(AbstractModel model, String[] context, int outcome) {
    if (context == null) {
      return List.of();
    }
    Map<String, Context> predicates = ModelFormat.predicates(model);
    List<Decision.Weight> weights = new ArrayList<>();
    for (String feature : context) {
      Context parameter = predicates.get(feature);
      if (parameter == null) {
        continue;
      }
      int[] outcomes = parameter.getOutcomes();
      for (int i = 0; i < outcomes.length; i++) {
        if (outcomes[i] == outcome && parameter.getParameters()[i] > 0) {
          weights.add(new Decision.Weight(feature, parameter.getParameters()[i]));
        }
      }
    }
    return weights.stream()
        .sorted(
            Comparator.comparingDouble(Decision.Weight::weight)
                .reversed()
                .thenComparing(Decision.Weight::feature))
        .limit(SHOWN_WEIGHTS)
        .toList();
  }
}
