package nl.waardevol.learn;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;

/**
 * Evaluates the parts of a model as OpenNLP's {@code QNModel.eval} does, to the bit, but in one
 * pass over a passage's features for all parts at once. Each feature is looked up once in a
 * dictionary shared by all parts, and its parameters for every part lie side by side in one array:
 * evaluating the ~35 parts one by one, each looking its features up in its own tables, spent most
 * of its time waiting for memory.
 */
final class Scorer {
  private final Map<String, Integer> dictionary = new HashMap<>();
  private final Map<AbstractModel, Integer> firstSlot = new IdentityHashMap<>();
  private final int slots;

  /** Where each feature's parameters begin in {@link #slotOf} and {@link #parameters}. */
  private final int[] start;

  /** The score slot (a part's first slot plus the outcome's index) of each parameter. */
  private final int[] slotOf;

  private final double[] parameters;

  Scorer(List<AbstractModel> parts) {
    int slot = 0;
    int count = 0;
    for (AbstractModel part : parts) {
      firstSlot.put(part, slot);
      slot += part.getNumOutcomes();
      for (var predicate : ModelFormat.predicates(part).entrySet()) {
        dictionary.putIfAbsent(predicate.getKey(), dictionary.size());
        count += predicate.getValue().getOutcomes().length;
      }
    }
    slots = slot;
    start = new int[dictionary.size() + 1];
    for (AbstractModel part : parts) {
      ModelFormat.predicates(part)
          .forEach(
              (predicate, context) ->
                  start[dictionary.get(predicate) + 1] += context.getOutcomes().length);
    }
    for (int i = 1; i < start.length; i++) {
      start[i] += start[i - 1];
    }
    slotOf = new int[count];
    parameters = new double[count];
    int[] filled = start.clone();
    // Parts in order, so that each feature's parameters keep the order of the parts.
    for (AbstractModel part : parts) {
      int first = firstSlot.get(part);
      ModelFormat.predicates(part)
          .forEach(
              (predicate, context) -> {
                int at = filled[dictionary.get(predicate)];
                for (int i = 0; i < context.getOutcomes().length; i++) {
                  slotOf[at + i] = first + context.getOutcomes()[i];
                  parameters[at + i] = context.getParameters()[i];
                }
                filled[dictionary.get(predicate)] = at + context.getOutcomes().length;
              });
    }
  }

  /** The dictionary index of each feature, in the same order; -1 for one no part knows. */
  int[] ids(String[] context) {
    int[] ids = new int[context.length];
    for (int i = 0; i < context.length; i++) {
      ids[i] = dictionary.getOrDefault(context[i], -1);
    }
    return ids;
  }

  /**
   * The summed parameters of every part's outcomes for these features. Each sum adds the same
   * parameters in the same order as {@code QNModel.eval}, so the bits are the same.
   */
  double[] sums(int[] ids) {
    double[] sums = new double[slots];
    for (int id : ids) {
      if (id < 0) {
        continue;
      }
      for (int at = start[id]; at < start[id + 1]; at++) {
        sums[slotOf[at]] += parameters[at];
      }
    }
    return sums;
  }

  /** The probability of each outcome of {@code part}, in its outcome order, from {@link #sums}. */
  double[] probabilities(AbstractModel part, double[] sums) {
    int first = firstSlot.get(part);
    double[] scores = new double[part.getNumOutcomes()];
    System.arraycopy(sums, first, scores, 0, scores.length);
    double logSum = logSumOfExps(scores);
    for (int i = 0; i < scores.length; i++) {
      scores[i] = StrictMath.exp(scores[i] - logSum);
    }
    return scores;
  }

  /** As OpenNLP's {@code ArrayMath.logSumOfExps}, so that probabilities stay the same bits. */
  private static double logSumOfExps(double[] scores) {
    double max = scores[0];
    for (double score : scores) {
      if (score > max) {
        max = score;
      }
    }
    double sum = 0;
    for (double score : scores) {
      if (score != Double.NEGATIVE_INFINITY) {
        sum += StrictMath.exp(score - max);
      }
    }
    return max + StrictMath.log(sum);
  }
}
