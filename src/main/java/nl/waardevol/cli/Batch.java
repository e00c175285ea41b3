package nl.waardevol.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import nl.waardevol.code.Coder;
import nl.waardevol.code.DocumentStage;
import nl.waardevol.code.PassageSink;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.CodebookException;
import nl.waardevol.codebook.CodebookLoader;
import nl.waardevol.learn.Model;
import nl.waardevol.pipeline.Pipeline;
import nl.waardevol.read.CodedTableHeader;
import nl.waardevol.read.Input;
import nl.waardevol.read.InputFiles;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.MetadataSheet;
import nl.waardevol.read.PersonalIds;
import nl.waardevol.read.ReadOptions;
import nl.waardevol.read.StandardInput;
import nl.waardevol.redact.Redactor;

/** What {@code code} and {@code report} both set up from their input options. */
/**
 * What a coding run reads and how: the codebook, the inputs, the metadata sheet, the learned model
 * (null when the rules alone code) and the pipeline that codes with them.
 */
record Batch(
    Codebook codebook, List<Input> inputs, MetadataSheet sheet, Model model, Pipeline pipeline) {
  /** The most worker threads per core that {@code --threads} gets. */
  static final int THREADS_PER_CORE = 4;

  static Batch prepare(InputOptions options, Console console, Consumer<String> warnings)
      throws CodebookException, InputProblem {
    return prepare(options, null, console, warnings);
  }

  /**
   * {@code output} (null or - for standard output) must not be one of the inputs, also not a file a
   * directory search finds: writing it would replace a transcript.
   */
  static Batch prepare(
      InputOptions options, String output, Console console, Consumer<String> warnings)
      throws CodebookException, InputProblem {
    return prepare(options, output, console, warnings, PersonalIds.NONE);
  }

  /**
   * What counts as an id that names someone: nothing without redaction, else what the redactor
   * finds.
   */
  static PersonalIds personalIds(Redactor redactor) {
    return redactor == null ? PersonalIds.NONE : redactor::namesSomeone;
  }

  /**
   * The same, for a run whose output is pseudonymised: survey ids that name people are not used.
   */
  static Batch prepare(
      InputOptions options,
      String output,
      Console console,
      Consumer<String> warnings,
      PersonalIds personalIds)
      throws CodebookException, InputProblem {
    if (options.threads != null && options.threads < 1) {
      throw new InputProblem("--threads must be 1 or more, not " + options.threads);
    }
    Codebook codebook = new CodebookLoader().load(options.codebook);
    ReadingOptions reading = options.reading;
    List<Path> leaveOut = new ArrayList<>(reading.leaveOut());
    if (isEarlierTable(output)) {
      leaveOut.add(Path.of(output));
    }
    ReadOptions readOptions = reading.readOptions().withPersonalIds(personalIds);
    StandardInput stdin = new StandardInput(console.stdin());
    List<Input> inputs = InputFiles.expand(options.inputs, leaveOut, stdin);
    OutputGuard.refuse(output, OutputGuard.files(inputs));
    MetadataSheet sheet = reading.sheet();
    // The coder's start-up and the model's, side by side; a failure shows where the coder runs.
    CompletableFuture<Void> compiling = CompletableFuture.runAsync(() -> Coder.prepare(codebook));
    Model model = options.model.load(codebook, warnings);
    compiling.exceptionally(failure -> null).join();
    Pipeline pipeline =
        new Pipeline(
            codebook,
            reading.interviewerLabels(),
            sheet,
            readOptions,
            stdin,
            warnings,
            options.strict,
            threads(options.threads, warnings),
            ProjectOptions.source(codebook, reading.interviewerLabels(), options.coder.name),
            model);
    return new Batch(codebook, inputs, sheet, model, pipeline);
  }

  /**
   * The worker threads: all cores by default, and never more than a few per core, since coding
   * keeps every core busy already and each thread holds documents in memory.
   */
  private static int threads(Integer wanted, Consumer<String> warnings) {
    int cores = Runtime.getRuntime().availableProcessors();
    if (wanted == null) {
      return cores;
    }
    int most = THREADS_PER_CORE * cores;
    if (wanted > most) {
      warnings.accept(
          "--threads "
              + wanted
              + " is more than "
              + THREADS_PER_CORE
              + " per core ("
              + cores
              + (cores == 1 ? " core" : " cores")
              + " here); using "
              + most);
      return most;
    }
    return wanted;
  }

  /**
   * Whether {@code output} is a coded table inside one of the input directories {@code arguments}.
   */
  static boolean isTableInInputFolder(String output, List<String> arguments) {
    if (!isEarlierTable(output)) {
      return false;
    }
    Path file = Path.of(output).toAbsolutePath().normalize();
    return arguments.stream()
        .filter(argument -> !argument.equals("-") && Files.isDirectory(Path.of(argument)))
        .anyMatch(argument -> file.startsWith(Path.of(argument).toAbsolutePath().normalize()));
  }

  /**
   * Whether {@code output} is a coded table, as an earlier {@code code -o} run left beside the
   * transcripts: a directory search passes over it, so that the run can be repeated.
   */
  private static boolean isEarlierTable(String output) {
    return output != null
        && !output.equals("-")
        && Files.isRegularFile(Path.of(output))
        && CodedTableHeader.isCodedTable(Path.of(output));
  }

  /**
   * Runs the pipeline over the inputs into {@code sink}, with a progress line where wanted, and
   * {@code stage} run on each document's passages on the worker threads.
   */
  Pipeline.Summary run(Console console, CommonOptions common, DocumentStage stage, PassageSink sink)
      throws InputProblem, java.io.IOException {
    return run(
        console, common, Pipeline.DocumentRewrite.NONE, stage, sink, Pipeline.DocumentSink.NONE);
  }

  /**
   * The same, with each transcript document rewritten (pseudonymised whole) before it is segmented,
   * and each document with its passages handed to {@code documents}.
   */
  Pipeline.Summary run(
      Console console,
      CommonOptions common,
      Pipeline.DocumentRewrite rewrite,
      DocumentStage stage,
      PassageSink sink,
      Pipeline.DocumentSink documents)
      throws InputProblem, java.io.IOException {
    Progress progress = console.progress(common, inputs.size());
    try {
      return pipeline.run(
          inputs,
          rewrite,
          stage,
          passage -> {
            progress.passage(passage);
            sink.accept(passage);
          },
          documents);
    } finally {
      progress.done();
    }
  }

  /**
   * Codes the inputs, read as {@code reading} says, and hands each passage to {@code sink}: for the
   * codebook loop, which takes no output or threads option.
   */
  static Pipeline.Summary code(
      Codebook codebook,
      List<String> inputs,
      ReadingOptions reading,
      Console console,
      Consumer<String> warnings,
      PassageSink sink)
      throws InputProblem, java.io.IOException {
    StandardInput stdin = new StandardInput(console.stdin());
    List<Input> expanded = InputFiles.expand(inputs, reading.leaveOut(), stdin);
    Pipeline pipeline =
        new Pipeline(
            codebook,
            reading.interviewerLabels(),
            reading.sheet(),
            reading.readOptions(),
            stdin,
            warnings,
            false,
            Runtime.getRuntime().availableProcessors(),
            ProjectOptions.source(codebook, reading.interviewerLabels(), null),
            null);
    Pipeline.Summary summary = pipeline.run(expanded, sink);
    exitCode(summary, expanded);
    return summary;
  }

  /** The exit code for a finished run, or a problem when nothing at all could be read. */
  static int exitCode(Pipeline.Summary summary, List<Input> inputs) throws InputProblem {
    if (summary.documents() == 0) {
      String problem = "none of the inputs could be read; see the warnings above";
      throw inputs.size() == 1
          ? new InputProblem(inputs.get(0).display(), 0, problem)
          : new InputProblem(problem);
    }
    return summary.skipped() > 0 ? ExitCodes.SKIPPED : ExitCodes.OK;
  }
}
