package nl.waardevol.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.waardevol.read.Document;
import nl.waardevol.read.Format;
import nl.waardevol.read.Origin;
import org.junit.jupiter.api.Test;

class SegmenterTest {
  private final Segmenter segmenter = new Segmenter(Set.of("I", "Interviewer", "Vraag"));

  private List<Passage> passages(String text) {
    return segmenter.segment(new Document("d", "d.md", Map.of(), text, 1)).passages();
  }

  @Test
  void respondentParagraphsArePassagesAndQuestionsAreContext() {
    String text =
        "I: Wat werkte goed?\n"
            + "Moeder: Eerst was het zwaar.\n"
            + "Toen kwam er een nieuwe mentor.\n"
            + "\n"
            + "Die nam de tijd.\n"
            + "Interviewer: En nu?\n"
            + "Vader: Nu gaat hij twee dagen naar school.\n";
    List<Passage> passages = passages(text);
    assertEquals(3, passages.size());
    assertEquals(
        new Passage(
            1,
            "Moeder",
            28,
            80,
            "Eerst was het zwaar. Toen kwam er een nieuwe mentor.",
            "Wat werkte goed?"),
        passages.get(0));
    assertEquals("Moeder", passages.get(1).speaker());
    assertEquals(
        "Die nam de tijd.", text.substring(passages.get(1).start(), passages.get(1).end()));
    Passage third = passages.get(2);
    assertEquals("Vader", third.speaker());
    assertEquals("En nu?", third.question());
    assertEquals("Nu gaat hij twee dagen naar school.", text.substring(third.start(), third.end()));
  }

  @Test
  void placeholdersOfARedactedCopyAreLabels() {
    String text =
        "[NAAM-1]: Wat ging goed?\n\n[NAAM-2]: De juf.\n\nJuf [NAAM-5]: Dank je.\n\n[NAME-1]: And then?\n\n[NAAM-2]: Rust.\n";
    Document document =
        new Document("d", "d.md", Map.of("interviewer", "[NAAM-1]; [NAME-1]"), text, 1);
    List<Passage> passages = segmenter.segment(document).passages();
    assertEquals(
        List.of("[NAAM-2]", "Juf [NAAM-5]", "[NAAM-2]"),
        passages.stream().map(Passage::speaker).toList());
    assertEquals("And then?", passages.get(2).question());
  }

  @Test
  void timeStampsAndNamesAreLabels() {
    List<Passage> passages =
        passages("[00:01:23] I: Hoe ging het?\n[00:01:30] Daan de Vries: Heel goed eigenlijk.\n");
    assertEquals(1, passages.size());
    assertEquals("Daan de Vries", passages.get(0).speaker());
    assertEquals("Heel goed eigenlijk.", passages.get(0).text());
  }

  @Test
  void notesWithoutLabelsAreAllRespondentText() {
    List<Passage> passages =
        passages(
            "# Werkatelier Tilburg\n\nWat werkte: korte lijnen en een vast gezicht.\n\nDe deelnemers herkenden dat.\n- kleine tafels\n- rust\n");
    assertEquals(2, passages.size());
    assertEquals("", passages.get(0).speaker());
    assertEquals(
        "Wat werkte: korte lijnen en een vast gezicht.",
        passages.get(0).text(),
        "a one-off 'X:' in notes is text");
    assertEquals("De deelnemers herkenden dat. - kleine tafels - rust", passages.get(1).text());
  }

  @Test
  void aRecurringLabelIsASpeakerEvenWithoutAnInterviewer() {
    List<Passage> passages =
        passages("Ouder: Het ging goed.\nProfessional: Dat zag ik ook.\nOuder: Echt waar.\n");
    assertEquals(2, passages.size());
    assertEquals("Ouder", passages.get(1).speaker());
    assertEquals(
        "Het ging goed. Professional: Dat zag ik ook.",
        passages.get(0).text(),
        "a label seen once stays text");
  }

  @Test
  void aParagraphWithNoSentenceEndIsCutIntoPassagesOfAtMostTheCap() {
    String words = "woord ".repeat(3 * Segmenter.MAX_PASSAGE_WORDS + 10);
    String text = "I: Vertel.\nR: " + words.strip() + "\n";
    SegmentedDocument segmented = segmenter.segment(new Document("d", "d.md", Map.of(), text, 1));
    assertEquals(4, segmented.passages().size());
    assertEquals(1, segmented.cut(), "one paragraph was cut");
    int total = 0;
    for (Passage passage : segmented.passages()) {
      int count = passage.text().split(" ").length;
      assertTrue(count <= Segmenter.MAX_PASSAGE_WORDS, "words: " + count);
      assertEquals(passage.text(), Segmenter.fold(text.substring(passage.start(), passage.end())));
      total += count;
    }
    assertEquals(3 * Segmenter.MAX_PASSAGE_WORDS + 10, total, "no word lost or doubled");
  }

  @Test
  void longParagraphsAreSplitAtSentenceBoundariesIntoBalancedPassages() {
    StringBuilder paragraph = new StringBuilder("R: ");
    for (int i = 0; i < 30; i++) {
      paragraph.append("Dit is zin nummer ").append(i).append(" van het verhaal. ");
    }
    String text = "I: Vertel.\n" + paragraph.toString().strip() + "\n";
    List<Passage> passages = passages(text);
    assertEquals(2, passages.size(), "210 words become two passages of about 105");
    for (Passage passage : passages) {
      int words = passage.text().split(" ").length;
      assertTrue(words <= Segmenter.MAX_WORDS && words >= 90, "words: " + words);
      assertTrue(passage.text().endsWith("verhaal."), passage.text());
      assertEquals(passage.text(), Segmenter.fold(text.substring(passage.start(), passage.end())));
    }
    assertEquals(2, passages.get(1).number());
  }

  @Test
  void aTranscriptOfOnlyQuestionsHasNoPassages() {
    assertEquals(List.of(), passages("I: Hallo?\nI: Is daar iemand?\n"));
  }

  @Test
  void theInterviewerNamedInTheMetadataAsksTheQuestions() {
    String text = "[00:00:03] de Graaf Sanne: Wat hielp?\n\n[00:00:07] Fatima: De rust.\n";
    SegmentedDocument segmented =
        segmenter.segment(
            new Document(
                "d", "d.vtt", Map.of("interviewer", "de Graaf, Sanne (Gemeente)"), text, 1));
    assertEquals(1, segmented.passages().size());
    assertEquals("Wat hielp?", segmented.passages().get(0).question());
    assertEquals(
        List.of(
            new Turn("de Graaf Sanne", true, "00:00:03", 0),
            new Turn("Fatima", false, "00:00:07", 39)),
        segmented.turns());
  }

  @Test
  void aSpeakerTheFormatMarksCountsEvenOnce() {
    Origin origin =
        new Origin(Format.WEBVTT, "UTF-8", List.of("Ouder", "Professional"), List.of(), Map.of());
    String text = "Ouder: Het ging goed.\n\nProfessional: Dat zag ik ook.\n";
    List<Passage> passages =
        segmenter.segment(new Document("d", "d.vtt", Map.of(), text, 1, origin)).passages();
    assertEquals(
        List.of("Ouder", "Professional"), passages.stream().map(Passage::speaker).toList());
  }
}
