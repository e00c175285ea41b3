package nl.waardevol.cli;

import picocli.CommandLine.Option;

/** Options every command has. */
public final class CommonOptions {
  @Option(
      names = {"-q", "--quiet"},
      description = "Print no warnings or summary on stderr; errors are still printed.")
  boolean quiet;

  @Option(names = "--debug", description = "Print a stack trace with errors.")
  boolean debug;
}
