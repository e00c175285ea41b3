package nl.waardevol.read.office;

import java.util.ArrayList;
import java.util.List;

/** What a word processor's body holds, in order: paragraphs and table rows. */
sealed interface Block {
  /** The paragraphs of blocks, with those of table rows in reading order: a cell's content. */
  static List<Paragraph> paragraphs(List<Block> blocks) {
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Paragraph paragraph) {
        paragraphs.add(paragraph);
      } else {
        ((Row) block).cells().forEach(paragraphs::addAll);
      }
    }
    return paragraphs;
  }

  /** A run of text with one formatting; only boldness matters here. */
  record Run(String text, boolean bold) {}

  /** A paragraph; {@code heading} for titles and headings, which are not respondent text. */
  record Paragraph(List<Run> runs, boolean heading) implements Block {
    public Paragraph {
      runs = List.copyOf(runs);
    }

    String text() {
      StringBuilder text = new StringBuilder();
      runs.forEach(run -> text.append(run.text()));
      return text.toString();
    }
  }

  /** A table row: each cell's paragraphs (a nested table's paragraphs are in its cell). */
  record Row(List<List<Paragraph>> cells) implements Block {
    public Row {
      cells = cells.stream().map(List::copyOf).toList();
    }
  }
}
