package nl.waardevol.learn;

import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import nl.waardevol.code.TrainingExamples;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.CodebookLoader;
import nl.waardevol.read.Input;
import nl.waardevol.table.CodedTableReader;

/**
 * Five folds of a training corpus with each writer's passages in one fold (the writer is the doc_id
 * without its number: nl-trAB-0012 is writer nl-trAB), so that every fold is scored on writers its
 * models never read, as the held-out sets are. Writes per passage the probabilities the lens
 * decision weighs (lens models, code models, neighbours) and those of the stances, for blend.py to
 * try ways of deciding on, and the votes the neighbours would give with other cut-offs of common
 * features ({@link #CUTS}). Compiled into the model's package to read them:
 *
 * <pre>
 *   javac -cp target/waardevol.jar -d /tmp/wf bench/accuracy/writer-folds/WriterFolds.java
 *   java -cp target/waardevol.jar:/tmp/wf nl.waardevol.learn.WriterFolds wio-nl \
 *       training/wio-nl.csv > /tmp/wio-nl.folds.tsv
 * </pre>
 */
public class WriterFolds {
  private static final int FOLDS = 5;

  /** Other largest shares of the training passages a compared feature may be in. */
  private static final double[] CUTS = {0.01, 0.05, 0.10};

  public static void main(String[] args) throws Exception {
    String codebookId = args[0];
    Codebook book = new CodebookLoader().loadShipped(codebookId);
    TrainingExamples maker = new TrainingExamples(book);
    List<Example> examples = new ArrayList<>();
    try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
      new CodedTableReader(book, in)
          .read(
              new Input(null, args[1], Input.Kind.CODED_CSV),
              passage -> examples.add(maker.of(passage, true)));
    }
    Trainer trainer = new Trainer(TrainingExamples.blank(book, List.of(args[1])));
    List<String> writers =
        new ArrayList<>(new TreeSet<>(examples.stream().map(WriterFolds::writer).toList()));
    Map<String, Integer> foldOf = new HashMap<>();
    for (int i = 0; i < writers.size(); i++) {
      foldOf.put(writers.get(i), i % FOLDS);
    }
    PrintWriter out = new PrintWriter(System.out);
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Example> training = new ArrayList<>(maker.codebookExamples());
      List<Example> held = new ArrayList<>();
      for (Example example : examples) {
        (foldOf.get(writer(example)) == fold ? held : training).add(example);
      }
      Model model = trainer.train(training);
      System.err.println("fold " + fold + " trained");
      List<Neighbours> cuts = cuts(model, training);
      for (Example example : held) {
        out.println(line(model, example) + "\t" + cutVotes(model, cuts, example));
      }
      out.flush();
    }
  }

  /**
   * The training passages' neighbours with each of {@link #CUTS}: the model's own, compared on
   * other features. Its passages are the training list's, in order, with their lenses and weights.
   */
  private static List<Neighbours> cuts(Model model, List<Example> training) throws Exception {
    Features features = (Features) field(model, "features");
    Neighbours own = model.neighbours();
    List<String[]> contexts = new ArrayList<>();
    for (Example example : training) {
      contexts.add(features.of(example.observation()));
    }
    List<Neighbours> cuts = new ArrayList<>();
    for (double cut : CUTS) {
      cuts.add(
          Neighbours.of(
              model.weights().dictionary(),
              contexts,
              own.lensesOf(),
              own.weightOf(),
              own.lensCount(),
              cut));
    }
    return cuts;
  }

  /** Per cut: "0.01:lens=vote;...", the cuts separated by |. */
  private static String cutVotes(Model model, List<Neighbours> cuts, Example example)
      throws Exception {
    Features features = (Features) field(model, "features");
    Scorer scorer = (Scorer) field(model, "scorer");
    int[] ids = scorer.ids(features.of(example.observation()));
    List<String> all = new ArrayList<>();
    for (int c = 0; c < CUTS.length; c++) {
      all.add(CUTS[c] + ":" + votes(model, cuts.get(c).vote(ids)));
    }
    return String.join("|", all);
  }

  private static String votes(Model model, double[] vote) {
    StringBuilder votes = new StringBuilder();
    for (int l = 0; vote != null && l < vote.length; l++) {
      votes.append(model.info().lenses().get(l)).append('=').append(format(vote[l])).append(';');
    }
    return votes.toString();
  }

  private static String writer(Example example) {
    return example.group().replaceAll("-[0-9]+$", "");
  }

  private static Object field(Model model, String name) throws Exception {
    Field field = Model.class.getDeclaredField(name);
    field.setAccessible(true);
    return field.get(model);
  }

  /**
   * id, votes, gold stance, gold code stances, stance, lens, code and code-stance probabilities.
   */
  @SuppressWarnings("unchecked")
  static String line(Model model, Example example) throws Exception {
    Features features = (Features) field(model, "features");
    Scorer scorer = (Scorer) field(model, "scorer");
    Map<String, Integer> partIndex = (Map<String, Integer>) field(model, "partIndex");
    List<Weights.Part> parts = (List<Weights.Part>) field(model, "parts");
    Map<String, String> lensOf = model.info().lensOfCode();
    Observation observation = example.observation();
    String[] context = features.of(observation);
    int[] ids = scorer.ids(context);
    double[] sums = scorer.sums(ids);
    String votes = votes(model, model.neighbours() == null ? null : model.neighbours().vote(ids));
    StringBuilder lenses = new StringBuilder();
    for (String lens : model.info().lenses()) {
      Integer part = partIndex.get(Model.LENS + lens);
      if (part != null) {
        lenses.append(lens).append('=').append(format(scorer.yes(part, sums))).append(';');
      }
    }
    StringBuilder codes = new StringBuilder();
    StringBuilder codeStances = new StringBuilder();
    int codeStance = partIndex.get(Model.CODE_STANCE);
    for (String code : lensOf.keySet()) {
      Integer part = partIndex.get(Model.CODE + code);
      double yes =
          part != null ? scorer.yes(part, sums) : observation.ruleCodes().containsKey(code) ? 1 : 0;
      codes.append(code).append('=').append(format(yes)).append(';');
      double[] outcome =
          scorer.probabilities(
              codeStance, sums, scorer.ids(features.ofCodeOnly(observation, code)));
      codeStances
          .append(code)
          .append('=')
          .append(outcomes(parts.get(codeStance), outcome, ","))
          .append(';');
    }
    int stance = partIndex.get(Model.STANCE);
    String stances = outcomes(parts.get(stance), scorer.probabilities(stance, sums), ";");
    StringBuilder gold = new StringBuilder();
    example
        .codeStances()
        .forEach((code, s) -> gold.append(code).append('=').append(name(s.name())).append(';'));
    return String.join(
        "\t",
        example.group(),
        votes,
        name(example.stance().name()),
        gold,
        stances,
        lenses,
        codes,
        codeStances);
  }

  private static String outcomes(Weights.Part part, double[] probabilities, String separator) {
    List<String> named = new ArrayList<>();
    for (int i = 0; i < probabilities.length; i++) {
      named.add(name(part.outcomes()[i]) + ":" + format(probabilities[i]));
    }
    return String.join(separator, named);
  }

  private static String name(String outcome) {
    return outcome.toLowerCase(Locale.ROOT);
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
