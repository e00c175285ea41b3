package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same transcript saved by different tools is coded the same. */
class EncodingsTest {
  private static final String DUTCH =
      Fixtures.transcript(
          "gent-ouder",
          "Tilburg",
          "ouder",
          "I: Wat werkte goed?\n"
              + "Moeder: Er was \u00e9\u00e9n vaste co\u00f6rdinator, een \u201cechte\u201d steun. Ze nam de tijd en luisterde.\n"
              + "\n"
              + "De gar\u00e7on in het caf\u00e9 zei \u2018gewoon doorgaan\u2019 \u2013 dat gaf rust.\n");

  @TempDir Path dir;

  private String code(byte[] bytes, String... extra) throws IOException {
    Path file = dir.resolve("gent-ouder.md");
    Files.write(file, bytes);
    String[] args = new String[extra.length + 2];
    args[0] = "code";
    System.arraycopy(extra, 0, args, 1, extra.length);
    args[args.length - 1] = file.toString();
    Run run = Run.of(args);
    assertEquals(0, run.exit(), run.err());
    return run.out();
  }

  /** A byte-order mark is U+FEFF in the file's encoding. */
  @Test
  void utf8Utf8WithBomUtf16AndWindows1252GiveIdenticalCoding() throws IOException {
    String expected = code(DUTCH.getBytes(StandardCharsets.UTF_8));
    assertTrue(
        expected.contains(
            "Er was \u00e9\u00e9n vaste co\u00f6rdinator, een \u201cechte\u201d steun."),
        expected);
    assertTrue(expected.contains("rust-en-tijd"), expected);
    assertEquals(
        expected, code(("\uFEFF" + DUTCH).getBytes(StandardCharsets.UTF_8)), "UTF-8 with BOM");
    assertEquals(
        expected,
        code(("\uFEFF" + DUTCH).getBytes(StandardCharsets.UTF_16LE)),
        "UTF-16LE with BOM");
    assertEquals(expected, code(DUTCH.getBytes(StandardCharsets.UTF_16)), "UTF-16BE with BOM");
    assertEquals(expected, code(DUTCH.getBytes(Charset.forName("windows-1252"))), "Windows-1252");
    assertEquals(
        expected,
        code(DUTCH.replace("\n", "\r\n").getBytes(Charset.forName("windows-1252"))),
        "Windows-1252, \\r\\n");
  }

  @Test
  void inspectNamesTheEncodingItFound() throws IOException {
    Files.write(dir.resolve("a.md"), DUTCH.getBytes(Charset.forName("windows-1252")));
    Files.write(
        dir.resolve("b.md"), DUTCH.replace("gent-ouder", "b").getBytes(StandardCharsets.UTF_16));
    Run run = Run.of("inspect", dir.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("encoding         windows-1252\n"), run.out());
    assertTrue(run.out().contains("encoding         UTF-16BE with BOM\n"), run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\r\\n", "\\r", "\\n"})
  void offsetsPointIntoTheTextWithNewlinesWhateverTheLineEndings(String name) throws IOException {
    String ending = name.replace("\\r", "\r").replace("\\n", "\n");
    String body =
        "I: Wat hielp?\nMoeder: Eerst was het zwaar.\nToen kwam Rik.\n\nDie nam de tijd.\n";
    String csv = code(body.replace("\n", ending).getBytes(StandardCharsets.UTF_8));
    String[] rows = csv.split("\r\n");
    assertEquals(3, rows.length, name + ": " + csv);
    assertTrue(rows[1].contains(",Moeder,22,57,"), name + ": " + rows[1]);
    assertEquals("Eerst was het zwaar.\nToen kwam Rik.", body.substring(22, 57));
    assertTrue(rows[2].contains(",Moeder,59,75,"), name + ": " + rows[2]);
    assertEquals("Die nam de tijd.", body.substring(59, 75));
  }

  @Test
  void aForcedEncodingWins() throws IOException {
    byte[] latin9 =
        DUTCH
            .replace("\u201c", "\"")
            .replace("\u201d", "\"")
            .replace("\u2018", "'")
            .replace("\u2019", "'")
            .replace("\u2013", "-")
            .replace("caf\u00e9", "caf\u00e9 \u20ac")
            .getBytes(Charset.forName("ISO-8859-15"));
    String forced = code(latin9, "--encoding", "ISO-8859-15");
    assertTrue(forced.contains("caf\u00e9 \u20ac"), forced);
  }

  @Test
  void aForcedEncodingThatTheByteOrderMarkContradictsSkipsTheFile() throws IOException {
    Path file = dir.resolve("gent-ouder.md");
    Files.write(file, ("\uFEFF" + DUTCH).getBytes(StandardCharsets.UTF_16LE));
    Run run = Run.of("code", "--encoding", "windows-1252", file.toString());
    assertEquals(2, run.exit(), "the only file is skipped: " + run.err());
    assertTrue(
        run.err()
            .contains(
                "gent-ouder.md:1: starts with a UTF-16LE byte-order mark, but --encoding says windows-1252"),
        run.err());
    assertTrue(!run.out().contains("\u0000"), "no NUL garbage");
  }

  @Test
  void anotherCodePageIsSkippedNamingFileLineAndEncodingOption() throws IOException {
    Path file = dir.resolve("gent-ouder.md");
    Files.write(file, DUTCH.getBytes(Charset.forName("IBM850")));
    Run run = Run.of("code", file.toString());
    assertEquals(2, run.exit(), "the only file is skipped: " + run.err());
    assertTrue(
        run.err().contains("gent-ouder.md:8: is in a code page other than UTF-8 or Windows-1252"),
        run.err());
    assertTrue(run.err().contains("name its encoding with --encoding"), run.err());
    assertTrue(
        code(DUTCH.getBytes(Charset.forName("IBM850")), "--encoding", "cp850")
            .contains("co\u00f6rdinator"));
  }

  @Test
  void anUnknownEncodingIsAUsageError() {
    Run run = Run.of("code", "--encoding", "klingon-8", "examples/interviews");
    assertEquals(2, run.exit());
    assertEquals(
        "waardevol: --encoding: 'klingon-8' is not an encoding Java knows; use for example UTF-8, UTF-16LE, windows-1252 or ISO-8859-1\n",
        run.err());
  }
}
