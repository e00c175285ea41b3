package nl.waardevol.codebook;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A loaded, checked codebook. Immutable: the stages that use it compile what they need from it.
 *
 * @param source where it was read from, for messages
 * @param hash the first 12 hex digits of the SHA-256 of the file, so a report names the exact
 *     codebook it was made with
 */
public record Codebook(
    String id,
    String version,
    String language,
    Map<String, String> title,
    String description,
    Set<String> interviewerLabels,
    ValenceLexicon valence,
    List<Category> categories,
    String source,
    String hash) {
  public Codebook {
    title = Map.copyOf(title);
    interviewerLabels = Collections.unmodifiableSet(new LinkedHashSet<>(interviewerLabels));
    categories = List.copyOf(categories);
  }

  /** All codes in codebook order: category by category, code by code. */
  public List<Code> codes() {
    return categories.stream().flatMap(category -> category.codes().stream()).toList();
  }

  /** Each code's id with its category's id, in codebook order. */
  public java.util.Map<String, String> categoryOfCode() {
    java.util.Map<String, String> categories = new java.util.LinkedHashMap<>();
    codes().forEach(code -> categories.put(code.id(), code.categoryId()));
    return categories;
  }

  public Optional<Code> code(String id) {
    return codes().stream().filter(code -> code.id().equals(id)).findFirst();
  }

  public Optional<Category> category(String id) {
    return categories.stream().filter(category -> category.id().equals(id)).findFirst();
  }

  public String title(String language) {
    return Labels.pick(title, language, id);
  }
}
