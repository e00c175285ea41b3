package nl.waardevol.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalDouble;
import nl.waardevol.agree.Agreement;
import nl.waardevol.agree.ContingencyTable;
import nl.waardevol.agree.Level;
import nl.waardevol.agree.PassageKey;
import nl.waardevol.codebook.Codebook;

/** The agreement as one JSON document for scripts and CI; a measure that is not defined is null. */
final class AgreementJson {
  private AgreementJson() {}

  static void write(Agreement agreement, AgreementWriter.Context context, Writer out)
      throws IOException {
    JsonFactory factory = new JsonFactory();
    factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    try (JsonGenerator g = factory.createGenerator(out).useDefaultPrettyPrinter()) {
      Codebook codebook = context.codebook();
      g.writeStartObject();
      g.writeStringField("human", context.human());
      g.writeStringField("auto", context.auto());
      g.writeStringField("level", context.level().id());
      g.writeObjectFieldStart("codebook");
      g.writeStringField("id", codebook.id());
      g.writeStringField("version", codebook.version());
      g.writeStringField("sha256", codebook.hash());
      g.writeEndObject();
      g.writeNumberField("passages_compared", agreement.compared());
      passages(g, "only_human", agreement.onlyHuman());
      passages(g, "only_auto", agreement.onlyAuto());
      g.writeObjectFieldStart("overall");
      number(g, "alpha", agreement.alpha());
      g.writeStringField(
          "alpha_band",
          agreement.alpha().isPresent()
              ? AgreementWriter.band(agreement.alpha().getAsDouble())
              : null);
      g.writeNumberField("identical", agreement.identical());
      number(g, "identical_share", agreement.identicalShare());
      table(g, agreement.pooled());
      g.writeEndObject();
      g.writeArrayFieldStart(
          context.level() == Level.CATEGORY
              ? "categories"
              : context.level() == Level.STANCE ? "stances" : "codes");
      for (Agreement.LabelAgreement row : agreement.labels()) {
        g.writeStartObject();
        g.writeStringField("id", row.label().id());
        if (context.level().inLenses()) {
          g.writeStringField("lens", row.label().parent());
        }
        table(g, row.table());
        number(g, "kappa", row.table().kappa());
        number(g, "alpha", row.table().alpha());
        number(g, "agreement", row.table().agreement());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write("\n");
  }

  private static void passages(JsonGenerator g, String field, List<PassageKey> passages)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (PassageKey passage : passages) {
      g.writeStartObject();
      g.writeStringField("doc_id", passage.docId());
      g.writeNumberField("passage", passage.passage());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void table(JsonGenerator g, ContingencyTable t) throws IOException {
    g.writeNumberField("both", t.both());
    g.writeNumberField("only_human", t.onlyHuman());
    g.writeNumberField("only_auto", t.onlyAuto());
    g.writeNumberField("neither", t.neither());
    number(g, "precision", t.precision());
    number(g, "recall", t.recall());
    number(g, "f1", t.f1());
  }

  private static void number(JsonGenerator g, String field, OptionalDouble value)
      throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(
          field, BigDecimal.valueOf(value.getAsDouble()).setScale(4, RoundingMode.HALF_UP));
    } else {
      g.writeNullField(field);
    }
  }
}
