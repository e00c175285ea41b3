package nl.waardevol.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import nl.waardevol.stance.Stance;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
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
      Observation observation = appreciative(listens ? "luisteren" : "overleg", "goed", "w" + i);
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

  /** A parent's passage of one appreciative clause with these lemmas, as the rules saw it. */
  static Observation appreciative(String... lemmas) {
    return new Observation(
        List.of(
            new Observation.Clause(
                java.util.Arrays.stream(lemmas).map(l -> new Observation.Word(l, false)).toList(),
                Stance.APPRECIATIVE)),
        List.of(),
        "ouder",
        Stance.NEUTRAL,
        Stance.APPRECIATIVE,
        Map.of(),
        List.of());
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
    Observation listening = appreciative("luisteren");
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

  @Test
  void aModelOfTheOldFormatIsRefusedWithWhatToDo() throws IOException {
    ByteArrayOutputStream old = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(old))) {
      out.writeUTF("waardevol model");
      out.writeInt(1);
    }
    ModelProblem problem =
        assertThrows(
            ModelProblem.class,
            () -> ModelFormat.read(new ByteArrayInputStream(old.toByteArray()), "old.model"));
    assertEquals(
        "old.model is a model of format 1, which this waardevol cannot read;"
            + " train it again with this version",
        problem.getMessage());
  }

  @Test
  void negligibleWeightsAreLeftOutAndAYesNoPartKeepsYesLessNo() {
    AbstractModel yesNo =
        new QNModel(
            new Context[] {
              new Context(new int[] {0, 1}, new double[] {0.1, -0.1}),
              new Context(new int[] {0, 1}, new double[] {2e-5, -3e-5}),
              new Context(new int[] {0, 1}, new double[] {1.5, 4e-5})
            },
            new String[] {"a", "tiny", "z"},
            new String[] {Model.NO, Model.YES});
    AbstractModel stance =
        new QNModel(
            new Context[] {new Context(new int[] {0, 1, 2}, new double[] {0.3, 5e-5, -0.7})},
            new String[] {"b"},
            new String[] {"APPRECIATIVE", "DEFICIT", "NEUTRAL"});
    Map<String, AbstractModel> fitted = new LinkedHashMap<>();
    fitted.put("lens:houding", yesNo);
    fitted.put("stance", stance);

    Weights weights = Weights.of(fitted);

    assertEquals(List.of("a", "b", "z"), List.of(weights.dictionary()));
    Weights.Part lens = weights.parts().get("lens:houding");
    assertArrayEquals(new int[] {0, 2}, lens.features());
    assertArrayEquals(new float[] {(float) -0.2, (float) (4e-5 - 1.5)}, lens.weights());
    assertArrayEquals(new double[] {(float) 0.2, (float) -0.2}, lens.of(0));
    Weights.Part stances = weights.parts().get("stance");
    assertArrayEquals(new double[] {(float) 0.3, 0, (float) -0.7}, stances.of(1));
    Scorer scorer = new Scorer(weights);
    double[] sums = scorer.sums(scorer.ids(new String[] {"a", "b", "z"}));
    assertEquals(yesNo.eval(new String[] {"a", "z"})[1], scorer.yes(0, sums), 1e-4);
    assertArrayEquals(stance.eval(new String[] {"b"}), scorer.probabilities(1, sums), 1e-4);
  }
}
