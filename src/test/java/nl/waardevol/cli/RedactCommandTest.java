package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactCommandTest {
  @TempDir Path dir;
  Path corpus;
  String original;

  @BeforeEach
  void corpus() {
    corpus = dir.resolve("corpus");
    original =
        "---\nid: r1\nregion: Rotterdam\nrole: ouder\ninterviewer: Sanne de Graaf\nchild: Jasper\n---\n"
            + "I: Hoe gaat het met Jasper?\n\nMoeder: Goed. Mevrouw De Graaf belde, 06-12345678.\n";
    Fixtures.write(corpus, "sub/r1.md", original);
  }

  private String copy() throws IOException {
    return Files.readString(dir.resolve("shared/sub/r1.md"), StandardCharsets.UTF_8);
  }

  @Test
  void writesPseudonymisedCopiesWithoutPersonalKeysAndLeavesTheInput() throws IOException {
    Run run = Run.of("redact", corpus.toString(), "-o", dir.resolve("shared").toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(
        "---\nid: r1\nregion: Rotterdam\nrole: ouder\ninterviewer: \"[NAAM-1]\"\n---\n"
            + "I: Hoe gaat het met [NAAM-2]?\n\nMoeder: Goed. Mevrouw [NAAM-1] belde, [TELEFOON-1].\n",
        copy());
    assertEquals(original, Files.readString(corpus.resolve("sub/r1.md")));
    assertTrue(run.err().contains("wrote 1 pseudonymised transcripts"), run.err());
    assertFalse(Files.exists(dir.resolve("key.csv")));
  }

  @Test
  void writesTheKeyOnlyOnRequestAndNotInsideTheSharedDirectory() throws IOException {
    Run run =
        Run.of(
            "redact",
            corpus.toString(),
            "-o",
            dir.resolve("shared").toString(),
            "--key",
            dir.resolve("key.csv").toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(
        "doc_id,placeholder,original\r\nr1,[NAAM-1],Sanne de Graaf\r\nr1,[NAAM-2],Jasper\r\nr1,[TELEFOON-1],06-12345678\r\n",
        Files.readString(dir.resolve("key.csv")));

    Run inside =
        Run.of(
            "redact",
            corpus.toString(),
            "-o",
            dir.resolve("shared").toString(),
            "--key",
            dir.resolve("shared/key.csv").toString());
    assertEquals(2, inside.exit());
    assertTrue(inside.err().contains("is inside the output directory"), inside.err());
  }

  @Test
  void theKeyIsReadableByItsOwnerOnly() throws IOException {
    Assumptions.assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions only");
    Path key = dir.resolve("key.csv");
    assertEquals(
        0,
        Run.of(
                "redact",
                corpus.toString(),
                "-o",
                dir.resolve("shared").toString(),
                "--key",
                key.toString())
            .exit());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
  }

  @Test
  void englishPlaceholdersWithLangEn() throws IOException {
    assertEquals(
        0,
        Run.of("redact", corpus.toString(), "-o", dir.resolve("shared").toString(), "--lang", "en")
            .exit());
    assertTrue(copy().contains("Mevrouw [NAME-1] belde, [PHONE-1]."), copy());
  }

  @Test
  void aCodedTableIsSkippedWithAMessage() {
    Path table = Fixtures.write(dir, "coded.csv", "doc_id,passage,valence,codes,text\n");
    Run run =
        Run.of(
            "redact", corpus.toString(), table.toString(), "-o", dir.resolve("shared").toString());
    assertEquals(3, run.exit(), run.err());
    assertTrue(
        run.err()
            .contains(
                "coded.csv: is a coded table; 'redact' copies transcripts, use 'waardevol code --redact'"),
        run.err());
  }

  @Test
  void refusesToOverwriteTheInput() throws IOException {
    Run run =
        Run.of(
            "redact",
            corpus.resolve("sub/r1.md").toString(),
            "-o",
            corpus.resolve("sub").toString());
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains("would be overwritten by its own copy"), run.err());
    assertEquals(original, Files.readString(corpus.resolve("sub/r1.md")));
  }

  @Test
  void refusesAnOutputDirectoryInsideAnInputDirectory() throws IOException {
    for (Path output : List.of(corpus, corpus.resolve("shared"))) {
      Run run = Run.of("redact", corpus.toString(), "-o", output.toString());
      assertEquals(2, run.exit(), run.err());
      assertTrue(
          run.err()
              .startsWith(
                  "waardevol: -o "
                      + output
                      + " is inside the input directory "
                      + corpus
                      + "; write the pseudonymised copies to a directory of their own"),
          run.err());
    }
    try (var files = Files.walk(corpus)) {
      assertEquals(
          List.of(corpus.resolve("sub/r1.md")),
          files.filter(Files::isRegularFile).toList(),
          "nothing written beside the originals");
    }
  }

  /**
   * Per document, each passage as whether it answers an interviewer's question: its turn structure.
   */
  private static Map<String, List<Boolean>> turns(String codedJsonl) throws IOException {
    Map<String, List<Boolean>> documents = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : codedJsonl.lines().toList()) {
      JsonNode passage = json.readTree(line);
      documents
          .computeIfAbsent(passage.get("doc_id").asText(), id -> new ArrayList<>())
          .add(!passage.get("question").asText().isEmpty());
    }
    return documents;
  }

  @Test
  void aRedactedCopyKeepsItsSpeakersAndInterviewerTurns() throws IOException {
    Path shared = dir.resolve("shared");
    Run redact =
        Run.of(
            "redact",
            "examples/interviews",
            "-o",
            shared.toString(),
            "--private-terms",
            "examples/private-terms.txt");
    assertEquals(0, redact.exit(), redact.err());
    Run original = Run.of("code", "examples/interviews", "--format", "jsonl");
    Run copies = Run.of("code", shared.toString(), "--format", "jsonl");
    assertEquals(0, copies.exit(), copies.err());
    assertEquals("", copies.err());
    assertEquals(turns(original.out()), turns(copies.out()));
  }

  private static final String ONE_TURN_SPEAKER =
      "---\nid: nk-p4\nregion: Noord-Kennemerland\nrole: ouder\n---\n"
          + "Reinder: Wat was voor jullie waardevol?\n\n"
          + "Vader: Dat Wieteke zo geduldig was met ons. Wieteke nam echt de tijd.\n\n"
          + "Wieteke: Dank je. Ik probeerde vooral rust te brengen.\n\n"
          + "Reinder: En verder?\n\n"
          + "Vader: Fijne mentoren.\n";

  @Test
  void aSpeakerLabelUsedOnceIsStillANameInEveryOutput() throws IOException {
    Fixtures.write(dir.resolve("c2"), "nk-p4.md", ONE_TURN_SPEAKER);
    String input = dir.resolve("c2").toString();
    Run redact = Run.of("redact", input, "-o", dir.resolve("shared").toString());
    assertEquals(0, redact.exit(), redact.err());
    String copy = Files.readString(dir.resolve("shared/nk-p4.md"));
    assertFalse(copy.contains("Wieteke"), copy);
    assertTrue(copy.contains("\n[NAAM-2]: Dank je."), copy);
    Run report = Run.of("report", input, "--format", "json");
    Run code = Run.of("code", input, "--redact", "--format", "jsonl");
    Run export = Run.of("export", input, "--redact", "-o", dir.resolve("p.qdpx").toString());
    for (Run run : List.of(report, code, export)) {
      assertEquals(0, run.exit(), run.err());
      assertFalse(run.out().contains("Wieteke"), run.out());
    }
    assertFalse(unzippedText(dir.resolve("p.qdpx")).contains("Wieteke"));
  }

  private static String unzippedText(Path file) throws IOException {
    StringBuilder text = new StringBuilder();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      for (java.util.zip.ZipEntry entry : zip.stream().toList()) {
        text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return text.toString();
  }

  @Test
  void workshopHeadingsAreNoNames() throws IOException {
    Fixtures.write(
        dir.resolve("notes"),
        "wa.md",
        "---\nid: wa\nregion: Tilburg\nrole: netwerk\n---\n"
            + "Wat werkte: korte lijnen tussen school en leerplicht.\n"
            + "Wat werkte: een vaste begeleider die de tijd nam.\n"
            + "Knelpunt: de wachtlijst van de jeugdzorg.\n"
            + "Knelpunt: geen plek op school.\n\n"
            + "Wat we leerden is dat rust werkt. Wat ons opviel: de ouders voelden zich gehoord.\n");
    Run redact =
        Run.of("redact", dir.resolve("notes").toString(), "-o", dir.resolve("shared").toString());
    assertEquals(0, redact.exit(), redact.err());
    String copy = Files.readString(dir.resolve("shared/wa.md"));
    assertFalse(copy.contains("[NAAM"), copy);
    assertTrue(
        copy.contains(
            "Knelpunt: geen plek op school.\n\nWat we leerden is dat rust werkt. Wat ons opviel:"),
        copy);
  }

  @Test
  void aCaptionVoiceHeardOnceKeepsItsTurnInTheCopy() throws IOException {
    Fixtures.write(
        dir.resolve("cap"),
        "teams2.vtt",
        "WEBVTT\n\n00:04.210 --> 00:08.950\n<v Sanne de Graaf>Wat werkte voor jou?</v>\n\n"
            + "00:09.000 --> 00:14.000\n<v Yasmin>Ik heb er lang over nagedacht.\nWat werkte: rust en een mentor die luisterde.</v>\n\n"
            + "00:15.000 --> 00:18.000\n<v Sanne de Graaf>Dank je.</v>\n");
    Run redact =
        Run.of("redact", dir.resolve("cap").toString(), "-o", dir.resolve("shared").toString());
    assertEquals(0, redact.exit(), redact.err());
    Run code = Run.of("code", dir.resolve("shared").toString(), "--format", "jsonl");
    assertEquals(0, code.exit(), code.err());
    JsonNode second = new ObjectMapper().readTree(code.out().lines().toList().get(1));
    assertEquals("[NAAM-2]", second.get("speaker").asText());
    assertEquals(
        "Ik heb er lang over nagedacht. Wat werkte: rust en een mentor die luisterde.",
        second.get("text").asText());
  }

  @Test
  void anInterviewerNamedByFlagStillAsksTheQuestionsAfterRedaction() throws IOException {
    Fixtures.write(dir.resolve("c2"), "nk-p4.md", ONE_TURN_SPEAKER);
    String input = dir.resolve("c2").toString();
    Run redact =
        Run.of("redact", input, "--interviewer", "Reinder", "-o", dir.resolve("shared").toString());
    assertEquals(0, redact.exit(), redact.err());
    assertTrue(
        Files.readString(dir.resolve("shared/nk-p4.md")).contains("\ninterviewer: \"[NAAM-1]\"\n"));
    int original =
        Run.of("code", input, "--interviewer", "Reinder", "--format", "jsonl")
            .out()
            .lines()
            .toList()
            .size();
    assertEquals(3, original);
    assertEquals(
        original,
        Run.of("code", dir.resolve("shared").toString(), "--format", "jsonl")
            .out()
            .lines()
            .toList()
            .size());
    Run export =
        Run.of(
            "export",
            input,
            "--redact",
            "--interviewer",
            "Reinder",
            "-o",
            dir.resolve("p.qdpx").toString());
    assertTrue(export.err().contains("exported 1 documents, 3 passages"), export.err());
  }

  @Test
  void aCopyKeepsTheMetadataSheetsValuesSoItCodesAsTheOriginal() throws IOException {
    Fixtures.write(
        dir.resolve("meta"),
        "zoom2.srt",
        "1\n00:00:01,000 --> 00:00:04,000\nAnouk Hofstra: Wat werkte voor u?\n\n"
            + "2\n00:00:05,500 --> 00:00:09,000\nMoeder: Ik heb erover nagedacht.\n\n"
            + "3\n00:00:10,000 --> 00:00:12,000\nAnouk Hofstra: Dank u.\n\n"
            + "4\n00:00:13,000 --> 00:00:15,000\nMoeder: Graag.\n");
    Path sheet =
        Fixtures.write(
            dir,
            "m8.csv",
            "id,region,role,interviewer,child\nzoom2,Tilburg,ouder,Anouk Hofstra,Jasper\n");
    Run redact =
        Run.of(
            "redact",
            dir.resolve("meta").toString(),
            "--meta",
            sheet.toString(),
            "-o",
            dir.resolve("shared").toString());
    assertEquals(0, redact.exit(), redact.err());
    String copy = Files.readString(dir.resolve("shared/zoom2.md"));
    assertTrue(
        copy.startsWith(
            "---\nid: zoom2\nregion: Tilburg\nrole: ouder\ninterviewer: \"[NAAM-1]\"\n---\n"),
        copy);
    Run original =
        Run.of(
            "code", dir.resolve("meta").toString(), "--meta", sheet.toString(), "--format", "csv");
    Run copied = Run.of("code", dir.resolve("shared").toString(), "--format", "csv");
    assertEquals(2, original.out().lines().count() - 1, original.out());
    assertEquals(
        firstColumns(original.out(), 5),
        firstColumns(copied.out(), 5)); // doc_id, region, role, passage, speaker
  }

  private static List<String> firstColumns(String csv, int columns) {
    return csv.lines()
        .map(line -> String.join(",", java.util.Arrays.asList(line.split(",")).subList(0, columns)))
        .toList();
  }

  @Test
  void surveyIdsThatNamePeopleAreRowNumbersWhenRedacting() throws IOException {
    Path survey =
        Fixtures.write(
            dir.resolve("survey"),
            "enq.csv",
            "Deelnemer,regio,Wat ging goed?\n"
                + "Karin Wubbels,Rotterdam,\"De juf luisterde echt, dat was fijn en warm.\"\n"
                + "Petra Bol,Tilburg,\"Mijn zoon kreeg rust, dat was fijn en goed.\"\n");
    Run report = Run.of("report", survey.toString(), "--quotes", "5");
    assertEquals(0, report.exit(), report.err());
    assertFalse(report.out().contains("Karin") || report.out().contains("Wubbels"), report.out());
    assertTrue(report.out().contains("enq-1"), report.out());
    String note = "the ids in column 'Deelnemer' would name people";
    assertEquals(1, report.err().split(note, -1).length - 1, report.err());
    Run code = Run.of("code", survey.toString(), "--redact", "--format", "csv");
    assertTrue(code.out().contains("\nenq-2,"), code.out());
    assertFalse(code.out().contains("Petra"), code.out());
    Run redact = Run.of("redact", survey.toString(), "-o", dir.resolve("shared").toString());
    assertEquals(0, redact.exit(), redact.err());
    assertTrue(Files.exists(dir.resolve("shared/enq-1.md")), redact.err());
    assertTrue(
        Run.of("code", survey.toString(), "--format", "csv").out().contains("enq-Karin Wubbels"),
        "without redaction the ids stay");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "examples/interviews, examples/private-terms.txt",
    "src/test/resources/privacy/interviews, src/test/resources/privacy/private-terms.txt"
  })
  void redactingTheCopiesAgainChangesNothing(String corpus, String terms) throws IOException {
    Path once = dir.resolve("once");
    Path twice = dir.resolve("twice");
    assertEquals(
        0, Run.of("redact", corpus, "-o", once.toString(), "--private-terms", terms).exit());
    assertEquals(
        0,
        Run.of("redact", once.toString(), "-o", twice.toString(), "--private-terms", terms).exit());
    Map<String, String> first = new TreeMap<>();
    Map<String, String> second = new TreeMap<>();
    try (var files = Files.list(once)) {
      for (Path file : files.toList()) {
        first.put(file.getFileName().toString(), Files.readString(file));
        second.put(
            file.getFileName().toString(), Files.readString(twice.resolve(file.getFileName())));
      }
    }
    assertTrue(first.size() > 3, first.keySet().toString());
    assertEquals(first, second);
  }
}
