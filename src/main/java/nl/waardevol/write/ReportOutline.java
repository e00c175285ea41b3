package nl.waardevol.write;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.waardevol.aggregate.Certainty;
import nl.waardevol.aggregate.CodeResult;
import nl.waardevol.aggregate.CommonThread;
import nl.waardevol.aggregate.Comparison;
import nl.waardevol.aggregate.Count;
import nl.waardevol.aggregate.Group;
import nl.waardevol.aggregate.Quote;
import nl.waardevol.aggregate.QuotePrivacy;
import nl.waardevol.aggregate.Report;
import nl.waardevol.aggregate.RoleValues;
import nl.waardevol.aggregate.Sample;
import nl.waardevol.aggregate.StanceCounts;
import nl.waardevol.aggregate.Summary;
import nl.waardevol.aggregate.ToCheck;
import nl.waardevol.code.CodeStances;
import nl.waardevol.codebook.Category;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.learn.ModelInfo;
import nl.waardevol.segment.Segmenter;
import nl.waardevol.stance.Stance;

/**
 * The parts of a report in reading order, told to a {@link ReportSink}: Markdown, HTML and Word
 * show the same sections with the same words and numbers.
 */
final class ReportOutline {
  /** Marks a count that rests on fewer than {@link Count#FEW_DOCUMENTS} documents. */
  static final String CAUTION = "†";

  /** The passages to check that Markdown, HTML and Word list; CSV and JSON list them all. */
  static final int CHECKED_SHOWN = 50;

  /** The cross-validated figures the method section names, as {@code train --cv} records them. */
  private static final String LENS_MACRO_F1 = "lens.macro_f1";

  private static final String STANCE_ACCURACY = "stance.accuracy";

  private final Report report;
  private final ReportText text;
  private final ReportSink sink;
  private final Codebook codebook;
  private final String lang;
  private final ReportCharts charts;

  ReportOutline(Report report, ReportText text, ReportSink sink) {
    this.report = report;
    this.text = text;
    this.sink = sink;
    this.codebook = report.codebook();
    this.lang = text.language();
    this.charts = new ReportCharts(report, text);
  }

  void write() throws IOException {
    sink.heading(1, text.get("title"), false);
    sink.paragraph(corpusLine());
    summary();
    sample();
    overview();
    roles();
    stances();
    for (Group group : report.groups()) {
      group(group);
    }
    commonThreads();
    hinders();
    if (report.comparison().isPresent()) {
      changes(report.comparison().get());
    }
    method();
    if (report.certainty().applies()) {
      toCheck();
    }
    sink.finish();
  }

  private String corpusLine() {
    var corpus = report.corpus();
    String regions =
        corpus.regions().isEmpty()
            ? text.get("regions.none")
            : text.get("regions", corpus.regions().size(), String.join(", ", corpus.regions()));
    String roles =
        corpus.roles().isEmpty()
            ? text.get("roles.none")
            : text.get(
                "roles",
                corpus.roles().size(),
                corpus.roles().stream()
                    .map(role -> text.value("role", role))
                    .collect(Collectors.joining(", ")));
    return text.get(
        kindCount(corpus) > 1 ? "corpus" : "corpus.single",
        kinds(corpus),
        corpus.documents(),
        corpus.passages(),
        corpus.codedPassages(),
        regions,
        roles,
        codebook.id(),
        codebook.version(),
        codebook.hash());
  }

  /** The documents by kind, "1 interview, 2 verslagen en 3 enquêterespondenten". */
  private String kinds(nl.waardevol.aggregate.Corpus corpus) {
    List<String> parts = new java.util.ArrayList<>();
    for (nl.waardevol.aggregate.DocumentKind kind : nl.waardevol.aggregate.DocumentKind.values()) {
      int count = corpus.documents(kind);
      if (count > 0) {
        parts.add(text.get("kind." + kind.name().toLowerCase(java.util.Locale.ROOT), count));
      }
    }
    if (parts.isEmpty()) {
      return text.get("kind.documents", 0);
    }
    String last = parts.remove(parts.size() - 1);
    return parts.isEmpty() ? last : String.join(", ", parts) + text.get("list.and") + last;
  }

  private static long kindCount(nl.waardevol.aggregate.Corpus corpus) {
    return java.util.Arrays.stream(nl.waardevol.aggregate.DocumentKind.values())
        .filter(kind -> corpus.documents(kind) > 0)
        .count();
  }

