package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help pages read well in an 80-column terminal: whole example lines, a one-sentence summary. */
class HelpTextTest {
  @ParameterizedTest
  @ValueSource(strings = {"code", "report", "inspect", "redact", "export", "import", "agree"})
  void examplesAreWholeLinesAndTheSummaryIsOneSentence(String command) {
    Run run = Run.of(command, "--help");
    assertEquals(0, run.exit(), run.err());
    List<String> lines = run.out().lines().toList();
    lines.forEach(line -> assertTrue(line.length() <= 80, "wider than 80 columns: " + line));
    int examples = lines.indexOf("Examples:");
    assertTrue(examples > 0, run.out());
    for (String line : lines.subList(examples + 1, lines.size())) {
      if (line.isBlank()) {
        break;
      }
      assertTrue(line.startsWith("  waardevol "), "an example broken over lines: '" + line + "'");
    }
    String summary =
        lines.stream()
            .dropWhile(line -> !line.startsWith("Usage:"))
            .filter(line -> !line.startsWith(" ") && !line.startsWith("Usage:"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        summary.endsWith("."), "the summary is a whole sentence on its own line: " + summary);
  }

  @ParameterizedTest
  @ValueSource(strings = {"export", "redact"})
  void commandsThatNeedTheTextSayTheyRefuseCodedTablesAndProjects(String command) {
    String help = Run.of(command, "--help").out().replaceAll("\\s+", " ");
    assertTrue(help.contains("Not coded tables or .qdpx projects."), help);
    assertTrue(!help.contains("written by 'waardevol code'"), help);
  }

  @org.junit.jupiter.api.Test
  void eachHelpPageDescribesWhatTheCommandReallyTakes() {
    assertTrue(
        Run.of("codebook", "stats", "--help")
            .out()
            .replaceAll("\\s+", " ")
            .contains("REFI-QDA projects (.qdpx)"));
    assertTrue(Run.of("agree", "--help").out().contains("scope"));
    assertTrue(!Run.of("import", "--help").out().contains("--strict"), "import has no --strict");
  }

  /** --format is declared once; each command's help still names the formats that command writes. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "code, csv or jsonl",
    "report, 'md, csv (tidy long table) or json'",
    "agree, 'md, csv (a long table'",
    "inspect, text or json. Default: text.",
    "kwic, text or csv. Default: text.",
    "export, 'qdpx, a REFI-QDA project'",
    "codebook export, 'qdc, the REFI-QDA codebook'"
  })
  void theSharedFormatOptionNamesEachCommandsOwnFormats(String command, String formats) {
    String help = Run.of((command + " --help").split(" ")).out().replaceAll("\\s+", " ");
    assertTrue(help.contains("--format=FORMAT " + formats), help);
  }

  /** A check not met has its own exit code, and each command that checks says so. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "agree, 4 agreement below --min-alpha or --min-kappa",
    "codebook test, 4 an example fails",
    "codebook check, '4 lint errors, or warnings with --strict'",
    "diff, '4 with --exit-code: something changed'",
    "'', 4 a check was not met"
  })
  void eachCommandWithACheckDocumentsExitCodeFour(String command, String line) {
    String[] args = (command + " --help").strip().split(" ");
    String help = Run.of(args).out().replaceAll("\\s+", " ");
    assertTrue(help.contains(line), help);
    assertTrue(help.contains(" 1 failure"), help);
  }
}
