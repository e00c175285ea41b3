package nl.waardevol.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lemmas and word classes from the dictionaries, and how terms and tokens are compared by them. */
class LemmatizerTest {
  private final Lemmatizer dutch = new Lemmatizer("nl");
  private final Lemmatizer english = new Lemmatizer("en");

  @Test
  void dutchFormsHaveTheirLemmas() {
    assertEquals(List.of("luisteren"), dutch.analyse("luisterde").lemmas());
    assertEquals(List.of("helpen"), dutch.analyse("geholpen").lemmas());
    assertEquals(List.of("opbloeien"), dutch.analyse("opgebloeid").lemmas());
    assertEquals(List.of("wachtlijst"), dutch.analyse("wachtlijsten").lemmas());
    assertTrue(dutch.analyse("wachtlijsten").is(WordClass.NOUN));
    assertTrue(dutch.analyse("hielp").is(WordClass.VERB));
    assertTrue(dutch.analyse("fijn").is(WordClass.ADJECTIVE));
  }

  @Test
  void englishFormsHaveTheirLemmas() {
    assertEquals(List.of("listen"), english.analyse("listened").lemmas());
    assertEquals(List.of("child"), english.analyse("children").lemmas());
  }

  @Test
  void aTermMatchesEveryFormOfItsLemmaAndNotTheStemsLookalikes() {
    assertTrue(shares(dutch.tokenKeys("geluisterd"), dutch.termKeys("luisteren")));
    assertTrue(shares(dutch.tokenKeys("hielp"), dutch.termKeys("helpen")));
    // Snowball stems 'boos' as 'bos' and 'hele' as 'hel'.
    assertFalse(shares(dutch.tokenKeys("bos"), dutch.termKeys("boos")));
    assertFalse(shares(dutch.tokenKeys("hel"), dutch.termKeys("hele")));
  }

  @Test
  void aTermThatIsALemmaIsNotAlsoReadAsAVerbForm() {
    assertArrayEquals(new String[] {"drukte"}, dutch.termKeys("drukte"));
    assertFalse(shares(dutch.tokenKeys("druk"), dutch.termKeys("drukte")));
    assertTrue(shares(dutch.tokenKeys("fijn"), dutch.termKeys("fijne")));
  }

  @Test
  void wordsTheDictionaryLacksAreComparedByStem() {
    assertTrue(shares(dutch.tokenKeys("thuiszitters"), dutch.termKeys("thuiszitter")));
    assertEquals(List.of("een"), dutch.analyse("één").lemmas(), "accents of emphasis are dropped");
  }

  @Test
  void functionWordsAndAuxiliariesMatchAsWrittenInPhrases() {
    assertTrue(dutch.formOnlyInPhrase("me"));
    assertTrue(dutch.formOnlyInPhrase("was"));
    assertTrue(english.formOnlyInPhrase("is"));
    assertFalse(dutch.formOnlyInPhrase("gezien"));
  }

  @Test
  void randomTextNeverFails() {
    java.util.Random random = new java.util.Random(7);
    String letters = "abcdeéëijklmnoöprstuvwxyz'-";
    for (int i = 0; i < 5_000; i++) {
      StringBuilder word = new StringBuilder();
      for (int n = 1 + random.nextInt(12); n > 0; n--) {
        word.append(letters.charAt(random.nextInt(letters.length())));
      }
      String lower = word.toString();
      assertTrue(dutch.tokenKeys(lower).length >= 1);
      assertTrue(dutch.termKeys(lower).length >= 1);
      assertTrue(english.tokenKeys(lower).length >= 1);
    }
  }

  private static boolean shares(String[] a, String[] b) {
    return List.of(a).stream().anyMatch(List.of(b)::contains);
  }
}
