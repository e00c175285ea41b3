package nl.waardevol.learn;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * Evaluates all parts of a model in one pass over a passage's features. Each feature is looked up
 * once, in a dictionary shared by all parts, and its parameters for every part lie side by side in
 * one array: evaluating the ~35 parts one by one, each looking its features up in its own tables,
 * spent most of its time waiting for memory. A yes/no part keeps one parameter per feature, the
 * difference of its two outcomes' parameters, since that difference alone decides the probability.
 * The probabilities equal OpenNLP's {@code QNModel.eval} up to rounding in the last bits.
 */
final class Scorer {
  private final FeatureIds dictionary;
  private final Map<AbstractModel, Integer> firstSlot = new IdentityHashMap<>();
  private final Map<AbstractModel, Integer> yesIndex = new IdentityHashMap<>();
  private final int slots;

  /** Where each feature's parameters begin in {@link #slotOf} and {@link #parameters}. */
  private final int[] start;

  /** The score slot of each parameter: its part's first slot, plus its outcome's index. */
  private final int[] slotOf;

  private final double[] parameters;

  Scorer(List<AbstractModel> parts) {
    Map<String, Integer> ids = new LinkedHashMap<>();
    int slot = 0;
    for (AbstractModel part : parts) {
      firstSlot.put(part, slot);
      int yes = part.getIndex(Model.YES);
      boolean binary = part.getNumOutcomes() == 2 && yes >= 0;
      if (binary) {
        yesIndex.put(part, yes);
      }
      slot += binary ? 1 : part.getNumOutcomes();
      ModelFormat.predicates(part).keySet().forEach(p -> ids.putIfAbsent(p, ids.size()));
    }
    slots = slot;
    dictionary = new FeatureIds(ids);
    start = new int[ids.size() + 1];
    for (AbstractModel part : parts) {
      ModelFormat.predicates(part)
          .forEach((predicate, context) -> start[ids.get(predicate) + 1] += width(part, context));
    }
    for (int i = 1; i < start.length; i++) {
      start[i] += start[i - 1];
    }
    slotOf = new int[start[ids.size()]];
    parameters = new double[slotOf.length];
    int[] filled = start.clone();
    for (AbstractModel part : parts) {
      ModelFormat.predicates(part)
          .forEach(
              (predicate, context) -> {
                int id = ids.get(predicate);
                filled[id] = fill(part, context, filled[id]);
              });
    }
  }

  /** How many parameters a part keeps for one feature: one for a yes/no part. */
  private int width(AbstractModel part, Context context) {
    return yesIndex.containsKey(part) ? 1 : context.getOutcomes().length;
  }

  /** Writes a part's parameters for one feature from {@code at}; returns where the next go. */
  private int fill(AbstractModel part, Context context, int at) {
    int first = firstSlot.get(part);
    Integer yes = yesIndex.get(part);
    int[] outcomes = context.getOutcomes();
    double[] values = context.getParameters();
    if (yes != null) {
      double difference = 0;
      for (int i = 0; i < outcomes.length; i++) {
        difference += outcomes[i] == yes ? values[i] : -values[i];
      }
      slotOf[at] = first;
      parameters[at] = difference;
      return at + 1;
    }
    for (int i = 0; i < outcomes.length; i++) {
      slotOf[at + i] = first + outcomes[i];
      parameters[at + i] = values[i];
    }
    return at + outcomes.length;
  }

  /** The dictionary index of each feature, in the same order; -1 for one no part knows. */
  int[] ids(String[] context) {
    int[] ids = new int[context.length];
    for (int i = 0; i < context.length; i++) {
      ids[i] = dictionary.id(context[i]);
    }
    return ids;
  }

  /** The summed parameters of every part for these features. */
  double[] sums(int[] ids) {
    double[] sums = new double[slots];
    for (int id : ids) {
      if (id >= 0) {
        add(sums, id);
      }
    }
    return sums;
  }

  private void add(double[] sums, int id) {
    for (int at = start[id]; at < start[id + 1]; at++) {
      sums[slotOf[at]] += parameters[at];
    }
  }

  /** The probability that a yes/no part says yes, from {@link #sums}. */
  double yes(AbstractModel part, double[] sums) {
    Integer yes = yesIndex.get(part);
    if (yes == null) {
      // A part that saw one answer only.
      return part.getIndex(Model.YES) >= 0 ? 1 : 0;
    }
    return 1 / (1 + StrictMath.exp(-sums[firstSlot.get(part)]));
  }

  /** The probability of each outcome of a part that is not yes/no, in its outcome order. */
  double[] probabilities(AbstractModel part, double[] sums) {
    return probabilities(part, sums, new int[0]);
  }

  /** The same, with {@code extra} features (known to the dictionary or -1) added to the sums. */
  double[] probabilities(AbstractModel part, double[] sums, int[] extra) {
    double[] all = sums;
    if (extra.length > 0) {
      all = sums.clone();
      for (int id : extra) {
        if (id >= 0) {
          add(all, id);
        }
      }
    }
    int first = firstSlot.get(part);
    double[] scores = new double[part.getNumOutcomes()];
    System.arraycopy(all, first, scores, 0, scores.length);
    double max = Double.NEGATIVE_INFINITY;
    for (double score : scores) {
      max = Math.max(max, score);
    }
    double sum = 0;
    for (int i = 0; i < scores.length; i++) {
      scores[i] = StrictMath.exp(scores[i] - max);
      sum += scores[i];
    }
    for (int i = 0; i < scores.length; i++) {
      scores[i] /= sum;
    }
    return scores;
  }

  /**
   * Feature names to dictionary indexes in an open-addressed table that keeps each name's hash
   * beside its index: most of a passage's features are unknown to every part, and this tells so
   * from one array without following a pointer.
   */
  private static final class FeatureIds {
    private final String[] names;

    /** Per slot, the name's hash and its index plus one; zero there marks an empty slot. */
    private final int[] table;

    private final int mask;

    FeatureIds(Map<String, Integer> ids) {
      int capacity = Integer.highestOneBit(Math.max(4, ids.size() * 4) - 1) << 1;
      names = new String[capacity];
      table = new int[2 * capacity];
      mask = capacity - 1;
      ids.forEach(
          (name, id) -> {
            int slot = spread(name.hashCode()) & mask;
            while (table[2 * slot + 1] != 0) {
              slot = (slot + 1) & mask;
            }
            names[slot] = name;
            table[2 * slot] = name.hashCode();
            table[2 * slot + 1] = id + 1;
          });
    }

    int id(String name) {
      int hash = name.hashCode();
      for (int slot = spread(hash) & mask; table[2 * slot + 1] != 0; slot = (slot + 1) & mask) {
        if (table[2 * slot] == hash && names[slot].equals(name)) {
          return table[2 * slot + 1] - 1;
        }
      }
      return -1;
    }

    /** Mixes the high bits of a hash into the low ones, which choose the slot. */
    private static int spread(int hash) {
      return hash ^ (hash >>> 16);
    }
  }
}
