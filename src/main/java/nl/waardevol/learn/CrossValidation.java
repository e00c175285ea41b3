package nl.waardevol.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.waardevol.stance.Stance;

/**
 * K-fold cross-validation: trains on all folds but one, predicts the one, and scores every
 * prediction against the human's labels. A document's passages stay in one fold, so that a model is
 * never scored on a passage whose neighbours it learned from.
 */
public final class CrossValidation {
  /**
   * The share of valued lenses that must be right from the report's confidence threshold up: the
   * report's question is in which lens people valued something.
   */
  public static final double COUNTED_RIGHT = 0.90;

  /**
   * The report's confidence threshold of a model trained without cross-validation: with nothing to
   * say how right its sure decisions are, every decision counts.
   */
  public static final double UNCHECKED_MIN_CONFIDENCE = 0;

  /** The confidence thresholds of the coverage table. */
  static final double[] THRESHOLDS = {
    0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99
  };

  private CrossValidation() {}

  /** What the folds' predictions scored, in all and from each confidence threshold up. */
  public record Result(
      Map<String, BinaryScore> lenses,
      Map<String, BinaryScore> codes,
      int stanceRight,
      int stanceTotal,
      List<Coverage> coverage,
      double minConfidence) {
    public double stanceAccuracy() {
      return stanceTotal == 0 ? Double.NaN : (double) stanceRight / stanceTotal;
    }

    public double lensMacroF1() {
      return lenses.values().stream().mapToDouble(BinaryScore::f1).average().orElse(Double.NaN);
    }

    /** The figures a model file records, by name. */
    public Map<String, Double> figures() {
      Map<String, Double> figures = new LinkedHashMap<>();
      lenses.forEach(
          (lens, score) -> {
            figures.put("lens." + lens + ".precision", score.precision());
            figures.put("lens." + lens + ".recall", score.recall());
            figures.put("lens." + lens + ".f1", score.f1());
            figures.put("lens." + lens + ".kappa", score.kappa());
          });
      figures.put("lens.macro_f1", lensMacroF1());
      codes.forEach((code, score) -> figures.put("code." + code + ".f1", score.f1()));
      figures.put("stance.accuracy", stanceAccuracy());
      for (Coverage row : coverage) {
        String at = String.format(java.util.Locale.ROOT, "at_%.2f", row.threshold());
        figures.put("coverage." + at, row.coverage());
        figures.put("stance.accuracy." + at, row.stanceAccuracy());
        figures.put("valued.precision." + at, row.valuedPrecision());
        figures.put("valued_lens.precision." + at, row.valuedLensPrecision());
      }
      figures.replaceAll((name, value) -> Double.isNaN(value) ? -1 : round(value));
      return figures;
    }
  }

  /**
   * From a confidence threshold up: the share of passages kept, their stance accuracy, and how many
   * of their valued codes were right.
   */
  public record Coverage(
      double threshold,
      double coverage,
      double stanceAccuracy,
      double valuedPrecision,
      double valuedLensPrecision) {}

