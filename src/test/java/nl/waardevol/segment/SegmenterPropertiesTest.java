package nl.waardevol.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.waardevol.read.Document;
import nl.waardevol.text.RandomText;
import org.junit.jupiter.api.Test;

/**
 * Whatever the text, every passage lies within it, passages come in order without overlap, and each
 * passage's text is the slice its offsets name with white space folded.
 */
class SegmenterPropertiesTest {
  private static final Segmenter SEGMENTER = new Segmenter(Set.of("I", "Interviewer"));

  @Test
  void passagesAreOrderedInBoundsSlicesOfTheText() {
    long base = RandomText.baseSeed();
    for (int i = 0; i < RandomText.CASES; i++) {
      long seed = base + i;
      Random random = new Random(seed);
      String text = RandomText.text(random, random.nextInt(10) == 0 ? 2000 : 80);
      String context = "seed " + seed + ", text \"" + RandomText.escaped(text) + "\"";
      // A document's text is its input with control characters made visible (Controls).
      Document document = new Document("d", "d.md", Map.of(), text, 1);
      check(document.text(), SEGMENTER.segment(document), context);
    }
  }

  private static void check(String text, SegmentedDocument segmented, String context) {
    int previousEnd = 0;
    int number = 1;
    for (Passage passage : segmented.passages()) {
      String where = "passage " + passage.number() + " " + passage + "; " + context;
      assertEquals(number++, passage.number(), where);
      assertTrue(passage.start() >= previousEnd, "overlaps or goes back: " + where);
      assertTrue(passage.start() < passage.end(), "empty: " + where);
      assertTrue(passage.end() <= text.length(), "past the end: " + where);
      String slice = text.substring(passage.start(), passage.end());
      assertTrue(
          !Character.isWhitespace(slice.charAt(0))
              && !Character.isWhitespace(slice.charAt(slice.length() - 1)),
          "white space at an edge: " + where);
      assertEquals(folded(slice), passage.text(), where);
      previousEnd = passage.end();
    }
  }

  /** The slice's runs of non-white-space, joined by one space. */
  private static String folded(String slice) {
    List<String> runs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (char c : slice.toCharArray()) {
      if (Character.isWhitespace(c)) {
        if (run.length() > 0) {
          runs.add(run.toString());
          run.setLength(0);
        }
      } else {
        run.append(c);
      }
    }
    if (run.length() > 0) {
      runs.add(run.toString());
    }
    return String.join(" ", runs);
  }
}
