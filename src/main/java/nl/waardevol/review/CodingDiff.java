package nl.waardevol.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.waardevol.code.CodedPassage;

/**
 * What changed between two coded tables of the same passages, such as before and after a
 * codebook change: per code, the passages that gained it and those that lost it.
 */
public final class CodingDiff {
  /** A passage by its document and number. */
  public record PassageId(String docId, int passage) {
    @Override
    public String toString() {
      return docId + " #" + passage;
    }
  }

  /** A passage that gained or lost a code. */
  public record Change(PassageId passage, String text) {}

  /** The changes for one code. */
  public record CodeChanges(String codeId, List<Change> gained, List<Change> lost) {
    public CodeChanges {
      gained = List.copyOf(gained);
      lost = List.copyOf(lost);
    }
  }

  private final Map<PassageId, CodedPassage> before = new LinkedHashMap<>();
  private final Map<PassageId, CodedPassage> after = new LinkedHashMap<>();

  public void addBefore(CodedPassage passage) {
    before.put(id(passage), passage);
  }

  public void addAfter(CodedPassage passage) {
    after.put(id(passage), passage);
  }

  private static PassageId id(CodedPassage passage) {
    return new PassageId(passage.docId(), passage.passage());
  }

  public List<PassageId> onlyBefore() {
    return before.keySet().stream().filter(id -> !after.containsKey(id)).toList();
  }

  public List<PassageId> onlyAfter() {
    return after.keySet().stream().filter(id -> !before.containsKey(id)).toList();
  }

  public int inBoth() {
    return (int) before.keySet().stream().filter(after::containsKey).count();
  }

  /** Passages in both tables whose codes differ. */
  public int changedPassages() {
    return (int)
        before.keySet().stream()
            .filter(after::containsKey)
            .filter(id -> !new java.util.HashSet<>(before.get(id).codes()).equals(new java.util.HashSet<>(after.get(id).codes())))
            .count();
  }

  /** Per code (sorted by id), in the order of the new table. */
  public List<CodeChanges> changes() {
    Map<String, List<Change>> gained = new TreeMap<>();
    Map<String, List<Change>> lost = new TreeMap<>();
    for (Map.Entry<PassageId, CodedPassage> entry : after.entrySet()) {
      CodedPassage old = before.get(entry.getKey());
      if (old == null) {
        continue;
      }
      CodedPassage now = entry.getValue();
      for (String code : now.codes()) {
        if (!old.codes().contains(code)) {
          gained.computeIfAbsent(code, c -> new ArrayList<>()).add(new Change(entry.getKey(), now.text()));
        }
      }
      for (String code : old.codes()) {
        if (!now.codes().contains(code)) {
          lost.computeIfAbsent(code, c -> new ArrayList<>()).add(new Change(entry.getKey(), now.text()));
        }
      }
    }
    TreeMap<String, Boolean> codes = new TreeMap<>();
    gained.keySet().forEach(code -> codes.put(code, true));
    lost.keySet().forEach(code -> codes.put(code, true));
    List<CodeChanges> result = new ArrayList<>();
    for (String code : codes.keySet()) {
      result.add(new CodeChanges(code, gained.getOrDefault(code, List.of()), lost.getOrDefault(code, List.of())));
    }
    return result;
  }
}
