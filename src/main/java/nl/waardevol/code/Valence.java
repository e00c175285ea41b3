package nl.waardevol.code;

import java.util.Locale;

/**
 * A passage's stance in a coded table: valuable, a problem, a wish, or neither (the stance of its
 * last clause that has one, see {@link nl.waardevol.stance.StanceReader}).
 */
public enum Valence {
  APPRECIATIVE,
  DEFICIT,
  WISH,
  NEUTRAL;

  /** The lower-case name used in tables. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@link #id()}; null when {@code text} is none of them. */
  public static Valence parse(String text) {
    for (Valence valence : values()) {
      if (valence.id().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return valence;
      }
    }
    return null;
  }

  static Valence of(nl.waardevol.stance.Stance stance) {
    return valueOf(stance.name());
  }
}
