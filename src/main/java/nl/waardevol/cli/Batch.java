package nl.waardevol.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import nl.waardevol.code.DocumentStage;
import nl.waardevol.code.PassageSink;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.CodebookException;
import nl.waardevol.codebook.CodebookLoader;
import nl.waardevol.pipeline.Pipeline;
import nl.waardevol.read.Input;
import nl.waardevol.read.InputFiles;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.MetadataSheet;
import nl.waardevol.read.ReadOptions;

/** What {@code code} and {@code report} both set up from their input options. */
record Batch(Codebook codebook, List<Input> inputs, MetadataSheet sheet, Pipeline pipeline) {
  static Batch prepare(InputOptions options, Console console, Consumer<String> warnings)
      throws CodebookException, InputProblem {
    return prepare(options, null, console, warnings);
  }

  /** {@code output} (null or - for standard output) is left out of a directory search. */
  static Batch prepare(InputOptions options, String output, Console console, Consumer<String> warnings)
      throws CodebookException, InputProblem {
    if (options.threads != null && options.threads < 1) {
      throw new InputProblem("waardevol", 0, "--threads must be 1 or more, not " + options.threads);
    }
    Codebook codebook = new CodebookLoader().load(options.codebook);
    List<Path> leaveOut = new ArrayList<>();
    if (options.meta != null) {
      leaveOut.add(Path.of(options.meta));
    }
    if (output != null && !output.equals("-")) {
      leaveOut.add(Path.of(output));
    }
    ReadOptions readOptions = options.readOptions();
    List<Input> inputs = InputFiles.expand(options.inputs, leaveOut);
    MetadataSheet sheet = options.meta == null ? null : MetadataSheet.read(Path.of(options.meta));
    Set<String> interviewerLabels = new LinkedHashSet<>(options.interviewerLabels);
    Pipeline pipeline =
        new Pipeline(
            codebook,
            interviewerLabels,
            sheet,
            readOptions,
            console.stdin(),
            warnings,
            options.strict,
            options.threads == null ? Runtime.getRuntime().availableProcessors() : options.threads,
            ProjectOptions.source(codebook, interviewerLabels));
    return new Batch(codebook, inputs, sheet, pipeline);
  }

  /** Runs the pipeline over the inputs into {@code sink}, with a progress line where wanted. */
  Pipeline.Summary run(Console console, CommonOptions common, PassageSink sink)
      throws InputProblem, java.io.IOException {
    return run(console, common, DocumentStage.NONE, sink);
  }

  /** The same, with {@code stage} run on each document's passages on the worker threads. */
  Pipeline.Summary run(Console console, CommonOptions common, DocumentStage stage, PassageSink sink)
      throws InputProblem, java.io.IOException {
    return run(console, common, stage, sink, Pipeline.DocumentSink.NONE);
  }

  /** The same, also handing each transcript document with its passages to {@code documents}. */
  Pipeline.Summary run(
      Console console, CommonOptions common, DocumentStage stage, PassageSink sink, Pipeline.DocumentSink documents)
      throws InputProblem, java.io.IOException {
    Progress progress = console.progress(common, inputs.size());
    try {
      return pipeline.run(
          inputs,
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

  /** Codes the inputs with default settings and hands each passage to {@code sink}. */
  static Pipeline.Summary code(
      Codebook codebook, List<String> inputs, Console console, Consumer<String> warnings, PassageSink sink)
      throws InputProblem, java.io.IOException {
    List<Input> expanded = InputFiles.expand(inputs);
    Pipeline pipeline =
        new Pipeline(
            codebook, Set.of(), null, ReadOptions.DEFAULTS, console.stdin(), warnings, false,
            Runtime.getRuntime().availableProcessors(), ProjectOptions.source(codebook, Set.of()));
    Pipeline.Summary summary = pipeline.run(expanded, sink);
    exitCode(summary, expanded);
    return summary;
  }

  /** The exit code for a finished run, or a problem when nothing at all could be read. */
  static int exitCode(Pipeline.Summary summary, List<Input> inputs) throws InputProblem {
    if (summary.documents() == 0) {
      String what = inputs.size() == 1 ? inputs.get(0).display() : "waardevol";
      throw new InputProblem(what, 0, "none of the inputs could be read; see the warnings above");
    }
    return summary.skipped() > 0 ? ExitCodes.SKIPPED : ExitCodes.OK;
  }
}
