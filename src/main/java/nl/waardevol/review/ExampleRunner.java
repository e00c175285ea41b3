package nl.waardevol.review;

import java.util.ArrayList;
import java.util.List;
import nl.waardevol.code.Coder;
import nl.waardevol.code.Explanation;
import nl.waardevol.codebook.Code;
import nl.waardevol.codebook.Codebook;

/** Runs every {@code match:} and {@code no_match:} example of a codebook, like a test suite. */
public final class ExampleRunner {
  private final Coder coder;
  private final Codebook codebook;

  public ExampleRunner(Codebook codebook) {
    this.codebook = codebook;
    this.coder = new Coder(codebook);
  }

  public List<ExampleResult> run() {
    List<ExampleResult> results = new ArrayList<>();
    for (Code code : codebook.codes()) {
      for (String sentence : code.examples().match()) {
        results.add(check(code, sentence, true));
      }
      for (String sentence : code.examples().noMatch()) {
        results.add(check(code, sentence, false));
      }
    }
    return results;
  }

  private ExampleResult check(Code code, String sentence, boolean shouldMatch) {
    Explanation explanation = coder.explain(sentence);
    boolean matched = explanation.codes().contains(code.id());
    boolean passed = matched == shouldMatch;
    return new ExampleResult(
        code.id(),
        shouldMatch,
        sentence,
        passed,
        passed ? "" : why(code, explanation, shouldMatch));
  }

  private static String why(Code code, Explanation explanation, boolean shouldMatch) {
    if (shouldMatch) {
      return explanation.suppressed().stream()
          .filter(suppression -> suppression.codeId().equals(code.id()))
          .findFirst()
          .map(suppression -> "suppressed by exclude term " + quoted(suppression.excludeTerms()))
          .orElse("no include term matched");
    }
    List<String> terms =
        explanation.matches().stream()
            .filter(
                match ->
                    match.role() == Explanation.Role.INCLUDE && match.codeId().equals(code.id()))
            .map(match -> match.term() + " (on '" + match.matched() + "')")
            .distinct()
            .toList();
    return "matched by " + String.join(", ", terms);
  }

  private static String quoted(List<String> terms) {
    return String.join(", ", terms.stream().map(term -> "'" + term + "'").toList());
  }
}
