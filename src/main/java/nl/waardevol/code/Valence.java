package nl.waardevol.code;

import java.util.Locale;

/** Whether a passage talks about something as valuable, as a problem, or neither. */
public enum Valence {
  APPRECIATIVE,
  DEFICIT,
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

  static Valence of(double score) {
    if (score > 0) {
      return APPRECIATIVE;
    }
    return score < 0 ? DEFICIT : NEUTRAL;
  }
}
