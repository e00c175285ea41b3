package nl.waardevol.cli;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.ReadOptions;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options that say what to read: transcripts, codebook, metadata sheet. */
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

  @ReadsFile
  @Option(
      names = "--meta",
      paramLabel = "FILE",
      description =
          "A CSV sheet with one row per document (an id or file column); its values override front matter.")
  String meta;

  @Option(
      names = "--interviewer",
      paramLabel = "LABEL",
      split = ",",
      description =
          "More speaker labels that mark interviewer turns, beside the codebook's (e.g. --interviewer Onderzoeker,Sanne).")
  List<String> interviewerLabels = new ArrayList<>();

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description =
          "The encoding of every text file (e.g. UTF-8, UTF-16LE, windows-1252). Default: detected per file.")
  String encoding;

  @Option(
      names = "--text-column",
      paramLabel = "NAME",
      description =
          "An open-question column of survey tables (repeat for several). Default: the columns of written answers.")
  List<String> textColumns = new ArrayList<>();

  @Option(
      names = "--id-column",
      paramLabel = "NAME",
      description =
          "The respondent column of survey tables: rows with one id are one document. Default: a column named id or respondent, else one document per row.")
  String idColumn;

  @Mixin CoderOption coder;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Documents coded at once. Default: all cores. The output is the same for any N.")
  Integer threads;

  @Option(
      names = "--strict",
      description = "Stop at the first file that cannot be read, instead of skipping it.")
  boolean strict;

  /** How to read the inputs; an encoding Java does not know is an input error. */
  ReadOptions readOptions() throws InputProblem {
    Charset charset = null;
    if (encoding != null) {
      try {
        charset = Charset.forName(encoding.strip());
      } catch (IllegalArgumentException e) {
        throw new InputProblem(
            "--encoding",
            0,
            "'"
                + encoding
                + "' is not an encoding Java knows; use for example UTF-8, UTF-16LE, windows-1252 or ISO-8859-1");
      }
    }
    return new ReadOptions(
        charset, textColumns, idColumn, java.util.Set.of(), nl.waardevol.read.PersonalIds.NONE);
  }
}
