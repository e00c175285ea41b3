package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.waardevol.codebook.CodebookLoader;
import nl.waardevol.learn.Model;
import nl.waardevol.learn.ModelFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The models in the jar are what their committed training corpus gives: retraining reproduces their
 * bytes (the cross-validated figures recorded in them come from tools/train-default-models.sh,
 * which runs the 10 folds), and each fits the shipped codebook it is for.
 */
class ShippedModelTest {
  @TempDir Path dir;

  private static byte[] shipped(String codebook) throws IOException {
    try (InputStream in =
        ShippedModelTest.class.getResourceAsStream("/nl/waardevol/models/" + codebook + ".model")) {
      assertNotNull(in, "no shipped model for " + codebook + "; run tools/train-default-models.sh");
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"wio-nl", "ai-en"})
  void retrainingReproducesTheShippedBytes(String codebook) throws Exception {
    byte[] bytes = shipped(codebook);
    Model shipped = ModelFormat.read(new ByteArrayInputStream(bytes), codebook);
    Path retrained = dir.resolve(codebook + ".model");
    Run run =
        Run.of(
            "train",
            "training/" + codebook + ".csv",
            "--codebook",
            codebook,
            "-o",
            retrained.toString(),
            "--quiet");
    assertEquals(0, run.exit(), run.err());
    Model model =
        ModelFormat.read(Files.newInputStream(retrained), retrained.toString())
            .withFigures(shipped.info().figures(), shipped.info().minConfidence());
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    ModelFormat.write(model, again);
    assertArrayEquals(
        bytes,
        again.toByteArray(),
        "retrained "
            + codebook
            + " differs from the shipped model; run tools/train-default-models.sh");
  }

  @ParameterizedTest
  @ValueSource(strings = {"wio-nl", "ai-en"})
  void eachFitsTheShippedCodebookItIsFor(String codebook) throws Exception {
    Model shipped = ModelFormat.read(new ByteArrayInputStream(shipped(codebook)), codebook);
    assertEquals(
        new CodebookLoader().load(codebook).hash(),
        shipped.info().codebookHash(),
        "codebook "
            + codebook
            + " changed since its model was trained; run tools/train-default-models.sh");
  }
}
