package nl.waardevol.aggregate;

/** How many passages, from how many documents. */
public record Count(int documents, int passages) {
  public static final Count ZERO = new Count(0, 0);
}
