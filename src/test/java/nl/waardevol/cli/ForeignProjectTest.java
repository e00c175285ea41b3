package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.waardevol.exchange.RefiSchemas;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project as a QDA package might export it after a researcher coded by hand: GUIDs of its own
 * (codes are found by name), Windows line endings, a character outside the Basic Multilingual Plane
 * (positions count code points), a lower-case sources folder, document variables on a case (as
 * MAXQDA writes them), codings that cover part of a passage, and a coding with a lens.
 */
class ForeignProjectTest {
  @TempDir Path dir;

  private static final String TEXT =
      "I: Wat hielp? \uD83D\uDE00\n\n"
          + "Moeder: De samenwerking met school was fijn. Iedereen zat rond de tafel.\n\n"
          + "Daarna kwam er rust. We namen de tijd.\n\n"
          + "I: En verder?\n\n"
          + "Moeder: Ze luisterde echt naar ons, zonder oordeel.\n";
  private static final String STORED = TEXT.replace("\n", "\r\n");

  private Path project;

  /**
   * Where a phrase of the text lies in the stored text, counted in code points as the standard
   * does.
   */
  private static String span(String phrase) {
    int start = STORED.indexOf(phrase);
    int end = start + phrase.length();
    return "startPosition=\""
        + STORED.codePointCount(0, start)
        + "\" endPosition=\""
        + STORED.codePointCount(0, end)
        + "\"";
  }

  private static String selection(String guid, String phrase, String code) {
    return "<PlainTextSelection guid=\""
        + guid
        + "\" "
        + span(phrase)
        + ">"
        + "<Coding guid=\""
        + guid.replace('a', 'c')
        + "\"><CodeRef targetGUID=\""
        + code
        + "\"/></Coding></PlainTextSelection>";
  }

  private static final String SAMENWERKING = "11111111-1111-4111-8111-111111111111";
  private static final String TIJD = "22222222-2222-4222-8222-222222222222";
  private static final String LUISTEREN = "33333333-3333-4333-8333-333333333333";
  private static final String PROCES = "44444444-4444-4444-8444-444444444444";

  static String qde(String codes, String selections) {
    return """
        <?xml version="1.0" encoding="utf-8"?>
        <Project xmlns="urn:QDA-XML:project:1.0" name="Hand coded" origin="A QDA package">
          <Users><User guid="55555555-5555-4555-8555-555555555555" name="Anna"/></Users>
          <CodeBook><Codes>%s</Codes></CodeBook>
          <Variables>
            <Variable guid="66666666-6666-4666-8666-666666666666" name="region" typeOfVariable="Text"/>
            <Variable guid="77777777-7777-4777-8777-777777777777" name="role" typeOfVariable="Text"/>
          </Variables>
          <Cases>
            <Case guid="88888888-8888-4888-8888-888888888888">
              <VariableValue><VariableRef targetGUID="66666666-6666-4666-8666-666666666666"/><TextValue>Rotterdam</TextValue></VariableValue>
              <VariableValue><VariableRef targetGUID="77777777-7777-4777-8777-777777777777"/><TextValue>ouder</TextValue></VariableValue>
              <SourceRef targetGUID="99999999-9999-4999-8999-999999999999"/>
            </Case>
          </Cases>
          <Sources>
            <TextSource guid="99999999-9999-4999-8999-999999999999" name="interview-1.txt" plainTextPath="internal://99999999-9999-4999-8999-999999999999.txt">
              %s
            </TextSource>
          </Sources>
        </Project>
        """
        .formatted(codes, selections);
  }

  static final String CODES =
      "<Code guid=\""
          + PROCES
          + "\" name=\"Proces\" isCodable=\"true\">"
          + "<Code guid=\""
          + SAMENWERKING
          + "\" name=\"Samenwerking onderwijs en zorg\" isCodable=\"true\"/>"
          + "<Code guid=\""
          + TIJD
          + "\" name=\"rust en  TIJD\" isCodable=\"true\"/>"
          + "</Code>"
          + "<Code guid=\""
          + LUISTEREN
          + "\" name=\"luisteren\" isCodable=\"true\"/>";

