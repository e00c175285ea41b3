package nl.waardevol.codebook;

import java.util.List;
import java.util.Set;

/**
 * What decides whether a passage is appreciative or deficit talk.
 *
 * @param negators plain lower-case words that flip a valence term near them
 * @param contrast plain lower-case words after which a sentence's terms weigh double
 * @param negationWindow how many tokens before or after a valence term a negator reaches
 */
public record ValenceLexicon(
    List<Term> appreciative,
    List<Term> deficit,
    Set<String> negators,
    Set<String> contrast,
    int negationWindow) {
  public ValenceLexicon {
    appreciative = List.copyOf(appreciative);
    deficit = List.copyOf(deficit);
    negators = Set.copyOf(negators);
    contrast = Set.copyOf(contrast);
  }
}
