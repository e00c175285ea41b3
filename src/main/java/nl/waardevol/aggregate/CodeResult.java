package nl.waardevol.aggregate;

import java.util.List;
import nl.waardevol.stance.Stance;

/** The passages of one valence that got one code, in one group (or the whole corpus). */
public record CodeResult(
    String codeId, String lensId, Stance valence, Count count, List<Quote> quotes) {
  public CodeResult {
    quotes = List.copyOf(quotes);
  }
}
