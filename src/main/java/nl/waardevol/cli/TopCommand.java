package nl.waardevol.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "waardevol",
    resourceBundle = "nl.waardevol.cli.Options",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    subcommands = {
      CodeCommand.class,
      ReportCommand.class,
      InspectCommand.class,
      CodebookCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      AgreeCommand.class,
      ExplainCommand.class,
      TrainCommand.class,
      ReviewCommand.class,
      KwicCommand.class,
      DiffCommand.class,
      RedactCommand.class,
      CommandLine.HelpCommand.class
    },
    description = {
      "Codes appreciative-inquiry interviews against a codebook and reports what people "
          + "experienced as valuable, per region and group."
    },
    footer = {
      "",
      "Quick start:",
      "  waardevol report examples/interviews       # the example corpus's report",
      "  waardevol code examples/interviews -o coded.csv",
      "  waardevol inspect examples/interviews      # what is read from each file",
      "",
      ExitCodes.HELP_ALL
    })
final class TopCommand implements Runnable {
  private final Console console;

  @Spec CommandSpec spec;

  TopCommand(Console console) {
    this.console = console;
  }

  Console console() {
    return console;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, such as report");
  }
}
