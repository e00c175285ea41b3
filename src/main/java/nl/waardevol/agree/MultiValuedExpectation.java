package nl.waardevol.agree;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The expected disagreement of multi-valued alpha (Krippendorff and Craggs 2016): how far apart two
 * sets of values would be if the coders drew them at random from the values they used. Sets of the
 * sizes s and t are paired with the probability of their sizes, and their contents weigh by how
 * often each value was used; a value in both sets is drawn twice, so it weighs n_v (n_v − 1).
 * Rather than listing every pair of sets (which grows as the number of values to the power s + t),
 * the weighted sums are built value by value, like a knapsack table.
 */
final class MultiValuedExpectation {
  private MultiValuedExpectation() {}

  /**
   * @param valueCounts how often each set (sorted) was given, over the pairable units
   * @param n the number of values given, the sum of {@code valueCounts}
   */
  static double disagreement(Map<List<String>, Integer> valueCounts, int n) {
    Map<String, Integer> labelCounts = new TreeMap<>();
    TreeMap<Integer, Integer> sizeCounts = new TreeMap<>();
    for (Map.Entry<List<String>, Integer> value : valueCounts.entrySet()) {
      value.getKey().forEach(label -> labelCounts.merge(label, value.getValue(), Integer::sum));
      sizeCounts.merge(value.getKey().size(), value.getValue(), Integer::sum);
    }
    int largest = sizeCounts.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    Pairings pairings = new Pairings(largest);
    labelCounts.values().forEach(count -> pairings.add(count, n));
    double expected = 0;
    for (Map.Entry<Integer, Integer> c : sizeCounts.entrySet()) {
      for (Map.Entry<Integer, Integer> k : sizeCounts.tailMap(c.getKey()).entrySet()) {
        int s = c.getKey();
        int t = k.getKey();
        double probability = (double) c.getValue() / n * k.getValue() / n * (s == t ? 1 : 2);
        expected += probability * pairings.meanDistance(s, t);
      }
    }
    return expected;
  }

  /**
   * For all set sizes s, t up to a bound: the total weight of the pairs (C, K) with |C| = s and |K|
   * = t, and the weighted total of their shared values |C ∩ K|. Weights are scaled by 1/n per value
   * drawn, which leaves every mean unchanged and keeps the products within range.
   */
  private static final class Pairings {
    private final double[][] weight;
    private final double[][] shared;

    Pairings(int largest) {
      weight = new double[largest + 1][largest + 1];
      shared = new double[largest + 1][largest + 1];
      weight[0][0] = 1;
    }

    /**
     * Adds one value used {@code count} times: in neither set, in C only, in K only, or in both.
     */
    void add(int count, int n) {
      double once = (double) count / n;
      double twice = once * (count - 1) / n;
      // Backwards, so that every cell still reads the sums without this value.
      for (int s = weight.length - 1; s >= 0; s--) {
        for (int t = weight.length - 1; t >= 0; t--) {
          if (s > 0) {
            weight[s][t] += once * weight[s - 1][t];
            shared[s][t] += once * shared[s - 1][t];
          }
          if (t > 0) {
            weight[s][t] += once * weight[s][t - 1];
            shared[s][t] += once * shared[s][t - 1];
          }
          if (s > 0 && t > 0) {
            weight[s][t] += twice * weight[s - 1][t - 1];
            shared[s][t] += twice * (shared[s - 1][t - 1] + weight[s - 1][t - 1]);
          }
        }
      }
    }

    /**
     * The weighted mean difference of a set of size s and one of size t; 0 where none can be drawn.
     */
    double meanDistance(int s, int t) {
      if (s + t == 0 || weight[s][t] == 0) {
        return 0;
      }
      return 1 - 2 * (shared[s][t] / weight[s][t]) / (s + t);
    }
  }
}
