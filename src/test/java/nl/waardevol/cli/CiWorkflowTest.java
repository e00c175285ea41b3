package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped workflow (examples/ci/waardevol.yml) builds waardevol from its own repository and
 * runs only real commands: each of its waardevol invocations is run here, with the paths set to
 * this repository's example corpus, and its report is the committed golden report.
 */
class CiWorkflowTest {
  private static final String JAR = "java -jar waardevol/target/waardevol.jar ";
  private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)");

  @TempDir Path dir;

  @Test
  void theWorkflowBuildsWaardevolAndRunsRealCommands() throws IOException {
    JsonNode workflow =
        new ObjectMapper(new YAMLFactory()).readTree(Path.of("examples/ci/waardevol.yml").toFile());
    assertEquals("write", workflow.path("permissions").path("checks").asText());
    assertEquals("read", workflow.path("permissions").path("contents").asText());
    JsonNode steps = workflow.path("jobs").path("codebook-and-report").path("steps");
    assertTrue(
        steps.findValues("repository").stream()
            .anyMatch(r -> r.asText().equals("${{ env.WAARDEVOL_REPOSITORY }}")),
        steps.toString());
    assertEquals("waardevol", steps.findValue("path").asText());

    Files.copy(Path.of("codebooks/wio-nl.yaml"), dir.resolve("base-codebook.yaml"));
    Map<String, String> env =
        Map.of(
            "CODEBOOK", "codebooks/wio-nl.yaml",
            "CORPUS", "examples/interviews",
            "PRIVATE_TERMS", "examples/private-terms.txt",
            "REPORT", dir.resolve("report.md").toString(),
            "RUNNER_TEMP", dir.toString());
    List<String> commands = new ArrayList<>();
    for (JsonNode step : steps) {
      for (String line : step.path("run").asText().split("\n")) {
        if (line.strip().startsWith(JAR)) {
          String command = line.strip().substring(JAR.length()).replaceAll(">>.*", "");
          commands.add(command);
          Run run = Run.of(words(command, env));
          assertEquals(0, run.exit(), command + "\n" + run.out() + run.err());
        }
      }
    }
    assertTrue(commands.get(0).startsWith("codebook check --strict "), commands.toString());
    assertTrue(
        commands.get(1).startsWith("codebook test \"$CODEBOOK\" --junit "), commands.toString());
    assertTrue(commands.get(2).contains("--private-terms \"$PRIVATE_TERMS\""), commands.toString());
    assertTrue(commands.get(commands.size() - 1).startsWith("diff "), commands.toString());
    assertEquals(
        Files.readString(Path.of("examples/report.md"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("report.md"), StandardCharsets.UTF_8),
        "the workflow's report step does not rebuild the committed report");
    assertTrue(Files.exists(dir.resolve("codebook-tests.xml")));
  }

  /** Splits a shell command of plain and double-quoted words, expanding {@code $NAME}. */
  private static String[] words(String command, Map<String, String> env) {
    List<String> words = new ArrayList<>();
    Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command);
    while (word.find()) {
      String text = word.group(1) != null ? word.group(1) : word.group(2);
      words.add(
          VARIABLE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(env.get(m.group(1)))));
    }
    return words.toArray(String[]::new);
  }
}
