package nl.waardevol.write;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.waardevol.aggregate.CodeResult;
import nl.waardevol.aggregate.CommonThread;
import nl.waardevol.aggregate.Corpus;
import nl.waardevol.aggregate.Count;
import nl.waardevol.aggregate.DocumentKind;
import nl.waardevol.aggregate.Group;
import nl.waardevol.aggregate.Quote;
import nl.waardevol.aggregate.QuotePrivacy;
import nl.waardevol.aggregate.Report;
import nl.waardevol.code.Valence;
import nl.waardevol.codebook.Category;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.segment.Segmenter;

/** The report as Markdown, with headings a project team can paste into its interim report. */
final class MarkdownReportWriter {

  private final Report report;
  private final ReportText text;
  private final Writer out;
  private final Codebook codebook;
  private final String lang;

  MarkdownReportWriter(Report report, ReportText text, Writer out) {
    this.report = report;
    this.text = text;
    this.out = out;
    this.codebook = report.codebook();
    this.lang = text.language();
  }

  void write() throws IOException {
    header();
    overview();
    for (Group group : report.groups()) {
      group(group);
    }
    commonThreads();
    hinders();
    method();
    out.flush();
  }

  private void header() throws IOException {
    var corpus = report.corpus();
    line("# " + text.get("title"));
    line("");
    String regions =
        corpus.regions().isEmpty()
            ? text.get("regions.none")
            : text.get("regions", corpus.regions().size(), escapedList(corpus.regions()));
    String roles =
        corpus.roles().isEmpty()
            ? text.get("roles.none")
            : text.get(
                "roles",
                corpus.roles().size(),
                escapedList(
                    corpus.roles().stream().map(role -> text.value("role", role)).toList()));
    line(
        text.get(
            kindCount(corpus) > 1 ? "corpus" : "corpus.single",
            kinds(corpus),
            corpus.documents(),
            corpus.passages(),
            corpus.codedPassages(),
            regions,
            roles,
            Markdown.escape(codebook.id()),
            Markdown.escape(codebook.version()),
            codebook.hash()));
    line("");
  }

  /** The documents by kind, "1 interview, 2 verslagen en 3 enquêterespondenten". */
  private String kinds(Corpus corpus) {
    List<String> parts = new ArrayList<>();
    for (DocumentKind kind : DocumentKind.values()) {
      int count = corpus.documents(kind);
      if (count > 0) {
        parts.add(text.get("kind." + kind.name().toLowerCase(Locale.ROOT), count));
      }
    }
    if (parts.isEmpty()) {
      return text.get("kind.documents", 0);
    }
    String last = parts.remove(parts.size() - 1);
    return parts.isEmpty() ? last : String.join(", ", parts) + text.get("list.and") + last;
  }

  private static long kindCount(Corpus corpus) {
    return java.util.Arrays.stream(DocumentKind.values())
        .filter(kind -> corpus.documents(kind) > 0)
        .count();
  }

  private String escapedList(List<String> values) {
    return values.stream().map(Markdown::escape).collect(Collectors.joining(", "));
  }

