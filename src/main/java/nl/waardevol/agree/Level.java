package nl.waardevol.agree;

import java.util.List;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.codebook.Codebook;

/** What is compared: the codes of the passages, or the categories (lenses) the codes belong to. */
public enum Level {
  CODE,
  CATEGORY;

  /** The labels of this level in codebook order, each with its parent (a code's lens). */
  public List<Agreement.Label> labels(Codebook codebook) {
    if (this == CODE) {
      return codebook.codes().stream()
          .map(code -> new Agreement.Label(code.id(), code.categoryId()))
          .toList();
    }
    return codebook.categories().stream()
        .map(category -> new Agreement.Label(category.id(), ""))
        .toList();
  }

  List<String> of(CodedPassage passage) {
    return this == CODE ? passage.codes() : passage.categories();
  }

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