  private void summary() throws IOException {
    Summary summary = report.summary();
    sink.heading(2, text.get("summary"), false);
    if (summary.themes().isEmpty()) {
      sink.paragraph(text.get("summary.nothemes"));
    } else {
      boolean regions = summary.regions() >= 2;
      sink.paragraph(
          text.get(
              regions ? "summary.themes" : "summary.themes.documents",
              summary.themes().size(),
              summary.regions()));
      List<String> themes = new ArrayList<>();
      for (Summary.Theme theme : summary.themes()) {
        Count valued = theme.valued();
        String label = codeLabel(theme.codeId());
        themes.add(
            regions
                ? text.get(
                    "summary.theme",
                    label,
                    theme.regions(),
                    summary.regions(),
                    valued.documents(),
                    valued.passages(),
                    caution(valued))
                : text.get(
                    "summary.theme.documents",
                    label,
                    valued.documents(),
                    valued.passages(),
                    caution(valued)));
      }
      sink.bullets(themes);
    }
    if (summary.roleDifferences().isEmpty()) {
      sink.paragraph(text.get("summary.noroles"));
    } else {
      sink.paragraph(text.get("summary.roles"));
      List<String> differences = new ArrayList<>();
      for (Summary.RoleDifference difference : summary.roleDifferences()) {
        differences.add(
            text.get(
                "summary.role",
                codeLabel(difference.codeId()),
                share(difference.most()),
                share(difference.least())));
      }
      sink.bullets(differences);
    }
    if (report.comparison().isPresent()) {
      sink.paragraph(changeSummary(report.comparison().get()));
    }
    sink.note(text.get("caution", CAUTION, Count.FEW_DOCUMENTS));
  }

  private String share(Summary.RoleShare share) {
    return text.get(
        "summary.share",
        text.value("role", share.role()),
        share.documents(),
        share.roleDocuments(),
        share.percent());
  }

  private String changeSummary(Comparison comparison) {
    String codebookChange =
        comparison.codebookChanged()
            ? " "
                + text.get(
                    "changes.codebook", comparison.codebookBefore(), comparison.codebookNow())
            : "";
    return text.get(
            "summary.changes",
            comparison.earlier(),
            comparison.newThemes().size(),
            labels(comparison.newThemes()),
            comparison.fadedThemes().size(),
            labels(comparison.fadedThemes()))
        + codebookChange;
  }

  private static String labels(List<Comparison.Theme> themes) {
    return themes.stream().map(Comparison.Theme::label).collect(Collectors.joining(", "));
  }

  private void sample() throws IOException {
    sink.heading(2, text.get("sample"), false);
    sink.paragraph(text.get("sample.intro"));
    Sample sample = report.sample();
    List<Sample.Kind> kinds = List.of(Sample.Kind.values());
    List<String> header = new ArrayList<>(List.of(text.key("region"), text.key("role")));
    kinds.forEach(kind -> header.add(text.get("sample.kind." + kind.id())));
    header.add(text.get("column.total"));
    List<List<Table.Cell>> rows = new ArrayList<>();
    for (Sample.Row row : sample.rows()) {
      List<Table.Cell> cells = new ArrayList<>();
      cells.add(Table.Cell.of(text.value("region", row.region())));
      cells.add(Table.Cell.of(text.value("role", row.role())));
      kinds.forEach(
          kind ->
              cells.add(Table.Cell.of(Integer.toString(row.documents().getOrDefault(kind, 0)))));
      cells.add(Table.Cell.of(Integer.toString(row.total())));
      rows.add(cells);
    }
    List<Table.Cell> total = new ArrayList<>();
    total.add(Table.Cell.of(text.get("row.total")));
    total.add(Table.Cell.of(""));
    kinds.forEach(
        kind -> total.add(Table.Cell.of(Integer.toString(sample.totals().getOrDefault(kind, 0)))));
    total.add(
        Table.Cell.of(Integer.toString(sample.totals().values().stream().mapToInt(i -> i).sum())));
    rows.add(total);
    sink.table(new Table(text.get("sample"), header, 2, rows));
  }

  private void overview() throws IOException {
    sink.heading(2, text.get("overview"), false);
    sink.paragraph(text.get("overview.intro"));
    sink.table(charts.heatTable());
  }

  private void roles() throws IOException {
    if (report.roles().isEmpty()) {
      return;
    }
    sink.heading(2, text.get("roles.view"), false);
    sink.paragraph(text.get("roles.intro", RoleValues.TOP));
    sink.chart(charts.roles());
  }

