package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gets one clear line naming the file, and a documented exit code. */
class BadInputTest {
  @TempDir Path dir;

  private static final String GOOD =
      Fixtures.transcript("good", "Tilburg", "ouder", "I: Wat hielp?\nR: De rust was fijn.\n");

  private Run codeWithOneBadFile(String name, byte[] content, String... extra) throws IOException {
    Fixtures.write(dir, "good.md", GOOD);
    Files.write(dir.resolve(name), content);
    String[] args = new String[extra.length + 4];
    args[0] = "code";
    args[1] = "--codebook";
    args[2] = Fixtures.MINI;
    System.arraycopy(extra, 0, args, 3, extra.length);
    args[args.length - 1] = dir.toString();
    return Run.of(args);
  }

  private void assertOneLine(Run run, String expected) {
    String[] lines = run.err().strip().split("\n");
    assertEquals(1, lines.length, run.err());
    assertTrue(lines[0].contains(expected), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void anEmptyFileIsSkippedAndTheRunSaysSo() throws IOException {
    Run run = codeWithOneBadFile("empty.md", new byte[0]);
    assertEquals(3, run.exit());
    assertOneLine(
        run, "empty.md: is empty; add the transcript text or leave the file out (skipped)");
    assertTrue(run.out().contains("good,Tilburg,ouder,1,R,"), "the good file is still coded");
  }

  @Test
  void aYamlAliasInTheFrontMatterIsRefusedNotReadAsItsName() throws IOException {
    Run run =
        codeWithOneBadFile(
            "alias.md",
            "---\nid: alias\nplaats: &i Emmen\nregion: *i\n---\nR: De rust was fijn.\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(3, run.exit());
    assertOneLine(
        run,
        "alias.md:4: the front matter uses a YAML alias (*i), which waardevol does not follow; write the value itself (skipped)");
    Run bare =
        codeWithOneBadFile(
            "bare.md",
            "---\nid: bare\nregion: *i\n---\nR: Fijn.\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(
        bare.err().contains("bare.md:3: the front matter uses a YAML alias (*i)"), bare.err());
  }

  @Test
  void aBinaryFileIsNamed() throws IOException {
    Run run = codeWithOneBadFile("scan.txt", new byte[] {'G', 'I', 'F', '8', 0, 0, 1, 2, 3});
    assertEquals(3, run.exit());
    assertOneLine(run, "scan.txt: is a binary file, not a text transcript");
  }

  @Test
  void aZipNamedTxtIsNamedForWhatItIs() throws IOException {
    Run run = codeWithOneBadFile("scan.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    assertEquals(3, run.exit());
    assertOneLine(
        run,
        "scan.txt: is a zip archive, as a Word .docx or an .odt file is, not a text transcript; give it the extension of what it is");
  }

  @Test
  void textInNoKnownEncodingIsNamedWithItsLine() throws IOException {
    byte[] cyrillic =
        "---\nid: x\n---\nR: \u0412\u0441\u0451 \u0431\u044b\u043b\u043e \u0445\u043e\u0440\u043e\u0448\u043e.\n"
            .getBytes(java.nio.charset.Charset.forName("KOI8-R"));
    Run run = codeWithOneBadFile("koi8.md", cyrillic);
    assertEquals(3, run.exit());
    assertOneLine(
        run,
        "koi8.md:4: is not UTF-8, UTF-16 or Windows-1252 text; save the file as UTF-8, or name its encoding with --encoding (skipped)");
  }

  @Test
  void utf8MixedWithAnotherEncodingIsRefusedNotGarbled() throws IOException {
    byte[] utf8 =
        "---\nid: x\n---\nR: \u00e9\u00e9n keer\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] latin1 = "R: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] mixed = java.util.Arrays.copyOf(utf8, utf8.length + latin1.length);
    System.arraycopy(latin1, 0, mixed, utf8.length, latin1.length);
    Run run = codeWithOneBadFile("mixed.md", mixed);
    assertEquals(3, run.exit());
    assertOneLine(run, "mixed.md:5: mixes UTF-8 with another encoding");
    assertFalse(run.out().contains("\u00c3"), "no mojibake: " + run.out());
  }

  @Test
  void frontMatterThatDoesNotCloseIsNamed() throws IOException {
    Run run =
        codeWithOneBadFile(
            "open.md", "---\nid: open\nregion: Tilburg\nR: Het was fijn.\n".getBytes());
    assertEquals(3, run.exit());
    assertOneLine(
        run,
        "open.md:1: the front matter opened on line 1 is never closed; add a line '---' after the metadata");
  }

  @Test
  void brokenFrontMatterYamlIsNamedWithItsLine() throws IOException {
    Run run =
        codeWithOneBadFile(
            "yaml.md", "---\nid: y\nregion: [Tilburg\n---\nR: Het was fijn.\n".getBytes());
    assertEquals(3, run.exit());
    assertOneLine(run, "yaml.md:");
    assertTrue(run.err().contains("the front matter is not valid YAML"), run.err());
  }

  @Test
  void aDuplicateIdNamesBothFiles() throws IOException {
    Run run = codeWithOneBadFile("zzz.md", GOOD.getBytes());
    assertEquals(3, run.exit());
    assertOneLine(
        run,
        "zzz.md: has id 'good', which "
            + dir.resolve("good.md")
            + " has too; give each document its own id");
  }

  @Test
  void strictStopsAtTheFirstBadFile() throws IOException {
    Run run = codeWithOneBadFile("empty.md", new byte[0], "--strict");
    assertEquals(2, run.exit());
    assertOneLine(run, "empty.md: is empty; add the transcript text or leave the file out");
    assertFalse(run.err().contains("skipped"));
  }

  @Test
  void debugShowsTheStackTrace() throws IOException {
    Run run = codeWithOneBadFile("empty.md", new byte[0], "--strict", "--debug");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("\tat "), run.err());
  }

  @Test
  void debugShowsTheStackTraceOfARefusalBeforeTheCommandRuns(@TempDir Path dir) throws IOException {
    Path transcript = dir.resolve("a.md");
    Files.writeString(transcript, "Zo was het.\n");
    Run run = Run.of("code", transcript.toString(), "-o", transcript.toString(), "--debug");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("\tat "), run.err());
  }

  @Test
  void quietKeepsWarningsOffStderrButNotTheExitCode() throws IOException {
    Run run = codeWithOneBadFile("empty.md", new byte[0], "--quiet");
    assertEquals(3, run.exit());
    assertEquals("", run.err());
  }

  @Test
  void anEmptyDirectoryIsAnInputErrorNotAnEmptyReport() {
    Run run = Run.of("report", dir.toString());
    assertEquals(2, run.exit());
    assertOneLine(
        run,
        dir
            + ": no transcripts (.txt, .md, .docx, .odt, .vtt, .srt, .csv or .tsv files) found in this directory; check the path");
    assertEquals("", run.out());
  }

  @Test
  void aWrongPathIsAnInputError() {
    Run run = Run.of("report", dir.resolve("nothing-here").toString());
    assertEquals(2, run.exit());
    assertOneLine(run, "nothing-here: no such file or directory; check the path");
  }

  @Test
  void whenNoFileCanBeReadTheRunFails() throws IOException {
    Files.write(dir.resolve("empty.md"), new byte[0]);
    Run run = Run.of("report", dir.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("none of the inputs could be read"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void aBadOptionIsAUsageError() {
    Run run = Run.of("report", "--format", "pdf", dir.toString());
    assertEquals(2, run.exit());
    assertTrue(
        run.err().contains("--format must be md, csv, json, html or docx, not 'pdf'"), run.err());
  }

  @Test
  void aMissingCodebookIsNamed() throws IOException {
    Fixtures.write(dir, "good.md", GOOD);
    Run run = Run.of("report", "--codebook", "nope.yaml", dir.toString());
    assertEquals(2, run.exit());
    assertOneLine(
        run,
        "nope.yaml: no such codebook file; give a path to a YAML codebook or one of [wio-nl, ai-en]");
  }

  @Test
  void aBrokenCodebookIsNamedWithLineAndColumn() throws IOException {
    Fixtures.write(dir, "good.md", GOOD);
    Path codebook =
        Fixtures.write(
            dir.resolve("books"),
            "bad.yaml",
            "id: bad\nversion: '1'\nlanguage: nl\ncategories:\n  - id: proces\n    codes:\n      - id: rust\n        inclde: [rust]\n");
    Run run = Run.of("report", "--codebook", codebook.toString(), dir.toString());
    assertEquals(2, run.exit());
    assertOneLine(
        run,
        "bad.yaml:8:9: unknown key 'inclde' in code 'rust'; expected one of id, label, description, include, exclude, examples");
  }

  @Test
  void anEditedTableWithAnUnknownCodeIsNamedWithItsLine() throws IOException {
    Path table =
        Fixtures.write(
            dir,
            "coded.csv",
            "doc_id,region,role,passage,valence,codes,text\n"
                + "a,Tilburg,ouder,1,appreciative,tijd,De rust.\n"
                + "a,Tilburg,ouder,2,appreciative,tyd,Typo.\n");
    Run run = Run.of("report", "--strict", "--codebook", Fixtures.MINI, table.toString());
    assertEquals(2, run.exit());
    assertOneLine(
        run,
        "coded.csv:3: has code 'tyd', which codebook mini does not define; correct the cell or add the code to the codebook");
  }

  /** A spreadsheet often saves an empty column after the last one; found by ReadersFuzzTest. */
  @Test
  void anEditedTableWithAnEmptyColumnNameIsRead() throws IOException {
    Path table =
        Fixtures.write(
            dir,
            "coded.csv",
            "doc_id,region,role,passage,valence,codes,text,\n"
                + "a,Tilburg,ouder,1,appreciative,tijd,De rust.,\n");
    Run run = Run.of("code", "--codebook", Fixtures.MINI, table.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("a,Tilburg,ouder,1,"), run.out());
    assertFalse(run.out().lines().findFirst().orElseThrow().endsWith(","), run.out());
  }

  @Test
  void anEditedTableWithAnUnknownCodeIsSkippedWhole() throws IOException {
    Fixtures.write(dir, "good.md", GOOD);
    Path table =
        Fixtures.write(
            dir,
            "coded.csv",
            "doc_id,region,role,passage,valence,codes,text\n"
                + "a,Rotterdam,ouder,1,appreciative,tijd,De rust.\n"
                + "b,Rotterdam,ouder,1,appreciative,tijd,Ook rust.\n"
                + "c,Rotterdam,ouder,1,appreciative,tyd,Typo.\n");
    Run run =
        Run.of(
            "code",
            "--codebook",
            Fixtures.MINI,
            dir.resolve("good.md").toString(),
            table.toString());
    assertEquals(3, run.exit());
    assertOneLine(
        run,
        "coded.csv:4: has code 'tyd', which codebook mini does not define; correct the cell or add the code to the codebook (skipped)");
    assertTrue(run.out().contains("good,Tilburg,ouder,1,"), run.out());
    assertFalse(run.out().contains("Rotterdam"), "no row of the bad table: " + run.out());
  }

  @Test
  void anEditedTableWithABadValenceGivesNoPartialReport() throws IOException {
    Fixtures.write(dir, "good.md", GOOD);
    Path table =
        Fixtures.write(
            dir,
            "coded.csv",
            "doc_id,region,role,passage,valence,codes,text\n"
                + "a,Rotterdam,ouder,1,appreciative,tijd,De rust.\n"
                + "b,Rotterdam,ouder,1,appreciative,tijd,Ook rust.\n"
                + "c,Rotterdam,ouder,1,positief,tijd,Weer rust.\n");
    Run run =
        Run.of(
            "report",
            "--codebook",
            Fixtures.MINI,
            dir.resolve("good.md").toString(),
            table.toString());
    assertEquals(3, run.exit());
    assertOneLine(
        run,
        "coded.csv:4: has valence 'positief'; use appreciative, deficit, wish or neutral (skipped)");
    assertFalse(run.out().contains("Rotterdam"), run.out());
    assertEquals(
        2,
        Run.of(
                "report",
                "--strict",
                "--codebook",
                Fixtures.MINI,
                dir.resolve("good.md").toString(),
                table.toString())
            .exit());
  }

  @Test
  void anEditedTableWithARepeatedRowIsSkippedWholeNamingBothLines() throws IOException {
    Fixtures.write(dir, "good.md", GOOD);
    Path table =
        Fixtures.write(
            dir,
            "coded.csv",
            "doc_id,region,role,passage,valence,codes,text\n"
                + "a,Rotterdam,ouder,1,appreciative,tijd,De rust.\n"
                + "a,Rotterdam,ouder,2,appreciative,tijd,Ook rust.\n"
                + "a,Rotterdam,ouder,1,appreciative,tijd,De rust.\n");
    String repeat = "coded.csv:4: repeats passage a #1 of line 2; delete one of the two rows";
    Run report =
        Run.of(
            "report",
            "--codebook",
            Fixtures.MINI,
            dir.resolve("good.md").toString(),
            table.toString());
    assertEquals(3, report.exit());
    assertOneLine(report, repeat + " (skipped)");
    assertFalse(report.out().contains("Rotterdam"), report.out());
    Run alone = Run.of("report", "--codebook", Fixtures.MINI, table.toString());
    assertEquals(2, alone.exit());
    assertTrue(alone.err().contains(repeat), alone.err());
    assertEquals(
        2,
        Run.of(
                "report",
                "--strict",
                "--codebook",
                Fixtures.MINI,
                dir.resolve("good.md").toString(),
                table.toString())
            .exit());
    Run diff = Run.of("diff", table.toString(), table.toString());
    assertEquals(2, diff.exit());
    assertTrue(diff.err().contains(repeat), diff.err());
    Path jsonl =
        Fixtures.write(
            dir,
            "coded.jsonl",
            "{\"doc_id\":\"a\",\"passage\":1,\"valence\":\"neutral\",\"codes\":[],\"text\":\"A.\"}\n"
                + "{\"doc_id\":\"a\",\"passage\":1,\"valence\":\"neutral\",\"codes\":[],\"text\":\"A.\"}\n");
    Run stats = Run.of("report", "--codebook", Fixtures.MINI, jsonl.toString());
    assertEquals(2, stats.exit());
    assertTrue(stats.err().contains("coded.jsonl:2: repeats passage a #1 of line 1"), stats.err());
  }

  @Test
  void aTableWithAnIdOfAnotherInputIsSkippedWhole() throws IOException {
    Fixtures.write(dir, "good.md", GOOD);
    Path table =
        Fixtures.write(
            dir,
            "coded.csv",
            "doc_id,region,role,passage,valence,codes,text\n"
                + "a,Rotterdam,ouder,1,appreciative,tijd,De rust.\n"
                + "b,Rotterdam,ouder,1,appreciative,tijd,Ook rust.\n"
                + "good,Tilburg,ouder,1,appreciative,tijd,Nog eens.\n");
    Run run =
        Run.of(
            "code",
            "--codebook",
            Fixtures.MINI,
            dir.resolve("good.md").toString(),
            table.toString());
    assertEquals(3, run.exit());
    assertOneLine(
        run,
        "coded.csv: has passages of document 'good', which " + dir.resolve("good.md") + " has too");
    assertFalse(run.out().contains("Rotterdam"), run.out());
  }

  @Test
  void aUsageErrorIsOneLineAndWhereHelpIs() {
    Run run = Run.of("report", "--bogus", "x");
    assertEquals(2, run.exit());
    assertEquals(
        "waardevol: Unknown option: '--bogus'\nTry 'waardevol report --help' for more information.\n",
        run.err());
    assertEquals("", run.out());
    Run quotes = Run.of("report", "--quotes", "-1", "x");
    assertEquals(
        "waardevol: --quotes must be 0 or more, not -1\nTry 'waardevol report --help' for more information.\n",
        quotes.err());
    Run nested = Run.of("codebook", "export");
    assertEquals(
        "waardevol: Missing required parameter: 'FILE'\nTry 'waardevol codebook export --help' for more information.\n",
        nested.err());
  }

  @Test
  void aRunWithNothingReadableWritesNothingToStandardOutput() throws IOException {
    Files.write(dir.resolve("empty.md"), new byte[0]);
    Run run = Run.of("code", "--codebook", Fixtures.MINI, dir.toString());
    assertEquals(2, run.exit());
    assertEquals("", run.out(), "not even the header");
  }

  @Test
  void helpNamesTheExitCodes() {
    Run run = Run.of("--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("3  finished, but some files were skipped"), run.out());
    assertTrue(Run.of("report", "--help").out().contains("waardevol report examples/interviews"));
    assertTrue(Run.of("--version").out().startsWith("waardevol "));
  }
}
