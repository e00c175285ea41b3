package nl.waardevol.aggregate;

/** How many passages, from how many documents. */
public record Count(int documents, int passages) {
  public static final Count ZERO = new Count(0, 0);

  /** Counts resting on fewer documents than this carry a caution in every report format. */
  public static final int FEW_DOCUMENTS = 3;

  /** Whether this count rests on too few documents to say much on its own (but is not zero). */
  public boolean fewDocuments() {
    return passages > 0 && documents < FEW_DOCUMENTS;
  }
}
