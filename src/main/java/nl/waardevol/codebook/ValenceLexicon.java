package nl.waardevol.codebook;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What decides whether a passage is appreciative or deficit talk.
 *
 * @param negators plain lower-case words that flip a valence term near them
 * @param forwardNegators those of the negators that scope only over what follows them, such as a
 *     preposition ("zonder"): they never bind a term before them
 * @param contrast plain lower-case words after which a sentence's terms weigh double
 * @param negationWindow how many tokens, within its clause, a negator reaches to bind a term
 * @param topicCategories ids of the categories whose codes name a topic (anxiety, autism), so that
 *     a deficit term that is one of their include terms names the topic, not a judgement
 * @param wishCategories ids of the categories whose codes name something people wish for, so that a
 *     negated include term of one is deficit talk ("niemand luisterde")
 * @param sentimentLexicon whether the evaluative adjectives of the Pattern lexicon count beside the
 *     appreciative and deficit terms (weighing their polarity, less than a term)
 */
public record ValenceLexicon(
    List<Term> appreciative,
    List<Term> deficit,
    Set<String> negators,
    Set<String> forwardNegators,
    Set<String> contrast,
    int negationWindow,
    Set<String> topicCategories,
    Set<String> wishCategories,
    boolean sentimentLexicon) {
  public ValenceLexicon {
    appreciative = List.copyOf(appreciative);
    deficit = List.copyOf(deficit);
    // Copies that keep the codebook's order, so that anything listing them is deterministic.
    negators = Collections.unmodifiableSet(new LinkedHashSet<>(negators));
    forwardNegators = Collections.unmodifiableSet(new LinkedHashSet<>(forwardNegators));
    contrast = Collections.unmodifiableSet(new LinkedHashSet<>(contrast));
    topicCategories = Collections.unmodifiableSet(new LinkedHashSet<>(topicCategories));
    wishCategories = Collections.unmodifiableSet(new LinkedHashSet<>(wishCategories));
  }
}
