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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A name only in a file name or document id reaches no pseudonymised output. */
class DocumentIdPrivacyTest {
  private static final Pattern NAME = Pattern.compile("(?i)\\bjan\\b|vries");
  private static final Pattern SHARED_ID = Pattern.compile("doc-[0-9a-f]{8}");

  @TempDir Path dir;
  Path corpus;

  @BeforeEach
  void corpus() {
    corpus = dir.resolve("corpus");
    String body =
        "I: Wat hielp u?\n\nMoeder: De mentor had veel geduld met ons, en dat hielp echt.\n";
    Fixtures.write(corpus, "jan-de-vries.md", "---\nregion: Rotterdam\nrole: ouder\n---\n" + body);
    Fixtures.write(
        corpus, "rotterdam-ouder-1.md", "---\nregion: Rotterdam\nrole: ouder\n---\n" + body);
  }

  @Test
  void aNameInAFileNameIsReplacedByOneIdInEveryOutput() throws IOException {
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("report", run("report", corpus.toString()));
    outputs.put("report json", run("report", corpus.toString(), "--format", "json"));
    outputs.put("code --redact", run("code", corpus.toString(), "--redact"));
    Path shared = dir.resolve("shared");
    Path key = dir.resolve("key.csv");
    run("redact", corpus.toString(), "-o", shared.toString(), "--key", key.toString());
    try (Stream<Path> files = Files.list(shared)) {
      for (Path file : files.sorted().toList()) {
        outputs.put(
            "copy " + file.getFileName(), file.getFileName() + "\n" + Files.readString(file));
      }
    }
    Path project = dir.resolve("shared.qdpx");
    run("export", corpus.toString(), "--redact", "-o", project.toString());
    try (ZipFile zip = new ZipFile(project.toFile())) {
      for (var entry : zip.stream().toList()) {
        outputs.put(
            "export " + entry.getName(),
            entry.getName()
                + "\n"
                + new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    Matcher id = SHARED_ID.matcher(outputs.get("report"));
    assertTrue(id.find(), outputs.get("report"));
    String sharedId = id.group();
    for (Map.Entry<String, String> output : outputs.entrySet()) {
      String text = output.getValue();
      assertFalse(NAME.matcher(text).find(), output.getKey() + ":\n" + text);
      if (!output.getKey().startsWith("copy ") && !output.getKey().startsWith("export Sources/")) {
        assertTrue(text.contains("rotterdam-ouder-1"), output.getKey());
        assertTrue(text.contains(sharedId), output.getKey() + ":\n" + text);
      }
    }
    assertTrue(
        outputs.get("copy " + sharedId + ".md").contains("id: " + sharedId),
        outputs.keySet().toString());
    assertTrue(
        Files.readString(key).contains(sharedId + "," + sharedId + ",jan-de-vries"),
        Files.readString(key));
  }

  @Test
  void aCopyWhoseFileNameNamesSomeoneIsNamedAfterItsId() throws IOException {
    Fixtures.write(
        corpus,
        "jan-de-vries.md",
        "---\nid: r7\nregion: Rotterdam\nrole: ouder\n---\nMoeder: Het hielp.\n");
    Path shared = dir.resolve("shared");
    run("redact", corpus.toString(), "-o", shared.toString());
    assertEquals(
        List.of("r7.md", "rotterdam-ouder-1.md"),
        Files.list(shared).map(file -> file.getFileName().toString()).sorted().toList());
  }

  private static String run(String... args) {
    Run run = Run.of(args);
    assertEquals(0, run.exit(), run.err());
    return run.out();
  }
}
