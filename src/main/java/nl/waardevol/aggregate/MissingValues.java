package nl.waardevol.aggregate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.waardevol.code.CodedPassage;

/**
 * Counts, per grouping key, the documents without a value for it, which a report puts in the group
 * "(onbekend)": a survey whose region column went unrecognised must not vanish there unnoticed.
 */
public final class MissingValues {
  private final List<String> keys;
  private final Set<String> documents = new HashSet<>();
  private final Map<String, Integer> missing = new LinkedHashMap<>();
  private final Map<String, String> first = new LinkedHashMap<>();

  public MissingValues(List<String> keys) {
    this.keys = List.copyOf(keys);
  }

  /** Takes each passage; a document is looked at once, at its first passage. */
  public void add(CodedPassage passage) {
    if (!documents.add(passage.docId())) {
      return;
    }
    for (String key : keys) {
      if (passage.metadata(key).isEmpty()) {
        missing.merge(key, 1, Integer::sum);
        first.putIfAbsent(key, passage.docId());
      }
    }
  }

  /** One warning per key some document lacks; {@code unknown} is the group they went into. */
  public List<String> warnings(String unknown) {
    List<String> warnings = new ArrayList<>();
    int total = documents.size();
    missing.forEach(
        (key, count) ->
            warnings.add(
                count == total
                    ? "no document has a value for --by key '"
                        + key
                        + "' ("
                        + total
                        + (total == 1 ? " document" : " documents")
                        + "); check its spelling against the front matter, the --meta sheet or the survey's columns"
                    : count
                        + " of "
                        + total
                        + " documents "
                        + (count == 1 ? "has" : "have")
                        + " no value for --by key '"
                        + key
                        + "' and "
                        + (count == 1 ? "is" : "are")
                        + " counted under '"
                        + unknown
                        + "' (first: "
                        + first.get(key)
                        + "); give it in their front matter, a --meta sheet or a survey column"));
    return warnings;
  }
}
