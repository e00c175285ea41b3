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

    boolean holds(int token) {
      return from <= token && token < to;
    }
  }

  public Reading read(StanceInput input) {
    if (input.tokens().isEmpty()) {
      return new Reading(List.of(), Stance.NEUTRAL, neutralCodes(input));
    }
    boolean[] reported = reportedTokens(input);
    List<Clause> clauses = new ArrayList<>();
    for (int[] span : clauseSpans(input)) {
      clauses.add(clause(input, span[0], span[1], reported));
    }
    clauses = ironic(input, clauses);
    Stance stance = last(clauses);
    boolean fromQuestion = stance == Stance.NEUTRAL && input.asked() != Stance.NEUTRAL;
    if (fromQuestion) {
      stance = input.asked();
    }
    Map<String, Stance> codes = new LinkedHashMap<>();
    for (Map.Entry<String, List<Integer>> code : input.evidence().entrySet()) {
      List<Clause> holding =
          clauses.stream().filter(c -> code.getValue().stream().anyMatch(c::holds)).toList();
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

  /** Clauses end with a sentence and where a contrast word opens a new one. */
  private static List<int[]> clauseSpans(StanceInput input) {
    List<StanceInput.Token> tokens = input.tokens();
    boolean[] opens = new boolean[tokens.size()];
    for (StanceInput.Found found : input.markers()) {
      boolean atStart =
          found.from() == 0
              || tokens.get(found.from() - 1).clause() != tokens.get(found.from()).clause();
      if ((found.marker() == Marker.CONTRAST
              || found.marker() == Marker.CONTRAST_AT_START && atStart)
          && !within(input, Marker.NO_CONTRAST, found.from())
          && !within(input, Marker.WISH, found.from())) {
        opens[found.from()] = true;
      }
    }
    List<int[]> spans = new ArrayList<>();
    int from = 0;
    for (int i = 1; i < tokens.size(); i++) {
      if (opens[i] || tokens.get(i).sentence() != tokens.get(i - 1).sentence()) {
        spans.add(new int[] {from, i});
        from = i;
      }
    }
    spans.add(new int[] {from, tokens.size()});
    return spans;
  }

  private static boolean within(StanceInput input, Marker marker, int token) {
    return input.markers().stream()
        .anyMatch(f -> f.marker() == marker && f.from() <= token && token < f.to());
  }

  private static boolean anyIn(StanceInput input, Marker marker, int from, int to) {
    return input.markers().stream()
        .anyMatch(f -> f.marker() == marker && f.from() >= from && f.from() < to);
  }

  private Clause clause(StanceInput input, int from, int to, boolean[] reported) {
    List<String> steps = new ArrayList<>();
    double score = 0;
    for (StanceInput.Evaluation evaluation : input.evaluations()) {
      if (evaluation.from() >= from && evaluation.from() < to) {
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
    }
    for (StanceInput.Found found : input.markers()) {
      if (found.from() >= from
          && found.from() < to
          && !reported[found.from()]
          && !negatesAnEvaluation(input, found)) {
        double implicit =
            found.marker() == Marker.IMPLICIT_APPRECIATIVE
                ? 0.5
                : found.marker() == Marker.IMPLICIT_DEFICIT ? -0.5 : 0;
        if (implicit != 0) {
          score += implicit;
          steps.add("'" + found.term() + "' (without an evaluative word) " + signed(implicit));
        }
      }
    }
    Stance stance = Stance.ofScore(score);
    int sentence = input.tokens().get(from).sentence();
    if (anyIn(input, Marker.WISH, from, to) || anyIn(input, Marker.WISHING_QUESTION, from, to)) {
      if (anyIn(input, Marker.HOPE_IT_LASTS, from, to)) {
        steps.add("a hope that it lasts: part of the praise, not a wish");
      } else {
        steps.add("a wish: " + terms(input, from, to, Marker.WISH, Marker.WISHING_QUESTION));
        stance = Stance.WISH;
      }
    } else if (isQuestion(input, sentence)) {
      if (anySentence(input, Marker.ASSERTING_QUESTION, sentence)) {
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

  /** A negator that is also a sign of what went wrong ("niemand") counts once: as a negator. */
  private static boolean negatesAnEvaluation(StanceInput input, StanceInput.Found found) {
    return input.evaluations().stream()
        .anyMatch(e -> e.negator() >= found.from() && e.negator() < found.to());
  }

  private static String terms(StanceInput input, int from, int to, Marker... markers) {
    List<String> terms = new ArrayList<>();
    for (StanceInput.Found found : input.markers()) {
      if (found.from() >= from && found.from() < to && List.of(markers).contains(found.marker())) {
        terms.add("'" + found.term() + "'");
      }
    }
    return String.join(", ", terms);
  }

  private static boolean anySentence(StanceInput input, Marker marker, int sentence) {
    return input.markers().stream()
        .anyMatch(f -> f.marker() == marker && input.tokens().get(f.from()).sentence() == sentence);
  }

  /** Whether the sentence ends with a question mark. */
  private static boolean isQuestion(StanceInput input, int sentence) {
    List<StanceInput.Token> tokens = input.tokens();
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).sentence() == sentence) {
        last = i;
      }
    }
    int end = last + 1 < tokens.size() ? tokens.get(last + 1).start() : input.text().length();
    return input.text().substring(tokens.get(last).end(), end).contains("?");
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
  private static List<Clause> ironic(StanceInput input, List<Clause> clauses) {
    boolean somethingWrong =
        clauses.stream().anyMatch(c -> c.score() < 0)
            || input.markers().stream().anyMatch(f -> f.marker() == Marker.IMPLICIT_DEFICIT);
    if (!somethingWrong) {
      return clauses;
    }
    List<Clause> read = new ArrayList<>();
    for (Clause clause : clauses) {
      if (praises(input, clause) && anyIn(input, Marker.IRONY, clause.from(), clause.to())) {
        List<String> steps = new ArrayList<>(clause.steps());
        steps.add(
            "irony: "
                + terms(input, clause.from(), clause.to(), Marker.IRONY)
                + " beside what went wrong");
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

  /** Whether the clause holds a positive evaluation (its sum may still be nought). */
  private static boolean praises(StanceInput input, Clause clause) {
    return input.evaluations().stream().anyMatch(e -> e.weight() > 0 && clause.holds(e.from()));
  }

  private static String signed(double weight) {
    return (weight > 0 ? "+" : "")
        + (weight == Math.rint(weight) ? String.valueOf((int) weight) : String.valueOf(weight));
  }
}
