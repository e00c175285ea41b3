package nl.waardevol.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.waardevol.stance.Stance;
import org.junit.jupiter.api.Test;

class ModelFormatTest {
  private static final Map<String, String> LENSES = new LinkedHashMap<>();

  static {
    LENSES.put("luisteren", "houding");
    LENSES.put("samenwerking", "proces");
  }

  private static Model trained() {
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      boolean listens = i % 2 == 0;
      Observation observation =
          new Observation(
              List.of(
                  new Observation.Clause(
                      List.of(
                          new Observation.Word(listens ? "luisteren" : "overleg", false),
                          new Observation.Word("goed", false),
                          new Observation.Word("w" + i, false)),
                      Stance.APPRECIATIVE)),
              List.of(),
              "ouder",
              Stance.NEUTRAL,
              Stance.APPRECIATIVE,
              Map.of(),
              List.of());
      String code = listens ? "luisteren" : "samenwerking";
      examples.add(
          new Example(
              "doc-" + i,
              observation,
              List.of(code),
              Stance.APPRECIATIVE,
              Map.of(code, Stance.APPRECIATIVE),
              1));
    }
    ModelInfo blank =
        new ModelInfo(
            "mini", "1.0", "abc", "nl", LENSES, 0, "", List.of("t.csv"), List.of(), Map.of(), 0.5);
    return new Trainer(blank).train(examples);
  }

  private static byte[] bytes(Model model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelFormat.write(model, out);
    return out.toByteArray();
  }

  @Test
  void aModelReadBackWritesTheSameBytesAndPredictsTheSame() throws Exception {
    Model model = trained();
    byte[] written = bytes(model);
    Model read = ModelFormat.read(new ByteArrayInputStream(written), "m.model");
    assertArrayEquals(written, bytes(read));
    assertEquals(model.info(), read.info());
    Observation listening =
        new Observation(
            List.of(
                new Observation.Clause(
                    List.of(new Observation.Word("luisteren", false)), Stance.APPRECIATIVE)),
            List.of(),
            "ouder",
            Stance.NEUTRAL,
            Stance.APPRECIATIVE,
            Map.of(),
            List.of());
    assertEquals(model.predict(listening), read.predict(listening));
    assertEquals(List.of("luisteren"), read.predict(listening).codes());
  }

  @Test
  void theRecordNamesCodebookDataAndWhatHadTooFewExamples() {
    ModelInfo info = trained().info();
    assertEquals("mini 1.0 (sha256 abc)", info.codebook());
    assertEquals(24, info.trainingPassages());
    assertEquals(12, info.trainingHash().length());
    assertEquals(List.of(), info.untrained());
  }

  @Test
  void bytesThatAreNoModelAreRefusedWithTheirName() {
    ModelProblem problem =
        assertThrows(
            ModelProblem.class,
            () -> ModelFormat.read(new ByteArrayInputStream("no model".getBytes()), "x.bin"));
    assertTrue(problem.getMessage().startsWith("x.bin is not a waardevol model"));
  }
}
