package nl.waardevol.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.waardevol.code.Coder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The codebooks under codebooks/ load, are complete, and every example sentence passes. */
class ShippedCodebooksTest {
  static Stream<String> shipped() {
    return CodebookLoader.SHIPPED.stream();
  }

  private static Codebook load(String name) throws Exception {
    Path file = Path.of("codebooks", name + ".yaml");
    return new CodebookLoader().parse(Files.readAllBytes(file), file.toString());
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void everyExampleGetsItsCodeAndNoCounterExampleDoes(String name) throws Exception {
    Codebook codebook = load(name);
    Coder coder = new Coder(codebook);
    List<String> failures = new ArrayList<>();
    for (Code code : codebook.codes()) {
      assertFalse(code.examples().match().isEmpty(), code.id() + " has no match examples");
      assertFalse(code.examples().noMatch().isEmpty(), code.id() + " has no no_match examples");
      for (String sentence : code.examples().match()) {
        if (!coder.analyse(sentence).codes().contains(code.id())) {
          failures.add("FAIL " + code.id() + ": should match: " + sentence);
        }
      }
      for (String sentence : code.examples().noMatch()) {
        if (coder.analyse(sentence).codes().contains(code.id())) {
          failures.add(
              "FAIL "
                  + code.id()
                  + ": should not match: "
                  + sentence
                  + " "
                  + coder.analyse(sentence).matched());
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void threeLensesWithAtLeastEightLabelledCodesEach(String name) throws Exception {
    Codebook codebook = load(name);
    assertEquals(3, codebook.categories().size());
    for (Category lens : codebook.categories()) {
      assertTrue(lens.codes().size() >= 8, lens.id() + " has " + lens.codes().size() + " codes");
      assertTrue(lens.label().keySet().containsAll(List.of("nl", "en")), lens.id());
      for (Code code : lens.codes()) {
        assertTrue(
            code.label().keySet().containsAll(List.of("nl", "en")),
            code.id() + " needs nl and en labels");
        assertFalse(code.description().isBlank(), code.id() + " needs a description");
      }
    }
    assertFalse(codebook.valence().appreciative().isEmpty());
    assertFalse(codebook.valence().deficit().isEmpty());
    assertFalse(codebook.valence().negators().isEmpty());
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void theJarCarriesTheSameCodebook(String name) throws Exception {
    assertEquals(load(name).hash(), new CodebookLoader().loadShipped(name).hash());
  }
}
