package nl.waardevol.agree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The knapsack-style expected disagreement against the definition written out: every pair of sets
 * (C, K) of the observed sizes, each weighted by the product of its values' counts (a value in both
 * sets by n(n − 1)), on random data.
 */
class MultiValuedExpectationTest {
  private static final List<String> LABELS = List.of("a", "b", "c", "d", "e", "f");

  @Test
  void equalsEnumeratingEveryPairOfSets() {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 20; round++) {
      Map<List<String>, Integer> counts = new LinkedHashMap<>();
      for (int i = 0; i < 12; i++) {
        List<String> set = LABELS.stream().filter(label -> random.nextInt(3) == 0).toList();
        counts.merge(set, 1 + random.nextInt(3), Integer::sum);
      }
      int n = counts.values().stream().mapToInt(Integer::intValue).sum();
      assertEquals(enumerated(counts, n), MultiValuedExpectation.disagreement(counts, n), 1e-12);
    }
  }

  private static double enumerated(Map<List<String>, Integer> counts, int n) {
    Map<String, Integer> labelCounts = new TreeMap<>();
    Map<Integer, Integer> sizes = new TreeMap<>();
    counts.forEach(
        (set, count) -> {
          set.forEach(label -> labelCounts.merge(label, count, Integer::sum));
          sizes.merge(set.size(), count, Integer::sum);
        });
    List<List<String>> subsets = subsets(new ArrayList<>(labelCounts.keySet()));
    double expected = 0;
    for (int s : sizes.keySet()) {
      for (int t : sizes.keySet()) {
        double weights = 0;
        double weighted = 0;
        for (List<String> c : subsets) {
          for (List<String> k : subsets) {
            if (c.size() != s || k.size() != t) {
              continue;
            }
            double weight = 1;
            for (String label : c) {
              weight *= labelCounts.get(label);
            }
            for (String label : k) {
              weight *= c.contains(label) ? labelCounts.get(label) - 1 : labelCounts.get(label);
            }
            weights += weight;
            weighted += weight * KrippendorffAlpha.distance(c, k);
          }
        }
        double mean = weights == 0 ? 0 : weighted / weights;
        expected += (double) sizes.get(s) / n * sizes.get(t) / n * mean;
      }
    }
    return expected;
  }

  private static List<List<String>> subsets(List<String> labels) {
    List<List<String>> subsets = new ArrayList<>();
    for (int mask = 0; mask < 1 << labels.size(); mask++) {
      List<String> subset = new ArrayList<>();
      for (int i = 0; i < labels.size(); i++) {
        if ((mask & 1 << i) != 0) {
          subset.add(labels.get(i));
        }
      }
      subsets.add(subset);
    }
    return subsets;
  }
}
