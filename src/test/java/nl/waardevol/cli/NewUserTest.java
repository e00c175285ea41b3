package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user met with a corpus of their own (issue 14, items 17-21). */
class NewUserTest {
  @TempDir Path dir;

  private static final String INTERVIEW =
      "Sanne: Wat hielp?\n\nMoeder: De samenwerking op De Vijverhof was fijn.\n\n"
          + "Sanne: En verder?\n\nMoeder: Er was rust.\n";

  private Path corpus() {
    Path corpus = dir.resolve("corpus");
    Fixtures.write(corpus, "a.md", INTERVIEW);
    Fixtures.write(corpus, "metadata.csv", "id;region;role\na;Delft;ouder\n");
    return corpus;
  }

  // Item 17: the column names people use.

  @Test
  void aDutchSurveyExportIsGroupedByItsRegioAndRolColumns() {
    Fixtures.write(
        dir,
        "enquete.csv",
        "Respondent;Regio;Rol;Wat ging goed?\n"
            + "1;Rotterdam;ouder;De samenwerking met school was heel fijn.\n"
            + "2;Tilburg;professional;Er was eindelijk rust in het gezin.\n");

    Run report = Run.of("report", dir.resolve("enquete.csv").toString(), "-c", Fixtures.MINI);
    Run code = Run.of("code", dir.resolve("enquete.csv").toString(), "-c", Fixtures.MINI);

    assertEquals(0, report.exit(), report.err());
    assertFalse(report.out().contains("(onbekend)"), report.out());
    assertTrue(report.out().contains("## Rotterdam — ouders"), report.out());
    assertEquals("", report.err());
    assertTrue(code.out().startsWith("doc_id,region,role,"), code.out());
    assertTrue(code.out().contains("enquete-1,Rotterdam,ouder,"), code.out());
  }

  @Test
  void aMetadataSheetWithDutchColumnNamesFillsRegionRoleAndDate() {
    Fixtures.write(dir, "a.md", "Moeder: Er was rust.\n");
    Path sheet =
        Fixtures.write(
            dir.resolve("sheet"),
            "lijst.csv",
            "Bestand;Regio;Functie;Datum\na.md;Emmen;ouder;2026-03-01\n");

    Run code =
        Run.of(
            "code",
            dir.resolve("a.md").toString(),
            "-c",
            Fixtures.MINI,
            "--meta",
            sheet.toString());

    assertEquals(0, code.exit(), code.err());
    assertTrue(code.out().contains("\na,Emmen,ouder,1,"), code.out());
    assertTrue(code.out().contains(",2026-03-01"), code.out());
  }

