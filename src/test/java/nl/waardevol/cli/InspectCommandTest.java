package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a researcher sees when checking a new batch before coding it. */
class InspectCommandTest {
  @TempDir Path dir;

  @Test
  void aMultiLineMetadataValueAndPassageAreFoldedIntoOneLine() throws IOException {
    Files.writeString(
        dir.resolve("a.md"),
        "---\nid: a\nnote: |\n  eerste regel\n  tweede regel\n---\nI: Wat hielp?\nR: Eerst was het zwaar.\nToen kwam Rik.\n");
    Run run = Run.of("inspect", dir.resolve("a.md").toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.out().contains("  metadata         note: eerste regel tweede regel\n"), run.out());
    assertTrue(run.out().contains("#1 R: Eerst was het zwaar. Toen kwam Rik.\n"), run.out());
  }

  @Test
  void aWordDocumentIsDescribed() {
    Run run = Run.of("inspect", FormatsTest.FIXTURES + "interview.docx");
    assertEquals(0, run.exit(), run.err());
    assertEquals(
        FormatsTest.FIXTURES
            + "interview.docx\n"
            + "  format           Word document (.docx)\n"
            + "  encoding         XML in a zip archive\n"
            + "  bold/table names Interviewer, Moeder\n"
            + "  left out         1 tracked deletion, 1 comment, 1 footnote; headers, footers and comment text are never read\n"
            + "  document         interview\n"
            + "  language         nl (guessed from the text)\n"
            + "  metadata         author: Transcriptiebureau Noord; title: Gesprek met moeder, Emmen; role: ouder; region: Emmen/Borger-Odoorn\n"
            + "  turns            5, of which 3 interviewer\n"
            + "  speakers         Interviewer (3 turns, interviewer), Moeder (2 turns)\n"
            + "  passages         5\n"
            + "                   #1 Moeder: Het ging goed met de nieuwe mentor.\n"
            + "                   #2 Moeder: Ze nam de tijd en luisterde naar ons.\n"
            + "                   #3 Moeder: Dat gaf rust.\n"
            + "\n"
            + "1 file, 1 document\n",
        run.out());
  }

  @Test
  void aSurveyShowsWhichColumnsWereTaken() {
    Run run = Run.of("inspect", "--passages", "1", FormatsTest.FIXTURES + "survey.csv");
    assertEquals(0, run.exit(), run.err());
    String out = run.out();
    assertTrue(
        out.contains("  format           survey or spreadsheet table\n  encoding         UTF-8\n"),
        out);
    assertTrue(
        out.contains(
            "  open questions   Wat ging er goed in de samenwerking met school?; Wat zou u anders willen?\n"),
        out);
    assertTrue(out.contains("  id column        respondent\n"), out);
    assertTrue(out.contains("  metadata columns region; role; Datum (as date)\n"), out);
    assertTrue(out.contains("  rows             4, of which 1 respondent without answers\n"), out);
    assertTrue(out.contains("  document         survey-r1\n"), out);
    assertTrue(out.contains("  speakers         Q (3 turns, interviewer), A (3 turns)\n"), out);
    assertTrue(out.endsWith("1 file, 2 documents\n"), out);
  }

  @Test
  void aFileThatCannotBeReadIsListedWithTheReasonAndExitCode3() throws IOException {
    Fixtures.write(dir, "good.md", "I: Wat hielp?\nR: De rust.\n");
    Files.write(dir.resolve("bad.docx"), "geen zip".getBytes());
    Run run = Run.of("inspect", dir.toString());
    assertEquals(3, run.exit());
    assertTrue(
        run.out()
            .contains(
                dir.resolve("bad.docx")
                    + "\n  problem          "
                    + dir.resolve("bad.docx")
                    + ": is not a .docx document"),
        run.out());
    assertTrue(run.out().endsWith("2 files, 1 document, 1 cannot be read\n"), run.out());
    Run strict = Run.of("inspect", "--strict", dir.toString());
    assertEquals(2, strict.exit());
  }

  @Test
  void jsonForScripts() throws IOException {
    Run run =
        Run.of(
            "inspect",
            "--format",
            "json",
            "--interviewer",
            "Tom Bakker",
            FormatsTest.FIXTURES + "zoom.vtt",
            FormatsTest.FIXTURES + "teams.vtt");
    assertEquals(0, run.exit(), run.err());
    JsonNode root = new ObjectMapper().readTree(run.out());
    JsonNode zoom = root.get("files").get(0);
    assertEquals("vtt", zoom.get("format").asText());
    assertEquals("UTF-8", zoom.get("encoding").asText());
    assertTrue(zoom.get("problem").isNull());
    JsonNode document = zoom.get("documents").get(0);
    assertEquals("zoom", document.get("id").asText());
    assertEquals(4, document.get("turns").asInt());
    assertEquals(2, document.get("interviewer_turns").asInt());
    assertEquals("Tom Bakker", document.get("speakers").get(0).get("label").asText());
    assertTrue(document.get("speakers").get(0).get("interviewer").asBoolean());
    assertEquals("00:00:04", document.get("first_passages").get(0).get("time").asText());
    JsonNode teams = root.get("files").get(1).get("documents").get(0);
    assertEquals("Emmen/Borger-Odoorn", teams.get("metadata").get("region").asText());
    assertEquals("2 files, 2 documents", root.get("summary").asText());
  }

  @Test
  void aCodedTableShowsItsDocumentsAndPassages() {
    Path coded =
        Fixtures.write(dir, "coded.csv", Run.of("code", FormatsTest.FIXTURES + "survey.csv").out());
    Run run = Run.of("inspect", coded.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.out()
            .contains(
                "  format           coded table written by 'waardevol code' (codes are read as they stand)\n"
                    + "  document         survey-r1\n  passages         3\n  document         survey-r2\n  passages         1\n"),
        run.out());
  }

  @Test
  void helpHasExamples() {
    Run run = Run.of("inspect", "--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("waardevol inspect examples/interviews"), run.out());
    assertTrue(run.out().contains("--text-column"), run.out());
  }
}
