package nl.waardevol.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import nl.waardevol.stance.Stance;

/**
 * Turns an {@link Observation} into the named features the models weigh: lemmas and lemma bigrams,
 * the lemmas of the last clause and of negated words (where stance turns), the rule engine's codes,
 * lenses and stances, the stance markers, the question's lemmas and the speaker's role. Sorted and
 * without repeats, so that the same passage always gives the same features.
 */
public final class Features {
  private final Map<String, String> lensOfCode;

  /** Words this long are taken for compounds, whose first and last letters are features too. */
  private static final int COMPOUND_LENGTH = 8;

  private static final int AFFIX = 5;

  /** {@code lensOfCode}: each code id of the codebook with its lens (category) id. */
  public Features(Map<String, String> lensOfCode) {
    this.lensOfCode = Map.copyOf(lensOfCode);
  }

  /** The features of a passage, for the lens, code and passage-stance models. */
  public String[] of(Observation observation) {
    TreeSet<String> features = new TreeSet<>();
    addWords(observation, features);
    addRules(observation, features);
    for (String lemma : observation.questionLemmas()) {
      features.add("q=" + lemma);
    }
    if (!observation.role().isEmpty()) {
      features.add("role=" + observation.role().toLowerCase(Locale.ROOT));
    }
    features.add("asked=" + name(observation.asked()));
    return features.toArray(String[]::new);
  }

  /**
   * The features of one code in a passage, for the code-stance model: the passage's, with the
   * stance the rules gave this code (or that they did not give it).
   */
  public String[] ofCode(Observation observation, String code) {
    return ofCode(of(observation), observation, code);
  }

  /** The same from the passage's features already made (one passage, several codes). */
  String[] ofCode(String[] passage, Observation observation, String code) {
    List<String> features = new ArrayList<>(List.of(passage));
    features.addAll(List.of(ofCodeOnly(observation, code)));
    return features.stream().sorted().distinct().toArray(String[]::new);
  }

  /** What {@link #ofCode} adds to the passage's features: none of them is a passage feature. */
  String[] ofCodeOnly(Observation observation, String code) {
    Stance rule = observation.ruleCodes().get(code);
    String ruled = rule == null ? "absent" : name(rule);
    return new String[] {
      "k:rule=" + ruled,
      "k:rule=" + ruled + "|passage=" + name(observation.ruleStance()),
      "k:lens=" + lensOfCode.getOrDefault(code, "")
    };
  }

  private static void addWords(Observation observation, TreeSet<String> features) {
    String previous = "<s>";
    List<Observation.Clause> clauses = observation.clauses();
    for (int c = 0; c < clauses.size(); c++) {
      boolean last = c == clauses.size() - 1;
      for (Observation.Word word : clauses.get(c).words()) {
        features.add("w=" + word.lemma());
        if (word.lemma().length() >= COMPOUND_LENGTH) {
          // The parts of a compound carry its theme: keukentafel, samenwerkingsafspraken.
          features.add("s=" + word.lemma().substring(word.lemma().length() - AFFIX));
          features.add("p=" + word.lemma().substring(0, AFFIX));
        }
        features.add("b=" + previous + "_" + word.lemma());
        if (word.negated()) {
          features.add("neg=" + word.lemma());
        }
        if (last && clauses.size() > 1) {
          features.add("last=" + word.lemma());
        }
        previous = word.lemma();
      }
    }
  }

  private void addRules(Observation observation, TreeSet<String> features) {
    features.add("r:stance=" + name(observation.ruleStance()));
    Stance lastStanced = Stance.NEUTRAL;
    int stanced = 0;
    for (Observation.Clause clause : observation.clauses()) {
      if (clause.stance() != Stance.NEUTRAL) {
        features.add("r:clause=" + name(clause.stance()));
        lastStanced = clause.stance();
        stanced++;
      }
    }
    features.add("r:last=" + name(lastStanced));
    features.add("r:stanced=" + Math.min(stanced, 3));
    for (var code : observation.ruleCodes().entrySet()) {
      features.add("r:code=" + code.getKey());
      features.add("r:lens=" + lensOfCode.getOrDefault(code.getKey(), ""));
      features.add(
          "r:lens=" + lensOfCode.getOrDefault(code.getKey(), "") + "|" + name(code.getValue()));
    }
    features.add("r:codes=" + Math.min(observation.ruleCodes().size(), 3));
    for (String marker : observation.markers()) {
      features.add("m=" + marker);
    }
  }

  private static String name(Stance stance) {
    return stance.name().toLowerCase(Locale.ROOT);
  }
}
