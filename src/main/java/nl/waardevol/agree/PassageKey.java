package nl.waardevol.agree;

import java.util.Comparator;

/** A passage by its document and its number there: how two codings of one corpus are matched. */
public record PassageKey(String docId, int passage) implements Comparable<PassageKey> {
  private static final Comparator<PassageKey> ORDER =
      Comparator.comparing(PassageKey::docId).thenComparingInt(PassageKey::passage);

  @Override
  public int compareTo(PassageKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return docId + " #" + passage;
  }
}
