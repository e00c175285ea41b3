package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.waardevol.learn.ModelFormat;
import nl.waardevol.learn.ModelInfo;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report says how sure it is: passages a model was unsure of are not counted as valued,
 * hindered or wished but listed to be checked, and the method names the model.
 */
class ConfidenceReportTest {
  /** A coded table as 'code --model' writes it, with the model's confidence per passage. */
  private static final String TABLE =
      "doc_id,region,role,passage,speaker,start,end,language,valence,categories,codes,valued,hindered,wished,confidence,matched,text\n"
          + "r1,Rotterdam,ouder,1,Moeder,0,47,nl,appreciative,proces,samenwerking,samenwerking,,,0.91,,De samenwerking tussen school en zorg was fijn.\n"
          + "r1,Rotterdam,ouder,2,Moeder,48,102,nl,appreciative,inhoud,hoogbegaafdheid,hoogbegaafdheid,,,0.62,,\"Ze is hoogbegaafd, en de plusklas heeft echt geholpen.\"\n"
          + "r1,Rotterdam,ouder,3,Moeder,103,156,nl,deficit,proces,samenwerking,,samenwerking,,0.55,,\"Maar de samenwerking liep vast, het was een probleem.\"\n"
          + "r2,Rotterdam,ouder,1,Vader,0,41,nl,appreciative,proces,samenwerking,samenwerking,,,0.70,,\"Iedereen zat rond de tafel, dat was fijn.\"\n"
          + "t1,Tilburg,professional,1,R,0,71,nl,appreciative,proces,samenwerking,samenwerking,,,0.93,,\"Rond de tafel werd er goed samengewerkt, de samenwerking was waardevol.\"\n"
          + "t1,Tilburg,professional,2,R,72,111,nl,appreciative,houding,luisteren,luisteren,,,0.66,,Juf Sanne luisterde echt goed naar ons.\n"
          + "t2,Tilburg,professional,1,R,0,33,nl,appreciative,houding,luisteren,luisteren,,,,,Ze luisterden echt goed naar ons.\n";

  @TempDir Path dir;
  Path table;

  @BeforeEach
  void table() {
    table = Fixtures.write(dir, "coded.csv", TABLE);
  }

  private Run report(String... options) {
    String[] args = {"report", "--codebook", Fixtures.MINI, table.toString()};
    return Run.of(Fixtures.concat(args, options));
  }

  @Test
  void passagesBelowTheThresholdAreNotCountedAsValuedButListedPerGroup() {
    Run run = report("--min-confidence", "0.8");
    assertEquals(0, run.exit(), run.err());
    String md = run.out();
    assertTrue(md.contains("| Rotterdam | ouders | 0 (0) | 1 (1) † | 0 (0) |"), md);
    assertTrue(md.contains("| Tilburg | professionals | 0 (0) | 1 (1) † | 1 (1) † |"), md);
    assertFalse(md.contains("“Iedereen zat rond de tafel"), "an unsure passage is not quoted");
    assertTrue(md.contains("Geen passages met een deficit-toon."), md);
    String appendix = md.substring(md.indexOf("## Te controleren\n"));
    assertTrue(
        appendix.contains(
            "4 passages lagen onder betrouwbaarheid 0,80: het model was er niet zeker genoeg van."),
        appendix);
    assertTrue(appendix.contains("waardevol train"), appendix);
    assertTrue(
        appendix.contains(
            "| Regio | Rol | Passages | Documenten |\n"
                + "| --- | --- | ---: | ---: |\n"
                + "| Rotterdam | ouders | 3 | 2 |\n"
                + "| Tilburg | professionals | 1 | 1 |\n"),
        appendix);
    assertTrue(
        appendix.contains(
            "| r1 | 3 | 0,55 | Samenwerking onderwijs en zorg (knelt) | Maar de samenwerking liep vast, het was een probleem. |\n"
                + "| r1 | 2 | 0,62 | Hoogbegaafdheid (gewaardeerd) |"),
        appendix);
    assertTrue(appendix.indexOf("| t1 | 2 | 0,66 |") < appendix.indexOf("| r2 | 1 | 0,70 |"));
    assertFalse(appendix.contains("| t2 |"), "a passage without confidence (a human's) counts");
  }

  @Test
  void theCodesOfAnUnsurePassageStillCountAsMentioned() throws IOException {
    Run run = report("--min-confidence", "0.8", "--format", "csv");
    assertEquals(0, run.exit(), run.err());
    List<CSVRecord> rows = Fixtures.rows(run.out());
    assertEquals(
        List.of(
            "region",
            "role",
            "lens",
            "code",
            "label",
            "documents",
            "passages",
            "valence",
            "few_documents",
            "stance",
            "doc_id",
            "passage",
            "confidence",
            "excerpt"),
        List.copyOf(rows.get(0).getParser().getHeaderNames()));
    assertEquals("2", cell(rows, "Rotterdam", "samenwerking", "neutral", "passages"));
    assertEquals("1", cell(rows, "Rotterdam", "samenwerking", "appreciative", "passages"));
    List<CSVRecord> groups =
        rows.stream()
            .filter(row -> row.get("valence").equals("to_check") && row.get("code").isEmpty())
            .toList();
    assertEquals(2, groups.size());
    assertEquals("3", groups.get(0).get("passages"));
    assertEquals("2", groups.get(0).get("documents"));
    List<CSVRecord> passages = rows.stream().filter(row -> !row.get("doc_id").isEmpty()).toList();
    assertEquals(
        List.of("r1#3 hindered 0.55", "r1#2 valued 0.62", "t1#2 valued 0.66", "r2#1 valued 0.70"),
        passages.stream()
            .map(
                row ->
                    row.get("doc_id")
                        + "#"
                        + row.get("passage")
                        + " "
                        + row.get("stance")
                        + " "
                        + row.get("confidence"))
            .toList());
  }

