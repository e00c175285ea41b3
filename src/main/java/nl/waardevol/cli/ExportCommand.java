package nl.waardevol.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.waardevol.code.DocumentStage;
import nl.waardevol.exchange.ProjectWriter;
import nl.waardevol.pipeline.Pipeline;
import nl.waardevol.read.Input;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.PersonalIds;
import nl.waardevol.redact.Redactor;
import nl.waardevol.write.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    modelTransformer = InputOptions.TextOnly.class,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Code the transcripts into a REFI-QDA project (.qdpx) for QDA packages.",
      "ATLAS.ti, MAXQDA, NVivo and QualCoder open it: the codebook as a code tree (lenses as "
          + "parent codes), each transcript as a text source with its metadata as variables, each "
          + "coded passage as a selection with its codes, made by the user 'waardevol (automatic "
          + "coding)'. Correct the codings there, export the project again, and read it back with "
          + "'import' or compare it with 'agree'."
    },
    footer = {
      "",
      "Examples:",
      "  waardevol export examples/interviews -o project.qdpx",
      "  waardevol export interviews/ --codebook mine.yaml --meta sheet.csv -o p.qdpx",
      "  waardevol export interviews/ --no-codings -o blind.qdpx  # to code blind",
      "  waardevol export interviews/ --redact --private-terms pt.txt -o shared.qdpx",
      "",
      ExitCodes.HELP
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin PrivacyOptions privacy;
  @Mixin CommonOptions common;

  @Option(
      names = "--redact",
      description =
          "Pseudonymise each transcript whole, as 'redact' does, before it is coded: the sources, their variables and the selections' names carry placeholders such as [NAAM-1], and the codings point into the pseudonymised text.")
  boolean redact;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description =
          "Language of the placeholders with --redact: nl ([NAAM-1]) or en ([NAME-1]). Default: ${DEFAULT-VALUE}.",
      defaultValue = "nl")
  String lang;

  @Mixin FormatOption format;

  @WritesFile
  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The project file to write (replaced only when complete).")
  String output;

  @Option(
      names = "--no-codings",
      description =
          "Leave out the automatic codings: the sources, code tree and variables only, so that a human can code without seeing them.")
  boolean noCodings;

  @Override
  public Integer call() throws Exception {
    format.chosen("qdpx", spec.commandLine(), "qdpx");
    if (output.equals("-")) {
      throw new ParameterException(
          spec.commandLine(), "-o must name a file: a .qdpx project is a zip archive");
    }
    Console console = Console.of(spec);
    Redactor redactor = redact ? privacy.redactor(Languages.check(lang, spec.commandLine())) : null;
    PersonalIds personalIds = Batch.personalIds(redactor);
    Batch batch =
        Batch.prepare(
            input, output, console, message -> console.warn(common, message), personalIds);
    for (Input in : batch.inputs()) {
      if (in.kind() == Input.Kind.PROJECT) {
        throw new InputProblem(
            in.display(),
            0,
            "is a REFI-QDA project already; export codes transcripts (to code its text afresh: waardevol import "
                + in.display()
                + " -o DIR, then export DIR/transcripts)");
      }
      if (in.kind() != Input.Kind.TRANSCRIPT) {
        throw new InputProblem(
            in.display(),
            0,
            "is a coded table; a QDA project needs the transcripts themselves, whose text the codings point into");
      }
    }
    int[] coded = {0};
    try (Output out = Output.openFile(output)) {
      ProjectWriter project =
          new ProjectWriter(
              out.stream(),
              batch.codebook(),
              projectName(),
              new Version().getVersion()[0],
              !noCodings);
      Pipeline.Summary summary =
          batch.run(
              console,
              common,
              rewrite(redactor),
              DocumentStage.NONE,
              passage -> coded[0] += passage.codes().isEmpty() ? 0 : 1,
              project::add);
      int exit = Batch.exitCode(summary, batch.inputs());
      project.finish();
      out.commit();
      console.info(
          common,
          String.format(
              "exported %d documents, %d passages (%d coded%s) to %s",
              summary.documents(),
              summary.passages(),
              coded[0],
              noCodings ? ", codings left out" : "",
              output));
      return exit;
    }
  }

  /**
   * With --redact each document is pseudonymised whole before it is segmented, so offsets fit the
   * redacted text.
   */
  private static Pipeline.DocumentRewrite rewrite(Redactor redactor) {
    if (redactor == null) {
      return Pipeline.DocumentRewrite.NONE;
    }
    return (document, speakerLabels, interviewerLabels) ->
        redactor.redact(document, speakerLabels, interviewerLabels).document();
  }

  private String projectName() {
    String file = Path.of(output).getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
