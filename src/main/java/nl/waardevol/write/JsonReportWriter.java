package nl.waardevol.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import nl.waardevol.aggregate.CodeResult;
import nl.waardevol.aggregate.CommonThread;
import nl.waardevol.aggregate.Comparison;
import nl.waardevol.aggregate.Count;
import nl.waardevol.aggregate.DocumentKind;
import nl.waardevol.aggregate.Group;
import nl.waardevol.aggregate.Quote;
import nl.waardevol.aggregate.Report;
import nl.waardevol.aggregate.RoleValues;
import nl.waardevol.aggregate.Sample;
import nl.waardevol.aggregate.Summary;
import nl.waardevol.aggregate.ToCheck;
import nl.waardevol.code.CodeStances;
import nl.waardevol.codebook.Category;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.learn.ModelInfo;
import nl.waardevol.stance.Stance;

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
      g.writeStringField("waardevol_version", report.toolVersion());
      codebook(g);
      corpus(g);
      sample(g);
      summary(g);
      g.writeObjectFieldStart("options");
      g.writeNumberField("quotes_per_code", report.quotesPerCode());
      g.writeNumberField("thread_min_regions", report.threadThreshold());
      g.writeNumberField("caution_below_documents", Count.FEW_DOCUMENTS);
      g.writeEndObject();
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
      roles(g);
      g.writeArrayFieldStart("valued");
      for (CodeResult result : report.valued()) {
        code(g, result);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("hinders");
      for (CodeResult result : report.hinders()) {
        code(g, result);
      }
      g.writeEndArray();
      if (report.comparison().isPresent()) {
        comparison(g, report.comparison().get());
      }
      if (report.certainty().model().isPresent()) {
        model(g, report.certainty().model().get());
      }
      if (report.certainty().applies()) {
        toCheck(g);
      }
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
    for (Stance valence : Stance.values()) {
      g.writeNumberField(
          valence.id() + "_passages", corpus.passagesByValence().getOrDefault(valence, 0));
    }
    stringArray(g, "regions", corpus.regions());
    stringArray(g, "roles", corpus.roles());
    g.writeEndObject();
  }

  private void group(JsonGenerator g, Group group) throws IOException {
    g.writeStartObject();
    key(g, group.key());
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
    g.writeStringField("label", label(result.codeId()));
    g.writeStringField("valence", result.valence().id());
    g.writeNumberField("documents", result.count().documents());
    g.writeNumberField("passages", result.count().passages());
    g.writeBooleanField("few_documents", result.count().fewDocuments());
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
    g.writeBooleanField("few_documents", count.fewDocuments());
    g.writeEndObject();
  }

  private void sample(JsonGenerator g) throws IOException {
    Sample sample = report.sample();
    g.writeObjectFieldStart("sample");
    g.writeObjectFieldStart("documents");
    for (Sample.Kind kind : Sample.Kind.values()) {
      g.writeNumberField(kind.id(), sample.totals().getOrDefault(kind, 0));
    }
    g.writeEndObject();
    g.writeArrayFieldStart("rows");
    for (Sample.Row row : sample.rows()) {
      g.writeStartObject();
      g.writeStringField("region", row.region());
      g.writeStringField("role", row.role());
      for (Sample.Kind kind : Sample.Kind.values()) {
        g.writeNumberField(kind.id(), row.documents().getOrDefault(kind, 0));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void summary(JsonGenerator g) throws IOException {
    Summary summary = report.summary();
    g.writeObjectFieldStart("summary");
    g.writeArrayFieldStart("themes");
    for (Summary.Theme theme : summary.themes()) {
      g.writeStartObject();
      g.writeStringField("code", theme.codeId());
      g.writeStringField("label", label(theme.codeId()));
      g.writeNumberField("regions", theme.regions());
      count(g, "valued", theme.valued());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("role_differences");
    for (Summary.RoleDifference difference : summary.roleDifferences()) {
      g.writeStartObject();
      g.writeStringField("code", difference.codeId());
      g.writeStringField("label", label(difference.codeId()));
      share(g, "most", difference.most());
      share(g, "least", difference.least());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void share(JsonGenerator g, String name, Summary.RoleShare share)
      throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("role", share.role());
    g.writeNumberField("documents", share.documents());
    g.writeNumberField("role_documents", share.roleDocuments());
    g.writeEndObject();
  }

  private void roles(JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("roles");
    for (RoleValues role : report.roles()) {
      g.writeStartObject();
      g.writeStringField("role", role.role());
      g.writeNumberField("documents", role.documents());
      g.writeArrayFieldStart("valued");
      for (CodeResult result : role.valued()) {
        code(g, result);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void comparison(JsonGenerator g, Comparison comparison) throws IOException {
    g.writeObjectFieldStart("comparison");
    g.writeStringField("earlier", comparison.earlier());
    g.writeBooleanField("codebook_changed", comparison.codebookChanged());
    g.writeStringField("codebook_before", comparison.codebookBefore());
    g.writeStringField("codebook_now", comparison.codebookNow());
    stringArray(g, "by_before", comparison.byBefore());
    g.writeArrayFieldStart("changes");
    for (Comparison.Change change : comparison.changes()) {
      g.writeStartObject();
      g.writeObjectFieldStart("key");
      for (int i = 0; i < report.by().size() && i < change.key().size(); i++) {
        g.writeStringField(report.by().get(i), change.key().get(i));
      }
      g.writeEndObject();
      g.writeStringField("code", change.codeId());
      g.writeStringField("label", change.label());
      count(g, "before", change.before());
      count(g, "now", change.now());
      g.writeEndObject();
    }
    g.writeEndArray();
    themes(g, "new_themes", comparison.newThemes());
    themes(g, "faded_themes", comparison.fadedThemes());
    g.writeEndObject();
  }

  private static void themes(JsonGenerator g, String name, List<Comparison.Theme> themes)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Comparison.Theme theme : themes) {
      g.writeStartObject();
      g.writeStringField("code", theme.codeId());
      g.writeStringField("label", theme.label());
      count(g, "valued", theme.valued());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void model(JsonGenerator g, ModelInfo model) throws IOException {
    g.writeObjectFieldStart("model");
    g.writeStringField("codebook", model.codebook());
    g.writeNumberField("training_passages", model.trainingPassages());
    g.writeStringField("training_sha256", model.trainingHash());
    stringArray(g, "sources", model.sources());
    g.writeObjectFieldStart("figures");
    for (Map.Entry<String, Double> figure : model.figures().entrySet()) {
      if (figure.getValue().isNaN()) {
        g.writeNullField(figure.getKey());
      } else {
        g.writeNumberField(figure.getKey(), figure.getValue());
      }
    }
    g.writeEndObject();
    g.writeNumberField("min_confidence", model.minConfidence());
    g.writeEndObject();
  }

  /** Every passage below the threshold, with the counts per group. */
  private void toCheck(JsonGenerator g) throws IOException {
    ToCheck check = report.toCheck();
    g.writeObjectFieldStart("to_check");
    g.writeNumberField("min_confidence", report.certainty().minConfidence());
    g.writeArrayFieldStart("groups");
    for (ToCheck.GroupCount group : check.groups()) {
      g.writeStartObject();
      key(g, group.key());
      g.writeNumberField("passages", group.count().passages());
      g.writeNumberField("documents", group.count().documents());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("passages");
    for (ToCheck.Passage passage : check.passages()) {
      g.writeStartObject();
      key(g, passage.key());
      g.writeStringField("doc_id", passage.docId());
      g.writeNumberField("passage", passage.passage());
      g.writeNumberField("confidence", Math.round(passage.confidence() * 100) / 100.0);
      g.writeArrayFieldStart("codes");
      for (String code : passage.codes()) {
        g.writeStartObject();
        g.writeStringField("code", code);
        g.writeStringField("label", label(code));
        g.writeStringField("stance", CodeStances.name(passage.stances().of(code)));
        g.writeEndObject();
      }
      g.writeEndArray();
      if (passage.excerpt().isEmpty()) {
        g.writeNullField("excerpt");
      } else {
        g.writeStringField("excerpt", passage.excerpt());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** A group's values by {@code --by} key. */
  private void key(JsonGenerator g, List<String> key) throws IOException {
    g.writeObjectFieldStart("key");
    for (int i = 0; i < report.by().size(); i++) {
      g.writeStringField(report.by().get(i), key.get(i));
    }
    g.writeEndObject();
  }

  private String label(String codeId) {
    return codebook.code(codeId).map(code -> code.label(text.language())).orElse(codeId);
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
