package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The planted corpus (src/test/resources/privacy: invented people with every kind of identifier in
 * varied positions) through every output: no planted identifier may survive in any of them, and the
 * ordinary text planted beside them must.
 */
class PrivacyCorpusTest {
  private static final Path PLANTED = Path.of("src/test/resources/privacy");
  private static final String CORPUS = PLANTED.resolve("interviews").toString();
  private static final String TERMS = PLANTED.resolve("private-terms.txt").toString();

  @TempDir static Path dir;
  static Map<String, String> outputs = new LinkedHashMap<>();
  static String redactedTranscripts;

  @BeforeAll
  static void runEveryOutput() throws IOException {
    for (String format : List.of("md", "csv", "json")) {
      outputs.put(
          "report " + format, run("report", CORPUS, "--private-terms", TERMS, "--format", format));
    }
    outputs.put("report en", run("report", CORPUS, "--private-terms", TERMS, "--lang", "en"));
    outputs.put("code csv", run("code", CORPUS, "--redact", "--private-terms", TERMS));
    outputs.put(
        "code jsonl",
        run("code", CORPUS, "--redact", "--private-terms", TERMS, "--format", "jsonl"));
    Path shared = dir.resolve("shared");
    run("redact", CORPUS, "-o", shared.toString(), "--private-terms", TERMS);
    StringBuilder copies = new StringBuilder();
    try (Stream<Path> files = Files.list(shared)) {
      for (Path file : files.sorted().toList()) {
        copies.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
      }
    }
    redactedTranscripts = copies.toString();
    Path project = dir.resolve("shared.qdpx");
    run("export", CORPUS, "--redact", "--private-terms", TERMS, "-o", project.toString());
    outputs.put("export qdpx", unzipped(project));
    outputs.put("redacted transcripts", redactedTranscripts);
    String coded = outputs.get("code csv");
    Path table = dir.resolve("coded.csv");
    Files.writeString(table, run("code", CORPUS), StandardCharsets.UTF_8);
    outputs.put(
        "report from a coded table", run("report", table.toString(), "--private-terms", TERMS));
    assertTrue(coded.contains("[NAAM-"), coded);
  }

