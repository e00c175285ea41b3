package nl.waardevol.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens of a text: runs of letters and runs of digits, lower-cased; every other character
 * separates them. Codebook terms and passages are split by this one rule, so a term like
 * {@code zorg-op-maat} is the phrase {@code zorg op maat} on both sides.
 *
 * <p>Each token also knows its sentence and clause, counted from the punctuation before it, so
 * that negation and contrast can stay within a clause or sentence. Held in parallel arrays
 * because this is the hot loop of coding.
 */
public final class Tokens {
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
    int length = input.length();
    int i = 0;
    while (i < length) {
      char c = input.charAt(i);
      int kind = kind(c);
      if (kind == OTHER) {
        builder.punctuation(c);
        i++;
        continue;
      }
      int from = i;
      while (i < length && kind(input.charAt(i)) == kind) {
        i++;
      }
      builder.token(input.subSequence(from, i).toString().toLowerCase(Locale.ROOT), from, i);
    }
    return builder.build();
  }

  private static final int OTHER = 0;
  private static final int LETTER = 1;
  private static final int DIGIT = 2;

  private static int kind(char c) {
    if (Character.isLetter(c)) {
      return LETTER;
    }
    return Character.isDigit(c) ? DIGIT : OTHER;
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

  private static final class Builder {
    private String[] text;
    private int[] start;
    private int[] end;
    private int[] sentence;
    private int[] clause;
    private int size;
    private int currentSentence;
    private int currentClause;

    Builder(int capacity) {
      text = new String[capacity];
      start = new int[capacity];
      end = new int[capacity];
      sentence = new int[capacity];
      clause = new int[capacity];
    }

    void punctuation(char c) {
      switch (c) {
        case '.', '!', '?', '…', '\n' -> {
          currentSentence++;
          currentClause++;
        }
        case ',', ';', ':', '(', ')', '–', '—' -> currentClause++;
        default -> {}
      }
    }

    void token(String token, int from, int to) {
      if (size == text.length) {
        int capacity = size * 2;
        text = Arrays.copyOf(text, capacity);
        start = Arrays.copyOf(start, capacity);
        end = Arrays.copyOf(end, capacity);
        sentence = Arrays.copyOf(sentence, capacity);
        clause = Arrays.copyOf(clause, capacity);
      }
      text[size] = token;
      start[size] = from;
      end[size] = to;
      sentence[size] = currentSentence;
      clause[size] = currentClause;
      size++;
    }

    Tokens build() {
      return new Tokens(text, start, end, sentence, clause, size);
    }
  }
}
