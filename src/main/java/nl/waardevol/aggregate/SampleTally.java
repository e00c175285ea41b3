package nl.waardevol.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts each document once, by region, role and kind: the report's sample section, kept apart from
 * the corpus line so that either can change how it counts without the other.
 */
final class SampleTally {
  private static final Set<String> INTERVIEWS = Set.of("interview", "gesprek");
  private static final Set<String> NOTES =
      Set.of("werkatelier", "workshop", "notes", "notities", "verslag", "aantekeningen");
  private static final Set<String> SURVEYS = Set.of("enquete", "enquête", "survey", "vragenlijst");

  private final Map<List<String>, Map<Sample.Kind, Integer>> rows =
      new TreeMap<>(
          Comparator.comparing((List<String> key) -> key.get(0), GroupOrder.values("region"))
              .thenComparing(key -> key.get(1), GroupOrder.values("role")));

  /** Call once per document. */
  void add(String region, String role, String type) {
    rows.computeIfAbsent(List.of(region, role), key -> new EnumMap<>(Sample.Kind.class))
        .merge(kind(type), 1, Integer::sum);
  }

  static Sample.Kind kind(String type) {
    String value = type.strip().toLowerCase(Locale.ROOT);
    if (INTERVIEWS.contains(value)) {
      return Sample.Kind.INTERVIEW;
    }
    if (NOTES.contains(value)) {
      return Sample.Kind.NOTES;
    }
    return SURVEYS.contains(value) ? Sample.Kind.SURVEY : Sample.Kind.OTHER;
  }

  Sample result() {
    List<Sample.Row> result = new ArrayList<>();
    Map<Sample.Kind, Integer> totals = new EnumMap<>(Sample.Kind.class);
    rows.forEach(
        (key, kinds) -> {
          result.add(new Sample.Row(key.get(0), key.get(1), kinds));
          kinds.forEach((kind, count) -> totals.merge(kind, count, Integer::sum));
        });
    return new Sample(result, totals);
  }
}
