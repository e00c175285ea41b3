package nl.waardevol.code;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.waardevol.codebook.ValenceLexicon;
import nl.waardevol.text.Tokens;

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

  double score(Tokens tokens, List<TermIndex.Hit> hits) {
    if (tokens.size() == 0) {
      return 0;
    }
    int[] clause = clausesSplitAtContrast(tokens);
    double score = 0;
    for (TermIndex.Hit hit : longestFirst(hits)) {
      double sign = hit.entry().role() == TermIndex.Role.APPRECIATIVE ? 1 : -1;
      if (negated(tokens, clause, hit)) {
        sign = -sign;
      }
      score += sign * (afterContrast(tokens, hit.from()) ? 2 : 1);
    }
    return score;
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

  private int[] clausesSplitAtContrast(Tokens tokens) {
    int[] clause = new int[tokens.size()];
    int shift = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (lexicon.contrast().contains(tokens.text(i))) {
        shift++;
      }
      clause[i] = tokens.clause(i) * 1000 + shift;
    }
    return clause;
  }

  private boolean negated(Tokens tokens, int[] clause, TermIndex.Hit hit) {
    int window = lexicon.negationWindow();
    int from = Math.max(0, hit.from() - window);
    int to = Math.min(tokens.size(), hit.to() + window);
    int home = clause[Math.min(hit.from(), tokens.size() - 1)];
    for (int i = from; i < to; i++) {
      boolean inside = i >= hit.from() && i < hit.to();
      if (!inside && clause[i] == home && lexicon.negators().contains(tokens.text(i))) {
        return true;
      }
    }
    return false;
  }

  private boolean afterContrast(Tokens tokens, int at) {
    int sentence = tokens.sentence(Math.min(at, tokens.size() - 1));
    for (int i = at - 1; i >= 0 && tokens.sentence(i) == sentence; i--) {
      if (lexicon.contrast().contains(tokens.text(i))) {
        return true;
      }
    }
    return false;
  }
}
