package nl.waardevol.code;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.waardevol.codebook.Term;
import nl.waardevol.text.Stemmer;
import nl.waardevol.text.Tokens;

/**
 * Every token term of a codebook compiled into hash maps keyed on the stem, or the prefix, of
 * its first word: finding the terms that start at a token costs one stem lookup and one lookup
 * per distinct prefix length, however many terms the codebook has.
 */
final class TermIndex {
  /**
   * A compiled term.
   *
   * @param owner the index of the code it belongs to, or -1 for valence terms
   * @param keys per word, its stem or (for a prefix word) its lower-case prefix
   */
  record Entry(Term term, Explanation.Role role, int owner, String[] keys, boolean[] prefix) {
    int length() {
      return keys.length;
    }
  }

  /** A term that matched tokens {@code from} (inclusive) to {@code to} (exclusive). */
  record Hit(Entry entry, int from, int to) {}

  private final Stemmer stemmer;
  private final Map<String, List<Entry>> byStem = new HashMap<>();
  private final Map<String, List<Entry>> byPrefix = new HashMap<>();
  private final int[] prefixLengths;
  private final List<Entry> regexes = new ArrayList<>();

  TermIndex(Stemmer stemmer, List<Entry> entries) {
    this.stemmer = stemmer;
    TreeSet<Integer> lengths = new TreeSet<>();
    for (Entry entry : entries) {
      if (entry.term().isRegex()) {
        regexes.add(entry);
      } else if (entry.prefix()[0]) {
        byPrefix.computeIfAbsent(entry.keys()[0], key -> new ArrayList<>()).add(entry);
        lengths.add(entry.keys()[0].length());
      } else {
        byStem.computeIfAbsent(entry.keys()[0], key -> new ArrayList<>()).add(entry);
      }
    }
    prefixLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
  }

  static Entry compile(Term term, Explanation.Role role, int owner, Stemmer stemmer) {
    List<Term.Word> words = term.words();
    String[] keys = new String[words.size()];
    boolean[] prefix = new boolean[words.size()];
    for (int i = 0; i < keys.length; i++) {
      Term.Word word = words.get(i);
      prefix[i] = word.prefix();
      keys[i] = word.prefix() ? word.text() : stemmer.stem(word.text());
    }
    return new Entry(term, role, owner, keys, prefix);
  }

  /** All terms that match in the text, in token order; regular expressions last. */
  List<Hit> match(String text, Tokens tokens) {
    String[] stems = new String[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      stems[i] = stemmer.stem(tokens.text(i));
    }
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      addMatches(byStem.get(stems[i]), tokens, stems, i, hits);
      String token = tokens.text(i);
      for (int length : prefixLengths) {
        if (length > token.length()) {
          break;
        }
        addMatches(byPrefix.get(token.substring(0, length)), tokens, stems, i, hits);
      }
    }
    for (Entry entry : regexes) {
      java.util.regex.Matcher matcher = entry.term().regex().matcher(text);
      if (matcher.find()) {
        hits.add(new Hit(entry, tokenAt(tokens, matcher.start()), tokenAfter(tokens, matcher.end())));
      }
    }
    return hits;
  }

  private static void addMatches(List<Entry> candidates, Tokens tokens, String[] stems, int at, List<Hit> hits) {
    if (candidates == null) {
      return;
    }
    for (Entry entry : candidates) {
      if (matchesFrom(entry, tokens, stems, at)) {
        hits.add(new Hit(entry, at, at + entry.length()));
      }
    }
  }

  private static boolean matchesFrom(Entry entry, Tokens tokens, String[] stems, int at) {
    if (at + entry.length() > tokens.size()) {
      return false;
    }
    for (int k = 1; k < entry.length(); k++) {
      boolean same =
          entry.prefix()[k]
              ? tokens.text(at + k).startsWith(entry.keys()[k])
              : stems[at + k].equals(entry.keys()[k]);
      if (!same || tokens.sentence(at + k) != tokens.sentence(at)) {
        return false;
      }
    }
    return true;
  }

  private static int tokenAt(Tokens tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.end(i) > offset) {
        return i;
      }
    }
    return tokens.size();
  }

  private static int tokenAfter(Tokens tokens, int offset) {
    int after = 0;
    for (int i = 0; i < tokens.size() && tokens.start(i) < offset; i++) {
      after = i + 1;
    }
    return after;
  }
}
