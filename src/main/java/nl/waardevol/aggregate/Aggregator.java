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
import nl.waardevol.code.CodeStances;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.codebook.Category;
import nl.waardevol.codebook.Code;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.stance.Stance;

/**
 * Counts coded passages per group, lens and code as they stream past, keeping only counts and a few
 * quote candidates: memory grows with the number of groups and codes, not with the corpus. Passages
 * valued (their clause was appreciative) are what is valued; codes hindered are what held people
 * back; see {@link nl.waardevol.code.CodeStances}. A passage a model was less sure of than the
 * {@link Certainty}'s threshold counts only as mentioned, and is kept, as a short excerpt, among
 * the passages {@link ToCheck to check}.
 */
public final class Aggregator {
  private final String toolVersion;
  private final Codebook codebook;
  private final List<String> by;
  private final int quotes;
  private final QuotePrivacy privacy;
  private final Certainty certainty;
  private final QuoteAnchor anchor;
  private final ToCheckTally toCheck;
  private final Map<String, Code> codes = new LinkedHashMap<>();
  private final Map<List<String>, GroupTally> groups;

  /** Each document's number, in the order documents came, for the tallies. */
  private final Map<String, Integer> documentNumbers = new HashMap<>();

  private final Set<String> regions = new TreeSet<>();
  private final Set<String> roles = new TreeSet<>(GroupOrder.roles());
  private final Map<Stance, Integer> passagesByValence = new EnumMap<>(Stance.class);
  private final Map<DocumentKind, Integer> documentsByKind = new EnumMap<>(DocumentKind.class);
  private final Map<String, Set<String>> regionsValuing = new HashMap<>();
  private final Map<String, Tally> valued = new HashMap<>();
  private final Map<String, Tally> hinders = new HashMap<>();
  private final Map<String, Tally> hindersByLens = new HashMap<>();
  private final SampleTally sample = new SampleTally();
  private final Map<String, Tally> roleDocuments = new HashMap<>();
  private final Map<String, Map<String, Tally>> valuedByRole = new HashMap<>();
  private int passages;
  private int codedPassages;

  /**
   * @param privacy how the passages' texts were made fit to quote; a passage whose text is empty
   *     may not be quoted (see {@code redact.PassageRedactor#quoting})
   * @param certainty the model that coded and the confidence from which a passage counts as valued,
   *     hindered or wished
   */
  public Aggregator(
      String toolVersion,
      Codebook codebook,
      List<String> by,
      int quotes,
      QuotePrivacy privacy,
      Certainty certainty) {
    this.toolVersion = toolVersion;
    this.codebook = codebook;
    this.by = List.copyOf(by);
    this.quotes = quotes;
    this.privacy = privacy;
    this.certainty = certainty;
    this.anchor = new QuoteAnchor(codebook);
    this.toCheck = new ToCheckTally(by, anchor, quotes > 0);
    this.groups = new TreeMap<>(new GroupOrder(by));
    for (Code code : codebook.codes()) {
      codes.put(code.id(), code);
    }
  }

  public void add(CodedPassage given) {
    CodedPassage passage = given;
    int known = documentNumbers.size();
    int doc = documentNumbers.computeIfAbsent(passage.docId(), id -> documentNumbers.size());
    String role = passage.metadata("role");
    if (documentNumbers.size() > known) {
      DocumentKind kind = DocumentKind.of(passage);
      documentsByKind.merge(kind, 1, Integer::sum);
      sample.add(passage.metadata("region"), role, kind);
      roleDocuments.computeIfAbsent(role, r -> new Tally()).add(doc);
    }
    passages++;
    List<String> key = by.stream().map(passage::metadata).toList();
    if (certainty.doubts(passage)) {
      ToCheckTally.codeWithStance(passage).ifPresent(code -> toCheck.add(given, code, key, doc));
      passage = mentionedOnly(passage);
    }
    passagesByValence.merge(passage.valence(), 1, Integer::sum);
    addIfPresent(regions, passage.metadata("region"));
    addIfPresent(roles, passage.metadata("role"));
    Optional<String> quote =
        quotes > 0 && !passage.text().isEmpty() ? Optional.of(passage.text()) : Optional.empty();
    groups.computeIfAbsent(key, k -> new GroupTally()).add(passage, doc, codes, quotes, quote);
    if (passage.codes().isEmpty()) {
      return;
    }
    codedPassages++;
    Set<String> lenses = new HashSet<>();
    for (String codeId : passage.codes()) {
      Stance stance = passage.stances().of(codeId);
      if (stance == Stance.DEFICIT) {
        lenses.add(codes.get(codeId).categoryId());
      }
      if (stance == Stance.APPRECIATIVE) {
        valued.computeIfAbsent(codeId, c -> new Tally()).add(doc);
        valuedByRole
            .computeIfAbsent(role, r -> new HashMap<>())
            .computeIfAbsent(codeId, c -> new Tally())
            .add(doc);
        if (!passage.metadata("region").isEmpty()) {
          regionsValuing
              .computeIfAbsent(codeId, c -> new TreeSet<>())
              .add(passage.metadata("region"));
        }
      } else if (stance == Stance.DEFICIT) {
        hinders.computeIfAbsent(codeId, c -> new Tally()).add(doc);
      }
    }
    lenses.forEach(lens -> hindersByLens.computeIfAbsent(lens, l -> new Tally()).add(doc));
  }

