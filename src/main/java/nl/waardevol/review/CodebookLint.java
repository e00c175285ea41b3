package nl.waardevol.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.waardevol.codebook.Category;
import nl.waardevol.codebook.Code;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.Term;
import nl.waardevol.codebook.ValenceLexicon;
import nl.waardevol.text.Lemmatizer;

/**
 * Checks a loaded codebook for what loading allows but a researcher would want to know: a term
 * under two codes or both appreciative and deficit, a term another term of its list already covers
 * or repeats, codes without examples, missing labels. Terms are compared by what they match ({@link
 * TermReach}), not by how they are written.
 */
public final class CodebookLint {
  private static final List<String> LANGUAGES = List.of("nl", "en");

  private CodebookLint() {}

  public static List<Finding> check(Codebook codebook) {
    List<Finding> findings = new ArrayList<>();
    labels(codebook, findings);
    examples(codebook, findings);
    List<TermList> lists = lists(codebook);
    sharedTerms(lists, codebook, findings);
    shadowedTerms(lists, codebook, findings);
    return findings;
  }

  private static void labels(Codebook codebook, List<Finding> findings) {
    for (Category category : codebook.categories()) {
      missingLabels(
          codebook,
          category.line(),
          "category '" + category.id() + "'",
          category.label(),
          findings);
      for (Code code : category.codes()) {
        missingLabels(codebook, code.line(), "code '" + code.id() + "'", code.label(), findings);
      }
    }
  }

  private static void missingLabels(
      Codebook codebook,
      int line,
      String what,
      Map<String, String> labels,
      List<Finding> findings) {
    for (String language : LANGUAGES) {
      if (labels.getOrDefault(language, "").isBlank()) {
        findings.add(
            warning(
                codebook,
                line,
                what
                    + " has no label in '"
                    + language
                    + "'; reports in that language show its id"));
      }
    }
  }

  private static void examples(Codebook codebook, List<Finding> findings) {
    for (Code code : codebook.codes()) {
      int line = code.include().get(0).line();
      if (code.examples().match().isEmpty()) {
        findings.add(
            warning(
                codebook,
                line,
                "code '" + code.id() + "' has no match: examples; add sentences that must get it"));
      }
      if (code.examples().noMatch().isEmpty()) {
        findings.add(
            warning(
                codebook,
                line,
                "code '"
                    + code.id()
                    + "' has no no_match: examples; add near misses that must not get it"));
      }
    }
  }

  /** The terms of one list (a code's include terms, a valence list), as messages name it. */
  private record TermList(String owner, Code code, List<TermReach> terms) {}

  private static List<TermList> lists(Codebook codebook) {
    Lemmatizer lemmatizer = new Lemmatizer(codebook.language());
    List<TermList> lists = new ArrayList<>();
    for (Code code : codebook.codes()) {
      lists.add(new TermList("code '" + code.id() + "'", code, reach(code.include(), lemmatizer)));
    }
    ValenceLexicon valence = codebook.valence();
    lists.add(
        new TermList("the appreciative terms", null, reach(valence.appreciative(), lemmatizer)));
    lists.add(new TermList("the deficit terms", null, reach(valence.deficit(), lemmatizer)));
    return lists;
  }

  private static List<TermReach> reach(List<Term> terms, Lemmatizer lemmatizer) {
    return terms.stream().map(term -> TermReach.of(term, lemmatizer)).toList();
  }

  /**
   * A term that matches what a term of another code matches (the same stem, or a word under the
   * other's wildcard), so a passage with it gets both codes; and a valence term that is both
   * appreciative and deficit. Each pair is named once, at the later term.
   */
  private static void sharedTerms(List<TermList> lists, Codebook codebook, List<Finding> findings) {
    for (int i = 0; i < lists.size(); i++) {
      for (TermReach term : lists.get(i).terms()) {
        for (int j = 0; j < i; j++) {
          TermList earlier = lists.get(j);
          if ((earlier.code() == null) != (lists.get(i).code() == null)) {
            continue; // a code term may well carry valence too
          }
          Optional<TermReach> other =
              earlier.terms().stream().filter(e -> overlap(term, e)).findFirst();
          if (other.isPresent()) {
            findings.add(
                warning(codebook, term.line(), shared(term, lists.get(i), other.get(), earlier)));
            break;
          }
        }
      }
    }
  }

  /**
   * Across codes: the same term, or a word under the other's wildcard. Two wildcards where one
   * extends the other ('doorstroom*', 'doorstroomtoets*') are left alone: the longer one often
   * marks a compound that belongs to both codes on purpose.
   */
  private static boolean overlap(TermReach term, TermReach other) {
    return term.sameAs(other) || term.wordUnderWildcard(other) || other.wordUnderWildcard(term);
  }

  private static String shared(TermReach term, TermList list, TermReach other, TermList otherList) {
    if (list.code() == null) {
      return "valence term '"
          + term.source()
          + "' is both deficit and appreciative ('"
          + other.source()
          + "', line "
          + other.line()
          + "); it cancels itself out, remove it from one list";
    }
    String as =
        term.source().equals(other.source())
            ? ""
            : " (as '" + other.source() + "', line " + other.line() + ")";
    if (term.sameAs(other)) {
      return "term '"
          + term.source()
          + "' is listed under "
          + otherList.owner()
          + as
          + " and "
          + list.owner()
          + "; a passage with it gets both";
    }
    String how = term.coveredBy(other) ? "is also matched by " : "also matches ";
    return "term '"
        + term.source()
        + "' of "
        + list.owner()
        + " "
        + how
        + other.noun()
        + " '"
        + other.source()
        + "' of "
        + otherList.owner()
        + " (line "
        + other.line()
        + "); a passage with it gets both";
  }

  /** A term that another term of the same list already matches, or the same term twice. */
  private static void shadowedTerms(
      List<TermList> lists, Codebook codebook, List<Finding> findings) {
    for (TermList list : lists) {
      List<TermReach> terms = list.terms();
      for (int i = 0; i < terms.size(); i++) {
        TermReach term = terms.get(i);
        for (int j = 0; j < terms.size(); j++) {
          TermReach other = terms.get(j);
          boolean repeat = term.sameAs(other);
          if (j != i && term.coveredBy(other) && (!repeat || j < i)) {
            findings.add(warning(codebook, term.line(), shadowed(term, list, other, repeat)));
            break;
          }
        }
      }
    }
  }

  private static String shadowed(TermReach term, TermList list, TermReach other, boolean repeat) {
    String what = "term '" + term.source() + "' of " + list.owner();
    if (repeat) {
      return what + " repeats '" + other.source() + "' (line " + other.line() + "); remove one";
    }
    return what
        + " is already matched by its "
        + other.noun()
        + " '"
        + other.source()
        + "'; remove one";
  }

  static Finding warning(Codebook codebook, int line, String message) {
    return new Finding(Finding.Severity.WARNING, codebook.source(), line, message);
  }
}
