package nl.waardevol.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.stance.Stance;

/**
 * What changed between two coded tables of the same passages, such as before and after a codebook
 * change: per code, the passages that gained it and those that lost it; per direction (appreciative
 * → neutral, ...), the passages whose valence changed.
 */
public final class CodingDiff {
  /** A passage by its document and number. */
  public record PassageId(String docId, int passage) {
    @Override
    public String toString() {
      return docId + " #" + passage;
    }
  }

  /**
   * A passage that gained or lost a code, or changed valence.
   *
   * @param before the terms of the code that matched it before; empty for a valence change, as a
   *     coded table does not record valence terms
   * @param after the same, after
   */
  public record Change(PassageId passage, String text, List<String> before, List<String> after) {
    public Change {
      before = List.copyOf(before);
      after = List.copyOf(after);
    }
  }

  /** The changes for one code. */
  public record CodeChanges(String codeId, List<Change> gained, List<Change> lost) {
    public CodeChanges {
      gained = List.copyOf(gained);
      lost = List.copyOf(lost);
    }
  }

  /** The passages whose valence went from {@code from} to {@code to}. */
  public record ValenceChanges(Stance from, Stance to, List<Change> passages) {
    public ValenceChanges {
      passages = List.copyOf(passages);
    }
  }

  /**
   * The passages in which code {@code codeId} kept its place but went from one stance to another.
   */
  public record StanceChanges(String codeId, Stance from, Stance to, List<Change> passages) {
    public StanceChanges {
      passages = List.copyOf(passages);
    }
  }

  /** A code's change of stance, from one to another. */
  private record Direction(String code, Stance from, Stance to) {}

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

  /** Passages in both tables whose codes, valence or code stances (valued, ...) differ. */
  public int changedPassages() {
    return (int)
        before.keySet().stream()
            .filter(after::containsKey)
            .filter(id -> changed(before.get(id), after.get(id)))
            .count();
  }

  private static boolean changed(CodedPassage old, CodedPassage now) {
    return old.valence() != now.valence()
        || !new HashSet<>(old.codes()).equals(new HashSet<>(now.codes()))
        || !old.stances().equals(now.stances());
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
          gained
              .computeIfAbsent(code, c -> new ArrayList<>())
              .add(change(entry.getKey(), old, now, code));
        }
      }
      for (String code : old.codes()) {
        if (!now.codes().contains(code)) {
          lost.computeIfAbsent(code, c -> new ArrayList<>())
              .add(change(entry.getKey(), old, now, code));
        }
      }
    }
    TreeSet<String> codes = new TreeSet<>(gained.keySet());
    codes.addAll(lost.keySet());
    List<CodeChanges> result = new ArrayList<>();
    for (String code : codes) {
      result.add(
          new CodeChanges(
              code, gained.getOrDefault(code, List.of()), lost.getOrDefault(code, List.of())));
    }
    return result;
  }

  /** Per direction (in the order of the valences, from then to), in the order of the new table. */
  public List<ValenceChanges> valenceChanges() {
    Map<Stance, Map<Stance, List<Change>>> changes = new EnumMap<>(Stance.class);
    for (Map.Entry<PassageId, CodedPassage> entry : after.entrySet()) {
      CodedPassage old = before.get(entry.getKey());
      CodedPassage now = entry.getValue();
      if (old != null && old.valence() != now.valence()) {
        changes
            .computeIfAbsent(old.valence(), v -> new EnumMap<>(Stance.class))
            .computeIfAbsent(now.valence(), v -> new ArrayList<>())
            .add(new Change(entry.getKey(), now.text(), List.of(), List.of()));
      }
    }
    List<ValenceChanges> result = new ArrayList<>();
    changes.forEach(
        (from, byTo) ->
            byTo.forEach((to, passages) -> result.add(new ValenceChanges(from, to, passages))));
    return result;
  }

  /**
   * Per code given in both tables whose stance changed (valued → hindered, ...): sorted by code,
   * then by the stances' order, the passages in the order of the new table.
   */
  public List<StanceChanges> stanceChanges() {
    Map<Direction, List<Change>> changes =
        new TreeMap<>(
            Comparator.comparing(Direction::code)
                .thenComparing(Direction::from)
                .thenComparing(Direction::to));
    for (Map.Entry<PassageId, CodedPassage> entry : after.entrySet()) {
      CodedPassage old = before.get(entry.getKey());
      CodedPassage now = entry.getValue();
      if (old == null) {
        continue;
      }
      for (String code : now.codes()) {
        Stance from = old.stances().of(code);
        Stance to = now.stances().of(code);
        if (old.codes().contains(code) && from != to) {
          changes
              .computeIfAbsent(new Direction(code, from, to), d -> new ArrayList<>())
              .add(new Change(entry.getKey(), now.text(), List.of(), List.of()));
        }
      }
    }
    List<StanceChanges> result = new ArrayList<>();
    changes.forEach(
        (way, passages) ->
            result.add(new StanceChanges(way.code(), way.from(), way.to(), passages)));
    return result;
  }

  private static Change change(PassageId id, CodedPassage old, CodedPassage now, String code) {
    return new Change(id, now.text(), termsOf(old, code), termsOf(now, code));
  }

  /** The terms of {@code code} in the passage's matched column ({@code code:term}). */
  private static List<String> termsOf(CodedPassage passage, String code) {
    String prefix = code + ":";
    return passage.matched().stream()
        .filter(m -> m.startsWith(prefix))
        .map(m -> m.substring(prefix.length()))
        .toList();
  }
}
