package nl.waardevol.code;

import java.util.List;

/**
 * What coding decided for one text.
 *
 * @param codes the ids of the codes given, in codebook order
 * @param categories the ids of their categories, in codebook order
 * @param matched the include terms that gave each code, as {@code code:term}
 * @param score the valence score: appreciative terms count up, deficit terms down
 */
public record Analysis(
    List<String> codes,
    List<String> categories,
    List<String> matched,
    Valence valence,
    double score) {
  public Analysis {
    codes = List.copyOf(codes);
    categories = List.copyOf(categories);
    matched = List.copyOf(matched);
  }
}
