package nl.waardevol.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceTextTest {
  @Test
  void lineEndingsAsTranscriptsReadThemWithPositionsFollowing() {
    SourceText text = SourceText.of("\uFEFFab\r\ncd\ref");
    assertEquals("ab\ncd\nef", text.text());
    // Stored code points: a b \r \n c d \r e f (the byte-order mark is not text).
    assertEquals(2, text.offset(2), "the \\r of \\r\\n starts the line break");
    assertEquals(3, text.offset(4), "c");
    assertEquals(6, text.offset(7), "a lone \\r is a line break of its own");
    assertEquals(8, text.offset(9), "the end");
  }

  @Test
  void positionsCountCodePointsAndStayWithinTheText() {
    SourceText text = SourceText.of("\uD83D\uDE00 ja");
    assertEquals(1, text.offset(1), "one code point, though two Java characters");
    assertEquals(2, text.offset(2));
    assertEquals(4, text.offset(99), "the end, in code points");
    assertEquals(0, text.offset(-5));
  }
}
