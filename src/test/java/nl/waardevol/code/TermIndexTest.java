package nl.waardevol.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.waardevol.codebook.TermParser;
import nl.waardevol.text.Lemmatizer;
import org.junit.jupiter.api.Test;

class TermIndexTest {
  private final Lemmatizer stemmer = new Lemmatizer("nl");

  private TermIndex index(String... written) throws TermParser.Invalid {
    List<TermIndex.Entry> entries = new ArrayList<>();
    for (int i = 0; i < written.length; i++) {
      entries.add(
          TermIndex.compile(
              new TermParser().parse(written[i], 0), Explanation.Role.INCLUDE, i, stemmer));
    }
    return new TermIndex(entries);
  }

  /** Each hit as term@from-to, in the order the index gives them. */
  private List<String> hits(TermIndex index, String text) {
    Vocabulary vocabulary = new Vocabulary(stemmer, index, Set.of(), Set.of());
    return index.match(text, Scan.of(text, vocabulary)).stream()
        .map(hit -> hit.entry().term().source() + "@" + hit.from() + "-" + hit.to())
        .toList();
  }

  @Test
  void aStemmedTermFindsOtherFormsOfItsWord() throws Exception {
    TermIndex index = index("samenwerking");
    assertEquals(List.of("samenwerking@1-2"), hits(index, "De samenwerkingen liepen goed."));
  }

  @Test
  void anExactTermFindsOnlyItsOwnForm() throws Exception {
    TermIndex index = index("=tekenen");
    assertEquals(List.of("=tekenen@1-2"), hits(index, "Ze tekenen graag."));
    assertEquals(List.of(), hits(index, "Een tekening."));
  }

  @Test
  void aPhraseMatchesItsWordsInOrderWithinOneSentence() throws Exception {
    TermIndex index = index("rond de tafel");
    assertEquals(List.of("rond de tafel@2-5"), hits(index, "We zaten rond de tafel."));
    assertEquals(List.of(), hits(index, "We liepen rond. De tafel was leeg."));
    assertEquals(List.of(), hits(index, "De tafel rond."));
  }

  @Test
  void aWildcardMatchesEveryWordThatStartsWithIt() throws Exception {
    TermIndex index = index("hoogbegaafd*", "extra hulp*");
    assertEquals(
        List.of("hoogbegaafd*@0-1", "extra hulp*@2-4"),
        hits(index, "Hoogbegaafdheid vraagt extra hulpverlening."));
  }

  @Test
  void hitsComeInTokenOrderWithRegularExpressionsLast() throws Exception {
    TermIndex index = index("re:\\bsamen\\b", "tafel", "rust");
    assertEquals(
        List.of("rust@0-1", "tafel@3-4", "re:\\bsamen\\b@4-5"),
        hits(index, "Rust aan de tafel, samen."));
  }

  @Test
  void termsStartingAtAWordComeFromStemFormAndPrefixAlike() throws Exception {
    TermIndex index = index("hulp", "=hulp", "hulp*", "zorg");
    TermIndex.Entry[] starting = index.startingAt("hulp", stemmer.tokenKeys("hulp"));
    assertEquals(
        List.of("hulp", "=hulp", "hulp*"),
        Arrays.stream(starting).map(entry -> entry.term().source()).toList());
    assertEquals(0, index.startingAt("koffie", stemmer.tokenKeys("koffie")).length);
  }
}
