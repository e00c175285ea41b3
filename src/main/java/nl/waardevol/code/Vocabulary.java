package nl.waardevol.code;

import java.util.Set;
import nl.waardevol.text.Lemmatizer;
import nl.waardevol.text.WordClass;

/**
 * Every distinct word a coder has seen, looked up straight from a token's characters: with its
 * lemmas and word class, the codebook terms that may start at it, and whether it negates or
 * contrasts. Spoken text repeats its words, so after the first few documents a token costs one hash
 * probe and no allocation. Not thread-safe: one per coder.
 */
final class Vocabulary {
  /** One distinct lower-case word. */
  static final class Word {
    final String text;
    final Lemmatizer.Analysis analysis;
    final String[] keys;
    final TermIndex.Entry[] starting;
    final boolean negator;
    final boolean contrast;

    /**
     * An adjective that can be nothing else but a noun or adverb: not 'naar' (also a preposition)
     * or 'laten' (also a verb), so that a sentiment lexicon's adjectives meet only adjectives.
     */
    final boolean plainAdjective;

    Word(
        String text,
        Lemmatizer.Analysis analysis,
        String[] keys,
        TermIndex.Entry[] starting,
        boolean negator,
        boolean contrast) {
      this.text = text;
      this.analysis = analysis;
      this.keys = keys;
      this.starting = starting;
      this.negator = negator;
      this.contrast = contrast;
      this.plainAdjective =
          analysis.is(WordClass.ADJECTIVE)
              && !analysis.is(WordClass.VERB)
              && !analysis.is(WordClass.OTHER);
    }

    /** Whether one of its keys is one of {@code termKeys}: the term word matches it. */
    boolean hasKey(String[] termKeys) {
      for (String key : keys) {
        for (String termKey : termKeys) {
          if (key.equals(termKey)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * Past this many words the table starts afresh, so a corpus of random strings cannot grow it
   * without end.
   */
  private static final int LIMIT = 1 << 20;

  private final Lemmatizer lemmatizer;
  private final TermIndex index;
  private final Set<String> negators;
  private final Set<String> contrast;
  private Word[] table = new Word[1 << 14];
  private int[] hashes = new int[1 << 14];
  private int size;

  Vocabulary(Lemmatizer lemmatizer, TermIndex index, Set<String> negators, Set<String> contrast) {
    this.lemmatizer = lemmatizer;
    this.index = index;
    this.negators = negators;
    this.contrast = contrast;
  }

  /** The word spelled by {@code lower[0..length)}, whose string hash is {@code hash}. */
  Word lookup(char[] lower, int length, int hash) {
    int mask = table.length - 1;
    for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
      Word word = table[slot];
      if (word == null) {
        return add(new String(lower, 0, length), hash);
      }
      if (hashes[slot] == hash && same(word.text, lower, length)) {
        return word;
      }
    }
  }

  /** The word for a whole string (used outside the hot loop). */
  Word lookup(String text) {
    return lookup(text.toCharArray(), text.length(), text.hashCode());
  }

  private static boolean same(String text, char[] lower, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) != lower[i]) {
        return false;
      }
    }
    return true;
  }

  private Word add(String text, int hash) {
    if (size >= LIMIT) {
      table = new Word[table.length];
      hashes = new int[hashes.length];
      size = 0;
    } else if (2 * (size + 1) > table.length) {
      grow();
    }
    String[] keys = lemmatizer.tokenKeys(text);
    Word word =
        new Word(
            text,
            lemmatizer.analyse(text),
            keys,
            index.startingAt(text, keys),
            negators.contains(text),
            contrast.contains(text));
    insert(word, hash);
    size++;
    return word;
  }

  private void grow() {
    Word[] oldTable = table;
    int[] oldHashes = hashes;
    table = new Word[oldTable.length * 2];
    hashes = new int[oldTable.length * 2];
    for (int i = 0; i < oldTable.length; i++) {
      if (oldTable[i] != null) {
        insert(oldTable[i], oldHashes[i]);
      }
    }
  }

  private void insert(Word word, int hash) {
    int mask = table.length - 1;
    int slot = slot(hash);
    while (table[slot] != null) {
      slot = (slot + 1) & mask;
    }
    table[slot] = word;
    hashes[slot] = hash;
  }

  /**
   * Fibonacci hashing: the high bits of the hash times the golden ratio. String hashes of short
   * words differ mostly in their low bits, which made linear probing run long chains.
   */
  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(table.length));
  }
}
