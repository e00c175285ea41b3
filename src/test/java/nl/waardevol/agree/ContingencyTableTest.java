package nl.waardevol.agree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContingencyTableTest {
  @Test
  void precisionRecallAndF1TakeTheHumanAsReference() {
    // 8 passages both coded, 2 only the human, 4 only the automatic coder, 86 neither.
    ContingencyTable table = new ContingencyTable(8, 2, 4, 86);
    assertEquals(8.0 / 12, table.precision().getAsDouble(), 1e-12);
    assertEquals(8.0 / 10, table.recall().getAsDouble(), 1e-12);
    assertEquals(16.0 / 22, table.f1().getAsDouble(), 1e-12);
    assertEquals(94.0 / 100, table.agreement().getAsDouble(), 1e-12);
  }

  @Test
  void countsPassageByPassage() {
    ContingencyTable table =
        ContingencyTable.EMPTY
            .add(true, true)
            .add(true, false)
            .add(false, true)
            .add(false, false)
            .add(false, false);
    assertEquals(new ContingencyTable(1, 1, 1, 2), table);
    assertEquals(5, table.total());
  }

  @Test
  void aCodeNobodyUsedHasNoMeasuresButFullAgreement() {
    ContingencyTable table = new ContingencyTable(0, 0, 0, 40);
    assertTrue(table.precision().isEmpty());
    assertTrue(table.recall().isEmpty());
    assertTrue(table.f1().isEmpty());
    assertTrue(table.kappa().isEmpty());
    assertTrue(table.alpha().isEmpty());
    assertEquals(1.0, table.agreement().getAsDouble());
  }

  @Test
  void aCodeOnlyTheHumanUsedHasRecallZeroAndNoPrecision() {
    ContingencyTable table = new ContingencyTable(0, 3, 0, 37);
    assertTrue(table.precision().isEmpty());
    assertEquals(0.0, table.recall().getAsDouble());
    assertEquals(0.0, table.f1().getAsDouble());
    assertEquals(0.0, table.kappa().getAsDouble(), 1e-12);
  }
}
