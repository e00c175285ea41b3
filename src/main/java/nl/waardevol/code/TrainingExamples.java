package nl.waardevol.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.waardevol.codebook.Code;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.learn.Example;
import nl.waardevol.learn.ModelInfo;
import nl.waardevol.learn.Observation;
import nl.waardevol.stance.Stance;

/**
 * Turns what humans coded into examples for {@code train}: each passage with what the rules saw in
 * it, and the human's codes and stances as the answers to learn.
 */
public final class TrainingExamples {
  private final Codebook codebook;
  private final Coder rules;

  public TrainingExamples(Codebook codebook) {
    this.codebook = codebook;
    this.rules = new Coder(codebook);
  }

  /**
   * A passage as a human coded it; {@code withStance} false for a source that holds codes only (a
   * QDA project), whose stances are not learned from.
   */
  public Example of(CodedPassage human, boolean withStance) {
    Observation observation = rules.observe(human.text(), human.question(), human.metadata("role"));
    Map<String, Stance> codeStances = new LinkedHashMap<>();
    if (withStance) {
      human.codes().forEach(code -> codeStances.put(code, human.stances().of(code)));
    }
    return new Example(
        human.docId(),
        observation,
        human.codes(),
        withStance ? human.valence() : null,
        codeStances,
        1);
  }

  /**
   * The codebook's example sentences: a {@code match} sentence has its code, a {@code no_match}
   * sentence has not; their other codes are the rules'. They teach codes, not stances.
   */
  public List<Example> codebookExamples() {
    List<Example> examples = new ArrayList<>();
    for (Code code : codebook.codes()) {
      for (String sentence : code.examples().match()) {
        examples.add(example(code, sentence, true));
      }
      for (String sentence : code.examples().noMatch()) {
        examples.add(example(code, sentence, false));
      }
    }
    return examples;
  }

  private Example example(Code code, String sentence, boolean has) {
    Observation observation = rules.observe(sentence, "", "");
    List<String> codes = new ArrayList<>();
    for (Code each : codebook.codes()) {
      boolean given = each == code ? has : observation.ruleCodes().containsKey(each.id());
      if (given) {
        codes.add(each.id());
      }
    }
    return new Example(Example.CODEBOOK_GROUP + code.id(), observation, codes, null, Map.of(), 1);
  }

  /** The codebook's side of a model's record, before training fills in the rest. */
  public static ModelInfo blank(Codebook codebook, List<String> sources) {
    return new ModelInfo(
        codebook.id(),
        codebook.version(),
        codebook.hash(),
        codebook.language(),
        codebook.categoryOfCode(),
        0,
        "",
        sources,
        List.of(),
        Map.of(),
        nl.waardevol.learn.CrossValidation.UNCHECKED_MIN_CONFIDENCE);
  }
}
