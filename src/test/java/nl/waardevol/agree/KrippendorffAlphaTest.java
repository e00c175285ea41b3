package nl.waardevol.agree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Alpha against the worked examples published with it, to the third decimal.
 *
 * <p>Nominal: K. Krippendorff (2011), Computing Krippendorff's Alpha-Reliability, Annenberg School
 * for Communication, University of Pennsylvania (repository.upenn.edu/asc_papers/43), examples A
 * (binary, two observers: α = 0.095), B (nominal, two observers: α = 0.692) and C (nominal, four
 * observers, missing data: α = 0.743); and the computational example of the Wikipedia article
 * "Krippendorff's alpha" (three coders, fifteen units: nominal α = 0.691).
 *
 * <p>Multi-valued: K. Krippendorff and R. Craggs (2016), The Reliability of Multi-Valued Coding of
 * Data, Communication Methods and Measures 10(4): 181-198, the data of its tables 3, 8 and 9; the
 * expected values are those the paper's examples give in the R package mvalpha
 * (github.com/therealcfdrake/mvalpha), which reproduces them.
 */
class KrippendorffAlphaTest {
  private static final double THIRD_DECIMAL = 0.0005;

  /** Reliability data written observer by observer, as the sources print them; "." is missing. */
  private static List<List<String>> units(String... observers) {
    List<String[]> rows = Arrays.stream(observers).map(row -> row.trim().split("\\s+")).toList();
    List<List<String>> units = new ArrayList<>();
    for (int unit = 0; unit < rows.get(0).length; unit++) {
      List<String> values = new ArrayList<>();
      for (String[] row : rows) {
        values.add(row[unit].equals(".") ? null : row[unit]);
      }
      units.add(values);
    }
    return units;
  }

  @Test
  void krippendorff2011ExampleABinaryTwoObservers() {
    var data = units("0 1 0 0 0 0 0 0 1 0", "1 1 1 0 0 1 0 0 0 0");
    assertEquals(0.095, KrippendorffAlpha.nominal(data).getAsDouble(), THIRD_DECIMAL);
  }

  @Test
  void krippendorff2011ExampleBNominalTwoObservers() {
    var data = units("a a b b d c c c e d d a", "b a b b b c c c e d d d");
    assertEquals(0.692, KrippendorffAlpha.nominal(data).getAsDouble(), THIRD_DECIMAL);
  }

  private static final String[] EXAMPLE_C = {
    "1 2 3 3 2 1 4 1 2 . . .",
    "1 2 3 3 2 2 4 1 2 5 . 3",
    ". 3 3 3 2 3 4 2 2 5 1 .",
    "1 2 3 3 2 4 4 1 2 5 1 ."
  };

  @Test
  void krippendorff2011ExampleCNominalFourObserversMissingData() {
    assertEquals(0.743, KrippendorffAlpha.nominal(units(EXAMPLE_C)).getAsDouble(), THIRD_DECIMAL);
  }

  @Test
  void wikipediaComputationalExample() {
    var data =
        units(
            ". . . . . 3 4 1 2 1 1 3 3 . 3",
            "1 . 2 1 3 3 4 3 . . . . . . .",
            ". . 2 1 3 4 4 . 2 1 1 3 3 . 4");
    assertEquals(0.691, KrippendorffAlpha.nominal(data).getAsDouble(), THIRD_DECIMAL);
  }

  @Test
  void binaryAlphaOfATwoByTwoTableEqualsTheGeneralComputation() {
    // Example A as counts: both 1, only the first observer 1, only the second 3, neither 5.
    assertEquals(0.095, new ContingencyTable(1, 1, 3, 5).alpha().getAsDouble(), THIRD_DECIMAL);
  }

  private static Set<String> set(String values) {
    return values.equals("{}") ? Set.of() : Set.of(values.split(","));
  }

  /**
   * Multi-valued data unit by unit, coders separated by '|'; "." is missing, "{}" the empty set.
   */
  private static List<List<Set<String>>> sets(String... units) {
    List<List<Set<String>>> result = new ArrayList<>();
    for (String unit : units) {
      List<Set<String>> values = new ArrayList<>();
      for (String value : unit.split("\\|")) {
        values.add(value.strip().equals(".") ? null : set(value.strip()));
      }
      result.add(values);
    }
    return result;
  }

  @Test
  void krippendorffCraggs2016Table3() {
    var data = sets("b,d | d | .", "a,b,d | b | b,d", "{} | a | a", "a | . | .");
    assertEquals(0.2866, KrippendorffAlpha.multiValued(data).getAsDouble(), 0.00005);
  }

  @Test
  void krippendorffCraggs2016Tables8And9() {
    assertEquals(0.947, mv("a | a | a", "a,b,d | a,b,d | a,b,d,e", "d | d | d"), THIRD_DECIMAL);
    assertEquals(0.923, mv("a | a | a", "a,b | a,b | a,b,d", "d | d | d"), THIRD_DECIMAL);
    assertEquals(0.895, mv("a | a | a", "b | b | b,d", "d | d | d"), THIRD_DECIMAL);
    assertEquals(0.716, mv("a | a | a", "a,b | a,d | d,b", "d | d | d"), THIRD_DECIMAL);
    assertEquals(0.554, mv("a | a | a", "a,b | e,d | f", "d | d | d"), THIRD_DECIMAL);
    assertEquals(-0.002, mv("a | b | a,b", "a,b | e,d | f", "b,d | d | b,e"), THIRD_DECIMAL);
  }

  private static double mv(String... units) {
    return KrippendorffAlpha.multiValued(sets(units)).getAsDouble();
  }

  @Test
  void multiValuedAlphaOfSingleValuesIsNominalAlpha() {
    List<List<Set<String>>> singletons =
        units(EXAMPLE_C).stream()
            .map(unit -> unit.stream().map(value -> value == null ? null : Set.of(value)).toList())
            .toList();
    assertEquals(0.743, KrippendorffAlpha.multiValued(singletons).getAsDouble(), THIRD_DECIMAL);
  }

  @Test
  void perfectAgreementIsOne() {
    assertEquals(1.0, mv("a,b | a,b", "{} | {}", "c | c"), 1e-12);
    assertEquals(1.0, KrippendorffAlpha.nominal(units("a b a", "a b a")).getAsDouble(), 1e-12);
  }

  @Test
  void notDefinedWithoutVariationOrPairs() {
    assertTrue(KrippendorffAlpha.nominal(units("a a a", "a a a")).isEmpty(), "one value only");
    assertTrue(KrippendorffAlpha.nominal(units("a . b", ". b .")).isEmpty(), "no unit coded twice");
    assertTrue(
        KrippendorffAlpha.multiValued(sets("{} | {}", "{} | {}")).isEmpty(),
        "nobody coded anything");
    assertTrue(KrippendorffAlpha.multiValued(List.of()).isEmpty(), "no data");
    assertTrue(new ContingencyTable(0, 0, 0, 12).alpha().isEmpty(), "a code nobody used");
  }
}
