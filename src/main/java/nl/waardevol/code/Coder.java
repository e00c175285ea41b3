package nl.waardevol.code;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.waardevol.codebook.Code;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.Term;
import nl.waardevol.codebook.TermParser;
import nl.waardevol.learn.Model;
import nl.waardevol.learn.Observation;
import nl.waardevol.learn.Prediction;
import nl.waardevol.read.Document;
import nl.waardevol.segment.Passage;
import nl.waardevol.segment.SegmentedDocument;
import nl.waardevol.stance.Marker;
import nl.waardevol.stance.StanceInput;
import nl.waardevol.stance.StanceReader;
import nl.waardevol.stance.StanceRules;
import nl.waardevol.text.LanguageGuesser;
import nl.waardevol.text.Lemmatizer;

/**
 * Codes passages against a codebook: which codes their terms give (unless an exclude term
 * suppresses them), the stance of each clause, of the passage and of each code (valued, hindered,
 * wished). Holds a lemma cache, so one coder serves one thread.
 */
public final class Coder {
  private final Codebook codebook;
  private final List<Code> codes;
  private final TermIndex index;
  private final Vocabulary vocabulary;
  private final TermIndex questionIndex;
  private final Vocabulary questionVocabulary;
  private final ValenceScorer valence;
  private final StanceReader stanceReader;
  private final Model model;
  private String lastQuestion;
  private nl.waardevol.stance.Stance lastAsked;

  /** Per valence term source of the Pattern lexicon: its polarity (its weight in a clause). */
  private final Map<String, Double> adjectives;

  /**
   * A codebook's terms, markers and adjectives compiled once and shared by its coders, and apart
   * from them the markers read in the interviewer's question, which no passage needs to match.
   */
  private record Compiled(
      Codebook codebook,
      TermIndex index,
      TermIndex questionIndex,
      Map<String, Double> adjectives) {}

  /** The last codebook compiled: a run codes with one codebook on every worker thread. */
  private static Compiled lastCompiled;

  public Coder(Codebook codebook) {
    this(codebook, null);
  }

  /**
   * With a learned model, the rules' decisions become features of the model, which decides the
   * codes and stances; with {@code model} null, the rules alone decide.
   */
  public Coder(Codebook codebook, Model model) {
    this.codebook = codebook;
    this.model = model;
    this.codes = codebook.codes();
    Compiled compiled = compiled(codebook);
    this.index = compiled.index();
    this.questionIndex = compiled.questionIndex();
    this.adjectives = compiled.adjectives();
    StanceRules rules = StanceRules.of(codebook.language());
    this.stanceReader = new StanceReader(rules);
    Lemmatizer lemmatizer = new Lemmatizer(codebook.language());
    this.vocabulary =
        new Vocabulary(
            lemmatizer, index, codebook.valence().negators(), codebook.valence().contrast());
    this.questionVocabulary = new Vocabulary(lemmatizer, questionIndex, Set.of(), Set.of());
    this.valence =
        new ValenceScorer(
            codebook.valence(),
            inCategories(codebook.valence().topicCategories()),
            inCategories(codebook.valence().wishCategories()));
  }

  /**
   * Compiles the codebook's terms and lexicons ahead of the first coder, so that a run can do it
   * while it reads its model: both take a few hundred milliseconds at start-up.
   */
  public static void prepare(Codebook codebook) {
    compiled(codebook);
  }

  private static synchronized Compiled compiled(Codebook codebook) {
    if (lastCompiled == null || lastCompiled.codebook() != codebook) {
      lastCompiled = compile(codebook);
    }
    return lastCompiled;
  }

  private static Compiled compile(Codebook codebook) {
    Lemmatizer lemmatizer = new Lemmatizer(codebook.language());
    List<Code> codes = codebook.codes();
    List<TermIndex.Entry> entries = new ArrayList<>();
    for (int owner = 0; owner < codes.size(); owner++) {
      Code code = codes.get(owner);
      add(entries, code.include(), Explanation.Role.INCLUDE, owner, lemmatizer);
      add(entries, code.exclude(), Explanation.Role.EXCLUDE, owner, lemmatizer);
    }
    add(entries, codebook.valence().appreciative(), Explanation.Role.APPRECIATIVE, -1, lemmatizer);
    add(entries, codebook.valence().deficit(), Explanation.Role.DEFICIT, -1, lemmatizer);
    StanceRules rules = StanceRules.of(codebook.language());
    Map<String, Double> adjectives = new java.util.HashMap<>();
    if (codebook.valence().sentimentLexicon()) {
      addAdjectives(entries, rules, lemmatizer, adjectives);
    }
    List<TermIndex.Entry> questionEntries = new ArrayList<>();
    addMarkers(entries, questionEntries, rules, lemmatizer);
    return new Compiled(
        codebook, new TermIndex(entries), new TermIndex(questionEntries), Map.copyOf(adjectives));
  }

