package nl.waardevol.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.waardevol.codebook.Category;
import nl.waardevol.codebook.Code;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.Term;

/**
 * Checks a loaded codebook for what loading allows but a researcher would want to know: a term
 * under two codes, a term a wildcard already covers, codes without examples, missing labels.
 */
public final class CodebookLint {
  private static final List<String> LANGUAGES = List.of("nl", "en");

  private CodebookLint() {}

  public static List<Finding> check(Codebook codebook) {
    List<Finding> findings = new ArrayList<>();
    labels(codebook, findings);
    examples(codebook, findings);
    sharedTerms(codebook, findings);
    shadowedTerms(codebook, findings);
    return findings;
  }

  private static void labels(Codebook codebook, List<Finding> findings) {
    for (Category category : codebook.categories()) {
      missingLabels(codebook, "category '" + category.id() + "'", category.label(), findings);
      for (Code code : category.codes()) {
        missingLabels(codebook, "code '" + code.id() + "'", code.label(), findings);
      }
    }
  }

  private static void missingLabels(Codebook codebook, String what, Map<String, String> labels, List<Finding> findings) {
    for (String language : LANGUAGES) {
      if (labels.getOrDefault(language, "").isBlank()) {
        findings.add(warning(codebook, 0, what + " has no label in '" + language + "'; reports in that language show its id"));
      }
    }
  }

  private static void examples(Codebook codebook, List<Finding> findings) {
    for (Code code : codebook.codes()) {
      int line = code.include().get(0).line();
      if (code.examples().match().isEmpty()) {
        findings.add(warning(codebook, line, "code '" + code.id() + "' has no match: examples; add sentences that must get it"));
      }
      if (code.examples().noMatch().isEmpty()) {
        findings.add(warning(codebook, line, "code '" + code.id() + "' has no no_match: examples; add near misses that must not get it"));
      }
    }
  }

  /** The same term (as written, case aside) under the include terms of two codes. */
  private static void sharedTerms(Codebook codebook, List<Finding> findings) {
    Map<String, Code> owner = new LinkedHashMap<>();
    for (Code code : codebook.codes()) {
      for (Term term : code.include()) {
        String key = normalised(term);
        Code first = owner.putIfAbsent(key, code);
        if (first != null && first != code) {
          findings.add(
              warning(
                  codebook,
                  term.line(),
                  "term '" + term.source() + "' is listed under code '" + first.id() + "' and code '" + code.id() + "'; a passage with it gets both"));
        }
      }
    }
  }

  /** A word that a wildcard of the same code already matches adds nothing. */
  private static void shadowedTerms(Codebook codebook, List<Finding> findings) {
    for (Code code : codebook.codes()) {
      for (Term word : code.include()) {
        if (!word.isSingleWord() || word.words().get(0).kind() != Term.Kind.STEM) {
          continue;
        }
        for (Term wildcard : code.include()) {
          if (wildcard.isSingleWord()
              && wildcard.words().get(0).prefix()
              && word.words().get(0).text().startsWith(wildcard.words().get(0).text())) {
            findings.add(
                warning(
                    codebook,
                    word.line(),
                    "term '" + word.source() + "' of code '" + code.id() + "' is already matched by its wildcard '" + wildcard.source() + "'; remove one"));
            break;
          }
        }
      }
    }
  }

  private static String normalised(Term term) {
    String source = term.source().strip().toLowerCase(Locale.ROOT);
    if (source.length() >= 2 && source.startsWith("\"") && source.endsWith("\"")) {
      source = source.substring(1, source.length() - 1).strip();
    }
    return source.replaceAll("\\s+", " ");
  }

  static Finding warning(Codebook codebook, int line, String message) {
    return new Finding(Finding.Severity.WARNING, codebook.source(), line, message);
  }
}
