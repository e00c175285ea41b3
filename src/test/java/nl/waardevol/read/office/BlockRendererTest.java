package nl.waardevol.read.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockRendererTest {
  /** A paragraph from alternating pieces: text written as **bold** is bold. */
  private static Block.Paragraph paragraph(String marked) {
    List<Block.Run> runs = new ArrayList<>();
    String[] pieces = marked.split("\\*\\*", -1);
    for (int i = 0; i < pieces.length; i++) {
      if (!pieces[i].isEmpty()) {
        runs.add(new Block.Run(pieces[i], i % 2 == 1));
      }
    }
    return new Block.Paragraph(runs, false);
  }

  private static Block.Row row(String... cells) {
    return new Block.Row(
        java.util.Arrays.stream(cells).map(cell -> List.of(paragraph(cell))).toList());
  }

  private static BlockRenderer.Rendered render(Block... blocks) {
    return new BlockRenderer(Set.of("I", "Int", "Interviewer", "Vraag", "Q"))
        .render(List.of(blocks));
  }

  @Test
  void boldNamesWithAColonAreSpeakersWhereverTheColonIs() {
    BlockRenderer.Rendered rendered =
        render(
            paragraph("**Interviewer:** Wat hielp?"),
            paragraph("**Moeder**: De rust."),
            paragraph("**[00:01:02] Vader:** En de mentor."));
    assertEquals(
        "Interviewer: Wat hielp?\n\nMoeder: De rust.\n\n[00:01:02] Vader: En de mentor.\n",
        rendered.text());
    assertEquals(List.of("Interviewer", "Moeder", "Vader"), rendered.speakers());
  }

  @Test
  void aBoldNameAloneAboveItsTurnStartsTheTurn() {
    BlockRenderer.Rendered rendered =
        render(
            paragraph("**Moeder:**"),
            paragraph("Eerst was het zwaar."),
            paragraph("Toen kwam Rik."));
    assertEquals("Moeder:\n\nEerst was het zwaar.\n\nToen kwam Rik.\n", rendered.text());
  }

  @Test
  void boldWithoutAColonCountsOnlyWhenTheNameRecurs() {
    BlockRenderer.Rendered once =
        render(paragraph("**Let op** dit was belangrijk."), paragraph("Gewone tekst."));
    assertEquals("Let op dit was belangrijk.\n\nGewone tekst.\n", once.text());
    assertEquals(List.of(), once.speakers());
    BlockRenderer.Rendered twice =
        render(
            paragraph("**Sem**"), paragraph("Ik vond het fijn."), paragraph("**Sem** Echt waar."));
    assertEquals("Sem:\n\nIk vond het fijn.\n\nSem: Echt waar.\n", twice.text());
  }

  @Test
  void aBoldSentenceIsNoSpeaker() {
    assertEquals(
        "Wat ging er goed in het afgelopen jaar?\n",
        render(paragraph("**Wat ging er goed in het afgelopen jaar?**")).text());
  }

  @Test
  void headingsAreMarkedAndTableRowsReadRowByRow() {
    Block.Paragraph heading = new Block.Paragraph(List.of(new Block.Run("Deel 1", false)), true);
    BlockRenderer.Rendered rendered =
        render(
            heading,
            row("Wat hielp", "Een vaste begeleider."),
            row("00:01:10", "Jeugdconsulent", "We zaten om tafel."),
            row("00:02:00", "Jeugdconsulent", "Dat werkte."),
            row("a", "b", "c"));
    assertEquals(
        "# Deel 1\n\nWat hielp – Een vaste begeleider.\n\n[00:01:10] Jeugdconsulent: We zaten om tafel.\n\n[00:02:00] Jeugdconsulent: Dat werkte.\n\na – b – c\n",
        rendered.text());
    assertEquals(List.of("Jeugdconsulent"), rendered.speakers());
  }

  @Test
  void aTableRowOfAKnownOrInterviewerLabelIsATurnEvenOnce() {
    BlockRenderer.Rendered rendered =
        render(
            row("Interviewer", "Wat was voor u waardevol?"),
            row("Moeder", "Dat de begeleider luisterde."),
            paragraph("**Vader:** En de school."),
            row("Vader", "Die belde terug."));
    assertEquals(
        "Interviewer: Wat was voor u waardevol?\n\nMoeder: Dat de begeleider luisterde.\n\nVader: En de school.\n\nVader: Die belde terug.\n",
        rendered.text());
    assertEquals(List.of("Interviewer", "Moeder", "Vader"), rendered.speakers());
  }

  @Test
  void aHeaderRowIsLeftOutAndARowNumberSkippedLikeATime() {
    BlockRenderer.Rendered rendered =
        render(
            row("Spreker", "Tekst"),
            row("1", "I", "Wat nog meer?"),
            row("2", "00:00:09", "Vader", "De juf nam de tijd."),
            row("3", "Vader", "Echt."));
    assertEquals(
        "I: Wat nog meer?\n\n[00:00:09] Vader: De juf nam de tijd.\n\nVader: Echt.\n",
        rendered.text());
  }

  @Test
  void aRowInAWideTableOrWithoutANameKeepsItsCellsApart() {
    BlockRenderer.Rendered rendered =
        render(
            row("Moeder", "De rust.", "ja"),
            paragraph("Tussendoor."),
            row("Moeder", "Fijn"),
            row("Wat hielp", "Een mentor."));
    assertEquals(
        "Moeder – De rust. ja\n\nTussendoor.\n\nMoeder: Fijn\n\nWat hielp – Een mentor.\n",
        rendered.text());
  }
}
