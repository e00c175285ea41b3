package nl.waardevol.code;

import com.google.re2j.Matcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.waardevol.codebook.Term;
import nl.waardevol.text.Lemmatizer;

/**
 * Every token term of a codebook compiled for lookup by its first word: plain words in a hash map
 * of their lemmas (or stems, for words the dictionary lacks), exact words in a hash map of forms,
 * prefixes in a trie. The terms that may start at a word are found once per distinct word ({@link
 * #startingAt}) and kept in the coder's {@link Vocabulary}, so the cost per token does not grow
 * with the number of terms.
 */
final class TermIndex {
  /**
   * A compiled term.
   *
   * @param owner the index of the code it belongs to, or -1 for valence terms
   * @param keys per word: its lemma keys ({@link Lemmatizer#termKeys}), its exact form, or its
   *     prefix, as {@code kinds} says
   */
  record Entry(
      Term term,
      Explanation.Role role,
      int owner,
      String[][] keys,
      Term.Kind[] kinds,
      boolean adjective) {
    Entry(Term term, Explanation.Role role, int owner, String[][] keys, Term.Kind[] kinds) {
      this(term, role, owner, keys, kinds, false);
    }

    int length() {
      return keys.length;
    }
  }

  /** A term that matched tokens {@code from} (inclusive) to {@code to} (exclusive). */
  record Hit(Entry entry, int from, int to) {}

  private final Map<String, List<Entry>> byStem = new HashMap<>();
  private final Map<String, List<Entry>> byForm = new HashMap<>();
  private final PrefixTrie byPrefix;
  private final List<Entry> regexes = new ArrayList<>();

  TermIndex(List<Entry> entries) {
    Map<String, List<Entry>> prefixes = new TreeMap<>();
    for (Entry entry : entries) {
      if (entry.term().isRegex()) {
        regexes.add(entry);
        continue;
      }
      Map<String, List<Entry>> first =
          switch (entry.kinds()[0]) {
            case STEM -> byStem;
            case EXACT -> byForm;
            case PREFIX -> prefixes;
          };
      for (String key : entry.keys()[0]) {
        first.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
      }
    }
    this.byPrefix = new PrefixTrie(prefixes);
  }

  static Entry compile(Term term, Explanation.Role role, int owner, Lemmatizer lemmatizer) {
    List<Term.Word> words = term.words();
    String[][] keys = new String[words.size()][];
    Term.Kind[] kinds = new Term.Kind[words.size()];
    for (int i = 0; i < keys.length; i++) {
      Term.Word word = words.get(i);
      kinds[i] =
          word.kind() == Term.Kind.STEM
                  && keys.length > 1
                  && lemmatizer.formOnlyInPhrase(word.text())
              ? Term.Kind.EXACT
              : word.kind();
      keys[i] =
          kinds[i] == Term.Kind.STEM
              ? lemmatizer.termKeys(word.text())
              : new String[] {word.text()};
    }
    return new Entry(term, role, owner, keys, kinds);
  }

  /** A one-word adjective of a sentiment lexicon, matched by its adjective readings only. */
  static Entry compileAdjective(Term term, Explanation.Role role, Lemmatizer lemmatizer) {
    String[][] keys = {lemmatizer.adjectiveKeys(term.words().get(0).text())};
    return new Entry(term, role, -1, keys, new Term.Kind[] {Term.Kind.STEM}, true);
  }

  private static final Entry[] NONE = new Entry[0];

  /**
   * The terms whose first word matches the word {@code text} with stem {@code stem}; an array,
   * because the hot loop walks it for every token and most are empty.
   */
  Entry[] startingAt(String text, String[] keys) {
    Set<Entry> starting = new LinkedHashSet<>();
    for (String key : keys) {
      starting.addAll(byStem.getOrDefault(key, List.of()));
    }
    starting.addAll(byForm.getOrDefault(text, List.of()));
    byPrefix.forEachPrefixOf(text, starting::addAll);
    return starting.isEmpty() ? NONE : starting.toArray(Entry[]::new);
  }

  /** All terms that match in the text, in token order; regular expressions last. */
  List<Hit> match(String text, Scan scan) {
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < scan.size(); i++) {
      for (Entry entry : scan.word(i).starting) {
        if (entry.adjective() && !scan.word(i).plainAdjective) {
          continue;
        }
        if (matchesFrom(entry, scan, i)) {
          hits.add(new Hit(entry, i, i + entry.length()));
        }
      }
    }
    for (Entry entry : regexes) {
      Matcher matcher = entry.term().regex().matcher(text);
      if (matcher.find()) {
        hits.add(new Hit(entry, tokenAt(scan, matcher.start()), tokenAfter(scan, matcher.end())));
      }
    }
    return hits;
  }

  private static boolean matchesFrom(Entry entry, Scan scan, int at) {
    if (at + entry.length() > scan.size()) {
      return false;
    }
    for (int k = 1; k < entry.length(); k++) {
      String[] keys = entry.keys()[k];
      Vocabulary.Word word = scan.word(at + k);
      boolean same =
          switch (entry.kinds()[k]) {
            case STEM -> word.hasKey(keys);
            case EXACT -> word.text.equals(keys[0]);
            case PREFIX -> word.text.startsWith(keys[0]);
          };
      if (!same || scan.sentence(at + k) != scan.sentence(at)) {
        return false;
      }
    }
    return true;
  }

  private static int tokenAt(Scan tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.end(i) > offset) {
        return i;
      }
    }
    return tokens.size();
  }

  private static int tokenAfter(Scan tokens, int offset) {
    int after = 0;
    for (int i = 0; i < tokens.size() && tokens.start(i) < offset; i++) {
      after = i + 1;
    }
    return after;
  }
}
