package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
  @CsvSource({
    "md, examples/report.md",
    "csv, examples/report.csv",
    "html, examples/report.html",
    "json, examples/report.json"
  })
  void theExampleReportIsUpToDate(String format, String golden) throws IOException {
    Run run = Fixtures.exampleReport("--format", format);
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

  /**
   * The Word report's text, tables and styles must be exactly the committed ones; its chart
   * pictures only as many and as large, since their pixels depend on the fonts a machine has.
   */
  @Test
  void theExampleWordReportIsUpToDate(@TempDir Path dir) throws IOException {
    Path docx = dir.resolve("report.docx");
    Run run = Fixtures.exampleReport("-o", docx.toString());
    assertEquals(0, run.exit(), run.err());
    Path golden = Path.of("examples/report.docx");
    if (UPDATE) {
      Files.copy(docx, golden, StandardCopyOption.REPLACE_EXISTING);
    }
    assertEquals(
        parts(golden),
        parts(docx),
        golden
            + " differs from the report of examples/interviews; if the change is intended, run mvn verify -Dwaardevol.golden=update and review the diff");
  }

  /** Each part of a .docx: its text, or for a picture its size in pixels. */
  private static Map<String, String> parts(Path docx) throws IOException {
    Map<String, String> parts = new TreeMap<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(docx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        byte[] bytes = zip.readAllBytes();
        if (entry.getName().endsWith(".png")) {
          BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
          parts.put(entry.getName(), image.getWidth() + "x" + image.getHeight());
        } else {
          parts.put(entry.getName(), new String(bytes, StandardCharsets.UTF_8));
        }
      }
    }
    return parts;
  }
}
