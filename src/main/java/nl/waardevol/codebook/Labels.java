package nl.waardevol.codebook;

import java.util.Map;
import java.util.TreeMap;

final class Labels {
  private Labels() {}

  static String pick(Map<String, String> labels, String language, String fallback) {
    String label = labels.get(language);
    if (label != null) {
      return label;
    }
    // Deterministic fallback: the alphabetically first language that has a label.
    return new TreeMap<>(labels).values().stream().findFirst().orElse(fallback);
  }
}
