package nl.waardevol.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import nl.waardevol.aggregate.CodeResult;
import nl.waardevol.aggregate.CommonThread;
import nl.waardevol.aggregate.Count;
import nl.waardevol.aggregate.DocumentKind;
import nl.waardevol.aggregate.Group;
import nl.waardevol.aggregate.Quote;
import nl.waardevol.aggregate.Report;
import nl.waardevol.code.Valence;
import nl.waardevol.codebook.Category;
import nl.waardevol.codebook.Codebook;

/** The report as one JSON document, for scripts: the same numbers as the Markdown report. */
final class JsonReportWriter {
  private final Report report;
  private final ReportText text;
  private final Writer out;
  private final Codebook codebook;

  JsonReportWriter(Report report, ReportText text, Writer out) {
    this.report = report;
    this.text = text;
    this.out = out;
    this.codebook = report.codebook();
  }

  void write() throws IOException {
    JsonFactory factory = new JsonFactory();
    factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    try (JsonGenerator g = factory.createGenerator(out).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeStringField("title", text.get("title"));
      g.writeStringField("language", text.language());
      codebook(g);
      corpus(g);
      g.writeObjectFieldStart("privacy");
      g.writeBooleanField("quotes_pseudonymised", report.quotePrivacy().pseudonymised());
      g.writeNumberField("private_terms", report.quotePrivacy().privateTerms());
      g.writeEndObject();
      g.writeArrayFieldStart("by");
      for (String key : report.by()) {
        g.writeString(key);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("groups");
      for (Group group : report.groups()) {
        group(g, group);
      }
      g.writeEndArray();
      commonThreads(g);
      g.writeArrayFieldStart("hinders");
      for (CodeResult result : report.hinders()) {
        code(g, result);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private void codebook(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("codebook");
    g.writeStringField("id", codebook.id());
    g.writeStringField("version", codebook.version());
    g.writeStringField("sha256", codebook.hash());
    g.writeEndObject();
  }

  private void corpus(JsonGenerator g) throws IOException {
    var corpus = report.corpus();
    g.writeObjectFieldStart("corpus");
    g.writeNumberField("documents", corpus.documents());
    g.writeNumberField("interviews", corpus.documents(DocumentKind.INTERVIEW));
    g.writeNumberField("notes", corpus.documents(DocumentKind.NOTES));
    g.writeNumberField("survey_respondents", corpus.documents(DocumentKind.SURVEY_RESPONDENT));
    g.writeNumberField("passages", corpus.passages());
    g.writeNumberField("coded_passages", corpus.codedPassages());
    for (Valence valence : Valence.values()) {
      g.writeNumberField(
          valence.id() + "_passages", corpus.passagesByValence().getOrDefault(valence, 0));
    }
    stringArray(g, "regions", corpus.regions());
    stringArray(g, "roles", corpus.roles());
    g.writeEndObject();
  }

  private void group(JsonGenerator g, Group group) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("key");
    for (int i = 0; i < report.by().size(); i++) {
      g.writeStringField(report.by().get(i), group.key().get(i));
    }
    g.writeEndObject();
    g.writeStringField("title", text.groupTitle(report.by(), group.key()));
    count(g, "total", group.total());
    g.writeArrayFieldStart("lenses");
    for (Category lens : codebook.categories()) {
      g.writeStartObject();
      g.writeStringField("id", lens.id());
      g.writeStringField("label", lens.label(text.language()));
      count(g, "valued", group.valuedByLens().get(lens.id()));
      g.writeArrayFieldStart("codes");
      for (CodeResult result : group.codes()) {
        if (result.lensId().equals(lens.id())) {
          code(g, result);
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void code(JsonGenerator g, CodeResult result) throws IOException {
    g.writeStartObject();
    g.writeStringField("lens", result.lensId());
    g.writeStringField("code", result.codeId());
    g.writeStringField(
        "label",
        codebook
            .code(result.codeId())
            .map(code -> code.label(text.language()))
            .orElse(result.codeId()));
    g.writeStringField("valence", result.valence().id());
    g.writeNumberField("documents", result.count().documents());
    g.writeNumberField("passages", result.count().passages());
    if (!result.quotes().isEmpty()) {
      g.writeArrayFieldStart("quotes");
      for (Quote quote : result.quotes()) {
        g.writeStartObject();
        g.writeStringField("doc_id", quote.docId());
        g.writeNumberField("passage", quote.passage());
        g.writeStringField("text", quote.text());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void commonThreads(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("common_threads");
    g.writeNumberField("min_regions", report.threadThreshold());
    g.writeArrayFieldStart("codes");
    for (CommonThread thread : report.commonThreads()) {
      g.writeStartObject();
      g.writeStringField("lens", thread.lensId());
      g.writeStringField("code", thread.codeId());
      stringArray(g, "regions", thread.regions());
      count(g, "valued", thread.valued());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void count(JsonGenerator g, String name, Count count) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("documents", count.documents());
    g.writeNumberField("passages", count.passages());
    g.writeEndObject();
  }

  private static void stringArray(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }
}
