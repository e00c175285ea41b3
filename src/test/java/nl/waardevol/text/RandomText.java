package nl.waardevol.text;

import java.util.List;
import java.util.Random;

/**
 * Random text for property tests, as Lucene's test framework makes it: mostly realistic pieces
 * (Dutch words, speaker labels, punctuation, line breaks, headings), mixed with odd ones (every
 * kind of white space, emoji, combining marks, quotes, formulas, random code points). Every test
 * run uses the same seeds unless {@code -Dwaardevol.seed=N} asks for others; a failure names its
 * seed.
 */
public final class RandomText {
  /** How many random cases a property checks per run. */
  public static final int CASES = 1500;

  private static final List<String> WORDS =
      List.of(
          "rust",
          "tafel",
          "samen",
          "school",
          "zorg",
          "we",
          "zaten",
          "rond",
          "de",
          "het",
          "fijn",
          "geholpen",
          "niet",
          "maar",
          "moeder",
          "Lotte",
          "Sanne",
          "hoogbegaafd",
          "12",
          "06-12345678",
          "één",
          "café",
          "naïef",
          "Ĳsselmeer",
          "straße",
          "ﬁne",
          "İstanbul");
  private static final List<String> PIECES =
      List.of(
          " ",
          " ",
          " ",
          "  ",
          ". ",
          ", ",
          "! ",
          "? ",
          "… ",
          ": ",
          "; ",
          "\n",
          "\n",
          "\n\n",
          "\r\n",
          "\t",
          "\u00A0",
          "\u2028",
          "\u3000",
          "\u200B",
          "\"",
          "'",
          "“",
          "”",
          "(",
          ")",
          "-",
          "—",
          "\nI: ",
          "\nR: ",
          "\nInterviewer: ",
          "\nSanne: ",
          "\n[NAAM-1]: ",
          "\n# Kop\n",
          "\n---\n",
          "\n- ",
          "=SUM(A1)",
          "+31",
          "@x",
          "😀",
          "👩‍👧",
          "e\u0301",
          "\uFEFF",
          "\\",
          "\u0001");

  private RandomText() {}

  /** The first seed of this run. */
  public static long baseSeed() {
    return Long.getLong("waardevol.seed", 20261207L);
  }

  /** A random text of up to about {@code maxPieces} pieces. */
  public static String text(Random random, int maxPieces) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(maxPieces + 1);
    for (int i = 0; i < pieces; i++) {
      int kind = random.nextInt(10);
      if (kind < 6) {
        text.append(WORDS.get(random.nextInt(WORDS.size())));
      } else if (kind < 9) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      } else {
        text.appendCodePoint(codePoint(random));
      }
    }
    return text.toString();
  }

  /** Any code point but NUL (which makes a file binary) and lone surrogates. */
  private static int codePoint(Random random) {
    while (true) {
      int codePoint =
          random.nextBoolean() ? 1 + random.nextInt(0x2FF) : 1 + random.nextInt(0x1FFFF);
      if (Character.isDefined(codePoint)
          && Character.getType(codePoint) != Character.SURROGATE
          && Character.getType(codePoint) != Character.UNASSIGNED) {
        return codePoint;
      }
    }
  }

  /** The text with Java escapes, so that a failure shows invisible characters. */
  public static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (c >= 0x20 && c < 0x7F && c != '\\') {
                out.append((char) c);
              } else {
                out.append(String.format("\\u{%X}", c));
              }
            });
    return out.toString();
  }
}
