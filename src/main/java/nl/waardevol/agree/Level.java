package nl.waardevol.agree;

import java.util.List;
import nl.waardevol.code.CodeStances;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.stance.Stance;

/**
 * What is compared: the codes of the passages, the categories (lenses) the codes belong to, or each
 * code with its stance ({@code samenwerking:valued}), so that two coders who give a passage the
 * same code but one values it and the other names it as what held people back disagree.
 */
public enum Level {
  CODE,
  CATEGORY,
  STANCE;

  private static final List<String> STANCES = List.of("valued", "hindered", "wished");

  /** The labels of this level in codebook order, each with its parent (a code's lens). */
  public List<Agreement.Label> labels(Codebook codebook) {
    if (this == CODE) {
      return codebook.codes().stream()
          .map(code -> new Agreement.Label(code.id(), code.categoryId()))
          .toList();
    }
    if (this == STANCE) {
      return codebook.codes().stream()
          .flatMap(
              code ->
                  STANCES.stream()
                      .map(
                          stance ->
                              new Agreement.Label(code.id() + ":" + stance, code.categoryId())))
          .toList();
    }
    return codebook.categories().stream()
        .map(category -> new Agreement.Label(category.id(), ""))
        .toList();
  }

  List<String> of(CodedPassage passage) {
    return switch (this) {
      case CODE -> passage.codes();
      case CATEGORY -> passage.categories();
      case STANCE ->
          passage.codes().stream()
              .filter(code -> passage.stances().of(code) != Stance.NEUTRAL)
              .map(code -> code + ":" + CodeStances.name(passage.stances().of(code)))
              .toList();
    };
  }

  /** Whether its labels belong to a lens (codes, and codes with their stance). */
  public boolean inLenses() {
    return this != CATEGORY;
  }

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
