package nl.waardevol.aggregate;

import java.util.HashSet;
import java.util.Set;

/** Counts passages and the distinct documents they come from. */
final class Tally {
  private final Set<String> documents = new HashSet<>();
  private int passages;

  void add(String docId) {
    documents.add(docId);
    passages++;
  }

  Count count() {
    return new Count(documents.size(), passages);
  }
}
