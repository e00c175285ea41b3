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
 * breadth. Holds a few more candidates than it returns, whatever the corpus size, so that a passage
 * already quoted for another code of the group can give way to the next best. "Best" is fixed and
 * order-free: a passage of quotable length first, then by document id and passage.
 */
final class QuotePicker {
  private static final int MIN_WORDS = 12;

  /** Words kept before the code's term when a quote does not start at the passage's start. */
  private static final int CONTEXT_BEFORE = 10;

  /** Candidates kept beyond those returned, to stand in for passages quoted elsewhere. */
  private static final int SPARE = 4;

  private static final Pattern WORD = Pattern.compile("\\S+");

  /** Where one sentence ends and the next begins: after . ! ? or … and any closing quote. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])[\"”’)]*\\s+");

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
  private final int pool;
  private final List<Candidate> kept = new ArrayList<>();

  QuotePicker(int capacity) {
    this.capacity = capacity;
    this.pool = capacity == 0 ? 0 : capacity + SPARE;
  }

  /** Names a passage, to tell whether it was quoted. */
  static String key(String docId, int passage) {
    return docId + "#" + passage;
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
    if (kept.size() == pool && BEST_FIRST.compare(candidate, kept.get(pool - 1)) >= 0) {
      return;
    }
    kept.add(candidate);
    kept.sort(BEST_FIRST);
    if (kept.size() > pool) {
      kept.remove(kept.size() - 1);
    }
  }

  /**
   * The best quotes of passages not in {@code taken} (see {@link #key}), each cut around where
   * {@code anchor} says the code shows in it.
   */
  List<Quote> quotes(java.util.Set<String> taken, ToIntFunction<String> anchor) {
    return kept.stream()
        .filter(candidate -> !taken.contains(key(candidate.docId(), candidate.passage())))
        .limit(capacity)
        .map(
            candidate ->
                new Quote(
                    candidate.docId(), candidate.passage(), shorten(candidate.text(), anchor)))
        .toList();
  }

  /**
   * At most {@link Quote#MAX_WORDS} words, cut at sentence boundaries and marked with an ellipsis:
   * the sentence that holds the code's term, then as many sentences after and before it as fit.
   * Only a sentence that is too long on its own is cut at words.
   */
  static String shorten(String text, ToIntFunction<String> anchor) {
    return shorten(text, anchor, Quote.MAX_WORDS);
  }

  /** The same, to at most {@code maxWords} words. */
  static String shorten(String text, ToIntFunction<String> anchor, int maxWords) {
    String stripped = text.strip();
    if (Words.count(stripped) <= maxWords) {
      return stripped;
    }
    List<int[]> sentences = sentences(stripped);
    int offset = anchor.applyAsInt(stripped);
    int first = 0;
    while (first + 1 < sentences.size() && sentences.get(first + 1)[0] <= offset) {
      first++;
    }
    int last = first;
    int words = words(stripped, sentences.get(first));
    if (words > maxWords) {
      return shortenAtWords(stripped, offset, maxWords);
    }
    while (last + 1 < sentences.size()
        && words + words(stripped, sentences.get(last + 1)) <= maxWords) {
      words += words(stripped, sentences.get(++last));
    }
    while (first > 0 && words + words(stripped, sentences.get(first - 1)) <= maxWords) {
      words += words(stripped, sentences.get(--first));
    }
    String cut = stripped.substring(sentences.get(first)[0], sentences.get(last)[1]);
    return (first > 0 ? "… " : "") + cut + (last + 1 < sentences.size() ? " …" : "");
  }

  /** The start and end of each sentence of {@code text}. */
  private static List<int[]> sentences(String text) {
    List<int[]> sentences = new ArrayList<>();
    Matcher end = SENTENCE_END.matcher(text);
    int start = 0;
    while (end.find()) {
      sentences.add(new int[] {start, end.start() + end.group().stripTrailing().length()});
      start = end.end();
    }
    sentences.add(new int[] {start, text.length()});
    return sentences;
  }

  private static int words(String text, int[] span) {
    return Words.count(text.substring(span[0], span[1]));
  }

  /**
   * A run of {@code maxWords} words from a few words before {@code offset}, for a long sentence.
   */
  private static String shortenAtWords(String stripped, int offset, int maxWords) {
    List<int[]> words = new ArrayList<>();
    Matcher word = WORD.matcher(stripped);
    while (word.find()) {
      words.add(new int[] {word.start(), word.end()});
    }
    int at = wordAt(words, offset);
    int from = Math.max(0, Math.min(at - CONTEXT_BEFORE, words.size() - maxWords));
    int to = from + maxWords;
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