  /**
   * The passage as a doubtful one counts: its codes as mentioned, none of them valued, hindered or
   * wished, so that it is not quoted either.
   */
  private static CodedPassage mentionedOnly(CodedPassage passage) {
    return new CodedPassage(
        passage.docId(),
        passage.metadata(),
        passage.passage(),
        passage.speaker(),
        passage.start(),
        passage.end(),
        passage.language(),
        Stance.NEUTRAL,
        passage.categories(),
        passage.codes(),
        passage.matched(),
        CodeStances.NONE,
        passage.confidence(),
        passage.text(),
        passage.question());
  }

  private static void addIfPresent(Set<String> set, String value) {
    if (!value.isEmpty()) {
      set.add(value);
    }
  }

  public Report finish() {
    List<Group> groupResults = new ArrayList<>();
    groups.forEach((key, tally) -> groupResults.add(tally.result(key, codebook, codes, anchor)));
    int threshold = Math.max(2, (regions.size() + 1) / 2);
    return new Report(
        toolVersion,
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
        sample.result(),
        new Summary(regions.size(), themes(threshold), roleDifferences()),
        groupResults,
        threshold,
        commonThreads(threshold),
        ranked(valued, Stance.APPRECIATIVE),
        roleValues(),
        ranked(hinders, Stance.DEFICIT),
        lensCounts(hindersByLens),
        certainty,
        toCheck.result(),
        Optional.empty());
  }

  /**
   * The codes valued in the most regions: those that are common threads, at most five, and at least
   * three even when fewer codes reach the threshold.
   */
  private List<Summary.Theme> themes(int threshold) {
    List<Summary.Theme> ranked = new ArrayList<>();
    for (Code code : codes.values()) {
      Tally tally = valued.get(code.id());
      if (tally != null) {
        int where = regionsValuing.getOrDefault(code.id(), Set.of()).size();
        ranked.add(new Summary.Theme(code.id(), code.categoryId(), where, tally.count()));
      }
    }
    ranked.sort(
        Comparator.comparingInt((Summary.Theme theme) -> -theme.regions())
            .thenComparingInt(theme -> -theme.valued().documents())
            .thenComparingInt(theme -> -theme.valued().passages()));
    long common = ranked.stream().filter(theme -> theme.regions() >= threshold).count();
    int shown = (int) Math.max(Summary.MIN_THEMES, Math.min(Summary.MAX_THEMES, common));
    return ranked.subList(0, Math.min(shown, ranked.size()));
  }

