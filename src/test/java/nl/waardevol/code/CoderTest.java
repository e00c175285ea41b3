package nl.waardevol.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.CodebookLoader;
import nl.waardevol.stance.Stance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoderTest {
  static Coder coder;

  @BeforeAll
  static void load() throws Exception {
    Path mini = Path.of("src/test/resources/codebooks/mini.yaml");
    Codebook codebook = new CodebookLoader().parse(Files.readAllBytes(mini), mini.toString());
    coder = new Coder(codebook);
  }

  private List<String> codes(String text) {
    return coder.analyse(text).codes();
  }

  private Stance valence(String text) {
    return coder.analyse(text).valence();
  }

  @Test
  void wordsMatchAfterStemmingNotAsSubstrings() {
    assertEquals(List.of("samenwerking"), codes("De samenwerkingen liepen soepel."));
    assertEquals(List.of("tijd"), codes("Er kwam rust in huis."));
    assertEquals(List.of(), codes("De onrustige periode."), "'rust' is no substring match");
  }

  @Test
  void prefixesPhrasesAndRegexes() {
    assertEquals(List.of("hoogbegaafdheid"), codes("Hoogbegaafdheid werd herkend."));
    assertEquals(List.of("samenwerking"), codes("We zaten allemaal rond de tafel."));
    assertEquals(List.of(), codes("De tafel stond rond."), "a phrase needs its words in order");
    assertEquals(List.of("samenwerking"), codes("School en   zorg vonden elkaar."));
    assertEquals(List.of("tijd"), codes("Hij mocht in zijn eigen tempo werken."));
  }

  @Test
  void anExcludeTermSuppressesTheCode() {
    assertEquals(List.of(), codes("Het samenwerkingsverband regelde de samenwerking."));
  }

  @Test
  void matchedNamesEveryTermThatFired() {
    Analysis analysis =
        coder.analyse(
            "De samenwerking was goed, iedereen zat rond de tafel. We voelden ons serieus genomen.");
    assertEquals(List.of("samenwerking", "luisteren"), analysis.codes());
    assertEquals(List.of("proces", "houding"), analysis.categories());
    assertEquals(
        List.of(
            "samenwerking:samenwerking", "samenwerking:rond de tafel", "luisteren:serieus genomen"),
        analysis.matched());
  }

  @Test
  void valenceCountsAppreciativeAgainstDeficitTerms() {
    assertEquals(Stance.APPRECIATIVE, valence("Het was fijn."));
    assertEquals(Stance.DEFICIT, valence("Het was een probleem."));
    assertEquals(Stance.NEUTRAL, valence("Hij gaat naar school."));
  }

  @Test
  void aNegatorFlipsAValenceTermNearby() {
    assertEquals(Stance.DEFICIT, valence("Dat vond ik niet fijn."));
    assertEquals(Stance.APPRECIATIVE, valence("Dat was geen probleem."));
    assertEquals(Stance.DEFICIT, valence("Het heeft ons nooit geholpen."));
    assertEquals(
        Stance.DEFICIT,
        valence("De school heeft geholpen niet."),
        "a negator after the term counts too");
  }

  @Test
  void aNegatorStopsAtTheClause() {
    assertEquals(Stance.APPRECIATIVE, valence("Niet thuis, fijn op school."));
  }

  @Test
  void afterAContrastWordTheSecondClauseWeighsMore() {
    assertEquals(Stance.APPRECIATIVE, valence("Het was moeilijk, maar de mentor was fijn."));
    assertEquals(Stance.DEFICIT, valence("De mentor was fijn, maar het bleef moeilijk."));
  }

  @Test
  void aLongerValenceTermWinsOverAShorterOneInside() {
    assertEquals(Stance.DEFICIT, valence("We werden van het kastje naar de muur gestuurd."));
  }

  @Test
  void aHugePassageOfOneValenceWordDoesNotHang() {
    // 200,000 valence hits in one passage: comparing each with every kept one took minutes. A hang
    // guard, not a measurement (bench/ measures speed).
    String text = "Fijn. ".repeat(200_000);
    Stance valence =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> coder.analyse(text).valence());
    assertEquals(Stance.APPRECIATIVE, valence);
  }
}
