package nl.waardevol.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.CodebookLoader;
import nl.waardevol.stance.Stance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AggregatorTest {
  private static Codebook codebook;

  @BeforeAll
  static void load() throws Exception {
    codebook = new CodebookLoader().load("src/test/resources/codebooks/mini.yaml");
  }

  private static int number;

  private static CodedPassage passage(
      String doc, String region, Stance valence, String text, String... codes) {
    return passage(Double.NaN, doc, region, valence, text, codes);
  }

  /** A passage a model coded, this sure of it. */
  private static CodedPassage passage(
      double confidence, String doc, String region, Stance valence, String text, String... codes) {
    return new CodedPassage(
        doc,
        Map.of("region", region, "role", "ouder"),
        ++number,
        "R",
        0,
        text.length(),
        "nl",
        valence,
        List.of(),
        List.of(codes),
        List.of(),
        nl.waardevol.code.CodeStances.of(List.of(codes), valence),
        confidence,
        text,
        "");
  }

  private static Report report(List<String> by, int quotes, CodedPassage... passages) {
    return report(Certainty.RULES, by, quotes, passages);
  }

  private static Report report(
      Certainty certainty, List<String> by, int quotes, CodedPassage... passages) {
    Aggregator aggregator =
        new Aggregator("test", codebook, by, quotes, QuotePrivacy.VERBATIM, certainty);
    for (CodedPassage passage : passages) {
      aggregator.add(passage);
    }
    return aggregator.finish();
  }

  /** One group for the whole corpus, no quotes. */
  private static Report overall(CodedPassage... passages) {
    return report(List.of(), 0, passages);
  }

  private static CodeResult code(Group group, String id, Stance valence) {
    return group.codes().stream()
        .filter(result -> result.codeId().equals(id) && result.valence() == valence)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + id + " " + valence + " in " + group));
  }

  @Test
  void countsDocumentsAndPassagesPerGroupAndCode() {
    Report report =
        report(
            List.of("region"),
            0,
            passage("a", "Emmen", Stance.APPRECIATIVE, "Rust.", "tijd"),
            passage("a", "Emmen", Stance.APPRECIATIVE, "Weer rust.", "tijd", "luisteren"),
            passage("b", "Emmen", Stance.DEFICIT, "Geen rust.", "tijd"),
            passage("c", "Tilburg", Stance.NEUTRAL, "Niets.", new String[0]));

    assertEquals(3, report.corpus().documents());
    assertEquals(4, report.corpus().passages());
    assertEquals(3, report.corpus().codedPassages());
    assertEquals(List.of("Emmen", "Tilburg"), report.corpus().regions());
    assertEquals(List.of(List.of("Emmen"), List.of("Tilburg")), keys(report));

    Group emmen = report.groups().get(0);
    assertEquals(new Count(2, 3), emmen.total());
    assertEquals(new Count(1, 2), code(emmen, "tijd", Stance.APPRECIATIVE).count());
    assertEquals(new Count(1, 1), code(emmen, "tijd", Stance.DEFICIT).count());
    assertEquals(new Count(1, 2), emmen.valuedByLens().get("proces"));
    assertEquals(new Count(1, 1), emmen.valuedByLens().get("houding"));
    assertEquals(Count.ZERO, emmen.valuedByLens().get("inhoud"));
    assertTrue(report.groups().get(1).codes().isEmpty());
  }

  @Test
  void aCodeValuedInHalfTheRegionsOrMoreIsACommonThread() {
    Report report =
        overall(
            passage("a", "Emmen", Stance.APPRECIATIVE, "Rust.", "tijd"),
            passage("b", "Tilburg", Stance.APPRECIATIVE, "Rust.", "tijd"),
            passage("c", "Rotterdam", Stance.APPRECIATIVE, "Luisteren.", "luisteren"),
            passage("d", "Rotterdam", Stance.DEFICIT, "Geen rust.", "tijd"));

    assertEquals(2, report.threadThreshold());
    assertEquals(1, report.commonThreads().size());
    CommonThread thread = report.commonThreads().get(0);
    assertEquals("tijd", thread.codeId());
    assertEquals(List.of("Emmen", "Tilburg"), thread.regions());
    assertEquals(new Count(2, 2), thread.valued());
  }

  @Test
  void whatHindersCountsDeficitPassagesPerCodeAndLens() {
    Report report =
        overall(
            passage("a", "Emmen", Stance.DEFICIT, "Geen rust, niet gehoord.", "tijd", "luisteren"),
            passage("b", "Emmen", Stance.DEFICIT, "Geen rust.", "tijd"),
            passage("c", "Emmen", Stance.APPRECIATIVE, "Rust.", "tijd"));

    assertEquals(
        List.of("tijd", "luisteren"), report.hinders().stream().map(CodeResult::codeId).toList());
    assertEquals(new Count(2, 2), report.hinders().get(0).count());
    assertEquals(new Count(2, 2), report.hindersByLens().get("proces"));
    assertEquals(new Count(1, 1), report.hindersByLens().get("houding"));
    assertEquals(
        List.of("inhoud", "proces", "houding"), List.copyOf(report.hindersByLens().keySet()));
  }

  @Test
  void quotesComeFromPassagesWithTextEachUnderItsOwnStance() {
    Report report =
        report(
            List.of(),
            2,
            passage("a", "Emmen", Stance.APPRECIATIVE, "Er was eindelijk rust in huis.", "tijd"),
            passage("b", "Emmen", Stance.APPRECIATIVE, "", "tijd"),
            passage("c", "Emmen", Stance.DEFICIT, "Nooit rust in de klas.", "tijd"));

    Group all = report.groups().get(0);
    assertEquals(
        List.of("Er was eindelijk rust in huis."),
        code(all, "tijd", Stance.APPRECIATIVE).quotes().stream().map(Quote::text).toList());
    assertEquals(
        List.of("Nooit rust in de klas."),
        code(all, "tijd", Stance.DEFICIT).quotes().stream().map(Quote::text).toList(),
        "what held people back is quoted too, apart from what they valued");
    assertTrue(
        report(List.of(), 0, passage("a", "Emmen", Stance.APPRECIATIVE, "Rust.", "tijd"))
            .groups()
            .get(0)
            .codes()
            .get(0)
            .quotes()
            .isEmpty());
  }

  @Test
  void theSamePassagesGiveTheSameReport() {
    CodedPassage[] passages = {
      passage("a", "Emmen", Stance.APPRECIATIVE, "Rust.", "tijd"),
      passage("b", "Tilburg", Stance.DEFICIT, "Geen rust.", "tijd"),
    };
    assertEquals(report(List.of("region"), 2, passages), report(List.of("region"), 2, passages));
  }

  /** Grouped by region, counting passages from {@code minConfidence}. */
  private static Report reportFrom(double minConfidence, CodedPassage... passages) {
    return report(
        new Certainty(java.util.Optional.empty(), minConfidence), List.of("region"), 2, passages);
  }

  @Test
  void confidenceIsComparedToTwoDecimalsAsTheCodedTableWritesIt() {
    Report report =
        reportFrom(
            0.8,
            passage(0.7951, "a", "Emmen", Stance.APPRECIATIVE, "Rust.", "tijd"),
            passage(0.7949, "b", "Emmen", Stance.APPRECIATIVE, "Rust.", "tijd"),
            passage("c", "Emmen", Stance.APPRECIATIVE, "Rust.", "tijd"));

    assertEquals(
        new Count(2, 2), code(report.groups().get(0), "tijd", Stance.APPRECIATIVE).count());
    assertEquals(
        List.of("b"), report.toCheck().passages().stream().map(ToCheck.Passage::docId).toList());
  }

  @Test
  void anUnsurePassageCountsAsNeutralAndOnlyOneWithAStanceIsListed() {
    Report report =
        reportFrom(
            0.9,
            passage(0.6, "a", "Emmen", Stance.APPRECIATIVE, "Rust, echt fijn.", "tijd"),
            passage(0.6, "b", "Emmen", Stance.NEUTRAL, "Over rust.", "tijd"),
            passage(0.6, "c", "Emmen", Stance.APPRECIATIVE, "Fijn.", new String[0]));

    assertEquals(
        new Count(2, 2),
        code(report.groups().get(0), "tijd", Stance.NEUTRAL).count(),
        "its codes still count as mentioned");
    assertEquals(3, report.corpus().passagesByValence().get(Stance.NEUTRAL));
    assertEquals(1, report.toCheck().passages().size());
    assertEquals(
        List.of(new ToCheck.GroupCount(List.of("Emmen"), new Count(1, 1))),
        report.toCheck().groups());
  }

  @Test
  void anExcerptIsCutAroundTheCode() {
    String text =
        "Het begon allemaal toen we verhuisden naar een andere stad, ver weg van familie en"
            + " vrienden, en alles nieuw was voor iedereen in het gezin. Op de nieuwe school"
            + " vonden ze rust voor hem, een plek waar hij op adem kon komen, en dat heeft echt"
            + " geholpen.";
    Report report = reportFrom(0.9, passage(0.6, "a", "Emmen", Stance.APPRECIATIVE, text, "tijd"));

    String excerpt = report.toCheck().passages().get(0).excerpt();
    assertTrue(excerpt.startsWith("… Op de nieuwe school vonden ze rust"), excerpt);
    assertTrue(nl.waardevol.text.Words.count(excerpt) <= ToCheckTally.EXCERPT_WORDS + 1, excerpt);
  }

  private static List<List<String>> keys(Report report) {
    return report.groups().stream().map(Group::key).toList();
  }
}
