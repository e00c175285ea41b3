package nl.waardevol.review;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.code.Explanation;
import nl.waardevol.learn.Decision;
import nl.waardevol.learn.Model;
import nl.waardevol.learn.Prediction;
import nl.waardevol.stance.StanceReader;

/** Prints an explanation for a researcher: what matched where, what suppressed, what weighed. */
public final class ExplanationText {
  private ExplanationText() {}

  public static void print(CodedPassage passage, Explanation explanation, PrintWriter out) {
    out.printf(
        "%s, passage %d (%s, characters %d-%d)%n",
        passage.docId(),
        passage.passage(),
        passage.speaker().isEmpty() ? "no speaker label" : passage.speaker(),
        passage.start(),
        passage.end());
    out.println("  text: " + explanation.text());
    out.println(
        "  codes: "
            + (explanation.codes().isEmpty() ? "(none)" : String.join(", ", explanation.codes())));
    out.println("  matched terms:");
    boolean any = false;
    for (Explanation.TermMatch match : explanation.matches()) {
      if (match.role() != Explanation.Role.APPRECIATIVE
          && match.role() != Explanation.Role.DEFICIT) {
        out.printf(
            "    %-8s %s '%s' at %s: \"%s\"%n",
            match.role().name().toLowerCase(Locale.ROOT),
            match.codeId(),
            match.term(),
            tokens(match.fromToken(), match.toToken()),
            match.matched());
        any = true;
      }
    }
    if (!any) {
      out.println("    (none)");
    }
    for (Explanation.Suppression suppression : explanation.suppressed()) {
      out.printf(
          "  suppressed: %s, by exclude term %s%n",
          suppression.codeId(), String.join(", ", suppression.excludeTerms()));
    }
    out.println("  clauses:");
    int number = 1;
    for (StanceReader.Clause clause : explanation.reading().clauses()) {
      out.printf(
          "    %d. %s: \"%s\"%n",
          number++,
          clause.stance().id(),
          explanation.text().substring(clause.start(), clause.end()));
      List<String> words = new ArrayList<>();
      for (int i = clause.from(); i < clause.to(); i++) {
        words.add(explanation.tokens().get(i) + " (" + explanation.lemmas().get(i) + ")");
      }
      out.println("       words: " + String.join(", ", words));
      for (String step : clause.steps()) {
        out.println("       " + step);
      }
    }
    out.println(
        "  stance: "
            + explanation.result().id()
            + " (the last clause with a stance; with none, what the interviewer asked)");
    for (String code : explanation.codes()) {
      out.printf(
          "    %s: %s%n", code, nl.waardevol.code.CodeStances.name(explanation.stances().of(code)));
    }
    if (explanation.prediction() != null) {
      printModel(explanation, out);
    }
  }

  /** What a lens decision weighed: "; lens model 0.69, likeliest code 0.52, neighbours 0.39". */
  private static String lensVote(Prediction prediction, Decision decision) {
    return decision
        .lens()
        .map(prediction.lensVotes()::get)
        .map(
            vote ->
                String.format(
                    Locale.ROOT,
                    "; lens model %.2f, likeliest code %.2f, neighbours %.2f",
                    vote.lensModel(),
                    vote.likeliestCode(),
                    vote.neighbours()))
        .orElse("");
  }

  /**
   * What the model made of the rules' decisions: each decision with its probability and the
   * features that weighed most for it, then the outcome that the coded table holds.
   */
  private static void printModel(Explanation explanation, PrintWriter out) {
    Prediction prediction = explanation.prediction();
    String from =
        prediction.confidenceFrom().isEmpty()
            ? ""
            : " = " + String.join(" * ", prediction.confidenceFrom());
    out.printf(Locale.ROOT, "  model (confidence %.2f%s):%n", prediction.confidence(), from);
    if (!prediction.lensVotes().isEmpty()) {
      out.printf("    %s%n", Model.lensRule());
    }
    for (Decision decision : prediction.decisions()) {
      boolean codeNo =
          decision.outcome().equals("no")
              && decision.code().filter(code -> !explanation.codes().contains(code)).isPresent();
      if (codeNo) {
        continue; // neither the rules nor the model give it: nothing to explain
      }
      List<String> weights = new ArrayList<>();
      for (Decision.Weight weight : decision.weights()) {
        weights.add(String.format(Locale.ROOT, "%s %+.2f", weight.feature(), weight.weight()));
      }
      out.printf(
          Locale.ROOT,
          "    %s: %s (%.2f%s)%s%n",
          decision.model(),
          decision.outcome(),
          decision.probability(),
          lensVote(prediction, decision),
          weights.isEmpty() ? "" : "; weighed most: " + String.join(", ", weights));
    }
    List<String> codes = new ArrayList<>();
    for (String code : prediction.codes()) {
      String stance = nl.waardevol.code.CodeStances.name(prediction.codeStances().get(code));
      codes.add(code + " " + stance + (explanation.codes().contains(code) ? "" : " (model:+)"));
    }
    for (String code : explanation.codes()) {
      if (!prediction.codes().contains(code)) {
        codes.add(code + " (model:-)");
      }
    }
    out.println(
        "  coded: "
            + prediction.stance().id()
            + "; "
            + (codes.isEmpty() ? "no codes" : String.join(", ", codes)));
  }

  private static String tokens(int from, int to) {
    return to - from <= 1 ? "token " + from : "tokens " + from + "-" + (to - 1);
  }
}