  static final String SELECTIONS =
      String.join(
          "\n",
          // the whole first passage
          selection(
              "a0000000-0000-4000-8000-000000000001",
              "De samenwerking met school was fijn. Iedereen zat rond de tafel.",
              SAMENWERKING),
          // the first sentence of the second passage: just over half of it
          selection("a0000000-0000-4000-8000-000000000002", "Daarna kwam er rust.", TIJD),
          // the second sentence: under half, not counted
          selection("a0000000-0000-4000-8000-000000000003", "We namen de tijd.", LUISTEREN),
          // two phrases of the third passage, each under half, together over half
          selection("a0000000-0000-4000-8000-000000000004", "Ze luisterde", LUISTEREN),
          selection("a0000000-0000-4000-8000-000000000005", "echt naar ons,", LUISTEREN),
          // the interviewer's question: no passage
          selection("a0000000-0000-4000-8000-000000000006", "Wat hielp?", SAMENWERKING),
          // a lens, not a code
          selection("a0000000-0000-4000-8000-000000000007", "We namen de tijd.", PROCES));

  static Path write(Path file, String qde) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("project.qde", qde.getBytes(StandardCharsets.UTF_8));
    entries.put(
        "sources/99999999-9999-4999-8999-999999999999.txt",
        STORED.getBytes(StandardCharsets.UTF_8));
    Files.write(file, QdpxTest.zip(entries));
    return file;
  }

  @BeforeEach
  void writeProject() throws IOException {
    project = write(dir.resolve("hand.qdpx"), qde(CODES, SELECTIONS));
  }

  @Test
  void theFixtureIsAValidProject() throws IOException {
    RefiSchemas.validate(
        qde(CODES, SELECTIONS).strip().getBytes(StandardCharsets.UTF_8), RefiSchemas.PROJECT);
  }

  @Test
  void codingsCoveringHalfAPassageGiveItTheirCode() throws IOException {
    Run run =
        Run.of(
            "import",
            project.toString(),
            "-o",
            dir.resolve("out").toString(),
            "--codebook",
            Fixtures.MINI);
    assertEquals(0, run.exit(), run.err());

    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(Files.readString(dir.resolve("out/coded.csv"))))
            .getRecords();
    assertEquals(3, rows.size());
    assertEquals(
        List.of("samenwerking", "tijd", "luisteren"),
        rows.stream().map(r -> r.get("codes")).toList());
    assertEquals(
        List.of("proces", "proces", "houding"),
        rows.stream().map(r -> r.get("categories")).toList());
    CSVRecord first = rows.get(0);
    assertEquals("interview-1", first.get("doc_id"));
    assertEquals("Rotterdam", first.get("region"));
    assertEquals("ouder", first.get("role"));
    assertEquals(
        "De samenwerking met school was fijn. Iedereen zat rond de tafel.",
        TEXT.substring(
            TEXT.offsetByCodePoints(0, Integer.parseInt(first.get("start"))),
            TEXT.offsetByCodePoints(0, Integer.parseInt(first.get("end")))),
        "the table counts code points, as the project does");
    assertEquals("", first.get("matched"), "a human coding has no matched terms");

    assertTrue(
        run.err()
            .contains(
                "2 coding(s) cover less than half of every passage they touch and were not counted"),
        run.err());
    assertTrue(run.err().contains("1 coding(s) use lens 'Proces' itself"), run.err());
    String transcript = Files.readString(dir.resolve("out/transcripts/interview-1.md"));
    assertTrue(
        transcript.startsWith("---\nid: interview-1\nregion: Rotterdam\nrole: ouder\n---\n"),
        transcript);
    assertTrue(transcript.endsWith(TEXT), "the text with \\n line endings");
  }

  @Test
  void agreeReadsTheProjectAgainstACodedTable() throws IOException {
    Fixtures.write(
        dir,
        "t/interview-1.md",
        "---\nid: interview-1\nregion: Rotterdam\nrole: ouder\n---\n" + TEXT);
    Path auto = dir.resolve("auto.csv");
    assertEquals(
        0,
        Run.of(
                "code",
                dir.resolve("t").toString(),
                "--codebook",
                Fixtures.MINI,
                "-o",
                auto.toString())
            .exit());

    Run run =
        Run.of(
            "agree",
            "--gold",
            project.toString(),
            "--auto",
            auto.toString(),
            "--codebook",
            Fixtures.MINI,
            "--format",
            "csv");
    assertEquals(0, run.exit(), run.err());
    // The automatic coding gives the first passage samenwerking, the second tijd, the third
    // luisteren too.
    assertTrue(run.out().contains("code,label,samenwerking,proces,,,3,1,0,0,2,"), run.out());
    assertTrue(run.out().contains("code,label,luisteren,houding,,,3,1,0,0,2,"), run.out());
  }

  @Test
  void selectionsOutsideTheirSourceTextAreNotCountedAndSaidOnce() throws IOException {
    String whole = span("De samenwerking met school was fijn. Iedereen zat rond de tafel.");
    String reversed =
        whole.replaceAll(
            "startPosition=\"(\\d+)\" endPosition=\"(\\d+)\"",
            "startPosition=\"$2\" endPosition=\"$1\"");
    String stray =
        String.join(
            "\n",
            SELECTIONS,
            "<PlainTextSelection guid=\"b0000000-0000-4000-8000-000000000001\" startPosition=\"0\" endPosition=\"999999\">"
                + "<Coding guid=\"c0000000-0000-4000-8000-000000000001\"><CodeRef targetGUID=\""
                + TIJD
                + "\"/></Coding></PlainTextSelection>",
            "<PlainTextSelection guid=\"b0000000-0000-4000-8000-000000000002\" startPosition=\"-5\" endPosition=\"10\">"
                + "<Coding guid=\"c0000000-0000-4000-8000-000000000002\"><CodeRef targetGUID=\""
                + TIJD
                + "\"/></Coding></PlainTextSelection>",
            "<PlainTextSelection guid=\"b0000000-0000-4000-8000-000000000003\" "
                + reversed
                + ">"
                + "<Coding guid=\"c0000000-0000-4000-8000-000000000003\"><CodeRef targetGUID=\""
                + LUISTEREN
                + "\"/></Coding></PlainTextSelection>");
    Path edited = write(dir.resolve("stray.qdpx"), qde(CODES, stray));

    Run run = Run.of("code", edited.toString(), "--codebook", Fixtures.MINI);
    assertEquals(0, run.exit(), run.err());
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(run.out()))
            .getRecords();
    assertEquals(
        List.of("samenwerking", "tijd", "luisteren"),
        rows.stream().map(r -> r.get("codes")).toList());
    String warning =
        "3 selection(s) lie outside the text of their source and were not counted (first: interview-1.txt, startPosition 0, endPosition 999999)";
    assertEquals(
        1, run.err().split(java.util.regex.Pattern.quote(warning), -1).length - 1, run.err());
    assertTrue(
        run.err()
            .contains(
                "2 coding(s) cover less than half of every passage they touch and were not counted"),
        run.err());
  }

  @Test
  void aCodeTheCodebookLacksIsAnError() throws IOException {
    String codes = CODES.replace("name=\"luisteren\"", "name=\"Nieuwe code\"");
    Path unknown = write(dir.resolve("unknown.qdpx"), qde(codes, SELECTIONS));
    Run run =
        Run.of(
            "import",
            unknown.toString(),
            "-o",
            dir.resolve("out").toString(),
            "--codebook",
            Fixtures.MINI);
    assertEquals(2, run.exit());
    assertTrue(
        run.err()
            .contains("uses codes that codebook mini does not have: 'Nieuwe code' (3 codings)"),
        run.err());
  }
}
