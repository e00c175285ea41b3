package nl.waardevol.learn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.waardevol.stance.Stance;

/**
 * What the rules saw and decided in one passage, the input of every model: the passage's words by
 * clause, the interviewer's question, the speaker's role, and the rule engine's decisions.
 *
 * @param clauses the passage's clauses in order, each with its words and the stance the rules gave
 * @param questionLemmas the lemmas of the interviewer's question, empty when there was none
 * @param role the speaker's role from the metadata (ouder, jongere, ...), or empty
 * @param asked what a plain answer to the question means (its stance by the rules)
 * @param ruleStance the passage's stance by the rules
 * @param ruleCodes the codes the rules gave, each with its stance by the rules
 * @param markers the stance markers the rules found (wish, contrast, irony, ...), lower case
 */
public record Observation(
    List<Clause> clauses,
    List<String> questionLemmas,
    String role,
    Stance asked,
    Stance ruleStance,
    Map<String, Stance> ruleCodes,
    List<String> markers) {
  public Observation {
    clauses = List.copyOf(clauses);
    questionLemmas = List.copyOf(questionLemmas);
    ruleCodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ruleCodes));
    markers = List.copyOf(markers);
  }

  /** One clause: its words and the stance the rules gave it. */
  public record Clause(List<Word> words, Stance stance) {
    public Clause {
      words = List.copyOf(words);
    }
  }

  /**
   * One word: its lemma (or its lower-case form when the dictionary lacks it), and whether a
   * negation in its clause governs it.
   */
  public record Word(String lemma, boolean negated) {}
}
