package nl.waardevol.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermParserTest {
  private final TermParser parser = new TermParser();

  private Term parse(String written) throws TermParser.Invalid {
    return parser.parse(written, 7);
  }

  @Test
  void aPlainWordIsStemmed() throws Exception {
    Term term = parse("Samenwerking");
    assertEquals(List.of(new Term.Word("samenwerking", Term.Kind.STEM)), term.words());
    assertEquals("Samenwerking", term.source());
    assertEquals(7, term.line());
    assertTrue(term.isSingleWord());
    assertNull(term.regex());
  }

  @Test
  void aPhraseSplitsAsPassagesDoHyphensIncluded() throws Exception {
    assertEquals(
        List.of(
            new Term.Word("zorg", Term.Kind.STEM),
            new Term.Word("op", Term.Kind.STEM),
            new Term.Word("maat", Term.Kind.STEM)),
        parse("zorg-op-maat").words());
    assertEquals(parse("\"rond de tafel\"").words(), parse("rond de tafel").words());
  }

  @Test
  void aWildcardMakesTheLastWordAPrefixAndAnEqualsSignAnExactForm() throws Exception {
    assertEquals(
        List.of(new Term.Word("extra", Term.Kind.STEM), new Term.Word("hulp", Term.Kind.PREFIX)),
        parse("extra hulp*").words());
    assertEquals(List.of(new Term.Word("tekenen", Term.Kind.EXACT)), parse("=tekenen").words());
  }

  @Test
  void reColonIsACaseInsensitiveRegularExpression() throws Exception {
    Term term = parse("re:\\bjeugd(zorg)?\\b");
    assertTrue(term.isRegex());
    assertTrue(term.words().isEmpty());
    assertTrue(term.regex().matcher("De JEUGDZORG belde").find());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'  '| is empty; remove it or write a word",
        "--| has no letters or digits to match",
        "=hulp*| marks a word both exact (=) and as a prefix (*); choose one",
        "ge*ld| has a '*' inside a word; a wildcard may only end a word",
        "zo*| has a wildcard prefix shorter than 3 letters",
        "hulp.*| puts the '*' after punctuation",
        "re:| has an empty regular expression",
        "re:(open| is not a valid regular expression"
      })
  void aTermThatCannotMatchAsMeantIsRefusedWithTheReason(String written, String reason) {
    TermParser.Invalid invalid = assertThrows(TermParser.Invalid.class, () -> parse(written));
    assertTrue(invalid.getMessage().startsWith("term '" + written + "'"), invalid.getMessage());
    assertTrue(invalid.getMessage().contains(reason), invalid.getMessage());
  }
}
