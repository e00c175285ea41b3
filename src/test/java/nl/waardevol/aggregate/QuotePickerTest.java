package nl.waardevol.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuotePickerTest {
  private static String words(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
  }

  @Test
  void aShortPassageIsQuotedWhole() {
    assertEquals("Er was rust.", QuotePicker.shorten("  Er was rust. ", text -> 0));
  }

  @Test
  void aLongPassageIsCutAfterFortyWordsWhenItsCodeShowsEarly() {
    String text = words(0, 60) + ".";
    assertEquals(words(0, 40) + "…", QuotePicker.shorten(text, t -> 0));
  }

  @Test
  void aLongPassageIsCutAroundTheTermThatEarnedTheCode() {
    String text = words(0, 50) + " aan tafel " + words(52, 80) + ".";
    assertEquals(
        "…" + words(40, 50) + " aan tafel " + words(52, 80) + ".",
        QuotePicker.shorten(text, t -> t.indexOf("aan tafel")),
        "ten words before the term, forty in all");
  }

  @Test
  void theEllipsisNeverBreaksAPlaceholder() {
    String text = words(0, 39) + " [NAAM-1], " + words(40, 60);
    assertTrue(
        QuotePicker.shorten(text, t -> 0).endsWith(" w38 [NAAM-1]…"),
        QuotePicker.shorten(text, t -> 0));
  }

  @Test
  void aLongPassageIsCutAtSentenceBoundariesAroundItsCode() {
    String first = words(0, 20) + ".";
    String second = words(20, 35) + " aan tafel.";
    String third = words(40, 60) + ".";
    String text = first + " " + second + " " + third;
    assertEquals(
        "… " + second + " " + third,
        QuotePicker.shorten(text, t -> t.indexOf("aan tafel")),
        "the sentence with the code's term, then the next one; the first would pass forty words");
    assertEquals(
        first + " " + second + " …", QuotePicker.shorten(text, t -> 0), "whole sentences only");
  }
}
