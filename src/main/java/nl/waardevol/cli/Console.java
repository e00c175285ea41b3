package nl.waardevol.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import nl.waardevol.text.Controls;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The streams a run talks to; tests pass their own, only {@link Main} passes the process's.
 *
 * @param progress whether a progress line may be drawn on {@code err}: it is a terminal and
 *     NO_COLOR is not set
 */
record Console(InputStream stdin, PrintWriter out, PrintWriter err, boolean progress) {
  /** The console of the run that is executing {@code command}. */
  static Console of(CommandSpec command) {
    return ((TopCommand) command.root().userObject()).console();
  }

  /** Progress of a batch, drawn only where it helps: a terminal, not --quiet. */
  Progress progress(CommonOptions options, int documents) {
    return new Progress(progress && !options.quiet ? err : null, documents);
  }

  /**
   * A warning on standard error. Messages quote file names and words of the files, which must not
   * act on the terminal either.
   */
  void warn(CommonOptions options, String message) {
    if (!options.quiet) {
      err.println("waardevol: warning: " + Controls.neutralise(message));
      err.flush();
    }
  }

  void info(CommonOptions options, String message) {
    if (!options.quiet) {
      err.println("waardevol: " + Controls.neutralise(message));
      err.flush();
    }
  }
}
