package nl.waardevol.aggregate;

import java.util.BitSet;

/**
 * Counts passages and the distinct documents they come from. Documents are numbered by the
 * aggregator, so that a tally holds a bit per document instead of a set of ids: a report over a
 * decade's interviews keeps thousands of tallies.
 */
final class Tally {
  private final BitSet documents = new BitSet();
  private int passages;

  void add(int document) {
    documents.set(document);
    passages++;
  }

  Count count() {
    return new Count(documents.cardinality(), passages);
  }
}
