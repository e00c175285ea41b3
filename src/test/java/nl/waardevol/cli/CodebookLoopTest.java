package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** codebook check, test and stats; explain; kwic; diff: the loop of refining a codebook. */
class CodebookLoopTest {
  @TempDir Path dir;
  Path corpus;

  private static final String BOOK =
      "id: loop\nversion: '2'\nlanguage: nl\n"
          + "valence:\n  appreciative: [fijn]\n  deficit: [probleem]\n  negators: [niet, geen]\n  contrast: [maar]\n"
          + "categories:\n"
          + "  - id: proces\n    label: {nl: Proces, en: Process}\n    codes:\n"
          + "      - id: rust\n        label: {nl: Rust}\n        description: Rust en tijd.\n"
          + "        include: [rust*, rustig, tijd]\n"
          + "        examples:\n          match: [Er was rust., Hij kreeg de tijd.]\n          no_match: [Ze zat thuis., Het was rustig.]\n"
          + "      - id: tafel\n        label: {nl: Tafel, en: Table}\n        description: Samen rond de tafel.\n"
          + "        include: [tafel, tijd, \"rond de tafel\"]\n        exclude: [keukentafel]\n";

  @BeforeEach
  void corpus() {
    corpus = dir.resolve("corpus");
    Fixtures.write(
        corpus,
        "a.md",
        Fixtures.transcript(
            "a",
            "Rotterdam",
            "ouder",
            "I: En?\nR: Er was rust en tijd, dat was fijn.\n\nR: Iedereen zat rond de tafel.\n"));
    Fixtures.write(
        corpus,
        "b.md",
        Fixtures.transcript(
            "b", "Tilburg", "ouder", "I: En?\nR: Eindelijk rust. Maar het bleef een probleem.\n"));
  }

  private String book(String yaml) {
    return Fixtures.write(dir, "loop.yaml", yaml).toString();
  }

  @Test
  void checkFindsSharedAndShadowedTermsMissingLabelsAndExamples() {
    Run run = Run.of("codebook", "check", book(BOOK));
    assertEquals(0, run.exit(), run.out() + run.err());
    String out = run.out();
    assertTrue(
        out.contains(
            "warning: "
                + dir.resolve("loop.yaml")
                + ":16: term 'rustig' of code 'rust' is already matched by its wildcard 'rust*'; remove one"),
        out);
    assertTrue(
        out.contains(
            ":23: term 'tijd' is listed under code 'rust' and code 'tafel'; a passage with it gets both"),
        out);
    assertTrue(out.contains(":13: code 'rust' has no label in 'en'"), out);
    assertTrue(out.contains("code 'tafel' has no match: examples"), out);
    assertTrue(out.endsWith("0 errors, 5 warnings\n"), out);
    assertEquals(4, Run.of("codebook", "check", "--strict", book(BOOK)).exit());
    Run quiet = Run.of("codebook", "check", "--quiet", "--strict", book(BOOK));
    assertEquals("0 errors, 5 warnings\n", quiet.out());
    assertEquals(4, quiet.exit());
  }

  @Test
  void checkFindsWildcardsUnderWildcardsExactTermsAndRepeats() {
    String yaml =
        BOOK.replace(
            "include: [rust*, rustig, tijd]",
            "include: [rust*, rustige*, =rustte, tijd, Rust*, tijd]");
    String out = Run.of("codebook", "check", book(yaml)).out();
    assertTrue(
        out.contains(
            ":16: term 'rustige*' of code 'rust' is already matched by its wildcard 'rust*'; remove one\n"),
        out);
    assertTrue(
        out.contains(
            ":16: term '=rustte' of code 'rust' is already matched by its wildcard 'rust*'; remove one\n"),
        out);
    assertTrue(
        out.contains(":16: term 'Rust*' of code 'rust' repeats 'rust*' (line 16); remove one\n"),
        out);
    assertTrue(
        out.contains(":16: term 'tijd' of code 'rust' repeats 'tijd' (line 16); remove one\n"),
        out);
    assertEquals(1, out.split("repeats 'tijd'", -1).length - 1, out);
    String exact = BOOK.replace("include: [rust*, rustig, tijd]", "include: [rustig, =rustige]");
    assertTrue(
        Run.of("codebook", "check", book(exact))
            .out()
            .contains(
                "term '=rustige' of code 'rust' is already matched by its term 'rustig'; remove one"));
  }

