package nl.waardevol.codebook;

import java.util.List;
import java.util.Map;

/**
 * A top category of the codebook; in the default codebook one of the three lenses.
 *
 * @param line the codebook line it starts on, for messages; 0 when not from a file
 */
public record Category(
    String id, Map<String, String> label, String description, List<Code> codes, int line) {
  public Category {
    label = Map.copyOf(label);
    codes = List.copyOf(codes);
  }

  public String label(String language) {
    return Labels.pick(label, language, id);
  }
}
