package nl.waardevol.cli;

import java.util.concurrent.Callable;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.CodebookLoader;
import nl.waardevol.exchange.QdcFile;
import nl.waardevol.write.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Write a codebook as a REFI-QDA codebook (.qdc) for QDA packages.",
      "ATLAS.ti, MAXQDA, NVivo and QualCoder import it: each lens a parent code, its codes beneath it with their descriptions, one colour per lens. GUIDs follow from the code ids, so a package recognises the codes of a later export, and the same codebook gives the same bytes."
    },
    footer = {
      "",
      "Examples:",
      "  waardevol codebook export wio-nl -o wio-nl.qdc",
      "  waardevol codebook export my-codebook.yaml --format qdc -o my-codebook.qdc",
      "",
      "Exit codes: 0 ok; 1 the file could not be written; 2 a bad codebook or option.",
      ""
    })
final class CodebookExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @ReadsFile
  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The codebook: a YAML file or a shipped name (wio-nl, ai-en).")
  String file;

  @Mixin FormatOption format;

  @Mixin OutputFile output;

  @Override
  public Integer call() throws Exception {
    format.chosen("qdc", spec.commandLine(), "qdc");
    Console console = Console.of(spec);
    Codebook codebook = new CodebookLoader().load(file);
    try (Output out = Output.open(output.path, console.out())) {
      QdcFile.write(codebook, new Version().getVersion()[0], out.writer());
      out.commit();
    }
    if (output.path != null && !output.path.equals("-")) {
      console.info(
          common,
          String.format(
              "wrote %d lenses and %d codes of %s to %s",
              codebook.categories().size(), codebook.codes().size(), codebook.id(), output.path));
    }
    return ExitCodes.OK;
  }
}
