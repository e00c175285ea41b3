package nl.waardevol.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.waardevol.read.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PseudonymiserTest {
  private final Redactor redactor = redactor("nl");

  private static Redactor redactor(String language) {
    try {
      return Redactor.create(null, List.of("mentor"), language);
    } catch (InputProblem e) {
      throw new AssertionError(e);
    }
  }

  private String redact(String text) {
    return redactor.forDocument(Map.of("region", "Rotterdam"), List.of()).redact(text, "nl").text();
  }

  @Test
  void onePersonKeepsOnePlaceholderInADocument() {
    Pseudonymiser document =
        redactor.forDocument(Map.of("interviewer", "Sanne de Graaf"), List.of("Moeder van Sam"));
    assertEquals(
        "[NAAM-1] belde. Toen kwam [NAAM-2]. Mevrouw [NAAM-1] zei dat [NAAM-2] rust nodig had.",
        document
            .redact(
                "Sanne belde. Toen kwam sam. Mevrouw De Graaf zei dat Sam rust nodig had.", "nl")
            .text());
    assertEquals("[NAAM-2] lacht.", document.redact("Sam lacht.", "nl").text());
  }

  @Test
  void peopleWhoShareASurnameKeepTheirOwnPlaceholders() {
    Pseudonymiser document =
        redactor.forDocument(
            Map.of("interviewee", "Yvonne de Vries", "child", "Sem de Vries"), List.of("Yvonne"));
    assertEquals(
        "[NAAM-1] en [NAAM-2]. [NAAM-2] lacht, [NAAM-1] ook. Mevrouw [NAAM-3] belde.",
        document
            .redact(
                "Yvonne de Vries en Sem de Vries. Sem lacht, Yvonne ook. Mevrouw De Vries belde.",
                "nl")
            .text());
    assertEquals("[NAAM-1]; [NAAM-2]", document.placeholderFor("Yvonne de Vries; Sem de Vries"));
  }

  @Test
  void aFirstNameMetAloneIsThePersonWithThatFirstNameAndASurname() {
    Pseudonymiser document = redactor.forDocument(Map.of(), List.of());
    assertEquals(
        "[NAAM-1] zei dat [NAAM-1] rust had.",
        document.redact("Fenna zei dat Fenna van Dijk rust had.", "nl").text());
  }

  @Test
  void placeholdersStartAgainInAnotherDocument() {
    assertEquals("[NAAM-1] en [NAAM-2]", redact("Lotte en Bram"));
    assertEquals("[NAAM-1] en [NAAM-2]", redact("Bram en Lotte"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Dan gaan we verder.",
        "Wil je thee?",
        "Ben je er klaar voor?",
        "Klein beginnen hielp.",
        "Elke dag ging ze.",
        "Lees niet alleen het dossier.",
        "We gingen naar Rotterdam.",
        "Ze leerde Engels en rekenen.",
        "Het was een lange dag en ik ben moe.",
        "In 2020 en 2021, 25 keer, groep 8, om 14:30.",
        "Het nummer 123456789 haalt de elfproef niet.",
        "Op 3 april 2024 was het gesprek.",
        "Sinds de verandering 2 jaar geleden ging het beter.",
        "Ze belde Veilig Thuis in Rotterdam 2 keer.",
        "Haar antwoord 3 keer herhalen hielp.",
        "Mijn zus kreeg een roos van de juf.",
        "We verhuisden naar Den Bosch, het Rode Kruis hielp. In Holland is dat zo."
      })
  void ordinaryTextSurvives(String text) {
    assertEquals(text, redact(text));
  }

  @Test
  void aCommonWordIsANameInsideASentence() {
    assertEquals("Toen zei [NAAM-1] dat het goed ging.", redact("Toen zei Dan dat het goed ging."));
    assertEquals("[NAAM-1] vertelde het.", redact("Lotte vertelde het."));
    assertEquals("ik zag [NAAM-1] gisteren", redact("ik zag lotte gisteren"));
  }

  @Test
  void englishCommonWordsSurviveAtTheStartOfASentence() {
    Pseudonymiser document = redactor("en").forDocument(Map.of(), List.of());
    assertEquals(
        "Will you believe it? Mark my words: [NAME-1] helped.",
        document.redact("Will you believe it? Mark my words: Olivia helped.", "en").text());
  }

  @Test
  void particleSurnamesTitlesAndInitialsJoinTheName() {
    assertEquals(
        "Mevrouw [NAAM-1] en meneer [NAAM-2] en [NAAM-3].",
        redact("Mevrouw de Vries en meneer Van Gils en J. Jansen."));
    assertEquals("Toen kwam [NAAM-1] erbij.", redact("Toen kwam Lotte\nde Jong erbij."));
    assertEquals("[NAAM-1]'s geduld", redact("Lotte's geduld"));
  }

  @Test
  void numbersAreCheckedBeforeTheyAreReplaced() {
    assertTrue(IdentifierPatterns.passesElevenTest("111222333"));
    assertFalse(IdentifierPatterns.passesElevenTest("123456789"));
    assertTrue(IdentifierPatterns.validIban("NL91 ABNA 0417 1643 00"));
    assertFalse(IdentifierPatterns.validIban("NL92 ABNA 0417 1643 00"));
    assertEquals("BSN [BSN-1], niet 123456789", redact("BSN 111222333, niet 123456789"));
    assertEquals("IBAN [IBAN-1].", redact("IBAN NL91 ABNA 0417 1643 00."));
  }

  @Test
  void contactDetailsAreReplaced() {
    assertEquals(
        "Bel [TELEFOON-1] of [TELEFOON-2], mail [E-MAIL-1].",
        redact("Bel 06-12345678 of +31 (0)10 123 4567, mail j.jansen@school.nl."));
    assertEquals(
        "Op de [ADRES-1], [POSTCODE-1] Rotterdam.",
        redact("Op de Kerkstraat 12b, 3011 AB Rotterdam."));
    assertEquals(
        "Hij is geboren op [GEBOORTEDATUM-1].", redact("Hij is geboren op 12 maart 2014."));
    assertEquals(
        "[NAAM-1] ([LEEFTIJD-1]) en de [LEEFTIJD-2]-jarige [NAAM-2]",
        redact("Lotte (9) en de 12-jarige Sem"));
  }

  @Test
  void anAddressIsACapitalisedStreetWithANumberAndNoMore() {
    assertEquals("Ook [ADRES-1] bis.", redact("Ook Dorpsstraat 5 bis."));
    assertEquals(
        "Op de [ADRES-1] en [ADRES-2].", redact("Op de Markt 3 en Laan van Meerdervoort 120."));
    assertEquals("[ADRES-1] was het.", redact("Lange Nieuwstraat 14-2 was het."));
    assertEquals(
        "Het adres is [ADRES-1], al 10 jaar.",
        redact("Het adres is Burg. Jansenlaan 12, al 10 jaar."));
    assertEquals("de loopbaan 3 keer", redact("de loopbaan 3 keer"));
  }

  @Test
  void anEverydayWordIsANameInLowerCaseOnlyForAKnownPerson() {
    assertEquals("[NAAM-1] kreeg een roos.", redact("Roos kreeg een roos."));
    Pseudonymiser document = redactor.forDocument(Map.of("child", "Roos"), List.of());
    assertEquals("[NAAM-1] lacht.", document.redact("roos lacht.", "nl").text());
  }

  @Test
  void aNameAfterATitleOrAFamilyWordIsANameEvenWhenNoListKnowsIt() {
    assertEquals("Haar juf, mw. [NAAM-1], was goed.", redact("Haar juf, mw. Bakker, was goed."));
    assertEquals(
        "Mijn moeder [NAAM-1] en mijn mentor [NAAM-2] kwamen.",
        redact("Mijn moeder Jantien en mijn mentor Jorieke kwamen."));
    assertEquals("Mijn zus, [NAAM-1], hielp.", redact("Mijn zus, ilse de groot, hielp."));
  }

  @Test
  void aBirthDateAFewWordsAfterItsWord() {
    assertEquals(
        "De geboortedatum gecheckt: [GEBOORTEDATUM-1].",
        redact("De geboortedatum gecheckt: 12-05-2014."));
  }

  @Test
  void aBirthDateLeavesTheSentencesFullStop() {
    assertEquals(
        "Mijn verjaardag is [GEBOORTEDATUM-1]. Ik ben blij.",
        redact("Mijn verjaardag is 3 juni. Ik ben blij."));
    assertEquals(
        "Geboren op [GEBOORTEDATUM-1] in Emmen.", redact("Geboren op 3 jun. 2009 in Emmen."));
  }

  @Test
  void personalMetadataValuesBecomePlaceholders() {
    Pseudonymiser document = redactor.forDocument(Map.of("mentor", "Yvonne Kuipers"), List.of());
    assertEquals("[NAAM-1] belde.", document.redact("Yvonne belde.", "nl").text());
    assertEquals("[NAAM-1]; [NAAM-2]", document.placeholderFor("Yvonne Kuipers; Ilse Wolters"));
    assertEquals(Map.of("[NAAM-1]", "Yvonne", "[NAAM-2]", "Ilse Wolters"), document.key());
  }

  @Test
  void aPassageThatIsMostlyIdentifiersIsNotQuotable() {
    Redaction redaction =
        redactor
            .forDocument(Map.of(), List.of())
            .redact("Geduld: Yvonne Kuipers, Lotte de Jong, Sem Bakker en Anne-Marie Smit.", "nl");
    assertFalse(redaction.quotable(), redaction.toString());
    assertTrue(
        redactor
            .forDocument(Map.of(), List.of())
            .redact("Lotte had veel geduld met ons.", "nl")
            .quotable());
  }

  @Test
  void placeholdersAlreadyInTheTextStay() {
    Redaction redaction =
        redactor.forDocument(Map.of(), List.of()).redact("[NAAM-3] belde met Lotte.", "nl");
    assertEquals("[NAAM-3] belde met [NAAM-1].", redaction.text());
    assertEquals(2, redaction.removed());
  }

  @Test
  void aNewPlaceholderNeverTakesTheNumberOfOneAlreadyInTheText() {
    Pseudonymiser document = redactor.forDocument(Map.of(), List.of());
    document.reserve("interviewer: [NAAM-2]");
    assertEquals(
        "[NAAM-1] belde met [NAAM-3], [NAAM-2] ook.",
        document.redact("[NAAM-1] belde met Lotte, [NAAM-2] ook.", "nl").text());
    assertEquals("[NAAM-2]", document.placeholderFor("[NAAM-2]"));
  }

  @Test
  void anIbanHasItsCountrysLength() {
    assertEquals(
        "IBAN [IBAN-1] en mijn BSN is [BSN-1].",
        redact("IBAN NL20 INGB 0001 2345 67 en mijn BSN is 111222333."));
    assertEquals("[IBAN-1] en [IBAN-2]", redact("DE89 3704 0044 0532 0130 00 en BE68539007547034"));
    // Mod 97 holds, but a Dutch IBAN has 18 characters, not 19.
    assertEquals("NL61 INGB 0001 2345 670", redact("NL61 INGB 0001 2345 670"));
  }

  @Test
  void identifiersGluedToWordsAreFound() {
    assertEquals("nummer[TELEFOON-1]", redact("nummer06-12345678"));
    assertEquals("bsn[BSN-1]", redact("bsn111222333"));
    assertEquals("[NAAM-1][TELEFOON-1]", redact("Lotte06-12345678"));
    assertEquals("rekening[IBAN-1]", redact("rekeningNL91ABNA0417164300"));
    assertEquals("[TELEFOON-1]bellen", redact("0612345678bellen"));
  }

  @Test
  void aBracketAroundAPhoneNumberStays() {
    assertEquals("Bel ([TELEFOON-1]) maar.", redact("Bel (06-12345678) maar."));
    assertEquals("Bel [TELEFOON-1] maar.", redact("Bel (020) 123 4567 maar."));
  }

  @Test
  void anIdThatNamesSomeoneBecomesASharedIdWhichStaysWhenRedactedAgain() {
    Pseudonymiser document = redactor.forDocument(Map.of(), List.of());
    String shared = Redactor.sharedId("ada-de-vries", document, "nl", "Het hielp.");
    assertTrue(shared.matches("doc-[0-9a-f]{8}"), shared);
    assertEquals(shared, Redactor.sharedId("ada-de-vries", document, "nl", "Het hielp."));
    assertEquals("rotterdam-ouder-1", Redactor.sharedId("rotterdam-ouder-1", document, "nl", ""));
    // Its hex digits may spell a first name, ada; it is a shared id all the same.
    assertEquals("doc-ada12345", Redactor.sharedId("doc-ada12345", document, "nl", "Het hielp."));
  }
}