  private void overview() throws IOException {
    line("## " + text.get("overview"));
    line("");
    line(text.get("overview.intro"));
    line("");
    List<String> header = new ArrayList<>();
    List<String> align = new ArrayList<>();
    for (String key : report.by()) {
      header.add(Markdown.escape(text.key(key)));
      align.add("---");
    }
    for (Category lens : codebook.categories()) {
      header.add(Markdown.escape(lens.label(lang)));
      align.add("---:");
    }
    row(header);
    row(align);
    for (Group group : report.groups()) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < report.by().size(); i++) {
        cells.add(Markdown.escape(text.value(report.by().get(i), group.key().get(i))));
      }
      for (Count count : group.valuedByLens().values()) {
        cells.add(count.passages() + " (" + count.documents() + ")");
      }
      row(cells);
    }
    line("");
  }

  private void group(Group group) throws IOException {
    line("## " + Markdown.escape(text.groupTitle(report.by(), group.key())));
    line("");
    line(text.get("group.summary", group.total().documents(), group.total().passages()));
    line("");
    for (Category lens : codebook.categories()) {
      line("### " + Markdown.escape(lens.label(lang)));
      line("");
      List<CodeResult> valued =
          group.codes().stream()
              .filter(
                  result ->
                      result.lensId().equals(lens.id()) && result.valence() == Valence.APPRECIATIVE)
              .toList();
      if (valued.isEmpty()) {
        line("_" + text.get("lens.none") + "_");
        line("");
        continue;
      }
      for (CodeResult result : valued) {
        line(
            "- **"
                + Markdown.escape(codeLabel(result.codeId()))
                + "**: "
                + text.get("code.counts", result.count().documents(), result.count().passages()));
        for (Quote quote : result.quotes()) {
          line(
              "  - “"
                  + Markdown.escape(quote.text())
                  + "” ("
                  + Markdown.escape(quote.docId())
                  + ")");
        }
      }
      line("");
    }
  }

  private void commonThreads() throws IOException {
    line("## " + text.get("threads"));
    line("");
    int regions = report.corpus().regions().size();
    if (regions < 2) {
      line(text.get("threads.fewregions", regions));
      line("");
      return;
    }
    if (report.commonThreads().isEmpty()) {
      line(text.get("threads.none", report.threadThreshold(), regions));
      line("");
      return;
    }
    line(text.get("threads.intro", report.threadThreshold(), regions));
    line("");
    row(
        List.of(
            text.get("column.code"),
            text.get("column.lens"),
            text.get("column.regions"),
            text.get("column.documents"),
            text.get("column.passages")));
    row(List.of("---", "---", "---", "---:", "---:"));
    for (CommonThread thread : report.commonThreads()) {
      row(
          List.of(
              Markdown.escape(codeLabel(thread.codeId())),
              Markdown.escape(lensLabel(thread.lensId())),
              thread.regions().size() + ": " + escapedList(thread.regions()),
              Integer.toString(thread.valued().documents()),
              Integer.toString(thread.valued().passages())));
    }
    line("");
  }

  private void hinders() throws IOException {
    line("## " + text.get("hinders"));
    line("");
    line(text.get("hinders.intro"));
    line("");
    if (report.hinders().isEmpty()) {
      line(text.get("hinders.none"));
      line("");
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
      line(
          "### "
              + text.get(
                  "hinders.lens",
                  Markdown.escape(lensLabel(lens.getKey())),
                  lens.getValue().passages(),
                  lens.getValue().documents()));
      line("");
      row(
          List.of(
              text.get("column.code"), text.get("column.documents"), text.get("column.passages")));
      row(List.of("---", "---:", "---:"));
      for (CodeResult result : codes) {
        row(
            List.of(
                Markdown.escape(codeLabel(result.codeId())),
                Integer.toString(result.count().documents()),
                Integer.toString(result.count().passages())));
      }
      line("");
    }
  }

  private void method() throws IOException {
    var valence = codebook.valence();
    var byValence = report.corpus().passagesByValence();
    line("## " + text.get("method"));
    line("");
    line("- " + text.get("method.passage", Segmenter.MAX_WORDS));
    line(
        "- "
            + text.get(
                "method.coding",
                Markdown.escape(codebook.id()),
                Markdown.escape(codebook.version())));
    line(
        "- "
            + text.get(
                "method.valence",
                Markdown.escape(String.join(", ", valence.negators().stream().sorted().toList())),
                Markdown.escape(String.join(", ", valence.contrast().stream().sorted().toList()))));
    line(
        "- "
            + text.get(
                "method.counting",
                byValence.getOrDefault(Valence.APPRECIATIVE, 0),
                byValence.getOrDefault(Valence.DEFICIT, 0),
                byValence.getOrDefault(Valence.NEUTRAL, 0)));
    line("- " + text.get("method.quotes", report.quotesPerCode(), Quote.MAX_WORDS));
    line("- " + privacy());
  }

  private String privacy() {
    QuotePrivacy privacy = report.quotePrivacy();
    if (!privacy.pseudonymised()) {
      return text.get("method.privacy.off");
    }
    String terms =
        privacy.privateTerms() == 0 ? "" : text.get("method.privacy.terms", privacy.privateTerms());
    return Markdown.escape(text.get("method.privacy", terms));
  }

  private String codeLabel(String codeId) {
    return codebook.code(codeId).map(code -> code.label(lang)).orElse(codeId);
  }

  private String lensLabel(String lensId) {
    return codebook.category(lensId).map(category -> category.label(lang)).orElse(lensId);
  }

  private void row(List<String> cells) throws IOException {
    line("| " + String.join(" | ", cells) + " |");
  }

  private void line(String line) throws IOException {
    out.write(line);
    out.write('\n');
  }
}
