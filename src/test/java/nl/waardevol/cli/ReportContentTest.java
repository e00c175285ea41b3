package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every report format gets: summary, sample, cautions, method, quotes. */
class ReportContentTest {
  @TempDir Path dir;
  Path corpus;

  @BeforeEach
  void corpus() {
    corpus = dir.resolve("corpus");
    Fixtures.write(
        corpus,
        "r1.md",
        "---\nid: r1\nregion: Rotterdam\nrole: ouder\ntype: interview\n---\n"
            + "I: Wat hielp?\nMoeder: De samenwerking tussen school en zorg was fijn, "
            + "en ze is hoogbegaafd en de plusklas heeft echt geholpen.\n");
    Fixtures.write(
        corpus,
        "t1.md",
        "---\nid: t1\nregion: Tilburg\nrole: netwerk\ntype: werkatelier\n---\n"
            + "De samenwerking rond de tafel was fijn.\n");
    Fixtures.write(
        corpus,
        "enquete.csv",
        "respondent,region,role,Wat was waardevol?\n"
            + "1,Tilburg,ouder,De samenwerking was fijn.\n"
            + "2,Tilburg,ouder,Er was rust en het was fijn.\n");
  }

  @Test
  void theSampleCountsInterviewsNotesAndSurveyRespondentsApart() {
    Run run = Run.of("report", "--codebook", Fixtures.MINI, corpus.toString());
    assertEquals(0, run.exit(), run.err());
    String md = run.out();
    assertTrue(
        md.contains(
            "| Regio | Rol | Interviews | Aantekeningen | Enquêterespondenten | Totaal |\n"
                + "| --- | --- | ---: | ---: | ---: | ---: |\n"
                + "| Rotterdam | ouders | 1 | 0 | 0 | 1 |\n"
                + "| Tilburg | ouders | 0 | 0 | 2 | 2 |\n"
                + "| Tilburg | netwerkpartners | 0 | 1 | 0 | 1 |\n"
                + "| Totaal |  | 1 | 1 | 2 | 4 |\n"),
        md);
  }

  @Test
  void theSummaryNamesThemesValuedInMostRegionsAndTheRolesThatDifferMost() {
    String md = Run.of("report", "--codebook", Fixtures.MINI, corpus.toString()).out();
    assertTrue(
        md.contains(
            "- Samenwerking onderwijs en zorg: in 2 van de 2 regio's, 3 documenten, 3 passages\n"),
        md);
    assertTrue(
        md.contains(
            "- Hoogbegaafdheid: ouders 1 van 3 (33%), tegen netwerkpartners 0 van 1 (0%)\n"),
        md);
  }

  @Test
  void aCountOnFewerThanThreeDocumentsCarriesACaution() {
    String md = Run.of("report", "--codebook", Fixtures.MINI, corpus.toString()).out();
    assertTrue(md.contains("- **Rust en tijd**: 1 document, 1 passage †\n"), md);
    assertTrue(md.contains("_† Dit aantal rust op minder dan 3 documenten"), md);
  }

  @Test
  void theMethodNamesTheVersionTheCodebookAndTheOptions() {
    String md =
        Run.of(
                "report",
                "--codebook",
                Fixtures.MINI,
                corpus.toString(),
                "--by",
                "region",
                "--lang",
                "en")
            .out();
    assertTrue(md.contains("- Made with waardevol "), md);
    assertTrue(md.contains(", codebook mini version 0.1 (sha256 "), md);
    assertTrue(md.contains("groups by --by region; at most 2 quotes per code and group"), md);
  }

  @Test
  void noPassageIsQuotedTwiceInOneGroup() {
    String md = Run.of("report", "--codebook", Fixtures.MINI, corpus.toString()).out();
    String quote = "“De samenwerking tussen school en zorg was fijn";
    assertEquals(md.indexOf(quote), md.lastIndexOf(quote), "quoted once, under its first code");
    assertTrue(md.indexOf(quote) > 0, md);
  }

  @Test
  void theJsonReportCarriesTheSameContent() throws IOException {
    Run run = Run.of("report", "--codebook", Fixtures.MINI, corpus.toString(), "--json");
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(2, json.at("/sample/documents/survey").asInt());
    assertEquals(1, json.at("/sample/documents/notes").asInt());
    assertEquals("samenwerking", json.at("/summary/themes/0/code").asText());
    assertTrue(json.at("/groups/0/total/few_documents").asBoolean());
    assertEquals(3, json.at("/options/caution_below_documents").asInt());
    assertTrue(json.path("waardevol_version").isTextual());
  }

  @Test
  void withoutRegionsTheSummaryRanksThemesByDocuments() {
    Path single = dir.resolve("single");
    Fixtures.write(
        single,
        "a.md",
        "---\nid: a\nrole: ouder\n---\nI: Wat hielp?\nR: De samenwerking was fijn.\n");
    String md = Run.of("report", "--codebook", Fixtures.MINI, single.toString()).out();
    assertTrue(
        md.contains(
            "Wat in de meeste documenten als waardevol naar voren komt (1 thema); regio's vergelijken vraagt om minstens twee regio's:\n\n"
                + "- Samenwerking onderwijs en zorg: 1 document, 1 passage †\n"),
        md);
  }
}
