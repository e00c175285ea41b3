package nl.waardevol.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.waardevol.stance.Stance;
import org.junit.jupiter.api.Test;

class PredictionTest {
  private static final Map<String, String> LENS_OF_CODE =
      Map.of("luisteren", "houding", "rooster", "proces");

  private static Decision decision(String model, String outcome, double probability) {
    return new Decision(model, outcome, probability, List.of());
  }

  private static Prediction predicted(List<String> codes, Decision... decisions) {
    Map<String, Stance> stances =
        codes.stream()
            .collect(java.util.stream.Collectors.toMap(code -> code, code -> Stance.APPRECIATIVE));
    return Prediction.of(codes, Stance.APPRECIATIVE, stances, List.of(decisions), LENS_OF_CODE);
  }

  /**
   * The bug: a lens the model did not give lowered the row's confidence, though nothing of it is
   * counted, so the report set aside most passages for one lens it was unsure of leaving out.
   */
  @Test
  void aLensLeftOutDoesNotMakeTheCountedRowUnsure() {
    Prediction prediction =
        predicted(
            List.of("luisteren"),
            decision("lens:houding", "yes", 0.95),
            decision("lens:proces", "no", 0.55),
            decision("stance", "appreciative", 0.9),
            decision("stance:luisteren", "appreciative", 0.96));
    assertEquals(0.9, prediction.confidence(), 1e-9);
    assertEquals("lens:proces", prediction.weakest().model(), "review still asks about it");
  }

  @Test
  void aCountedCodeIsAsSureAsItsLensAndItsStanceTogether() {
    Prediction prediction =
        predicted(
            List.of("luisteren"),
            decision("lens:houding", "yes", 0.9),
            decision("stance", "appreciative", 0.95),
            decision("stance:luisteren", "appreciative", 0.9));
    assertEquals(0.81, prediction.confidence(), 1e-9);
    assertEquals(
        List.of("lens:houding", "stance:luisteren"),
        prediction.confidenceFrom(),
        "explain says which decisions set it");
  }

  @Test
  void aCodeGivenAgainstItsLensModelIsUnsure() {
    Prediction prediction =
        predicted(
            List.of("rooster"),
            decision("lens:proces", "no", 0.6),
            decision("stance", "appreciative", 0.95),
            decision("stance:rooster", "appreciative", 0.9));
    assertEquals(0.36, prediction.confidence(), 1e-9);
  }

  @Test
  void aRowWithoutCodesIsAsSureAsItsStance() {
    Prediction prediction =
        predicted(
            List.of(), decision("lens:houding", "no", 0.52), decision("stance", "deficit", 0.7));
    assertEquals(0.7, prediction.confidence(), 1e-9);
    assertEquals(List.of("stance"), prediction.confidenceFrom());
  }

  @Test
  void aRowTheRulesDecidedAloneIsSure() {
    assertEquals(1, predicted(List.of()).confidence(), 1e-9);
    assertEquals(List.of(), predicted(List.of()).confidenceFrom());
  }

  @Test
  void aCodesDecisionIsFoundByTheCodeNotByItsStanceOrLens() {
    Prediction prediction =
        predicted(
            List.of("luisteren"),
            decision("lens:houding", "yes", 0.9),
            decision("stance:luisteren", "appreciative", 0.9),
            decision("code:luisteren", "yes", 0.7));
    assertEquals(0.7, prediction.codeDecision("luisteren").orElseThrow().probability(), 1e-9);
    assertEquals(java.util.Optional.empty(), prediction.codeDecision("rooster"));
    assertEquals(java.util.Optional.empty(), prediction.decisions().get(1).code());
  }
}