  @Test
  void checkComparesTermsOfTwoCodesByWhatTheyMatch() {
    String yaml =
        BOOK.replace(
                "include: [tafel, tijd, \"rond de tafel\"]",
                "include: [tafel, samenwerkingen, rustig, \"rond de tafel\"]")
            .replace("include: [rust*, rustig, tijd]", "include: [rust*, samenwerking]")
            .replace("deficit: [probleem]", "deficit: [probleem, fijne]");
    String out = Run.of("codebook", "check", book(yaml)).out();
    assertTrue(
        out.contains(
            ":23: term 'samenwerkingen' is listed under code 'rust' (as 'samenwerking', line 16) and code 'tafel'; a passage with it gets both\n"),
        out);
    assertTrue(
        out.contains(
            ":23: term 'rustig' of code 'tafel' is also matched by wildcard 'rust*' of code 'rust' (line 16); a passage with it gets both\n"),
        out);
    assertTrue(
        out.contains(
            ":6: valence term 'fijne' is both deficit and appreciative ('fijn', line 5); it cancels itself out, remove it from one list\n"),
        out);
  }

  @Test
  void theShippedCodebooksHaveNoLintWarnings() {
    Run run = Run.of("codebook", "check", "--strict", "wio-nl");
    assertEquals(0, run.exit(), run.out());
  }

  @Test
  void checkReportsALoadErrorAsAnError() {
    Run run = Run.of("codebook", "check", book(BOOK.replace("exclude:", "exclud:")));
    assertEquals(2, run.exit());
    assertTrue(
        run.out()
            .startsWith(
                "error: "
                    + dir.resolve("loop.yaml")
                    + ":24:9: unknown key 'exclud' in code 'tafel'"),
        run.out());
    assertTrue(run.out().endsWith("1 error, 0 warnings\n"), run.out());
  }

  @Test
  void checkWithACorpusFindsTermsThatNeverMatchAndTermsTooGeneric() {
    Run run =
        Run.of(
            "codebook", "check", book(BOOK), "--corpus", corpus.toString(), "--threshold", "0.5");
    String out = run.out();
    assertTrue(
        out.contains(
            ":24: code 'tafel' exclude term 'keukentafel' never matches any of the 3 passages of the corpus"),
        out);
    assertTrue(
        out.contains(
            "code 'rust' include term 'rust*' matches 2 of 3 passages (67%, more than 50%); too generic to mark a theme?"),
        out);
    assertTrue(!out.contains("'tafel' never matches"), out);
  }

  @Test
  void testRunsEveryExampleLikeATestRunner() throws Exception {
    Path junit = dir.resolve("reports/codebook.xml");
    Run run = Run.of("codebook", "test", book(BOOK), "--junit", junit.toString());
    assertEquals(4, run.exit());
    assertTrue(run.out().contains("PASS rust: Er was rust.\n"), run.out());
    assertTrue(
        run.out()
            .contains(
                "FAIL rust: Het was rustig. — matched by rustig (on 'rustig'), rust* (on 'rustig')\n"),
        run.out());
    assertTrue(run.out().endsWith("3 passed, 1 failed\n"), run.out());
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    assertEquals("4", xml.getDocumentElement().getAttribute("tests"));
    assertEquals("1", xml.getDocumentElement().getAttribute("failures"));
    assertEquals(1, xml.getElementsByTagName("failure").getLength());
    assertEquals(
        "loop.rust",
        xml.getElementsByTagName("testcase")
            .item(0)
            .getAttributes()
            .getNamedItem("classname")
            .getNodeValue());
  }

