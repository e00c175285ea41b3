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

  /** The stance of one code: valued, hindered, wished, or none. */
  public String of(String code) {
    if (valued.contains(code)) {
      return "valued";
    }
    if (hindered.contains(code)) {
      return "hindered";
    }
    return wished.contains(code) ? "wished" : "none";
  }
}
