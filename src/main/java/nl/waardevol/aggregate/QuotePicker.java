package nl.waardevol.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.waardevol.text.Words;

/**
 * Keeps the best few quotes for one code in one group, at most one per document so the quotes
 * show breadth. Holds only as many candidates as it returns, whatever the corpus size. "Best" is
 * fixed and order-free: a passage of quotable length first, then by document id and passage.
 */
final class QuotePicker {
  private static final int MIN_WORDS = 12;

  private record Candidate(int lengthClass, String docId, int passage, String text) {}

  private static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparingInt(Candidate::lengthClass)
          .thenComparing(Candidate::docId)
          .thenComparingInt(Candidate::passage);

  private final int capacity;
  private final List<Candidate> kept = new ArrayList<>();

  QuotePicker(int capacity) {
    this.capacity = capacity;
  }

  void offer(String docId, int passage, String text) {
    if (capacity == 0) {
      return;
    }
    int words = Words.count(text);
    int lengthClass = words >= MIN_WORDS && words <= Quote.MAX_WORDS ? 0 : words < MIN_WORDS ? 1 : 2;
    Candidate candidate = new Candidate(lengthClass, docId, passage, text);
    for (int i = 0; i < kept.size(); i++) {
      Candidate other = kept.get(i);
      if (other.docId().equals(docId)) {
        if (BEST_FIRST.compare(candidate, other) < 0) {
          kept.set(i, candidate);
          kept.sort(BEST_FIRST);
        }
        return;
      }
    }
    if (kept.size() == capacity && BEST_FIRST.compare(candidate, kept.get(capacity - 1)) >= 0) {
      return;
    }
    kept.add(candidate);
    kept.sort(BEST_FIRST);
    if (kept.size() > capacity) {
      kept.remove(kept.size() - 1);
    }
  }

  List<Quote> quotes() {
    return kept.stream()
        .map(candidate -> new Quote(candidate.docId(), candidate.passage(), shorten(candidate.text())))
        .toList();
  }

  /** At most {@link Quote#MAX_WORDS} words, cut at a word and marked with an ellipsis. */
  static String shorten(String text) {
    String[] words = text.strip().split("\\s+");
    if (words.length <= Quote.MAX_WORDS) {
      return text.strip();
    }
    String cut = String.join(" ", java.util.Arrays.copyOf(words, Quote.MAX_WORDS));
    return cut.replaceAll("[\\p{Punct}\\s]+$", "") + "…";
  }
}
