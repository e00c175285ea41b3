package nl.waardevol.aggregate;

import java.util.List;
import java.util.Map;

/**
 * One group of the report, such as Rotterdam with role ouder.
 *
 * @param key the group's values, one per {@code --by} key; empty where a document has none
 * @param valuedByLens appreciative passages per lens id, in codebook order
 * @param codes every code and valence seen in the group, lenses in codebook order, within a lens
 *     ranked by documents then passages
 */
public record Group(
    List<String> key, Count total, Map<String, Count> valuedByLens, List<CodeResult> codes) {
  public Group {
    key = List.copyOf(key);
    valuedByLens =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(valuedByLens));
    codes = List.copyOf(codes);
  }
}
