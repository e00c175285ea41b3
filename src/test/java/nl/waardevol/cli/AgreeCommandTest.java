package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreeCommandTest {
  private static final boolean UPDATE = "update".equals(System.getProperty("waardevol.golden"));
  private static final String HUMAN = "src/test/resources/agree/human.csv";
  private static final String AUTO = "src/test/resources/agree/auto.csv";

  @TempDir Path dir;

  private static Run agree(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of("agree", "--gold", HUMAN, "--auto", AUTO, "--codebook", Fixtures.MINI));
    args.addAll(List.of(more));
    return Run.of(args.toArray(String[]::new));
  }

  @Test
  void theMarkdownPageIsUpToDate() throws IOException {
    Run run = agree();
    assertEquals(0, run.exit(), run.err());
    Path golden = Path.of("src/test/resources/agree/agreement.md");
    if (UPDATE) {
      Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(golden, StandardCharsets.UTF_8),
        run.out(),
        "run mvn verify -Dwaardevol.golden=update after a deliberate change");
  }

  @Test
  void atTheStanceLevelTheSameCodeWithAnotherStanceIsADisagreement(
      @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    String header = "doc_id,passage,valence,codes,valued,hindered,wished,text\n";
    Path human =
        Fixtures.write(
            dir,
            "human.csv",
            header
                + "a,1,appreciative,samenwerking,samenwerking,,,De samenwerking was fijn.\n"
                + "a,2,deficit,samenwerking;tijd,tijd,samenwerking,,Tijd kregen we wel.\n");
    Path auto =
        Fixtures.write(
            dir,
            "auto.csv",
            header
                + "a,1,appreciative,samenwerking,samenwerking,,,De samenwerking was fijn.\n"
                + "a,2,deficit,samenwerking;tijd,,samenwerking;tijd,,Tijd kregen we wel.\n");
    String[] both = {"agree", "--gold", human.toString(), "--auto", auto.toString()};
    String[] mini = {"--codebook", Fixtures.MINI, "--format", "csv"};
    String codes = Run.of(Fixtures.concat(both, mini)).out();
    assertTrue(codes.contains("code,overall,,,,,2,3,0,0,"), codes);
    Run stance = Run.of(Fixtures.concat(Fixtures.concat(both, mini), "--level", "stance"));
    assertEquals(0, stance.exit(), stance.err());
    assertTrue(stance.out().contains("stance,label,tijd:valued,proces,,,2,0,1,0,1,"), stance.out());
    assertTrue(
        stance.out().contains("stance,label,tijd:hindered,proces,,,2,0,0,1,1,"), stance.out());
    assertTrue(
        stance.out().contains("stance,label,samenwerking:hindered,proces,,,2,1,0,0,1,"),
        stance.out());
  }

  @Test
  void theMarkdownStatesTheBandsAndWhatIsNotDefined() {
    String page = agree().out();
    assertTrue(
        page.contains(
            "| Krippendorff's α over the sets of codes per passage (multi-valued) | 0.591 (not reliable) |"),
        page);
    assertTrue(page.contains("α ≥ 0.800 is reliable; 0.667 ≤ α < 0.800 is tentative"), page);
    assertTrue(
        page.contains(
            "| hoogbegaafdheid | inhoud | 0 | 0 | 0 | 9 | not defined | not defined | not defined | not defined | not defined | 100.0% |"),
        page);
    assertTrue(
        page.contains(
            "| samenwerking | proces | 2 | 1 | 1 | 5 | 0.667 | 0.667 | 0.667 | 0.500 | 0.528 | 77.8% |"),
        page);
    assertTrue(page.contains("## Passages only in the human coding (1)"), page);
  }

  @Test
  void csvHasTheOverallRowARowPerCodeAndThePassagesInOneFileOnly() {
    Run run = agree("--format", "csv");
    assertEquals(
        "level,scope,id,parent,doc_id,passage,passages,both,only_human,only_auto,neither,precision,recall,f1,kappa,alpha,agreement\r\n"
            + "code,overall,,,,,9,7,2,2,25,0.7778,0.7778,0.7778,,0.5913,0.5556\r\n"
            + "code,label,hoogbegaafdheid,inhoud,,,9,0,0,0,9,,,,,,1.0000\r\n"
            + "code,label,samenwerking,proces,,,9,2,1,1,5,0.6667,0.6667,0.6667,0.5000,0.5278,0.7778\r\n"
            + "code,label,tijd,proces,,,9,2,1,1,5,0.6667,0.6667,0.6667,0.5000,0.5278,0.7778\r\n"
            + "code,label,luisteren,houding,,,9,3,0,0,6,1.0000,1.0000,1.0000,1.0000,1.0000,1.0000\r\n"
            + "code,only_human,,,c,1,,,,,,,,,,,\r\n"
            + "code,only_auto,,,d,1,,,,,,,,,,,\r\n",
        run.out());
  }

  @Test
  void passagesInOneFileOnlyAreWarnedAbout() throws IOException {
    Run run = agree("--format", "csv");
    assertTrue(
        run.err()
            .contains(
                "waardevol: warning: 1 passage(s) only in "
                    + HUMAN
                    + " (first: c #1) and 1 only in "
                    + AUTO
                    + " (first: d #1) are not compared; do both files code the same transcripts?"),
        run.err());
    Path other =
        Fixtures.write(
            dir, "other.csv", "doc_id,passage,valence,codes,text\nz,1,neutral,tijd,Z.\n");
    Run none =
        Run.of("agree", "--gold", HUMAN, "--auto", other.toString(), "--codebook", Fixtures.MINI);
    assertTrue(
        none.err()
            .contains(
                "waardevol: warning: " + HUMAN + " and " + other + " have no passage in common"),
        none.err());
  }

  @Test
  void aThresholdIsComparedWithTheValueAsPrinted() throws IOException {
    // tijd: 2 both, 1 only automatic, 3 neither, so kappa is exactly 2/3, printed 0.667.
    String head = "doc_id,passage,valence,codes,text\n";
    Path human =
        Fixtures.write(
            dir,
            "h.csv",
            head
                + "a,1,neutral,tijd,A.\na,2,neutral,tijd,A.\na,3,neutral,,A.\na,4,neutral,,A.\na,5,neutral,,A.\na,6,neutral,,A.\n");
    Path auto =
        Fixtures.write(
            dir,
            "a.csv",
            head
                + "a,1,neutral,tijd,A.\na,2,neutral,tijd,A.\na,3,neutral,tijd,A.\na,4,neutral,,A.\na,5,neutral,,A.\na,6,neutral,,A.\n");
    Run run =
        Run.of(
            "agree",
            "--gold",
            human.toString(),
            "--auto",
            auto.toString(),
            "--codebook",
            Fixtures.MINI,
            "--min-kappa",
            "0.667");
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.out().contains("| tijd | proces | 2 | 0 | 1 | 3 | 0.667 | 1.000 | 0.800 | 0.667 |"),
        run.out());
    assertEquals(
        4,
        Run.of(
                "agree",
                "--gold",
                human.toString(),
                "--auto",
                auto.toString(),
                "--codebook",
                Fixtures.MINI,
                "--min-kappa",
                "0.668")
            .exit());
  }

  @Test
  void jsonPerCategoryWithNullsAndTheUnmatchedPassages() throws IOException {
    Path file = dir.resolve("agreement.json");
    Run run = agree("--level", "category", "-o", file.toString());
    assertEquals(0, run.exit(), run.err());
    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertEquals("category", json.get("level").asText());
    assertEquals(9, json.get("passages_compared").asInt());
    assertEquals("c", json.get("only_human").get(0).get("doc_id").asText());
    assertEquals("d", json.get("only_auto").get(0).get("doc_id").asText());
    assertEquals(6, json.get("overall").get("identical").asInt());
    JsonNode inhoud = json.get("categories").get(0);
    assertEquals("inhoud", inhoud.get("id").asText());
    assertTrue(inhoud.get("kappa").isNull());
    JsonNode proces = json.get("categories").get(1);
    assertEquals(4, proces.get("both").asInt());
    assertEquals(0.8, proces.get("precision").asDouble(), 1e-9);
  }

  @Test
  void thresholdsFailTheRunForCi() {
    Run low = agree("--min-alpha", "0.667", "--min-kappa", "0.6");
    assertEquals(4, low.exit());
    assertTrue(low.out().startsWith("# Agreement"), "the output is still written");
    assertTrue(low.err().contains("waardevol: alpha 0.591 is below --min-alpha 0.667"), low.err());
    assertTrue(
        low.err().contains("waardevol: kappa of code samenwerking is 0.500, below --min-kappa 0.6"),
        low.err());
    assertTrue(low.err().contains("kappa of code tijd"), low.err());
    assertTrue(
        !low.err().contains("hoogbegaafdheid"), "a code whose kappa is not defined is not checked");

    assertEquals(0, agree("--min-alpha", "0.5", "--min-kappa", "0.5").exit());
    assertEquals(2, agree("--min-alpha", "1.5").exit());
  }

  @Test
  void identicalCodingsAgreeFully() {
    Run run =
        Run.of(
            "agree",
            "--gold",
            HUMAN,
            "--auto",
            HUMAN,
            "--codebook",
            Fixtures.MINI,
            "--min-alpha",
            "1");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("| 1.000 (reliable) |"), run.out());
  }

  @Test
  void nothingInCommonIsNotDefinedAndFailsAThreshold() throws IOException {
    Path other =
        Fixtures.write(
            dir, "other.csv", "doc_id,passage,valence,codes,text\nz,1,neutral,tijd,Z.\n");
    Run run =
        Run.of(
            "agree",
            "--gold",
            HUMAN,
            "--auto",
            other.toString(),
            "--codebook",
            Fixtures.MINI,
            "--min-alpha",
            "0.8");
    assertEquals(4, run.exit());
    assertTrue(run.out().contains("| passages compared | 0 |"), run.out());
    assertTrue(run.out().contains("(multi-valued) | not defined |"), run.out());
    assertTrue(run.err().contains("alpha is not defined"), run.err());
  }

  @Test
  void badInputIsNamed() throws IOException {
    Path typo =
        Fixtures.write(
            dir, "typo.csv", "doc_id,passage,valence,codes,text\na,1,neutral,samenwerkng,A.\n");
    Run unknown =
        Run.of("agree", "--gold", typo.toString(), "--auto", AUTO, "--codebook", Fixtures.MINI);
    assertEquals(2, unknown.exit());
    assertTrue(
        unknown
            .err()
            .contains("typo.csv:2: has code 'samenwerkng', which codebook mini does not define"),
        unknown.err());

    Path twice =
        Fixtures.write(
            dir,
            "twice.csv",
            "doc_id,passage,valence,codes,text\na,1,neutral,,A.\na,1,neutral,tijd,A.\n");
    Run repeated =
        Run.of("agree", "--gold", twice.toString(), "--auto", AUTO, "--codebook", Fixtures.MINI);
    assertEquals(2, repeated.exit());
    assertTrue(
        repeated
            .err()
            .contains("twice.csv:3: repeats passage a #1 of line 2; delete one of the two rows"),
        repeated.err());

    Run transcripts = Run.of("agree", "--gold", "examples/interviews", "--auto", AUTO);
    assertEquals(2, transcripts.exit());
    assertTrue(
        transcripts
            .err()
            .contains("is neither a coded table (.csv, .jsonl) nor a REFI-QDA project (.qdpx)"),
        transcripts.err());
  }

  @Test
  void warnsWhenTheTwoFilesSegmentedDifferently() throws IOException {
    Path shifted =
        Fixtures.write(
            dir,
            "shifted.csv",
            Files.readString(Path.of(AUTO))
                .replace("a,Rotterdam,ouder,1,10,60", "a,Rotterdam,ouder,1,12,60"));
    Run run =
        Run.of("agree", "--gold", HUMAN, "--auto", shifted.toString(), "--codebook", Fixtures.MINI);
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.err()
            .contains(
                "1 passage(s) lie elsewhere in the text in "
                    + HUMAN
                    + " than in "
                    + shifted
                    + " (first: a #1)"),
        run.err());
  }
}
