package nl.waardevol.codebook;

import java.util.List;
import java.util.Map;

/**
 * A YAML value with the place it was read from, so that every complaint about a codebook can name
 * the line and column a researcher has to fix.
 */
public sealed interface Located {
  int line();

  int column();

  /** A scalar, kept as its text: the codebook decides what each key means. */
  record Scalar(String text, int line, int column) implements Located {}

  record Sequence(List<Located> items, int line, int column) implements Located {}

  record Mapping(Map<String, Located> entries, Map<String, Located> keys, int line, int column)
      implements Located {}
}
