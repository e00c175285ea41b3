package nl.waardevol.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Names found in one text, each as "the text found=the person it is". */
class NameFinderTest {
  private static List<String> names(String text, Set<String> protectedWords, String... declared) {
    Persons persons = new Persons();
    for (String name : declared) {
      persons.declare(name);
    }
    List<Finding> found = new ArrayList<>();
    new NameFinder(NameLexicon.shipped(), persons, protectedWords)
        .find(text, "nl", new java.util.BitSet(), found);
    return found.stream()
        .map(f -> text.substring(f.start(), f.end()) + "=" + f.identity())
        .toList();
  }

  private static List<String> names(String text) {
    return names(text, Set.of());
  }

  @Test
  void aFirstNameIsFoundInAnyCaseAndASurnameWhenCapitalised() {
    assertEquals(
        List.of("Lotte=lotte", "Jansen=jansen"),
        names("Gisteren sprak ik met Lotte en meneer Jansen."));
    assertEquals(List.of("lotte=lotte"), names("Wij gingen met lotte naar school."));
    assertEquals(List.of("Bakker=bakker"), names("De juf, mevrouw Bakker, hielp."));
  }

  @Test
  void particlesSurnamesAndInitialsJoinTheName() {
    assertEquals(
        List.of("Ilse de Groot=ilse de groot", "J. de Vries=j. de vries"),
        names("Ilse de Groot belde. Daarna kwam J. de Vries."));
  }

  @Test
  void aPossessiveIsNotPartOfTheName() {
    assertEquals(List.of("Sanne=sanne", "Sanne=sanne"), names("Sanne's moeder en Sanne zelf."));
  }

  @Test
  void commonWordsAcronymsAndProtectedWordsAreNoNames() {
    assertEquals(List.of(), names("Dan wil ik zeggen: Dan was er."));
    assertEquals(List.of(), names("Het NOS journaal en de GGD."));
    assertEquals(List.of(), names("Rust aan tafel."));
    assertEquals(List.of(), names("Wij gingen met Lotte.", Set.of("lotte")));
  }

  @Test
  void aDeclaredPersonIsFoundByEachPartOfTheirName() {
    assertEquals(
        List.of("Wieteke=wieteke hofstra", "Wieteke=wieteke hofstra"),
        names("Wieteke zei het. Wieteke!", Set.of(), "Wieteke Hofstra"));
    assertEquals(
        List.of("Hofstra=wieteke hofstra"), names("Hofstra zei het.", Set.of(), "Wieteke Hofstra"));
  }
}