  @Test
  void junitXmlLeavesOutControlCharactersSoCiCanParseIt() throws Exception {
    String withControls =
        BOOK.replace("match: [Er was rust.,", "match: [\"Er was \\x01rust\\e[31m.\",");
    Path junit = dir.resolve("codebook.xml");
    Run run = Run.of("codebook", "test", book(withControls), "--junit", junit.toString());
    assertEquals(4, run.exit(), run.err());
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    assertEquals(
        "match: Er was rust[31m.",
        xml.getElementsByTagName("testcase")
            .item(0)
            .getAttributes()
            .getNamedItem("name")
            .getNodeValue());
  }

  @Test
  void testSaysWhyAMatchExampleFailed() {
    String failing =
        BOOK.replace(
            "match: [Er was rust., Hij kreeg de tijd.]",
            "match: [Er was rust., Hij kreeg aandacht.]");
    Run run = Run.of("codebook", "test", "--quiet", book(failing));
    assertEquals(
        "FAIL rust: Hij kreeg aandacht. — no include term matched\nFAIL rust: Het was rustig. — matched by rustig (on 'rustig'), rust* (on 'rustig')\n2 passed, 2 failed\n",
        run.out());
  }

  @Test
  void theShippedCodebooksPassTheirOwnTests() {
    Run run = Run.of("codebook", "test", "--quiet", "wio-nl");
    assertEquals(0, run.exit(), run.out());
    assertTrue(run.out().matches("\\d+ passed, 0 failed\n"), run.out());
  }

  @Test
  void kwicNamesAnEmptyTerm() {
    Run run = Run.of("kwic", "", corpus.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("term '' is empty; remove it or write a word"), run.err());
  }

  @Test
  void kwicAndExplainWithNothingReadableAreInputErrors() {
    Path empty = Fixtures.write(dir, "empty.md", "");
    for (Run run :
        new Run[] {
          Run.of("kwic", "rust", empty.toString()),
          Run.of("explain", empty.toString(), "--doc", "a")
        }) {
      assertEquals(2, run.exit(), run.err());
      assertTrue(run.err().contains(empty + ": none of the inputs could be read"), run.err());
    }
  }

  @Test
  void statsShowWhichTermsCarryACode() {
    Run run = Run.of("codebook", "stats", book(BOOK), corpus.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("# Codebook loop 2 on 3 passages of 2 documents\n"), run.out());
    assertTrue(run.out().contains("| rust | proces | 2 | 2 | 66.7% | tafel (1) |"), run.out());
    assertTrue(run.out().contains("| tafel | proces | 2 | 1 | 66.7% | rust (1) |"), run.out());
    assertTrue(run.out().contains("| rust | include | rust* | 2 | 1 |"), run.out());
    assertTrue(run.out().contains("| tafel | include | rond de tafel | 1 | 0 |"), run.out());
    assertTrue(run.out().contains("| (valence) | deficit | probleem | 1 |  |"), run.out());
  }

  @Test
  void explainShowsTermsTokensNegationAndContrast() {
    Run run = Run.of("explain", "--codebook", book(BOOK), corpus.toString(), "--doc", "b");
    assertEquals(0, run.exit(), run.err());
    assertEquals(
        "b, passage 1 (R, characters 10-54)\n"
            + "  text: Eindelijk rust. Maar het bleef een probleem.\n"
            + "  codes: rust\n"
            + "  matched terms:\n"
            + "    marker   implicit_appreciative '=eindelijk' at token 0: \"Eindelijk\"\n"
            + "    include  rust 'rust*' at token 1: \"rust\"\n"
            + "    marker   contrast '=maar' at token 2: \"Maar\"\n"
            + "  clauses:\n"
            + "    1. appreciative: \"Eindelijk rust\"\n"
            + "       words: eindelijk (eindelijk/BYW), rust (rusten/WKW:TGW:1EP rusten/WKW:TGW:3EP"
            + " rust/ZNW:EKV:DE_)\n"
            + "       '=eindelijk' (without an evaluative word) +0.5\n"
            + "    2. deficit: \"Maar het bleef een probleem\"\n"
            + "       words: maar (maar/BYW maar/VGW maren/WKW:TGW:1EP), het (het/VNW:AWZ:EKV:HET"
            + " het/VNW:OND:EKV:HET), bleef (blijven/WKW:VLT:1EP), een (een/GET:TXT:EKV"
            + " een/ZNW:EKV:DE_), probleem (probleem/ZNW:EKV:HET)\n"
            + "       'probleem' -1\n"
            + "  stance: deficit (the last clause with a stance; with none, what the interviewer"
            + " asked)\n"
            + "    rust: valued\n",
        run.out());
  }

