package nl.waardevol.cli;

/** The exit codes of every command, as documented in {@code --help} and the README. */
public final class ExitCodes {
  private ExitCodes() {}

  public static final int OK = 0;

  /** Something went wrong inside waardevol, or an output could not be written. */
  public static final int FAILURE = 1;

  /**
   * Wrong usage, or input that cannot be used: a bad codebook, no transcripts, a bad file with
   * --strict.
   */
  public static final int INPUT = 2;

  /** Finished, but some input files were skipped; the warnings name them. */
  public static final int SKIPPED = 3;

  /**
   * Finished, but a check the user asked for was not met: agreement below {@code --min-alpha} or
   * {@code --min-kappa}, a failing codebook example, lint findings, {@code diff --exit-code} with a
   * change. Apart from 1, so that a script tells a failed check from a crash.
   */
  public static final int NOT_MET = 4;

  static final String HELP =
      "Exit codes:%n"
          + "  0  ok%n"
          + "  1  failure (an output could not be written, or an internal error)%n"
          + "  2  usage or input error (bad option or codebook, no transcripts,%n"
          + "     a bad file with --strict)%n"
          + "  3  finished, but some files were skipped (see the warnings on stderr)%n";

  /** The top-level help: every code any command gives. */
  static final String HELP_ALL =
      HELP
          + "  4  a check was not met (agree --min-alpha/--min-kappa, codebook check%n"
          + "     --strict, codebook test, diff --exit-code)%n";

  /** For commands that read one file whole, so skip nothing and have no --strict. */
  static final String HELP_NO_SKIPPING =
      "Exit codes:%n"
          + "  0  ok%n"
          + "  1  failure (an output could not be written, or an internal error)%n"
          + "  2  usage or input error (bad option, codebook or input file)%n";
}