  private void stances() throws IOException {
    sink.heading(2, text.get("stances"), false);
    sink.paragraph(text.get("stances.intro"));
    sink.chart(charts.stances(text.get("stances.overall"), report.stances()));
  }

  private void group(Group group) throws IOException {
    String title = text.groupTitle(report.by(), group.key());
    sink.heading(2, title, true);
    sink.paragraph(text.get("group.summary", group.total().documents(), group.total().passages()));
    List<StanceCounts> stances = StanceCounts.of(group.codes());
    if (!stances.isEmpty()) {
      sink.chart(charts.stances(title, stances));
    }
    for (Category lens : codebook.categories()) {
      sink.heading(3, lens.label(lang), false);
      List<CodeResult> valued =
          group.codes().stream()
              .filter(
                  result ->
                      result.lensId().equals(lens.id()) && result.valence() == Stance.APPRECIATIVE)
              .toList();
      if (valued.isEmpty()) {
        sink.note(text.get("lens.none"));
        continue;
      }
      codesWithQuotes(valued);
    }
    stanceSection(group, Stance.DEFICIT, "group.hinders");
    stanceSection(group, Stance.WISH, "group.wishes");
  }

  /**
   * What held people back, or what they wish for (the Dream of appreciative inquiry): the group's
   * codes of that stance with their quotes, when it has any.
   */
  private void stanceSection(Group group, Stance stance, String heading) throws IOException {
    List<CodeResult> results =
        group.codes().stream().filter(result -> result.valence() == stance).toList();
    if (!results.isEmpty()) {
      sink.heading(3, text.get(heading), false);
      codesWithQuotes(results);
    }
  }

  private void codesWithQuotes(List<CodeResult> results) throws IOException {
    for (CodeResult result : results) {
      List<ReportSink.QuoteLine> quotes = new ArrayList<>();
      for (Quote quote : result.quotes()) {
        quotes.add(new ReportSink.QuoteLine(quote.text(), quote.docId()));
      }
      sink.code(codeLabel(result.codeId()), counts(result.count()), quotes);
    }
  }

  private void commonThreads() throws IOException {
    sink.heading(2, text.get("threads"), true);
    int regions = report.corpus().regions().size();
    if (regions < 2) {
      sink.paragraph(text.get("threads.fewregions", regions));
      return;
    }
    if (report.commonThreads().isEmpty()) {
      sink.paragraph(text.get("threads.none", report.threadThreshold(), regions));
      return;
    }
    sink.paragraph(text.get("threads.intro", report.threadThreshold(), regions));
    List<List<Table.Cell>> rows = new ArrayList<>();
    for (CommonThread thread : report.commonThreads()) {
      rows.add(
          cells(
              codeLabel(thread.codeId()),
              lensLabel(thread.lensId()),
              thread.regions().size() + ": " + String.join(", ", thread.regions()),
              thread.valued().documents() + caution(thread.valued()),
              Integer.toString(thread.valued().passages())));
    }
    sink.table(
        new Table(
            text.get("threads"),
            List.of(
                text.get("column.code"),
                text.get("column.lens"),
                text.get("column.regions"),
                text.get("column.documents"),
                text.get("column.passages")),
            3,
            rows));
  }

  private void hinders() throws IOException {
    sink.heading(2, text.get("hinders"), false);
    sink.paragraph(text.get("hinders.intro"));
    if (report.hinders().isEmpty()) {
      sink.paragraph(text.get("hinders.none"));
      return;
    }
    for (Map.Entry<String, Count> lens : report.hindersByLens().entrySet()) {
      List<CodeResult> codes =
          report.hinders().stream()
              .filter(result -> result.lensId().equals(lens.getKey()))
              .toList();
      if (codes.isEmpty()) {
        continue;
      }
      String title =
          text.get(
              "hinders.lens",
              lensLabel(lens.getKey()),
              lens.getValue().passages(),
              lens.getValue().documents());
      sink.heading(3, title, false);
      List<List<Table.Cell>> rows = new ArrayList<>();
      for (CodeResult result : codes) {
        rows.add(
            cells(
                codeLabel(result.codeId()),
                result.count().documents() + caution(result.count()),
                Integer.toString(result.count().passages())));
      }
      sink.table(
          new Table(
              title,
              List.of(
                  text.get("column.code"),
                  text.get("column.documents"),
                  text.get("column.passages")),
              1,
              rows));
    }
  }

