package nl.waardevol.aggregate;

/** A short quote from a passage, cut at a word, with where it comes from. */
public record Quote(String docId, int passage, String text) {
  /** Quotes longer than this many words are cut. */
  public static final int MAX_WORDS = 40;
}
