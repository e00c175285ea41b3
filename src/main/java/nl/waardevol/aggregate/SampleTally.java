package nl.waardevol.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts each document once, by region, role and kind: the report's sample section, kept apart from
 * the corpus line so that either can change how it counts without the other.
 */
final class SampleTally {
  private final Map<List<String>, Map<Sample.Kind, Integer>> rows =
      new TreeMap<>(
          Comparator.comparing((List<String> key) -> key.get(0), GroupOrder.values("region"))
              .thenComparing(key -> key.get(1), GroupOrder.values("role")));

  /**
   * Call once per document, with its kind as the corpus line counts it ({@link DocumentKind}), so
   * that the sample and the corpus line never disagree.
   */
  void add(String region, String role, DocumentKind kind) {
    rows.computeIfAbsent(List.of(region, role), key -> new EnumMap<>(Sample.Kind.class))
        .merge(kind(kind), 1, Integer::sum);
  }

  private static Sample.Kind kind(DocumentKind kind) {
    return switch (kind) {
      case INTERVIEW -> Sample.Kind.INTERVIEW;
      case NOTES -> Sample.Kind.NOTES;
      case SURVEY_RESPONDENT -> Sample.Kind.SURVEY;
    };
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
