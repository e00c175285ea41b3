package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The committed example reports are exactly what the example corpus gives (with its list of private
 * terms, so that no school or village is named either). After a deliberate change, regenerate them
 * with {@code mvn verify -Dwaardevol.golden=update} and review the diff.
 */
class GoldenReportTest {
  private static final boolean UPDATE = "update".equals(System.getProperty("waardevol.golden"));

  @ParameterizedTest
  @CsvSource({"md, examples/report.md", "csv, examples/report.csv", "json, examples/report.json"})
  void theExampleReportIsUpToDate(String format, String golden) throws IOException {
    Run run =
        Run.of(
            "report",
            "examples/interviews",
            "--private-terms",
            "examples/private-terms.txt",
            "--format",
            format);
    assertEquals(0, run.exit(), run.err());
    Path file = Path.of(golden);
    if (UPDATE) {
      Files.writeString(file, run.out(), StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(file, StandardCharsets.UTF_8),
        run.out(),
        golden
            + " differs from the report of examples/interviews; if the change is intended, run mvn verify -Dwaardevol.golden=update and review the diff");
  }
}
