package nl.waardevol.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.code.Valence;
import nl.waardevol.codebook.Category;
import nl.waardevol.codebook.Code;
import nl.waardevol.codebook.Codebook;

/**
 * Counts coded passages per group, lens and code as they stream past, keeping only counts and a few
 * quote candidates: memory grows with the number of groups and codes, not with the corpus. Passages
 * valued (their clause was appreciative) are what is valued; codes hindered are what held people
 * back; see {@link #stanceOf}.
 */
public final class Aggregator {
  private final Codebook codebook;
  private final List<String> by;
  private final int quotes;
  private final QuotePrivacy privacy;
  private final Map<String, Code> codes = new LinkedHashMap<>();
  private final Map<List<String>, GroupTally> groups;

  /** Each document's number, in the order documents came, for the tallies. */
  private final Map<String, Integer> documentNumbers = new HashMap<>();

  private final Set<String> regions = new TreeSet<>();
  private final Set<String> roles = new TreeSet<>(GroupOrder.roles());
  private final Map<Valence, Integer> passagesByValence = new EnumMap<>(Valence.class);
  private final Map<DocumentKind, Integer> documentsByKind = new EnumMap<>(DocumentKind.class);
  private final Map<String, Set<String>> regionsValuing = new HashMap<>();
  private final Map<String, Tally> valued = new HashMap<>();
  private final Map<String, Tally> hinders = new HashMap<>();
  private final Map<String, Tally> hindersByLens = new HashMap<>();
  private int passages;
  private int codedPassages;

  /**
   * @param privacy how the passages' texts were made fit to quote; a passage whose text is empty
   *     may not be quoted (see {@code redact.PassageRedactor#quoting})
   */
  public Aggregator(Codebook codebook, List<String> by, int quotes, QuotePrivacy privacy) {
    this.codebook = codebook;
    this.by = List.copyOf(by);
    this.quotes = quotes;
    this.privacy = privacy;
    this.groups = new TreeMap<>(new GroupOrder(by));
    for (Code code : codebook.codes()) {
      codes.put(code.id(), code);
    }
  }

  public void add(CodedPassage passage) {
    int doc =
        documentNumbers.computeIfAbsent(
            passage.docId(),
            id -> {
              documentsByKind.merge(DocumentKind.of(passage), 1, Integer::sum);
              return documentNumbers.size();
            });
    passages++;
    passagesByValence.merge(passage.valence(), 1, Integer::sum);
    addIfPresent(regions, passage.metadata("region"));
    addIfPresent(roles, passage.metadata("role"));
    List<String> key = by.stream().map(passage::metadata).toList();
    Optional<String> quote =
        quotes > 0 && !passage.text().isEmpty() ? Optional.of(passage.text()) : Optional.empty();
    groups.computeIfAbsent(key, k -> new GroupTally()).add(passage, doc, codes, quotes, quote);
    if (passage.codes().isEmpty()) {
      return;
    }
    codedPassages++;
    Set<String> lenses = new HashSet<>();
    for (String codeId : passage.codes()) {
      Valence stance = stanceOf(passage, codeId);
      if (stance == Valence.DEFICIT) {
        lenses.add(codes.get(codeId).categoryId());
      }
      if (stance == Valence.APPRECIATIVE) {
        valued.computeIfAbsent(codeId, c -> new Tally()).add(doc);
        if (!passage.metadata("region").isEmpty()) {
          regionsValuing
              .computeIfAbsent(codeId, c -> new TreeSet<>())
              .add(passage.metadata("region"));
        }
      } else if (stance == Valence.DEFICIT) {
        hinders.computeIfAbsent(codeId, c -> new Tally()).add(doc);
      }
    }
    lenses.forEach(lens -> hindersByLens.computeIfAbsent(lens, l -> new Tally()).add(doc));
  }

  /**
   * The stance a code was given with in a passage: valued (appreciative), hindered (deficit),
   * wished, or none (neutral), so that a code counts as valued only where its own clause valued it.
   */
  static Valence stanceOf(CodedPassage passage, String codeId) {
    return switch (passage.stances().of(codeId)) {
      case "valued" -> Valence.APPRECIATIVE;
      case "hindered" -> Valence.DEFICIT;
      case "wished" -> Valence.WISH;
      default -> Valence.NEUTRAL;
    };
  }

  private static void addIfPresent(Set<String> set, String value) {
    if (!value.isEmpty()) {
      set.add(value);
    }
  }

  public Report finish() {
    List<Group> groupResults = new ArrayList<>();
    QuoteAnchor anchor = new QuoteAnchor(codebook);
    groups.forEach((key, tally) -> groupResults.add(tally.result(key, codebook, codes, anchor)));
    int threshold = Math.max(2, (regions.size() + 1) / 2);
    return new Report(
        codebook,
        by,
        quotes,
        privacy,
        new Corpus(
            documentNumbers.size(),
            documentsByKind,
            passages,
            codedPassages,
            List.copyOf(regions),
            List.copyOf(roles),
            passagesByValence),
        groupResults,
        threshold,
        commonThreads(threshold),
        ranked(hinders, Valence.DEFICIT),
        lensCounts(hindersByLens));
  }