  @Test
  void documentsWithoutAValueForAByKeyAreCountedInAWarning() {
    Fixtures.write(
        dir, "a.md", Fixtures.transcript("a", "Emmen", "ouder", "Moeder: Er was rust.\n"));
    Fixtures.write(dir, "b.md", "Moeder: Er was rust.\n");
    Fixtures.write(dir, "c.md", "Moeder: De samenwerking was fijn.\n");

    Run run = Run.of("report", dir.toString(), "-c", Fixtures.MINI);

    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.err()
            .contains(
                "warning: 2 of 3 documents have no value for --by key 'region' and are counted under '(onbekend)' (first: b); give it in their front matter, a --meta sheet or a survey column"),
        run.err());
    assertTrue(run.err().contains("2 of 3 documents have no value for --by key 'role'"), run.err());
  }

  // Item 20: links, pipes, read-only folders.

  @Test
  void aFolderGivenThroughALinkIsSearched() throws IOException {
    Path corpus = Fixtures.write(dir.resolve("corpus"), "a.md", INTERVIEW).getParent();
    Path link = Files.createSymbolicLink(dir.resolve("link"), corpus);

    Run run = Run.of("inspect", link.toString(), "-c", Fixtures.MINI);

    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith(link.resolve("a.md") + "\n"), run.out());
    assertTrue(run.out().endsWith("1 file, 1 document\n"), run.out());
  }

  @Test
  void aNamedPipeIsNamedAsOne() throws IOException, InterruptedException {
    Path pipe = dir.resolve("pipe.md");
    assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0);

    Run run = Run.of("inspect", pipe.toString(), "-c", Fixtures.MINI);

    assertEquals(2, run.exit());
    assertEquals(
        "waardevol: "
            + pipe
            + ": is a named pipe, socket or device, not a file; save what it gives to a file, or give it as standard input (- < "
            + pipe
            + ")\n",
        run.err());
  }

  @Test
  void aDanglingLinkIsNamedAsOne() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("gone.md"), dir.resolve("moved.md"));

    Run run = Run.of("inspect", link.toString(), "-c", Fixtures.MINI);

    assertEquals(2, run.exit());
    assertEquals(
        "waardevol: "
            + link
            + ": is a link to "
            + dir.resolve("moved.md")
            + ", which does not exist; check the link\n",
        run.err());
  }

  @Test
  void aReadOnlyTargetFolderIsNamedNotItsTemporaryFile() throws IOException {
    Path readOnly = Files.createDirectory(dir.resolve("ro"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    if (writable(readOnly)) {
      readOnly = Path.of("/sys"); // root ignores permissions; sysfs refuses even root
    }
    assumeTrue(!writable(readOnly), "no folder here refuses new files");
    Path target = readOnly.resolve("report.md");

    Path input = Fixtures.write(dir, "a.md", INTERVIEW);

    Run run =
        Run.of("report", input.toString(), "-c", Fixtures.MINI, "-o", target.toString(), "-q");

    assertEquals(1, run.exit());
    assertEquals(
        "waardevol: cannot write "
            + target
            + ": its folder "
            + readOnly
            + " takes no new files (permission denied); write to a folder you may write to\n",
        run.err());
  }

  private static boolean writable(Path folder) {
    try {
      Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  // Item 21: the corpus line.

  @Test
  void theCorpusLineCountsInterviewsNotesAndSurveyRespondentsApart() {
    Fixtures.write(dir, "a.md", "I: Wat hielp?\n\nMoeder: Er was rust.\n");
    Fixtures.write(dir, "b.md", "---\ntype: werkatelier\n---\nWe spraken over rust.\n");
    Fixtures.write(dir, "c.md", "Aantekening: de samenwerking was fijn.\n");
    Fixtures.write(
        dir,
        "enquete.csv",
        "Respondent;Regio;Wat ging goed?\n"
            + "1;Emmen;De samenwerking met school was heel fijn.\n"
            + "2;Emmen;Er was eindelijk rust in het gezin.\n"
            + "3;Emmen;Ze luisterde echt naar ons allemaal.\n");

    Run nl = Run.of("report", dir.toString(), "-c", Fixtures.MINI);
    Run en = Run.of("report", dir.toString(), "-c", Fixtures.MINI, "--lang", "en");
    Run json = Run.of("report", dir.toString(), "-c", Fixtures.MINI, "--json");
    Fixtures.write(dir.resolve("one"), "a.md", "I: Wat hielp?\n\nMoeder: Er was rust.\n");
    Run one = Run.of("report", dir.resolve("one").toString(), "-c", Fixtures.MINI);

    assertTrue(
        nl.out()
            .contains(
                "Corpus: 1 interview, 2 verslagen en 3 enquêterespondenten (6 documenten); 6 passages"),
        nl.out());
    assertTrue(
        en.out()
            .contains(
                "Corpus: 1 interview, 2 sets of notes and 3 survey respondents (6 documents); 6 passages"),
        en.out());
    assertTrue(
        json.out()
            .contains(
                "\"documents\" : 6,\n    \"interviews\" : 1,\n    \"notes\" : 2,\n    \"survey_respondents\" : 3,"),
        json.out());
    assertTrue(one.out().contains("Corpus: 1 interview; 1 passage"), one.out());
  }

  // Item 18: one set of input options for every command that reads transcripts.

  @Test
  void codebookStatsAndCheckTakeTheInputOptions() {
    Path corpus = corpus();
    String meta = corpus.resolve("metadata.csv").toString();

    Run stats =
        Run.of(
            "codebook",
            "stats",
            Fixtures.MINI,
            corpus.toString(),
            "--meta",
            meta,
            "--interviewer",
            "Sanne",
            "--encoding",
            "UTF-8");
    Run check =
        Run.of(
            "codebook",
            "check",
            Fixtures.MINI,
            "--corpus",
            corpus.toString(),
            "--meta",
            meta,
            "--interviewer",
            "Sanne",
            "--text-column",
            "x",
            "--id-column",
            "y");

    assertEquals(0, stats.exit(), stats.err());
    assertTrue(stats.out().contains("on 2 passages of 1 documents"), stats.out());
    assertEquals(0, check.exit(), check.err());
  }

  @Test
  void checkCountsARecurringWarningInsteadOfListingEveryOne() {
    Path corpus = corpus();

    Run check = Run.of("codebook", "check", Fixtures.MINI, "--corpus", corpus.toString());
    Run verbose =
        Run.of("codebook", "check", Fixtures.MINI, "--corpus", corpus.toString(), "--verbose");

    assertEquals(0, check.exit(), check.err());
    long never = check.out().lines().filter(l -> l.contains("never matches")).count();
    assertEquals(3, never, check.out());
    assertTrue(
        check
            .out()
            .matches(
                "(?s).*warning: src/test/resources/codebooks/mini.yaml: \\.\\.\\. and \\d+ more terms that never match any of the 4 passages; --verbose lists every one\\n.*"),
        check.out());
    long all = verbose.out().lines().filter(l -> l.contains("never matches")).count();
    assertTrue(all > 4, verbose.out());
    String summary = check.out().lines().reduce((a, b) -> b).orElseThrow();
    assertEquals(summary, verbose.out().lines().reduce((a, b) -> b).orElseThrow());
  }

  // Item 19: the project settings file.

  @Test
  void settingsInTheCorpusFolderServeEveryCommandAndTheCommandLineWins() throws IOException {
    Path corpus = corpus();
    Fixtures.write(corpus, "private.txt", "De Vijverhof\n");
    Fixtures.write(
        corpus,
        "waardevol.yaml",
        "codebook: ../../../"
            + "mini.yaml\n"
            + "meta: metadata.csv\n"
            + "private-terms: private.txt\n"
            + "interviewer: [Sanne]\n"
            + "by: region\n");
    java.nio.file.Files.copy(Path.of(Fixtures.MINI), dir.resolve("mini.yaml"));
    Fixtures.write(dir.resolve("x/y"), ".keep", "");
    java.nio.file.Files.move(corpus, dir.resolve("x/y/corpus"));
    Path moved = dir.resolve("x/y/corpus");

    Run report = Run.of("report", moved.toString());
    Run code = Run.of("code", moved.toString(), "--redact");
    Run verbatim = Run.of("code", moved.toString());
    Run inspect = Run.of("inspect", moved.toString(), "--by-the-way-not-an-option");
    Run inspected = Run.of("inspect", moved.toString(), "--interviewer", "Moeder");

    assertEquals(0, report.exit(), report.err());
    assertTrue(report.out().contains("mini"), "the codebook of the settings");
    assertTrue(report.out().contains("## Delft"), report.out());
    assertFalse(report.out().contains("Vijverhof"), report.out());
    assertTrue(report.out().contains("\\[INSTELLING-1\\]"), report.out());
    assertFalse(code.out().contains("Vijverhof"), code.out());
    assertEquals(2, verbatim.out().lines().count() - 1, "Sanne is the interviewer");
    assertEquals(2, inspect.exit());
    assertEquals(0, inspected.exit(), inspected.err());
    assertTrue(
        inspected.out().startsWith(moved.resolve("waardevol.yaml") + " (project settings)\n"),
        inspected.out());
    assertTrue(
        inspected.out().contains("  meta             " + moved.resolve("metadata.csv") + "\n"),
        inspected.out());
    assertTrue(
        inspected
            .out()
            .contains(
                "  interviewer      Sanne (overridden by --interviewer on the command line)\n"),
        inspected.out());
    assertTrue(inspected.out().contains("  by               region (not used by this command)\n"));
    assertTrue(inspected.out().contains("Moeder (2 turns, interviewer)"), inspected.out());
  }

  @Test
  void projectNamesASettingsFileAnywhere() {
    Path corpus = corpus();
    Path settings = Fixtures.write(dir, "team.yaml", "interviewer: Sanne\n");

    Run run =
        Run.of(
            "code",
            corpus.resolve("a.md").toString(),
            "-c",
            Fixtures.MINI,
            "--project",
            settings.toString());

    assertEquals(0, run.exit(), run.err());
    assertEquals(2, run.out().lines().count() - 1, run.out());
  }

  @Test
  void badSettingsAreOneSentenceWithFileAndLine() {
    Path corpus = corpus();
    Path settings = Fixtures.write(corpus, "waardevol.yaml", "codebook: wio-nl\nmetta: x.csv\n");

    Run unknown = Run.of("report", corpus.toString());
    Fixtures.write(corpus, "waardevol.yaml", "meta: sheet.csv\n");
    Run missing = Run.of("report", corpus.toString());
    Fixtures.write(corpus, "waardevol.yaml", "by: [region\n");
    Run broken = Run.of("report", corpus.toString());

    assertEquals(2, unknown.exit());
    assertEquals(
        "waardevol: "
            + settings
            + ":2: unknown setting 'metta'; expected one of codebook, meta, private-terms, personal, interviewer, by, encoding, text-column, id-column, model\n",
        unknown.err());
    assertEquals(2, missing.exit());
    assertTrue(
        missing
            .err()
            .startsWith(
                "waardevol: " + settings + ":1: 'meta' names sheet.csv, which does not exist"),
        missing.err());
    assertEquals(2, broken.exit());
    assertTrue(broken.err().startsWith("waardevol: " + settings + ":"), broken.err());
    assertEquals(1, broken.err().lines().count(), broken.err());
  }
}
