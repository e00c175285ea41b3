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
import opennlp.tools.ml.maxent.quasinewton.Function;
import opennlp.tools.ml.maxent.quasinewton.NegLogLikelihood;
import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataIndexer;
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
  private static final int MEMORY = 15;
  private static final int EVALUATIONS = 30_000;

  /** How often the minimiser starts again from where it stopped, at most. */
  private static final int RESTARTS = 8;

  /** How far below the objective a restart puts its floor: the finer tolerance. */
  private static final double SHIFT_MARGIN = 1.0;

  /** A restart that improves the objective by less than this ends the search. */
  private static final double SETTLED = 1e-4;

  private static final int CUTOFF = 2;

  /** Chosen by 5-fold cross-validation on the wio-nl training corpus (0.1 to 1 differ by 0.01). */
  static final double L2_COST = 0.25;

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
      for (int time = 0; time < example.weight(); time++) {
        stances.add(new Event(example.stance().name(), contexts.get(i)));
        for (String code : example.codes()) {
          Stance stance = example.codeStances().getOrDefault(code, Stance.NEUTRAL);
          codeStances.add(
              new Event(
                  stance.name(), features.ofCode(contexts.get(i), example.observation(), code)));
        }
      }
    }
    Map<String, List<Event>> all = new LinkedHashMap<>();
    lensEvents.forEach((lens, events) -> all.put(Model.LENS + lens, events));
    codeEvents.forEach((code, events) -> all.put(Model.CODE + code, events));
    all.put(Model.STANCE, stances);
    all.put(Model.CODE_STANCE, codeStances);
    Map<String, AbstractModel> fitted = fitAll(all);
    Map<String, AbstractModel> parts = new LinkedHashMap<>();
    all.keySet().stream()
        .filter(fitted::containsKey)
        .forEach(name -> parts.put(name, fitted.get(name)));
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
    Weights weights = Weights.of(parts);
    return new Model(info, weights, neighbours(weights, examples, contexts));
  }

  /** The training passages to compare with, each with the lenses of its codes. */
  private Neighbours neighbours(Weights weights, List<Example> examples, List<String[]> contexts) {
    List<String> lenses = blank.lenses();
    int[] lensesOf = new int[examples.size()];
    int[] weightOf = new int[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      for (String code : examples.get(i).codes()) {
        lensesOf[i] |= 1 << lenses.indexOf(blank.lensOfCode().get(code));
      }
      weightOf[i] = examples.get(i).weight();
    }
    return Neighbours.of(weights.dictionary(), contexts, lensesOf, weightOf, lenses.size());
  }

  private static List<Event> yesNo(
      List<Example> examples,
      List<String[]> contexts,
      java.util.function.Predicate<List<String>> has) {
    List<Event> events = new ArrayList<>(examples.size());
    for (int i = 0; i < examples.size(); i++) {
      Event event =
          new Event(has.test(examples.get(i).codes()) ? Model.YES : Model.NO, contexts.get(i));
      for (int time = 0; time < examples.get(i).weight(); time++) {
        events.add(event);
      }
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
    parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    parameters.put(QNTrainer.THREADS_PARAM, 1);
    QNTrainer trainer = new QNTrainer();
    trainer.init(parameters, new java.util.HashMap<>());
    try {
      DataIndexer indexer = trainer.getDataIndexer(ObjectStreamUtils.createObjectStream(events));
      return model(indexer, minimum(new NegLogLikelihood(indexer)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The parameters that minimise the penalised likelihood. OpenNLP's minimiser stops when an
   * iteration improves the objective by less than 1e-4 of its value, which on a few thousand
   * passages leaves it far enough from the optimum that one passage more moves unrelated decisions.
   * So it runs again from where it stopped, on the objective less nearly all of its value (the same
   * minimum, a tolerance a thousand times finer), until the objective settles.
   */
  static double[] minimum(Function likelihood) {
    double[] point =
        new QNMinimizer(0, L2_COST, ITERATIONS, MEMORY, EVALUATIONS).minimize(likelihood);
    for (int restart = 0; restart < RESTARTS; restart++) {
      double before = penalised(likelihood, point);
      Function shifted = new Shifted(likelihood, point, before - SHIFT_MARGIN);
      double[] step = new QNMinimizer(0, 0, ITERATIONS, MEMORY, EVALUATIONS).minimize(shifted);
      double[] next = point.clone();
      for (int i = 0; i < next.length; i++) {
        next[i] += step[i];
      }
      double after = penalised(likelihood, next);
      if (!(after < before)) {
        break;
      }
      point = next;
      if (before - after < SETTLED) {
        break;
      }
    }
    return point;
  }

  static double penalised(Function likelihood, double[] point) {
    double squares = 0;
    for (double value : point) {
      squares += value * value;
    }
    return likelihood.valueAt(point) + L2_COST * squares;
  }

  /** The penalised likelihood at {@code origin} plus a step, less {@code floor}. */
  private record Shifted(Function likelihood, double[] origin, double floor) implements Function {
    @Override
    public int getDimension() {
      return origin.length;
    }

    @Override
    public double valueAt(double[] step) {
      return penalised(likelihood, add(step)) - floor;
    }

    @Override
    public double[] gradientAt(double[] step) {
      double[] point = add(step);
      double[] gradient = likelihood.gradientAt(point).clone();
      for (int i = 0; i < gradient.length; i++) {
        gradient[i] += 2 * L2_COST * point[i];
      }
      return gradient;
    }

    private double[] add(double[] step) {
      double[] point = origin.clone();
      for (int i = 0; i < point.length; i++) {
        point[i] += step[i];
      }
      return point;
    }
  }

  /** The model of the minimising parameters, as OpenNLP's own QN trainer builds it. */
  private static AbstractModel model(DataIndexer indexer, double[] parameters) {
    String[] predicates = indexer.getPredLabels();
    String[] outcomes = indexer.getOutcomeLabels();
    Context[] contexts = new Context[predicates.length];
    int[] all = new int[outcomes.length];
    for (int o = 0; o < outcomes.length; o++) {
      all[o] = o;
    }
    for (int p = 0; p < predicates.length; p++) {
      double[] weights = new double[outcomes.length];
      for (int o = 0; o < outcomes.length; o++) {
        weights[o] = parameters[o * predicates.length + p];
      }
      contexts[p] = new Context(all.clone(), weights);
    }
    return new QNModel(contexts, predicates, outcomes);
  }

  /** A short hash of the training passages as the models saw them, with their labels. */
  private static String hash(List<Example> examples, List<String[]> contexts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < examples.size(); i++) {
        Example example = examples.get(i);
        digest.update(String.join(" ", contexts.get(i)).getBytes(StandardCharsets.UTF_8));
        String labels =
            "|"
                + example.codes()
                + "|"
                + example.stance()
                + "|"
                + example.codeStances()
                + (example.weight() == 1 ? "" : "|x" + example.weight())
                + "\n";
        digest.update(labels.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