  private List<CommonThread> commonThreads(int threshold) {
    List<CommonThread> threads = new ArrayList<>();
    for (Code code : codes.values()) {
      Set<String> where = regionsValuing.getOrDefault(code.id(), Set.of());
      if (!where.isEmpty() && where.size() >= threshold) {
        threads.add(
            new CommonThread(
                code.id(), code.categoryId(), List.copyOf(where), valued.get(code.id()).count()));
      }
    }
    threads.sort(
        Comparator.comparingInt((CommonThread thread) -> -thread.regions().size())
            .thenComparingInt(thread -> -thread.valued().documents())
            .thenComparingInt(thread -> -thread.valued().passages()));
    return threads;
  }

  private List<CodeResult> ranked(Map<String, Tally> tallies, Valence valence) {
    List<CodeResult> results = new ArrayList<>();
    for (Code code : codes.values()) {
      Tally tally = tallies.get(code.id());
      if (tally != null) {
        results.add(
            new CodeResult(code.id(), code.categoryId(), valence, tally.count(), List.of()));
      }
    }
    return rankWithinLens(results, codebook);
  }

  private Map<String, Count> lensCounts(Map<String, Tally> tallies) {
    Map<String, Count> counts = new LinkedHashMap<>();
    for (Category category : codebook.categories()) {
      Tally tally = tallies.get(category.id());
      counts.put(category.id(), tally == null ? Count.ZERO : tally.count());
    }
    return counts;
  }

  /** Lenses in codebook order; within a lens most documents first, then most passages. */
  static List<CodeResult> rankWithinLens(List<CodeResult> results, Codebook codebook) {
    List<String> lensOrder = codebook.categories().stream().map(Category::id).toList();
    List<CodeResult> sorted = new ArrayList<>(results);
    sorted.sort(
        Comparator.comparingInt((CodeResult result) -> lensOrder.indexOf(result.lensId()))
            .thenComparing(CodeResult::valence)
            .thenComparingInt(result -> -result.count().documents())
            .thenComparingInt(result -> -result.count().passages()));
    return sorted;
  }

  /** The counts of one group. */
  private static final class GroupTally {
    private final Tally total = new Tally();
    private final Map<String, Tally> valuedByLens = new HashMap<>();
    private final Map<String, EnumMap<Valence, Tally>> byCode = new LinkedHashMap<>();
    private final Map<String, QuotePicker> quotes = new HashMap<>();

    void add(
        CodedPassage passage,
        int doc,
        Map<String, Code> codes,
        int quoteCount,
        Optional<String> quote) {
      total.add(doc);
      Set<String> lenses = new HashSet<>();
      for (String codeId : passage.codes()) {
        Valence stance = stanceOf(passage, codeId);
        byCode
            .computeIfAbsent(codeId, c -> new EnumMap<>(Valence.class))
            .computeIfAbsent(stance, v -> new Tally())
            .add(doc);
        if (stance == Valence.APPRECIATIVE) {
          lenses.add(codes.get(codeId).categoryId());
          quote.ifPresent(
              text ->
                  quotes
                      .computeIfAbsent(codeId, c -> new QuotePicker(quoteCount))
                      .offer(passage.docId(), passage.passage(), text));
        }
      }
      lenses.forEach(lens -> valuedByLens.computeIfAbsent(lens, l -> new Tally()).add(doc));
    }

    Group result(List<String> key, Codebook codebook, Map<String, Code> codes, QuoteAnchor anchor) {
      Map<String, Count> lensCounts = new LinkedHashMap<>();
      for (Category category : codebook.categories()) {
        Tally tally = valuedByLens.get(category.id());
        lensCounts.put(category.id(), tally == null ? Count.ZERO : tally.count());
      }
      List<CodeResult> results = new ArrayList<>();
      for (Code code : codes.values()) {
        EnumMap<Valence, Tally> tallies = byCode.get(code.id());
        if (tallies == null) {
          continue;
        }
        tallies.forEach(
            (valence, tally) -> {
              QuotePicker picker = quotes.get(code.id());
              List<Quote> picked =
                  valence == Valence.APPRECIATIVE && picker != null
                      ? picker.quotes(text -> anchor.of(text, code.id()))
                      : List.of();
              results.add(
                  new CodeResult(code.id(), code.categoryId(), valence, tally.count(), picked));
            });
      }
      return new Group(key, total.count(), lensCounts, rankWithinLens(results, codebook));
    }
  }
}
