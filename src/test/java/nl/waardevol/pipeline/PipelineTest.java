package nl.waardevol.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.code.DocumentStage;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.CodebookLoader;
import nl.waardevol.read.Document;
import nl.waardevol.read.Input;
import nl.waardevol.read.InputFiles;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.MetadataSheet;
import nl.waardevol.read.ReadOptions;
import nl.waardevol.read.StandardInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {
  private static Codebook codebook;

  @TempDir Path dir;
  private final List<String> warnings = new ArrayList<>();

  @BeforeAll
  static void load() throws Exception {
    codebook = new CodebookLoader().load("src/test/resources/codebooks/mini.yaml");
  }

  private Path transcript(String name, String id, String region, String body) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(
        file, "---\nid: " + id + "\nregion: " + region + "\n---\n" + body, StandardCharsets.UTF_8);
    return file;
  }

  private Pipeline pipeline(int threads, boolean strict, MetadataSheet sheet) {
    return new Pipeline(
        codebook,
        Set.of(),
        sheet,
        ReadOptions.DEFAULTS,
        new StandardInput(new ByteArrayInputStream(new byte[0])),
        warnings::add,
        strict,
        threads,
        (input, found, sink) -> {
          throw new InputProblem(input.display(), 0, "no projects in this test");
        },
        null);
  }

  private List<Input> inputs() throws InputProblem {
    return InputFiles.expand(List.of(dir.toString()), List.of());
  }

  private static List<String> run(Pipeline pipeline, List<Input> inputs) throws Exception {
    List<String> passages = new ArrayList<>();
    pipeline.run(
        inputs,
        passage -> passages.add(passage.docId() + "#" + passage.passage() + passage.codes()));
    return passages;
  }

  @Test
  void passagesComeInInputOrderWhateverTheNumberOfThreads() throws Exception {
    for (int i = 0; i < 12; i++) {
      transcript(
          String.format("t%02d.md", i),
          "doc" + i,
          "Emmen",
          "I: Wat werkte?\nR: Er was rust.\n\nI: En verder?\nR: We zaten rond de tafel.\n");
    }
    List<String> one = run(pipeline(1, false, null), inputs());
    assertEquals(24, one.size());
    assertEquals("doc0#1[tijd]", one.get(0));
    assertEquals("doc0#2[samenwerking]", one.get(1));
    assertEquals("doc11#2[samenwerking]", one.get(23));
    assertEquals(one, run(pipeline(4, false, null), inputs()));
  }

  @Test
  void anUnreadableFileIsSkippedWithAWarningOrStopsAStrictRun() throws Exception {
    transcript("a.md", "a", "Emmen", "R: Er was rust.\n");
    Files.writeString(dir.resolve("b.md"), "");
    Pipeline.Summary summary = pipeline(2, false, null).run(inputs(), passage -> {});
    assertEquals(new Pipeline.Summary(1, 1, 1), summary);
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(
        warnings
            .get(0)
            .endsWith("is empty; add the transcript text or leave the file out (skipped)"),
        warnings.get(0));

    InputProblem problem =
        assertThrows(
            InputProblem.class, () -> pipeline(2, true, null).run(inputs(), passage -> {}));
    assertTrue(problem.getMessage().contains("b.md"), problem.getMessage());
  }

  @Test
  void aSecondDocumentWithTheSameIdIsSkipped() throws Exception {
    transcript("a.md", "same", "Emmen", "R: Er was rust.\n");
    transcript("b.md", "same", "Tilburg", "R: Rond de tafel.\n");
    List<String> passages = run(pipeline(2, false, null), inputs());
    assertEquals(List.of("same#1[tijd]"), passages);
    assertTrue(warnings.get(0).contains("same"), warnings.toString());
  }

  @Test
  void aCodedTableGoesStraightToTheSinkWithItsCodesAsWritten() throws Exception {
    transcript("a.md", "a", "Emmen", "R: Er was rust.\n");
    Files.writeString(
        dir.resolve("coded.csv"),
        "doc_id,region,passage,valence,codes,text\nz,Tilburg,1,appreciative,luisteren,Rust.\n");
    assertEquals(List.of("a#1[tijd]", "z#1[luisteren]"), run(pipeline(2, false, null), inputs()));
  }

  @Test
  void aRewriteComesBeforeSegmentingSoOffsetsPointIntoTheRewrittenText() throws Exception {
    transcript("a.md", "a", "Emmen", "Lotte vond rust.\n");
    List<CodedPassage> passages = new ArrayList<>();
    List<Document> rewritten = new ArrayList<>();
    pipeline(1, false, null)
        .run(
            inputs(),
            (document, speakers, interviewers) -> {
              Document copy =
                  new Document(
                      document.id(),
                      document.source(),
                      document.metadata(),
                      document.text().replace("Lotte", "[NAAM-1]"),
                      document.bodyLine(),
                      document.origin());
              rewritten.add(copy);
              return copy;
            },
            DocumentStage.NONE,
            passages::add,
            Pipeline.DocumentSink.NONE);
    CodedPassage passage = passages.get(0);
    assertEquals("[NAAM-1] vond rust.", passage.text());
    assertEquals(passage.text(), rewritten.get(0).text().substring(passage.start(), passage.end()));
  }

  @Test
  void rewriteReadsAppliesTheSheetAndHandsOverEachDocumentWithItsLabels() throws Exception {
    Path input = transcript("a.md", "a", "Emmen", "Interviewer: Wat werkte?\nSanne: Rust.\n");
    Path sheetFile = Files.writeString(dir.resolve("sheet.csv"), "id,role\na,ouder\n");
    MetadataSheet sheet = MetadataSheet.read(sheetFile);
    List<String> result =
        pipeline(1, false, sheet)
            .rewrite(
                new Input(input, input.toString(), Input.Kind.TRANSCRIPT),
                (document, speakers, interviewers) ->
                    document.metadata("role") + " " + speakers + " " + interviewers);
    assertEquals(List.of("ouder [Interviewer, Sanne] [Interviewer]"), result);
  }

  @Test
  void metadataKeysAreTheInputsKeysBeyondTheFixedColumns() throws Exception {
    Path file = dir.resolve("a.md");
    Files.writeString(file, "---\nid: a\nregion: Emmen\nschool: De Linde\n---\nR: Rust.\n");
    assertEquals(List.of("school"), pipeline(1, false, null).metadataKeys(inputs()));
  }

  /**
   * The bug: review coded every passage a second time for the model's decisions, which the pipeline
   * had made already; now it hands them over with each passage it coded.
   */
  @Test
  void aSinkGetsTheModelsPredictionOfEachPassageThePipelineCoded() throws Exception {
    Codebook wio = new CodebookLoader().loadShipped("wio-nl");
    nl.waardevol.learn.Model model;
    try (var in = Pipeline.class.getResourceAsStream("/nl/waardevol/models/wio-nl.model")) {
      model = nl.waardevol.learn.ModelFormat.read(in, "the shipped model");
    }
    transcript(
        "a.md",
        "a",
        "Emmen",
        "I: Wat hielp?\nR: De juf belde elke vrijdag op.\n\nI: En verder?\nR: De wachtlijst was lang.\n");
    Pipeline pipeline =
        new Pipeline(
            wio,
            Set.of(),
            null,
            ReadOptions.DEFAULTS,
            new StandardInput(new ByteArrayInputStream(new byte[0])),
            warnings::add,
            false,
            1,
            (input, found, sink) -> {},
            model);
    List<String> handed = new ArrayList<>();
    pipeline.run(
        inputs(),
        new nl.waardevol.code.PassageSink() {
          @Override
          public void accept(CodedPassage passage) {
            handed.add("without a prediction");
          }

          @Override
          public void accept(CodedPassage passage, nl.waardevol.learn.Prediction prediction) {
            handed.add(
                passage.passage() + ": " + (prediction.confidence() == passage.confidence()));
          }
        });
    assertEquals(List.of("1: true", "2: true"), handed);
  }
}
