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
  private static final String DUTCH =
      "Moeder: Het was \u00e9\u00e9n keer \u201cecht\u201d fijn, zei ze \u2018gewoon\u2019 \u2013 gar\u00e7on \u20ac 5.\n";

  private static DecodedText decode(byte[] bytes) throws InputProblem {
    return new TextDecoder(null).decode(bytes, "a.txt", "text transcript");
  }

  @Test
  void utf8WithAndWithoutByteOrderMark() throws InputProblem {
    byte[] utf8 = DUTCH.getBytes(StandardCharsets.UTF_8);
    assertEquals(new DecodedText(DUTCH, "UTF-8"), decode(utf8));
    assertEquals(
        new DecodedText(DUTCH, "UTF-8 with BOM"),
        decode(("\uFEFF" + DUTCH).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void utf16WithByteOrderMarkBothWays() throws InputProblem {
    assertEquals(
        new DecodedText(DUTCH, "UTF-16LE with BOM"),
        decode(("\uFEFF" + DUTCH).getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(
        new DecodedText(DUTCH, "UTF-16BE with BOM"),
        decode(DUTCH.getBytes(StandardCharsets.UTF_16)));
  }

  @Test
  void windows1252AndLatin1AreDecodedWithTheirCurlyQuotesAndAccents() throws InputProblem {
    assertEquals(
        new DecodedText(DUTCH, "windows-1252"),
        decode(DUTCH.getBytes(Charset.forName("windows-1252"))));
    String latin1 = "R: \u00e9\u00e9n gar\u00e7on, na\u00efef.\n";
    assertEquals(latin1, decode(latin1.getBytes(StandardCharsets.ISO_8859_1)).text());
  }

  @Test
  void everyLineEndingBecomesANewline() throws InputProblem {
    assertEquals(
        "a\nb\nc\n\nd", decode("a\r\nb\rc\n\r\nd".getBytes(StandardCharsets.UTF_8)).text());
    assertEquals(
        "\u00e9\n\u00e9\n",
        decode("\u00e9\r\n\u00e9\r".getBytes(Charset.forName("windows-1252"))).text());
  }

  @Test
  void aForcedEncodingIsUsedAsItIs() throws InputProblem {
    byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        new DecodedText("caf\u00e9", "ISO-8859-1"),
        new TextDecoder(StandardCharsets.ISO_8859_1).decode(latin1, "a.txt", "text"));
    InputProblem wrong =
        assertThrows(
            InputProblem.class,
            () -> new TextDecoder(StandardCharsets.UTF_8).decode(latin1, "a.txt", "text"));
    assertEquals(
        "a.txt:1: is not valid UTF-8 (as --encoding says); save the file as UTF-8, or name its encoding with --encoding",
        wrong.getMessage());
    byte[] utf16 = "R: fijn".getBytes(StandardCharsets.UTF_16LE);
    assertEquals(
        "R: fijn",
        new TextDecoder(StandardCharsets.UTF_16LE).decode(utf16, "a.txt", "text").text());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Shift_JIS | \u3053\u3093\u306b\u3061\u306f\u3001\u5b66\u6821\u306f\u697d\u3057\u3044\u3067\u3059\u3002",
        "KOI8-R | \u0412\u0441\u0451 \u0431\u044b\u043b\u043e \u0445\u043e\u0440\u043e\u0448\u043e \u0432 \u0448\u043a\u043e\u043b\u0435."
      })
  void otherEncodingsAreRefusedNotGarbled(String charset, String text) {
    InputProblem problem =
        assertThrows(
            InputProblem.class,
            () -> decode(("R: " + text + "\n").getBytes(Charset.forName(charset))));
    assertEquals(
        "a.txt:1: is not UTF-8, UTF-16 or Windows-1252 text; save the file as UTF-8, or name its encoding with --encoding",
        problem.getMessage());
  }

  @Test
  void utf16WithoutByteOrderMarkIsNamed() {
    InputProblem problem =
        assertThrows(
            InputProblem.class,
            () -> decode("R: het ging goed".getBytes(StandardCharsets.UTF_16LE)));
    assertTrue(
        problem
            .getMessage()
            .contains(
                "looks like UTF-16 text without a byte-order mark; read it with --encoding UTF-16LE"),
        problem.getMessage());
  }

  @Test
  void documentsThatAreNotTextAreNamedForWhatTheyAre() {
    assertEquals(
        "a.txt: is a PDF, not a text transcript; give it the extension of what it is, or save it as text or .docx",
        assertThrows(
                InputProblem.class, () -> decode("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
            .getMessage());
    assertTrue(
        assertThrows(
                InputProblem.class,
                () -> decode("{\\rtf1\\ansi hallo}".getBytes(StandardCharsets.US_ASCII)))
            .getMessage()
            .contains("is a Rich Text (.rtf) file"));
  }

  @Test
  void realWindows1252TextIsAcceptedWithItsQuotesSignsAndLetters() throws InputProblem {
    String text =
        "Moeder: Zo\u2019n caf\u00e9, \u2018s avonds \u201eJa\u201d, zei ze\u2026 \u20ac 50 voor \u00bd uur, c\u0153ur, fa\u00e7ade, Noord\u2013Holland,\n"
            + "m\u00b2 en 3\u00d74, cr\u00e8me br\u00fbl\u00e9e, \u00c9\u00c9N keer \u2018CAF\u00c9\u2019, \u00bfQu\u00e9? na\u00efef, \u00abvraag\u00bb, \u00a9 2024, 20\u00b0C, 20 \u00b0C, zo\u00b4n, \u00a7 3.\n";
    assertEquals(
        new DecodedText(text, "windows-1252"),
        decode(text.getBytes(Charset.forName("windows-1252"))));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ISO-8859-15 | We kregen \u20ac 50 per maand. | \u00a4",
        "IBM850 | Er was \u00e9\u00e9n vaste begeleider. | \u201a\u201an",
        "IBM850 | De co\u00f6rdinator van de fa\u00e7ade. | co\u201drdinator",
        "windows-1250 | Pan \u0141ukasz uit Wroc\u0142aw. | \u00a3ukasz",
        "KOI8-R | Ivan heet \u0418\u0432\u0430\u043d hier. | \u00e9\u00d7\u00c1\u00ce"
      })
  void anotherCodePageThatDecodesAsWindows1252IsRefusedNamingTheLine(
      String charset, String sentence, String word) {
    byte[] bytes = ("I: Wat hielp?\n\nR: " + sentence + "\n").getBytes(Charset.forName(charset));
    InputProblem problem = assertThrows(InputProblem.class, () -> decode(bytes));
    assertEquals(
        "a.txt:3: is in a code page other than UTF-8 or Windows-1252 ('"
            + word
            + "' would come out garbled); name its encoding with --encoding, for example ISO-8859-15, cp850, windows-1250 or KOI8-R, or save the file as UTF-8",
        problem.getMessage());
  }

  @Test
  void utf8WithALaterLineInWindows1252NamesThatLineAsMixed() {
    String utf8 = "I: Wat hielp?\n\nR: Er was \u00e9\u00e9n \u201cvaste\u201d co\u00f6rdinator.\n";
    byte[] last = "Nog \u00e9\u00e9n zin.\n".getBytes(Charset.forName("windows-1252"));
    byte[] first = utf8.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(first, first.length + last.length);
    System.arraycopy(last, 0, bytes, first.length, last.length);
    InputProblem problem = assertThrows(InputProblem.class, () -> decode(bytes));
    assertEquals(
        "a.txt:4: mixes UTF-8 with another encoding: this is the first line that is not UTF-8; save the file as UTF-8 again, or name its encoding with --encoding",
        problem.getMessage());
  }

  @Test
  void aByteOrderMarkThatContradictsTheForcedEncodingIsRefused() throws InputProblem {
    byte[] utf16 = ("\uFEFF" + DUTCH).getBytes(StandardCharsets.UTF_16LE);
    InputProblem problem =
        assertThrows(
            InputProblem.class,
            () -> new TextDecoder(Charset.forName("windows-1252")).decode(utf16, "a.txt", "text"));
    assertEquals(
        "a.txt:1: starts with a UTF-16LE byte-order mark, but --encoding says windows-1252; leave --encoding out for this file (its encoding is then found from the mark)",
        problem.getMessage());
    assertEquals(
        DUTCH, new TextDecoder(StandardCharsets.UTF_16).decode(utf16, "a.txt", "text").text());
    assertEquals(
        DUTCH, new TextDecoder(StandardCharsets.UTF_16LE).decode(utf16, "a.txt", "text").text());
    assertThrows(
        InputProblem.class,
        () -> new TextDecoder(StandardCharsets.UTF_16BE).decode(utf16, "a.txt", "text"));
  }
}
