package nl.waardevol.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.waardevol.stance.Stance;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Fits the models of one codebook with OpenNLP's maximum-entropy trainer (L-BFGS with an L2
 * penalty, one thread, so the same examples always give the same model).
 */
public final class Trainer {
  /** A code needs this many passages that have it before it gets a model of its own. */
  public static final int MIN_EXAMPLES = 8;

  private static final int ITERATIONS = 150;
  private static final int CUTOFF = 2;

  /** Chosen by 5-fold cross-validation on the wio-nl training corpus (0.1 to 1 differ by 0.01). */
  private static final double L2_COST = 0.25;

  private final ModelInfo blank;
  private final Features features;

  /** {@code blank}: the codebook's side of the model's record; training fills in the rest. */
  public Trainer(ModelInfo blank) {
    this.blank = blank;
    this.features = new Features(blank.lensOfCode());
  }

  Map<String, String> lensOfCode() {
    return blank.lensOfCode();
  }

  public Model train(List<Example> examples) {
    Map<String, String> lensOfCode = blank.lensOfCode();
    List<String[]> contexts = examples.stream().map(e -> features.of(e.observation())).toList();
    Map<String, List<Event>> lensEvents = new LinkedHashMap<>();
    for (String lens : blank.lenses()) {
      lensEvents.put(
          lens,
          yesNo(
              examples,
              contexts,
              codes -> codes.stream().anyMatch(c -> lens.equals(lensOfCode.get(c)))));
    }
    Map<String, List<Event>> codeEvents = new LinkedHashMap<>();
    List<String> untrained = new ArrayList<>();
    for (String code : lensOfCode.keySet()) {
      long positive = examples.stream().filter(e -> e.codes().contains(code)).count();
      if (positive >= MIN_EXAMPLES && positive < examples.size()) {
        codeEvents.put(code, yesNo(examples, contexts, codes -> codes.contains(code)));
      } else {
        untrained.add(code);
      }
    }
    List<Event> stances = new ArrayList<>();
    List<Event> codeStances = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      Example example = examples.get(i);
      if (!example.hasStance()) {
        continue;
      }
      stances.add(new Event(example.stance().name(), contexts.get(i)));
      for (String code : example.codes()) {
        Stance stance = example.codeStances().getOrDefault(code, Stance.NEUTRAL);
        codeStances.add(new Event(stance.name(), features.ofCode(example.observation(), code)));
      }
    }
    Map<String, List<Event>> all = new LinkedHashMap<>();
    lensEvents.forEach((lens, events) -> all.put("lens:" + lens, events));
    codeEvents.forEach((code, events) -> all.put("code:" + code, events));
    all.put("stance", stances);
    all.put("code-stance", codeStances);
    Map<String, AbstractModel> fitted = fitAll(all);
    Map<String, AbstractModel> lenses = new LinkedHashMap<>();
    lensEvents.keySet().stream()
        .filter(lens -> fitted.containsKey("lens:" + lens))
        .forEach(lens -> lenses.put(lens, fitted.get("lens:" + lens)));
    Map<String, AbstractModel> codes = new LinkedHashMap<>();
    codeEvents.keySet().forEach(code -> codes.put(code, fitted.get("code:" + code)));
    ModelInfo info =
        new ModelInfo(
            blank.codebookId(),
            blank.codebookVersion(),
            blank.codebookHash(),
            blank.language(),
            lensOfCode,
            (int) examples.stream().filter(example -> !example.fromCodebook()).count(),
            hash(examples, contexts),
            blank.sources(),
            untrained,
            Map.of(),
            blank.minConfidence());
    return new Model(info, lenses, codes, fitted.get("stance"), fitted.get("code-stance"));
  }

  private static List<Event> yesNo(
      List<Example> examples,
      List<String[]> contexts,
      java.util.function.Predicate<List<String>> has) {
    List<Event> events = new ArrayList<>(examples.size());
    for (int i = 0; i < examples.size(); i++) {
      events.add(
          new Event(has.test(examples.get(i).codes()) ? Model.YES : Model.NO, contexts.get(i)));
    }
    return events;
  }

  /**
   * Fits the models side by side, one per core: each model alone is single-threaded and so
   * deterministic, and which thread fits it does not change its bytes.
   */
  private static Map<String, AbstractModel> fitAll(Map<String, List<Event>> events) {
    Map<String, AbstractModel> fitted = new java.util.concurrent.ConcurrentHashMap<>();
    events.entrySet().parallelStream()
        .filter(entry -> entry.getValue().stream().map(Event::getOutcome).distinct().count() > 1)
        .forEach(entry -> fitted.put(entry.getKey(), fit(entry.getValue())));
    return fitted;
  }

  private static AbstractModel fit(List<Event> events) {
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    parameters.put(QNTrainer.L2COST_PARAM, L2_COST);
    parameters.put(QNTrainer.THREADS_PARAM, 1);
    QNTrainer trainer = new QNTrainer();
    trainer.init(parameters, new java.util.HashMap<>());
    try {
      // Compacted now, so that a model in memory predicts what the same model read from its file
      // does.
      return ModelFormat.compact(
          (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A short hash of the training passages as the models saw them, with their labels. */
  private static String hash(List<Example> examples, List<String[]> contexts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < examples.size(); i++) {
        Example example = examples.get(i);
        digest.update(String.join(" ", contexts.get(i)).getBytes(StandardCharsets.UTF_8));
        String labels =
            "|" + example.codes() + "|" + example.stance() + "|" + example.codeStances() + "\n";
        digest.update(labels.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
