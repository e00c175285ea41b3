package nl.waardevol.code;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.waardevol.codebook.ValenceLexicon;

/**
 * Scores appreciative against deficit talk. Each valence term counts one, doubled after a contrast
 * word in its sentence ("het was zwaar, maar de mentor was geweldig" leans appreciative). Each
 * negator binds one term in its clause, within the window: the nearest valence term after it, else
 * the nearest before it ("het was fijn dat niemand boos werd", "het hielp niet"); a term bound an
 * odd number of times flips. A negator that opens its clause and meets a second negator there binds
 * what the second binds, so the two cancel ("zonder haar hulp was het nooit gelukt"). A negator
 * that finds no valence term but an include term of a given code in a wish category counts as
 * deficit talk ("niemand luisterde"). A deficit term that is an include term of a given code in a
 * topic category names the topic, not a judgement ("ze wist veel van angst"), and counts only when
 * negated ("zonder angst").
 */
final class ValenceScorer {
  /**
   * A term before its negator is a short verb or predicate: "het hielp niet", "fijn was het niet".
   */
  private static final int BACKWARD_REACH = 3;

  private final ValenceLexicon lexicon;
  private final boolean[] topics;
  private final boolean[] wishes;

  /**
   * @param topics per code of the codebook: whether it names a topic, so that its deficit terms are
   *     no judgement
   * @param wishes per code of the codebook: whether it names something people wish for, so that
   *     negated it is deficit talk
   */
  ValenceScorer(ValenceLexicon lexicon, boolean[] topics, boolean[] wishes) {
    this.lexicon = lexicon;
    this.topics = topics.clone();
    this.wishes = wishes.clone();
  }

