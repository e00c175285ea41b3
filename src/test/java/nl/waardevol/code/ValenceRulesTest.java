package nl.waardevol.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.CodebookLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Valence with the shipped Dutch codebook: sentences as interviewees say them. */
class ValenceRulesTest {
  static Coder coder;
  static Coder english;

  @BeforeAll
  static void load() throws Exception {
    coder = shipped("codebooks/wio-nl.yaml");
    english = shipped("codebooks/ai-en.yaml");
  }

  private static Coder shipped(String file) throws Exception {
    Path path = Path.of(file);
    Codebook codebook = new CodebookLoader().parse(Files.readAllBytes(path), path.toString());
    return new Coder(codebook);
  }

  private Valence valence(String text) {
    return coder.analyse(text).valence();
  }

  @Test
  void aNegatorBindsTheNextValenceTermNotTheOneBefore() {
    assertEquals(Valence.APPRECIATIVE, valence("Het was fijn dat niemand boos werd."));
    assertEquals(Valence.APPRECIATIVE, valence("Gelukkig was er geen wachtlijst."));
    assertEquals(Valence.DEFICIT, valence("Dat vond ik niet fijn."));
    assertEquals(Valence.APPRECIATIVE, valence("Dat was geen probleem."));
  }

  @Test
  void withNoTermAfterItANegatorBindsTheTermBeforeItInTheClause() {
    assertEquals(Valence.DEFICIT, valence("Het hielp niet."));
    assertEquals(Valence.DEFICIT, valence("Het lukte niet, want hij wilde niet."));
    assertEquals(
        Valence.APPRECIATIVE,
        valence("Het lukte, maar niet meteen."),
        "the negator is in another clause");
  }

  @Test
  void aNegatorReachesAVerbFinalTermInItsClause() {
    assertEquals(Valence.DEFICIT, valence("Ik ben bang dat het niet gelukt is."));
    assertEquals(
        Valence.APPRECIATIVE, valence("Maar juf Ilse heeft toen niet gezegd dat het mislukt was."));
    assertEquals(
        Valence.APPRECIATIVE, valence("We gaan niet praten over wat er allemaal mislukt is."));
    assertEquals(
        Valence.APPRECIATIVE,
        valence("We praten over casussen zonder dat iemand de schuld krijgt."));
  }

  @Test
  void zonderScopesOverWhatFollowsNotBack() {
    assertEquals(Valence.APPRECIATIVE, valence("Hij hielp zonder dat we erom vroegen."));
    assertEquals(Valence.APPRECIATIVE, valence("Ze had geduld zonder einde."));
    assertEquals(
        Valence.APPRECIATIVE, valence("Ze kwam zonder oordeel binnen."), "forward still flips");
    assertEquals(Valence.DEFICIT, valence("Het hielp niet."), "other negators still reach back");
    assertEquals(
        Valence.APPRECIATIVE, english.analyse("She helped without being asked.").valence());
  }

  @Test
  void twoNegatorsCancel() {
    assertEquals(Valence.APPRECIATIVE, valence("Zonder haar hulp was het nooit gelukt."));
    assertEquals(Valence.APPRECIATIVE, valence("Zonder jullie was het niet gelukt."));
    assertEquals(
        Valence.DEFICIT,
        valence("Het was niet fijn en ook nooit gezellig."),
        "two negators, two terms");
  }

  @Test
  void aCodesOwnTermIsTheTopicNotTheEvaluation() {
    assertEquals(Valence.APPRECIATIVE, valence("De psycholoog wist veel van angst en dat hielp."));
    assertEquals(Valence.APPRECIATIVE, valence("Ze wist veel van trauma en dat was fijn."));
  }

  @Test
  void aProblemThatIsAnAttitudeCodesTermStillCounts() {
    assertEquals(Valence.DEFICIT, valence("We werden van het kastje naar de muur gestuurd."));
    assertEquals(Valence.DEFICIT, valence("Hij voelde zich daar onveilig."));
    assertEquals(Valence.APPRECIATIVE, valence("Ze luisterde zonder oordeel."));
  }

  @Test
  void aNegatorInsideATermIsPartOfIt() {
    assertEquals(Valence.APPRECIATIVE, valence("Kijk naar het kind en niet naar het dossier."));
    assertEquals(Valence.APPRECIATIVE, valence("Dat hadden we nooit durven dromen."));
    assertEquals(Valence.APPRECIATIVE, valence("Hij wordt nooit boos."));
  }

  @Test
  void aNegatedCodeTermIsDeficitTalk() {
    assertEquals(Valence.DEFICIT, valence("Niemand luisterde naar ons."));
    assertEquals(Valence.DEFICIT, valence("Er werd niet naar ons geluisterd."));
    assertEquals(
        Valence.APPRECIATIVE, valence("Hij ging zonder angst naar school."), "a problem, negated");
  }

  @Test
  void phrasesOfExactWordsDoNotFireOnOtherForms() {
    assertEquals(Valence.NEUTRAL, valence("Ze probeerden hem te laten kiezen."));
    assertEquals(Valence.DEFICIT, valence("Hij kwam altijd te laat."));
  }

  @Test
  void prefixesDoNotCatchCompounds() {
    assertEquals(Valence.NEUTRAL, valence("Hij kreeg een kussen en een stressbal."));
    assertEquals(Valence.NEUTRAL, valence("Het thuiszittersoverleg kwam bijeen."));
    assertEquals(Valence.DEFICIT, valence("Hij zat een jaar thuis, hij was een thuiszitter."));
  }

  @Test
  void spokenDutchEvaluations() {
    assertEquals(Valence.APPRECIATIVE, valence("Toen ging de druk eraf."));
    assertEquals(Valence.APPRECIATIVE, valence("Ze kwam niet met een vooroordeel binnen."));
    assertEquals(Valence.APPRECIATIVE, valence("Zij was de eerste die de deur openzette."));
    assertEquals(Valence.APPRECIATIVE, valence("Dat vond ik zo bijzonder."));
    assertEquals(Valence.APPRECIATIVE, valence("Ik heb gehuild van blijdschap."));
    assertEquals(Valence.APPRECIATIVE, valence("Dat scheelt zoveel stress."));
    assertEquals(Valence.APPRECIATIVE, valence("Je kunt weer vooruitkijken."));
    assertEquals(Valence.APPRECIATIVE, valence("Dit jaar kwam er eindelijk een beschikking."));
    assertEquals(Valence.APPRECIATIVE, valence("Ik was zo opgelucht."));
    assertEquals(Valence.APPRECIATIVE, valence("Dat ze het serieus neemt."));
    assertEquals(Valence.APPRECIATIVE, valence("Ze nam ons serieus."));
    assertEquals(Valence.DEFICIT, valence("Het was een heel eenzame tijd."));
    assertEquals(Valence.DEFICIT, valence("Dat jaar was verloren."));
    assertEquals(Valence.DEFICIT, valence("We waren radeloos."));
  }

  @Test
  void theEnglishCodebookFollowsTheSameRules() {
    assertEquals(
        Valence.APPRECIATIVE, english.analyse("It was nice that nobody got angry.").valence());
    assertEquals(
        Valence.APPRECIATIVE,
        english.analyse("The psychologist knew a lot about anxiety and that helped.").valence());
    assertEquals(Valence.DEFICIT, english.analyse("Nobody listened to us.").valence());
    assertEquals(
        Valence.DEFICIT, english.analyse("It was a lonely time and the year was lost.").valence());
  }
}
