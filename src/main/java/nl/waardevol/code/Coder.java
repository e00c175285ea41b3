package nl.waardevol.code;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.waardevol.codebook.Code;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.Term;
import nl.waardevol.read.Document;
import nl.waardevol.segment.Passage;
import nl.waardevol.segment.SegmentedDocument;
import nl.waardevol.text.LanguageGuesser;
import nl.waardevol.text.Stemmer;

/**
 * Codes passages against a codebook: which codes their terms give (unless an exclude term
 * suppresses them) and whether the passage is appreciative, deficit or neutral talk. Holds a stem
 * cache, so one coder serves one thread.
 */
public final class Coder {
  private final Codebook codebook;
  private final List<Code> codes;
  private final TermIndex index;
  private final Vocabulary vocabulary;
  private final ValenceScorer valence;

  public Coder(Codebook codebook) {
    this.codebook = codebook;
    this.codes = codebook.codes();
    Stemmer stemmer = new Stemmer(codebook.language());
    List<TermIndex.Entry> entries = new ArrayList<>();
    for (int owner = 0; owner < codes.size(); owner++) {
      Code code = codes.get(owner);
      add(entries, code.include(), Explanation.Role.INCLUDE, owner, stemmer);
      add(entries, code.exclude(), Explanation.Role.EXCLUDE, owner, stemmer);
    }
    add(entries, codebook.valence().appreciative(), Explanation.Role.APPRECIATIVE, -1, stemmer);
    add(entries, codebook.valence().deficit(), Explanation.Role.DEFICIT, -1, stemmer);
    this.index = new TermIndex(entries);
    this.vocabulary =
        new Vocabulary(
            stemmer, index, codebook.valence().negators(), codebook.valence().contrast());
    this.valence =
        new ValenceScorer(
            codebook.valence(),
            inCategories(codebook.valence().topicCategories()),
            inCategories(codebook.valence().wishCategories()));
  }

  /** Per code: whether its category is one of {@code categoryIds}. */
  private boolean[] inCategories(Set<String> categoryIds) {
    boolean[] in = new boolean[codes.size()];
    for (int owner = 0; owner < codes.size(); owner++) {
      in[owner] = categoryIds.contains(codes.get(owner).categoryId());
    }
    return in;
  }

  private static void add(
      List<TermIndex.Entry> entries,
      List<Term> terms,
      Explanation.Role role,
      int owner,
      Stemmer stemmer) {
    for (Term term : terms) {
      entries.add(TermIndex.compile(term, role, owner, stemmer));
    }
  }

  public List<CodedPassage> code(SegmentedDocument segmented) {
    Document document = segmented.document();
    String language = language(document);
    List<CodedPassage> coded = new ArrayList<>(segmented.passages().size());
    for (Passage passage : segmented.passages()) {
      Analysis analysis = analyse(passage.text());
      coded.add(
          new CodedPassage(
              document.id(),
              document.metadata(),
              passage.number(),
              passage.speaker(),
              passage.start(),
              passage.end(),
              language,
              analysis.valence(),
              analysis.categories(),
              analysis.codes(),
              analysis.matched(),
              passage.text(),
              passage.question()));
    }
    return coded;
  }

  /** The document's language: its metadata's, or else guessed from its text. */
  public String language(Document document) {
    String language = document.metadata("language");
    return language.isEmpty()
        ? LanguageGuesser.guess(document.text(), codebook.language())
        : language;
  }

  /** Codes one text, e.g. a passage or a codebook example sentence. */
  public Analysis analyse(String text) {
    Scan tokens = Scan.of(text, vocabulary);
    return decide(tokens, index.match(text, tokens));
  }

  private Analysis decide(Scan tokens, List<TermIndex.Hit> hits) {
    boolean[] given = given(hits);
    List<String> ids = new ArrayList<>();
    Set<String> categories = new LinkedHashSet<>();
    Set<String> matched = new LinkedHashSet<>();
    for (int owner = 0; owner < codes.size(); owner++) {
      if (given[owner]) {
        Code code = codes.get(owner);
        ids.add(code.id());
        categories.add(code.categoryId());
        matched.addAll(termsFor(owner, hits));
      }
    }
    double score = valence.score(tokens, hits, given);
    return new Analysis(
        ids, List.copyOf(categories), List.copyOf(matched), Valence.of(score), score);
  }

  /** Per code: whether an include term matched and no exclude term did. */
  private boolean[] given(List<TermIndex.Hit> hits) {
    boolean[] included = new boolean[codes.size()];
    boolean[] excluded = new boolean[codes.size()];
    for (TermIndex.Hit hit : hits) {
      switch (hit.entry().role()) {
        case INCLUDE -> included[hit.entry().owner()] = true;
        case EXCLUDE -> excluded[hit.entry().owner()] = true;
        default -> {}
      }
    }
    boolean[] given = new boolean[codes.size()];
    for (int owner = 0; owner < codes.size(); owner++) {
      given[owner] = included[owner] && !excluded[owner];
    }
    return given;
  }

  /** Codes one text and says why, term by term. */
  public Explanation explain(String text) {
    Scan tokens = Scan.of(text, vocabulary);
    List<TermIndex.Hit> hits = index.match(text, tokens);
    Analysis analysis = decide(tokens, hits);
    List<String> tokenTexts = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      tokenTexts.add(tokens.text(i));
    }
    List<Explanation.TermMatch> matches = new ArrayList<>();
    for (TermIndex.Hit hit : hits) {
      int start = hit.from() < tokens.size() ? tokens.start(hit.from()) : text.length();
      int end = hit.to() > 0 ? tokens.end(hit.to() - 1) : 0;
      int owner = hit.entry().owner();
      matches.add(
          new Explanation.TermMatch(
              hit.entry().role(),
              owner < 0 ? "" : codes.get(owner).id(),
              hit.entry().term().source(),
              hit.from(),
              hit.to(),
              start,
              Math.max(start, end),
              text.substring(start, Math.max(start, end))));
    }
    return new Explanation(
        text,
        tokenTexts,
        matches,
        analysis.codes(),
        suppressions(hits),
        valence.steps(tokens, hits, given(hits)),
        analysis.score(),
        analysis.valence());
  }

  private List<Explanation.Suppression> suppressions(List<TermIndex.Hit> hits) {
    List<Explanation.Suppression> suppressed = new ArrayList<>();
    for (int owner = 0; owner < codes.size(); owner++) {
      List<String> included = termsOf(owner, Explanation.Role.INCLUDE, hits);
      List<String> excluded = termsOf(owner, Explanation.Role.EXCLUDE, hits);
      if (!included.isEmpty() && !excluded.isEmpty()) {
        suppressed.add(new Explanation.Suppression(codes.get(owner).id(), excluded));
      }
    }
    return suppressed;
  }

  private static List<String> termsOf(int owner, Explanation.Role role, List<TermIndex.Hit> hits) {
    return hits.stream()
        .filter(hit -> hit.entry().owner() == owner && hit.entry().role() == role)
        .map(hit -> hit.entry().term().source())
        .distinct()
        .toList();
  }

  private List<String> termsFor(int owner, List<TermIndex.Hit> hits) {
    String codeId = codes.get(owner).id();
    return termsOf(owner, Explanation.Role.INCLUDE, hits).stream()
        .map(term -> codeId + ":" + term)
        .toList();
  }
}
