package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learning loop as a team meets it: correct a coded table, train on it, and see the model code
 * a new passage like the corrected ones; the model file round-trips and refuses other codebooks.
 */
class TrainCommandTest {
  @TempDir Path dir;
  private Path corrected;

  /**
   * Things people say about a mentor who kept in touch; the mini codebook's rules miss them all.
   */
  private static final List<String> KEPT_IN_TOUCH =
      List.of(
          "De mentor belde elke week even op om te horen hoe het thuis ging.",
          "Ze belde elke vrijdag, ook als er niks bijzonders was.",
          "Hij kwam elke dinsdag langs en vroeg hoe het met haar ging.",
          "De juf belde ons elke week op, gewoon om te vragen hoe het ging.",
          "Elke maandag belde de begeleider even, dat hield ons overeind.",
          "De coach kwam elke week thuis langs en vroeg naar zijn week.",
          "Ze appte elke avond even om te vragen hoe de dag was gegaan.",
          "Meneer Bouali belde elke week, ook in de vakantie.",
          "De mentor kwam elke week even langs om te horen hoe het ging.",
          "Elke vrijdag belde ze op, en dan vroeg ze echt hoe het met ons ging.",
          "Hij belde elke week en vroeg dan hoe het thuis was.",
          "De begeleider kwam elke dinsdag langs en vroeg hoe het ging met hem.");

  private static final List<String> OTHER =
      List.of(
          "Het gebouw staat aan de rand van het dorp, naast de sporthal.",
          "We zijn in maart verhuisd naar een andere wijk.",
          "De bus rijdt om half acht en doet er een uur over.",
          "In de klas zitten vierentwintig kinderen, de meeste uit het dorp.",
          "Zijn broer zit op dezelfde school, twee klassen hoger.",
          "De gymles is op woensdag in de sporthal verderop.",
          "We hebben een hond en twee katten thuis.",
          "Het schooljaar begint in augustus, na de zomervakantie.",
          "De kantine is open tussen de middag.",
          "Ze fietst elke ochtend een half uur naar school.",
          "Het rapport komt twee keer per jaar mee naar huis.",
          "De ouderavond was in de aula, met koffie en koek.");

  @BeforeEach
  void writeCorrectedTable() throws IOException {
    StringBuilder table =
        new StringBuilder(
            "doc_id,region,role,passage,speaker,start,end,language,valence,categories,codes,valued,hindered,wished,matched,text\r\n");
    int number = 0;
    for (String text : KEPT_IN_TOUCH) {
      number++;
      table.append(
          String.format(
              "doc-%d,Emmen,ouder,1,M,0,%d,nl,appreciative,houding,luisteren,luisteren,,,,\"%s\"\r\n",
              number, text.length(), text));
    }
    for (String text : OTHER) {
      number++;
      table.append(
          String.format(
              "doc-%d,Emmen,ouder,1,M,0,%d,nl,neutral,,,,,,,\"%s\"\r\n",
              number, text.length(), text));
    }
    corrected = dir.resolve("corrected.csv");
    Files.writeString(corrected, table.toString());
  }