  /**
   * Cross-validates on {@code examples}; {@code alwaysTrained} (the codebook's example sentences)
   * join every fold's training and are never scored.
   */
  public static Result run(
      Trainer trainer, List<Example> examples, List<Example> alwaysTrained, int folds) {
    if (folds < 2 || folds > examples.size()) {
      throw new IllegalArgumentException(
          "cross-validation needs from 2 to " + examples.size() + " folds, not " + folds);
    }
    List<String> groups =
        new ArrayList<>(new TreeSet<>(examples.stream().map(Example::group).toList()));
    Map<String, Integer> foldOf = new LinkedHashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      foldOf.put(groups.get(i), i % folds);
    }
    List<Prediction> predictions =
        new ArrayList<>(java.util.Collections.nCopies(examples.size(), null));
    for (int fold = 0; fold < folds; fold++) {
      List<Example> training = new ArrayList<>(alwaysTrained);
      List<Integer> held = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (foldOf.get(examples.get(i).group()) == fold) {
          held.add(i);
        } else {
          training.add(examples.get(i));
        }
      }
      if (held.isEmpty() || training.isEmpty()) {
        continue;
      }
      Model model = trainer.train(training);
      for (int i : held) {
        predictions.set(i, model.predict(examples.get(i).observation()));
      }
    }
    return score(trainer.lensOfCode(), examples, predictions);
  }

  static Result score(
      Map<String, String> lensOfCode, List<Example> examples, List<Prediction> predictions) {
    Map<String, BinaryScore> lenses = new LinkedHashMap<>();
    lensOfCode.values().forEach(lens -> lenses.putIfAbsent(lens, BinaryScore.EMPTY));
    Map<String, BinaryScore> codes = new LinkedHashMap<>();
    lensOfCode.keySet().forEach(code -> codes.put(code, BinaryScore.EMPTY));
    int right = 0;
    int total = 0;
    for (int i = 0; i < examples.size(); i++) {
      Example example = examples.get(i);
      Prediction prediction = predictions.get(i);
      if (prediction == null) {
        continue;
      }
      lenses.replaceAll(
          (lens, score) ->
              score.add(
                  in(lens, example.codes(), lensOfCode), in(lens, prediction.codes(), lensOfCode)));
      codes.replaceAll(
          (code, score) ->
              score.add(example.codes().contains(code), prediction.codes().contains(code)));
      if (example.hasStance()) {
        total++;
        right += example.stance() == prediction.stance() ? 1 : 0;
      }
    }
    List<Coverage> coverage = coverage(lensOfCode, examples, predictions);
    double minConfidence = THRESHOLDS[THRESHOLDS.length - 1];
    for (Coverage row : coverage) {
      if (row.valuedLensPrecision() >= COUNTED_RIGHT) {
        minConfidence = row.threshold();
        break;
      }
    }
    return new Result(lenses, codes, right, total, coverage, minConfidence);
  }

  private static boolean in(String lens, List<String> codes, Map<String, String> lensOfCode) {
    return codes.stream().anyMatch(code -> lens.equals(lensOfCode.get(code)));
  }

  private static List<Coverage> coverage(
      Map<String, String> lensOfCode, List<Example> examples, List<Prediction> predictions) {
    List<Coverage> rows = new ArrayList<>();
    for (double threshold : THRESHOLDS) {
      int kept = 0;
      int all = 0;
      int right = 0;
      int valued = 0;
      int valuedRight = 0;
      int valuedLenses = 0;
      int valuedLensesRight = 0;
      for (int i = 0; i < examples.size(); i++) {
        Example example = examples.get(i);
        Prediction prediction = predictions.get(i);
        if (prediction == null || !example.hasStance()) {
          continue;
        }
        all++;
        if (prediction.confidence() < threshold) {
          continue;
        }
        kept++;
        right += example.stance() == prediction.stance() ? 1 : 0;
        for (var code : prediction.codeStances().entrySet()) {
          if (code.getValue() == Stance.APPRECIATIVE) {
            valued++;
            valuedRight += example.codeStances().get(code.getKey()) == Stance.APPRECIATIVE ? 1 : 0;
          }
        }
        java.util.Set<String> goldLenses = valuedLenses(example.codeStances(), lensOfCode);
        for (String lens : valuedLenses(prediction.codeStances(), lensOfCode)) {
          valuedLenses++;
          valuedLensesRight += goldLenses.contains(lens) ? 1 : 0;
        }
      }
      rows.add(
          new Coverage(
              threshold,
              all == 0 ? Double.NaN : (double) kept / all,
              kept == 0 ? Double.NaN : (double) right / kept,
              valued == 0 ? Double.NaN : (double) valuedRight / valued,
              valuedLenses == 0 ? Double.NaN : (double) valuedLensesRight / valuedLenses));
    }
    return rows;
  }

  private static java.util.Set<String> valuedLenses(
      Map<String, Stance> codeStances, Map<String, String> lensOfCode) {
    java.util.Set<String> lenses = new java.util.TreeSet<>();
    codeStances.forEach(
        (code, stance) -> {
          if (stance == Stance.APPRECIATIVE) {
            lenses.add(lensOfCode.get(code));
          }
        });
    return lenses;
  }

  private static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }
}
