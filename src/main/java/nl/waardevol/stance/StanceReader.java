package nl.waardevol.stance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a passage clause by clause, as a human coder does (see bench/accuracy/sets/LABELLING.md):
 * each clause gets a stance from its own evaluations, unless it is a wish, someone else's words, a
 * question, or irony; the passage takes the stance of its last clause that has one; each code the
 * stance of the last clause with a stance among those that hold its evidence.
 */
public final class StanceReader {
  private final Set<String> ownVoice;
  private final Set<String> degree;
  private final Set<String> than;

  public StanceReader(StanceRules rules) {
    this.ownVoice = rules.ownVoice();
    this.degree = rules.comparison().get(0);
    this.than = rules.comparison().get(1);
  }

  /** The outcome: the clauses, the passage's stance, and each code's. */
  public record Reading(List<Clause> clauses, Stance stance, Map<String, Stance> codes) {
    public Reading {
      clauses = List.copyOf(clauses);
      codes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(codes));
    }
  }

  /**
   * One clause: tokens {@code from} to {@code to} (exclusive), characters {@code start} to {@code
   * end} of the passage.
   *
   * @param steps what decided its stance, in words, for {@code explain}
   */
  public record Clause(
      int from, int to, int start, int end, double score, Stance stance, List<String> steps) {
    public Clause {
      steps = List.copyOf(steps);
    }
  }

  public Reading read(StanceInput input) {
    if (input.tokens().isEmpty()) {
      return new Reading(List.of(), Stance.NEUTRAL, neutralCodes(input));
    }
    Layout layout = new Layout(input);
    boolean[] reported = reportedTokens(input);
    List<Clause> clauses = new ArrayList<>();
    for (int c = 0; c < layout.spans.size(); c++) {
      clauses.add(clause(layout, c, reported));
    }
    clauses = ironic(layout, clauses);
    Stance stance = last(clauses);
    boolean fromQuestion = stance == Stance.NEUTRAL && input.asked() != Stance.NEUTRAL;
    if (fromQuestion) {
      stance = input.asked();
    }
    Map<String, Stance> codes = new LinkedHashMap<>();
    for (Map.Entry<String, List<Integer>> code : input.evidence().entrySet()) {
      List<Clause> holding =
          code.getValue().stream()
              .map(token -> layout.clauseOf[token])
              .distinct()
              .sorted()
              .map(clauses::get)
              .toList();
      Stance own = last(holding);
      codes.put(code.getKey(), own == Stance.NEUTRAL && fromQuestion ? stance : own);
    }
    return new Reading(clauses, stance, codes);
  }

  private static Map<String, Stance> neutralCodes(StanceInput input) {
    Map<String, Stance> codes = new LinkedHashMap<>();
    input.evidence().keySet().forEach(code -> codes.put(code, Stance.NEUTRAL));
    return codes;
  }

  /** The stance of the last clause that has one (rule 15), or neutral. */
  private static Stance last(List<Clause> clauses) {
    for (int i = clauses.size() - 1; i >= 0; i--) {
      if (clauses.get(i).stance() != Stance.NEUTRAL) {
        return clauses.get(i).stance();
      }
    }
    return Stance.NEUTRAL;
  }

  private Clause clause(Layout layout, int c, boolean[] reported) {
    StanceInput input = layout.input;
    int from = layout.spans.get(c)[0];
    int to = layout.spans.get(c)[1];
    List<String> steps = new ArrayList<>();
    double score = 0;
    for (StanceInput.Evaluation evaluation : layout.evaluations.get(c)) {
      if (reported[evaluation.from()]) {
        steps.add(evaluation.why() + ": inside someone else's words, not counted");
      } else if (negatedComparison(input, evaluation)) {
        score -= evaluation.weight();
        steps.add(
            evaluation.why()
                + ", but as a comparison ('zo ... als'): praise "
                + signed(-evaluation.weight()));
      } else {
        score += evaluation.weight();
        steps.add(evaluation.why() + " " + signed(evaluation.weight()));
      }
    }
    for (StanceInput.Found found :
        layout.found(c, Marker.IMPLICIT_APPRECIATIVE, Marker.IMPLICIT_DEFICIT)) {
      // A negator that is also a sign of what went wrong ("niemand") counts once: as a negator.
      if (!reported[found.from()]
          && !negates(layout, found)
          && !layout.covers(Marker.NO_CONTRAST, found.from())) {
        double implicit = found.marker() == Marker.IMPLICIT_APPRECIATIVE ? 0.5 : -0.5;
        score += implicit;
        steps.add("'" + found.term() + "' (without an evaluative word) " + signed(implicit));
      }
    }
    Stance stance = Stance.ofScore(score);
    if (layout.holds(c, Marker.WISH, Marker.WISHING_QUESTION)) {
      if (layout.holds(c, Marker.HOPE_IT_LASTS)) {
        steps.add("a hope that it lasts: part of the praise, not a wish");
      } else {
        steps.add("a wish: " + terms(layout.found(c, Marker.WISH, Marker.WISHING_QUESTION)));
        stance = Stance.WISH;
      }
    } else if (layout.inQuestion(from)) {
      if (layout.sentenceHolds(c, Marker.ASSERTING_QUESTION)) {
        stance = score == 0 ? Stance.DEFICIT : stance;
        steps.add("a question that asserts what it takes for granted");
      } else if (stance != Stance.NEUTRAL) {
        steps.add("a question: what it asks about is not asserted");
        stance = Stance.NEUTRAL;
      }
    }
    return new Clause(
        from,
        to,
        input.tokens().get(from).start(),
        input.tokens().get(to - 1).end(),
        score,
        stance,
        steps);
  }

  private static boolean negates(Layout layout, StanceInput.Found found) {
    for (int i = found.from(); i < found.to(); i++) {
      if (layout.negates[i]) {
        return true;
      }
    }
    return false;
  }

  private static String terms(List<StanceInput.Found> found) {
    List<String> terms = new ArrayList<>();
    found.forEach(f -> terms.add("'" + f.term() + "'"));
    return String.join(", ", terms);
  }

  /** "Niemand ... zo goed ... als zij": the negator makes a superlative, not a denial. */
  private boolean negatedComparison(StanceInput input, StanceInput.Evaluation evaluation) {
    int negator = evaluation.negator();
    if (negator < 0 || negator >= evaluation.from()) {
      return false;
    }
    List<StanceInput.Token> tokens = input.tokens();
    int end = Math.min(tokens.size(), evaluation.to() + 4);
    for (int i = negator + 1; i < end; i++) {
      if (degree.contains(tokens.get(i).text())) {
        for (int k = Math.max(i + 1, evaluation.to()); k < Math.min(tokens.size(), i + 5); k++) {
          if (than.contains(tokens.get(k).text())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The tokens inside someone else's words: after a reporting verb to the end of its sentence, or
   * before it when it closes the sentence ("dan moet hij het toch kunnen, zeiden ze"); none when
   * the speaker reports their own words ("we zeggen") or adopts the report ("en dat klopt").
   */
  private boolean[] reportedTokens(StanceInput input) {
    List<StanceInput.Token> tokens = input.tokens();
    boolean[] reported = new boolean[tokens.size()];
    boolean adopted = input.markers().stream().anyMatch(f -> f.marker() == Marker.ADOPTED);
    for (StanceInput.Found found : input.markers()) {
      if (found.marker() != Marker.REPORTED || adopted || ownVoice(tokens, found.from())) {
        continue;
      }
      int sentence = tokens.get(found.from()).sentence();
      int after = found.to();
      while (after < tokens.size() && tokens.get(after).sentence() == sentence) {
        after++;
      }
      if (after - found.to() <= 2) {
        for (int i = found.from() - 1; i >= 0 && tokens.get(i).sentence() == sentence; i--) {
          reported[i] = true;
        }
      } else {
        for (int i = found.to(); i < after; i++) {
          reported[i] = true;
        }
      }
    }
    return reported;
  }

  private boolean ownVoice(List<StanceInput.Token> tokens, int at) {
    for (int i = Math.max(0, at - 2); i < at; i++) {
      if (ownVoice.contains(tokens.get(i).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Praise marked as mock praise ("top hoor", "een feestje") in a passage that also names what went
   * wrong means the opposite (rule 12).
   */
  private static List<Clause> ironic(Layout layout, List<Clause> clauses) {
    boolean somethingWrong =
        clauses.stream().anyMatch(c -> c.score() < 0)
            || layout.input.markers().stream().anyMatch(f -> f.marker() == Marker.IMPLICIT_DEFICIT);
    if (!somethingWrong) {
      return clauses;
    }
    List<Clause> read = new ArrayList<>();
    for (int c = 0; c < clauses.size(); c++) {
      Clause clause = clauses.get(c);
      boolean praises = layout.evaluations.get(c).stream().anyMatch(e -> e.weight() > 0);
      if (praises && layout.holds(c, Marker.IRONY)) {
        List<String> steps = new ArrayList<>(clause.steps());
        steps.add("irony: " + terms(layout.found(c, Marker.IRONY)) + " beside what went wrong");
        read.add(
            new Clause(
                clause.from(),
                clause.to(),
                clause.start(),
                clause.end(),
                clause.score(),
                Stance.DEFICIT,
                steps));
      } else {
        read.add(clause);
      }
    }
    return read;
  }

  private static String signed(double weight) {
    return (weight > 0 ? "+" : "")
        + (weight == Math.rint(weight) ? String.valueOf((int) weight) : String.valueOf(weight));
  }
}
