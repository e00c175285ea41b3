package nl.waardevol.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.waardevol.code.TrainingExamples;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.learn.CrossValidation;
import nl.waardevol.learn.Example;
import nl.waardevol.learn.Model;
import nl.waardevol.learn.ModelFormat;
import nl.waardevol.learn.Trainer;
import nl.waardevol.read.Input;
import nl.waardevol.read.InputFiles;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.StandardInput;
import nl.waardevol.table.CodedTableReader;
import nl.waardevol.write.Output;
import nl.waardevol.write.TrainingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Learn from what humans coded, on this machine: maximum-entropy models per lens, per code "
          + "(with enough examples) and for stance, which 'code', 'report' and 'explain' use with "
          + "--model.",
      "Learns from coded tables corrected by hand, REFI-QDA projects coded in a QDA package (codes "
          + "only, no stances) and the codebook's own examples. The same inputs give the same model "
          + "bytes."
    },
    footer = {
      "",
      "Examples:",
      "  waardevol code interviews/ -o coded.csv      # then correct coded.csv by hand",
      "  waardevol train coded.csv -o team.model --cv 10",
      "  waardevol report interviews/ --model team.model",
      "  waardevol train project.qdpx --coder Anna -o team.model",
      "",
      ExitCodes.HELP
    })
final class TrainCommand implements Callable<Integer> {
  /** How many times a team's own passage counts beside the shipped corpus (--with-shipped). */
  static final int TEAM_WEIGHT = 3;

  @Spec CommandSpec spec;

  @ReadsFile
  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "What humans coded: coded tables (.csv, .jsonl) as 'waardevol code' writes them and a "
              + "researcher corrected, or REFI-QDA projects (.qdpx).")
  List<String> inputs = new ArrayList<>();

  @Mixin ProjectOptions project;

  @WritesFile
  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      description = "The model file to write (replaced only when complete).")
  String output;

  @Option(
      names = "--cv",
      paramLabel = "K",
      description =
          "Cross-validate in K folds first: prints precision, recall, F1 and kappa per lens and "
              + "code, stance accuracy and coverage by confidence, records them in the model, and "
              + "sets the report's --min-confidence from them.")
  Integer folds;

  @Option(
      names = "--with-shipped",
      description =
          "Also learn from the training corpus of the model shipped for the codebook (wio-nl, "
              + "ai-en): a team's corrections on top of what the shipped model knows.")
  boolean withShipped;

  @Option(
      names = "--no-codebook-examples",
      description = "Do not learn from the codebook's example sentences.")
  boolean noCodebookExamples;

  @Mixin FormatOption format;
  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    Console console = Console.of(spec);
    Codebook book = project.codebook();
    String chosen = format.chosen("text", spec.commandLine(), "text", "json");
    TrainingExamples maker = new TrainingExamples(book);
    List<Example> examples = new ArrayList<>();
    int humanPassages = 0;
    for (String path : inputs) {
      List<Example> read = read(path, book, maker, console);
      humanPassages += read.size();
      examples.addAll(read);
    }
    if (humanPassages == 0) {
      throw new InputProblem(
          inputs.get(0), 0, "holds no coded passage to learn from; code and correct some first");
    }
    if (withShipped) {
      // A team's corrections say how this team codes: they outweigh the larger shipped corpus.
      examples.replaceAll(example -> example.weighted(TEAM_WEIGHT));
      examples.addAll(shipped(book, maker));
    }
    int passages = examples.size();
    List<Example> codebookExamples = noCodebookExamples ? List.of() : maker.codebookExamples();
    List<String> sources = new ArrayList<>(inputs.stream().map(TrainCommand::name).toList());
    if (withShipped) {
      sources.add("shipped:" + book.id() + ".csv");
    }
    Trainer trainer = new Trainer(TrainingExamples.blank(book, sources));
    CrossValidation.Result validation = null;
    if (folds != null) {
      if (folds < 2 || folds > passages) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "--cv must be from 2 to the number of passages (" + passages + "), not " + folds);
      }
      validation = CrossValidation.run(trainer, examples, codebookExamples, folds);
    }
    List<Example> all = new ArrayList<>(examples);
    all.addAll(codebookExamples);
    Model model = trainer.train(all);
    if (validation != null) {
      model = model.withFigures(validation.figures(), validation.minConfidence());
    }
    try (Output out = Output.openFile(output)) {
      ModelFormat.write(model, out.stream());
      out.commit();
    }
    TrainingReport report = new TrainingReport(model.info(), passages, validation);
    console.out().print(chosen.equals("json") ? report.json() : report.text());
    console.info(common, "trained on " + passages + " passages into " + output);
    return ExitCodes.OK;
  }

  private List<Example> read(String path, Codebook book, TrainingExamples maker, Console console)
      throws InputProblem, IOException {
    StandardInput stdin = new StandardInput(console.stdin());
    List<Example> examples = new ArrayList<>();
    for (Input input : InputFiles.expand(List.of(path), List.of(), stdin)) {
      project.readCoded(
          input,
          project.coder.name,
          book,
          stdin,
          warning -> console.warn(common, warning),
          "is a transcript, which holds no human coding; code it with 'waardevol code', "
              + "correct the table, and train on that",
          (passage, withStance) -> examples.add(maker.of(passage, withStance)));
    }
    return examples;
  }

  /** The training corpus the shipped model of this codebook learned from. */
  private static List<Example> shipped(Codebook book, TrainingExamples maker)
      throws InputProblem, IOException {
    String resource = "/nl/waardevol/training/" + book.id() + ".csv";
    try (java.io.InputStream corpus = TrainCommand.class.getResourceAsStream(resource)) {
      if (corpus == null) {
        throw new InputProblem(
            "--with-shipped: no model ships for codebook "
                + book.id()
                + " (only for wio-nl and ai-en); train on your own corrections alone");
      }
      List<Example> examples = new ArrayList<>();
      new CodedTableReader(book, corpus)
          .read(
              new Input(null, "the shipped training corpus " + book.id(), Input.Kind.CODED_CSV),
              passage -> examples.add(maker.of(passage, true)));
      return examples;
    }
  }

  /** An input as the model records it: its file name, not where it lay on this machine. */
  private static String name(String path) {
    return java.nio.file.Path.of(path).getFileName().toString();
  }
}
