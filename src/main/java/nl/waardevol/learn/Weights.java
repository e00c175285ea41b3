package nl.waardevol.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The weights of a model's parts as its file keeps them and its scorer uses them: one sorted
 * dictionary of the features any part knows, and per part (named {@code lens:…}, {@code code:…},
 * {@code stance} or {@code code-stance}) its weights per feature. Weights are floats; those below
 * {@link #EPSILON} are left out. A yes/no part keeps one weight per feature, yes less no, since
 * that difference alone decides its probability.
 */
record Weights(String[] dictionary, Map<String, Part> parts) {
  /**
   * Weights smaller than this are left out. Measured on the held-out sets (bench/README.md): at
   * 1e-4 every coded row stays byte-identical; from 1e-3 confidences move and from 1e-2 decisions.
   */
  static final double EPSILON = 1e-4;

  Weights {
    parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
  }

  /**
   * One part's weights. {@code features} holds the dictionary index of each feature it weighs,
   * ascending; the weights of {@code features[i]} are those from {@code ends[i - 1]} (or 0) to
   * {@code ends[i]}, each for outcome {@code outcomeOf} of it; a yes/no part has one per feature,
   * with {@code outcomeOf} its yes outcome.
   */
  record Part(
      String[] outcomes,
      boolean yesNo,
      int[] features,
      int[] ends,
      int[] outcomeOf,
      float[] weights) {

    /** Where the weights of {@code features[f]} begin; they end at {@code ends[f]}. */
    int start(int f) {
      return f == 0 ? 0 : ends[f - 1];
    }

    int outcome(String name) {
      return Arrays.asList(outcomes).indexOf(name);
    }

    /** The weights this part gives one feature, per outcome (zero where it gives none). */
    double[] of(int feature) {
      double[] byOutcome = new double[outcomes.length];
      int at = Arrays.binarySearch(features, feature);
      if (at < 0) {
        return byOutcome;
      }
      for (int i = start(at); i < ends[at]; i++) {
        byOutcome[outcomeOf[i]] = weights[i];
      }
      if (yesNo) {
        byOutcome[1 - outcomeOf[ends[at] - 1]] = -byOutcome[outcomeOf[ends[at] - 1]];
      }
      return byOutcome;
    }
  }

  /** The weights of parts OpenNLP fitted, in the order given, rounded and compacted. */
  static Weights of(Map<String, AbstractModel> fitted) {
    Map<String, Map<String, float[]>> compacted = new LinkedHashMap<>();
    Map<String, String[]> outcomes = new LinkedHashMap<>();
    TreeSet<String> dictionary = new TreeSet<>();
    fitted.forEach(
        (name, model) -> {
          String[] labels = outcomes(model);
          Map<String, float[]> kept = compact(model, labels);
          dictionary.addAll(kept.keySet());
          compacted.put(name, kept);
          outcomes.put(name, labels);
        });
    String[] words = dictionary.toArray(String[]::new);
    Map<String, Integer> index = new java.util.HashMap<>();
    for (String word : words) {
      index.put(word, index.size());
    }
    Map<String, Part> parts = new LinkedHashMap<>();
    compacted.forEach((name, kept) -> parts.put(name, part(outcomes.get(name), kept, index)));
    return new Weights(words, parts);
  }

  /**
   * Each predicate's weights per outcome as floats, or for a yes/no part its one weight, yes less
   * no; negligible weights and predicates left with none dropped.
   */
  private static Map<String, float[]> compact(AbstractModel model, String[] labels) {
    int yes = yesIndex(labels);
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>) model.getDataStructures()[1];
    Map<String, float[]> kept = new LinkedHashMap<>();
    predicates.forEach(
        (predicate, context) -> {
          float[] byOutcome = new float[labels.length];
          int[] outcomes = context.getOutcomes();
          double[] parameters = context.getParameters();
          for (int i = 0; i < outcomes.length; i++) {
            byOutcome[outcomes[i]] = (float) parameters[i];
          }
          if (yes >= 0) {
            double difference = 0;
            for (int i = 0; i < outcomes.length; i++) {
              difference += outcomes[i] == yes ? parameters[i] : -parameters[i];
            }
            byOutcome = new float[] {(float) difference};
          }
          boolean any = false;
          for (int i = 0; i < byOutcome.length; i++) {
            if (Math.abs(byOutcome[i]) < EPSILON) {
              byOutcome[i] = 0;
            } else {
              any = true;
            }
          }
          if (any) {
            kept.put(predicate, byOutcome);
          }
        });
    return kept;
  }

  private static Part part(
      String[] outcomes, Map<String, float[]> kept, Map<String, Integer> index) {
    int yes = yesIndex(outcomes);
    int[] features = kept.keySet().stream().mapToInt(index::get).sorted().toArray();
    Map<Integer, float[]> byFeature = new java.util.HashMap<>();
    kept.forEach((predicate, weights) -> byFeature.put(index.get(predicate), weights));
    int[] ends = new int[features.length];
    List<Integer> outcomeOf = new ArrayList<>();
    List<Float> weights = new ArrayList<>();
    for (int f = 0; f < features.length; f++) {
      float[] byOutcome = byFeature.get(features[f]);
      for (int o = 0; o < byOutcome.length; o++) {
        if (byOutcome[o] != 0) {
          outcomeOf.add(yes >= 0 ? yes : o);
          weights.add(byOutcome[o]);
        }
      }
      ends[f] = weights.size();
    }
    float[] values = new float[weights.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = weights.get(i);
    }
    return new Part(
        outcomes,
        yes >= 0,
        features,
        ends,
        outcomeOf.stream().mapToInt(Integer::intValue).toArray(),
        values);
  }

  /** The index of the yes outcome of a yes/no part; -1 for a part of other outcomes. */
  static int yesIndex(String[] outcomes) {
    List<String> labels = Arrays.asList(outcomes);
    return labels.size() == 2 && labels.contains(Model.YES) && labels.contains(Model.NO)
        ? labels.indexOf(Model.YES)
        : -1;
  }

  private static String[] outcomes(AbstractModel model) {
    return (String[]) model.getDataStructures()[2];
  }
}
