package nl.waardevol.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "codebook",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Check, test and measure a codebook; exchange it with QDA packages.",
    subcommands = {
      CodebookCheckCommand.class,
      CodebookTestCommand.class,
      CodebookStatsCommand.class,
      CodebookExportCommand.class,
      CodebookImportCommand.class
    },
    footer = {
      "",
      "Examples:",
      "  waardevol codebook check codebooks/wio-nl.yaml --corpus examples/interviews",
      "  waardevol codebook test my.yaml --junit target/codebook-tests.xml",
      "  waardevol codebook stats codebooks/wio-nl.yaml examples/interviews",
      "  waardevol codebook export wio-nl -o wio-nl.qdc",
      "  waardevol codebook import atlas-codes.qdc -o my-codebook.yaml",
      ""
    })
final class CodebookCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a codebook command: check, test, stats, export or import");
  }
}
