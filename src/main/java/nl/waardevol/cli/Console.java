package nl.waardevol.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** The streams a run talks to; tests pass their own, only {@link Main} passes the process's. */
record Console(InputStream stdin, PrintWriter out, PrintWriter err) {
  /** The console of the run that is executing {@code command}. */
  static Console of(CommandSpec command) {
    return ((TopCommand) command.root().userObject()).console();
  }

  void warn(CommonOptions options, String message) {
    if (!options.quiet) {
      err.println("waardevol: warning: " + message);
      err.flush();
    }
  }

  void info(CommonOptions options, String message) {
    if (!options.quiet) {
      err.println("waardevol: " + message);
      err.flush();
    }
  }
}
