package nl.waardevol.review;

import nl.waardevol.code.Explanation;

/** A term as the codebook lists it: under a code (include or exclude) or in a valence lexicon. */
public record TermKey(Explanation.Role role, String codeId, String term, int line) {
  /** How messages name it: {@code code 'rust' include term 'rust*'}. */
  public String describe() {
    String list = role.name().toLowerCase(java.util.Locale.ROOT);
    return codeId.isEmpty()
        ? "valence " + list + " term '" + term + "'"
        : "code '" + codeId + "' " + list + " term '" + term + "'";
  }
}
