package nl.waardevol.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.waardevol.text.Words;

/**
 * Keeps the best few quotes for one code in one group, at most one per document so the quotes show
 * breadth. Holds only as many candidates as it returns, whatever the corpus size. "Best" is fixed
 * and order-free: a passage of quotable length first, then by document id and passage.
 */
final class QuotePicker {
  private static final int MIN_WORDS = 12;

  /** Words kept before the code's term when a quote does not start at the passage's start. */
  private static final int CONTEXT_BEFORE = 10;

  private static final Pattern WORD = Pattern.compile("\\S+");

  /**
   * Punctuation an ellipsis replaces; not a bracket, which would break a placeholder such as
   * [NAAM-1].
   */
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:!?…\"'“”‘’–—-]+$");

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
    int lengthClass =
        words >= MIN_WORDS && words <= Quote.MAX_WORDS ? 0 : words < MIN_WORDS ? 1 : 2;
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

  /** The quotes kept, each cut around where {@code anchor} says the code shows in it. */
  List<Quote> quotes(ToIntFunction<String> anchor) {
    return kept.stream()
        .map(
            candidate ->
                new Quote(
                    candidate.docId(), candidate.passage(), shorten(candidate.text(), anchor)))
        .toList();
  }

  /**
   * At most {@link Quote#MAX_WORDS} words, cut at words and marked with an ellipsis: the first
   * ones, or, when the code's term comes later, a run that starts a few words before it.
   */
  static String shorten(String text, ToIntFunction<String> anchor) {
    String stripped = text.strip();
    List<int[]> words = new ArrayList<>();
    Matcher word = WORD.matcher(stripped);
    while (word.find()) {
      words.add(new int[] {word.start(), word.end()});
    }
    if (words.size() <= Quote.MAX_WORDS) {
      return stripped;
    }
    int at = wordAt(words, anchor.applyAsInt(stripped));
    int from = Math.max(0, Math.min(at - CONTEXT_BEFORE, words.size() - Quote.MAX_WORDS));
    int to = from + Quote.MAX_WORDS;
    String cut = stripped.substring(words.get(from)[0], words.get(to - 1)[1]);
    String start = from > 0 ? "…" : "";
    return to < words.size()
        ? start + TRAILING_PUNCTUATION.matcher(cut).replaceAll("") + "…"
        : start + cut;
  }

  /** The index of the word that holds character {@code offset}. */
  private static int wordAt(List<int[]> words, int offset) {
    int at = 0;
    while (at + 1 < words.size() && words.get(at + 1)[0] <= offset) {
      at++;
    }
    return at;
  }
}
