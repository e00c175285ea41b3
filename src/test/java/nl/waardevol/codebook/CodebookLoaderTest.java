package nl.waardevol.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodebookLoaderTest {
  private static final String HEAD =
      "id: t\nversion: '1'\nlanguage: nl\ncategories:\n  - id: proces\n    codes:\n";

  private Codebook load(String yaml) throws CodebookException {
    return new CodebookLoader().parse(yaml.getBytes(StandardCharsets.UTF_8), "book.yaml");
  }

  private String error(String yaml) {
    return assertThrows(CodebookException.class, () -> load(yaml)).getMessage();
  }

  @Test
  void loadsCodesTermsAndLabels() throws CodebookException {
    Codebook book =
        load(
            HEAD
                + "      - id: rust\n        label: {nl: Rust, en: Calm}\n        include: [rust*, \"eigen tempo\", re:\\btijd\\b]\n");
    Code rust = book.codes().get(0);
    assertEquals("proces", rust.categoryId());
    assertEquals("Calm", rust.label("en"));
    assertEquals(List.of(new Term.Word("rust", Term.Kind.PREFIX)), rust.include().get(0).words());
    assertEquals(
        List.of(new Term.Word("eigen", Term.Kind.STEM), new Term.Word("tempo", Term.Kind.STEM)),
        rust.include().get(1).words());
    assertEquals("\\btijd\\b", rust.include().get(2).regex().pattern());
    assertEquals(12, book.hash().length());
    assertEquals(
        java.util.Set.of("I", "Int", "Interviewer", "Vraag", "Q"), book.interviewerLabels());
  }

  @Test
  void anUnknownKeyIsNamedWithItsPlace() {
    assertEquals(
        "book.yaml:8:9: unknown key 'includes' in code 'rust'; expected one of id, label, description, include, exclude, examples",
        error(HEAD + "      - id: rust\n        includes: [rust]\n"));
  }

  @Test
  void forwardNegatorsMustBeNegators() throws CodebookException {
    String code = "      - id: rust\n        include: [rust]\n";
    Codebook book =
        load("valence:\n  negators: [niet, zonder]\n  forward_negators: [Zonder]\n" + HEAD + code);
    assertEquals(java.util.Set.of("zonder"), book.valence().forwardNegators());
    assertEquals(
        "book.yaml:3:21: valence.forward_negators names 'geen', which is not one of the negators; list it under negators too",
        error("valence:\n  negators: [niet]\n  forward_negators: [geen]\n" + HEAD + code));
  }

  @Test
  void valenceCategoriesMustNameCategories() throws CodebookException {
    String code = "      - id: rust\n        include: [rust]\n";
    Codebook book =
        load("valence:\n  topic_categories: [proces]\n  wish_categories: []\n" + HEAD + code);
    assertEquals(java.util.Set.of("proces"), book.valence().topicCategories());
    assertEquals(
        "book.yaml:2:20: valence.wish_categories names 'houding', which is no category id; use one of the categories' ids",
        error("valence:\n  wish_categories: [houding]\n" + HEAD + code));
  }

  @Test
  void aDuplicateIdNamesTheFirstUse() {
    assertEquals(
        "book.yaml:9:13: duplicate id 'rust' (first used on line 7); every category and code needs its own id",
        error(
            HEAD
                + "      - id: rust\n        include: [rust]\n      - id: rust\n        include: [kalm]\n"));
  }

  @Test
  void anEmptyTermListIsRefused() {
    assertEquals(
        "book.yaml:8:18: code 'rust' include is an empty term list; give at least one term",
        error(HEAD + "      - id: rust\n        include: []\n"));
  }

  @Test
  void aRegexThatDoesNotCompileIsNamed() {
    assertEquals(
        "book.yaml:8:19: code 'rust' include: term 're:(rust' is not a valid regular expression: missing closing ) at `(rust`",
        error(HEAD + "      - id: rust\n        include: [\"re:(rust\"]\n"));
  }

  @Test
  void aRegexThatNeedsBacktrackingIsRefusedAtLoad() {
    // A back-reference can make a backtracking engine run for hours; waardevol's cannot run it.
    assertEquals(
        "book.yaml:8:19: code 'rust' include: term 're:((a+)+)\\2x' uses a feature that can make matching take hours on a long passage, which waardevol does not run (invalid escape sequence at `\\2`): back-references (\\1), look-ahead and look-behind ((?=, (?!, (?<=, (?<!), possessive quantifiers or atomic groups; write it without them",
        error(HEAD + "      - id: rust\n        include: ['re:((a+)+)\\2x']\n"));
    assertTrue(
        error(HEAD + "      - id: rust\n        include: ['re:rust(?!ig)']\n")
            .contains("uses a feature that can make matching take hours"));
  }

  @Test
  void aTermThatCannotBeParsedIsNamed() {
    assertEquals(
        "book.yaml:8:19: code 'rust' include: term 'r*' has a wildcard prefix shorter than 3 letters, which would match almost anything",
        error(HEAD + "      - id: rust\n        include: [r*]\n"));
    assertEquals(
        "book.yaml:8:19: code 'rust' include: term 'ru*st' has a '*' inside a word; a wildcard may only end a word",
        error(HEAD + "      - id: rust\n        include: [ru*st]\n"));
  }

  @Test
  void missingKeysAndBadYamlAreNamed() {
    assertEquals(
        "book.yaml:1:1: the codebook has no 'language'; add it",
        error("id: t\nversion: '1'\ncategories: []\n"));
    assertEquals(
        "book.yaml:3:11: language must be one of [nl, en], not 'de'",
        error("id: t\nversion: '1'\nlanguage: de\n"));
    String yaml = error("id: t\nversion: [1\n");
    assertEquals(
        true,
        yaml.startsWith(
            "book.yaml:2:12: is not valid YAML: while parsing a flow sequence; expected"),
        yaml);
    String duplicate = error("id: t\nid: u\n");
    assertEquals(true, duplicate.startsWith("book.yaml:2:"), duplicate);
  }
}
