package nl.waardevol.write;

import java.io.IOException;

/** An output path that cannot be written, with a message that says what to do instead. */
public final class OutputProblem extends IOException {
  public OutputProblem(String message) {
    super(message);
  }
}