  private Path train(String name, String... extra) {
    Path model = dir.resolve(name);
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "train",
                corrected.toString(),
                "--codebook",
                Fixtures.MINI,
                "-o",
                model.toString(),
                "--quiet"));
    args.addAll(List.of(extra));
    Run run = Run.of(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    return model;
  }

  @Test
  void aModelTrainedOnCorrectionsCodesANewPassageLikeThem() throws IOException {
    Path model = train("team.model");
    String passage = "De mentor belde elke week even om te vragen hoe het met hem ging.\n";

    Run rules = Run.withStdin(passage, "code", "--codebook", Fixtures.MINI, "-");
    assertEquals(0, rules.exit(), rules.err());
    assertFalse(rules.out().contains("luisteren"), rules.out());

    Run learned =
        Run.withStdin(
            passage, "code", "--codebook", Fixtures.MINI, "--model", model.toString(), "-");
    assertEquals(0, learned.exit(), learned.err());
    String row = learned.out().lines().skip(1).findFirst().orElseThrow();
    assertTrue(row.contains(",houding,luisteren,luisteren,,,"), row);
    assertTrue(row.contains("model:+luisteren"), row);
    assertTrue(row.matches(".*,0\\.[5-9][0-9],model:\\+luisteren,.*|.*,1\\.00,model.*"), row);
  }

  @Test
  void theSameCorrectionsGiveTheSameModelBytes() throws IOException {
    byte[] first = Files.readAllBytes(train("first.model"));
    byte[] second = Files.readAllBytes(train("second.model"));
    assertArrayEquals(first, second);
  }

  @Test
  void crossValidationPrintsFiguresPerLensAndCodeAndTheConfidenceTable() {
    Path model = dir.resolve("cv.model");
    Run run =
        Run.of(
            "train",
            corrected.toString(),
            "--codebook",
            Fixtures.MINI,
            "--cv",
            "4",
            "-o",
            model.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("lens macro-F1"), run.out());
    assertTrue(run.out().contains("luisteren"), run.out());
    assertTrue(run.out().contains("stance accuracy"), run.out());
    assertTrue(run.out().contains("confidence from"), run.out());
    assertTrue(run.err().contains("trained on 24 passages into"), run.err());
  }

  @Test
  void explainShowsWhatTheModelDecidedAndWhy() {
    Path model = train("team.model");
    Path transcript = dir.resolve("gesprek.md");
    try {
      Files.writeString(
          transcript,
          "---\nid: gesprek\nregion: Emmen\nrole: ouder\n---\nM: De coach belde elke week om te vragen hoe het ging.\n");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Run run =
        Run.of(
            "explain",
            transcript.toString(),
            "--codebook",
            Fixtures.MINI,
            "--model",
            model.toString(),
            "--doc",
            "gesprek");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("  model (confidence "), run.out());
    assertTrue(run.out().contains("code:luisteren: yes"), run.out());
    assertTrue(run.out().contains("weighed most: "), run.out());
    assertTrue(run.out().contains("luisteren valued (model:+)"), run.out());
  }

  @Test
  void aTranscriptIsRefusedAsTrainingInputWithWhatToDo() throws IOException {
    Path transcript = dir.resolve("interview.md");
    Files.writeString(transcript, "M: Het ging goed.\n");
    Run run =
        Run.of(
            "train",
            transcript.toString(),
            "--codebook",
            Fixtures.MINI,
            "-o",
            dir.resolve("m.model").toString());
    assertEquals(ExitCodes.INPUT, run.exit());
    assertTrue(run.err().contains("is a transcript, which holds no human coding"), run.err());
    assertFalse(Files.exists(dir.resolve("m.model")));
  }

  @Test
  void aFileThatIsNoModelIsNamedAsSuch() {
    Run run =
        Run.withStdin(
            "Het ging goed.\n",
            "code",
            "--codebook",
            Fixtures.MINI,
            "--model",
            corrected.toString(),
            "-");
    assertEquals(ExitCodes.INPUT, run.exit());
    assertEquals(
        "waardevol: "
            + corrected
            + " is not a waardevol model; give a file that 'waardevol train' wrote\n",
        run.err());
  }

  @Test
  void aModelOfAnotherCodebookIsRefused() {
    Path model = train("team.model");
    Run run = Run.withStdin("Het ging goed.\n", "code", "--model", model.toString(), "-");
    assertEquals(ExitCodes.INPUT, run.exit());
    assertTrue(
        run.err().contains("was trained for codebook mini, not wio-nl; train a model for wio-nl"),
        run.err());
  }

  @Test
  void modelAndRulesOnlyExcludeEachOther() {
    Path model = train("team.model");
    Run run =
        Run.withStdin(
            "Het ging goed.\n",
            "code",
            "--codebook",
            Fixtures.MINI,
            "--model",
            model.toString(),
            "--rules-only",
            "-");
    assertEquals(ExitCodes.INPUT, run.exit());
    assertTrue(run.err().contains("--model and --rules-only exclude each other"), run.err());
  }

  @Test
  void reviewChoosesTheLeastSurePassagesAsATableThatTrainTakesBack() throws IOException {
    Path model = train("team.model");
    Path interviews = Files.createDirectory(dir.resolve("interviews"));
    StringBuilder turns = new StringBuilder();
    for (String text :
        List.of(
            "De coach belde elke week even.",
            "Het gebouw is nieuw en licht.",
            "Soms belde iemand, soms niet.",
            "We zijn verhuisd naar een ander dorp.",
            "Ze vroeg elke dinsdag hoe het ging.",
            "De bus was vaak te laat.")) {
      turns.append("I: Hoe ging het?\n\nM: ").append(text).append("\n\n");
    }
    Files.writeString(
        interviews.resolve("gesprek.md"),
        "---\nid: gesprek\nregion: Emmen\nrole: ouder\n---\n" + turns);
    Path review = dir.resolve("review.csv");
    Run run =
        Run.of(
            "review",
            interviews.toString(),
            "--codebook",
            Fixtures.MINI,
            "--model",
            model.toString(),
            "-n",
            "3",
            "-o",
            review.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.err().contains("chose 3 of 6 passages to check into"), run.err());
    List<org.apache.commons.csv.CSVRecord> rows = Fixtures.rows(Files.readString(review));
    assertEquals(3, rows.size());
    // Least sure first, by the decision the reason names: a lens nearly given counts too, though
    // the row's confidence leaves it out.
    double previous = 0;
    for (org.apache.commons.csv.CSVRecord row : rows.subList(0, 2)) {
      String reason = row.get("review");
      assertTrue(reason.startsWith("least sure: "), row.toString());
      double probability =
          Double.parseDouble(reason.substring(reason.lastIndexOf('(') + 1, reason.length() - 1));
      assertTrue(probability >= previous, row.toString());
      previous = probability;
    }
    assertEquals("Hoe ging het?", rows.get(0).get("question"));

    Run again =
        Run.of(
            "train",
            corrected.toString(),
            review.toString(),
            "--codebook",
            Fixtures.MINI,
            "-o",
            dir.resolve("again.model").toString(),
            "--quiet");
    assertEquals(0, again.exit(), again.err());
  }

  @Test
  void reviewWithoutAnyModelSaysWhatToGive() throws IOException {
    Path transcript = dir.resolve("gesprek.md");
    Files.writeString(transcript, "M: Het ging goed.\n");
    Run run = Run.of("review", transcript.toString(), "--codebook", Fixtures.MINI);
    assertEquals(ExitCodes.INPUT, run.exit());
    assertTrue(run.err().contains("review needs a model to say where it is unsure"), run.err());
  }
}
