package nl.waardevol.learn;

import java.util.List;

/**
 * Evaluates all parts of a model in one pass over a passage's features. Each feature is looked up
 * once, in a dictionary shared by all parts, and its parameters for every part lie side by side in
 * one array: evaluating the ~35 parts one by one, each looking its features up in its own tables,
 * spent most of its time waiting for memory. The probabilities equal OpenNLP's {@code QNModel.eval}
 * of the same weights up to rounding in the last bits.
 */
final class Scorer {
  private final FeatureIds dictionary;
  private final List<Weights.Part> parts;

  /** Each part's first score slot: one slot for a yes/no part, one per outcome for another. */
  private final int[] firstSlot;

  private final int slots;

  /** Where each feature's parameters begin in {@link #slotOf} and {@link #parameters}. */
  private final int[] start;

  /** The score slot of each parameter: its part's first slot, plus its outcome's index. */
  private final int[] slotOf;

  private final float[] parameters;

  Scorer(Weights weights) {
    parts = List.copyOf(weights.parts().values());
    firstSlot = new int[parts.size()];
    int slot = 0;
    for (int p = 0; p < parts.size(); p++) {
      firstSlot[p] = slot;
      slot += parts.get(p).yesNo() ? 1 : parts.get(p).outcomes().length;
    }
    slots = slot;
    dictionary = new FeatureIds(weights.dictionary());
    int features = weights.dictionary().length;
    start = new int[features + 1];
    for (Weights.Part part : parts) {
      int[] ids = part.features();
      for (int f = 0; f < ids.length; f++) {
        start[ids[f] + 1] += part.ends()[f] - part.start(f);
      }
    }
    for (int i = 1; i < start.length; i++) {
      start[i] += start[i - 1];
    }
    slotOf = new int[start[features]];
    parameters = new float[slotOf.length];
    int[] filled = start.clone();
    for (int p = 0; p < parts.size(); p++) {
      fill(p, filled);
    }
  }

  /** Writes part {@code p}'s parameters beside those of the parts before it. */
  private void fill(int p, int[] filled) {
    Weights.Part part = parts.get(p);
    int[] ids = part.features();
    for (int f = 0; f < ids.length; f++) {
      for (int i = part.start(f); i < part.ends()[f]; i++) {
        int at = filled[ids[f]]++;
        slotOf[at] = firstSlot[p] + (part.yesNo() ? 0 : part.outcomeOf()[i]);
        parameters[at] = part.weights()[i];
      }
    }
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

  /** The probability that yes/no part {@code p} says yes, from {@link #sums}. */
  double yes(int p, double[] sums) {
    return 1 / (1 + StrictMath.exp(-sums[firstSlot[p]]));
  }

  /** The probability of each outcome of a part that is not yes/no, in its outcome order. */
  double[] probabilities(int p, double[] sums) {
    return probabilities(p, sums, new int[0]);
  }

  /** The same, with {@code extra} features (known to the dictionary or -1) added to the sums. */
  double[] probabilities(int p, double[] sums, int[] extra) {
    double[] all = sums;
    if (extra.length > 0) {
      all = sums.clone();
      for (int id : extra) {
        if (id >= 0) {
          add(all, id);
        }
      }
    }
    double[] scores = new double[parts.get(p).outcomes().length];
    System.arraycopy(all, firstSlot[p], scores, 0, scores.length);
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

    FeatureIds(String[] dictionary) {
      int capacity = Integer.highestOneBit(Math.max(4, dictionary.length * 4) - 1) << 1;
      names = new String[capacity];
      table = new int[2 * capacity];
      mask = capacity - 1;
      for (int id = 0; id < dictionary.length; id++) {
        String name = dictionary[id];
        int slot = spread(name.hashCode()) & mask;
        while (table[2 * slot + 1] != 0) {
          slot = (slot + 1) & mask;
        }
        names[slot] = name;
        table[2 * slot] = name.hashCode();
        table[2 * slot + 1] = id + 1;
      }
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
