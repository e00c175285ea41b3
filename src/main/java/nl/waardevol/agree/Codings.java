package nl.waardevol.agree;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.code.PassageSink;

/** One coder's codes (or categories) per passage, collected from a coded table or a project. */
public final class Codings implements PassageSink {
  /** Where a passage lies in its document, to see whether two files segmented alike. */
  private record Span(int start, int end) {}

  private final Level level;
  private final Map<PassageKey, Set<String>> sets = new TreeMap<>();
  private final Map<PassageKey, Span> spans = new TreeMap<>();

  public Codings(Level level) {
    this.level = level;
  }

  @Override
  public void accept(CodedPassage passage) {
    PassageKey key = new PassageKey(passage.docId(), passage.passage());
    // The table reader refuses a passage twice, and a project's passages are unique by source.
    sets.put(key, Collections.unmodifiableSet(new TreeSet<>(level.of(passage))));
    if (passage.end() > 0) {
      spans.put(key, new Span(passage.start(), passage.end()));
    }
  }

  public Map<PassageKey, Set<String>> sets() {
    return Collections.unmodifiableMap(sets);
  }

  /**
   * Passages in both whose offsets differ: a sign that the two files were segmented differently.
   */
  public List<PassageKey> shiftedAgainst(Codings other) {
    return spans.keySet().stream()
        .filter(other.spans::containsKey)
        .filter(key -> !spans.get(key).equals(other.spans.get(key)))
        .toList();
  }
}
