package nl.waardevol.review;

import java.io.PrintWriter;
import java.util.Locale;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.code.Explanation;

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
      if (match.role() == Explanation.Role.INCLUDE || match.role() == Explanation.Role.EXCLUDE) {
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
    out.printf(
        Locale.ROOT,
        "  valence: %s (score %+.0f)%n",
        explanation.result().id(),
        explanation.score());
    for (Explanation.ValenceStep step : explanation.valence()) {
      StringBuilder line =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "    %+.0f  %s '%s' at %s",
                  step.contribution(),
                  kind(step),
                  step.term(),
                  tokens(step.fromToken(), step.toToken())));
      if (!step.negator().isEmpty()) {
        line.append(", negated by '")
            .append(step.negator())
            .append("' at token ")
            .append(step.negatorToken());
      }
      if (step.weight() > 1) {
        line.append(", counts double after a contrast word");
      }
      out.println(line);
    }
  }

  /**
   * A code term counts only negated: a wish ("niemand luisterde") or a problem named as the topic
   * ("zonder angst").
   */
  private static String kind(Explanation.ValenceStep step) {
    if (step.codeTerm()) {
      return step.polarity() > 0 ? "code term (a wish)" : "code term (the topic)";
    }
    return step.polarity() > 0 ? "appreciative term" : "deficit term";
  }

  private static String tokens(int from, int to) {
    return to - from <= 1 ? "token " + from : "tokens " + from + "-" + (to - 1);
  }
}
