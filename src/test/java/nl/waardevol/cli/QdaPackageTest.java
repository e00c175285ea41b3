package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a real QDA package and the scripts around it expect of waardevol (issue 14, 22-25). */
class QdaPackageTest {
  @TempDir Path dir;

  static final String TEXT =
      "I: Wat hielp?\n\nMoeder: De samenwerking met school was fijn.\n\nDaarna kwam er rust.\n";
  static final String ANNA = "a1111111-1111-4111-8111-111111111111";
  static final String BERT = "b2222222-2222-4222-8222-222222222222";
  static final String SAMENWERKING = "c3333333-3333-4333-8333-333333333333";
  static final String TIJD = "d4444444-4444-4444-8444-444444444444";
  private int guids;

  private String guid() {
    return String.format("e0000000-0000-4000-8000-%012d", ++guids);
  }

  /** A selection of {@code phrase} of {@link #TEXT}, coded with {@code code} by {@code user}. */
  private String coding(String phrase, String code, String user) {
    int start = TEXT.indexOf(phrase);
    return "<PlainTextSelection guid=\"%s\" startPosition=\"%d\" endPosition=\"%d\"><Coding guid=\"%s\" creatingUser=\"%s\"><CodeRef targetGUID=\"%s\"/></Coding></PlainTextSelection>"
        .formatted(guid(), start, start + phrase.length(), guid(), user, code);
  }

  /** A project with one text source per name, each holding {@link #TEXT} and the codings. */
  private Path project(String file, List<String> names, String codings) throws IOException {
    StringBuilder sources = new StringBuilder();
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (String name : names) {
      String source = guid();
      sources.append(
          "<TextSource guid=\"%s\" name=\"%s\" plainTextPath=\"internal://%s.txt\">%s</TextSource>"
              .formatted(source, name, source, codings));
      entries.put("sources/" + source + ".txt", TEXT.getBytes(StandardCharsets.UTF_8));
    }
    String qde =
        """
        <?xml version="1.0" encoding="utf-8"?>
        <Project xmlns="urn:QDA-XML:project:1.0" name="Two coders" origin="A QDA package">
          <Users><User guid="%s" name="Anna"/><User guid="%s" name="Bert"/></Users>
          <CodeBook><Codes>
            <Code guid="%s" name="samenwerking" isCodable="true"/>
            <Code guid="%s" name="tijd" isCodable="true"/>
          </Codes></CodeBook>
          <Sources>%s</Sources>
        </Project>
        """
            .formatted(ANNA, BERT, SAMENWERKING, TIJD, sources);
    Map<String, byte[]> all = new LinkedHashMap<>();
    all.put("project.qde", qde.getBytes(StandardCharsets.UTF_8));
    all.putAll(entries);
    Path path = dir.resolve(file);
    Files.write(path, QdpxTest.zip(all));
    return path;
  }

  @Test
  void importGivesSourcesWithoutASafeNameVisibleFileNames() throws IOException {
    Path project =
        project(
            "odd.qdpx",
            List.of("../../x", "", "gewoon"),
            coding("De samenwerking met school was fijn.", SAMENWERKING, ANNA));
    Path out = dir.resolve("out");

    Run run = Run.of("import", project.toString(), "-o", out.toString(), "-c", Fixtures.MINI);

    assertEquals(0, run.exit(), run.err());
    try (Stream<Path> files = Files.list(out.resolve("transcripts"))) {
      List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
      assertEquals(3, names.size(), names.toString());
      assertTrue(names.stream().noneMatch(name -> name.startsWith(".")), names.toString());
    }
    assertFalse(Files.exists(dir.resolve("x.md")));
    Run inspect = Run.of("inspect", out.resolve("transcripts").toString(), "-c", Fixtures.MINI);
    assertEquals(0, inspect.exit(), inspect.err());
    Run report =
        Run.of("report", out.resolve("transcripts").toString(), "-c", Fixtures.MINI, "--json");
    assertTrue(report.out().contains("\"documents\" : 3,"), report.out());
  }

  /** Anna coded samenwerking on the first passage, Bert tijd on the second. */
  private Path twoCoders() throws IOException {
    return project(
        "two.qdpx",
        List.of("interview-1"),
        coding("De samenwerking met school was fijn.", SAMENWERKING, ANNA)
            + coding("Daarna kwam er rust.", TIJD, BERT));
  }

  private static List<String> codes(String csv) throws IOException {
    return Fixtures.rows(csv).stream().map(row -> row.get("codes")).toList();
  }

