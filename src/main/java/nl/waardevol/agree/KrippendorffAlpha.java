package nl.waardevol.agree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Krippendorff's alpha for nominal data: α = 1 − D_o / D_e, observed over expected disagreement.
 * Reliability data are given unit by unit, one entry per coder, {@code null} where a coder did not
 * code the unit; units with fewer than two values cannot be paired and do not count. Alpha is not
 * defined (empty) where nothing varies: with one value only there is no disagreement to expect.
 *
 * <p>Sources: K. Krippendorff (2011), <i>Computing Krippendorff's Alpha-Reliability</i>, for the
 * coincidence matrix; K. Krippendorff and R. Craggs (2016), <i>The Reliability of Multi-Valued
 * Coding of Data</i>, Communication Methods and Measures 10(4), for sets of values per coder.
 */
public final class KrippendorffAlpha {
  private KrippendorffAlpha() {}

  /** Nominal alpha of single values, compared by equality. */
  public static <V> OptionalDouble nominal(List<? extends List<V>> units) {
    Map<V, Integer> index = new LinkedHashMap<>();
    for (List<V> unit : units) {
      unit.stream()
          .filter(Objects::nonNull)
          .forEach(value -> index.putIfAbsent(value, index.size()));
    }
    double[][] coincidences = new double[index.size()][index.size()];
    for (List<V> unit : units) {
      List<Integer> values = unit.stream().filter(Objects::nonNull).map(index::get).toList();
      int m = values.size();
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) {
          if (i != j) {
            coincidences[values.get(i)][values.get(j)] += 1.0 / (m - 1);
          }
        }
      }
    }
    return fromCoincidences(coincidences);
  }

  /**
   * Nominal alpha from a coincidence matrix {@code o[c][k]}: α = 1 − (n − 1) Σ_{c≠k} o_ck / Σ_{c≠k}
   * n_c n_k, where n_c are the row sums and n their total.
   */
  public static OptionalDouble fromCoincidences(double[][] o) {
    double n = 0;
    double sumOfSquares = 0;
    double disagreeing = 0;
    for (int c = 0; c < o.length; c++) {
      double row = 0;
      for (int k = 0; k < o.length; k++) {
        row += o[c][k];
        if (c != k) {
          disagreeing += o[c][k];
        }
      }
      n += row;
      sumOfSquares += row * row;
    }
    double expected = n * n - sumOfSquares;
    if (n <= 1 || expected <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(1 - (n - 1) * disagreeing / expected);
  }

  /**
   * Multi-valued alpha (mvα): each coder gives a unit a set of values ({@code null}: not coded; the
   * empty set: coded, with no value). Two sets differ by 1 − 2|C ∩ K| / (|C| + |K|); two empty sets
   * do not differ. For sets of one value it equals {@link #nominal}.
   */
  public static OptionalDouble multiValued(List<? extends List<? extends Set<String>>> units) {
    List<List<List<String>>> pairable = new ArrayList<>();
    Map<List<String>, Integer> valueCounts = new LinkedHashMap<>();
    for (List<? extends Set<String>> unit : units) {
      List<List<String>> values =
          unit.stream()
              .filter(Objects::nonNull)
              .map(set -> List.copyOf(new TreeSet<>(set)))
              .toList();
      if (values.size() >= 2) {
        pairable.add(values);
        values.forEach(value -> valueCounts.merge(value, 1, Integer::sum));
      }
    }
    int n = valueCounts.values().stream().mapToInt(Integer::intValue).sum();
    if (n == 0) {
      return OptionalDouble.empty();
    }
    double expected = MultiValuedExpectation.disagreement(valueCounts, n);
    if (expected <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(1 - observed(pairable, n) / expected);
  }

  private static double observed(List<List<List<String>>> units, int n) {
    double sum = 0;
    for (List<List<String>> values : units) {
      int m = values.size();
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) {
          if (i != j) {
            sum += distance(values.get(i), values.get(j)) / (m - 1);
          }
        }
      }
    }
    return sum / n;
  }

  /** The nominal difference of two sets of values: 1 − 2|C ∩ K| / (|C| + |K|). */
  static double distance(List<String> c, List<String> k) {
    if (c.isEmpty() && k.isEmpty()) {
      return 0;
    }
    long shared = c.stream().filter(k::contains).count();
    return 1 - 2.0 * shared / (c.size() + k.size());
  }
}
