package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Word report of the example corpus, read back with POI as Word would read it. */
class DocxReportTest {
  @TempDir Path dir;

  private Path write(String name, String... options) {
    Path docx = dir.resolve(name);
    List<String> args = new java.util.ArrayList<>(List.of("-o", docx.toString()));
    args.addAll(List.of(options));
    Run run = Fixtures.exampleReport(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.err());
    return docx;
  }

  @Test
  void theWordReportHasHeadingStylesTablesQuotesAndChartPictures() throws IOException {
    // With the rules every group has stances to chart; the model's threshold may leave one bare.
    try (InputStream in = Files.newInputStream(write("report.docx", "--rules-only"));
        XWPFDocument document = new XWPFDocument(in)) {
      List<XWPFParagraph> paragraphs = document.getParagraphs();
      assertEquals(
          "Wat is waardevol: rapportage waarderende interviews",
          withStyle(paragraphs, "Heading1").get(0));
      List<String> sections = withStyle(paragraphs, "Heading2");
      assertTrue(sections.contains("Samenvatting"), sections.toString());
      assertTrue(sections.contains("Steekproef"), sections.toString());
      assertTrue(sections.contains("Rotterdam — ouders"), sections.toString());
      assertTrue(sections.contains("Methode"), sections.toString());
      assertTrue(withStyle(paragraphs, "Heading3").contains("Proces"));
      assertEquals("heading 1", document.getStyles().getStyle("Heading1").getName());
      assertTrue(withStyle(paragraphs, "Quote").size() > 20, "quotes in the Quote style");
      assertTrue(document.getTables().size() > 20, "tables as Word tables");
      assertEquals("Regio", document.getTables().get(0).getRow(0).getCell(0).getText());
      int charts = document.getAllPictures().size();
      assertEquals(2 + 16, charts, "roles, stances overall, and one per group");
      var core = document.getProperties().getCoreProperties();
      assertEquals(Date.from(java.time.Instant.parse("2026-01-01T00:00:00Z")), core.getCreated());
      assertEquals(core.getCreated(), core.getModified());
    }
  }

  @Test
  void theSameInputGivesTheSameBytes() throws Exception {
    byte[] first = Files.readAllBytes(write("first.docx"));
    Thread.sleep(2100); // past the two-second resolution of zip entry times
    byte[] second = Files.readAllBytes(write("second.docx"));
    assertArrayEquals(first, second);
  }

  @Test
  void aWordReportIsNotWrittenToStandardOutput() {
    Run run = Run.of("report", "examples/interviews", "--format", "docx");
    assertEquals(2, run.exit());
    assertTrue(
        run.err().contains("--format docx writes a Word file, not text: give -o FILE.docx"),
        run.err());
    assertEquals("", run.out());
  }

  @Test
  void libreOfficeOpensTheWordReport() throws Exception {
    Path soffice = Programs.onPath("soffice");
    Assumptions.assumeTrue(
        soffice != null, "LibreOffice (soffice) is not installed; the conversion check is skipped");
    Path docx = write("report.docx");
    Process process =
        new ProcessBuilder(
                soffice.toString(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString(),
                docx.toString())
            .redirectErrorStream(true)
            .start();
    process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(180, TimeUnit.SECONDS));
    assertTrue(Files.size(dir.resolve("report.pdf")) > 10_000);
  }

  private static List<String> withStyle(List<XWPFParagraph> paragraphs, String style) {
    return paragraphs.stream()
        .filter(paragraph -> Objects.equals(style, paragraph.getStyle()))
        .map(XWPFParagraph::getText)
        .toList();
  }
}