  private static String cell(
      List<CSVRecord> rows, String region, String code, String valence, String column) {
    return rows.stream()
        .filter(
            row ->
                row.get("region").equals(region)
                    && row.get("code").equals(code)
                    && row.get("valence").equals(valence))
        .findFirst()
        .orElseThrow()
        .get(column);
  }

  @Test
  void theJsonReportListsEveryPassageToCheck() throws IOException {
    Run run = report("--min-confidence", "0.8", "--format", "json");
    assertEquals(0, run.exit(), run.err());
    JsonNode check = new ObjectMapper().readTree(run.out()).get("to_check");
    assertEquals(0.8, check.get("min_confidence").asDouble());
    assertEquals("Rotterdam", check.get("groups").get(0).get("key").get("region").asText());
    assertEquals(3, check.get("groups").get(0).get("passages").asInt());
    JsonNode first = check.get("passages").get(0);
    assertEquals("r1", first.get("doc_id").asText());
    assertEquals(3, first.get("passage").asInt());
    assertEquals(0.55, first.get("confidence").asDouble());
    assertEquals("hindered", first.get("codes").get(0).get("stance").asText());
    assertEquals(4, check.get("passages").size());
  }

  @Test
  void atConfidenceOneHalfEveryPassageCounts() {
    String md = report("--min-confidence", "0.5").out();
    assertTrue(md.contains("| Rotterdam | ouders | 1 (1) † | 2 (2) † | 0 (0) |"), md);
    assertTrue(md.contains("| Samenwerking onderwijs en zorg | 1 † | 1 |"), md);
    assertTrue(
        md.contains("Geen passage met een code en een toon lag onder betrouwbaarheid 0,50."));
  }

  @Test
  void withoutAModelOrThresholdEveryPassageCountsAsTheTableHasIt() {
    String md = report().out();
    assertTrue(md.contains("| Rotterdam | ouders | 1 (1) † | 2 (2) † | 0 (0) |"), md);
    assertFalse(md.contains("Te controleren"), md);
    assertTrue(md.contains("door alleen de regels van codeboek mini versie 0.1"), md);
  }

  @Test
  void excerptsArePseudonymisedAsQuotesAreAndLeftOutWithoutQuotes() {
    String redacted = report("--min-confidence", "0.8").out();
    assertTrue(
        redacted.contains(
            "| t1 | 2 | 0,66 | Luisteren zonder oordeel (gewaardeerd) | Juf \\[NAAM-1\\] luisterde"),
        redacted);
    assertFalse(redacted.contains("Sanne"), redacted);
    String verbatim = report("--min-confidence", "0.8", "--no-redact").out();
    assertTrue(verbatim.contains("Juf Sanne luisterde"), verbatim);
    String numbersOnly = report("--min-confidence", "0.8", "--quotes", "0").out();
    assertTrue(
        numbersOnly.contains(
            "| t1 | 2 | 0,66 | Luisteren zonder oordeel (gewaardeerd) | (niet geciteerd) |"),
        numbersOnly);
  }

  @Test
  void aThresholdOutsideZeroToOneIsAUsageError() {
    for (String wrong : List.of("-0.1", "1.5", "NaN")) {
      Run run = report("--min-confidence", wrong);
      assertEquals(2, run.exit(), wrong);
      assertEquals("", run.out());
      assertTrue(
          run.err().startsWith("waardevol: --min-confidence must lie between 0 and 1, not "),
          run.err());
    }
  }

  @Test
  void theMethodNamesTheModelAndCountsFromItsThreshold() throws Exception {
    Path model = dir.resolve("m.model");
    Run train =
        Run.of("train", "--codebook", Fixtures.MINI, table.toString(), "-o", model.toString());
    assertEquals(0, train.exit(), train.err());
    ModelInfo info;
    try (InputStream in = Files.newInputStream(model)) {
      info = ModelFormat.read(in, model.toString()).info();
    }
    Run run = report("--model", model.toString(), "--lang", "en");
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.out()
            .contains(
                "- Model: coded by the rules of codebook mini 0.1 (sha256 "
                    + info.codebookHash()
                    + ") with a model trained on "
                    + info.trainingPassages()
                    + " passages (data sha256 "
                    + info.trainingHash()
                    + "; from coded.csv), not cross-validated; counted as valued, hindered or wished from confidence 0.00 (the threshold of a model that was not cross-validated: every decision counts)."),
        run.out());
    String stricter =
        report("--model", model.toString(), "--min-confidence", "0.8", "--lang", "en").out();
    assertTrue(
        stricter.contains(
            "from confidence 0.80 (--min-confidence). 4 passages with a lower confidence count only as mentioned; they are listed under “To check”."),
        stricter);
    assertTrue(stricter.contains("## To check\n"), stricter);
  }
}
