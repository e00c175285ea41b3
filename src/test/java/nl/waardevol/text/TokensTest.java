package nl.waardevol.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {
  private static List<String> texts(Tokens tokens) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      texts.add(tokens.text(i));
    }
    return texts;
  }

  @Test
  void lettersAndDigitsAreSeparateLowerCasedTokensAndEverythingElseSplits() {
    Tokens tokens = Tokens.of("Zorg-op-maat voor 12jarigen, ÉÉN keer!");
    assertEquals(
        List.of("zorg", "op", "maat", "voor", "12", "jarigen", "één", "keer"), texts(tokens));
  }

  @Test
  void offsetsPointIntoTheTextAsWritten() {
    String text = "  Rust, en  TIJD.";
    Tokens tokens = Tokens.of(text);
    for (int i = 0; i < tokens.size(); i++) {
      assertEquals(
          tokens.text(i),
          text.substring(tokens.start(i), tokens.end(i)).toLowerCase(),
          "token " + i);
    }
    assertEquals(2, tokens.start(0));
    assertEquals(17 - 1, tokens.end(2));
  }

  @Test
  void sentencesAndClausesAreCountedFromThePunctuationBefore() {
    Tokens tokens = Tokens.of("Fijn, maar druk. Nu rustig\nen goed");
    assertEquals(List.of(0, 0, 0, 1, 1, 2, 2), sentences(tokens));
    assertEquals(0, tokens.clause(0));
    assertEquals(1, tokens.clause(1)); // after the comma
    assertEquals(2, tokens.clause(3)); // a full stop ends a clause too
  }

  @Test
  void scanHandsOverTheSameTokensWithTheHashOfTheirString() {
    String text = "Samen aan tafel, één Gesprek";
    Tokens tokens = Tokens.of(text);
    List<String> scanned = new ArrayList<>();
    Tokens.scan(
        text,
        (lower, length, hash, start, end, sentence, clause) -> {
          String token = new String(lower, 0, length);
          assertEquals(token.hashCode(), hash, token);
          scanned.add(token);
        });
    assertEquals(texts(tokens), scanned);
  }

  @Test
  void aTokenLongerThanTheScanBufferIsWhole() {
    String word = "a".repeat(200);
    Tokens tokens = Tokens.of("x " + word + " y");
    assertEquals(List.of("x", word, "y"), texts(tokens));
  }

  @Test
  void textWithoutLettersOrDigitsHasNoTokens() {
    assertEquals(0, Tokens.of(" -- ... !? ").size());
    assertEquals(0, Tokens.of("").size());
  }

  private static List<Integer> sentences(Tokens tokens) {
    List<Integer> sentences = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      sentences.add(tokens.sentence(i));
    }
    return sentences;
  }
}