  /**
   * The evaluative adjectives of the Pattern lexicon that the codebook's valence lists do not hold
   * already: they weigh their polarity, less than a codebook term.
   */
  private static void addAdjectives(
      List<TermIndex.Entry> entries,
      StanceRules rules,
      Lemmatizer lemmatizer,
      Map<String, Double> adjectives) {
    List<TermIndex.Entry> valenceTerms =
        entries.stream().filter(entry -> entry.owner() < 0).toList();
    TermSearch listed = new TermSearch(new TermIndex(valenceTerms), lemmatizer);
    for (var adjective : rules.adjectives().entrySet()) {
      Term term = parse(adjective.getKey());
      if (term != null && term.isSingleWord() && listed.find(adjective.getKey()).isEmpty()) {
        Explanation.Role role =
            adjective.getValue() > 0 ? Explanation.Role.APPRECIATIVE : Explanation.Role.DEFICIT;
        entries.add(TermIndex.compileAdjective(term, role, lemmatizer));
        adjectives.put(term.source(), Math.abs(adjective.getValue()));
      }
    }
  }

  /** The stance markers: those read in a passage, and those read in the interviewer's question. */
  private static void addMarkers(
      List<TermIndex.Entry> entries,
      List<TermIndex.Entry> questionEntries,
      StanceRules rules,
      Lemmatizer lemmatizer) {
    for (var marker : rules.markers().entrySet()) {
      for (String written : marker.getValue()) {
        Term term = parse(written);
        if (term != null) {
          (marker.getKey().isAboutTheQuestion() ? questionEntries : entries)
              .add(
                  TermIndex.compile(
                      term, Explanation.Role.MARKER, marker.getKey().ordinal(), lemmatizer));
        }
      }
    }
  }

  /** A shipped term; one the parser refuses is a build error, caught by the stance tests. */
  private static Term parse(String written) {
    try {
      return new TermParser().parse(written, 0);
    } catch (TermParser.Invalid e) {
      return null;
    }
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
      Lemmatizer lemmatizer) {
    for (Term term : terms) {
      entries.add(TermIndex.compile(term, role, owner, lemmatizer));
    }
  }

  /** One passage as coded, with what the model decided for it (null when the rules alone coded). */
  public record Coded(CodedPassage passage, Prediction prediction) {}

  public List<CodedPassage> code(SegmentedDocument segmented) {
    return codeWithPredictions(segmented).stream().map(Coded::passage).toList();
  }

