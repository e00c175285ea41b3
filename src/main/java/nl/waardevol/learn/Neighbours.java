package nl.waardevol.learn;

import java.util.Arrays;
import java.util.List;

/**
 * The training passages most like a passage, and the lenses they had. The lens models weigh words
 * one by one; passages worded alike carry combinations of words too ("belde elke vrijdag even op"
 * is warmth because passages told like it were). Passages are compared by the cosine of their sets
 * of lemmas and lemma pairs, each weighted by its inverse document frequency; the vote of a lens is
 * the likeness-weighted share of the nearest {@link #COUNT} that had it.
 */
final class Neighbours {
  /** How many of the most alike training passages vote. */
  static final int COUNT = 20;

  /**
   * The largest share of the training passages a compared feature may be in: more common ones (de,
   * het, ik, juf) are left out of the comparison. Comparing every feature made coding about six
   * times slower; 2% walks about a third of 5%'s postings, for lenses within 0.002 of it (five
   * writer-grouped folds of both training corpora, bench/accuracy/writer-folds).
   */
  private static final double MOST_COMMON = 0.02;

  /** In a small corpus, a feature in this many passages or fewer is compared all the same. */
  private static final int FEW_PASSAGES = 50;

  /** The features compared: lemmas and lemma pairs, not the rules' decisions or the question. */
  private static final String[] COMPARED = {"w=", "b="};

  private final int lensCount;

  /** Per passage: the dictionary ids of its compared features, ascending. */
  private final int[][] termsOf;

  /** Per passage: a bit per lens it had, in the model's lens order. */
  private final int[] lensesOf;

  /** Per passage: how many times it counted in training. */
  private final int[] weightOf;

  /** Per dictionary id: the passages that have it, ascending; null for a feature not compared. */
  private final int[][] postings;

  private final double[] idfSquared;
  private final double[] norm;

  /** Each coding thread's likeness per passage, all 0 between votes, and the passages it set. */
  private final ThreadLocal<double[]> sharedOf;

  private final ThreadLocal<int[]> touchedOf;

  Neighbours(int lensCount, int dictionarySize, int[][] termsOf, int[] lensesOf, int[] weightOf) {
    this.lensCount = lensCount;
    this.termsOf = termsOf;
    this.lensesOf = lensesOf;
    this.weightOf = weightOf;
    int[] frequency = new int[dictionarySize];
    for (int[] terms : termsOf) {
      for (int term : terms) {
        frequency[term]++;
      }
    }
    postings = new int[dictionarySize][];
    idfSquared = new double[dictionarySize];
    for (int term = 0; term < dictionarySize; term++) {
      if (frequency[term] > 0) {
        postings[term] = new int[frequency[term]];
        double idf = Math.log((double) termsOf.length / frequency[term]);
        idfSquared[term] = idf * idf;
      }
    }
    int[] filled = new int[dictionarySize];
    norm = new double[termsOf.length];
    for (int p = 0; p < termsOf.length; p++) {
      double sum = 0;
      for (int term : termsOf[p]) {
        postings[term][filled[term]++] = p;
        sum += idfSquared[term];
      }
      norm[p] = Math.sqrt(sum);
    }
    sharedOf = ThreadLocal.withInitial(() -> new double[termsOf.length]);
    touchedOf = ThreadLocal.withInitial(() -> new int[termsOf.length]);
  }

  /**
   * The training passages' compared features by dictionary id, with their lenses ({@code lenses}
   * bits) and weights.
   */
  static Neighbours of(
      String[] dictionary, List<String[]> contexts, int[] lensesOf, int[] weightOf, int lensCount) {
    return of(dictionary, contexts, lensesOf, weightOf, lensCount, MOST_COMMON);
  }

