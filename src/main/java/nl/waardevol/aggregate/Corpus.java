package nl.waardevol.aggregate;

import java.util.List;
import java.util.Map;
import nl.waardevol.code.Valence;

/** What the report was made from. */
public record Corpus(
    int documents,
    int passages,
    int codedPassages,
    List<String> regions,
    List<String> roles,
    Map<Valence, Integer> passagesByValence) {
  public Corpus {
    regions = List.copyOf(regions);
    roles = List.copyOf(roles);
    passagesByValence = Map.copyOf(passagesByValence);
  }
}
