package nl.waardevol.write;

import java.io.IOException;

/** An output path that cannot be written, with a message that says what to do instead. */
public final class OutputProblem extends IOException {
  private static final long serialVersionUID = 1L;

  public OutputProblem(String message) {
    super(message);
  }
}
