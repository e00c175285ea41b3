package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path dir;
  Path corpus;

  @BeforeEach
  void corpus() {
    corpus = dir.resolve("corpus");
    Fixtures.write(
        corpus,
        "r1.md",
        Fixtures.transcript(
            "r1",
            "Rotterdam",
            "ouder",
            "I: Wat hielp?\nMoeder: De samenwerking tussen school en zorg was fijn.\n\n"
                + "Moeder: Ze is hoogbegaafd, en de plusklas heeft echt geholpen.\n\n"
                + "Moeder: Maar de samenwerking liep vast, het was een probleem.\n"));
    Fixtures.write(
        corpus,
        "r2.md",
        Fixtures.transcript(
            "r2",
            "Rotterdam",
            "ouder",
            "I: Wat hielp?\nVader: Iedereen zat rond de tafel, dat was fijn.\n"));
    Fixtures.write(
        corpus,
        "t1.md",
        Fixtures.transcript(
            "t1",
            "Tilburg",
            "professional",
            "I: Wat werkte?\nR: Rond de tafel werd er goed samengewerkt, de samenwerking was waardevol.\n"
                + "I: En verder?\nR: Ze luisterden | *echt* <b>goed</b> # naar ons.\n"));
  }

  @Test
  void theMarkdownReportCountsValuedPassagesPerGroupAndLens() {
    Run run = Run.of("report", "--codebook", Fixtures.MINI, corpus.toString());
    assertEquals(0, run.exit(), run.err());
    String md = run.out();
    assertTrue(md.startsWith("# Wat is waardevol: rapportage waarderende interviews\n"), md);
    assertTrue(
        md.contains(
            "Corpus: 3 interviews; 6 passages (6 gecodeerd), 2 regio's (Rotterdam, Tilburg), 2 rollen (ouders, professionals). Codeboek: mini versie 0.1"),
        md);
    assertTrue(md.contains("| Regio | Rol | Inhoud / kennis | Proces | Houding en gedrag |"), md);
    assertTrue(md.contains("| Rotterdam | ouders | 1 (1) † | 2 (2) † | 0 (0) |"), md);
    assertTrue(md.contains("| Tilburg | professionals | 0 (0) | 1 (1) † | 1 (1) † |"), md);
    assertTrue(md.contains("## Rotterdam — ouders\n"), md);
    assertTrue(
        md.contains("- **Samenwerking onderwijs en zorg**: 2 documenten, 2 passages †\n"), md);
    assertTrue(md.contains("## Gemeenschappelijke draden"), md);
    assertTrue(
        md.contains("| Samenwerking onderwijs en zorg | Proces | 2: Rotterdam, Tilburg | 3 | 3 |"),
        md);
    assertTrue(md.contains("## Wat knelt"), md);
    assertTrue(md.contains("| Samenwerking onderwijs en zorg | 1 † | 1 |"), md);
    assertTrue(md.contains("## Methode"), md);
  }

  @Test
  void passageTextCannotBreakTheMarkdown() {
    String md = Run.of("report", "--codebook", Fixtures.MINI, corpus.toString()).out();
    assertTrue(
        md.contains("“Ze luisterden \\| \\*echt\\* &lt;b&gt;goed&lt;/b&gt; \\# naar ons.” (t1)"),
        md);
  }

  @Test
  void theReportIsByteIdenticalFromRunToRun() {
    String first = Run.of("report", "--codebook", Fixtures.MINI, corpus.toString()).out();
    String second = Run.of("report", "--codebook", Fixtures.MINI, corpus.toString()).out();
    assertEquals(first, second);
  }

  @Test
  void theCorpusLineCountsOneInTheSingular() {
    Path one = dir.resolve("one");
    Fixtures.write(
        one,
        "r2.md",
        Fixtures.transcript(
            "r2",
            "Rotterdam",
            "ouder",
            "I: Wat hielp?\nVader: Iedereen zat rond de tafel, dat was fijn.\n"));
    String nl = Run.of("report", "--codebook", Fixtures.MINI, one.toString()).out();
    assertTrue(
        nl.contains(
            "Corpus: 1 interview; 1 passage (1 gecodeerd), 1 regio (Rotterdam), 1 rol (ouders)."),
        nl);
    String en = Run.of("report", "--codebook", Fixtures.MINI, "--lang", "en", one.toString()).out();
    assertTrue(
        en.contains(
            "Corpus: 1 interview; 1 passage (1 coded), 1 region (Rotterdam), 1 role (parents)."),
        en);
  }

  @Test
  void anOutputExtensionThatNamesNoFormatIsAUsageError() {
    Path xlsx = dir.resolve("report.xlsx");
    Run report =
        Run.of("report", "--codebook", Fixtures.MINI, corpus.toString(), "-o", xlsx.toString());
    assertEquals(2, report.exit());
    assertTrue(
        report
            .err()
            .startsWith(
                "waardevol: -o "
                    + xlsx
                    + ": the extension .xlsx is not a report format; use .md, .csv, .json, .html or .docx, or give --format\n"),
        report.err());
    assertFalse(Files.exists(xlsx));
    Path json = dir.resolve("coded.json");
    Run code =
        Run.of("code", "--codebook", Fixtures.MINI, corpus.toString(), "-o", json.toString());
    assertEquals(2, code.exit());
    assertTrue(
        code.err()
            .startsWith(
                "waardevol: -o "
                    + json
                    + ": the extension .json is not a table format; use .csv or .jsonl, or give --format\n"),
        code.err());
    assertEquals(
        0,
        Run.of(
                "report",
                "--codebook",
                Fixtures.MINI,
                corpus.toString(),
                "--format",
                "md",
                "-o",
                xlsx.toString())
            .exit(),
        "--format decides");
  }

  @Test
  void englishReportAndOtherGroupings() {
    Run run =
        Run.of(
            "report",
            "--codebook",
            Fixtures.MINI,
            "--lang",
            "en",
            "--by",
            "region",
            corpus.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.out().startsWith("# What is valuable: appreciative interview report\n"), run.out());
    assertTrue(
        run.out().contains("| Region | Content / knowledge | Process | Attitude and behaviour |"),
        run.out());
    assertTrue(run.out().contains("## Rotterdam\n"), run.out());
  }

  @Test
  void anEnglishReportNamesTheRolesInEnglish() {
    Run run = Run.of("report", "--codebook", Fixtures.MINI, "--lang", "en", corpus.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains(" roles (parents"), run.out());
    assertTrue(run.out().contains("## Rotterdam — parents\n"), run.out());
    assertFalse(run.out().contains("ouder"), "no Dutch role id: " + run.out());
  }

  @Test
  void anUnknownGroupingKeyIsWarnedAbout() {
    Run run = Run.of("report", "--codebook", Fixtures.MINI, "--by", "regoin", corpus.toString());
    assertEquals(0, run.exit());
    assertTrue(run.err().contains("no document has a value for --by key 'regoin'"), run.err());
    assertTrue(run.out().contains("## (onbekend)"), run.out());
  }

  @Test
  void theCsvReportIsTidyAndLong() {
    Run run = Run.of("report", "--codebook", Fixtures.MINI, "--format", "csv", corpus.toString());
    assertEquals(0, run.exit(), run.err());
    String[] lines = run.out().split("\r\n");
    assertEquals("region,role,lens,code,label,documents,passages,valence,few_documents", lines[0]);
    assertTrue(
        run.out()
            .contains(
                "Rotterdam,ouder,proces,samenwerking,Samenwerking onderwijs en zorg,2,2,appreciative,true\r\n"),
        run.out());
    assertTrue(
        run.out()
            .contains(
                "Rotterdam,ouder,proces,samenwerking,Samenwerking onderwijs en zorg,1,1,deficit,true\r\n"),
        run.out());
  }

  @Test
  void theJsonReportHasTheSameNumbers() throws IOException {
    Run run = Run.of("report", "--codebook", Fixtures.MINI, "--json", corpus.toString());
    assertEquals(0, run.exit(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(3, json.at("/corpus/documents").asInt());
    assertEquals("Rotterdam", json.at("/groups/0/key/region").asText());
    assertEquals("proces", json.at("/groups/0/lenses/1/id").asText());
    assertEquals(2, json.at("/groups/0/lenses/1/valued/passages").asInt());
    assertEquals("samenwerking", json.at("/common_threads/codes/0/code").asText());
  }

  @Test
  void theReportFollowsHandCorrectionsOfTheCodedTable() throws IOException {
    Path coded = dir.resolve("coded.csv");
    assertEquals(
        0,
        Run.of("code", "--codebook", Fixtures.MINI, corpus.toString(), "-o", coded.toString())
            .exit());
    String table = Files.readString(coded);
    // The researcher adds a valued code, empties matched, and deletes the row of r2.
    String corrected =
        table
            .replace(
                "appreciative,proces,samenwerking,samenwerking,,,,samenwerking:samenwerking;samenwerking:re:\\bschool\\s+en\\s+zorg\\b,De samenwerking tussen",
                "appreciative,proces,samenwerking;luisteren,samenwerking;luisteren,,,,,De samenwerking tussen")
            .lines()
            .filter(line -> !line.startsWith("r2,"))
            .reduce("", (all, line) -> all + line + "\r\n");
    assertFalse(corrected.contains("r2,"));
    assertTrue(corrected.contains("samenwerking;luisteren"), corrected);
    Files.writeString(coded, corrected);

    Run run = Run.of("report", "--codebook", Fixtures.MINI, coded.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Corpus: 2 interviews; 5 passages"), run.out());
    assertTrue(
        run.out().contains("| Rotterdam | ouders | 1 (1) † | 1 (1) † | 1 (1) † |"), run.out());
  }

  @Test
  void aCodedTableAndItsTranscriptsGiveTheSameReport() {
    Path coded = dir.resolve("coded.jsonl");
    Run.of("code", "--codebook", Fixtures.MINI, corpus.toString(), "-o", coded.toString());
    String fromTranscripts = Run.of("report", "--codebook", Fixtures.MINI, corpus.toString()).out();
    assertEquals(
        fromTranscripts, Run.of("report", "--codebook", Fixtures.MINI, coded.toString()).out());
    Path csv = dir.resolve("coded.csv");
    Run.of("code", "--codebook", Fixtures.MINI, corpus.toString(), "-o", csv.toString());
    assertEquals(
        fromTranscripts, Run.of("report", "--codebook", Fixtures.MINI, csv.toString()).out());
  }

  @Test
  void metadataFromTheSheetOverridesFrontMatterWithAWarning() {
    Path sheet =
        Fixtures.write(dir, "meta.csv", "id;region;cohort\nr2;Tilburg;2026\nr9;Emmen;2025\n");
    Run run =
        Run.of(
            "report",
            "--codebook",
            Fixtures.MINI,
            "--meta",
            sheet.toString(),
            "--by",
            "region,cohort",
            corpus.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.err()
            .contains(
                "meta.csv:2: document r2 has region 'Rotterdam' in its front matter and 'Tilburg' in the sheet; using 'Tilburg' from the sheet"),
        run.err());
    assertTrue(run.err().contains("meta.csv:3: no document matches 'r9'"), run.err());
    assertTrue(run.out().contains("## Tilburg — 2026\n"), run.out());
  }

  @Test
  void quotesArePseudonymisedByDefaultAndVerbatimOnlyWithAWarning() {
    Path named =
        Fixtures.write(
            dir,
            "named/n1.md",
            Fixtures.transcript(
                "n1",
                "Tilburg",
                "ouder",
                "I: Wat hielp?\nMoeder: Lotte zat rond de tafel, dat was fijn.\n"));
    Run redacted = Run.of("report", named.toString(), "--codebook", Fixtures.MINI);
    assertEquals(0, redacted.exit(), redacted.err());
    assertTrue(
        redacted.out().contains("“\\[NAAM-1\\] zat rond de tafel, dat was fijn.”"), redacted.out());
    assertFalse(redacted.out().contains("Lotte"), redacted.out());
    assertFalse(redacted.err().contains("--no-redact"), redacted.err());

    Run verbatim =
        Run.of("report", named.toString(), "--codebook", Fixtures.MINI, "--no-redact", "--quiet");
    assertEquals(0, verbatim.exit(), verbatim.err());
    assertTrue(verbatim.out().contains("“Lotte zat rond de tafel"), verbatim.out());
    assertTrue(verbatim.out().contains("NIET gepseudonimiseerd"), verbatim.out());
    assertTrue(
        verbatim.err().contains("waardevol: warning: --no-redact: quotes are shown verbatim"),
        verbatim.err());
  }

  @Test
  void aReportFromACodedTablePseudonymisesItsQuotesToo() throws IOException {
    Path table =
        Fixtures.write(
            dir,
            "coded.csv",
            "doc_id,region,role,passage,speaker,valence,codes,text\n"
                + "t1,Tilburg,jongere,1,Daan,appreciative,samenwerking,Iedereen zat rond de tafel met daan en Bram; dat was fijn.\n");
    Run run = Run.of("report", table.toString(), "--codebook", Fixtures.MINI);
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.out()
            .contains("Iedereen zat rond de tafel met \\[NAAM-1\\] en \\[NAAM-2\\]; dat was fijn."),
        run.out());
  }

  @Test
  void aPassageThatCannotBeMadeSafeIsNotQuoted() {
    Path named =
        Fixtures.write(
            dir,
            "unsafe/u1.md",
            Fixtures.transcript(
                "u1",
                "Tilburg",
                "ouder",
                "I: Wie?\nMoeder: Fijn: Yvonne Kuipers, Lotte de Jong, Sem Bakker en Anne-Marie Smit, rust.\n"));
    Run run = Run.of("report", named.toString(), "--codebook", Fixtures.MINI, "--format", "json");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("\"code\" : \"tijd\""), run.out());
    assertFalse(run.out().contains("\"quotes\""), run.out());
    Run verbatim =
        Run.of(
            "report",
            named.toString(),
            "--codebook",
            Fixtures.MINI,
            "--format",
            "json",
            "--no-redact");
    assertTrue(verbatim.out().contains("\"quotes\" : [ {"), verbatim.out());
  }

  @Test
  void groupingByAPersonalKeyIsRefusedWhileQuotesArePseudonymised() {
    for (String[] by :
        new String[][] {
          {"--by", "region,child"},
          {"--by", "mentor", "--personal", "mentor"},
          {"--by", "Interviewer"}
        }) {
      Run run = Run.of(concat(new String[] {"report", corpus.toString()}, by));
      assertEquals(2, run.exit(), run.err());
      String key = by[1].contains(",") ? "child" : by[1];
      assertEquals(
          "waardevol: --by "
              + key
              + ": holds names, which the groups would show; pick a key that does not (such as region or role), or use --no-redact\n",
          run.err());
      assertEquals("", run.out());
    }
    Run verbatim = Run.of("report", corpus.toString(), "--by", "child", "--no-redact");
    assertEquals(0, verbatim.exit(), verbatim.err());
  }

  private static String[] concat(String[] first, String[] second) {
    String[] both = java.util.Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
