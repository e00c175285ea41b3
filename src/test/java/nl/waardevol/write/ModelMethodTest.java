package nl.waardevol.write;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.waardevol.aggregate.Aggregator;
import nl.waardevol.aggregate.Certainty;
import nl.waardevol.aggregate.QuotePrivacy;
import nl.waardevol.aggregate.Report;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.CodebookLoader;
import nl.waardevol.learn.ModelInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The method section names a cross-validated model with its figures, in both languages. */
class ModelMethodTest {
  @TempDir Path dir;

  private String markdown(Report report, String language) throws Exception {
    Path file = dir.resolve("report-" + language + ".md");
    try (Output out = Output.open(file.toString(), new PrintWriter(new StringWriter()))) {
      ReportFormat.MD.write(report, new ReportText(language), out);
      out.commit();
    }
    return Files.readString(file);
  }

  @Test
  void aCrossValidatedModelIsNamedWithItsAgreement() throws Exception {
    Codebook codebook = new CodebookLoader().load("src/test/resources/codebooks/mini.yaml");
    ModelInfo info =
        new ModelInfo(
            "mini",
            "0.1",
            codebook.hash(),
            "nl",
            Map.of(),
            2400,
            "0123456789ab",
            List.of("team-2025.csv", "ouders.qdpx"),
            List.of(),
            Map.of("lens.macro_f1", 0.912, "stance.accuracy", 0.884),
            0.8);
    Report report =
        new Aggregator(
                "test",
                codebook,
                List.of("region"),
                2,
                QuotePrivacy.VERBATIM,
                new Certainty(Optional.of(info), 0.8))
            .finish();

    String en = markdown(report, "en");
    assertTrue(
        en.contains(
            "- Model: coded by the rules of codebook mini 0.1 (sha256 "
                + codebook.hash()
                + ") with a model trained on 2,400 passages (data sha256 0123456789ab; from"
                + " team-2025.csv, ouders.qdpx), cross-validated lens macro-F1 0.91, stance"
                + " accuracy 0.88; counted as valued, hindered or wished from confidence 0.80 (the"
                + " model's threshold: from there on, what counted as valued was right at least"
                + " 90% of the time in cross-validation). No passage with a code and a stance lay"
                + " below it.\n"),
        en);
    assertTrue(en.contains("## To check\n\nNo passage with a code and a stance lay below"), en);
    String nl = markdown(report, "nl");
    assertTrue(
        nl.contains("gekruisvalideerd: lens-macro-F1 0,91, nauwkeurigheid van de toon 0,88;"), nl);
  }
}
