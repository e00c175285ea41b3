package nl.waardevol.stance;

import java.util.Locale;

/**
 * What a speaker does with a theme in a clause: values it, names it as what held them back, wishes
 * for it (the Dream of appreciative inquiry), or only mentions it.
 */
public enum Stance {
  APPRECIATIVE,
  DEFICIT,
  WISH,
  NEUTRAL;

  /** The lower-case name used in tables. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@link #id()}; null when {@code text} is none of them. */
  public static Stance parse(String text) {
    for (Stance stance : values()) {
      if (stance.id().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return stance;
      }
    }
    return null;
  }

  /** The stance of a clause's evaluation score: its sign. */
  static Stance ofScore(double score) {
    if (score > 0) {
      return APPRECIATIVE;
    }
    return score < 0 ? DEFICIT : NEUTRAL;
  }
}
