package nl.waardevol.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.code.Coder;
import nl.waardevol.code.PassageSink;
import nl.waardevol.learn.Prediction;
import nl.waardevol.read.InputProblem;
import nl.waardevol.review.ReviewQueue;
import nl.waardevol.write.CodedTableWriter;
import nl.waardevol.write.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Choose the passages to check by hand first: those the model was least sure of, and boundary "
          + "cases of the commonest codes.",
      "Writes them as a coded table (with a 'review' column saying why each was chosen): correct "
          + "it, then learn from it with 'waardevol train'."
    },
    footer = {
      "",
      "Examples:",
      "  waardevol review interviews/ -n 50 -o review.csv",
      "  # correct codes, valence, valued/hindered/wished in review.csv, then:",
      "  waardevol train review.csv earlier-corrections.csv -o team.model --cv 10",
      "  waardevol review interviews/ --model team.model -n 50 -o review-2.csv",
      "",
      ExitCodes.HELP
    })
final class ReviewCommand implements Callable<Integer> {
  /** The column that says why a passage is in the queue. */
  static final String REASON = "review";

  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin CommonOptions common;

  @Option(
      names = {"-n", "--count"},
      paramLabel = "N",
      defaultValue = "50",
      description = "How many passages to choose. Default: ${DEFAULT-VALUE}.")
  int count;

  @Mixin FormatOption format;
  @Mixin OutputFile output;

  @Override
  public Integer call() throws Exception {
    if (count < 1) {
      throw new InputProblem("-n must be 1 or more, not " + count);
    }
    Console console = Console.of(spec);
    Batch batch = Batch.prepare(input, output.path, console, m -> console.warn(common, m));
    if (batch.model() == null) {
      throw new InputProblem(
          "review needs a model to say where it is unsure; give --model FILE (from 'waardevol"
              + " train'), or use a codebook that ships with one (wio-nl, ai-en)");
    }
    Coder coder = new Coder(batch.codebook(), batch.model());
    List<ReviewQueue.Candidate> candidates = new ArrayList<>();
    var summary =
        batch
            .pipeline()
            .run(
                batch.inputs(),
                new PassageSink() {
                  /** A row of a coded table: the pipeline did not code it, so it is coded here. */
                  @Override
                  public void accept(CodedPassage passage) {
                    Prediction prediction =
                        coder
                            .analyse(passage.text(), passage.question(), passage.metadata("role"))
                            .prediction();
                    candidates.add(new ReviewQueue.Candidate(passage, prediction));
                  }

                  @Override
                  public void accept(CodedPassage passage, Prediction prediction) {
                    candidates.add(new ReviewQueue.Candidate(passage, prediction));
                  }
                });
    int exit = Batch.exitCode(summary, batch.inputs());
    candidates.removeIf(candidate -> candidate.prediction() == null);
    List<ReviewQueue.Item> queue = ReviewQueue.choose(candidates, count);
    List<String> keys = new ArrayList<>(batch.pipeline().metadataKeys(batch.inputs()));
    keys.add(REASON);
    try (Output out = Output.open(output.path, console.out())) {
      CodedTableWriter writer =
          CodedTableWriter.create(
              Formats.table(format.format, output.path, spec.commandLine()), out.writer(), keys);
      for (ReviewQueue.Item item : queue) {
        writer.write(item.passage().withMetadata(REASON, item.reason()));
      }
      writer.finish();
      out.commit();
    }
    console.info(
        common,
        "chose "
            + queue.size()
            + " of "
            + candidates.size()
            + " passages to check"
            + (output.path == null || output.path.equals("-") ? "" : " into " + output.path));
    return exit;
  }
}