  /** The same, leaving out the features in more than {@code mostCommon} of the passages. */
  static Neighbours of(
      String[] dictionary,
      List<String[]> contexts,
      int[] lensesOf,
      int[] weightOf,
      int lensCount,
      double mostCommon) {
    int[][] termsOf = new int[contexts.size()][];
    int[] frequency = new int[dictionary.length];
    for (int p = 0; p < termsOf.length; p++) {
      termsOf[p] =
          Arrays.stream(contexts.get(p))
              .filter(Neighbours::compared)
              .mapToInt(feature -> Arrays.binarySearch(dictionary, feature))
              .filter(id -> id >= 0)
              .sorted()
              .toArray();
      for (int term : termsOf[p]) {
        frequency[term]++;
      }
    }
    // Words in many passages say little about likeness and cost the most to compare: leave them.
    double most = Math.max(mostCommon * termsOf.length, FEW_PASSAGES);
    for (int p = 0; p < termsOf.length; p++) {
      termsOf[p] = Arrays.stream(termsOf[p]).filter(term -> frequency[term] <= most).toArray();
    }
    return new Neighbours(lensCount, dictionary.length, termsOf, lensesOf, weightOf);
  }

  static boolean compared(String feature) {
    for (String prefix : COMPARED) {
      if (feature.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  int lensCount() {
    return lensCount;
  }

  int[][] termsOf() {
    return termsOf;
  }

  int[] lensesOf() {
    return lensesOf;
  }

  int[] weightOf() {
    return weightOf;
  }

  /**
   * Each lens's vote, from 0 to 1, for a passage of these dictionary ids (-1 for a feature the
   * dictionary lacks); null when no training passage shares a compared feature with it.
   */
  double[] vote(int[] ids) {
    double[] shared = sharedOf.get();
    int[] touched = touchedOf.get();
    int count = 0;
    for (int id : ids) {
      // A feature every passage has weighs nothing (its idf is 0) and would touch them all.
      if (id < 0 || postings[id] == null || idfSquared[id] == 0) {
        continue;
      }
      for (int p : postings[id]) {
        if (shared[p] == 0) {
          touched[count++] = p;
        }
        shared[p] += idfSquared[id];
      }
    }
    if (count == 0) {
      return null;
    }
    double[] likeness = new double[Math.min(COUNT, count)];
    int[] nearest = nearest(shared, touched, count, likeness);
    for (int t = 0; t < count; t++) {
      shared[touched[t]] = 0;
    }
    double[] votes = new double[lensCount];
    double total = 0;
    for (int i = 0; i < nearest.length; i++) {
      int p = nearest[i];
      double weight = likeness[i] * weightOf[p];
      total += weight;
      for (int lens = 0; lens < lensCount; lens++) {
        if ((lensesOf[p] & 1 << lens) != 0) {
          votes[lens] += weight;
        }
      }
    }
    for (int lens = 0; lens < lensCount; lens++) {
      votes[lens] /= total;
    }
    return votes;
  }

  /**
   * The {@link #COUNT} touched passages most alike, most alike first, with their likeness in {@code
   * likeness}; of two as alike, the earlier passage first, so that votes never vary.
   */
  private int[] nearest(double[] shared, int[] touched, int count, double[] likeness) {
    int[] best = new int[likeness.length];
    int size = 0;
    for (int t = 0; t < count; t++) {
      int p = touched[t];
      double cosine = cosine(shared, p);
      if (size == best.length && !before(cosine, p, likeness[size - 1], best[size - 1])) {
        continue;
      }
      int at = size == best.length ? size - 1 : size++;
      while (at > 0 && before(cosine, p, likeness[at - 1], best[at - 1])) {
        best[at] = best[at - 1];
        likeness[at] = likeness[at - 1];
        at--;
      }
      best[at] = p;
      likeness[at] = cosine;
    }
    return best;
  }

  private static boolean before(double cosine, int p, double otherCosine, int other) {
    return cosine > otherCosine || cosine == otherCosine && p < other;
  }

  /** The cosine without the query's norm, which is the same for every passage. */
  private double cosine(double[] shared, int p) {
    return shared[p] / norm[p];
  }
}
