package nl.waardevol.aggregate;

import java.util.List;
import java.util.Map;
import nl.waardevol.stance.Stance;

/**
 * What the report was made from.
 *
 * @param documentsByKind the documents counted apart: interviews, notes, survey respondents
 */
public record Corpus(
    int documents,
    Map<DocumentKind, Integer> documentsByKind,
    int passages,
    int codedPassages,
    List<String> regions,
    List<String> roles,
    Map<Stance, Integer> passagesByValence) {
  public Corpus {
    regions = List.copyOf(regions);
    roles = List.copyOf(roles);
    passagesByValence = Map.copyOf(passagesByValence);
    documentsByKind = Map.copyOf(documentsByKind);
  }

  /** The documents of a kind. */
  public int documents(DocumentKind kind) {
    return documentsByKind.getOrDefault(kind, 0);
  }
}
