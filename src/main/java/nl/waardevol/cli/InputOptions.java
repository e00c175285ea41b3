package nl.waardevol.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options that say what to read: transcripts, codebook, and how to read them. */
public final class InputOptions {
  @ReadsFile
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = ALL_INPUTS)
  List<String> inputs = new ArrayList<>();

  /** Every input the coding pipeline reads. */
  static final String ALL_INPUTS =
      "Transcripts (.txt, .md, .docx, .odt, .vtt, .srt), survey tables (.csv, .tsv), "
          + "directories searched for them, coded tables (.csv, .jsonl) written by "
          + "'waardevol code', REFI-QDA projects (.qdpx) with their codings, or - for standard input.";

  /** The inputs of commands that need the text itself: no coded tables, no projects. */
  static final String TEXT_INPUTS =
      "Transcripts (.txt, .md, .docx, .odt, .vtt, .srt), survey tables (.csv, .tsv), "
          + "directories searched for them, or - for standard input. Not coded tables or .qdpx projects.";

  /**
   * For commands that read text only ({@code @Command(modelTransformer = TextOnly.class)}): says so
   * in their help, and takes no {@code --coder}, which chooses among a project's codings.
   */
  static final class TextOnly implements IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      spec.remove(spec.findOption("--coder"));
      PositionalParamSpec inputs =
          spec.positionalParameters().stream()
              .filter(p -> p.paramLabel().equals("INPUT"))
              .findFirst()
              .orElseThrow();
      spec.remove(inputs);
      spec.addPositional(inputs.toBuilder().description(TEXT_INPUTS).build());
      return spec;
    }
  }

  @ReadsFile
  @Option(
      names = {"-c", "--codebook"},
      paramLabel = "FILE",
      description =
          "The codebook: a YAML file, or a shipped one (wio-nl, ai-en). Default: ${DEFAULT-VALUE}.",
      defaultValue = "wio-nl")
  String codebook;

  @Mixin ReadingOptions reading;

  @Mixin CoderOption coder;

  @Mixin ModelOptions model;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Documents coded at once. Default: all cores; at most 4 per core. The output is the same for any N.")
  Integer threads;

  @Option(
      names = "--strict",
      description = "Stop at the first file that cannot be read, instead of skipping it.")
  boolean strict;
}
