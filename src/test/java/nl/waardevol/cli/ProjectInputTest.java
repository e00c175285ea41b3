package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project corrected in a QDA package, named as INPUT: the commands read its human codings as
 * {@code import} maps them, so that no import step is needed first.
 */
class ProjectInputTest {
  @TempDir Path dir;
  private Path corrected;

  /**
   * The example corpus exported, then corrected: one coding removed, one added, one phrase coded.
   */
  @BeforeEach
  void correctAnExportedProject() throws IOException {
    Path exported = dir.resolve("project.qdpx");
    Run export = Run.of("export", "examples/interviews", "-o", exported.toString());
    assertEquals(0, export.exit(), export.err());
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(exported.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
      }
    }
    entries.put(
        "project.qde",
        correct(new String(entries.get("project.qde"), StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8));
    corrected = Files.write(dir.resolve("corrected.qdpx"), QdpxTest.zip(entries));
  }

  private static String correct(String qde) {
    Matcher codable =
        Pattern.compile("<Code guid=\"([^\"]+)\" name=\"[^\"]+\" isCodable=\"true\"").matcher(qde);
    assertTrue(codable.find());
    String code = codable.group(1);
    // Remove the first coding of the first selection (it has two).
    int coding = qde.indexOf("<Coding ");
    String removed =
        qde.substring(0, coding)
            + qde.substring(qde.indexOf("</Coding>", coding) + "</Coding>".length());
    // Add a coding to the second selection, one of a code it lacks.
    Matcher selections = Pattern.compile("<PlainTextSelection [^>]+>").matcher(removed);
    assertTrue(selections.find());
    Matcher first = Pattern.compile("startPosition=\"(\\d+)\"").matcher(selections.group());
    assertTrue(first.find());
    int start = Integer.parseInt(first.group(1));
    assertTrue(selections.find());
    int description =
        removed.indexOf("</Description>", selections.end()) + "</Description>".length();
    assertTrue(
        !removed
            .substring(selections.end(), removed.indexOf("</PlainTextSelection>", selections.end()))
            .contains(code));
    String added =
        removed.substring(0, description)
            + "<Coding guid=\"aaaaaaaa-0000-4000-8000-000000000001\"><CodeRef targetGUID=\""
            + code
            + "\"/></Coding>"
            + removed.substring(description);
    // A phrase coded in the first selection's passage: too short to count, and import warns of it.
    String phrase =
        "<PlainTextSelection guid=\"aaaaaaaa-0000-4000-8000-000000000002\" startPosition=\""
            + start
            + "\" endPosition=\""
            + (start + 5)
            + "\"><Coding guid=\"aaaaaaaa-0000-4000-8000-000000000003\"><CodeRef targetGUID=\""
            + code
            + "\"/></Coding></PlainTextSelection>";
    return added.replaceFirst(
        "<PlainTextSelection ", Matcher.quoteReplacement(phrase) + "<PlainTextSelection ");
  }

  private Run imported() {
    Run run = Run.of("import", corrected.toString(), "-o", dir.resolve("imported").toString());
    assertEquals(0, run.exit(), run.err());
    return run;
  }

  @Test
  void reportOnTheProjectIsTheReportOnItsImportedTable() {
    Run imported = imported();
    String table = dir.resolve("imported/coded.csv").toString();
    for (String format : new String[] {"md", "csv", "json"}) {
      Run viaImport = Run.of("report", table, "--format", format);
      Run direct = Run.of("report", corrected.toString(), "--format", format);
      assertEquals(0, direct.exit(), direct.err());
      assertEquals(viaImport.out(), direct.out(), format);
    }
    assertNotEquals(
        Run.of("report", "examples/interviews").out(),
        Run.of("report", corrected.toString()).out(),
        "the corrections count");

    String warning =
        "1 coding(s) cover less than half of every passage they touch and were not counted";
    assertTrue(imported.err().contains(warning), imported.err());
    Run direct = Run.of("report", corrected.toString());
    assertTrue(direct.err().contains(corrected + ": " + warning), direct.err());
  }

  @Test
  void codeWritesTheTableThatImportWrites() throws IOException {
    imported();
    Run code = Run.of("code", corrected.toString());
    assertEquals(0, code.exit(), code.err());
    assertEquals(Files.readString(dir.resolve("imported/coded.csv")), code.out());
  }

  @Test
  void statsAndExplainReadTheProject() {
    Run stats = Run.of("codebook", "stats", "wio-nl", corrected.toString());
    assertEquals(0, stats.exit(), stats.err());
    assertTrue(stats.out().contains("passages of 33 documents"), stats.out());
    Run explain =
        Run.of("explain", corrected.toString(), "--doc", "rotterdam-ouder-1", "--passage", "1");
    assertEquals(0, explain.exit(), explain.err());
  }

  @Test
  void aProjectAndItsTranscriptsTogetherClashByDocumentId() {
    Run run = Run.of("report", corrected.toString(), "examples/interviews/rotterdam-ouder-1.md");
    assertEquals(3, run.exit(), run.err());
    assertTrue(run.err().contains("rotterdam-ouder-1"), run.err());
  }

  @Test
  void diffExportAndRedactSayWhatToDoWithAProject() {
    Run diff = Run.of("diff", corrected.toString(), corrected.toString());
    assertEquals(2, diff.exit());
    assertTrue(diff.err().contains("is a REFI-QDA project; import it first"), diff.err());
    Run export = Run.of("export", corrected.toString(), "-o", dir.resolve("again.qdpx").toString());
    assertEquals(2, export.exit());
    assertTrue(export.err().contains("is a REFI-QDA project"), export.err());
    Run redact = Run.of("redact", corrected.toString(), "-o", dir.resolve("shared").toString());
    assertEquals(2, redact.exit(), redact.err());
    assertTrue(
        redact
            .err()
            .contains("is a REFI-QDA project; 'redact' copies transcripts: import it first"),
        redact.err());
  }
}
