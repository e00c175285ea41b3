package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One numbering per document: a placeholder in a report's quote, a row of {@code code --redact}, a
 * copy by {@code redact} and its key is one and the same person.
 */
class PlaceholderNumberingTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z][A-Z0-9-]*\\]");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void theReportTheCodedTableTheCopyAndTheKeyNumberAlike() throws IOException {
    Path corpus = dir.resolve("corpus");
    Fixtures.write(
        corpus,
        "r1.md",
        "---\nid: r1\nregion: Rotterdam\nrole: ouder\ninterviewer: Sanne de Graaf\nchild: Jasper\n---\n"
            + "I: Hoe ging het met juf Marloes?\n\n"
            + "Moeder: Juf Marloes had veel geduld met Jasper, en dat hielp echt.\n\n"
            + "Moeder: De psycholoog Ilse Wolters gaf ons rust en aandacht.\n");
    Map<String, Map<String, String>> key = redactWithKey(corpus.toString());
    assertEquals(
        Map.of(
            "[NAAM-1]", "Sanne de Graaf",
            "[NAAM-2]", "Marloes",
            "[NAAM-3]", "Jasper",
            "[NAAM-4]", "Ilse Wolters"),
        key.get("r1"));
    List<JsonNode> rows = codedRows(corpus.toString());
    assertEquals("Hoe ging het met juf [NAAM-2]?", rows.get(0).get("question").asText());
    assertEquals(
        "Juf [NAAM-2] had veel geduld met [NAAM-3], en dat hielp echt.",
        rows.get(0).get("text").asText());
    assertEquals("[NAAM-1]", rows.get(0).get("interviewer").asText());
    assertEquals("[NAAM-3]", rows.get(0).get("child").asText());
    assertEquals(
        "De psycholoog [NAAM-4] gaf ons rust en aandacht.", rows.get(1).get("text").asText());
    List<String> quotes =
        quotes(corpus.toString()).stream().map(quote -> quote.get("text").asText()).toList();
    assertTrue(
        quotes.contains("Juf [NAAM-2] had veel geduld met [NAAM-3], en dat hielp echt."),
        quotes.toString());
    assertTrue(
        quotes.contains("De psycholoog [NAAM-4] gaf ons rust en aandacht."), quotes.toString());
  }

  /**
   * The example corpus: every coded row and every quote reads as a stretch of its document's copy,
   * and every placeholder in them is in the key of that document.
   */
  @Test
  void acrossTheExampleCorpusEveryQuoteAndRowIsAStretchOfItsCopy() throws IOException {
    String corpus = "examples/interviews";
    Map<String, Map<String, String>> key = redactWithKey(corpus);
    Map<String, String> copies = copies(dir.resolve("shared"));
    assertTrue(copies.keySet().containsAll(key.keySet()), key.keySet().toString());
    int checked = 0;
    for (JsonNode row : codedRows(corpus)) {
      String id = row.get("doc_id").asText();
      for (String field : List.of("text", "question")) {
        String text = row.get(field).asText();
        assertTrue(copies.get(id).contains(text), id + " " + field + ": " + text);
        assertKnown(key.get(id), id, text);
      }
      assertKnown(key.get(id), id, row.get("interviewer").asText());
      checked++;
    }
    for (JsonNode quote : quotes(corpus)) {
      String id = quote.get("doc_id").asText();
      for (String part : quote.get("text").asText().split("…")) {
        assertTrue(copies.get(id).contains(part.strip()), id + ": " + part);
        assertKnown(key.get(id), id, part);
      }
      checked++;
    }
    assertTrue(checked > 200, "checked " + checked);
  }

  private static void assertKnown(Map<String, String> key, String id, String text) {
    Matcher placeholder = PLACEHOLDER.matcher(text);
    while (placeholder.find()) {
      assertTrue(key.containsKey(placeholder.group()), id + ": " + placeholder.group());
    }
  }

  private Map<String, Map<String, String>> redactWithKey(String corpus) throws IOException {
    Path keyFile = dir.resolve("key.csv");
    Run run =
        Run.of(
            "redact",
            corpus,
            "-o",
            dir.resolve("shared").toString(),
            "--key",
            keyFile.toString(),
            "--private-terms",
            "examples/private-terms.txt");
    assertEquals(0, run.exit(), run.err());
    Map<String, Map<String, String>> key = new LinkedHashMap<>();
    for (CSVRecord record :
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(Files.readString(keyFile)))) {
      key.computeIfAbsent(record.get("doc_id"), id -> new HashMap<>())
          .put(record.get("placeholder"), record.get("original"));
    }
    return key;
  }

  /** Each copy's text with white space folded, by its id. */
  private static Map<String, String> copies(Path shared) throws IOException {
    Map<String, String> copies = new HashMap<>();
    try (Stream<Path> files = Files.walk(shared)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String copy = Files.readString(file, StandardCharsets.UTF_8);
        Matcher id = Pattern.compile("(?m)^id: \"?([^\"\\n]+)\"?$").matcher(copy);
        assertTrue(id.find(), copy);
        copies.put(id.group(1), copy.replaceAll("\\s+", " "));
      }
    }
    return copies;
  }

  private static List<JsonNode> codedRows(String corpus) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : pseudonymised("code", corpus, "--redact", "--format", "jsonl").split("\n")) {
      rows.add(JSON.readTree(line));
    }
    return rows;
  }

  private static List<JsonNode> quotes(String corpus) throws IOException {
    String report = pseudonymised("report", corpus, "--format", "json", "--quotes", "5");
    List<JsonNode> quotes = new ArrayList<>();
    JSON.readTree(report).findValues("quotes").forEach(list -> list.forEach(quotes::add));
    assertFalse(quotes.isEmpty(), report);
    return quotes;
  }

  /** What a command prints with the example corpus's private terms. */
  private static String pseudonymised(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--private-terms", "examples/private-terms.txt"));
    // The rules count every quoted passage; the model's confidence threshold is not under test.
    all.add("--rules-only");
    Run run = Run.of(all.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    return run.out();
  }
}
