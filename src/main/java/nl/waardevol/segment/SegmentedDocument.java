package nl.waardevol.segment;

import java.util.List;
import nl.waardevol.read.Document;

/** A document with its passages, in order. */
public record SegmentedDocument(Document document, List<Passage> passages) {
  public SegmentedDocument {
    passages = List.copyOf(passages);
  }
}
