package nl.waardevol.code;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.waardevol.codebook.ValenceLexicon;

/**
 * Scores appreciative against deficit talk: each valence term counts one, flipped by a negator
 * within the window in its clause, and doubled after a contrast word in its sentence ("het was
 * zwaar, maar de mentor was geweldig" leans appreciative).
 */
final class ValenceScorer {
  private final ValenceLexicon lexicon;

  ValenceScorer(ValenceLexicon lexicon) {
    this.lexicon = lexicon;
  }

  double score(Scan tokens, List<TermIndex.Hit> hits) {
    double score = 0;
    for (Explanation.ValenceStep step : steps(tokens, hits)) {
      score += step.contribution();
    }
    return score;
  }

  /** Each counted valence term with what decided its contribution, in token order. */
  List<Explanation.ValenceStep> steps(Scan tokens, List<TermIndex.Hit> hits) {
    if (tokens.size() == 0) {
      return List.of();
    }
    int[] clause = clausesSplitAtContrast(tokens);
    List<Explanation.ValenceStep> steps = new ArrayList<>();
    for (TermIndex.Hit hit : longestFirst(hits)) {
      int polarity = hit.entry().role() == Explanation.Role.APPRECIATIVE ? 1 : -1;
      int negator = negator(tokens, clause, hit);
      int weight = afterContrast(tokens, hit.from()) ? 2 : 1;
      double contribution = (negator >= 0 ? -polarity : polarity) * weight;
      steps.add(
          new Explanation.ValenceStep(
              hit.entry().term().source(),
              hit.from(),
              hit.to(),
              polarity,
              negator >= 0 ? tokens.text(negator) : "",
              negator,
              weight,
              contribution));
    }
    steps.sort(Comparator.comparingInt(Explanation.ValenceStep::fromToken));
    return steps;
  }

  /** Valence hits with overlapping ones dropped, longest kept: "geen probleem" as one term. */
  private static List<TermIndex.Hit> longestFirst(List<TermIndex.Hit> hits) {
    List<TermIndex.Hit> valence = new ArrayList<>();
    for (TermIndex.Hit hit : hits) {
      if (hit.entry().owner() < 0) {
        valence.add(hit);
      }
    }
    valence.sort(
        Comparator.comparingInt((TermIndex.Hit hit) -> hit.from() - hit.to())
            .thenComparingInt(TermIndex.Hit::from));
    List<TermIndex.Hit> kept = new ArrayList<>();
    for (TermIndex.Hit hit : valence) {
      if (kept.stream().noneMatch(other -> hit.from() < other.to() && other.from() < hit.to())) {
        kept.add(hit);
      }
    }
    return kept;
  }

  private int[] clausesSplitAtContrast(Scan tokens) {
    int[] clause = new int[tokens.size()];
    int shift = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.word(i).contrast) {
        shift++;
      }
      clause[i] = tokens.clause(i) * 1000 + shift;
    }
    return clause;
  }

  /** The position of the nearest negator in the window and clause, or -1. */
  private int negator(Scan tokens, int[] clause, TermIndex.Hit hit) {
    int window = lexicon.negationWindow();
    int home = clause[Math.min(hit.from(), tokens.size() - 1)];
    for (int distance = 1; distance <= window; distance++) {
      int before = hit.from() - distance;
      if (before >= 0 && isNegator(tokens, clause, home, before)) {
        return before;
      }
      int after = hit.to() - 1 + distance;
      if (after < tokens.size() && isNegator(tokens, clause, home, after)) {
        return after;
      }
    }
    return -1;
  }

  private boolean isNegator(Scan tokens, int[] clause, int home, int at) {
    return clause[at] == home && tokens.word(at).negator;
  }

  private boolean afterContrast(Scan tokens, int at) {
    int sentence = tokens.sentence(Math.min(at, tokens.size() - 1));
    for (int i = at - 1; i >= 0 && tokens.sentence(i) == sentence; i--) {
      if (tokens.word(i).contrast) {
        return true;
      }
    }
    return false;
  }
}