  private void changes(Comparison comparison) throws IOException {
    sink.heading(2, text.get("changes"), true);
    sink.paragraph(text.get("changes.intro", comparison.earlier()));
    if (comparison.codebookChanged()) {
      sink.paragraph(
          text.get("changes.codebook", comparison.codebookBefore(), comparison.codebookNow()));
    }
    themes(text.get("changes.new"), comparison.newThemes());
    themes(text.get("changes.faded"), comparison.fadedThemes());
    if (!comparison.byBefore().equals(report.by())) {
      sink.paragraph(
          text.get(
              "changes.by",
              String.join(",", comparison.byBefore()),
              String.join(",", report.by())));
      return;
    }
    sink.heading(3, text.get("changes.groups"), false);
    if (comparison.changes().isEmpty()) {
      sink.paragraph(text.get("changes.none"));
      return;
    }
    List<String> header = new ArrayList<>();
    report.by().forEach(key -> header.add(text.key(key)));
    header.addAll(
        List.of(
            text.get("column.code"),
            text.get("column.before"),
            text.get("column.now"),
            text.get("column.change")));
    List<List<Table.Cell>> rows = new ArrayList<>();
    for (Comparison.Change change : comparison.changes()) {
      List<Table.Cell> row = new ArrayList<>();
      for (int i = 0; i < report.by().size(); i++) {
        row.add(Table.Cell.of(text.value(report.by().get(i), change.key().get(i))));
      }
      row.add(Table.Cell.of(change.label()));
      row.add(Table.Cell.of(countText(change.before())));
      row.add(Table.Cell.of(countText(change.now())));
      row.add(
          Table.Cell.of(
              text.get(
                  "change",
                  arrow(change.passages()),
                  signed(change.passages()),
                  signed(change.documents()))));
      rows.add(row);
    }
    sink.table(new Table(text.get("changes.groups"), header, report.by().size() + 1, rows));
  }

  private void themes(String title, List<Comparison.Theme> themes) throws IOException {
    if (themes.isEmpty()) {
      sink.paragraph(title + ": " + text.get("changes.nothemes"));
      return;
    }
    sink.paragraph(title + ":");
    sink.bullets(
        themes.stream().map(theme -> theme.label() + ": " + counts(theme.valued())).toList());
  }

  private static String arrow(int change) {
    return change > 0 ? "▲" : change < 0 ? "▼" : "=";
  }

  private static String signed(int change) {
    return change > 0 ? "+" + change : Integer.toString(change);
  }

  private void method() throws IOException {
    var valence = codebook.valence();
    var byValence = report.corpus().passagesByValence();
    sink.heading(2, text.get("method"), true);
    List<String> bullets = new ArrayList<>();
    bullets.addAll(
        List.of(
            text.get(
                "method.version",
                report.toolVersion(),
                codebook.id(),
                codebook.version(),
                codebook.hash()),
            text.get(
                "method.options",
                String.join(",", report.by()),
                report.quotesPerCode(),
                report.threadThreshold(),
                Count.FEW_DOCUMENTS),
            text.get("method.passage", Segmenter.MAX_WORDS)));
    bullets.addAll(coding());
    bullets.addAll(
        List.of(
            text.get(
                "method.valence",
                String.join(", ", valence.negators().stream().sorted().toList()),
                String.join(", ", valence.contrast().stream().sorted().toList())),
            text.get(
                "method.counting",
                byValence.getOrDefault(Stance.APPRECIATIVE, 0),
                byValence.getOrDefault(Stance.DEFICIT, 0),
                byValence.getOrDefault(Stance.NEUTRAL, 0)),
            text.get("caution", CAUTION, Count.FEW_DOCUMENTS),
            text.get("method.quotes", report.quotesPerCode(), Quote.MAX_WORDS),
            privacy()));
    sink.bullets(bullets);
  }

  /**
   * How the passages were coded: by the rules alone, or with a model (what it learned from, how
   * well it did in cross-validation), and the confidence from which a passage counted.
   */
  private List<String> coding() {
    Certainty certainty = report.certainty();
    if (certainty.model().isEmpty()) {
      String rules = text.get("method.coding", codebook.id(), codebook.version());
      return certainty.applies()
          ? List.of(rules, text.get("method.threshold", certainty.minConfidence()) + checked())
          : List.of(rules);
    }
    ModelInfo model = certainty.model().get();
    Double macroF1 = model.figures().get(LENS_MACRO_F1);
    Double stance = model.figures().get(STANCE_ACCURACY);
    boolean validated = macroF1 != null && stance != null;
    String figures =
        validated
            ? text.get("method.model.figures", macroF1, stance)
            : text.get("method.model.unchecked");
    String whose =
        certainty.minConfidence() != model.minConfidence()
            ? "method.threshold.option"
            : validated ? "method.threshold.model" : "method.threshold.unchecked";
    return List.of(
        text.get("method.coding.model", codebook.id(), codebook.version()),
        text.get(
                "method.model",
                model.codebook(),
                model.trainingPassages(),
                model.trainingHash(),
                String.join(", ", model.sources()),
                figures,
                certainty.minConfidence(),
                text.get(whose))
            + checked());
  }

