package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report --compare: this period's report read against an earlier period's JSON report. */
class CompareReportTest {
  @TempDir Path dir;
  Path earlier;
  Path now;

  @BeforeEach
  void twoPeriods() {
    earlier = dir.resolve("2025");
    Fixtures.write(
        earlier,
        "r1.md",
        Fixtures.transcript(
            "r1",
            "Rotterdam",
            "ouder",
            "I: Wat hielp?\nMoeder: De samenwerking tussen school en zorg was fijn.\n\n"
                + "Moeder: Ze is hoogbegaafd, en de plusklas heeft echt geholpen.\n"));
    now = dir.resolve("2026");
    Fixtures.write(
        now,
        "r1.md",
        Fixtures.transcript(
            "r1",
            "Rotterdam",
            "ouder",
            "I: Wat hielp?\nMoeder: De samenwerking tussen school en zorg was fijn.\n\n"
                + "Moeder: De samenwerking met de wijk was ook fijn.\n\n"
                + "Moeder: Er was rust in huis, dat was fijn.\n"));
  }

  private Path earlierJson(String... extra) throws IOException {
    Path json = dir.resolve("earlier.json");
    Run run = Run.of("report", "--codebook", Fixtures.MINI, earlier.toString(), "--json");
    assertEquals(0, run.exit(), run.err());
    String text = run.out();
    for (int i = 0; i < extra.length; i += 2) {
      text = text.replace(extra[i], extra[i + 1]);
    }
    Files.writeString(json, text);
    return json;
  }

  /** This period's report against {@code earlierReport}, with {@code extra} arguments. */
  private Run compare(Path earlierReport, String... extra) {
    String[] args = {
      "report", "--codebook", Fixtures.MINI, now.toString(), "--compare", earlierReport.toString()
    };
    return Run.of(Fixtures.concat(args, extra));
  }

  @Test
  void theChangePerGroupAndCodeAndTheNewAndFadedThemesAreShown() throws IOException {
    Path json = earlierJson();
    Run run = compare(json);
    assertEquals(0, run.exit(), run.err());
    String md = run.out();
    assertTrue(md.contains("## Wat veranderde sinds het vorige rapport"), md);
    assertTrue(
        md.contains(
            "| Rotterdam | ouders | Samenwerking onderwijs en zorg | 1 (1) † | 2 (1) † | ▲ +1 (0) |"),
        md);
    assertTrue(md.contains("Nieuwe thema's (nu gewaardeerd, toen niet):\n\n- Rust en tijd"), md);
    assertTrue(
        md.contains("Verdwenen thema's (toen gewaardeerd, nu niet):\n\n- Hoogbegaafdheid"), md);
    assertTrue(
        md.contains(
            "Vergeleken met "
                + json
                + ": 1 nieuw thema: Rust en tijd; 1 verdwenen thema: Hoogbegaafdheid."),
        md);
    assertTrue(
        !md.contains("Het codeboek is veranderd"), "the same codebook is not called changed");
  }

  @Test
  void aCodebookChangeIsNamed() throws IOException {
    Path json = earlierJson("\"version\" : \"0.1\"", "\"version\" : \"0.0\"");
    Run run = compare(json, "--lang", "en");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("The codebook changed: then mini 0.0 (sha256 "), run.out());
  }

  @Test
  void theJsonReportCarriesTheComparison() throws IOException {
    Path json = earlierJson();
    Run run = compare(json, "--json");
    assertEquals(0, run.exit(), run.err());
    JsonNode comparison = new ObjectMapper().readTree(run.out()).path("comparison");
    assertEquals(false, comparison.path("codebook_changed").asBoolean(true));
    assertEquals("hoogbegaafdheid", comparison.path("faded_themes").path(0).path("code").asText());
    assertEquals(2, comparison.path("changes").path(0).path("now").path("passages").asInt());
  }

  @Test
  void aFileThatIsNoJsonReportIsRefusedInOneSentence() throws IOException {
    Path notes = Fixtures.write(dir, "notes.json", "{\"hello\": 1}");
    Run run = compare(notes);
    assertEquals(2, run.exit());
    assertEquals(
        "waardevol: "
            + notes
            + ": is not a JSON report of waardevol (no codebook or groups); give the file an earlier 'waardevol report --format json' wrote\n",
        run.err());
  }

  @Test
  void aMissingOrBrokenEarlierReportIsAnInputError() throws IOException {
    Path missing = dir.resolve("2024.json");
    Run run = compare(missing);
    assertEquals(2, run.exit());
    assertEquals(
        "waardevol: "
            + missing
            + ": no such file; give the JSON report of an earlier period (report --format json)\n",
        run.err());
    Path broken = Fixtures.write(dir, "broken.json", "{\n  \"codebook\": [1,\n");
    run = compare(broken);
    assertEquals(2, run.exit());
    assertEquals(
        "waardevol: "
            + broken
            + ":3: is not valid JSON; give the JSON report of an earlier period (report --format json)\n",
        run.err());
  }
}
