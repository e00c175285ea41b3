package nl.waardevol.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.waardevol.stance.Stance;

/**
 * The stance each code of a passage was given with: the ids of the codes that are valued, that held
 * people back (hindered) and that are wished for. A code in a clause without a stance is in none of
 * them.
 */
public record CodeStances(List<String> valued, List<String> hindered, List<String> wished) {
  public static final CodeStances NONE = new CodeStances(List.of(), List.of(), List.of());

  public CodeStances {
    valued = List.copyOf(valued);
    hindered = List.copyOf(hindered);
    wished = List.copyOf(wished);
  }

  /** From each code's stance, in the order of {@code codes}. */
  static CodeStances of(List<String> codes, Map<String, Stance> stances) {
    List<String> valued = new ArrayList<>();
    List<String> hindered = new ArrayList<>();
    List<String> wished = new ArrayList<>();
    for (String code : codes) {
      switch (stances.getOrDefault(code, Stance.NEUTRAL)) {
        case APPRECIATIVE -> valued.add(code);
        case DEFICIT -> hindered.add(code);
        case WISH -> wished.add(code);
        case NEUTRAL -> {}
      }
    }
    return new CodeStances(valued, hindered, wished);
  }

  /**
   * For a table from before stance per code, or a hand correction that changed only the valence:
   * every code takes the passage's valence.
   */
  public static CodeStances of(List<String> codes, Stance valence) {
    return switch (valence) {
      case APPRECIATIVE -> new CodeStances(codes, List.of(), List.of());
      case DEFICIT -> new CodeStances(List.of(), codes, List.of());
      case WISH -> new CodeStances(List.of(), List.of(), codes);
      case NEUTRAL -> NONE;
    };
  }

  /** The stance one code was given with: appreciative, deficit, wish, or neutral (none). */
  public Stance of(String code) {
    if (valued.contains(code)) {
      return Stance.APPRECIATIVE;
    }
    if (hindered.contains(code)) {
      return Stance.DEFICIT;
    }
    return wished.contains(code) ? Stance.WISH : Stance.NEUTRAL;
  }

  /** How a code's stance is named in tables and explanations: valued, hindered, wished, none. */
  public static String name(Stance stance) {
    return switch (stance) {
      case APPRECIATIVE -> "valued";
      case DEFICIT -> "hindered";
      case WISH -> "wished";
      case NEUTRAL -> "none";
    };
  }
}
