package nl.waardevol.codebook;

import java.util.List;
import java.util.Map;

/**
 * A code under a category (lens): what it means, which terms give it, which suppress it.
 *
 * @param line the codebook line it starts on, for messages; 0 when not from a file
 */
public record Code(
    String id,
    String categoryId,
    Map<String, String> label,
    String description,
    List<Term> include,
    List<Term> exclude,
    Examples examples,
    int line) {
  public Code {
    label = Map.copyOf(label);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
  }

  /** The label in {@code language}, falling back to any label, then the id. */
  public String label(String language) {
    return Labels.pick(label, language, id);
  }
}
