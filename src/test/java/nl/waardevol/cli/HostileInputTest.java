package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input made to crash, hang or exhaust a run: each ends in a clear message, and a batch keeps its
 * good files. The timeouts are hang guards, not measurements (bench/ measures speed).
 */
class HostileInputTest {
  private static final Duration HANG = Duration.ofSeconds(60);

  @TempDir Path dir;

  private static final String GOOD =
      Fixtures.transcript("good", "Tilburg", "ouder", "I: Wat hielp?\nR: De rust was fijn.\n");

  private static Run run(String... args) {
    return assertTimeoutPreemptively(HANG, () -> Run.of(args));
  }

  private static void assertNoStackTrace(Run run) {
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.err().contains("Error"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void aPassageOfTensOfThousandsOfWordsIsCutWithAWarningNamingTheDocument() throws IOException {
    Fixtures.write(
        dir,
        "endless.md",
        Fixtures.transcript("endless", "Emmen", "ouder", "R: " + "fijn ".repeat(100_000)));
    Run run = run("code", "--codebook", Fixtures.MINI, dir.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.err()
            .contains(
                "endless.md: 1 passage runs past 3000 words without a sentence end, and was cut"),
        run.err());
    assertEquals(1 + 34, run.out().strip().split("\n").length, "34 passages of at most 3000 words");
  }

  @Test
  void aRegexTermThatBacktracksExponentiallyRunsInLinearTime() throws IOException {
    Path codebook =
        Fixtures.write(
            dir,
            "book.yaml",
            "id: t\nversion: '1'\nlanguage: nl\ncategories:\n  - id: proces\n    codes:\n"
                + "      - id: a\n        include: ['re:(.*a){25}$']\n");
    Path corpus = dir.resolve("corpus");
    Fixtures.write(
        corpus,
        "a.md",
        Fixtures.transcript("a", "Emmen", "ouder", "R: " + "a".repeat(2000) + "b\n"));
    Run code = run("code", "--codebook", codebook.toString(), corpus.toString());
    assertEquals(0, code.exit(), code.err());
    Run kwic = run("kwic", "re:(.*a){25}$", "--codebook", codebook.toString(), corpus.toString());
    assertEquals(0, kwic.exit(), kwic.err());
  }

  @Test
  void tooManyThreadsAreBoundedToAFewPerCore() {
    Fixtures.write(dir, "good.md", GOOD);
    int most = 4 * Runtime.getRuntime().availableProcessors();
    Run run = run("code", "--threads", "100000", "--codebook", Fixtures.MINI, dir.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.err().contains("--threads 100000 is more than 4 per core (")
            && run.err().contains("here); using " + most),
        run.err());
    assertTrue(run.out().contains("good,Tilburg,ouder,1,R,"), run.out());
  }

  private static final int DEEP = 100_000;

  private static final String W =
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

  /** A zip archive of the given parts, each written as UTF-8 text. */
  private Path zip(String name, String... namesAndTexts) throws IOException {
    Path file = dir.resolve(name);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < namesAndTexts.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
        zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  private static String nested(String open, String inner, String close) {
    return open.repeat(DEEP) + inner + close.repeat(DEEP);
  }

  private static String project(String inside) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\">"
        + inside
        + "</Project>";
  }

  /** A batch of the good transcript and one hostile file gives one line naming that file. */
  private Run batchWith(Path hostile, String... before) {
    Fixtures.write(dir, "good.md", GOOD);
    List<String> args = new ArrayList<>(List.of(before));
    args.addAll(List.of("--codebook", Fixtures.MINI, dir.resolve("good.md").toString()));
    args.add(hostile.toString());
    return run(args.toArray(String[]::new));
  }

  private static void assertSkipped(Run run, String file, String message) {
    assertEquals(3, run.exit(), run.err());
    String[] lines = run.err().strip().split("\n");
    assertEquals(1, lines.length, run.err());
    assertTrue(lines[0].contains(file + ": " + message), run.err());
    assertTrue(lines[0].endsWith("(skipped)"), run.err());
    assertNoStackTrace(run);
  }

  @Test
  void deeplyNestedWordAndOpenDocumentFilesAreSkippedAndTheBatchGoesOn() throws IOException {
    Path docx =
        zip(
            "deep.docx",
            "word/document.xml",
            "<w:document "
                + W
                + "><w:body>"
                + nested("<w:sdt>", "<w:p><w:r><w:t>hallo</w:t></w:r></w:p>", "</w:sdt>")
                + "</w:body></w:document>");
    Run word = batchWith(docx, "code");
    assertSkipped(word, "deep.docx", "nests XML elements more than 200 deep");
    assertTrue(word.out().contains("good,Tilburg,ouder,1,R,"), "the good file is still coded");
    Path odt =
        zip(
            "deep.odt",
            "content.xml",
            "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                + nested("<text:section>", "<text:p>hallo</text:p>", "</text:section>")
                + "</office:text></office:body></office:document-content>");
    assertSkipped(batchWith(odt, "code"), "deep.odt", "nests XML elements more than 200 deep");
  }

  @Test
  void aDeeplyNestedProjectOrCodebookIsRefusedWithAMessage() throws IOException {
    Path qdpx =
        zip(
            "deep.qdpx",
            "project.qde",
            project(
                "<CodeBook><Codes>"
                    + nested("<Code guid=\"g\" name=\"a\">", "", "</Code>")
                    + "</Codes></CodeBook>"));
    assertSkipped(
        batchWith(qdpx, "code"),
        "deep.qdpx:project.qde:2",
        "nests XML elements more than 200 deep, as no REFI-QDA file does");
    Path qdc = dir.resolve("deep.qdc");
    Files.writeString(
        qdc,
        "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
            + nested("<Code guid=\"g\" name=\"a\">", "", "</Code>")
            + "</Codes></CodeBook>");
    Run imported =
        run("codebook", "import", qdc.toString(), "-o", dir.resolve("book.yaml").toString());
    assertEquals(2, imported.exit(), imported.err());
    assertTrue(
        imported.err().contains("deep.qdc:1: nests XML elements more than 200 deep"),
        imported.err());
    assertNoStackTrace(imported);
  }

  @Test
  void aWordFileWithMoreTextThanTheLimitIsRefusedBeforeItIsBuffered() throws IOException {
    Path docx =
        zip(
            "bomb.docx",
            "word/document.xml",
            "<w:document "
                + W
                + "><w:body><w:p><w:r><w:t>"
                + "a".repeat(17 * 1024 * 1024)
                + "</w:t></w:r></w:p></w:body></w:document>");
    assertSkipped(
        batchWith(docx, "code"),
        "bomb.docx",
        "holds more than 16 million characters of text, more than a transcript can be");
  }

  @Test
  void aProjectWhoseSourceUnpacksPastTheLimitIsRefused() throws IOException {
    Path qdpx = dir.resolve("bomb.qdpx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(qdpx))) {
      zip.putNextEntry(new ZipEntry("project.qde"));
      zip.write(
          project(
                  "<Sources><TextSource guid=\"s\" name=\"big\" plainTextPath=\"internal://big.txt\"/></Sources>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("Sources/big.txt"));
      byte[] block = "a".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 257; i++) {
        zip.write(block);
      }
      zip.closeEntry();
    }
    assertSkipped(
        batchWith(qdpx, "code"),
        "bomb.qdpx",
        "could not be unpacked (its part Sources/big.txt unpacks to more than 256 MB");
  }

  @Test
  void aProjectWithADoctypeIsRefusedForTheDoctype() throws IOException {
    Path qdpx =
        zip(
            "doctype.qdpx",
            "project.qde",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY a \"b\">]>\n"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\"/>");
    assertSkipped(
        batchWith(qdpx, "code"),
        "doctype.qdpx:project.qde:2",
        "has a document type declaration (<!DOCTYPE ...>), which is not allowed");
  }

  @Test
  void runningOutOfMemoryOnOneFileSkipsItWithOneSentence() throws Exception {
    Fixtures.write(dir, "good.md", GOOD);
    Path huge = dir.resolve("huge.md");
    try (OutputStream out = Files.newOutputStream(huge)) {
      out.write("R: ".getBytes(StandardCharsets.US_ASCII));
      byte[] words = "woord ".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 100; i++) {
        out.write(words);
      }
    }
    // A JVM of its own with little memory: the 60 MB line cannot fit, the good file can.
    Forked run = forked("code", "--codebook", Fixtures.MINI, dir.toString());
    assertEquals(3, run.exit(), run.err());
    assertEquals(
        "waardevol: warning: "
            + huge
            + ": did not fit in the memory Java was given; give it more (for example WAARDEVOL_JAVA_OPTS=-Xmx4g), or split the file (skipped)",
        run.err().strip());
  }

  @Test
  void runningOutOfMemoryOutsideABatchEndsWithOneSentence() throws Exception {
    Path qdc = dir.resolve("huge.qdc");
    try (OutputStream out = Files.newOutputStream(qdc)) {
      out.write(
          "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"g\" name=\"a\"><Description>"
              .getBytes(StandardCharsets.US_ASCII));
      byte[] words = "woord ".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 100; i++) {
        out.write(words);
      }
      out.write("</Description></Code></Codes></CodeBook>".getBytes(StandardCharsets.US_ASCII));
    }
    Forked run =
        forked("codebook", "import", qdc.toString(), "-o", dir.resolve("b.yaml").toString());
    assertEquals(2, run.exit(), run.err());
    assertEquals(
        "waardevol: the input did not fit in the memory Java was given; give it more (for example WAARDEVOL_JAVA_OPTS=-Xmx4g), or split the input",
        run.err().strip());
  }

  /** What a run in a JVM of its own with 48 MB of memory printed on stderr, and its exit code. */
  private record Forked(int exit, String err) {}

  private static Forked forked(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the run ends");
    return new Forked(process.exitValue(), err);
  }

  @Test
  void escapesAndDirectionOverridesInATranscriptNeverReachTheTerminal() {
    Fixtures.write(
        dir,
        "ansi.md",
        "---\nid: ansi\nregion: \"Emmen\\e[8m\"\nrole: ouder\n---\n"
            + "I: Wat hielp?\nR: De rust was fijn \u001b[2J\u001b[31mrood \u202Egeheim\u202C. Het hielp.\n");
    for (String[] args :
        List.of(
            new String[] {"code", "--codebook", Fixtures.MINI, dir.toString()},
            new String[] {"kwic", "rust", "--codebook", Fixtures.MINI, dir.toString()},
            new String[] {
              "report", "--codebook", Fixtures.MINI, "--quotes", "1", "--no-redact", dir.toString()
            })) {
      Run run = run(args);
      String printed = run.out() + run.err();
      assertTrue(printed.contains("rust"), printed);
      assertFalse(printed.contains("\u001b"), args[0] + ": " + printed);
      assertFalse(printed.contains("\u202E") || printed.contains("\u202C"), args[0]);
    }
    Fixtures.write(dir, "leeg\u001b[2J.md", "");
    Run named = run("code", "--codebook", Fixtures.MINI, dir.toString());
    assertEquals(3, named.exit(), named.err());
    assertTrue(named.err().contains("leeg\u241b[2J.md: is empty"), named.err());
    String table = named.out();
    assertTrue(table.contains("fijn \u241b[2J\u241b[31mrood \ufffdgeheim\ufffd."), table);
    assertTrue(table.contains("Emmen\u241b[8m"), table);
  }
}