  /** The codes whose share of valuing documents differs most between two roles. */
  private List<Summary.RoleDifference> roleDifferences() {
    List<String> known = roles.stream().filter(roleDocuments::containsKey).toList();
    if (known.size() < 2) {
      return List.of();
    }
    List<Summary.RoleDifference> differences = new ArrayList<>();
    for (Code code : codes.values()) {
      if (!valued.containsKey(code.id())) {
        continue;
      }
      List<Summary.RoleShare> shares = new ArrayList<>();
      for (String role : known) {
        Tally tally = valuedByRole.getOrDefault(role, Map.of()).get(code.id());
        int documents = tally == null ? 0 : tally.count().documents();
        shares.add(
            new Summary.RoleShare(role, documents, roleDocuments.get(role).count().documents()));
      }
      Comparator<Summary.RoleShare> byShare = Comparator.comparingDouble(Summary.RoleShare::share);
      Summary.RoleShare most = shares.stream().max(byShare).orElseThrow();
      Summary.RoleShare least = shares.stream().min(byShare).orElseThrow();
      if (most.share() > least.share()) {
        differences.add(new Summary.RoleDifference(code.id(), code.categoryId(), most, least));
      }
    }
    differences.sort(
        Comparator.comparingDouble(
            (Summary.RoleDifference d) -> d.least().share() - d.most().share()));
    return differences.subList(0, Math.min(Summary.DIFFERENCES, differences.size()));
  }

  /** Per role with documents its most valued codes, roles in report order. */
  private List<RoleValues> roleValues() {
    List<RoleValues> result = new ArrayList<>();
    for (String role : roles) {
      Tally documents = roleDocuments.get(role);
      if (documents == null) {
        continue;
      }
      Map<String, Tally> tallies = valuedByRole.getOrDefault(role, Map.of());
      List<CodeResult> top = new ArrayList<>();
      for (Code code : codes.values()) {
        Tally tally = tallies.get(code.id());
        if (tally != null) {
          top.add(
              new CodeResult(
                  code.id(), code.categoryId(), Stance.APPRECIATIVE, tally.count(), List.of()));
        }
      }
      top.sort(
          Comparator.comparingInt((CodeResult r) -> -r.count().documents())
              .thenComparingInt(r -> -r.count().passages()));
      result.add(
          new RoleValues(
              role,
              documents.count().documents(),
              top.subList(0, Math.min(RoleValues.TOP, top.size()))));
    }
    return result;
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

  private List<CodeResult> ranked(Map<String, Tally> tallies, Stance valence) {
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
    private final Map<String, EnumMap<Stance, Tally>> byCode = new LinkedHashMap<>();

    /** Quote candidates per stance and code: valued, hindered and wished are quoted apart. */
    private final Map<Stance, Map<String, QuotePicker>> quotes = new EnumMap<>(Stance.class);

    void add(
        CodedPassage passage,
        int doc,
        Map<String, Code> codes,
        int quoteCount,
        Optional<String> quote) {
      total.add(doc);
      Set<String> lenses = new HashSet<>();
      for (String codeId : passage.codes()) {
        Stance stance = passage.stances().of(codeId);
        byCode
            .computeIfAbsent(codeId, c -> new EnumMap<>(Stance.class))
            .computeIfAbsent(stance, v -> new Tally())
            .add(doc);
        if (stance == Stance.APPRECIATIVE) {
          lenses.add(codes.get(codeId).categoryId());
        }
        if (stance != Stance.NEUTRAL) {
          quote.ifPresent(
              text ->
                  quotes
                      .computeIfAbsent(stance, s -> new HashMap<>())
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
        EnumMap<Stance, Tally> tallies = byCode.get(code.id());
        if (tallies != null) {
          tallies.forEach(
              (valence, tally) ->
                  results.add(
                      new CodeResult(
                          code.id(), code.categoryId(), valence, tally.count(), List.of())));
        }
      }
      return new Group(
          key, total.count(), lensCounts, withQuotes(rankWithinLens(results, codebook), anchor));
    }

    /**
     * The ranked results with their quotes, picked in report order (valued first) so that a passage
     * quoted for one code is not quoted again for a later one, or for another stance, in the same
     * group.
     */
    private List<CodeResult> withQuotes(List<CodeResult> ranked, QuoteAnchor anchor) {
      Set<String> quoted = new HashSet<>();
      List<CodeResult> results = new ArrayList<>();
      for (CodeResult result : ranked) {
        QuotePicker picker = quotes.getOrDefault(result.valence(), Map.of()).get(result.codeId());
        if (picker == null) {
          results.add(result);
          continue;
        }
        List<Quote> picked = picker.quotes(quoted, text -> anchor.of(text, result.codeId()));
        picked.forEach(quote -> quoted.add(QuotePicker.key(quote.docId(), quote.passage())));
        results.add(
            new CodeResult(
                result.codeId(), result.lensId(), result.valence(), result.count(), picked));
      }
      return results;
    }
  }
}
