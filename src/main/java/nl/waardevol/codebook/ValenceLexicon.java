package nl.waardevol.codebook;

import java.util.Collections;
import java.util.LinkedHashSet;
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
    // Copies that keep the codebook's order, so that anything listing them is deterministic.
    negators = Collections.unmodifiableSet(new LinkedHashSet<>(negators));
    contrast = Collections.unmodifiableSet(new LinkedHashSet<>(contrast));
  }
}
