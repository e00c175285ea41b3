package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The codebook-loop commands summarise themselves in one line and wrap their help evenly. */
class CodebookLoopHelpTest {
  @ParameterizedTest
  @CsvSource({
    "'', codebook",
    "'', explain",
    "'', kwic",
    "'', diff",
    "codebook, check",
    "codebook, test",
    "codebook, stats",
    "codebook, export",
    "codebook, import"
  })
  void theCommandListShowsAWholeSentenceOnOneLine(String parent, String command) {
    String[] args = parent.isEmpty() ? new String[] {"--help"} : new String[] {parent, "--help"};
    String help = Run.of(args).out();
    String line =
        Arrays.stream(help.split("\n"))
            .filter(l -> l.startsWith("  " + command + " "))
            .findFirst()
            .orElseThrow();
    assertTrue(line.endsWith("."), line);
    String next = help.substring(help.indexOf(line) + line.length() + 1);
    assertTrue(!next.startsWith("    "), "the summary of " + command + " wraps:\n" + help);
  }

  @ParameterizedTest
  @CsvSource({
    "codebook check",
    "codebook test",
    "codebook stats",
    "explain",
    "kwic",
    "diff",
    "codebook export",
    "codebook import"
  })
  void noHelpLineIsARaggedStub(String command) {
    String help = Run.of((command + " --help").split(" ")).out();
    for (String line : help.split("\n")) {
      assertTrue(line.length() <= 80, line);
      // A hard-wrapped source line re-wrapped at 80 leaves a stub of a word or two.
      assertTrue(
          line.isBlank()
              || line.startsWith(" ")
              || line.length() > 25
              || line.endsWith(":")
              || line.endsWith("."),
          command + ": '" + line + "'\n" + help);
    }
    assertEquals(0, Run.of((command + " --help").split(" ")).exit());
  }
}
