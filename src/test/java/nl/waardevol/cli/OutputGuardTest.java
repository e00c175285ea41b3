package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No command writes its output over one of its inputs: it refuses, and the input is left as it was.
 */
class OutputGuardTest {
  @TempDir Path dir;

  private static final String TABLE =
      "doc_id,region,role,passage,valence,codes,text\na,Tilburg,ouder,1,appreciative,tijd,De rust.\n";

  private void assertRefused(Path input, String option, String output, String... args)
      throws IOException {
    String before = Files.readString(input);
    Run run = Run.of(args);
    assertEquals(2, run.exit(), run.err());
    assertEquals(
        "waardevol: "
            + option
            + " "
            + output
            + " is one of the inputs; write the output elsewhere\n",
        run.err());
    assertEquals(before, Files.readString(input), "the input is untouched");
  }

  @Test
  void reportAndCodeRefuseToReplaceTheirTable() throws IOException {
    Path table = Fixtures.write(dir, "self.csv", TABLE);
    String name = table.toString();
    assertRefused(table, "-o", name, "report", "--codebook", Fixtures.MINI, name, "-o", name);
    assertRefused(table, "-o", name, "code", "--codebook", Fixtures.MINI, name, "-o", name);
    assertRefused(table, "-o", name, "inspect", name, "-o", name);
    assertRefused(table, "-o", name, "kwic", "rust", name, "-o", name);
    assertRefused(
        table,
        "-o",
        name,
        "agree",
        "--gold",
        name,
        "--auto",
        name,
        "--codebook",
        Fixtures.MINI,
        "-o",
        name);
  }

  @Test
  void aTranscriptFoundInAnInputDirectoryIsAnInputToo() throws IOException {
    Path transcript =
        Fixtures.write(
            dir,
            "interviews/a.md",
            Fixtures.transcript("a", "Tilburg", "ouder", "R: De rust was fijn.\n"));
    String output = transcript.toString();
    assertRefused(
        transcript,
        "-o",
        output,
        "report",
        "--codebook",
        Fixtures.MINI,
        dir.resolve("interviews").toString(),
        "-o",
        output);
  }

  @Test
  void anotherNameForTheSameFileIsRefused() throws IOException {
    Path table = Fixtures.write(dir, "c2.csv", TABLE);
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), table);
    assertRefused(
        table,
        "-o",
        link.toString(),
        "code",
        "--codebook",
        Fixtures.MINI,
        table.toString(),
        "-o",
        link.toString());
  }

  @Test
  void theCodebookAndTheMetadataSheetAreInputs() throws IOException {
    Path transcript =
        Fixtures.write(
            dir, "a.md", Fixtures.transcript("a", "Tilburg", "ouder", "R: De rust was fijn.\n"));
    Path sheet = Fixtures.write(dir, "meta.csv", "id,region\na,Emmen\n");
    Path book = Fixtures.write(dir, "book.yaml", Files.readString(Path.of(Fixtures.MINI)));
    assertRefused(
        sheet,
        "-o",
        sheet.toString(),
        "code",
        "--codebook",
        Fixtures.MINI,
        "--meta",
        sheet.toString(),
        transcript.toString(),
        "-o",
        sheet.toString());
    assertRefused(
        book, "-o", book.toString(), "codebook", "export", book.toString(), "-o", book.toString());
    assertRefused(
        book,
        "--junit",
        book.toString(),
        "codebook",
        "test",
        book.toString(),
        "--junit",
        book.toString());
  }

  @Test
  void importsRefuseToReplaceTheProject() throws IOException {
    Path qdc = Fixtures.write(dir, "book.qdc", "<CodeBook/>");
    assertRefused(
        qdc, "-o", qdc.toString(), "codebook", "import", qdc.toString(), "-o", qdc.toString());
    Path project = Fixtures.write(dir, "p.qdpx", "not really a project");
    assertRefused(
        project, "-o", project.toString(), "import", project.toString(), "-o", project.toString());
  }

  @Test
  void aRunWithNoFileToNameSaysWaardevolOnce() throws IOException {
    Path transcript =
        Fixtures.write(
            dir, "a.md", Fixtures.transcript("a", "Tilburg", "ouder", "R: De rust was fijn.\n"));
    Run run = Run.of("code", "--threads", "0", transcript.toString());
    assertEquals(2, run.exit());
    assertEquals("waardevol: --threads must be 1 or more, not 0\n", run.err());
    Run explain =
        Run.of("explain", "--codebook", Fixtures.MINI, "--doc", "b", transcript.toString());
    assertEquals(2, explain.exit());
    assertEquals(
        "waardevol: no document 'b' in the input; check the id with 'waardevol code'\n",
        explain.err());
  }
}
