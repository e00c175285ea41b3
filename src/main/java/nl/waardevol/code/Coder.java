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
import nl.waardevol.text.Stemmer;
import nl.waardevol.text.Tokens;

/**
 * Codes passages against a codebook: which codes their terms give (unless an exclude term
 * suppresses them) and whether the passage is appreciative, deficit or neutral talk. Holds a
 * stem cache, so one coder serves one thread.
 */
public final class Coder {
  private final Codebook codebook;
  private final List<Code> codes;
  private final TermIndex index;
  private final ValenceScorer valence;

  public Coder(Codebook codebook) {
    this.codebook = codebook;
    this.codes = codebook.codes();
    Stemmer stemmer = new Stemmer(codebook.language());
    List<TermIndex.Entry> entries = new ArrayList<>();
    for (int owner = 0; owner < codes.size(); owner++) {
      Code code = codes.get(owner);
      add(entries, code.include(), TermIndex.Role.INCLUDE, owner, stemmer);
      add(entries, code.exclude(), TermIndex.Role.EXCLUDE, owner, stemmer);
    }
    add(entries, codebook.valence().appreciative(), TermIndex.Role.APPRECIATIVE, -1, stemmer);
    add(entries, codebook.valence().deficit(), TermIndex.Role.DEFICIT, -1, stemmer);
    this.index = new TermIndex(stemmer, entries);
    this.valence = new ValenceScorer(codebook.valence());
  }

  private static void add(
      List<TermIndex.Entry> entries, List<Term> terms, TermIndex.Role role, int owner, Stemmer stemmer) {
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
    return language.isEmpty() ? LanguageGuesser.guess(document.text(), codebook.language()) : language;
  }

  /** Codes one text, e.g. a passage or a codebook example sentence. */
  public Analysis analyse(String text) {
    Tokens tokens = Tokens.of(text);
    List<TermIndex.Hit> hits = index.match(text, tokens);
    boolean[] included = new boolean[codes.size()];
    boolean[] excluded = new boolean[codes.size()];
    for (TermIndex.Hit hit : hits) {
      switch (hit.entry().role()) {
        case INCLUDE -> included[hit.entry().owner()] = true;
        case EXCLUDE -> excluded[hit.entry().owner()] = true;
        default -> {}
      }
    }
    List<String> given = new ArrayList<>();
    Set<String> categories = new LinkedHashSet<>();
    Set<String> matched = new LinkedHashSet<>();
    for (int owner = 0; owner < codes.size(); owner++) {
      if (included[owner] && !excluded[owner]) {
        Code code = codes.get(owner);
        given.add(code.id());
        categories.add(code.categoryId());
        matched.addAll(termsFor(owner, hits));
      }
    }
    double score = valence.score(tokens, hits);
    return new Analysis(given, List.copyOf(categories), List.copyOf(matched), Valence.of(score), score);
  }

  private List<String> termsFor(int owner, List<TermIndex.Hit> hits) {
    String codeId = codes.get(owner).id();
    List<String> terms = new ArrayList<>();
    for (TermIndex.Hit hit : hits) {
      if (hit.entry().owner() == owner && hit.entry().role() == TermIndex.Role.INCLUDE) {
        terms.add(codeId + ":" + hit.entry().term().source());
      }
    }
    return terms;
  }
}
