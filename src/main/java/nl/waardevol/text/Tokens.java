package nl.waardevol.text;

import java.util.Arrays;

/**
 * The tokens of a text: runs of letters and runs of digits, lower-cased; every other character
 * separates them. Codebook terms and passages are split by this one rule, so a term like {@code
 * zorg-op-maat} is the phrase {@code zorg op maat} on both sides.
 *
 * <p>Each token also knows its sentence and clause, counted from the punctuation before it, so that
 * negation and contrast can stay within a clause or sentence. {@link #scan} is the tokenizer
 * itself, which hands each token over without making a string of it: the coder's hot loop looks
 * tokens up in its vocabulary straight from the characters.
 */
public final class Tokens {
  /** Receives each token as it is found. */
  public interface Sink {
    /**
     * @param lower the token lower-cased, in {@code lower[0..length)}; reused after the call
     * @param hash the {@link String#hashCode()} the lower-cased token would have
     */
    void token(char[] lower, int length, int hash, int start, int end, int sentence, int clause);
  }

  private static final byte OTHER = 0;
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII[c] = LETTER;
      ASCII[Character.toUpperCase(c)] = LETTER;
    }
    for (char c = '0'; c <= '9'; c++) {
      ASCII[c] = DIGIT;
    }
  }

  private final String[] text;
  private final int[] start;
  private final int[] end;
  private final int[] sentence;
  private final int[] clause;
  private final int size;

  private Tokens(String[] text, int[] start, int[] end, int[] sentence, int[] clause, int size) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.sentence = sentence;
    this.clause = clause;
    this.size = size;
  }

  public static Tokens of(CharSequence input) {
    Builder builder = new Builder(Math.max(8, input.length() / 5));
    scan(input, builder);
    return builder.build();
  }

  /** Splits {@code input} into tokens and hands each to {@code sink}, in order. */
  public static void scan(CharSequence input, Sink sink) {
    int length = input.length();
    char[] lower = new char[Math.min(length, 64) + 1];
    int sentence = 0;
    int clause = 0;
    int i = 0;
    while (i < length) {
      char c = input.charAt(i);
      byte kind = kind(c);
      if (kind == OTHER) {
        if (endsSentence(c)) {
          sentence++;
          clause++;
        } else if (endsClause(c)) {
          clause++;
        }
        i++;
        continue;
      }
      int from = i;
      int hash = 0;
      int count = 0;
      while (i < length && kind(c = input.charAt(i)) == kind) {
        char folded =
            c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
        if (count == lower.length) {
          lower = Arrays.copyOf(lower, count * 2);
        }
        lower[count++] = folded;
        hash = 31 * hash + folded;
        i++;
      }
      sink.token(lower, count, hash, from, i, sentence, clause);
    }
  }

  private static byte kind(char c) {
    if (c < 128) {
      return ASCII[c];
    }
    if (Character.isLetter(c)) {
      return LETTER;
    }
    return Character.isDigit(c) ? DIGIT : OTHER;
  }

  private static boolean endsSentence(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '\n';
  }

  private static boolean endsClause(char c) {
    return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '–' || c == '—';
  }

  public int size() {
    return size;
  }

  /** The lower-cased token. */
  public String text(int index) {
    return text[index];
  }

  /** Character offset of the token's first character in the tokenized text. */
  public int start(int index) {
    return start[index];
  }

  public int end(int index) {
    return end[index];
  }

  public int sentence(int index) {
    return sentence[index];
  }

  public int clause(int index) {
    return clause[index];
  }

  private static final class Builder implements Sink {
    private String[] text;
    private int[] start;
    private int[] end;
    private int[] sentence;
    private int[] clause;
    private int size;

    Builder(int capacity) {
      text = new String[capacity];
      start = new int[capacity];
      end = new int[capacity];
      sentence = new int[capacity];
      clause = new int[capacity];
    }

    @Override
    public void token(
        char[] lower, int length, int hash, int from, int to, int inSentence, int inClause) {
      if (size == text.length) {
        int capacity = size * 2;
        text = Arrays.copyOf(text, capacity);
        start = Arrays.copyOf(start, capacity);
        end = Arrays.copyOf(end, capacity);
        sentence = Arrays.copyOf(sentence, capacity);
        clause = Arrays.copyOf(clause, capacity);
      }
      text[size] = new String(lower, 0, length);
      start[size] = from;
      end[size] = to;
      sentence[size] = inSentence;
      clause[size] = inClause;
      size++;
    }

    Tokens build() {
      return new Tokens(text, start, end, sentence, clause, size);
    }
  }
}
