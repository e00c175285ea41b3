package nl.waardevol.segment;

import java.util.List;
import nl.waardevol.read.Document;

/**
 * A document with its passages and its speaker turns, in order.
 *
 * @param cut how many passages ran past {@link Segmenter#MAX_PASSAGE_WORDS} words without a
 *     sentence end and were cut at white space
 */
public record SegmentedDocument(
    Document document, List<Passage> passages, List<Turn> turns, int cut) {
  public SegmentedDocument {
    passages = List.copyOf(passages);
    turns = List.copyOf(turns);
  }
}
