package nl.waardevol.learn;

import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * Evaluates the parts of a model as OpenNLP's {@code QNModel.eval} does, to the bit, but looks each
 * feature up once per passage in one dictionary shared by all parts instead of once per part: those
 * look-ups were half of the evaluation's time.
 */
final class Scorer {
  private final Map<String, Integer> dictionary = new HashMap<>();
  private final Map<AbstractModel, Context[]> byPart = new IdentityHashMap<>();

  Scorer(Collection<AbstractModel> parts) {
    for (AbstractModel part : parts) {
      ModelFormat.predicates(part)
          .keySet()
          .forEach(p -> dictionary.putIfAbsent(p, dictionary.size()));
    }
    for (AbstractModel part : parts) {
      Context[] contexts = new Context[dictionary.size()];
      ModelFormat.predicates(part)
          .forEach((predicate, context) -> contexts[dictionary.get(predicate)] = context);
      byPart.put(part, contexts);
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

  /** The probability of each outcome of {@code part}, in its outcome order. */
  double[] eval(AbstractModel part, int[] ids) {
    Context[] contexts = byPart.get(part);
    double[] scores = new double[part.getNumOutcomes()];
    for (int id : ids) {
      Context context = id < 0 ? null : contexts[id];
      if (context == null) {
        continue;
      }
      int[] outcomes = context.getOutcomes();
      double[] parameters = context.getParameters();
      for (int i = 0; i < outcomes.length; i++) {
        scores[outcomes[i]] += parameters[i];
      }
    }
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
