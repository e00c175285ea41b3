package nl.waardevol.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Standard input, read once when a command names {@code -}: its header tells a coded table from a
 * transcript, and the reader still gets every byte.
 */
public final class StandardInput {
  private final InputStream raw;
  private byte[] bytes;

  public StandardInput(InputStream raw) {
    this.raw = raw;
  }

  /** What standard input holds; read at the first call. */
  byte[] bytes() throws IOException {
    if (bytes == null) {
      bytes = raw.readAllBytes();
    }
    return bytes;
  }

  /** The stream for the readers: the bytes already read, or else standard input itself. */
  public InputStream stream() {
    return bytes == null ? raw : new ByteArrayInputStream(bytes);
  }

  /** A coded table (its header is the one {@code code} writes) or a transcript. */
  Input.Kind kind() throws InputProblem {
    try {
      return CodedTableHeader.kindOf(bytes());
    } catch (IOException e) {
      throw new InputProblem("<stdin>", 0, "could not be read (" + e.getMessage() + ")");
    }
  }
}