  /** " N passages with a lower confidence count only as mentioned; ..." */
  private String checked() {
    return " " + text.get("method.checked", report.toCheck().passages().size());
  }

  /**
   * The appendix of passages below the threshold: how many per group, then the passages least sure
   * first, with what the reader should do about them.
   */
  private void toCheck() throws IOException {
    ToCheck check = report.toCheck();
    double threshold = report.certainty().minConfidence();
    sink.heading(2, text.get("check"), true);
    if (check.passages().isEmpty()) {
      sink.paragraph(text.get("check.none", threshold));
      return;
    }
    sink.paragraph(text.get("check.intro", check.passages().size(), threshold));
    sink.paragraph(text.get("check.act"));
    List<String> header = new ArrayList<>();
    report.by().forEach(key -> header.add(text.key(key)));
    header.addAll(List.of(text.get("column.passages"), text.get("column.documents")));
    List<List<Table.Cell>> rows = new ArrayList<>();
    for (ToCheck.GroupCount group : check.groups()) {
      List<Table.Cell> row = new ArrayList<>();
      for (int i = 0; i < report.by().size(); i++) {
        row.add(Table.Cell.of(text.value(report.by().get(i), group.key().get(i))));
      }
      row.add(Table.Cell.of(Integer.toString(group.count().passages())));
      row.add(Table.Cell.of(Integer.toString(group.count().documents())));
      rows.add(row);
    }
    sink.table(new Table(text.get("check.groups"), header, report.by().size(), rows));
    checkedPassages(check.passages());
  }

  private void checkedPassages(List<ToCheck.Passage> passages) throws IOException {
    List<String> header =
        List.of(
            text.get("column.document"),
            text.get("column.passage"),
            text.get("column.confidence"),
            text.get("column.codes"),
            text.get("column.excerpt"));
    List<List<Table.Cell>> rows = new ArrayList<>();
    for (ToCheck.Passage passage : passages.subList(0, Math.min(CHECKED_SHOWN, passages.size()))) {
      rows.add(
          cells(
              passage.docId(),
              Integer.toString(passage.passage()),
              text.get("check.confidence", passage.confidence()),
              passage.codes().stream()
                  .map(code -> text.get("check.code", codeLabel(code), stanceName(passage, code)))
                  .collect(Collectors.joining("; ")),
              passage.excerpt().isEmpty() ? text.get("check.unquotable") : passage.excerpt()));
    }
    sink.table(new Table(text.get("check.passages"), header, header.size(), rows));
    if (passages.size() > CHECKED_SHOWN) {
      sink.note(text.get("check.more", passages.size() - CHECKED_SHOWN));
    }
  }

  /** How the report names the stance the model gave a code: valued, hinders, wished, no stance. */
  private String stanceName(ToCheck.Passage passage, String code) {
    return text.get("stance." + CodeStances.name(passage.stances().of(code)));
  }

  private String privacy() {
    QuotePrivacy privacy = report.quotePrivacy();
    if (!privacy.pseudonymised()) {
      return text.get("method.privacy.off");
    }
    String terms =
        privacy.privateTerms() == 0 ? "" : text.get("method.privacy.terms", privacy.privateTerms());
    return text.get("method.privacy", terms);
  }

  /** "3 documents, 5 passages", with a caution mark when the documents are few. */
  private String counts(Count count) {
    return text.get("code.counts", count.documents(), count.passages()) + caution(count);
  }

  /** "5 (3)": passages, documents in brackets, and a caution mark when they are few. */
  static String countText(Count count) {
    return count.passages() + " (" + count.documents() + ")" + caution(count);
  }

  static String caution(Count count) {
    return count.fewDocuments() ? " " + CAUTION : "";
  }

  private String codeLabel(String codeId) {
    return codebook.code(codeId).map(code -> code.label(lang)).orElse(codeId);
  }

  private String lensLabel(String lensId) {
    return codebook.category(lensId).map(category -> category.label(lang)).orElse(lensId);
  }

  private static List<Table.Cell> cells(String... texts) {
    return List.of(texts).stream().map(Table.Cell::of).toList();
  }
}