  /** The same, keeping the model's predictions, for {@code review}, which ranks by them. */
  public List<Coded> codeWithPredictions(SegmentedDocument segmented) {
    Document document = segmented.document();
    String language = language(document);
    List<Coded> coded = new ArrayList<>(segmented.passages().size());
    CodePointOffsets offsets = new CodePointOffsets(document.text());
    for (Passage passage : segmented.passages()) {
      Analysis analysis = analyse(passage.text(), passage.question(), document.metadata("role"));
      CodedPassage row =
          new CodedPassage(
              document.id(),
              document.metadata(),
              passage.number(),
              passage.speaker(),
              offsets.of(passage.start()),
              offsets.of(passage.end()),
              language,
              analysis.valence(),
              analysis.categories(),
              analysis.codes(),
              analysis.matched(),
              analysis.stances(),
              analysis.confidence(),
              passage.text(),
              passage.question());
      coded.add(new Coded(row, analysis.prediction()));
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
    return analyse(text, "");
  }

  /** Codes a passage that answers the interviewer's {@code question} (empty when none). */
  public Analysis analyse(String text, String question) {
    return analyse(text, question, "");
  }

  /**
   * Codes a passage of a speaker in {@code role} (empty when unknown) that answers {@code
   * question}.
   */
  public Analysis analyse(String text, String question, String role) {
    Scan tokens = Scan.of(text, vocabulary);
    List<TermIndex.Hit> hits = index.match(text, tokens);
    Analysis rules = decide(text, tokens, hits, asked(question));
    return model == null
        ? rules
        : learned(rules, model.predict(observe(tokens, hits, rules, question, role)));
  }

  /** What the rules saw and decided in a passage, for a model to learn from or predict with. */
  public Observation observe(String text, String question, String role) {
    Scan tokens = Scan.of(text, vocabulary);
    List<TermIndex.Hit> hits = index.match(text, tokens);
    Analysis rules = decide(text, tokens, hits, asked(question));
    return observe(tokens, hits, rules, question, role);
  }

  private Observation observe(
      Scan tokens, List<TermIndex.Hit> hits, Analysis rules, String question, String role) {
    List<Observation.Clause> clauses = new ArrayList<>();
    for (StanceReader.Clause clause : rules.reading().clauses()) {
      List<Observation.Word> words = new ArrayList<>(clause.to() - clause.from());
      for (int i = clause.from(); i < clause.to(); i++) {
        words.add(new Observation.Word(lemma(tokens.word(i)), negated(tokens, i)));
      }
      clauses.add(new Observation.Clause(words, clause.stance()));
    }
    List<String> questionLemmas = new ArrayList<>();
    if (!question.isBlank()) {
      Scan asked = Scan.of(question, questionVocabulary);
      for (int i = 0; i < asked.size(); i++) {
        questionLemmas.add(lemma(asked.word(i)));
      }
    }
    Map<String, nl.waardevol.stance.Stance> ruleCodes = new java.util.LinkedHashMap<>();
    rules.codes().forEach(code -> ruleCodes.put(code, rules.stances().of(code)));
    List<String> markers =
        hits.stream()
            .filter(hit -> hit.entry().role() == Explanation.Role.MARKER)
            .map(
                hit ->
                    Marker.values()[hit.entry().owner()].name().toLowerCase(java.util.Locale.ROOT))
            .distinct()
            .toList();
    return new Observation(
        clauses, questionLemmas, role, asked(question), rules.valence(), ruleCodes, markers);
  }

  /** How many words after a negation, in its clause, the negation is taken to reach. */
  private static final int NEGATION_REACH = 4;

  private static boolean negated(Scan tokens, int index) {
    for (int i = Math.max(0, index - NEGATION_REACH); i < index; i++) {
      if (tokens.word(i).negator && tokens.clause(i) == tokens.clause(index)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word's lemma for the models: the word itself when one of its readings has it as lemma ('echt'
   * the adjective, not 'echten'), else the dictionary's first, else the word.
   */
  private static String lemma(Vocabulary.Word word) {
    List<String> lemmas = word.analysis.lemmas();
    return lemmas.isEmpty() || lemmas.contains(word.text)
        ? word.text
        : lemmas.get(0).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The model's decisions in place of the rules': its codes (a code it adds or removes is marked in
   * matched as {@code model:+code} or {@code model:-code}), its stances and its confidence.
   */
  private Analysis learned(Analysis rules, Prediction prediction) {
    Set<String> categories = new LinkedHashSet<>();
    List<String> matched = new ArrayList<>();
    for (Code code : codes) {
      String id = code.id();
      if (prediction.codes().contains(id)) {
        categories.add(code.categoryId());
        if (rules.codes().contains(id)) {
          rules.matched().stream().filter(term -> term.startsWith(id + ":")).forEach(matched::add);
        } else {
          matched.add("model:+" + id);
        }
      } else if (rules.codes().contains(id)) {
        matched.add("model:-" + id);
      }
    }
    return new Analysis(
        prediction.codes(),
        List.copyOf(categories),
        matched,
        prediction.stance(),
        CodeStances.of(prediction.codes(), prediction.codeStances()),
        rules.reading(),
        prediction);
  }

  /**
   * What a plain answer to the interviewer's question means (rule 11a): a wish for "what would you
   * wish", deficit for "what was hard", appreciative for "what helped", else neutral.
   */
  private nl.waardevol.stance.Stance asked(String question) {
    if (question.isBlank()) {
      return nl.waardevol.stance.Stance.NEUTRAL;
    }
    // The passages of one answer share their question: read it once.
    if (question.equals(lastQuestion)) {
      return lastAsked;
    }
    lastQuestion = question;
    lastAsked = askedOf(question);
    return lastAsked;
  }

  private nl.waardevol.stance.Stance askedOf(String question) {
    Set<Marker> found = java.util.EnumSet.noneOf(Marker.class);
    for (TermIndex.Hit hit : questionIndex.match(question, Scan.of(question, questionVocabulary))) {
      found.add(Marker.values()[hit.entry().owner()]);
    }
    if (found.contains(Marker.ASKS_FOR_WISHES)) {
      return nl.waardevol.stance.Stance.WISH;
    }
    if (found.contains(Marker.ASKS_WHAT_WAS_HARD)) {
      return nl.waardevol.stance.Stance.DEFICIT;
    }
    return found.contains(Marker.ASKS_WHAT_HELPED)
        ? nl.waardevol.stance.Stance.APPRECIATIVE
        : nl.waardevol.stance.Stance.NEUTRAL;
  }

  private Analysis decide(
      String text, Scan tokens, List<TermIndex.Hit> hits, nl.waardevol.stance.Stance asked) {
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
    StanceReader.Reading reading =
        stanceReader.read(stanceInput(text, tokens, hits, given, ids, asked));
    return new Analysis(
        ids,
        List.copyOf(categories),
        List.copyOf(matched),
        reading.stance(),
        CodeStances.of(ids, reading.codes()),
        reading,
        null);
  }

  /** The passage as the stance rules read it. */
  private StanceInput stanceInput(
      String text,
      Scan tokens,
      List<TermIndex.Hit> hits,
      boolean[] given,
      List<String> codeIds,
      nl.waardevol.stance.Stance asked) {
    List<StanceInput.Token> words = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      words.add(
          new StanceInput.Token(
              tokens.text(i),
              tokens.start(i),
              tokens.end(i),
              tokens.sentence(i),
              tokens.clause(i)));
    }
    List<StanceInput.Found> markers = new ArrayList<>();
    boolean[] notNegating = new boolean[tokens.size()];
    for (TermIndex.Hit hit : hits) {
      if (hit.entry().role() == Explanation.Role.MARKER && hit.from() < hit.to()) {
        Marker marker = Marker.values()[hit.entry().owner()];
        markers.add(
            new StanceInput.Found(marker, hit.from(), hit.to(), hit.entry().term().source()));
        if (marker == Marker.NO_CONTRAST) {
          for (int i = hit.from(); i < hit.to(); i++) {
            notNegating[i] = true;
          }
        }
      }
    }
    List<StanceInput.Evaluation> evaluations = new ArrayList<>();
    for (Explanation.ValenceStep step : valence.steps(tokens, hits, given, notNegating)) {
      double strength = step.codeTerm() ? 1 : adjectives.getOrDefault(step.term(), 1.0);
      double sign = Math.signum(step.contribution());
      String why =
          "'"
              + step.term()
              + "'"
              + (step.negator().isEmpty() ? "" : " negated by '" + step.negator() + "'");
      evaluations.add(
          new StanceInput.Evaluation(
              step.fromToken(), step.toToken(), sign * strength, step.negatorToken(), why));
    }
    java.util.Map<String, List<Integer>> evidence = new java.util.LinkedHashMap<>();
    for (String id : codeIds) {
      evidence.put(id, new ArrayList<>());
    }
    for (TermIndex.Hit hit : hits) {
      if (hit.entry().role() == Explanation.Role.INCLUDE && given[hit.entry().owner()]) {
        List<Integer> at = evidence.get(codes.get(hit.entry().owner()).id());
        for (int i = hit.from(); i < Math.max(hit.to(), hit.from() + 1); i++) {
          at.add(Math.min(i, Math.max(0, tokens.size() - 1)));
        }
      }
    }
    return new StanceInput(text, words, evaluations, markers, evidence, asked);
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
    return explain(text, "");
  }

  /** Codes a passage that answers {@code question} and says why, term by term, clause by clause. */
  public Explanation explain(String text, String question) {
    return explain(text, question, "");
  }

  /**
   * The same for a speaker in {@code role}; with a model, also what the model decided and the
   * features that weighed most.
   */
  public Explanation explain(String text, String question, String role) {
    Scan tokens = Scan.of(text, vocabulary);
    List<TermIndex.Hit> hits = index.match(text, tokens);
    Analysis analysis = decide(text, tokens, hits, asked(question));
    Prediction prediction =
        model == null ? null : model.explain(observe(tokens, hits, analysis, question, role));
    List<String> tokenTexts = new ArrayList<>(tokens.size());
    List<String> lemmas = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      tokenTexts.add(tokens.text(i));
      var word = tokens.word(i).analysis;
      lemmas.add(
          word.known()
              ? word.readings().stream().map(Object::toString).collect(Collectors.joining(" "))
              : "~" + word.stem());
    }
    List<Explanation.TermMatch> matches = new ArrayList<>();
    for (TermIndex.Hit hit : hits) {
      int start = hit.from() < tokens.size() ? tokens.start(hit.from()) : text.length();
      int end = hit.to() > 0 ? tokens.end(hit.to() - 1) : 0;
      int owner = hit.entry().owner();
      matches.add(
          new Explanation.TermMatch(
              hit.entry().role(),
              hit.entry().role() == Explanation.Role.MARKER
                  ? Marker.values()[owner].name().toLowerCase(java.util.Locale.ROOT)
                  : owner < 0 ? "" : codes.get(owner).id(),
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
        lemmas,
        matches,
        analysis.codes(),
        suppressions(hits),
        analysis.reading(),
        analysis.stances(),
        analysis.valence(),
        prediction);
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