  /**
   * Each counted term with what decided its contribution, in token order.
   *
   * @param notNegating per token: a negator that negates nothing here ("niet alleen ... maar ook")
   */
  List<Explanation.ValenceStep> steps(
      Scan tokens, List<TermIndex.Hit> hits, boolean[] given, boolean[] notNegating) {
    if (tokens.size() == 0) {
      return List.of();
    }
    // A code term that holds a negator ("nooit boos") is scored by its words, as any text.
    List<TermIndex.Hit> codeTerms =
        longestFirst(hits, hit -> isGivenInclude(hit, given) && !holdsNegator(tokens, hit));
    List<TermIndex.Hit> topicTerms =
        codeTerms.stream().filter(hit -> topics[hit.entry().owner()]).toList();
    List<TermIndex.Hit> problems =
        hits.stream().filter(hit -> isDeficit(hit) && overlapsAny(hit, topicTerms)).toList();
    List<TermIndex.Hit> terms =
        longestFirst(hits, hit -> hit.entry().owner() < 0 && !problems.contains(hit));
    List<TermIndex.Hit> negatable =
        codeTerms.stream()
            .filter(
                hit ->
                    (wishes[hit.entry().owner()] || overlapsAny(hit, problems))
                        && !overlapsAny(hit, terms))
            .toList();
    List<List<Integer>> termNegators = negatorLists(terms.size());
    List<List<Integer>> topicNegators = negatorLists(negatable.size());
    bindNegators(tokens, terms, negatable, termNegators, topicNegators, notNegating);
    List<Explanation.ValenceStep> steps = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      TermIndex.Hit hit = terms.get(i);
      int polarity = hit.entry().role() == Explanation.Role.APPRECIATIVE ? 1 : -1;
      steps.add(step(tokens, hit, false, polarity, termNegators.get(i)));
    }
    for (int i = 0; i < negatable.size(); i++) {
      if (!topicNegators.get(i).isEmpty()) {
        TermIndex.Hit hit = negatable.get(i);
        // A wish, negated, is deficit talk ("niemand luisterde"); a problem named as the
        // topic, negated, is appreciative ("zonder angst").
        int polarity = overlapsAny(hit, problems) ? -1 : 1;
        steps.add(step(tokens, hit, true, polarity, topicNegators.get(i)));
      }
    }
    steps.sort(Comparator.comparingInt(Explanation.ValenceStep::fromToken));
    return steps;
  }

  /**
   * Adds each negator's position to the list of the valence term it binds, or else to that of the
   * negatable code term it binds.
   */
  private void bindNegators(
      Scan tokens,
      List<TermIndex.Hit> terms,
      List<TermIndex.Hit> negatable,
      List<List<Integer>> termNegators,
      List<List<Integer>> topicNegators,
      boolean[] notNegating) {
    int[] clause = clausesSplitAtContrast(tokens);
    for (int at = 0; at < tokens.size(); at++) {
      if (!tokens.word(at).negator || notNegating[at] || inside(terms, at)) {
        // A negator inside a term is part of it: "geen probleem", "niet durven dromen".
        continue;
      }
      int binder = cancellingPartner(tokens, clause, at);
      boolean back = !lexicon.forwardNegators().contains(tokens.text(binder));
      int term = bound(terms, clause, binder, back);
      int topic = binder == at ? bound(negatable, clause, at, back) : -1;
      if (term >= 0) {
        // A cancelling pair counts twice: once here, once when the partner binds the same term.
        termNegators.get(term).add(at);
      } else if (topic >= 0) {
        topicNegators.get(topic).add(at);
      }
    }
  }

  private static List<List<Integer>> negatorLists(int count) {
    List<List<Integer>> lists = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lists.add(new ArrayList<>());
    }
    return lists;
  }

  private Explanation.ValenceStep step(
      Scan tokens, TermIndex.Hit hit, boolean codeTerm, int polarity, List<Integer> negators) {
    int weight = afterContrast(tokens, hit.from()) ? 2 : 1;
    boolean flipped = negators.size() % 2 == 1;
    List<String> words = new ArrayList<>();
    negators.stream().sorted().forEach(at -> words.add(tokens.text(at)));
    return new Explanation.ValenceStep(
        hit.entry().term().source(),
        codeTerm,
        hit.from(),
        hit.to(),
        polarity,
        String.join(" + ", words),
        negators.isEmpty() ? -1 : negators.stream().max(Integer::compare).orElseThrow(),
        weight,
        (flipped ? -polarity : polarity) * weight);
  }

  private static boolean isGivenInclude(TermIndex.Hit hit, boolean[] given) {
    return hit.entry().role() == Explanation.Role.INCLUDE && given[hit.entry().owner()];
  }

  private static boolean inside(List<TermIndex.Hit> hits, int at) {
    return hits.stream().anyMatch(hit -> hit.from() <= at && at < hit.to());
  }

  private static boolean holdsNegator(Scan tokens, TermIndex.Hit hit) {
    for (int i = hit.from(); i < Math.min(hit.to(), tokens.size()); i++) {
      if (tokens.word(i).negator) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDeficit(TermIndex.Hit hit) {
    return hit.entry().role() == Explanation.Role.DEFICIT;
  }

  private static boolean overlapsAny(TermIndex.Hit hit, List<TermIndex.Hit> others) {
    return others.stream().anyMatch(other -> hit.from() < other.to() && other.from() < hit.to());
  }

  /**
   * The hits that pass, overlapping ones dropped, longest kept ("geen probleem" as one term), in
   * token order.
   */
  private static List<TermIndex.Hit> longestFirst(
      List<TermIndex.Hit> hits, java.util.function.Predicate<TermIndex.Hit> keep) {
    List<TermIndex.Hit> candidates = new ArrayList<>(hits.stream().filter(keep).toList());
    candidates.sort(
        Comparator.comparingInt((TermIndex.Hit hit) -> hit.from() - hit.to())
            .thenComparingInt(TermIndex.Hit::from));
    // Kept hits never overlap, so marking the tokens each covers (by which hit) answers "does this
    // one overlap a kept one" from its own tokens: linear, where comparing with every kept hit was
    // quadratic. An empty hit (a regex between tokens) marks the point it stands on.
    int size = candidates.stream().mapToInt(TermIndex.Hit::to).max().orElse(0) + 1;
    int[] coveredBy = new int[size];
    java.util.Arrays.fill(coveredBy, -1);
    java.util.BitSet points = new java.util.BitSet(size);
    List<TermIndex.Hit> kept = new ArrayList<>();
    for (TermIndex.Hit hit : candidates) {
      if (!overlapsKept(hit, coveredBy, points)) {
        if (hit.from() == hit.to()) {
          points.set(hit.from());
        }
        for (int token = hit.from(); token < hit.to(); token++) {
          coveredBy[token] = kept.size();
        }
        kept.add(hit);
      }
    }
    kept.sort(Comparator.comparingInt(TermIndex.Hit::from));
    return kept;
  }

  /** {@link #overlapsAny} against the kept hits, as marked by {@link #longestFirst}. */
  private static boolean overlapsKept(TermIndex.Hit hit, int[] coveredBy, java.util.BitSet points) {
    if (hit.from() == hit.to()) {
      int at = hit.from();
      return at > 0 && coveredBy[at] >= 0 && coveredBy[at - 1] == coveredBy[at];
    }
    for (int token = hit.from(); token < hit.to(); token++) {
      if (coveredBy[token] >= 0) {
        return true;
      }
    }
    int point = points.nextSetBit(hit.from() + 1);
    return point >= 0 && point < hit.to();
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

  /**
   * The negator whose term the negator at {@code at} binds: itself, or, when it opens its clause,
   * the next negator in the clause ("zonder ... nooit", "niet zonder").
   */
  private int cancellingPartner(Scan tokens, int[] clause, int at) {
    for (int i = at - 1; i >= 0 && clause[i] == clause[at]; i--) {
      if (!tokens.word(i).contrast) {
        return at;
      }
    }
    for (int i = at + 1;
        i < tokens.size() && clause[i] == clause[at] && i - at <= lexicon.negationWindow();
        i++) {
      if (tokens.word(i).negator) {
        return i;
      }
    }
    return at;
  }

  /**
   * The index among {@code hits} of the one the negator at {@code at} binds: the nearest after it
   * in its clause and window, else, if it may reach {@code back} (a forward negator such as
   * "zonder" may not: "hij hielp zonder dat we erom vroegen"), the nearest just before it; -1 for
   * none.
   */
  private int bound(List<TermIndex.Hit> hits, int[] clause, int at, boolean back) {
    int window = lexicon.negationWindow();
    for (int i = 0; i < hits.size(); i++) {
      TermIndex.Hit hit = hits.get(i);
      if (hit.from() > at && hit.from() - at <= window && sameClause(clause, at, hit)) {
        return i;
      }
    }
    if (!back) {
      return -1;
    }
    for (int i = hits.size() - 1; i >= 0; i--) {
      TermIndex.Hit hit = hits.get(i);
      if (hit.to() <= at
          && at - (hit.to() - 1) <= Math.min(window, BACKWARD_REACH)
          && sameClause(clause, at, hit)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean sameClause(int[] clause, int at, TermIndex.Hit hit) {
    int from = Math.min(hit.from(), clause.length - 1);
    int last = Math.max(from, Math.min(hit.to() - 1, clause.length - 1));
    return clause[from] == clause[at] && clause[last] == clause[at];
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
