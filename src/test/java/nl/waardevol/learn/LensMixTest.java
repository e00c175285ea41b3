package nl.waardevol.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LensMixTest {
  @Test
  void undecidedModelsAndNoNeighbourWithTheLensGiveTheLogisticOfTheBias() {
    // log-odds of 0.5 are 0, so only the bias is left: 1 / (1 + e^0.88)
    assertEquals(0.2932, LensMix.yes(0.5, 0.5, 0.0), 1e-4);
  }

  @Test
  void eachWitnessForTheLensMakesItLikelier() {
    double base = LensMix.yes(0.3, 0.3, 0.3);
    assertTrue(LensMix.yes(0.9, 0.3, 0.3) > base);
    assertTrue(LensMix.yes(0.3, 0.9, 0.3) > base);
    assertTrue(LensMix.yes(0.3, 0.3, 0.9) > base);
  }

  @Test
  void neighboursThatAllHadTheLensOutweighModelsThatAreUnsure() {
    assertTrue(LensMix.yes(0.2, 0.2, 1.0) >= LensMix.THRESHOLD);
    assertTrue(LensMix.yes(0.2, 0.2, 0.0) < LensMix.THRESHOLD);
  }

  @Test
  void aCodeTheRulesAloneDecideStaysFinite() {
    double yes = LensMix.yes(1.0, 1.0, 1.0);
    assertTrue(yes > 0.9 && yes < 1, "got " + yes);
    assertTrue(LensMix.yes(0.0, 0.0, 0.0) > 0);
  }

  @Test
  void withoutNeighboursTheLikelierModelDecides() {
    assertEquals(0.7, LensMix.yes(0.7, 0.2, null), 0);
    assertEquals(0.6, LensMix.yes(0.1, 0.6, null), 0);
  }
}
