package nl.waardevol.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AgreementWriterTest {
  @Test
  void bandsFollowTheValueAsPrintedToThreeDecimals() {
    assertEquals("tentative", AgreementWriter.band(2.0 / 3), "2/3 prints as 0.667");
    assertEquals("not reliable", AgreementWriter.band(0.6664));
    assertEquals("reliable", AgreementWriter.band(0.7996), "prints as 0.800");
    assertEquals("tentative", AgreementWriter.band(0.7994));
  }

  @Test
  void aThresholdIsMetByTheValueAsPrinted() {
    assertFalse(AgreementWriter.below(2.0 / 3, 0.667));
    assertTrue(AgreementWriter.below(0.6664, 0.667));
    assertFalse(AgreementWriter.below(0.8, 0.8));
  }
}
