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
        Double.NaN,
        text,
        "");
  }

  private static Report report(List<String> by, int quotes, CodedPassage... passages) {
    Aggregator aggregator = new Aggregator("test", codebook, by, quotes, QuotePrivacy.VERBATIM);
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

  private static List<List<String>> keys(Report report) {
    return report.groups().stream().map(Group::key).toList();
  }
}
