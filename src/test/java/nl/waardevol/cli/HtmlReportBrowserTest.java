package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The HTML report of the example corpus, opened in headless Chromium: every chart and table is
 * visible and no text runs out of its box, at a 1280 px window and at A4's print width. Keeps a
 * screenshot under target/browser/ for people to look at. Skipped, with a message, where Debian's
 * {@code chromium} package is not installed ({@code .ci/run} installs it).
 */
class HtmlReportBrowserTest {
  private static final Path DIR = Path.of("target", "browser");
  private static final Pattern CHECK =
      Pattern.compile("<pre id=\"layout-check\"[^>]*>(.*?)</pre>", Pattern.DOTALL);
  private static final Pattern TOPS = Pattern.compile("data-tops=\"([^\"]*)\"");

  /** The section the README's picture starts at, and how much of the page it shows. */
  private static final String PICTURED = "overzicht";

  private static final int PICTURE_HEIGHT = 1150;
  private static Path chromium;
  private static Path page;
  private static int figures;
  private static int tables;

  @BeforeAll
  static void report() throws IOException {
    chromium = Programs.onPath("chromium", "chromium-browser");
    Assumptions.assumeTrue(
        chromium != null,
        "chromium is not installed: install Debian's 'chromium' package (apt-get install chromium) to run the browser test");
    Files.createDirectories(DIR);
    Path html = DIR.resolve("report.html");
    Run run = Fixtures.exampleReport("-o", html.toString());
    assertEquals(0, run.exit(), run.err());
    String report = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(!report.contains("<script"), "the report itself needs no script");
    figures = count(report, "<figure>");
    tables = count(report, "<table>");
    String script;
    try (InputStream in =
        HtmlReportBrowserTest.class.getResourceAsStream("/browser/layout-check.js")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    page = DIR.resolve("report-checked.html");
    Files.writeString(
        page, report.replace("</body>", "<script>\n" + script + "</script>\n</body>"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"screen at 1280 px, 1280, ''", "A4 print width, 794, ?print=a4"})
  void everyChartAndTableIsVisibleAndNoTextOverflows(String name, int width, String query)
      throws Exception {
    String dom = chromium(width, 900, "--dump-dom", page.toUri() + query);
    Matcher check = CHECK.matcher(dom);
    assertTrue(check.find(), "the layout check did not run; chromium printed:\n" + tail(dom));
    String[] lines = check.group(1).split("\n", 2);
    assertEquals("charts=" + figures + " tables=" + tables, lines[0]);
    assertTrue(figures >= 3 && tables >= 5, lines[0]);
    String problems = lines.length > 1 ? lines[1].strip() : "";
    assertEquals("", problems, "at " + name + ":\n" + problems);
  }

  @Test
  void aScreenshotOfTheTopIsKeptAsABuildArtifact() throws Exception {
    Path shot = DIR.resolve("report-1280.png").toAbsolutePath();
    screenshot(shot, PICTURE_HEIGHT);
    assertTrue(Files.size(shot) > 10_000, "screenshot " + shot + " is nearly empty");
  }

  /** The README's picture: the overview heat table and the roles side by side. */
  @Test
  void aScreenshotOfTheChartsIsKeptAsABuildArtifact() throws Exception {
    Matcher tops = TOPS.matcher(chromium(1280, 900, "--dump-dom", page.toUri().toString()));
    assertTrue(tops.find(), "the layout check said where no section starts");
    int top = -1;
    for (String section : tops.group(1).split(" ")) {
      if (section.startsWith(PICTURED + ":")) {
        top = Integer.parseInt(section.substring(PICTURED.length() + 1));
      }
    }
    assertTrue(top > 0, "no section " + PICTURED + " in " + tops.group(1));
    Path whole = DIR.resolve("report-1280-tall.png").toAbsolutePath();
    screenshot(whole, top + PICTURE_HEIGHT);
    BufferedImage page = ImageIO.read(whole.toFile());
    BufferedImage charts = page.getSubimage(0, top - 16, page.getWidth(), PICTURE_HEIGHT);
    Path shot = DIR.resolve("report-charts.png");
    ImageIO.write(charts, "png", shot.toFile());
    Files.delete(whole);
    assertTrue(Files.size(shot) > 10_000, "screenshot " + shot + " is nearly empty");
  }

  private static void screenshot(Path shot, int height) throws Exception {
    Files.deleteIfExists(shot);
    chromium(
        1280,
        height,
        "--screenshot=" + shot,
        DIR.resolve("report.html").toAbsolutePath().toUri().toString());
  }

  private static String chromium(int width, int height, String... arguments) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--hide-scrollbars",
                "--no-first-run",
                "--virtual-time-budget=5000",
                "--window-size=" + width + "," + height));
    command.addAll(List.of(arguments));
    Path log = Files.createTempFile("chromium", ".log");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectError(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .start();
      process.getOutputStream().close();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
      assertEquals(0, process.exitValue(), "chromium failed:\n" + tail(Files.readString(log)));
      return out;
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  private static String tail(String text) {
    return text.length() <= 2000 ? text : text.substring(text.length() - 2000);
  }
}
