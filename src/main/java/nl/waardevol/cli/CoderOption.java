package nl.waardevol.cli;

import picocli.CommandLine.Option;

/** Whose codings of a REFI-QDA project count: a project can hold several people's. */
public final class CoderOption {
  @Option(
      names = "--coder",
      paramLabel = "NAME",
      description =
          "Of a REFI-QDA project, count only the codings of this user (creatingUser, by name or GUID). Default: every user's, with a warning when there are several.")
  String name;
}
