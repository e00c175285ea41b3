package nl.waardevol.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {
  private static final String DUTCH = "Moeder: Het was \u00e9\u00e9n keer \u201cecht\u201d fijn, zei ze \u2018gewoon\u2019 \u2013 gar\u00e7on \u20ac 5.\n";

  private static DecodedText decode(byte[] bytes) throws InputProblem {
    return new TextDecoder(null).decode(bytes, "a.txt", "text transcript");
  }

  @Test
  void utf8WithAndWithoutByteOrderMark() throws InputProblem {
    byte[] utf8 = DUTCH.getBytes(StandardCharsets.UTF_8);
    assertEquals(new DecodedText(DUTCH, "UTF-8"), decode(utf8));
    assertEquals(new DecodedText(DUTCH, "UTF-8 with BOM"), decode(("\uFEFF" + DUTCH).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void utf16WithByteOrderMarkBothWays() throws InputProblem {
    assertEquals(new DecodedText(DUTCH, "UTF-16LE with BOM"), decode(("\uFEFF" + DUTCH).getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(new DecodedText(DUTCH, "UTF-16BE with BOM"), decode(DUTCH.getBytes(StandardCharsets.UTF_16)));
  }

  @Test
  void windows1252AndLatin1AreDecodedWithTheirCurlyQuotesAndAccents() throws InputProblem {
    assertEquals(new DecodedText(DUTCH, "windows-1252"), decode(DUTCH.getBytes(Charset.forName("windows-1252"))));
    String latin1 = "R: \u00e9\u00e9n gar\u00e7on, na\u00efef.\n";
    assertEquals(latin1, decode(latin1.getBytes(StandardCharsets.ISO_8859_1)).text());
  }

  @Test
  void everyLineEndingBecomesANewline() throws InputProblem {
    assertEquals("a\nb\nc\n\nd", decode("a\r\nb\rc\n\r\nd".getBytes(StandardCharsets.UTF_8)).text());
    assertEquals("\u00e9\n\u00e9\n", decode("\u00e9\r\n\u00e9\r".getBytes(Charset.forName("windows-1252"))).text());
  }

  @Test
  void aForcedEncodingIsUsedAsItIs() throws InputProblem {
    byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(new DecodedText("caf\u00e9", "ISO-8859-1"), new TextDecoder(StandardCharsets.ISO_8859_1).decode(latin1, "a.txt", "text"));
    InputProblem wrong = assertThrows(InputProblem.class, () -> new TextDecoder(StandardCharsets.UTF_8).decode(latin1, "a.txt", "text"));
    assertEquals("a.txt:1: is not valid UTF-8 (as --encoding says); save the file as UTF-8, or name its encoding with --encoding", wrong.getMessage());
    byte[] utf16 = "R: fijn".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("R: fijn", new TextDecoder(StandardCharsets.UTF_16LE).decode(utf16, "a.txt", "text").text());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Shift_JIS | \u3053\u3093\u306b\u3061\u306f\u3001\u5b66\u6821\u306f\u697d\u3057\u3044\u3067\u3059\u3002",
        "KOI8-R | \u0412\u0441\u0451 \u0431\u044b\u043b\u043e \u0445\u043e\u0440\u043e\u0448\u043e \u0432 \u0448\u043a\u043e\u043b\u0435."
      })
  void otherEncodingsAreRefusedNotGarbled(String charset, String text) {
    InputProblem problem = assertThrows(InputProblem.class, () -> decode(("R: " + text + "\n").getBytes(Charset.forName(charset))));
    assertEquals("a.txt:1: is not UTF-8, UTF-16 or Windows-1252 text; save the file as UTF-8, or name its encoding with --encoding", problem.getMessage());
  }

  @Test
  void utf16WithoutByteOrderMarkIsNamed() {
    InputProblem problem = assertThrows(InputProblem.class, () -> decode("R: het ging goed".getBytes(StandardCharsets.UTF_16LE)));
    assertTrue(problem.getMessage().contains("looks like UTF-16 text without a byte-order mark; read it with --encoding UTF-16LE"), problem.getMessage());
  }

  @Test
  void documentsThatAreNotTextAreNamedForWhatTheyAre() {
    assertEquals(
        "a.txt: is a PDF, not a text transcript; give it the extension of what it is, or save it as text or .docx",
        assertThrows(InputProblem.class, () -> decode("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).getMessage());
    assertTrue(assertThrows(InputProblem.class, () -> decode("{\\rtf1\\ansi hallo}".getBytes(StandardCharsets.US_ASCII))).getMessage().contains("is a Rich Text (.rtf) file"));
  }
}
