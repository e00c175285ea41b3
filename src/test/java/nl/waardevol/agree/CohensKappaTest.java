package nl.waardevol.agree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Kappa against textbook examples, to the third decimal: the worked examples of the Wikipedia
 * article "Cohen's kappa" (fifty grant proposals read by two readers: κ = 0.4; and the two tables
 * of its section "Same percentages but different numbers": κ = 0.1304 and κ = 0.2593). The formula
 * is J. Cohen's (1960), A Coefficient of Agreement for Nominal Scales, Educational and
 * Psychological Measurement 20(1): 37-46.
 */
class CohensKappaTest {
  private static final double THIRD_DECIMAL = 0.0005;

  @Test
  void wikipediaGrantProposals() {
    assertEquals(
        0.4, CohensKappa.of(new long[][] {{20, 5}, {10, 15}}).getAsDouble(), THIRD_DECIMAL);
  }

  @Test
  void wikipediaSamePercentagesDifferentNumbers() {
    assertEquals(0.1304, CohensKappa.of(new long[][] {{45, 15}, {25, 15}}).getAsDouble(), 0.00005);
    assertEquals(0.2593, CohensKappa.of(new long[][] {{25, 35}, {5, 35}}).getAsDouble(), 0.00005);
  }

  @Test
  void aCodeTableUsesTheSameFormula() {
    // Rows: the human gave the code or not; columns: the automatic coder did or not.
    assertEquals(0.4, new ContingencyTable(20, 5, 10, 15).kappa().getAsDouble(), THIRD_DECIMAL);
  }

  @Test
  void notDefinedWhenChanceAloneAgreesFully() {
    assertTrue(CohensKappa.of(new long[][] {{0, 0}, {0, 30}}).isEmpty(), "nobody used the code");
    assertTrue(CohensKappa.of(new long[][] {{30, 0}, {0, 0}}).isEmpty(), "both used it everywhere");
    assertTrue(CohensKappa.of(new long[][] {{0, 0}, {0, 0}}).isEmpty(), "no units");
  }
}