  @Test
  void aProjectCodedByTwoPeopleWarnsWithTheirNamesAndCounts() throws IOException {
    Path project = twoCoders();

    Run run = Run.of("code", project.toString(), "-c", Fixtures.MINI);

    assertEquals(0, run.exit(), run.err());
    assertEquals(List.of("samenwerking", "tijd"), codes(run.out()));
    assertTrue(
        run.err()
            .contains(
                "two.qdpx: holds codings by 2 users, counted together: Anna (1 coding), Bert (1 coding); count one with --coder NAME"),
        run.err());
  }

  @Test
  void coderChoosesOnePersonsCodingsInCodeReportAndImport() throws IOException {
    Path project = twoCoders();

    Run code = Run.of("code", project.toString(), "-c", Fixtures.MINI, "--coder", "bert");
    assertEquals(0, code.exit(), code.err());
    assertEquals(List.of("", "tijd"), codes(code.out()));
    assertFalse(code.err().contains("users"), code.err());

    Path out = dir.resolve("anna");
    Run imported =
        Run.of(
            "import",
            project.toString(),
            "-o",
            out.toString(),
            "-c",
            Fixtures.MINI,
            "--coder",
            "Anna");
    assertEquals(0, imported.exit(), imported.err());
    assertEquals(List.of("samenwerking", ""), codes(Files.readString(out.resolve("coded.csv"))));

    Run report =
        Run.of("report", project.toString(), "-c", Fixtures.MINI, "--coder", "Anna", "--json");
    assertEquals(0, report.exit(), report.err());
    assertTrue(report.out().contains("\"coded_passages\" : 1,"), report.out());
  }

  @Test
  void aCoderWithoutCodingsIsAnErrorNamingTheCoders() throws IOException {
    Run run = Run.of("code", twoCoders().toString(), "-c", Fixtures.MINI, "--coder", "Carla");

    assertEquals(2, run.exit(), run.err());
    assertTrue(
        run.err()
            .contains(
                "two.qdpx: holds no codings by 'Carla'; its coders are Anna (1 coding), Bert (1 coding)"),
        run.err());
  }

  /** Anna's codings of {@code gold} against Bert's of {@code auto}, as a CSV table. */
  private static Run annaAgainstBert(Path gold, Path auto) {
    return Run.of(
        "agree",
        "--gold",
        gold.toString(),
        "--coder",
        "Anna",
        "--auto",
        auto.toString(),
        "--auto-coder",
        "Bert",
        "-c",
        Fixtures.MINI,
        "--format",
        "csv");
  }

  @Test
  void agreeComparesTwoCodersOfOneProject() throws IOException {
    Path project = twoCoders();

    Run run = annaAgainstBert(project, project);

    assertEquals(0, run.exit(), run.err());
    CSVRecord samenwerking =
        Fixtures.rows(run.out()).stream()
            .filter(r -> r.get("id").equals("samenwerking"))
            .findFirst()
            .get();
    assertEquals("0", samenwerking.get("both"));
    assertEquals("1", samenwerking.get("only_human"));
    assertEquals("0", samenwerking.get("only_auto"));
    CSVRecord tijd =
        Fixtures.rows(run.out()).stream().filter(r -> r.get("id").equals("tijd")).findFirst().get();
    assertEquals("1", tijd.get("only_auto"));
    assertFalse(run.err().contains("users"), run.err());
  }

  @Test
  void aCoderOfACodedTableIsAnError() throws IOException {
    Path project = twoCoders();
    Path table = dir.resolve("auto.csv");
    Files.writeString(table, Run.of("code", project.toString(), "-c", Fixtures.MINI).out());

    Run run = annaAgainstBert(project, table);

    assertEquals(2, run.exit());
    assertTrue(
        run.err()
            .contains(
                "auto.csv: is a coded table, which has no coders to choose from; --coder and --auto-coder choose among a REFI-QDA project's codings"),
        run.err());
  }

  @Test
  void theCodedTableCountsCodePointsAsPythonAndRSliceThem() throws IOException {
    String body = "I: Hoe ging het? \uD83D\uDE00\n\nMoeder: Er was rust.\n";
    Fixtures.write(dir, "a.md", body);

    Run run = Run.of("code", "--codebook", Fixtures.MINI, dir.resolve("a.md").toString());

    assertEquals(0, run.exit(), run.err());
    CSVRecord row = Fixtures.rows(run.out()).get(0);
    int[] codePoints = body.codePoints().toArray();
    String sliced =
        new String(
            codePoints,
            Integer.parseInt(row.get("start")),
            Integer.parseInt(row.get("end")) - Integer.parseInt(row.get("start")));
    assertEquals("Er was rust.", sliced);
  }
}
