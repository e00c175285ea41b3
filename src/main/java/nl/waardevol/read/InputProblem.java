package nl.waardevol.read;

/** An input file that cannot be used, with what the user should do about it. */
public final class InputProblem extends Exception {
  private static final long serialVersionUID = 1L;

  private final String source;

  public InputProblem(String source, int line, String problem) {
    super(source + (line > 0 ? ":" + line : "") + ": " + oneLine(problem));
    this.source = source;
  }

  /** A problem of the run as a whole, with no one file to name (the message says what to do). */
  public InputProblem(String problem) {
    super(oneLine(problem));
    this.source = null;
  }

  private static String oneLine(String problem) {
    return problem.replaceAll("\\s*\\R\\s*", " ");
  }

  /** The file as the user named it, or null for a problem of the run as a whole. */
  public String source() {
    return source;
  }
}