  /** Every entry of a project (its project.qde and the sources' texts), one after the other. */
  private static String unzipped(Path project) throws IOException {
    StringBuilder text = new StringBuilder();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(project.toFile())) {
      for (java.util.zip.ZipEntry entry : zip.stream().toList()) {
        text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8))
            .append('\n');
      }
    }
    return text.toString();
  }

  private static String run(String... args) {
    Run run = Run.of(args);
    assertEquals(0, run.exit(), String.join(" ", args) + "\n" + run.err());
    return run.out();
  }

  /** Folded white space, Markdown escapes and spreadsheet apostrophes undone. */
  private static String plain(String output) {
    return output.replace("\\", "").replaceAll("\\s+", " ");
  }

  private static boolean contains(String output, String text) {
    String pattern =
        "(?<![\\p{L}\\p{N}])" + Pattern.quote(text.replaceAll("\\s+", " ")) + "(?![\\p{L}\\p{N}])";
    return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(plain(output))
        .find();
  }

  private static List<String[]> planted() throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line :
        Files.readAllLines(PLANTED.resolve("planted.tsv"))
            .subList(1, Files.readAllLines(PLANTED.resolve("planted.tsv")).size())) {
      rows.add(line.split("\t"));
    }
    return rows;
  }

  @Test
  void theCorpusHoldsEveryPlantedIdentifier() throws IOException {
    String corpus = "";
    try (Stream<Path> files = Files.list(Path.of(CORPUS))) {
      for (Path file : files.sorted().toList()) {
        corpus += Files.readString(file, StandardCharsets.UTF_8);
      }
    }
    for (String[] row : planted()) {
      assertTrue(
          contains(corpus, row[1]), "planted " + row[0] + " '" + row[1] + "' is not in the corpus");
    }
  }

  @Test
  void noPlantedIdentifierIsLeftInAnyOutput() throws IOException {
    List<String> leaks = new ArrayList<>();
    Map<String, int[]> recall = new TreeMap<>();
    for (String[] row : planted()) {
      int[] counts = recall.computeIfAbsent(row[0], kind -> new int[2]);
      counts[1]++;
      boolean gone = true;
      for (Map.Entry<String, String> output : outputs.entrySet()) {
        if (contains(output.getValue(), row[1])) {
          leaks.add(output.getKey() + ": " + row[0] + " '" + row[1] + "'");
          gone = false;
        }
      }
      counts[0] += gone ? 1 : 0;
    }
    StringBuilder summary = new StringBuilder("recall on the planted set:");
    recall.forEach(
        (kind, counts) -> summary.append(String.format(" %s %d/%d", kind, counts[0], counts[1])));
    System.out.println(summary);
    assertEquals(List.of(), leaks);
  }

  @Test
  void ordinaryTextSurvives() throws IOException {
    List<String> lost = new ArrayList<>();
    for (String survivor : Files.readAllLines(PLANTED.resolve("survivors.txt"))) {
      if (!survivor.isBlank() && !survivor.startsWith("#")) {
        for (String output :
            List.of("redacted transcripts", "code csv", "code jsonl", "export qdpx")) {
          if (!plain(outputs.get(output)).contains(survivor)) {
            lost.add(output + ": '" + survivor + "'");
          }
        }
      }
    }
    assertEquals(List.of(), lost);
  }

  @Test
  void aPersonKeepsOnePlaceholderThroughoutADocument() {
    String ouder =
        redactedTranscripts.substring(0, redactedTranscripts.indexOf("id: planted-parent-en"));
    assertTrue(ouder.contains("Moeder van [NAAM-2]: [NAAM-2] zit nu op [INSTELLING-1]"), ouder);
    assertTrue(ouder.contains("'[NAAM-2] moet rust hebben'"), ouder);
    assertTrue(ouder.contains("[NAAM-2] ([LEEFTIJD-1]) lacht weer"), ouder);
  }

  /** Speaker names before their own turn, and the interviewer's, whose turns are no passages. */
  @Test
  void everySpeakersNameIsKnownBeforeTheFirstPassage() {
    String labels = PLANTED.resolve("labels").toString();
    for (String[] args :
        List.of(
            new String[] {"code", labels, "--redact", "--interviewer", "Reinder"},
            new String[] {"report", labels, "--interviewer", "Reinder"})) {
      String output = run(args);
      for (String name : List.of("Reinder", "Wieteke", "Guusje")) {
        assertTrue(!contains(output, name), args[0] + " leaks " + name + ":\n" + output);
      }
    }
  }

  /**
   * Free-text metadata columns (a survey's E-mail, a notes key) leave the team cleaned as redact
   * cleans front matter.
   */
  @Test
  void codeRedactCleansEveryFreeTextMetadataColumn() {
    String coded = run("code", PLANTED.resolve("metadata").toString(), "--redact");
    for (String identifier :
        List.of(
            "karin@example.nl",
            "petra@example.nl",
            "Karin",
            "Wubbels",
            "Hidde",
            "Brouwer",
            "Gerda",
            "Wubbe")) {
      assertTrue(!contains(coded, identifier), identifier + " is left in:\n" + coded);
    }
    for (String survivor :
        List.of(
            "Emmen/Borger-Odoorn",
            "2026-02-02",
            "interview",
            "Rotterdam",
            "Tilburg",
            "gesprek bij [NAAM-")) {
      assertTrue(coded.contains(survivor), survivor + " is gone:\n" + coded);
    }
  }

  @Test
  void peopleWhoShareASurnameKeepTheirOwnPlaceholders() {
    String copy =
        redactedTranscripts.substring(redactedTranscripts.indexOf("id: planted-shared-surname"));
    assertTrue(copy.contains("mevrouw [NAAM-1]. Hoe gaat het nu met [NAAM-2]?"), copy);
    assertTrue(copy.contains("[NAAM-3]: Sinds de verandering"), copy);
  }

  @Test
  void theReportSaysItsQuotesArePseudonymised() {
    assertTrue(
        outputs.get("report md").contains("Privacy: de citaten zijn gepseudonimiseerd"),
        outputs.get("report md"));
    assertTrue(
        outputs.get("report md").contains("de 3 termen van de eigen lijst"),
        outputs.get("report md"));
    assertTrue(
        outputs.get("report en").contains("Privacy: the quotes are pseudonymised"),
        outputs.get("report en"));
    assertTrue(outputs.get("report en").contains("\\[NAME-"), outputs.get("report en"));
    assertTrue(
        outputs.get("report json").contains("\"quotes_pseudonymised\" : true"),
        outputs.get("report json"));
  }
}