  @Test
  void explainNamesAnExclusionAndAMissingDocument() {
    Fixtures.write(
        corpus,
        "c.md",
        Fixtures.transcript(
            "c", "Tilburg", "ouder", "I: En?\nR: Niet fijn aan de keukentafel, wel aan tafel.\n"));
    Run run =
        Run.of(
            "explain", "--codebook", book(BOOK), corpus.toString(), "--doc", "c", "--passage", "1");
    assertTrue(
        run.out().contains("    exclude  tafel 'keukentafel' at token 4: \"keukentafel\"\n"),
        run.out());
    assertTrue(run.out().contains("  suppressed: tafel, by exclude term keukentafel\n"), run.out());
    assertTrue(run.out().contains("       'fijn' negated by 'niet' -1\n"), run.out());
    Run missing = Run.of("explain", corpus.toString(), "--doc", "zzz");
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("no document 'zzz' in the input"), missing.err());
  }

  @Test
  void explainNamesANegatedWishAsACodeTermWithTheShippedCodebook() {
    Fixtures.write(
        corpus,
        "w.md",
        Fixtures.transcript("w", "Tilburg", "ouder", "I: En?\nR: Niemand luisterde naar ons.\n"));
    Run run = Run.of("explain", corpus.toString(), "--doc", "w");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("  stance: deficit"), run.out());
    assertTrue(run.out().contains("       'luister*' negated by 'niemand' -1\n"), run.out());
    assertTrue(run.out().contains("    luisteren-zonder-oordeel: hindered\n"), run.out());
  }

  @Test
  void kwicAlignsEveryHitWithItsContext() {
    Run run = Run.of("kwic", "--codebook", book(BOOK), "rust*", corpus.toString(), "--window", "2");
    assertEquals(0, run.exit(), run.err());
    assertEquals("a#1     Er was [rust] en tijd,\nb#1  Eindelijk [rust]. Maar het\n", run.out());
    assertTrue(run.err().contains("2 hits of 'rust*' in 3 passages of 2 documents"), run.err());
  }

  @Test
  void kwicGroupsByRegionAndWritesCsv() {
    Run run =
        Run.of("kwic", "\"rond de tafel\"", corpus.toString(), "--by", "region", "--format", "csv");
    assertEquals(
        "region,doc_id,passage,left,match,right\r\nRotterdam,a,2,Iedereen zat,rond de tafel,.\r\n",
        run.out());
  }

  @Test
  void diffShowsWhatACodebookChangeDid() throws Exception {
    Path before = dir.resolve("before.csv");
    Path after = dir.resolve("after.csv");
    Run.of("code", "--codebook", book(BOOK), corpus.toString(), "-o", before.toString());
    Run.of(
        "code",
        "--codebook",
        book(BOOK.replace("include: [rust*, rustig, tijd]", "include: [tijd]")),
        corpus.toString(),
        "-o",
        after.toString());
    Run run = Run.of("diff", before.toString(), after.toString(), "--exit-code");
    assertEquals(4, run.exit(), run.err());
    assertTrue(run.out().contains("3 passages in both, 1 changed; 0 only in"), run.out());
    assertTrue(run.out().contains("| rust | 0 | 1 | -1 |"), run.out());
    assertTrue(
        run.out()
            .contains(
                "## rust lost (1)\n\n- b #1 (rust* → none): Eindelijk rust. Maar het bleef een probleem.\n"),
        run.out());
    assertEquals(0, Run.of("diff", before.toString(), before.toString(), "--exit-code").exit());
    Files.delete(after);
    assertEquals(2, Run.of("diff", before.toString(), after.toString()).exit());
  }

  @Test
  void diffCountsAChangedCodeStanceAsAChange() {
    String header = "doc_id,passage,valence,codes,valued,hindered,wished,text\n";
    Path before =
        Fixtures.write(dir, "b1.csv", header + "a,1,deficit,tijd,tijd,,,Tijd, maar toch.\n");
    Path after =
        Fixtures.write(dir, "b2.csv", header + "a,1,deficit,tijd,,tijd,,Tijd, maar toch.\n");
    Run run = Run.of("diff", before.toString(), after.toString(), "--exit-code");
    assertEquals(4, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains("1 passages in both, 1 changed;"), run.out());
  }

  @Test
  void diffListsTheCodesWhoseStanceChanged() {
    String header = "doc_id,passage,valence,codes,valued,hindered,wished,text\n";
    Path before =
        Fixtures.write(
            dir,
            "s1.csv",
            header
                + "a,1,deficit,tijd;tafel,tijd,tafel,,\"Tijd was er, maar aan tafel niet.\"\n"
                + "a,2,wish,tijd,,,tijd,Had ik maar tijd gehad.\n");
    Path after =
        Fixtures.write(
            dir,
            "s2.csv",
            header
                + "a,1,deficit,tijd;tafel,,tijd;tafel,,\"Tijd was er, maar aan tafel niet.\"\n"
                + "a,2,wish,tijd,,,tijd,Had ik maar tijd gehad.\n");
    Run run = Run.of("diff", before.toString(), after.toString());
    assertTrue(
        run.out()
            .contains(
                "| code stance | passages |\n| --- | ---: |\n| tijd: valued → hindered | 1 |\n"),
        run.out());
    assertTrue(
        run.out()
            .contains(
                "## tijd: valued → hindered (1)\n\n- a #1: Tijd was er, maar aan tafel niet.\n"),
        run.out());
  }

  @Test
  void diffCountsAValenceChangeAsAChange() {
    Path before = dir.resolve("before.csv");
    Path after = dir.resolve("after.csv");
    Run.of("code", "--codebook", book(BOOK), corpus.toString(), "-o", before.toString());
    Run.of(
        "code",
        "--codebook",
        book(
            BOOK.replace(
                "appreciative: [fijn]", "appreciative: [mooi]\n  sentiment_lexicon: false")),
        corpus.toString(),
        "-o",
        after.toString());
    Run run = Run.of("diff", before.toString(), after.toString(), "--exit-code");
    assertEquals(4, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains("3 passages in both, 1 changed;"), run.out());
    assertTrue(
        run.out()
            .contains("| valence | passages |\n| --- | ---: |\n| appreciative → neutral | 1 |\n"),
        run.out());
    assertTrue(
        run.out()
            .contains(
                "## valence appreciative → neutral (1)\n\n- a #1: Er was rust en tijd, dat was fijn.\n"),
        run.out());
  }

  @Test
  void diffShowsTheLongPassageAroundTheTermThatChanged() {
    String filler =
        "en toen gingen we weer verder met alles wat er nog moest gebeuren die week ".repeat(3);
    Fixtures.write(
        corpus,
        "c.md",
        Fixtures.transcript(
            "c",
            "Tilburg",
            "ouder",
            "I: En?\nR: "
                + filler
                + "en we zaten samen aan tafel met de juf en de moeder van Tim en dat hielp.\n"));
    Path before = dir.resolve("before.csv");
    Path after = dir.resolve("after.csv");
    Run.of("code", "--codebook", book(BOOK), corpus.toString(), "-o", before.toString());
    Run.of(
        "code",
        "--codebook",
        book(BOOK.replace("include: [tafel, tijd,", "include: [tijd,")),
        corpus.toString(),
        "-o",
        after.toString());
    Run run = Run.of("diff", before.toString(), after.toString());
    assertTrue(
        run.out()
            .contains(
                "- c #1 (tafel → none): …alles wat er nog moest gebeuren die week en we zaten samen aan tafel met de juf en de moeder van Tim en dat hielp.\n"),
        run.out());
  }
}
