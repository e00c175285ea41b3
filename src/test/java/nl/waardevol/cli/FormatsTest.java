package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word, OpenDocument, captions and survey tables, as real tools write them, read end to end. */
class FormatsTest {
  static final String FIXTURES = "src/test/resources/formats/";

  @TempDir Path dir;

  static List<JsonNode> passages(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "code";
    all[1] = "--format";
    all[2] = "jsonl";
    System.arraycopy(args, 0, all, 3, args.length);
    Run run = Run.of(all);
    assertEquals(0, run.exit(), run.err());
    ObjectMapper json = new ObjectMapper();
    return run.out()
        .lines()
        .map(
            line -> {
              try {
                return json.readTree(line);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .toList();
  }

  private static List<String> texts(List<JsonNode> passages) {
    return passages.stream().map(p -> p.get("text").asText()).toList();
  }

  @Test
  void aWordDocumentGivesItsParagraphsAndTableWithoutDeletionsCommentsNotesOrHeaders() {
    List<JsonNode> passages = passages(FIXTURES + "interview.docx");
    assertEquals(
        List.of(
            "Het ging goed met de nieuwe mentor.",
            "Ze nam de tijd en luisterde naar ons.",
            "Dat gaf rust.",
            "Wat hielp – Een vaste begeleider die ons kende.",
            "Wat kan beter – De wachtlijst was lang."),
        texts(passages));
    JsonNode first = passages.get(0);
    assertEquals("Moeder", first.get("speaker").asText(), "a bold name is the speaker");
    assertEquals(
        "Wat ging er goed?",
        first.get("question").asText(),
        "a bold Interviewer turn is the question");
    assertEquals(
        "Hoe kwam dat?", passages.get(1).get("question").asText(), "'**Interviewer**: ...' too");
    assertEquals(
        "Moeder", passages.get(2).get("speaker").asText(), "a bold name alone above the turn");
    assertEquals("Emmen/Borger-Odoorn", first.get("region").asText(), "custom property");
    assertEquals("ouder", first.get("role").asText(), "custom property 'Role', key in lower case");
    assertEquals("Gesprek met moeder, Emmen", first.get("title").asText());
    assertEquals("Transcriptiebureau Noord", first.get("author").asText());
    String all = passages.toString();
    for (String absent :
        List.of(
            "helemaal niet",
            "Navragen",
            "Voetnoot",
            "VERTROUWELIJK",
            "Voettekst",
            "Interview Emmen")) {
      assertFalse(all.contains(absent), absent + " is not respondent text");
    }
  }

  @Test
  void anOpenDocumentTextReadsLikeTheSameWordDocument() {
    assertEquals(
        passages(FIXTURES + "interview.docx").toString(),
        passages(FIXTURES + "interview.odt").toString());
  }

  @Test
  void tableRowsWhoseNameOccursOnceAreTurnsSoTheInterviewerIsNotCoded() {
    for (String file : List.of("table-once.docx", "table-once.odt")) {
      List<JsonNode> passages = passages(FIXTURES + file);
      String all = texts(passages).toString();
      assertFalse(
          all.contains("Wat was voor u waardevol") || all.contains("En de school?"),
          file + ": the interviewer's row is no passage: " + all);
      assertTrue(
          passages.stream().allMatch(p -> p.get("speaker").asText().equals("Moeder")),
          file + ": " + all);
    }
    List<JsonNode> word = passages(FIXTURES + "table-once.docx");
    assertEquals(List.of("Dat de begeleider echt luisterde en de tijd nam."), texts(word));
    assertEquals("Wat was voor u waardevol in de hulp?", word.get(0).get("question").asText());
  }

  @Test
  void aTableHeaderRowIsNoTextAndTimedRowsAndTabbedBoldNamesAreTurns() {
    List<JsonNode> passages = passages(FIXTURES + "table-timed.docx");
    assertEquals(
        List.of(
            "Dat de juf de tijd nam voor mijn zoon.",
            "De gesprekken aan de keukentafel.",
            "Tweede alinea van de vader, over de mentor die luisterde.",
            "Graag."),
        texts(passages));
    assertFalse(passages.toString().contains("Spreker"), passages.toString());
    assertEquals("Dank u.", passages.get(3).get("question").asText());
  }

  @Test
  void aQualtricsExportsSecondAndThirdHeaderRowsAreNoRespondents() throws IOException {
    Fixtures.write(
        dir,
        "qualtrics.csv",
        String.join(
            "\n",
            "StartDate,EndDate,ResponseId,Q1,Q2",
            "Start Date,End Date,Response ID,Wat heeft u als waardevol ervaren?,Wat zou u anders willen?",
            "\"{\"\"ImportId\"\":\"\"startDate\"\"}\",\"{\"\"ImportId\"\":\"\"endDate\"\"}\",\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"QID1_TEXT\"\"}\",\"{\"\"ImportId\"\":\"\"QID2_TEXT\"\"}\"",
            "2026-03-01,2026-03-01,R_1,\"Dat de mentor echt naar ons luisterde en de tijd nam.\",\"Minder wisselingen van begeleiders, dat zou helpen.\"",
            "2026-03-02,2026-03-02,R_2,\"Een vast aanspreekpunt op school, dat gaf rust thuis.\",\"Sneller duidelijkheid over de kosten van de zorg.\"",
            ""));
    List<JsonNode> passages = passages(dir.resolve("qualtrics.csv").toString());
    assertEquals(4, passages.size(), passages.toString());
    assertFalse(passages.toString().contains("ImportId"), passages.toString());
    assertEquals("qualtrics-R_1", passages.get(0).get("doc_id").asText());
    assertEquals(
        "Wat heeft u als waardevol ervaren?",
        passages.get(0).get("question").asText(),
        "the question text, not Q1");
    assertEquals(
        "Dat de mentor echt naar ons luisterde en de tijd nam.",
        passages.get(0).get("text").asText());
  }

  @Test
  void teamsCaptionsMergeCuesPerSpeakerAndTakeMetadataFromANote() {
    List<JsonNode> passages = passages(FIXTURES + "teams.vtt");
    assertEquals(
        List.of(
            "Nou, de school & de jeugdzorg werkten eindelijk samen. Er was één vast aanspreekpunt voor ons.",
            "Rust. Ik hoefde niet meer alles zelf te regelen."),
        texts(passages));
    assertEquals("Fatima El Amrani", passages.get(0).get("speaker").asText());
    assertEquals(
        "Fijn dat u er bent. Wat ging er goed dit jaar?",
        passages.get(0).get("question").asText(),
        "the NOTE's interviewer asks");
    assertEquals("Emmen/Borger-Odoorn", passages.get(0).get("region").asText());
    assertEquals("ouder", passages.get(0).get("role").asText());
    assertFalse(passages.toString().contains("1a2b3c4d"), "cue identifiers are not text");
    assertFalse(passages.toString().contains("Opname via Teams"), "a NOTE is not text");
  }

  @Test
  void zoomCaptionsTakeNamePrefixesAsSpeakersAndKeepTheTurnStart() {
    Run run =
        Run.of("inspect", FIXTURES + "zoom.vtt", "--interviewer", "Tom Bakker", "--passages", "9");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Tom Bakker (2 turns, interviewer), Noor (2 turns)"), run.out());
    assertTrue(
        run.out()
            .contains(
                "#1 Noor [00:00:04]: Goed eigenlijk. De mentor nam echt de tijd voor me. Wat werkte: dat ik eerst mocht komen kijken."),
        run.out());
    assertTrue(run.out().contains("#2 Noor [00:00:14]: De eerste weken"), run.out());
  }

  @Test
  void aWrappedCueLineWithAColonStaysTheSpeakersText() throws IOException {
    Fixtures.write(
        dir,
        "teams.vtt",
        String.join(
            "\n",
            "WEBVTT",
            "",
            "00:04.210 --> 00:08.950",
            "<v Sanne de Graaf>Wat werkte voor jou?</v>",
            "",
            "00:09.000 --> 00:14.000",
            "<v Yasmin>Ik heb er lang over nagedacht.",
            "Wat werkte: rust en een mentor die luisterde.</v>",
            "",
            "00:15.000 --> 00:18.000",
            "<v Sanne de Graaf>Dank je.</v>",
            ""));
    Fixtures.write(
        dir,
        "zoom.vtt",
        String.join(
            "\n",
            "WEBVTT",
            "",
            "1",
            "00:00:01.000 --> 00:00:04.000",
            "Sanne de Graaf: Wat werkte voor jou?",
            "",
            "2",
            "00:00:05.500 --> 00:00:09.000",
            "Yasmin: Ik heb er lang over nagedacht.",
            "Wat werkte: rust en een mentor die luisterde.",
            "",
            "3",
            "00:00:10.000 --> 00:00:12.000",
            "Sanne de Graaf: Dank je.",
            "",
            "4",
            "00:00:13.000 --> 00:00:15.000",
            "Yasmin: Graag.",
            ""));
    for (String file : List.of("teams.vtt", "zoom.vtt")) {
      List<JsonNode> passages =
          passages(dir.resolve(file).toString(), "--interviewer", "Sanne de Graaf");
      assertEquals(
          "Ik heb er lang over nagedacht. Wat werkte: rust en een mentor die luisterde.",
          texts(passages).get(0),
          file);
      assertTrue(
          passages.stream().allMatch(p -> p.get("speaker").asText().equals("Yasmin")),
          file + ": " + passages);
    }
  }

  @Test
  void captionsWithoutAKnownInterviewerAreCodedWithAWarning() {
    Run run = Run.of("code", FIXTURES + "zoom.vtt");
    assertEquals(0, run.exit());
    assertTrue(
        run.err()
            .contains(
                "zoom.vtt: none of the speakers (Tom Bakker, Noor) is taken as the interviewer"),
        run.err());
  }

  @Test
  void subRipWithFrontMatterAndWindowsLineEndings() {
    List<JsonNode> passages = passages(FIXTURES + "interview.srt");
    assertEquals(
        List.of("Dat ik in mijn eigen tempo mocht werken. En de juf was heel aardig."),
        texts(passages));
    JsonNode passage = passages.get(0);
    assertEquals("srt-daan", passage.get("doc_id").asText());
    assertEquals("Tilburg", passage.get("region").asText());
    assertEquals(
        "Daan", passage.get("speaker").asText(), "a cue without a name continues the speaker");
    assertEquals("Wat vond je fijn aan de nieuwe school?", passage.get("question").asText());
  }

  @Test
  void aSurveyGivesOneDocumentPerRespondentAndOnePassagePerAnswer() {
    List<JsonNode> passages = passages(FIXTURES + "survey.csv");
    assertEquals(
        List.of(
            "survey-r1 De mentor belde elke week. Dat gaf rust. En hij luisterde echt naar ons.",
            "survey-r1 Sneller een plek vinden.",
            "survey-r1 Minder wisselingen van begeleiders.",
            "survey-r2 =1+1 is niet genoeg, we moeten samen kijken naar het kind"),
        passages.stream()
            .map(p -> p.get("doc_id").asText() + " " + p.get("text").asText())
            .toList());
    assertEquals(
        "Wat ging er goed in de samenwerking met school?",
        passages.get(0).get("question").asText());
    assertEquals("Wat zou u anders willen?", passages.get(2).get("question").asText());
    assertEquals("professional", passages.get(3).get("role").asText());
    assertEquals(
        "2026-01-10",
        passages.get(0).get("date").asText(),
        "other columns are metadata, Datum as date");
  }

  @Test
  void aFormulaLookingAnswerStaysTextAndIsDefusedInTheCodedTable() {
    Run run = Run.of("code", FIXTURES + "survey.csv");
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.out().contains("\"'=1+1 is niet genoeg, we moeten samen kijken naar het kind\""),
        run.out());
    Path coded = Fixtures.write(dir, "coded.csv", run.out());
    Run report = Run.of("report", coded.toString(), "--format", "json");
    assertEquals(0, report.exit(), report.err());
  }

  @Test
  void surveyColumnsCanBeNamed() {
    List<JsonNode> passages =
        passages(FIXTURES + "survey.csv", "--text-column", "wat zou u", "--id-column", "Datum");
    assertEquals(
        List.of(
            "survey-2026-01-10 Sneller een plek vinden.",
            "survey-2026-01-13 Minder wisselingen van begeleiders."),
        passages.stream()
            .map(p -> p.get("doc_id").asText() + " " + p.get("text").asText())
            .toList());
    assertEquals("r1", passages.get(0).get("respondent").asText());
  }

  @Test
  void aMissingSurveyColumnIsNamedWithTheColumnsThereAre() {
    Run run = Run.of("code", "--text-column", "Opmerking", FIXTURES + "survey.csv");
    assertEquals(2, run.exit());
    assertTrue(
        run.err()
            .contains(
                "survey.csv:1: has no column 'Opmerking' (--text-column); its columns are: respondent, region, role, Wat ging er goed"),
        run.err());
  }

  @Test
  void aSemicolonSurveyInWindows1252FromDutchExcel() throws IOException {
    Files.write(
        dir.resolve("enquete.csv"),
        "Nr;Regio;Wat werkte voor u?\r\n1;Emmen;\"De co\u00f6rdinator was \u00e9\u00e9n en al geduld.\"\r\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    List<JsonNode> passages = passages(dir.resolve("enquete.csv").toString());
    assertEquals(List.of("De co\u00f6rdinator was \u00e9\u00e9n en al geduld."), texts(passages));
    assertEquals("Emmen", passages.get(0).get("region").asText(), "Regio is region");
  }

  @Test
  void aCodedTableStaysACodedTable() throws IOException {
    Run coded = Run.of("code", FIXTURES + "survey.csv");
    Path table = Fixtures.write(dir, "coded.csv", coded.out());
    Run again = Run.of("code", table.toString());
    assertEquals(0, again.exit(), again.err());
    assertEquals(coded.out(), again.out(), "read back as the coded table it is, not as a survey");
  }

  @Test
  void contentThatContradictsTheExtensionIsSkippedWithAClearMessage() throws IOException {
    Fixtures.write(
        dir,
        "good.md",
        Fixtures.transcript("good", "Tilburg", "ouder", "I: Wat hielp?\nR: De rust was fijn.\n"));
    Fixtures.write(dir, "notes.docx", "I: Dit is gewoon tekst.\n");
    Files.write(
        dir.resolve("old.docx"),
        new byte[] {
          (byte) 0xD0,
          (byte) 0xCF,
          0x11,
          (byte) 0xE0,
          (byte) 0xA1,
          (byte) 0xB1,
          0x1A,
          (byte) 0xE1,
          0,
          0
        });
    Files.copy(Path.of(FIXTURES + "interview.odt"), dir.resolve("sheet.odt"));
    Files.copy(Path.of(FIXTURES + "interview.docx"), dir.resolve("zipped.txt"));
    Fixtures.write(dir, "captions.vtt", "1\n00:00:01,000 --> 00:00:02,000\nHallo\n");
    Run run = Run.of("code", dir.toString());
    assertEquals(3, run.exit());
    String err = run.err();
    assertTrue(
        err.contains(
            "notes.docx: is not a .docx document: its content is not a zip archive; save it again as .docx, or give it the extension of what it is (skipped)"),
        err);
    assertTrue(
        err.contains(
            "old.docx: is an old Word 97-2003 document or a password-protected one, not a .docx"),
        err);
    assertTrue(
        err.contains(
            "zipped.txt: is a zip archive, as a Word .docx or an .odt file is, not a text transcript"),
        err);
    assertTrue(
        err.contains(
            "captions.vtt:1: does not start with WEBVTT, so it is not a WebVTT caption file"),
        err);
    assertFalse(err.contains("sheet.odt"), "a real .odt under another name is fine: " + err);
    assertTrue(run.out().contains("good,Tilburg,ouder,1,R,"), run.out());
  }

  @Test
  void aMixedDirectoryIsCodedAndReported() throws IOException {
    Files.copy(Path.of(FIXTURES + "interview.docx"), dir.resolve("word.docx"));
    Files.copy(Path.of(FIXTURES + "interview.odt"), dir.resolve("writer.odt"));
    for (String name : List.of("teams.vtt", "zoom.vtt", "interview.srt", "survey.csv")) {
      Files.copy(Path.of(FIXTURES + name), dir.resolve(name));
    }
    Files.copy(
        Path.of("examples/interviews/tilburg-ouder-1.md"), dir.resolve("tilburg-ouder-1.md"));
    Run code = Run.of("code", dir.toString(), "--interviewer", "Tom Bakker");
    assertEquals(0, code.exit(), code.err());
    for (String id :
        List.of(
            "word,",
            "writer,",
            "teams,",
            "zoom,",
            "srt-daan,",
            "survey-r1,",
            "survey-r2,",
            "tilburg-ouder-1,")) {
      assertTrue(code.out().contains("\n" + id), id + " in " + code.out());
    }
    Run report = Run.of("report", dir.toString(), "--interviewer", "Tom Bakker");
    assertEquals(0, report.exit(), report.err());
    assertTrue(
        report.out().contains("Corpus: 6 interviews en 2 enquêterespondenten (8 documenten);"),
        report.out());
  }

  @Test
  void theMetadataSheetAndTheOutputBesideTheTranscriptsAreNotReadAsSurveys() throws IOException {
    Fixtures.write(dir, "a.md", "I: Wat hielp?\nR: De rust was fijn.\n");
    Fixtures.write(dir, "sheet.csv", "id,region,role\na,Tilburg,ouder\n");
    Path output = dir.resolve("coded.csv");
    Run first =
        Run.of(
            "code",
            dir.toString(),
            "--meta",
            dir.resolve("sheet.csv").toString(),
            "-o",
            output.toString());
    assertEquals(0, first.exit(), first.err());
    // Replacing a coded table in the input folder takes --force: it may hold hand corrections.
    Run second =
        Run.of(
            "code",
            dir.toString(),
            "--force",
            "--meta",
            dir.resolve("sheet.csv").toString(),
            "-o",
            output.toString());
    assertEquals(0, second.exit(), second.err());
    assertEquals(
        Files.readString(output).lines().count(),
        2,
        "a header and one passage, not the previous output again");
  }

  @Test
  void aCodedTableBesideItsTranscriptsIsNotCountedTwice() throws IOException {
    Fixtures.write(dir, "a.md", "I: Wat hielp?\nR: De rust was fijn.\n");
    Run coded = Run.of("code", dir.toString());
    Fixtures.write(dir, "coded.csv", coded.out());
    Run report = Run.of("report", dir.toString());
    assertEquals(3, report.exit());
    assertTrue(
        report
            .err()
            .contains(
                "coded.csv: has passages of document 'a', which "
                    + dir.resolve("a.md")
                    + " has too; read each document from one input only (skipped)"),
        report.err());
  }

  @Test
  void theAuthorOfAWordDocumentIsPseudonymisedLikeOtherPersonalMetadata() {
    Run run = Run.of("code", "--redact", FIXTURES + "interview.docx");
    assertEquals(0, run.exit(), run.err());
    assertFalse(run.out().contains("Transcriptiebureau"), run.out());
  }

  @Test
  void redactCopiesOtherFormatsAsMarkdownTranscripts() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of(FIXTURES + "interview.docx"), in.resolve("interview.docx"));
    Files.copy(Path.of(FIXTURES + "survey.csv"), in.resolve("survey.csv"));
    Run run = Run.of("redact", in.toString(), "-o", dir.resolve("out").toString());
    assertEquals(0, run.exit(), run.err());
    try (var files = Files.list(dir.resolve("out"))) {
      assertEquals(
          List.of("interview.md", "survey-r1.md", "survey-r2.md"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
    assertTrue(
        Files.readString(dir.resolve("out/interview.md"))
            .contains("\nMoeder: Het ging goed met de nieuwe mentor."));
  }
}
