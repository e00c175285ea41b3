package nl.waardevol.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.CodebookLoader;
import nl.waardevol.read.Document;
import nl.waardevol.read.InputProblem;
import nl.waardevol.stance.Stance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ProjectWriter and ProjectReader on their own: what one writes, the other reads back. */
class ProjectRoundTripTest {
  private static Codebook codebook;
  @TempDir Path dir;

  @BeforeAll
  static void load() throws Exception {
    codebook = new CodebookLoader().load("src/test/resources/codebooks/mini.yaml");
  }

  private static final String TEXT = "Er was rust 😀 in huis.\nWe zaten rond de tafel.\n";

  /** A passage at code points {@code start} to {@code end}, as coded tables count them. */
  private static CodedPassage passage(int number, int start, int end, String... codes) {
    return new CodedPassage(
        "a",
        Map.of("region", "Emmen"),
        number,
        "",
        start,
        end,
        "nl",
        Stance.APPRECIATIVE,
        List.of(),
        List.of(codes),
        List.of(),
        nl.waardevol.code.CodeStances.NONE,
        Double.NaN,
        TEXT.substring(TEXT.offsetByCodePoints(0, start), TEXT.offsetByCodePoints(0, end)),
        "");
  }

  private static byte[] write(boolean codings) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProjectWriter writer = new ProjectWriter(bytes, codebook, "test", "waardevol test", codings);
    Document document =
        new Document(
            "a", "a.md", Map.of("region", "Emmen", "role", "ouder", "empty", " "), TEXT, 1);
    int second = TEXT.codePointCount(0, TEXT.indexOf("We"));
    int length = TEXT.codePointCount(0, TEXT.length());
    writer.add(
        document,
        List.of(
            passage(1, 0, second - 1, "tijd"),
            passage(2, second, length - 1, "samenwerking", "luisteren"),
            passage(3, 0, 2)));
    writer.finish();
    return bytes.toByteArray();
  }

  private Project read(byte[] qdpx) throws Exception {
    Path file = Files.write(dir.resolve("p.qdpx"), qdpx);
    return ProjectReader.read(file, "p.qdpx");
  }

  private static String projectFile(byte[] qdpx) throws IOException {
    try (java.util.zip.ZipInputStream zip =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(qdpx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals("project.qde")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no project.qde");
  }

  private static String codeName(Project project, String guid) {
    return project.codes().stream()
        .flatMap(lens -> lens.children().stream())
        .filter(code -> code.guid().equals(guid))
        .map(QdaCode::name)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theTextItsVariablesAndEachCodedPassageComeBack() throws Exception {
    Project project = read(write(true));
    assertEquals(1, project.sources().size());
    Project.Source source = project.sources().get(0);
    assertEquals(TEXT, source.text());
    assertEquals(Map.of("region", "Emmen", "role", "ouder"), source.variables());
    assertEquals("a", source.name());
    int second = TEXT.codePointCount(0, TEXT.indexOf("We"));
    List<Project.Selection> selections = source.selections();
    assertEquals(2, selections.size(), "a passage without codes is no selection");
    // Passages, the file and what is read back all count code points (the emoji is one).
    assertEquals(0, selections.get(0).start());
    assertEquals(second - 1, selections.get(0).end());
    assertEquals(second, selections.get(1).start());
    assertEquals(TEXT.codePointCount(0, TEXT.length()) - 1, selections.get(1).end());
    assertTrue(projectFile(write(true)).contains("endPosition=\"" + (second - 1) + "\""));
    assertEquals(
        List.of("Rust en tijd"),
        selections.get(0).codeGuids().stream().map(guid -> codeName(project, guid)).toList());
    assertEquals(
        List.of("Samenwerking onderwijs en zorg", "Luisteren zonder oordeel"),
        selections.get(1).codeGuids().stream().map(guid -> codeName(project, guid)).toList());
  }

  @Test
  void theCodeTreeIsTheCodebooksLensesWithTheirCodes() throws Exception {
    List<QdaCode> lenses = read(write(true)).codes();
    assertEquals(
        List.of("Inhoud / kennis", "Proces", "Houding en gedrag"),
        lenses.stream().map(QdaCode::name).toList());
    assertTrue(lenses.stream().noneMatch(QdaCode::codable), "a lens only groups codes");
    assertEquals(
        List.of("Samenwerking onderwijs en zorg", "Rust en tijd"),
        lenses.get(1).children().stream().map(QdaCode::name).toList());
    assertTrue(lenses.get(1).children().stream().allMatch(QdaCode::codable));
  }

  @Test
  void withoutCodingsTheTextComesButNoSelection() throws Exception {
    Project project = read(write(false));
    assertEquals(TEXT, project.sources().get(0).text());
    assertTrue(project.sources().get(0).selections().isEmpty());
  }

  @Test
  void theSameInputGivesTheSameBytes() throws Exception {
    assertArrayEquals(write(true), write(true));
  }

  @Test
  void aFileThatIsNoZipArchiveIsRefusedWithWhatToDo() throws Exception {
    Path file = Files.writeString(dir.resolve("p.qdpx"), "not a zip");
    InputProblem problem =
        assertThrows(InputProblem.class, () -> ProjectReader.read(file, "p.qdpx"));
    assertEquals(
        "p.qdpx: is not a REFI-QDA project (.qdpx is a zip archive); export the project from the QDA package again",
        problem.getMessage());
  }

  @Test
  void anArchiveWithoutAProjectFileIsRefused() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("Sources/a.txt"));
      zip.write("tekst".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    InputProblem problem = assertThrows(InputProblem.class, () -> read(bytes.toByteArray()));
    assertEquals(
        "p.qdpx: holds no project.qde; is it a REFI-QDA project (.qdpx)?", problem.getMessage());
  }
}
