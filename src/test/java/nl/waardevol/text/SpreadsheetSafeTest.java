package nl.waardevol.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "=SUM(A1)",
        "+31 6",
        "-5",
        "@x",
        "\tinspringen",
        "\rterug",
        "\nnieuwe regel",
        "'t was fijn",
        "'=SUM(A1)",
        "''",
        "'",
        "''t",
        "gewoon",
        ""
      })
  void aCellReadsBackAsWritten(String value) {
    assertEquals(value, SpreadsheetSafe.uncell(SpreadsheetSafe.cell(value)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"=SUM(A1)", "+31 6", "-5", "@x", "\tx", "\rx", "\nx", "'=x"})
  void aCellThatASpreadsheetWouldRunGetsAnApostrophe(String value) {
    assertEquals("'" + value, SpreadsheetSafe.cell(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"'t was fijn", "gewoon", "'", "3 kinderen"})
  void otherCellsStayAsTheyAre(String value) {
    assertEquals(value, SpreadsheetSafe.cell(value));
  }

  /** A table read back has its line breaks as \n, so a guarded \r comes back as \n. */
  @org.junit.jupiter.api.Test
  void aGuardedCarriageReturnIsRecognisedAfterLineEndsAreNormalised() {
    assertEquals("\nx", SpreadsheetSafe.uncell(SpreadsheetSafe.cell("\rx").replace('\r', '\n')));
  }
}
