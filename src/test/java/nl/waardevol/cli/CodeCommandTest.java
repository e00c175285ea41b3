package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandTest {
  @TempDir Path dir;

  private static final String INTERVIEW =
      "I: Wat hielp jullie?\n"
          + "\n"
          + "Moeder: De samenwerking met school was fijn.\n"
          + "Iedereen zat rond de tafel.\n"
          + "\n"
          + "Daarna kwam er rust.\n"
          + "I: En wat was moeilijk?\n"
          + "Moeder: =SUM(A1) niemand luisterde, het was een probleem.\n";

  @Test
  void columnsComeFromEveryFrontMatterWhateverItsEncodingOrLength() throws IOException {
    Fixtures.write(dir, "a.md", "---\nid: a\ncohort: 2025\n---\nMoeder: Er was rust.\n");
    String longValue = "x".repeat(70_000);
    Fixtures.write(
        dir,
        "b.md",
        "---\nid: b\nnote: " + longValue + "\nschool_year: 2026\n---\nMoeder: Er was rust.\n");
    byte[] utf16 =
        "\uFEFF---\r\nid: c\r\nfunder: gemeente\r\n---\r\nMoeder: Er was rust.\r\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    Files.write(dir.resolve("c.txt"), utf16);
    Fixtures.write(dir, "d.md", "Moeder: Geen front matter, er was rust.\n");

    Run run = Run.of("code", "--codebook", Fixtures.MINI, dir.toString());

    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.out()
            .startsWith(
                "doc_id,region,role,passage,speaker,start,end,language,valence,categories,codes,valued,hindered,wished,confidence,matched,text,cohort,funder,note,school_year,question\r\n"),
        run.out().substring(0, 200));
    List<CSVRecord> rows = Fixtures.rows(run.out());
    assertEquals("2025", rows.get(0).get("cohort"));
    assertEquals("2026", rows.get(1).get("school_year"));
    assertEquals("gemeente", rows.get(2).get("funder"));
    assertEquals("", rows.get(3).get("funder"));
  }

  @Test
  void writesOneRowPerRespondentParagraphWithCodesAndValence() throws IOException {
    Fixtures.write(dir, "a.md", Fixtures.transcript("rdam-1", "Rotterdam", "ouder", INTERVIEW));
    Run run = Run.of("code", "--codebook", Fixtures.MINI, dir.toString());

    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.out()
            .startsWith(
                "doc_id,region,role,passage,speaker,start,end,language,valence,categories,codes,valued,hindered,wished,confidence,matched,text,date,question\r\n"),
        run.out());
    List<CSVRecord> rows = Fixtures.rows(run.out());
    assertEquals(3, rows.size());
    CSVRecord first = rows.get(0);
    assertEquals("rdam-1", first.get("doc_id"));
    // A corrected table keeps the question a model learns from.
    assertEquals("Wat hielp jullie?", first.get("question"));
    assertEquals("En wat was moeilijk?", rows.get(2).get("question"));
    assertEquals("Rotterdam", first.get("region"));
    assertEquals("1", first.get("passage"));
    assertEquals("Moeder", first.get("speaker"));
    assertEquals("nl", first.get("language"));
    assertEquals("appreciative", first.get("valence"));
    assertEquals("proces", first.get("categories"));
    assertEquals("samenwerking", first.get("codes"));
    assertEquals("samenwerking:samenwerking;samenwerking:rond de tafel", first.get("matched"));
    assertEquals(
        "De samenwerking met school was fijn. Iedereen zat rond de tafel.", first.get("text"));
    assertEquals("2026-01-12", first.get("date"));
    assertEquals("tijd", rows.get(1).get("codes"));
    assertEquals(
        "Moeder", rows.get(1).get("speaker"), "a paragraph after a blank line continues the turn");
  }

  @Test
  void offsetsPointIntoTheDocumentBody() throws IOException {
    Fixtures.write(dir, "a.md", Fixtures.transcript("rdam-1", "Rotterdam", "ouder", INTERVIEW));
    CSVRecord first =
        Fixtures.rows(Run.of("code", "--codebook", Fixtures.MINI, dir.toString()).out()).get(0);
    int start = Integer.parseInt(first.get("start"));
    int end = Integer.parseInt(first.get("end"));
    assertEquals(
        "De samenwerking met school was fijn.\nIedereen zat rond de tafel.",
        INTERVIEW.substring(start, end));
  }

  @Test
  void negationTurnsAppreciationAndCellsCannotRunAsFormulas() throws IOException {
    Fixtures.write(dir, "a.md", Fixtures.transcript("rdam-1", "Rotterdam", "ouder", INTERVIEW));
    Run run = Run.of("code", "--codebook", Fixtures.MINI, dir.toString());
    CSVRecord last = Fixtures.rows(run.out()).get(2);
    assertEquals("deficit", last.get("valence"));
    assertEquals("'=SUM(A1) niemand luisterde, het was een probleem.", last.get("text"));
    assertEquals("luisteren", last.get("codes"));
  }

  @Test
  void jsonLinesCarryTheQuestionEachPassageAnswers() {
    Fixtures.write(dir, "a.md", Fixtures.transcript("rdam-1", "Rotterdam", "ouder", INTERVIEW));
    Run run = Run.of("code", "--codebook", Fixtures.MINI, "--format", "jsonl", dir.toString());
    assertEquals(0, run.exit(), run.err());
    String[] lines = run.out().split("\n");
    assertEquals(3, lines.length);
    assertTrue(lines[0].contains("\"codes\":[\"samenwerking\"]"), lines[0]);
    assertTrue(lines[0].contains("\"question\":\"Wat hielp jullie?\""), lines[0]);
    assertTrue(lines[2].contains("\"question\":\"En wat was moeilijk?\""), lines[2]);
  }

  @Test
  void writesTheOutputFileWhole() throws IOException {
    Fixtures.write(dir, "in/a.md", Fixtures.transcript("rdam-1", "Rotterdam", "ouder", INTERVIEW));
    Path out = dir.resolve("coded.csv");
    Run run =
        Run.of(
            "code",
            "--codebook",
            Fixtures.MINI,
            dir.resolve("in").toString(),
            "-o",
            out.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.out());
    assertEquals(4, Files.readAllLines(out).size());
    assertTrue(run.err().contains("coded 1 documents, 3 passages"), run.err());
    try (var files = Files.list(dir)) {
      assertFalse(files.anyMatch(file -> file.getFileName().toString().endsWith(".tmp")));
    }
  }

  @Test
  void aFailedRunLeavesAnEarlierOutputAsItWas() throws IOException {
    Fixtures.write(dir, "in/a.md", Fixtures.transcript("rdam-1", "Rotterdam", "ouder", INTERVIEW));
    Fixtures.write(dir, "in/b.md", "");
    Path out = Fixtures.write(dir, "coded.csv", "the good earlier result\n");
    Run run =
        Run.of(
            "code",
            "--strict",
            "--codebook",
            Fixtures.MINI,
            dir.resolve("in").toString(),
            "-o",
            out.toString());
    assertEquals(2, run.exit());
    assertEquals("the good earlier result\n", Files.readString(out));
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void aTranscriptOnStandardInputKeepsItsMetadataColumns() {
    Run run =
        Run.withStdin(
            Fixtures.transcript("s1", "Emmen", "ouder", "R: Het was fijn.\n")
                .replace("date:", "school: De Horizon\ndate:"),
            "code",
            "--codebook",
            Fixtures.MINI,
            "-");
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.out()
            .startsWith(
                "doc_id,region,role,passage,speaker,start,end,language,valence,categories,codes,valued,hindered,wished,confidence,matched,text,date,school,question\r\n"),
        run.out());
    assertTrue(run.out().contains(",2026-01-12,De Horizon"), run.out());
  }

  @Test
  void readsStandardInputAsOneTranscript() {
    Run run =
        Run.withStdin(
            "Ze is hoogbegaafd en dat was fijn.\n", "code", "--codebook", Fixtures.MINI, "-");
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.out()
            .contains(
                "stdin,,,1,,0,34,nl,appreciative,inhoud,hoogbegaafdheid,hoogbegaafdheid,,,,hoogbegaafdheid:hoogbegaafd*,"),
        run.out());
  }

  @Test
  void aCodedTableOnStandardInputIsReadAsATable() throws IOException {
    String edited =
        "doc_id,region,role,passage,valence,codes,text,school\na,Tilburg,ouder,1,appreciative,tijd,Iets anders.,De Horizon\n";
    Run code = Run.withStdin(edited, "code", "--codebook", Fixtures.MINI, "-");
    assertEquals(0, code.exit(), code.err());
    CSVRecord row = Fixtures.rows(code.out()).get(0);
    assertEquals("a", row.get("doc_id"));
    assertEquals("tijd", row.get("codes"), "the hand-set code stands, the text is not coded again");
    assertEquals("De Horizon", row.get("school"), "its further columns too");
    Run report =
        Run.withStdin(edited, "report", "--codebook", Fixtures.MINI, "--format", "csv", "-");
    assertEquals(0, report.exit(), report.err());
    assertTrue(report.out().contains("Tilburg,ouder,proces,tijd,"), report.out());

    Run jsonl =
        Run.withStdin(code.out(), "code", "--codebook", Fixtures.MINI, "--format", "jsonl", "-");
    Run fromJsonl = Run.withStdin(jsonl.out(), "code", "--codebook", Fixtures.MINI, "-");
    assertEquals(0, fromJsonl.exit(), fromJsonl.err());
    assertEquals("tijd", Fixtures.rows(fromJsonl.out()).get(0).get("codes"));
  }

  @Test
  void anOutputFileGetsTheUsualPermissionsAndAReplacedOneKeepsItsOwn() throws IOException {
    assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions only");
    Path transcript =
        Fixtures.write(dir, "a.md", Fixtures.transcript("rdam-1", "Rotterdam", "ouder", INTERVIEW));
    Path usual =
        Files.createFile(dir.resolve("usual.txt")); // as any tool creates a file, under the umask
    Path fresh = dir.resolve("fresh.csv");
    assertEquals(
        0,
        Run.of("code", "--codebook", Fixtures.MINI, transcript.toString(), "-o", fresh.toString())
            .exit());
    assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(fresh));

    Path shared = Fixtures.write(dir, "shared.csv", "old");
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
    assertEquals(
        0,
        Run.of("code", "--codebook", Fixtures.MINI, transcript.toString(), "-o", shared.toString())
            .exit());
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));

    Path readOnly = Fixtures.write(dir, "read-only.csv", "old");
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r-----"));
    assertEquals(
        0,
        Run.of(
                "code",
                "--codebook",
                Fixtures.MINI,
                transcript.toString(),
                "-o",
                readOnly.toString())
            .exit());
    assertEquals(
        "r--r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(readOnly)));
    assertTrue(Files.readString(readOnly).startsWith("doc_id,"));
  }

  @Test
  void inputsAreNeverModified() throws IOException {
    Path file =
        Fixtures.write(dir, "a.md", Fixtures.transcript("rdam-1", "Rotterdam", "ouder", INTERVIEW));
    byte[] before = Files.readAllBytes(file);
    Run.of(
        "code",
        "--codebook",
        Fixtures.MINI,
        dir.toString(),
        "-o",
        dir.resolve("out.csv").toString());
    Run.of("report", "--codebook", Fixtures.MINI, dir.toString());
    assertEquals(new String(before), Files.readString(file));
  }

  @Test
  void theOutputIsTheSameWithOneThreadOrMany() {
    for (int i = 0; i < 30; i++) {
      Fixtures.write(
          dir,
          "doc-" + i + ".md",
          Fixtures.transcript(
              "doc-" + i, "Regio " + (i % 4), "ouder", INTERVIEW.repeat(1 + i % 3)));
    }
    Fixtures.write(dir, "empty.md", "");
    Run one = Run.of("code", "--codebook", Fixtures.MINI, "--threads", "1", dir.toString());
    Run many = Run.of("code", "--codebook", Fixtures.MINI, "--threads", "4", dir.toString());
    assertEquals(3, one.exit());
    assertEquals(one.out(), many.out());
    assertEquals(one.err(), many.err());
    assertEquals(2, Run.of("code", "--threads", "0", dir.toString()).exit());
  }
}
