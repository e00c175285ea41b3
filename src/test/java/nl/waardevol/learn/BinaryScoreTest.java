package nl.waardevol.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BinaryScoreTest {
  /** Cohen's own kind of example, as in most textbooks: 20, 5, 10, 15 of 50 gives κ = 0.4. */
  @Test
  void kappaMatchesTheTextbookValue() {
    BinaryScore score = new BinaryScore(20, 5, 10, 15);
    assertEquals(0.4, score.kappa(), 1e-12);
    assertEquals(0.8, score.precision(), 1e-12);
    assertEquals(2.0 / 3, score.recall(), 1e-12);
    assertEquals(40.0 / 55, score.f1(), 1e-12);
  }

  @Test
  void addingPairsFillsTheRightCells() {
    BinaryScore score =
        BinaryScore.EMPTY.add(true, true).add(false, true).add(true, false).add(false, false);
    assertEquals(new BinaryScore(1, 1, 1, 1), score);
    assertEquals(0, score.kappa(), 1e-12);
  }

  @Test
  void figuresWithoutADenominatorAreUndefined() {
    assertTrue(Double.isNaN(BinaryScore.EMPTY.precision()));
    assertTrue(Double.isNaN(BinaryScore.EMPTY.kappa()));
    assertTrue(Double.isNaN(new BinaryScore(0, 0, 0, 5).kappa()));
  }
}
