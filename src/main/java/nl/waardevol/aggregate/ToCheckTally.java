package nl.waardevol.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.stance.Stance;

/**
 * Gathers the passages to check as they stream past. Keeps each one's excerpt rather than its text,
 * since every such passage is listed in the CSV and JSON reports.
 */
final class ToCheckTally {
  /** Words in an excerpt: enough to recognise the passage in the coded table. */
  static final int EXCERPT_WORDS = 25;

  private static final Comparator<ToCheck.Passage> LEAST_SURE_FIRST =
      Comparator.comparingDouble(ToCheck.Passage::confidence)
          .thenComparing(ToCheck.Passage::docId)
          .thenComparingInt(ToCheck.Passage::passage);

  private final Map<List<String>, Tally> groups;
  private final List<ToCheck.Passage> passages = new ArrayList<>();
  private final QuoteAnchor anchor;
  private final boolean excerpts;

  /**
   * @param excerpts whether passages are shown at all: not in a report without quotes ({@code
   *     --quotes 0}), which may be meant to show numbers only
   */
  ToCheckTally(List<String> by, QuoteAnchor anchor, boolean excerpts) {
    this.groups = new TreeMap<>(new GroupOrder(by));
    this.anchor = anchor;
    this.excerpts = excerpts;
  }

  /**
   * The passage's first code that the model gave a stance, which doubt withholds; empty when there
   * is none, and so nothing to check.
   */
  static Optional<String> codeWithStance(CodedPassage passage) {
    return passage.codes().stream()
        .filter(code -> passage.stances().of(code) != Stance.NEUTRAL)
        .findFirst();
  }

  /** Adds a passage that has a {@link #codeWithStance}, {@code code}. */
  void add(CodedPassage passage, String code, List<String> key, int doc) {
    groups.computeIfAbsent(key, k -> new Tally()).add(doc);
    String excerpt =
        !excerpts || passage.text().isEmpty()
            ? ""
            : QuotePicker.shorten(passage.text(), text -> anchor.of(text, code), EXCERPT_WORDS);
    passages.add(
        new ToCheck.Passage(
            key,
            passage.docId(),
            passage.passage(),
            passage.confidence(),
            passage.codes(),
            passage.stances(),
            excerpt));
  }

  ToCheck result() {
    List<ToCheck.GroupCount> counts = new ArrayList<>();
    groups.forEach((key, tally) -> counts.add(new ToCheck.GroupCount(key, tally.count())));
    List<ToCheck.Passage> sorted = new ArrayList<>(passages);
    sorted.sort(LEAST_SURE_FIRST);
    return new ToCheck(counts, sorted);
  }
}
