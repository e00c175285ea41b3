package nl.waardevol.code;

import java.util.Arrays;
import nl.waardevol.text.Tokens;

/**
 * A text's tokens as the coder sees them: each a {@link Vocabulary.Word}, with its offsets,
 * sentence and clause. Built by {@link Tokens#scan} without a string per token.
 */
final class Scan implements Tokens.Sink {
  private final Vocabulary vocabulary;
  private Vocabulary.Word[] words;
  private int[] start;
  private int[] end;
  private int[] sentence;
  private int[] clause;
  private int size;

  private Scan(Vocabulary vocabulary, int capacity) {
    this.vocabulary = vocabulary;
    words = new Vocabulary.Word[capacity];
    start = new int[capacity];
    end = new int[capacity];
    sentence = new int[capacity];
    clause = new int[capacity];
  }

  static Scan of(String text, Vocabulary vocabulary) {
    Scan scan = new Scan(vocabulary, Math.max(8, text.length() / 5));
    Tokens.scan(text, scan);
    return scan;
  }

  @Override
  public void token(
      char[] lower, int length, int hash, int from, int to, int inSentence, int inClause) {
    if (size == words.length) {
      int capacity = size * 2;
      words = Arrays.copyOf(words, capacity);
      start = Arrays.copyOf(start, capacity);
      end = Arrays.copyOf(end, capacity);
      sentence = Arrays.copyOf(sentence, capacity);
      clause = Arrays.copyOf(clause, capacity);
    }
    words[size] = vocabulary.lookup(lower, length, hash);
    start[size] = from;
    end[size] = to;
    sentence[size] = inSentence;
    clause[size] = inClause;
    size++;
  }

  int size() {
    return size;
  }

  Vocabulary.Word word(int index) {
    return words[index];
  }

  String text(int index) {
    return words[index].text;
  }

  int start(int index) {
    return start[index];
  }

  int end(int index) {
    return end[index];
  }

  int sentence(int index) {
    return sentence[index];
  }

  int clause(int index) {
    return clause[index];
  }
}
