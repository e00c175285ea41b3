package nl.waardevol.aggregate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The passages of one code per stance, for the stacked bars: valued, hindered or wished, as the
 * code's own clause had it (a code in a neutral clause is not drawn).
 */
public record StanceCounts(String codeId, String lensId, Map<Stance, Count> counts) {
  public StanceCounts {
    counts = java.util.Collections.unmodifiableMap(new EnumMap<>(counts));
  }

  /** How a passage speaks of a code, in the order the bars stack. */
  public enum Stance {
    VALUED,
    HINDERED,
    WISHED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Count count(Stance stance) {
    return counts.getOrDefault(stance, Count.ZERO);
  }

  /**
   * Per code, in the order the codes first appear in {@code results}; neutral passages left out.
   */
  public static List<StanceCounts> of(List<CodeResult> results) {
    Map<String, Map<Stance, Count>> byCode = new LinkedHashMap<>();
    Map<String, String> lenses = new LinkedHashMap<>();
    for (CodeResult result : results) {
      Stance stance = stance(result.valence());
      if (stance != null) {
        lenses.put(result.codeId(), result.lensId());
        byCode
            .computeIfAbsent(result.codeId(), code -> new EnumMap<>(Stance.class))
            .put(stance, result.count());
      }
    }
    List<StanceCounts> stances = new ArrayList<>();
    byCode.forEach((code, counts) -> stances.add(new StanceCounts(code, lenses.get(code), counts)));
    return stances;
  }

  private static Stance stance(nl.waardevol.stance.Stance valence) {
    return switch (valence) {
      case APPRECIATIVE -> Stance.VALUED;
      case DEFICIT -> Stance.HINDERED;
      case WISH -> Stance.WISHED;
      case NEUTRAL -> null;
    };
  }
}
