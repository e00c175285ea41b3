package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.waardevol.exchange.RefiSchemas;
import nl.waardevol.read.Document;
import nl.waardevol.read.DocumentReader;
import nl.waardevol.read.Input;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole projects out to QDA packages and back: waardevol export and import. */
class QdpxTest {
  @TempDir Path dir;

  private static Map<String, byte[]> unzip(Path file) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
      }
    }
    return entries;
  }

  private static List<CSVRecord> rows(Path csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(Files.readString(csv)))
        .getRecords();
  }

  /** doc_id#passage → codes, from a coded table. */
  private static Map<String, String> codes(Path csv) throws IOException {
    Map<String, String> codes = new LinkedHashMap<>();
    for (CSVRecord row : rows(csv)) {
      codes.put(row.get("doc_id") + "#" + row.get("passage"), row.get("codes"));
    }
    return codes;
  }

  private Path exportExamples(String name, String... more) {
    Path project = dir.resolve(name);
    List<String> args =
        new ArrayList<>(List.of("export", "examples/interviews", "-o", project.toString()));
    args.addAll(List.of(more));
    Run run = Run.of(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    return project;
  }

  @Test
  void theProjectIsValidAgainstTheOfficialSchema() throws IOException {
    byte[] qde = unzip(exportExamples("p.qdpx")).get("project.qde");
    RefiSchemas.validate(qde, RefiSchemas.PROJECT);
  }

  @Test
  void sameInputSameBytes() throws IOException {
    Path first = exportExamples("a/project.qdpx");
    Path second = exportExamples("b/project.qdpx");
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
  }

  @Test
  void sourcesHoldTheExactTextAndSelectionsPointAtThePassages() throws Exception {
    Map<String, byte[]> entries = unzip(exportExamples("p.qdpx"));
    String qde = new String(entries.get("project.qde"), StandardCharsets.UTF_8);
    Document document =
        new DocumentReader(null)
            .read(
                new Input(
                    Path.of("examples/interviews/rotterdam-ouder-1.md"),
                    "x",
                    Input.Kind.TRANSCRIPT))
            .get(0);
    Matcher source =
        Pattern.compile(
                "<TextSource guid=\"[^\"]+\" name=\"rotterdam-ouder-1\" plainTextPath=\"internal://([^\"]+)\"")
            .matcher(qde);
    assertTrue(source.find(), "the transcript is a text source named by its id");
    assertEquals(
        document.text(),
        new String(entries.get("Sources/" + source.group(1)), StandardCharsets.UTF_8));

    List<CSVRecord> coded = new ArrayList<>();
    for (CSVRecord row : rows(codeExamples())) {
      if (row.get("doc_id").equals("rotterdam-ouder-1") && !row.get("codes").isEmpty()) {
        coded.add(row);
      }
    }
    String sourceXml = qde.substring(source.start(), qde.indexOf("</TextSource>", source.start()));
    Matcher selection =
        Pattern.compile("startPosition=\"(\\d+)\" endPosition=\"(\\d+)\"").matcher(sourceXml);
    for (CSVRecord row : coded) {
      assertTrue(selection.find(), "a selection per coded passage");
      assertEquals(row.get("start"), selection.group(1));
      assertEquals(row.get("end"), selection.group(2));
    }
    assertFalse(selection.find(), "no selection for an uncoded passage");
    assertTrue(sourceXml.contains("<TextValue>Rotterdam</TextValue>"), "metadata as variables");
    assertTrue(
        qde.contains("<Variable guid=\"")
            && qde.contains("name=\"region\" typeOfVariable=\"Text\"/>"));
    assertTrue(qde.contains("name=\"waardevol (automatic coding)\""));
  }

  @Test
  void withRedactTheProjectIsThatOfTheRedactedCopies() throws Exception {
    String terms = "examples/private-terms.txt";
    Map<String, byte[]> entries =
        unzip(exportExamples("shared.qdpx", "--redact", "--private-terms", terms));
    String qde = new String(entries.get("project.qde"), StandardCharsets.UTF_8);
    Path shared = dir.resolve("shared");
    assertEquals(
        0,
        Run.of("redact", "examples/interviews", "-o", shared.toString(), "--private-terms", terms)
            .exit());
    Document copy =
        new DocumentReader(null)
            .read(new Input(shared.resolve("rotterdam-ouder-1.md"), "x", Input.Kind.TRANSCRIPT))
            .get(0);
    Matcher source =
        Pattern.compile(
                "<TextSource guid=\"[^\"]+\" name=\"rotterdam-ouder-1\" plainTextPath=\"internal://([^\"]+)\"")
            .matcher(qde);
    assertTrue(source.find());
    assertEquals(
        copy.text(), new String(entries.get("Sources/" + source.group(1)), StandardCharsets.UTF_8));

    Path coded = dir.resolve("coded-shared.csv");
    assertEquals(0, Run.of("code", shared.toString(), "-o", coded.toString()).exit());
    String sourceXml = qde.substring(source.start(), qde.indexOf("</TextSource>", source.start()));
    Matcher selection =
        Pattern.compile("startPosition=\"(\\d+)\" endPosition=\"(\\d+)\"").matcher(sourceXml);
    for (CSVRecord row : rows(coded)) {
      if (row.get("doc_id").equals("rotterdam-ouder-1") && !row.get("codes").isEmpty()) {
        assertTrue(selection.find(), "a selection per coded passage");
        assertEquals(
            row.get("start") + "-" + row.get("end"), selection.group(1) + "-" + selection.group(2));
      }
    }
    assertFalse(qde.contains("Hennie Bakker"), "no interviewer's name among the variables");
    assertTrue(qde.contains("[NAAM-"), "placeholders in the selections' names");
    RefiSchemas.validate(entries.get("project.qde"), RefiSchemas.PROJECT);
  }

  private Path codeExamples() {
    Path coded = dir.resolve("coded.csv");
    if (!Files.exists(coded)) {
      assertEquals(0, Run.of("code", "examples/interviews", "-o", coded.toString()).exit());
    }
    return coded;
  }

  @Test
  void roundTripKeepsEveryCoding() throws IOException {
    Path project = exportExamples("p.qdpx");
    Run run = Run.of("import", project.toString(), "-o", dir.resolve("back").toString());
    assertEquals(0, run.exit(), run.err());

    Map<String, String> original = codes(codeExamples());
    assertEquals(original, codes(dir.resolve("back/coded.csv")));
    assertTrue(
        original.values().stream().filter(c -> !c.isEmpty()).count() > 100, "the corpus is coded");
    long documents =
        original.keySet().stream()
            .map(key -> key.substring(0, key.lastIndexOf('#')))
            .distinct()
            .count();
    assertEquals(
        documents,
        Files.list(dir.resolve("back/transcripts")).count(),
        "a transcript per document");
  }

  @Test
  void importRefusesAFolderWithTranscriptsFromAnotherImport() throws IOException {
    Path back = dir.resolve("back");
    Fixtures.write(back.resolve("transcripts"), "old-interview.md", "R: Van een andere import.\n");
    Run run = Run.of("import", exportExamples("p.qdpx").toString(), "-o", back.toString());
    assertEquals(2, run.exit());
    assertEquals(
        "waardevol: "
            + back.resolve("transcripts")
            + ": holds files this import would not write (such as old-interview.md), which would mix with its transcripts; choose an empty folder for -o\n",
        run.err());
    assertFalse(Files.exists(back.resolve("coded.csv")));
    Files.delete(back.resolve("transcripts/old-interview.md"));
    Path project = exportExamples("again.qdpx");
    assertEquals(0, Run.of("import", project.toString(), "-o", back.toString()).exit());
    assertEquals(
        0,
        Run.of("import", project.toString(), "-o", back.toString()).exit(),
        "importing the same project again is fine");
  }

  @Test
  void importedTranscriptsReadAsTheOriginalsDo() throws IOException {
    Run.of("import", exportExamples("p.qdpx").toString(), "-o", dir.resolve("back").toString());
    Run again = Run.of("code", dir.resolve("back/transcripts").toString());
    assertEquals(Files.readString(codeExamples()), again.out());
  }

  @Test
  void withoutCodingsForBlindCoding() throws IOException {
    Path project = exportExamples("blind.qdpx", "--no-codings");
    String qde = new String(unzip(project).get("project.qde"), StandardCharsets.UTF_8);
    assertFalse(qde.contains("<PlainTextSelection"));
    Run.of("import", project.toString(), "-o", dir.resolve("back").toString());
    assertTrue(codes(dir.resolve("back/coded.csv")).values().stream().allMatch(String::isEmpty));
    RefiSchemas.validate(qde.getBytes(StandardCharsets.UTF_8), RefiSchemas.PROJECT);
  }

  @Test
  void sourcesAreSortedByDocumentIdWhateverTheInputOrder() throws IOException {
    Path project = dir.resolve("p.qdpx");
    Run run =
        Run.of(
            "export",
            "examples/interviews/rotterdam-ouder-1.md",
            "examples/interviews/emmen-ouder-1.md",
            "-o",
            project.toString());
    assertEquals(0, run.exit(), run.err());
    String qde = new String(unzip(project).get("project.qde"), StandardCharsets.UTF_8);
    Matcher names = Pattern.compile("<TextSource guid=\"[^\"]+\" name=\"([^\"]+)\"").matcher(qde);
    List<String> order = new ArrayList<>();
    while (names.find()) {
      order.add(names.group(1));
    }
    assertEquals(List.of("emmen-ouder-1", "rotterdam-ouder-1"), order);
  }

  @Test
  void exportNeedsTranscriptsAndAFile() throws IOException {
    Run table = Run.of("export", codeExamples().toString(), "-o", dir.resolve("p.qdpx").toString());
    assertEquals(2, table.exit());
    assertTrue(
        table.err().contains("is a coded table; a QDA project needs the transcripts themselves"),
        table.err());
    Run stdout = Run.of("export", "examples/interviews", "-o", "-");
    assertEquals(2, stdout.exit());
    assertTrue(stdout.err().contains("-o must name a file"), stdout.err());
    assertFalse(Files.exists(dir.resolve("p.qdpx")));
  }

  @Test
  void importRefusesWhatIsNotAProject() throws IOException {
    Path notZip = Files.writeString(dir.resolve("x.qdpx"), "hello");
    Run run = Run.of("import", notZip.toString(), "-o", dir.resolve("out").toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("is not a REFI-QDA project"), run.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
