package nl.waardevol.segment;

import java.util.List;
import nl.waardevol.read.Document;

/** A document with its passages and its speaker turns, in order. */
public record SegmentedDocument(Document document, List<Passage> passages, List<Turn> turns) {
  public SegmentedDocument {
    passages = List.copyOf(passages);
    turns = List.copyOf(turns);
  }
}
