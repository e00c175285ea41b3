package nl.waardevol.aggregate;

import java.util.List;
import java.util.Map;

/**
 * The documents a report rests on, counted apart by kind (an interview, workshop notes, one survey
 * respondent are not alike) per region and role.
 *
 * @param rows one per region and role that has documents, regions alphabetically, roles in report
 *     order
 * @param totals documents per kind over the whole corpus
 */
public record Sample(List<Row> rows, Map<Kind, Integer> totals) {
  public Sample {
    rows = List.copyOf(rows);
    totals = Map.copyOf(totals);
  }

  /** What a document is, as {@link DocumentKind} tells it. */
  public enum Kind {
    INTERVIEW,
    NOTES,
    SURVEY;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The documents of one region and role, per kind. */
  public record Row(String region, String role, Map<Kind, Integer> documents) {
    public Row {
      documents = Map.copyOf(documents);
    }

    public int total() {
      return documents.values().stream().mapToInt(Integer::intValue).sum();
    }
  }
}
