package nl.waardevol.read;

/** An input file that cannot be used, with what the user should do about it. */
public final class InputProblem extends Exception {
  private final String source;

  public InputProblem(String source, int line, String problem) {
    super(source + (line > 0 ? ":" + line : "") + ": " + problem.replaceAll("\\s*\\R\\s*", " "));
    this.source = source;
  }

  /** The file as the user named it. */
  public String source() {
    return source;
  }
}
